"""Session 28 (speed, second pass; same answers): quick tests put before the work they skip, and
what depends only on a name or a sentence read once. Each shortcut is checked against the plain
code it stands for, and a table of rows on a small invented story pins the answers that go
through them (``-guard``):

* a name's folded words and their stems read once per name (``question.names._name_words``);
* the "statement - question" regex only where the question has a dash or a stop
  (``pairs._STATED_MARKS``), the quoted-word regex only where it has a quotation mark
  (``answerer._quoted``);
* the quotes' "in order" test by the set of each sentence's stem pairs (``quotes._stem_pairs``);
* ``evidence.owners_of`` at once when no name of the question is possessive;
* ``stances.asked_kind``'s first word of supporting or recognising without a set union;
* a question's terms' keys (``evidence.term_keys``) and what ``polarity`` reads of its words,
  remembered instead of made again at each sentence weighed.
"""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.answering import answerer, evidence, pairs, polarity, stances
from bot.answering.question import names as question_names
from bot.engine import Engine
from bot.kinds import quotes
from bot.text import fold, stem

STORY_TEXT = (
    "Talks\n\nVARBY, May 4 (Wire) — Spokesman Ivo Rekk said the minister would visit Lunoria "
    'soon. "The government promised new roads," Rekk told reporters on Monday. '
    "Ardenia and Ostmark backed the plan, while Sovia opposed it. "
    "Mayor Lena Holt criticised the move. Holt's move was welcomed by the council.\n"
)
STORY = Engine.from_text(STORY_TEXT)

# texts the gates are tried on: questions of many shapes, with and without the marks
TEXTS = [
    "Who is Rekk?",
    "Rekk spoke to reporters - when did he do that?",
    "Rekk spoke to reporters — when?",
    "Rekk spoke. When?",
    "Rekk spoke; when?",
    "Rekk spoke: when?",
    "Rekk spoke -- to whom?",
    "well-known Rekk, when did he speak?",
    "who is 'he' in 'he said so'?",
    'who is "he" in "he said so"?',
    "who is “he” in “he said so”?",
    "who is ‘he’ in ‘he said so’?",
    "who is «он» in «он сказал»?",
    "what did Rekk's office say?",
    "",
    "?",
    " - ?",
    ". ?",
]


def test_stated_marks_gate_the_regex():
    """Every text the statement regex finds anything in has one of the gate's marks."""
    for text in TEXTS + [t.replace("?", " x?") for t in TEXTS]:
        if pairs._STATED.search(text):
            assert not pairs._STATED_MARKS.isdisjoint(text), text


def test_quote_marks_gate_the_quoted_in_regex():
    rx = answerer._quoted_in(STORY.answerer.ix.lang)
    for text in TEXTS:
        if rx.search(text):
            assert answerer._quoted(text), text


@pytest.mark.parametrize(
    "name", ["Ivo Rekk", "Mullah Mohammad Omar", "Lena Holt", "Ardenia", "José  Núñez", ""]
)
def test_name_words_are_the_plain_reading(name):
    parts, as_set, stems = question_names._name_words(name)
    assert parts == fold(name).split()
    assert as_set == frozenset(fold(name).split())
    assert stems == frozenset(stem(p) for p in fold(name).split())


def test_stem_pairs_meet_as_the_plain_loop():
    """The in-order test by a set of stem pairs says what the loop over the tokens said."""
    ix = STORY.answerer.ix
    infos = ix.facts.sentences
    every = {
        (info.tokens[k].stem, info.tokens[k + 1].stem)
        for info in infos
        for k in range(len(info.tokens) - 1)
    }
    probes = sorted(every)[:40] + [("zzz", "yyy"), ("govern", "zzz")]
    for info in infos:
        toks = info.tokens
        for pair in probes:
            plain = any((toks[k].stem, toks[k + 1].stem) == pair for k in range(len(toks) - 1))
            assert (pair in quotes._stem_pairs(info)) == plain


def test_first_of_two_sets_is_first_of_their_union():
    lang = STORY.answerer.ix.lang
    for text in ["did Ardenia oppose or back the plan?", "who recognized and backed X?",
                 "who is Rekk?", "did X back Y?"]:  # fmt: skip
        q = STORY.answerer.read(text)
        both = lang.support | lang.recognize
        assert stances._first_of(q, lang.support, lang.recognize) == stances._first(q, both)


def test_owners_of_without_a_possessive_is_empty():
    ix = STORY.answerer.ix
    for text in ["Who welcomed Holt's move?", "Who welcomed the move?", "Who is Holt?"]:
        q = STORY.answerer.read(text)
        for info in ix.facts.sentences:
            got = evidence.owners_of(ix, q, info)
            if not any(q.tokens[nm.end - 1].possessive for nm in q.names):
                assert got == frozenset()


# (question, answered, what the answer or the decline says, id)
ROWS = [
    ("who is ivo rek?", True, "Ivo Rekk — Spokesman", "misspelt-rest-guard"),
    ("when did ivo rek speak?", True, "Monday", "misspelt-rest-when-guard"),
    ("Who is Spokesman Rekk?", True, "Ivo Rekk — Spokesman", "title-before-name-guard"),
    ("Rekk spoke to reporters - when did he do that?", True, "Monday", "stated-first-guard"),
    (
        "What does Rekk say the government promised?",
        True,
        "government promised new roads",
        "quote-in-order-guard",
    ),  # fmt: skip
    ("who is 'Rekk' in 'Rekk told reporters'?", True, "Rekk told reporters", "quoted-in-guard"),
    ("Who opposed the plan?", True, "Sovia", "sides-oppose-guard"),
    ("Did Ardenia oppose or back the plan?", True, "Ardenia backed the plan", "first-side-guard"),
    ("Was Holt's move welcomed?", True, "Lena Holt criticised the move", "owner-guard"),
    ("What did the council welcome?", True, "Holt's move was welcomed", "welcomed-guard"),
    ("Holt - what did she do?", True, "Lena Holt criticised the move", "topic-first-guard"),
]


@pytest.mark.parametrize("question, answered, says", [pytest.param(*r[:3], id=r[3]) for r in ROWS])
def test_s28_speed2_guards(question, answered, says):
    check_turns(STORY, question, answered, says)


@pytest.mark.parametrize(
    "words",
    [
        ("did", "x", "sign", "it"),
        ("has", "it", "been", "decided", "whether", "x", "will", "go"),
        ("are", "x", "staff", "taking", "part"),
        (),
    ],  # fmt: skip
)
def test_polarity_reads_the_question_words_as_before(words):
    """What polarity reads of the question's words, remembered per question: the plain reading."""
    lang = STORY.answerer.ix.lang
    kept = [w for w in words if w not in lang.undecided]
    plain = (
        frozenset(kept) | {lang.lex.rules.stem(w) for w in kept},
        " " + " ".join(kept) + " ",
        any(w in lang.future_hints for w in kept) or polarity.progressive(lang, kept),
    )
    assert polarity._asked(lang, words) == plain


@pytest.mark.parametrize(
    "words", [("did", "x", "go"), ("was", "it", "built"), ("had", "x", "gone"), ("where", "x")]
)
def test_asks_done_as_before(words):
    lang = STORY.answerer.ix.lang
    w = lang.lex.writing
    be = w.get("be_forms", frozenset()) | w.get("have_forms", ())
    plain = any(x in lang.past_auxiliaries and x not in be for x in words)
    assert polarity._asks_done(lang, words) == plain
