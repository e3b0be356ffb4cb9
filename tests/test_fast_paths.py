"""The fast paths of fact extraction never change a fact: each cheap test skips only what the full
test would have rejected, and each faster way of matching finds what the slow one finds.

Checked on every sentence of the test articles and the bundled one, on random text (hypothesis),
and, where the claim is about characters, on every character of Unicode.
"""

from __future__ import annotations

import gc
import re
import string
import sys
import weakref
from functools import cache
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot import article, lexicon
from bot import article as article_mod
from bot.facts import events as events_mod
from bot.facts import extract
from bot.facts import mentions as mentions_mod
from bot.facts.ages import _age_as_subject, age_as_subject
from bot.facts.amounts import _anchor_finder, _may_end_prefix, _prefix_start
from bot.facts.caseless import ASCII_LOOKALIKES, Caseless, lowercase_only
from bot.facts.collector import paused
from bot.facts.descriptions import Descriptions
from bot.facts.entities import EntityTable
from bot.facts.events import EventReader, _Clause
from bot.facts.extract import _phrase_concepts, _to_a_place
from bot.facts.issues import Issues
from bot.facts.mentions import MentionReader
from bot.facts.names import _is_name_word, _run_end, capitalised_runs
from bot.facts.parties import Enumerations, _outside_parentheses
from bot.facts.people import find_entities
from bot.facts.reading import Reading
from bot.facts.roles import RoleHolders
from bot.facts.times import find_times
from bot.facts.words import Words
from bot.resources import default_article
from bot.text import Token, fold, tokenize

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + [default_article()]
LEX = lexicon.load("en")
WORDS = Words.of(LEX)
SETTINGS = settings(max_examples=300, deadline=None, derandomize=True, database=None)


@cache
def every_character() -> str:
    return "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)


@cache
def reading(path: Path) -> Reading:
    return Reading(article.load(path, lexicon=LEX), WORDS)


def sentences() -> list[str]:
    return [s.text for path in ARTICLES for s in reading(path).sentences]


# Words the recognisers look for, in every case, among letters, digits, spaces, punctuation and
# characters beyond ASCII (with and without case, and the ones read as ASCII letters).
_PIECES = sorted(
    WORDS.months
    | WORDS.weekdays
    | LEX.words["seasons"]
    | set(LEX.times)
    | set(WORDS.number_values)
    | set(WORDS.ordinal_values)
    | {"quarter", "first", "mid", "early", "end of", "the", "in", "by", "voting", "in favour"}
    | {"were", "against", "included", "1995", "2024", "19", "20", "5", "$", "€", "%", "per cent"}
)
_CHARS = list(string.ascii_letters + string.digits + " .,;:'\"-_\n") + list("“”’—–éÉİıſKµß٣")
texts = st.lists(
    st.one_of(
        st.sampled_from(_PIECES).flatmap(
            lambda w: st.sampled_from([w, w.upper(), w.title(), f" {w} "])
        ),
        st.sampled_from(_CHARS),
    ),
    max_size=40,
).map("".join)


# ------------------------------------------------------------------ Caseless


def test_ascii_lookalikes_are_all_there():
    """The only characters beyond ASCII that a case-insensitive regex reads as an ASCII letter or
    digit are ASCII_LOOKALIKES; each of them has case (so the fast twin never reads a text with
    one)."""
    found = set()
    for x in string.ascii_lowercase + string.digits:
        found |= set(re.findall(x, every_character(), re.IGNORECASE))
    assert found == ASCII_LOOKALIKES
    assert all(c.lower() != c or c.upper() != c for c in found)


def test_caseless_characters_of_patterns_match_only_themselves():
    """The characters beyond ASCII in a fast pattern have no case and match only themselves."""
    fast = [v for v in vars(WORDS).values() if isinstance(v, Caseless)]
    assert fast and all(v.fast is not None for v in fast)
    for c in sorted({c for v in fast for c in v.pattern.pattern if not c.isascii()}):
        assert re.findall(re.escape(c), every_character(), re.IGNORECASE) == [c]


@pytest.mark.parametrize(
    "pattern, fast",
    [
        (r"\bmay\b", True),
        (r"(?P<Kind>jan|feb)\s+\d", True),
        (r"[A-Z]{1,2}\$", False),  # a capital of its own
        (r"\bé\b", False),  # a character with case
        (r"(?i:the)\s+", False),  # scoped flags
        (r"\x41", False),  # an escape that writes a letter
        (r"£\d+|–", True),
    ],
    ids=["word", "group name", "capital", "cased character", "scoped flags", "hex", "uncased"],
)
def test_lowercase_only(pattern, fast):
    assert lowercase_only(re.compile(pattern, re.IGNORECASE)) is fast


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", ["time", "amount_anchor", "vote_list"])
def test_caseless_same_matches_on_the_articles(name):
    c = getattr(WORDS, name)
    for text in sentences():
        assert _spans(c.finditer(text)) == _spans(c.pattern.finditer(text)), text
        for pos in range(0, len(text), 7):
            got, want = c.search(text, pos), c.pattern.search(text, pos)
            assert _spans([got] if got else []) == _spans([want] if want else []), (text, pos)
            assert c.span(text, pos) == (want.span() if want else None), (text, pos)


