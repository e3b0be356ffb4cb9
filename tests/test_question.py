"""Reading a question (bot/answering/question): its words, the article's names in it, the words the
article never uses, the symbols the intents match and the content terms — as tables over one
small article; and the two speed-ups of reading checked against what they replace."""

import re

import pytest
from harbour import ENGINE
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from bot.answering.fuzzy import Near
from bot.answering.intent import Classifier
from bot.answering.question import Query, read
from bot.lexicon import compile_pattern

IX = ENGINE.answerer.ix


def q(question: str, context: tuple[str, ...] = ()) -> Query:
    return read(IX, question, context)


@pytest.mark.parametrize(
    "question,words",
    [
        pytest.param("lol ok can you tell me who is the mayor?", "who is the mayor", id="fillers"),
        pytest.param("ok another thing: who is the mayor", "who is the mayor", id="another-thing"),
        pytest.param("btw, who is the mayor", "who is the mayor", id="btw"),
        # (the question inside the sentence read as asked since session 19: "who is the mayor")
        pytest.param("idk who the mayor is, anyone?", "who is the mayor", id="closings"),
        pytest.param("could you tell me what the budget is?", "what is the budget", id="embedded"),
        pytest.param("where was she at the time?", "where was she", id="closing-phrase"),
        pytest.param(
            "did the govt thank the ppl", "did the government thank the people", id="abbr"
        ),
        pytest.param("@bot /ask whos the mayor", "who is the mayor", id="address-and-spelling"),
        pytest.param("wht did Eva Stone say", "what did eva stone say", id="short-typo"),
        pytest.param("Who draftd the plan?", "who drafted the plan", id="typo-of-article-word"),
        pytest.param("WHO IS THE MAYOR", "who is the mayor", id="capitals"),
    ],
)
def test_words_are_normalised(question, words):
    assert " ".join(q(question).words) == words


@pytest.mark.parametrize(
    "question,context,names",
    [
        pytest.param("Did Norway back Eva Stone?", (), ["Norway", "Eva Stone"], id="names"),
        pytest.param("what did Stone say", (), ["Eva Stone"], id="alias"),
        pytest.param("Who is the mayor?", (), ["Eva Stone"], id="title"),
        pytest.param("what did the spokesman say", (), ["Finn Holt"], id="description"),
        pytest.param("Did Denmrk back her?", (), ["Denmark", None], id="near-miss-and-pronoun"),
        pytest.param("what did he say?", ("Eva Stone",), ["Eva Stone"], id="he-is-the-person"),
        pytest.param("what did they say?", ("Norway",), ["Norway"], id="they-is-a-name"),
        pytest.param("what did he say?", ("Norway",), [None], id="he-is-not-a-country"),
    ],
)
def test_names_are_linked(question, context, names):
    got = q(question, context)
    assert [IX.name(nm.entity) if nm.entity is not None else None for nm in got.names] == names


@pytest.mark.parametrize(
    "question,unknown,missing",
    [
        pytest.param("Who is Atlantis?", ["Atlantis"], None, id="name"),
        pytest.param("Who is the UK ambassador?", ["UK"], None, id="acronym"),
        pytest.param("Who is the president?", [], "president", id="title-no-one-holds"),
        pytest.param("Who is the Portvale mayor?", [], "mayor", id="title-not-of-that-place"),
        pytest.param("Who is the mayor?", [], None, id="title-held"),
    ],
)
def test_what_the_article_does_not_have(question, unknown, missing):
    got = q(question)
    assert [u.text for u in got.unknown] == unknown and got.missing_title == missing


@pytest.mark.parametrize(
    "question,symbols",
    [
        ("Who is the mayor?", "who is <e> "),
        ("What did Ada Lind's colleagues say about Atlantis?", "what did <e> s <x> say about <x> "),
        ("Did the Nordic Council back Eva Stone?", "did the <e> back <e> "),
    ],
)
def test_symbols_for_the_intents(question, symbols):
    assert q(question).symbols == symbols


@pytest.mark.parametrize(
    "question,terms,time_words",
    [
        pytest.param(
            "Who drafted the plan?", [("drafted", 1.0), ("plan", 1.0)], [], id="content-words"
        ),
        pytest.param("What did the spokesman say?", [], [], id="saying-and-names-only"),
        pytest.param("Who told reporters?", [("told", 0.5), ("reporters", 1.0)], [], id="saying"),
        pytest.param(
            "How many countries sailed in July?",
            [("countries", 0.3), ("sailed", 1.0), ("july", 1.0)],
            ["july"],
            id="party-noun-and-time",
        ),
        pytest.param(
            "When did the ban take effect?",
            [("ban", 1.0), ("take effect", 1.0)],
            [],
            id="concept-phrase",
        ),
    ],
)
def test_content_terms(question, terms, time_words):
    got = q(question)
    assert [(t.word, t.weight) for t in got.terms] == terms
    assert sorted(got.time_words) == time_words


WORDS = st.text(alphabet="abcdeilmnorstu", min_size=1, max_size=11)


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(word=WORDS, targets=st.lists(WORDS, max_size=60), cutoff=st.sampled_from([80, 85, 88, 90]))
def test_near_is_extract_one(word, targets, cutoff):
    """Searching only the lengths that can reach the cutoff finds what searching all finds."""
    targets = sorted(targets)
    m = process.extractOne(word, targets, scorer=fuzz.ratio, score_cutoff=cutoff)
    assert Near(targets).best(word, cutoff) == (m[0] if m else None)


LEX = ENGINE.lexicon
CLASSIFIER = Classifier(LEX)
_PARTS = [
    f"(?P<i{i}_{j}>{compile_pattern(p, LEX.classes)})"
    for i, intent in enumerate(LEX.intents)
    for j, p in enumerate(intent.patterns)
]
EVERY_PATTERN = re.compile("^(?:" + "|".join(_PARTS) + ")")
SYMBOLS = sorted({w for forms in LEX.classes.values() for f in forms for w in f.split()})
SYMBOLS += ["<e>", "<x>", "s", "who", "what", "when", "how", "many", "did", "the", "zzz"]


def _by_every_pattern(symbols: str) -> str | None:
    m = EVERY_PATTERN.match(symbols)
    return LEX.intents[int(m.lastgroup[1:].split("_")[0])].id if m else None


@settings(max_examples=400, deadline=None, derandomize=True, database=None)
@given(st.lists(st.sampled_from(SYMBOLS), min_size=1, max_size=8))
def test_classifier_is_the_first_matching_pattern(words):
    """Matching only the patterns that can start with the first symbol gives the intent that
    matching every pattern in order gives."""
    symbols = " ".join(words) + " "
    assert CLASSIFIER.classify(symbols) == _by_every_pattern(symbols)


@pytest.mark.parametrize("example", [ex for i in LEX.intents for ex in i.examples])
def test_classifier_on_the_examples(example):
    symbols = q(example).symbols
    assert CLASSIFIER.classify(symbols) == _by_every_pattern(symbols)
