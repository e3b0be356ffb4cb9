"""The question sets as tables: every question is its own test, named by its set, tag and text.

``tests/questions.yaml`` is the development set (a copy of the project's shared one) for the
bundled article. ``tests/sets/*.yaml`` (but its conversation sets) are held-out sets, each named by the article it is about;
a set says which article with a top-level ``article:`` key (``bundled``, or a path relative to
``tests/``). A question the bot still gets wrong carries ``gap: <why>`` and runs as a strict
xfail: when it starts passing, the ``gap`` must be removed.
"""

from pathlib import Path

import pytest
import yaml

from bot.engine import Engine
from bot.evaluate import Item, evaluate, is_conversations, judge, load_questions

HERE = Path(__file__).parent
SET_FILES = [
    HERE / "questions.yaml",
    *(p for p in sorted((HERE / "sets").glob("*.yaml")) if not is_conversations(p)),
]  # the conversation sets of tests/sets/ are tests/test_conversations.py's


def set_name(path: Path) -> str:
    return "dev" if path.name == "questions.yaml" else path.stem


def article_of(path: Path) -> Path | None:
    """The article a set is about: None for the bundled one."""
    name = (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("article", "bundled")
    return None if name == "bundled" else HERE / name


def gaps_of(path: Path) -> dict[str, str]:
    """{question: why} for the questions of a set marked with ``gap``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {e["q"]: e["gap"] for e in data["questions"] if e.get("gap")}


SETS = {set_name(p): (article_of(p), p) for p in SET_FILES}
_engines: dict[Path | None, Engine] = {}


def engine(name: str) -> Engine:
    article = SETS[name][0]
    if article not in _engines:
        _engines[article] = Engine.load(article)
    return _engines[article]


def _cases():
    for name, (_, qfile) in SETS.items():
        gaps = gaps_of(qfile)
        for item in load_questions(qfile):
            marks = []
            if item.q in gaps:
                marks.append(pytest.mark.xfail(strict=True, reason=gaps[item.q]))
            yield pytest.param(name, item, id=f"{name}-{item.tag}-{item.q[:50]}", marks=marks)


@pytest.mark.parametrize("name,item", list(_cases()))
def test_question(name, item):
    got = engine(name).answer(item.q)
    ok, why = judge(item, got)
    assert ok, f"{why}: {got.text or got.reason!r} [{got.intent}]"


@pytest.mark.parametrize("name", list(SETS))
def test_no_unanswerable_question_gets_an_answer(name):
    report = evaluate(engine(name), load_questions(SETS[name][1]))
    assert report.false_answers == 0


def test_every_set_names_an_article_that_exists():
    for name, (article, _) in SETS.items():
        assert article is None or article.is_file(), name


def test_development_set_score():
    report = evaluate(engine("dev"), load_questions(SETS["dev"][1]))
    assert report.score >= 0.95, report.render()


def test_answers_quote_only_article_sentences():
    e = engine("dev")
    texts = {s.text for s in e.article.sentences}
    for item in load_questions(SETS["dev"][1]):
        a = e.answer(item.q)
        assert all(s.text in texts for s in a.sentences)
        if not a.answered:
            assert a.sentences == ()


@pytest.mark.parametrize(
    "first,follow,expect",
    [
        ("Did Iran support Maduro?", "and Israel?", "No"),
        ("Did Israel support Maduro?", "what about Belarus?", "Yes"),
        ("Who is Peskov?", "and Ryabkov?", "Deputy Foreign Minister"),
    ],
)
def test_follow_up_uses_the_previous_answer(first, follow, expect):
    e = engine("dev")
    a = e.answer(follow, context=e.answer(first))
    assert a.answered and expect in a.text


def test_expected_words_meet_the_sentence_whatever_its_spacing():
    """A wire story's "not just about  pay" (two spaces) holds the expected "not just about
    pay": white space is compared as one space."""
    engine = Engine.from_text(
        "Strike\n\nHOLM, May 4. /Wire/. The union's Ola Brandt says the strike is not just "
        "about  pay.\n"
    )
    item = Item(q="What does Ola Brandt say about the strike?", expect=["just about pay"])
    ok, why = judge(item, engine.answer(item.q))
    assert ok, why