@SETTINGS
@given(texts)
def test_caseless_same_matches_on_random_text(text):
    for c in (WORDS.time, WORDS.amount_anchor, WORDS.vote_list):
        assert _spans(c.finditer(text)) == _spans(c.pattern.finditer(text))
        got, want = c.search(text, 3), c.pattern.search(text, 3)
        assert _spans([got] if got else []) == _spans([want] if want else [])
        assert c.span(text, 3) == (want.span() if want else None)


def test_time_is_searched_only_after_a_gap():
    """The time regex's matches all start words: its fast twin is tried only after a character
    that may end no word (checked by the two tests above, on the articles and random text)."""
    assert WORDS.time.words and WORDS.time.fast.pattern.startswith("[^a-z0-9_]")
    assert not WORDS.amount_anchor.words


@pytest.mark.parametrize(
    "text",
    [
        "May 2020",
        "2020-2021, 1990/1991 and monday,tuesday",
        'in the first quarter of 2020"March"(April)—june',
        "(March 3)May 4th: now",
        "Today",
        "xmay 2020 may",
        "“Late last year” — 3:00pm, ٣ may 2020 é may",
        "",
    ],
    ids=[
        "one",
        "adjacent",
        "quoted",
        "glued",
        "only word",
        "inside a word",
        "beyond ascii",
        "empty",
    ],
)
def test_time_after_a_gap_finds_every_match(text):
    got = _spans(WORDS.time.finditer(text))
    assert got == _spans(WORDS.time.pattern.finditer(text))
    assert got or text in ("", "xmay")
    for pos in range(len(text) + 1):
        for end in range(pos, len(text) + 1):
            fast, plain = (
                WORDS.time.search(text, pos, end),
                WORDS.time.pattern.search(text, pos, end),
            )
            assert _spans([fast] if fast else []) == _spans([plain] if plain else []), (pos, end)


@pytest.mark.parametrize(
    "pattern, text",
    [
        (r"ay\b", "may day"),
        (r"\d\d", "no1990"),
        (r"\b", "a b"),
        (r"(?<! )\bmay", "may"),
        (r"\Amay", "may"),
    ],
    ids=["inside a word", "inside a number", "empty", "reads before its start", "text start"],
)
def test_words_claim_of_a_pattern_that_starts_inside_words_is_caught(pattern, text):
    """A mutation: ``words`` given to a pattern whose matches may start inside a word, be
    empty, or read what is before where they start, finds other matches than its pattern (or
    other places): the tests comparing the two on the articles and random text would fail."""
    c = Caseless(re.compile(pattern, re.IGNORECASE), words=True)
    plain = c.pattern.search(text)
    assert _spans(c.finditer(text)) != _spans(c.pattern.finditer(text)) or c.span(text) != (
        plain.span() if plain else None
    )


# ------------------------------------------------------------------ amounts

_AMOUNT_PIECES = sorted(
    WORDS.g["approximators"] | WORDS.g["range_openers"] | WORDS.g["currency_symbols"]
) + ["US", "A", "12", "five", "dozens", "over", "from", "Ab0ut", "ABOUT", "abſolutely", "about"]
amount_texts = st.lists(
    st.one_of(st.sampled_from(_AMOUNT_PIECES), st.sampled_from(_CHARS)), max_size=40
).map("".join)


def _assert_same_prefixes(text: str) -> None:
    """Before every digit or number word, ``_prefix_start`` finds where the prefix regex,
    searched from ``back``, starts (``at`` when it finds nothing)."""
    p = WORDS.amount_prefix
    for hit in WORDS.amount_anchor.pattern.finditer(text):
        at = hit.start()
        for back in {max(0, at - 32), max(0, at - 3), at}:
            want = p.search(text, back, at)
            got = _prefix_start(WORDS, text, back, at)
            assert got == (want.start() if want else at), (text, back, at)


def _assert_same_anchors(text: str) -> None:
    """From every position, ``_anchor_finder`` finds the next digit or number word where the
    anchor regex does."""
    find = _anchor_finder(WORDS, text, tokenize(text, WORDS.rules))
    for pos in range(len(text) + 1):
        assert find(pos) == WORDS.amount_anchor.span(text, pos), (text, pos)


def test_amount_anchors_as_before_on_the_articles():
    for text in sentences():
        _assert_same_anchors(text)


@SETTINGS
@given(st.one_of(amount_texts, texts))
def test_amount_anchors_as_before_on_random_text(text):
    _assert_same_anchors(text)


