"""Property tests of the answering core: ``Engine.answer`` never raises, stays grounded and fast.

For any question text (control characters, emoji, whitespace, very long strings, noisy variants of
real questions) the engine returns an :class:`Answer` whose quoted sentences are sentences of the
article, declines quote nothing, and one call takes at most ``BOUND_S``. The spec's failure is
"more than a few milliseconds"; the bound here is deliberately generous so that a loaded 2-core CI
box does not flake, and a slow call is re-timed before it counts (the best of three is compared),
so only a systematically slow question fails.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot import reply
from bot.answer import Answer
from bot.engine import Engine

ROOT = Path(__file__).resolve().parent.parent
BOUND_S = 0.050  # per call; typical calls are far below this (see bench/bench_core.py)
TELEGRAM_LIMIT = 4096

SETTINGS = settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ENGINE = Engine.load()
ARTICLE_SENTENCES = frozenset(ENGINE.article.sentences)


def _dev_questions() -> list[str]:
    data = yaml.safe_load((ROOT / "tests" / "questions.yaml").read_text(encoding="utf-8"))
    return [q["q"] for q in data["questions"]]


DEV_QUESTIONS = _dev_questions()

# warm up: lazy caches, first-call imports
for _q in DEV_QUESTIONS[:5]:
    ENGINE.answer(_q)


def timed_answer(q: str, context: Answer | None = None) -> Answer:
    t0 = time.perf_counter()
    a = ENGINE.answer(q, context=context)
    best = time.perf_counter() - t0
    tries = 1
    while best > BOUND_S and tries < 3:  # a scheduling hiccup is not a slow matcher
        t0 = time.perf_counter()
        ENGINE.answer(q, context=context)
        best = min(best, time.perf_counter() - t0)
        tries += 1
    assert best <= BOUND_S, (
        f"answer took {best * 1000:.1f} ms (> {BOUND_S * 1000:.0f} ms): {q[:80]!r}"
    )
    return a


def check_answer(q: str, a: Answer) -> None:
    assert isinstance(a, Answer)
    assert isinstance(a.answered, bool)
    assert isinstance(a.score, int | float)
    assert 0.0 <= a.score <= 1.0
    assert isinstance(a.sentences, tuple)
    for s in a.sentences:
        assert s in ARTICLE_SENTENCES, f"quoted a sentence that is not in the article: {s!r}"
        assert ENGINE.article.text[s.start : s.end].replace("\n", " ") == s.text
    if a.answered:
        assert a.text is None or isinstance(a.text, str)
    else:
        assert a.sentences == (), "a decline must quote nothing"
        assert a.text is None
        assert a.reason is None or isinstance(a.reason, str)
    html = reply.to_html(a)
    assert isinstance(html, str) and len(html) <= TELEGRAM_LIMIT
    assert isinstance(reply.to_text(a), str)
    a.to_json()


def check(q: str, context: Answer | None = None) -> Answer:
    a = timed_answer(q, context)
    check_answer(q, a)
    return a


# --------------------------------------------------------------------------- strategies

EMOJI = [
    "😀",
    "🇻🇪",
    "👍🏽",
    "👨‍👩‍👧‍👦",
    "❤️",
    "🤷‍♂️",
    "🔥",
    "\u200d",
    "\ufe0f",
    "🏳️‍🌈",
]
WHITESPACE = (
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200b\u2028\u2029\u202f\u3000"
)
WORDS = (
    "who what when where why how did does is the of Maduro Russia Putin Peskov Guaido Venezuela "
    "support recognized said countries Lima Group Mexico January 23 July Caracas Moscow ? ! , . "
    '"' + " ' ( ) @ # - — … Rossiya-24 TASS U.S. not and or"
).split()

any_text = st.text(max_size=10_000)
lone_emoji = st.sampled_from(EMOJI)
emoji_runs = st.lists(st.sampled_from(EMOJI), min_size=1, max_size=200).map("".join)
whitespace = st.text(alphabet=WHITESPACE, max_size=2_000)
word_salad = st.lists(st.sampled_from(WORDS), max_size=2_000).map(" ".join)
very_long = st.builds(
    lambda q, n: (q + " ") * n,
    st.sampled_from(DEV_QUESTIONS),
    st.integers(min_value=50, max_value=150),
).map(lambda s: s[:10_000])


@st.composite
def noisy_question(draw):
    """A real dev question, mangled: case, punctuation, deletions, inserted junk."""
    q = draw(st.sampled_from(DEV_QUESTIONS))
    chars = list(q)
    for _ in range(draw(st.integers(0, 6))):
        op = draw(st.sampled_from(["drop", "insert", "upper", "lower"]))
        if op == "drop" and chars:
            del chars[draw(st.integers(0, len(chars) - 1))]
        elif op == "insert":
            junk = draw(st.one_of(st.text(max_size=3), st.sampled_from(EMOJI + ["??", "@bot"])))
            chars.insert(draw(st.integers(0, len(chars))), junk)
        elif op == "upper":
            chars = list("".join(chars).upper())
        else:
            chars = list("".join(chars).lower())
    return "".join(chars)


# --------------------------------------------------------------------------- properties


@SETTINGS
@given(any_text)
@example("")
@example("\x00")
@example("\x00\x01\x02\x1b[31m\x7f")
@example("?")
@example("<b>&amp;</b><script>alert(1)</script>")
@example("'; DROP TABLE articles; --")
@example("{}[]()%s%d{0}\\n\\")
@example("\u202e\u2066Maduro\u2069")
def test_any_text(q):
    check(q)


@SETTINGS
@given(lone_emoji)
def test_lone_emoji(q):
    check(q)


@SETTINGS
@given(emoji_runs)
def test_emoji_runs(q):
    check(q)


@SETTINGS
@given(whitespace)
def test_whitespace(q):
    check(q)


@SETTINGS
@given(word_salad)
def test_word_salad(q):
    check(q)


@SETTINGS
@given(very_long)
def test_very_long(q):
    check(q)


@SETTINGS
@given(noisy_question())
def test_noisy_dev_questions(q):
    check(q)


@SETTINGS
@given(st.lists(st.one_of(noisy_question(), any_text.map(lambda s: s[:200])), max_size=5))
def test_follow_up_chain(questions):
    """Each answer is the context of the next, as in chat; any chain is answered safely."""
    context = None
    for q in questions:
        context = check(q, context)


@pytest.mark.parametrize("q", DEV_QUESTIONS, ids=range(len(DEV_QUESTIONS)))
def test_dev_questions_invariants(q):
    check(q)


@pytest.mark.parametrize(
    "question",
    [
        "Who is Russia's deputy foreign minister?",
        "When did Russia's deputy foreign minister go to Caracas?",
        "what did venezuela's opposition leader and parliament speaker declare?",
    ],
)
def test_possessive_owner_of_a_long_title_is_read_once(question, caplog):
    """A possessive name before a title of several words ("Ardenia's deputy trade minister") is
    one description: reading it never fails (it raised, was logged and declined)."""
    a = ENGINE.answer(question)
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
    check_answer(question, a)
    assert a.answered


def test_typo_whose_short_stem_meets_an_article_word():
    """ "comming" stems to "com", which some article word also stems to: still a typo of
    "coming" (it answered the sentence's "Earlier" as the time of a future visit)."""
    a = ENGINE.answer("when is maduro comming to russia")
    assert a.answered and "near future" in a.text


def test_huge_question_does_not_hang():
    """Far beyond Telegram's 4096 characters: only 'never raises' and 'grounded' are asked."""
    q = "Who supported Maduro? " * 20_000
    t0 = time.perf_counter()
    a = ENGINE.answer(q)
    assert time.perf_counter() - t0 < 5.0
    check_answer(q, a)


def test_to_html_limit_of_long_answer():
    """A hand-made answer quoting every sentence still fits a Telegram message."""
    a = Answer(
        question="all",
        answered=True,
        text="<&>" * 3000,
        sentences=ENGINE.article.sentences * 10,
        dateline=ENGINE.dateline,
        score=1.0,
    )
    assert len(reply.to_html(a)) <= TELEGRAM_LIMIT


SECOND_ARTICLE = ROOT / "tests" / "articles" / "wto-candidate-reuters.txt"
SECOND_QUESTIONS = ROOT / "tests" / "sets" / "wto-candidate-reuters.yaml"


@pytest.fixture(scope="module")
def second_engine() -> Engine:
    return Engine.load(SECOND_ARTICLE)


def test_second_article_invariants(second_engine):
    """The same invariants on another article: quotes come from *that* article."""
    data = yaml.safe_load(SECOND_QUESTIONS.read_text(encoding="utf-8"))
    sentences = frozenset(second_engine.article.sentences)
    for q in [item["q"] for item in data["questions"]] + ["", "😀", "Who is Peskov?"]:
        a = second_engine.answer(q)
        assert isinstance(a, Answer) and isinstance(a.answered, bool)
        assert 0.0 <= a.score <= 1.0
        assert all(s in sentences for s in a.sentences), q
        if not a.answered:
            assert a.sentences == ()
        assert len(reply.to_html(a)) <= TELEGRAM_LIMIT