def test_amount_prefixes_as_before_on_the_articles():
    for text in sentences():
        _assert_same_prefixes(text)


@SETTINGS
@given(amount_texts)
def test_amount_prefixes_as_before_on_random_text(text):
    _assert_same_prefixes(text)


def _assert_prefixes_end_where_told(text: str) -> None:
    """Wherever the prefix regex finds more than the space before a digit or number word,
    ``_may_end_prefix`` says one may end there (it skips the regex only where none can)."""
    low = text.lower()
    for hit in WORDS.amount_anchor.pattern.finditer(text):
        at = hit.start()
        for back in {max(0, at - 32), max(0, at - 3), at}:
            found = WORDS.amount_prefix.search(text, back, at)
            trivial = (
                found is None
                or found.start() == at
                or (found.start() == at - 1 and text[at - 1].isspace())
            )
            assert trivial or _may_end_prefix(WORDS, low, back, at), (text, back, at)


def test_amount_prefixes_end_where_told_on_the_articles():
    for text in sentences():
        _assert_prefixes_end_where_told(text)


@SETTINGS
@given(amount_texts)
def test_amount_prefixes_end_where_told_on_random_text(text):
    _assert_prefixes_end_where_told(text)


@pytest.mark.parametrize(
    "text", ["about 5", "between  5", "US$ 5", "€5", "as many as\n12", "more than $ 5"]
)
def test_amount_prefix_end_keeps_these(text):
    at = next(WORDS.amount_anchor.pattern.finditer(text)).start()
    assert _may_end_prefix(WORDS, text.lower(), 0, at)
    _assert_same_prefixes(text)


# ------------------------------------------------------------------ issues


def _issue_test(text: str) -> bool:
    """``Issues.may_hold_one`` of a sentence of this text alone."""
    r = SimpleNamespace(words=WORDS, tokens=[tokenize(text, LEX.rules)])
    return Issues(r).may_hold_one(0)


def test_issue_test_keeps_every_sentence_with_an_issue_on_the_articles():
    kept = 0
    for path in ARTICLES:
        r = reading(path)
        for si, s in enumerate(r.sentences):
            if WORDS.issue.search(s.text):
                assert Issues(r).may_hold_one(si), s.text
                kept += 1
    assert kept


def _last_issue(r: Reading, j: int) -> str | None:
    """The last issue written in sentences 0..j, every one of them searched."""
    found = [m.group(0) for s in r.sentences[: j + 1] for m in WORDS.issue.finditer(s.text)]
    return found[-1] if found else None


@pytest.mark.parametrize("order", ["reading", "backwards", "shuffled"])
def test_last_issue_up_to_a_sentence_in_any_order_of_asking(order):
    found = 0
    for path in ARTICLES:
        r = reading(path)
        asked = list(range(-1, len(r.sentences)))
        if order != "reading":
            asked.reverse()
        if order == "shuffled":
            asked = asked[::3] + asked[1::3] + asked[2::3]
        issues = Issues(r)
        for j in asked:
            assert issues._last_up_to(j) == _last_issue(r, j), (path.name, j)
            found += _last_issue(r, j) is not None
    assert found


_ISSUE_PIECES = sorted(WORDS.issue_nouns) + [
    "the ",
    "its ",
    "a ",
    "The",
    "Plan",
    "plans",
    "'s",
    "’s",
]
_ISSUE_PIECES += ["-B", "-led", ".5", "’x", "_"]
issue_texts = st.lists(
    st.one_of(st.sampled_from(_ISSUE_PIECES), st.sampled_from(_CHARS)), max_size=30
).map("".join)


# an issue inside random text, its noun followed by what may go on in a word
issue_texts |= st.tuples(
    issue_texts,
    st.sampled_from(["the", "Its", "a"]),
    st.sampled_from(sorted(WORDS.issue_nouns)),
    st.sampled_from(["", "-B", "-led", ".5", "’x", "'s", "’s", "s", "_x", " x"]),
    issue_texts,
).map(lambda p: f"{p[0]} {p[1]} {p[2]}{p[3]} {p[4]}")


@SETTINGS
@given(issue_texts)
def test_issue_test_keeps_every_sentence_with_an_issue_on_random_text(text):
    if WORDS.issue.search(text):
        assert _issue_test(text), text


# ------------------------------------------------------------------ sentences

_PARAGRAPH_PIECES = [" ", "  ", ". ", "! ", "? ", "… ", ".", '"', "“", "”", "«", "»", "„", "(", ")"]
_PARAGRAPH_PIECES += ["Mr.", "U.S.", "a.m.", "J.", "Jan.", "The", "he", "said", "It", "3", "\n"]
paragraphs = st.lists(
    st.one_of(st.sampled_from(_PARAGRAPH_PIECES), st.sampled_from(_CHARS)), max_size=60
).map("".join)


def _split_every_character(p: str) -> list:
    """The sentences of ``p`` with the splitter stopping at every character, as it did before
    it stepped over those that are no mark and no end."""
    with pytest.MonkeyPatch.context() as m:
        m.setattr(article_mod, "_ENDS", re.compile("(?s)."))
        m.setattr(article_mod, "_MARKS_AND_ENDS", re.compile("(?s)."))
        return article_mod._split_sentences(p, LEX.words["abbreviations"], LEX.words["stopwords"])


def _split(p: str) -> list:
    return article_mod._split_sentences(p, LEX.words["abbreviations"], LEX.words["stopwords"])


def test_sentences_as_before_on_the_articles():
    for path in ARTICLES:
        for para in reading(path).article.paragraphs:
            assert _split(para.text) == _split_every_character(para.text)


@SETTINGS
@given(paragraphs)
def test_sentences_as_before_on_random_text(p):
    assert _split(p) == _split_every_character(p)


def test_word_before_a_dot_is_the_regex_word():
    """_word_before reads backwards what the regex read forwards, for every character."""
    word = re.compile(r"[\w.’'-]")
    assert all(
        bool(word.match(c)) == (c.isalnum() or c in article_mod._WORD_CHARS)
        for c in map(chr, range(sys.maxunicode + 1))
    )


@SETTINGS
@given(paragraphs, st.integers(0, 80), st.integers(0, 80))
def test_word_before_on_random_text(p, a, b):
    start, i = min(a, b, len(p)), min(max(a, b), len(p))
    m = re.compile(r"([\w.’'-]+)$").search(p, start, i)
    assert article_mod._word_before(p, start, i) == (m.group(1) if m else "")
    assert article_mod._rstripped(p, i) == len(p[:i].rstrip())


# ------------------------------------------------------------------ tokens


def _tokenize_as_before(text: str, rules) -> list[Token]:
    """tokenize as it was written before its words were memoised: the reference."""
    out = []
    for m in re.finditer(r"[^\W_]+(?:[-'’.][^\W_]+)*", text):
        raw, end, possessive = m.group(), m.end(), False
        if (
            rules.PLURAL_POSSESSIVE_APOSTROPHE
            and end < len(text)
            and text[end] in "'’"
            and (end + 1 == len(text) or not text[end + 1].isalnum())
        ):
            possessive = True
        low = fold(raw)
        if low.endswith(rules.POSSESSIVE_SUFFIXES):
            cut = next(len(x) for x in rules.POSSESSIVE_SUFFIXES if low.endswith(x))
            if len(low) > cut:
                raw, low, end, possessive = raw[:-cut], low[:-cut], end - cut, True
        if "." in low:
            parts = [x for x in low.split(".") if x]
            low = low.replace(".", "") if all(len(x) <= 2 and x.isalpha() for x in parts) else low
        out.append(Token(raw, low, rules.stem(low), m.start(), end, possessive))
    return out


def test_tokenize_as_before_on_the_articles():
    for text in sentences():
        assert tokenize(text, LEX.rules) == _tokenize_as_before(text, LEX.rules), text


@SETTINGS
@given(texts)
def test_tokenize_as_before_on_random_text(text):
    for variant in (text, text.replace(" ", "'s "), text.replace(" ", "' ")):
        got = tokenize(variant, LEX.rules)
        assert got == _tokenize_as_before(variant, LEX.rules)
        assert [type(x.possessive) for x in got] == [bool] * len(got)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_name_words_are_capitals_or_hyphenated_after_one(path):
    """capitalised_runs asks _is_name_word only at a capital, or at a hyphenated word right
    after one: elsewhere it would say no."""
    r = reading(path)
    for toks, s in zip(r.tokens, r.sentences, strict=True):
        for i, t in enumerate(toks):
            if _is_name_word(r, toks, i, s.text):
                after = i > 0 and toks[i - 1].capitalized and "-" in t.text
                assert t.capitalized or after, (s.text, t.text)


def _runs_testing_every_word(r, toks, text) -> list:
    """capitalised_runs as it was: every word tested, then the runs read word by word."""
    caps = [_is_name_word(r, toks, i, text) for i in range(len(toks))]
    out, i = [], 0
    while i < len(toks):
        if not caps[i]:
            i += 1
            continue
        j = _run_end(r, toks, text, caps, i)
        out.append((i, j))
        i = j
    return out


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_capitalised_runs_as_before(path):
    r = reading(path)
    for toks, s, runs in zip(r.tokens, r.sentences, r.runs, strict=True):
        assert runs == _runs_testing_every_word(r, toks, s.text), s.text


@SETTINGS
@given(texts)
def test_name_words_on_random_text(text):
    r = reading(ARTICLES[-1])
    toks = tokenize(text, LEX.rules)
    for i, t in enumerate(toks):
        if _is_name_word(r, toks, i, text):
            assert t.capitalized or (i > 0 and toks[i - 1].capitalized and "-" in t.text)
    assert capitalised_runs(r, toks, text) == _runs_testing_every_word(r, toks, text)


# ------------------------------------------------------------------ concept phrases


def _phrase_concepts_as_before(w: Words, norms: list[str], toks: list[Token]) -> set[str]:
    """extract._phrase_concepts before its words were taken as they are: the reference."""
    folded = " " + " ".join(norms) + " "
    heads = w.concept_phrases_by_first.keys() & set(folded.split())
    return {
        cid
        for h in heads
        for ph, cid in w.concept_phrases_by_first[h]
        if ph in folded and (ph not in w.placed_phrases or _to_a_place(ph, toks, w.g["articles"]))
    }


# the first words of the concept phrases, and words that fold to a space or to nothing
_HEADS = sorted(WORDS.concept_phrases_by_first) + ["\u037a", "\uff9e", "a\u037ain", "in\xa0", "x y"]


@SETTINGS
@given(st.lists(st.sampled_from(_HEADS + ["person", "the", "talks", "Holm", ""]), max_size=12))
def test_phrase_concepts_as_before(words):
    toks = [Token(x, fold(x), fold(x), 0, len(x)) for x in words]
    norms = [t.norm for t in toks]
    got = set(_phrase_concepts(WORDS, norms, toks))
    assert got == _phrase_concepts_as_before(WORDS, norms, toks)


# ------------------------------------------------------------------ anchors and times

ANCHORED = ["time", "vote_list", "amount_anchor"]


@pytest.mark.parametrize("name", ANCHORED)
def test_anchors_skip_only_texts_without_a_match_on_the_articles(name):
    c = getattr(WORDS, name)
    assert c.anchors
    for text in sentences():
        text = text.replace("’", "'")
        if c.pattern.search(text):
            assert c.may_match(text), text


@SETTINGS
@given(texts)
def test_anchors_skip_only_texts_without_a_match_on_random_text(text):
    for name in ANCHORED:
        c = getattr(WORDS, name)
        if c.pattern.search(text):
            assert c.may_match(text)


@pytest.mark.parametrize(
    "name, text",
    [
        ("amount_anchor", "Some ٣ people came."),
        ("amount_anchor", "TWICE a day"),
        ("time", "On FRİDAY"),
        ("time", "back in 1995"),
        ("vote_list", "Among those VOTING in favour were A and B."),
    ],
    ids=["arabic-indic digit", "capitals", "lookalike", "year", "vote list"],
)
def test_anchors_keep_a_text_with_a_match(name, text):
    c = getattr(WORDS, name)
    assert c.pattern.search(text) and c.may_match(text) and c.search(text)


@pytest.mark.parametrize(
    "anchors, kept",
    [(["monday", "day", "now"], ("day", "now")), (["Day"], None), (["día"], None), ([], None)],
    ids=["fewest", "capital", "accent", "none"],
)
def test_only_plain_lowercase_anchors(anchors, kept):
    assert Caseless(re.compile("x", re.IGNORECASE), anchors).anchors == kept


def _time_without_start_test() -> re.Pattern:
    """The time regex without its first test (that a word that may start a time, or a digit,
    starts there)."""
    pattern = WORDS.time.pattern.pattern
    body = pattern.index(r"(?:\b(?P<pre>")
    assert pattern.startswith(r"\b(?=\d|") and pattern.endswith(")")
    return re.compile(pattern[body + len("(?:") : -1], re.IGNORECASE)


def test_time_start_test_changes_no_match_on_the_articles():
    slow = _time_without_start_test()
    for text in sentences():
        assert _spans(WORDS.time.pattern.finditer(text)) == _spans(slow.finditer(text)), text


@SETTINGS
@given(texts)
def test_time_start_test_changes_no_match_on_random_text(text):
    slow = _time_without_start_test()
    assert _spans(WORDS.time.pattern.finditer(text)) == _spans(slow.finditer(text))


def test_time_lookaheads_change_no_match_on_the_articles():
    slow = WORDS._time_regex(LEX, quick=False)
    for text in sentences():
        assert _spans(WORDS.time.pattern.finditer(text)) == _spans(slow.finditer(text)), text


@SETTINGS
@given(texts)
def test_time_lookaheads_change_no_match_on_random_text(text):
    slow = WORDS._time_regex(LEX, quick=False)
    assert _spans(WORDS.time.pattern.finditer(text)) == _spans(slow.finditer(text))


@pytest.mark.parametrize(
    "text",
    [
        "midsummer came", "mid-1995", "Anderson came in the fall and in the second half of",
        "by then, and 3 weeks ago, and now", "the 4th quarter of 2020", "Another year later, a year later",
        "by the end of May", "until  the second half of 2019", "from early 2020", "The end of 2019",
    ],
    ids=[
        "glued prefix", "hyphened prefix", "words starting so", "relative", "quarter", "counted",
        "preposition and article", "spaces", "preposition", "article",
    ],
)  # fmt: skip
def test_time_lookaheads_keep_these_matches(text):
    slow = WORDS._time_regex(LEX, quick=False)
    assert _spans(WORDS.time.pattern.finditer(text)) == _spans(slow.finditer(text))
    assert _spans(slow.finditer(text))


@pytest.mark.parametrize(
    "text",
    ["It happened on 12 May 1995.", "Talks resume next week.", "in the first quarter", "FRİDAY"],
    ids=["date", "relative", "quarter", "lookalike"],
)
def test_find_times_finds_what_the_regex_finds(text):
    want = [m.start() for m in WORDS.time.pattern.finditer(text)]
    assert want and [t.start for t in find_times(WORDS, text)] == want


# ------------------------------------------------------------------ ages


_AGE_TEXTS = st.lists(
    st.sampled_from(
        ["The", "the", "champion", "19-year-old", "35-Year-Old", "Today,", "said", "won", "X"]
        + ["Ada", "Holm,", "61,", "a", "of", "54-year-olds", "the 41-year-old"]
    ),
    max_size=12,
).map(" ".join)


def _assert_same_age(text: str) -> None:
    toks = tokenize(text, WORDS.rules)
    assert age_as_subject(WORDS, text, toks) == _age_as_subject(WORDS, text, toks), text


def test_age_as_subject_as_word_by_word_on_the_articles():
    for text in sentences():
        _assert_same_age(text)


@pytest.mark.parametrize(
    "text",
    [
        "The champion 19-year-old dominated the final.",
        "Today, the 35-year-old changed his mind.",
        "THE CHAMPION 19-YEAR-OLD DOMINATED.",
        "The champion 19-year-old dominated the “final”.",
    ],
    ids=["subject", "after an opening", "capitals", "beyond ASCII"],
)
def test_age_as_subject_keeps_an_age(text):
    assert age_as_subject(WORDS, text, tokenize(text, WORDS.rules)) is not None
    _assert_same_age(text)


@SETTINGS
@given(_AGE_TEXTS)
def test_age_as_subject_as_word_by_word_on_random_text(text):
    _assert_same_age(text)


# ------------------------------------------------------------------ events


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_verb_groups_start_only_where_may_open_says(path):
    r = Reading(article.load(path, lexicon=LEX), WORDS)
    table = EntityTable(WORDS.stop)
    mentions, quotes = MentionReader(r, table, find_entities(r, table)).read()
    reader = EventReader(r, table)
    kinds: dict[str, int] = {}
    for si, toks in enumerate(r.tokens):
        clause = _Clause(WORDS, table, si, r.text(si), toks).placed(mentions[si], quotes[si])
        clause.is_demonym = r.is_demonym
        clause.read_kinds(kinds)
        for k in range(len(toks)):
            if clause.group(k) is not None:
                assert clause.may_open(toks[k]), (r.text(si), toks[k].text)
    assert reader.kinds == {}  # the memo is filled only by reading


def _verb_as_before(c: _Clause, t: Token, last: str | None, k: int) -> bool:
    """_Clause._verb as it read its words before the flag table (the reference)."""
    w = c.w
    if not t.norm.isalpha() or t.text[:1].isupper() or t.norm in w.stop:
        return False
    if t.norm in w.reporting_verbs or t.norm in w.reporting_verbs_with_object:
        return False
    participle = c._participle(t) or w.rules.is_gerund(t.norm)
    if last in w.be_forms:
        return bool(participle or t.norm in w.bare_participles)
    if last in w.have_forms:
        return bool(c._participle(t) or t.norm in w.bare_participles)
    if last is not None:
        return True
    return bool(c._participle(t) or t.norm in w.mode_of) and c._no_adjective(k)


def _group_as_before(c: _Clause, k: int) -> tuple | None:
    """_Clause.group as it read its words before the flag table (the reference)."""
    w, toks = c.w, c.toks
    j, negated, passive, mode, last = k, False, False, None, None
    while j < len(toks) and (
        c._auxiliary(toks[j])
        or (c._modifier(toks[j]) and (last or c._at(j + 1, w.auxiliaries)))
        or (last in w.chain_verbs and toks[j].norm in w.infinitive_markers)
    ):
        if c._auxiliary(toks[j]):
            last = toks[j].norm
        negated = negated or c._negation(toks[j])
        passive = passive or toks[j].norm in w.be_forms
        j += 1
    while (
        j + 1 < len(toks)
        and toks[j + 1].norm in w.infinitive_markers
        and (toks[j].norm in w.chain_verbs or toks[j].norm in w.mode_of)
    ):
        mode = w.mode_of.get(toks[j].norm, mode)
        j, last, passive = j + 2, "to", False
    if j >= len(toks) or not _verb_as_before(c, toks[j], last, k):
        return None
    if toks[j].norm in w.mode_of and mode is None:
        mode = w.mode_of[toks[j].norm]
    passive = passive and c._participle(toks[j])
    end = j + 1
    if end < len(toks) and toks[end].norm in w.verb_particles:
        end += 1
    return (k, end, j, negated, passive, mode)


def _groups_both_ways(r: Reading, si: int, kinds: dict) -> tuple[list, list]:
    c = _Clause(WORDS, EntityTable(WORDS.stop), si, r.text(si), r.tokens[si])
    c.is_demonym = r.is_demonym
    c.read_kinds(kinds)
    fast = [c.group(k) for k in range(len(c.toks))]
    fast = [(g.start, g.end, g.main, g.negated, g.passive, g.mode) if g else None for g in fast]
    return fast, [_group_as_before(c, k) for k in range(len(c.toks))]


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_verb_groups_by_word_flags_as_before(path):
    """Every verb group read with the table of word flags is the one read word by word, at
    every token of every sentence (not only where a group may open)."""
    r, kinds = reading(path), {}
    for si in range(len(r.sentences)):
        fast, slow = _groups_both_ways(r, si, kinds)
        assert fast == slow, r.text(si)


_VERB_TEXTS = st.lists(
    st.sampled_from(
        sorted(WORDS.auxiliaries | WORDS.negation_words | WORDS.infinitive_markers)[:40]
        + sorted(WORDS.chain_verbs | set(WORDS.mode_of) | WORDS.be_forms)[:40]
        + ["didn't", "signed", "shot", "dead", "the", "injured", "crew", "Signed", "3", "two"]
        + ["investigating", "cut", "said", "not", "quickly", "will", "have", "to", "by", "Ana"]
    ),
    max_size=12,
).map(" ".join)


@SETTINGS
@given(_VERB_TEXTS)
def test_verb_groups_by_word_flags_as_before_on_random_text(text):
    toks = tokenize(text, LEX.rules)
    r = SimpleNamespace(text=lambda si: text, tokens=[toks], is_demonym=lambda norm: False)
    fast, slow = _groups_both_ways(r, 0, {})
    assert fast == slow


@pytest.mark.parametrize("bit", ["_AUX", "_NEG", "_INF", "_PAST", "_NOT_VERB", "_PARTICLE"])
def test_a_wrong_word_flag_is_caught(bit):
    """A mutation: one flag cleared in the table changes some verb group of the articles."""
    mask = getattr(events_mod, bit)
    changed = False
    for path in ARTICLES:
        r = reading(path)
        kinds: dict[str, int] = {}
        for si in range(len(r.sentences)):
            _groups_both_ways(r, si, kinds)
        for norm in kinds:
            kinds[norm] &= ~mask
        for si in range(len(r.sentences)):
            fast, slow = _groups_both_ways(r, si, kinds)
            changed = changed or fast != slow
        if changed:
            break
    assert changed


# ------------------------------------------------------------------ stances


@SETTINGS
@given(paragraphs)
def test_items_split_on_commas_outside_parentheses(s):
    """Enumerations._items splits a text with no parenthesis on its commas: the same."""
    plain = s.replace("(", "").replace(")", "")
    assert _outside_parentheses(plain) == plain.split(",")


# ------------------------------------------------------------------ descriptions


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_role_holders_remember_only_what_the_roles_decide(path):
    """A RoleHolders that has resolved many descriptions answers as a new one does, whatever
    the asker's heads, preferences and reading position."""
    r = reading(path)
    entities = extract(r.article, LEX).entities
    people = [e for e in entities if e.kind == "person" and e.role]
    words = sorted({fold(x) for e in people for x in e.role.split()})[:12]
    titles = sorted({t for t in LEX.titles if " " not in t})[:25] + words
    used = RoleHolders(entities, LEX.titles, LEX.rules)
    for title in titles:
        for adjectives in ([], words[:1], words[1:3], ["russian"]):
            for heads, prefer, upto in ((None, (), 10**9), (WORDS.generic_titles, (1,), 3)):
                asked = dict(heads=heads, prefer=prefer, introduced=lambda e, n=upto: e.id < n)
                fresh = RoleHolders(entities, LEX.titles, LEX.rules).resolve(
                    adjectives, title, **asked
                )
                assert used.resolve(adjectives, title, **asked) == fresh, (adjectives, title)


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_enumeration_items_find_their_entity_as_before(path):
    """Enumerations._entity tries only runs of words whose first word starts a name: it finds
    what trying every run (longest, then leftmost) finds."""
    r = reading(path)
    table = EntityTable(WORDS.stop)
    find_entities(r, table)
    enumerations = Enumerations(r, table)
    for toks in r.tokens:
        for a in range(0, len(toks), 3):
            item = " ".join(t.text for t in toks[a : a + 6])
            words = [fold(x) for x in re.findall(r"[\w'-]+", item)]
            runs = [
                words[i : i + n]
                for n in range(len(words), 0, -1)
                for i in range(len(words) - n + 1)
            ]
            want = next((e for e in map(table.lookup, runs) if e is not None), None)
            assert enumerations._entity(item) == want, item


# ------------------------------------------------------------------ the collector


@pytest.mark.parametrize("on", [True, False], ids=["collector on", "collector off"])
def test_extraction_leaves_the_collector_as_it_was(on):
    was = gc.isenabled()
    try:
        gc.enable() if on else gc.disable()
        extract(reading(ARTICLES[-1]).article, LEX)
        assert gc.isenabled() is on
    finally:
        gc.enable() if was else gc.disable()


def test_a_cycle_made_while_paused_is_collected_later():
    class Node:
        pass

    with paused():
        a, b = Node(), Node()
        a.other, b.other = b, a
        gone = weakref.ref(a)
        del a, b
        assert gone() is not None  # no collection inside
    gc.collect()
    assert gone() is None


# ------------------------------------------------------------------ demonyms and amounts

_NAMES = st.lists(
    st.sampled_from(["austral", "mexic", "brit", "chin", "name", "arg", "per"]).flatmap(
        lambda stem: st.sampled_from(
            ["", "a", "o", "ia", "ian", "an", "ese", "ish", "i", "ic", "1", "22"]
        ).map(lambda end: stem + end)
    ),
    max_size=30,
)


@SETTINGS
@given(_NAMES, _NAMES)
def test_demonyms_as_every_pair_says(names, adjectives):
    """demonym_test and demonym_places skip the words no demonym ends like: they answer as
    is_demonym on every pair does."""
    rules = LEX.rules
    test = rules.demonym_test(names)
    for adj in adjectives:
        assert test(adj) == any(rules.is_demonym(adj, n) for n in names if len(n) >= 4)
    places = {
        n
        for n in names
        if any(rules.is_demonym(a, n) for a in names if a[:4] == n[:4] and len(n) >= 4)
    }
    assert rules.demonym_places(names) == places


def test_words_after_an_amount_found_by_bisection():
    """find_amounts reads the six words from where an amount ends: the same as filtering."""
    from bisect import bisect_left

    for path in ARTICLES:
        for toks in reading(path).tokens:
            for end in range(0, (toks[-1].end + 2) if toks else 1):
                first = bisect_left(toks, end, key=lambda t: t.start)
                assert toks[first : first + 6] == [t for t in toks if t.start >= end][:6]


# ------------------------------------------------------------------ descriptions, incrementally


class _Checked(Descriptions):
    """Descriptions that check each answer against RoleHolders.resolve weighing everyone."""

    calls = 0
    recount = 10**9  # always the answer kept up to date (but the first time)

    def resolve(self, adjectives, title, here):
        got = super().resolve(adjectives, title, here)
        want = self.roles.resolve(
            adjectives,
            title,
            introduced=lambda e: self.position(e.first_sentence) <= here,
            prefer=self.prefer,
            heads=self.heads,
        )
        assert got == want, (adjectives, title, here)
        _Checked.calls += 1
        return got


_PEOPLE = ["Arlo Quill", "Bryn Rusk", "Cato Sable", "Dara Thorne", "Elio Umber", "Fenn Vance"]
_SHAPES = [
    "Governor {p} said the bridge would open.",
    "The governor agreed with {p}.",
    "The Venezuelan governor spoke.",
    "Venezuelan Governor {p} met reporters.",
    "Foreign Minister {p} visited Caracas.",
    "The minister said {p} was right.",
    "The foreign minister left.",
    "President {p} thanked the governor.",
    "The leader of the party, {p}, said so.",
    "{p} said the leader would come.",
]
_HEADLINES = [
    "Bridge plan advances",
    "Governor Bryn Rusk visits",
    "The governor speaks",
    "Minister Cato Sable speaks",
]
stories = st.tuples(
    st.sampled_from(_HEADLINES),
    st.lists(
        st.tuples(st.sampled_from(_SHAPES), st.sampled_from(_PEOPLE)), min_size=1, max_size=40
    ),
).map(
    lambda story: (
        f"{story[0]}\n\nCITY, May 3 (Agency) - "
        + " ".join(shape.format(p=p) for shape, p in story[1])
        + "\n"
    )
)


def _extract_checked(text: str):
    with pytest.MonkeyPatch.context() as m:
        m.setattr(mentions_mod, "Descriptions", _Checked)
        return extract(article.parse(text, lexicon=LEX), LEX)


def test_descriptions_answer_as_weighing_everyone_on_the_articles():
    before = _Checked.calls
    for path in ARTICLES:
        _extract_checked(path.read_text(encoding="utf-8"))
    assert _Checked.calls > before


@SETTINGS
@given(stories)
def test_descriptions_answer_as_weighing_everyone_on_made_up_stories(text):
    _extract_checked(text)
