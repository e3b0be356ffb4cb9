"""Conversations: each answer is the context of the next question (bot/answering/followup.py).

Tables, each row one turn (named by its conversation, turn, kind of follow-up and text):
- the kinds of follow-up over the small harbour article (tests/harbour.py), and pronouns by gender
  over an inline one;
- tests/conversations.yaml: the development conversations (a copy of the project's shared ones);
- tests/rounds/r1/conversations.yaml: conversations written blind to the code, used to find kinds
  of failure. Known gaps are strict-xfail rows with a reason;
- tests/sets/*-conversations.yaml: held-out conversations about other articles (the one each
  names with ``article:``), written before the bot was run on them; a turn still failing carries
  ``gap: <why>`` (a strict xfail).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
import yaml
from harbour import ENGINE as HARBOUR
from tables import check_kind, turn_rows

from bot.answering.context import MAX_IDLE, About
from bot.engine import Engine
from bot.evaluate import (
    converse,
    evaluate_conversations,
    is_conversations,
    judge,
    load_conversations,
)

HERE = Path(__file__).parent

# ----------------------------------------------------------------------- kinds of follow-up

# (name, [(question, intent, answered, the short answer or the decline reason contains), …])
CONVERSATIONS = [
    (
        "swap-chain",
        [
            ("Did Norway back Eva Stone?", "stance_check", True, "Yes — Norway backed"),
            ("and Denmark?", "stance_check", True, "Yes — Denmark backed Eva Stone"),
            ("Sweden?", "stance_check", False, "does not mention Sweden"),
            ("did Finland?", "stance_check", False, "does not mention Finland"),
            ("what about Norway then?", "stance_check", True, "Yes — Norway backed Eva Stone"),
        ],
    ),
    (
        "ellipsis",
        [
            ("Who drafted the plan?", "who_did", True, "Portvale Port Authority"),
            ("when?", "when", True, "2021"),
        ],
    ),
    (
        "ellipsis-who-said",
        [
            ("When will the first ferry sail?", "when", True, "July 14"),
            ("who said so?", "who_said", True, "Finn Holt"),
        ],
    ),
    (
        "pronoun",
        [
            ("Who is the mayor?", "whois", True, "Eva Stone — Mayor"),
            ("how old is she?", "age", True, "Eva Stone is 54"),
            ("what did she say?", "quote", True, "This is a good day for Portvale"),
        ],
    ),
    (
        "list",
        [
            ("Which countries backed Eva Stone?", "sides", True, "Norway and Denmark — backed"),
            ("how many?", "count", True, "2 — Norway and Denmark"),
            ("was Denmark one of them?", "member", True, "Yes — Denmark backed Eva Stone"),
            ("and Iceland?", "member", True, "No — Iceland is not among them"),
            ("and Sweden?", "member", False, "does not mention Sweden"),
        ],
    ),
    (
        "on-the-list",
        [
            ("Which countries backed Eva Stone?", "sides", True, "Norway and Denmark — backed"),
            ("is Denmark on the list?", "member", True, "Yes — Denmark backed Eva Stone"),
        ],
    ),
    (
        "what-else",
        [
            ("What did Eva Stone say?", "quote", True, "This is a good day for Portvale"),
            ("what else did she say?", "quote", False, "quotes Eva Stone on nothing else"),
        ],
    ),
    (
        "it-is-the-article",
        [
            ("What is this about?", "about", True, "Harbour council approves ferry plan"),
            ("when was it published?", "article_date", True, "June 2"),
            ("who wrote it?", "source", True, "TASS"),
        ],
    ),
    ("no-context-ellipsis", [("and when?", "when", False, "About what?")]),
    ("no-context-pronoun", [("and who backed her?", "sides", False, "Who do you mean?")]),
    ("no-context-name", [("what about the spokesman?", "whois", True, "Finn Holt")]),
    ("no-context-plain", [("when?", "article_date", True, "June 2")]),
    (
        "repair",
        [
            ("and who backed her?", "sides", False, "Who do you mean?"),
            ("i mean Eva Stone", "sides", True, "Norway and Denmark — backed Eva Stone"),
        ],
    ),
    (
        "topic-switch",
        [
            ("Who is the mayor?", "whois", True, "Eva Stone"),
            ("btw, what did she say?", "quote", False, "Who do you mean?"),
        ],
    ),
    (
        "decline-keeps-referent",
        [
            ("Who is the mayor?", "whois", True, "Eva Stone"),
            ("is she married?", "confirm", False, "The article does not say."),
            ("how old is she?", "age", True, "Eva Stone is 54"),
        ],
    ),
    (
        "forgotten-after-idle-turns",
        [("Who is the mayor?", "whois", True, "Eva Stone")]
        + [("what is the weather?", "what", False, "The article does not say.")] * (MAX_IDLE + 1)
        + [("how old is she?", "age", False, "Whose age do you mean?")],
    ),
    (
        "kept-while-idle-turns-last",
        [("Who is the mayor?", "whois", True, "Eva Stone")]
        + [("what is the weather?", "what", False, "The article does not say.")] * MAX_IDLE
        + [("how old is she?", "age", True, "Eva Stone is 54")],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_follow_up(before, question, intent, answered, says):
    check_kind(HARBOUR, question, intent, answered, says, before)


GENDERS = """Port opens

OSLO, May 3. /TASS/. Mayor Ana Ruiz and Governor Tom Berg opened the new port on Monday.

Ruiz welcomed the first ship. She said the port would create jobs.

Berg toured the docks. He said cargo ships would arrive in June.
"""


@pytest.mark.parametrize(
    "question,says",
    [
        ("what did she say?", "create jobs"),
        ("what did he say?", "arrive in June"),
    ],
)
def test_a_pronoun_stands_for_a_person_of_its_gender(question, says):
    e = Engine.from_text(GENDERS)
    first = e.answer("Who opened the new port?")  # both are the answer's people
    a = e.answer(question, context=first)
    assert a.answered and says in a.text, a.text or a.reason


CLEARED = """Deal cleared

OSLO, May 3. /TASS/. Norway's Competition Board and Sweden's Trade Council approved the merger on \
Monday, while Denmark's Market Office opened an inquiry.

The merger was announced at the Nordic Expo. The Nordic Expo is a trade fair held each spring.

Minister Ola Berg said the review would last 30 days.

The first ferry line will run to Brill Island. The other lines will run to Alda and Vik by 2029.
"""
CLEARED_ENGINE = Engine.from_text(CLEARED)

# kinds found by the held-out conversations of tests/sets/*-conversations.yaml
CLEARED_TALKS = [
    (
        "possessive-swap",  # the owned name is the swap; a declined one leaves the chain
        [
            ("Did the Competition Board approve the merger?", "stance_check", True, "Yes"),
            ("and Sweden's Trade Council?", "stance_check", True, "Yes — Trade Council"),
            ("and Finland's regulator?", "what", False, "does not mention Finland"),
            ("what about Norway's Competition Board?", "stance_check", True, "Yes — Competi"),
        ],
    ),
    (
        "what-is-it",  # the thing the answer gave
        [
            ("Where was the merger announced?", "where", True, "Nordic Expo"),
            ("what is it?", "whois", True, "a trade fair held each spring"),
        ],
    ),
    (
        "how-long-ellipsis",  # "long" is what is asked for, not a word of its own
        [
            ("What did Ola Berg say?", "quote", True, "30 days"),
            ("for how long?", "how_long", True, "30 days"),
        ],
    ),
    (
        "the-other",  # not the sentence that answered
        [
            ("Where will the first ferry line run?", "where", True, "Brill Island"),
            ("and the other lines?", "where", True, "Alda"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CLEARED_TALKS))
def test_follow_up_kinds_of_the_held_out_conversations(before, question, intent, answered, says):
    check_kind(CLEARED_ENGINE, question, intent, answered, says, before)


SAID = """Ferry to sail in July

PORTVALE, June 2. /TASS/. On Monday, council spokesman Finn Holt said the first ferry would sail \
in July.
"""


@pytest.mark.parametrize(
    "question,says",
    [
        pytest.param("when?", "July.", id="what-was-said"),
        pytest.param("when did he say it?", "Monday.", id="the-saying"),
    ],
)
def test_after_a_quote_an_ellipsis_is_about_what_was_said(question, says):
    e = Engine.from_text(SAID)
    a = e.answer(question, context=e.answer("What did Finn Holt say?"))
    assert a.text == says, a.text or a.reason


def test_the_answer_carries_what_it_was_about_as_facts():
    a = HARBOUR.answer("Which countries backed Eva Stone?")
    about = a.about
    assert isinstance(about, About) and about.intent == "sides" and about.answered
    ix = HARBOUR.answerer.ix
    assert [ix.name(e) for e in about.referents.members] == ["Norway", "Denmark"]
    assert about.referents.people == (ix.by_name["Eva Stone"],)
    assert about.sentences == tuple(s.index for s in a.sentences)
    assert about.query.tokens == () and "backed" in about.query.words  # kept small
    assert "about" not in a.to_json()
    # only what it was about is needed to go on
    assert HARBOUR.answer("how many?", context=about).text == "2 — Norway and Denmark."


@pytest.mark.parametrize(
    "text,answer,ok",
    [
        ("No — Mexico is not among them.", ("no",), True),
        ("Mexico is not among them; no.", ("no",), False),
        ("Yes — Norway backed it.", ("yes",), True),
        ("Norway, yes.", ("yes",), False),
        ("Monday.", ("Monday",), True),
    ],
)
def test_a_yes_or_no_of_a_turn_must_open_the_short_answer(text, answer, ok):
    from bot.answer import Answer
    from bot.evaluate import Item

    item = Item(q="?", expect="any", answer=answer, yes_no_first=True)
    got = Answer(question="?", answered=True, text=text)
    assert judge(item, got)[0] is ok


# ----------------------------------------------------------------------- the conversation sets

SETS = {
    "dev": HERE / "conversations.yaml",
    "r1": HERE / "rounds" / "r1" / "conversations.yaml",
    # held-out conversations about other articles (each names it with ``article:``); a turn
    # still failing carries ``gap: <why>`` and runs as a strict xfail
    **{p.stem: p for p in sorted((HERE / "sets").glob("*.yaml")) if is_conversations(p)},
}
KNOWN_GAPS: dict[tuple[str, str, str], str] = {
    ("r1", "What did Maduro call Guaido's move?", "with which country?"): "'which country' wants "
    "a country the question does not name, and the chain's names (the US among them) count as "
    "named: declined",
    # (set, the conversation's first question, the turn): why — an xfail(strict=True) row
}


def _conversation_turns():
    for name, path in SETS.items():
        for c, turns in enumerate(load_conversations(path)):
            for k, item in enumerate(turns):
                marks = []
                gap = KNOWN_GAPS.get((name, turns[0].q, item.q)) or _gaps(path)[c, k]
                if gap:
                    marks.append(pytest.mark.xfail(strict=True, reason=gap))
                tid = f"{name}-{c + 1}.{k + 1}-{item.tag}-{item.q[:40]}"
                yield pytest.param(name, c, k, id=tid, marks=marks)


def _gaps(path: Path) -> defaultdict[tuple[int, int], str | None]:
    """{(conversation, turn): why} for the turns of a set marked with ``gap``."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return defaultdict(
        lambda: None,
        {
            (c, k): t["gap"]
            for c, conv in enumerate(data["conversations"])
            for k, t in enumerate(conv["turns"])
            if t.get("gap")
        },
    )


_answers: dict[tuple[str, int], list] = {}
_engines: dict[Path | None, Engine] = {}


def _engine_of(name: str) -> Engine:
    """The engine of the article a set is about (``article:``, relative to tests/)."""
    data = yaml.safe_load(SETS[name].read_text(encoding="utf-8")) or {}
    article = HERE / data["article"] if data.get("article") else None
    if article not in _engines:
        _engines[article] = Engine.load(article)
    return _engines[article]


def _conversation(name: str, c: int):
    if (name, c) not in _answers:
        turns = load_conversations(SETS[name])[c]
        _answers[name, c] = list(zip(turns, converse(_engine_of(name), turns), strict=True))
    return _answers[name, c]


@pytest.mark.parametrize("name,c,k", list(_conversation_turns()))
def test_conversation_turn(name, c, k):
    item, got = _conversation(name, c)[k]
    ok, why = judge(item, got)
    assert ok, f"{why}: {got.text or got.reason!r} [{got.intent}]"


def _sets_answering_nothing():
    """Each set; one with a turn still answered that should decline (a ``gap`` saying so) a
    strict xfail."""
    for name, path in SETS.items():
        why = [g for g in _gaps(path).values() if g and g.startswith("answered, should decline")]
        marks = [pytest.mark.xfail(strict=True, reason=why[0])] if why else []
        yield pytest.param(name, id=name, marks=marks)


@pytest.mark.parametrize("name", list(_sets_answering_nothing()))
def test_nothing_answered_that_the_article_does_not_answer(name):
    report = evaluate_conversations(_engine_of(name), load_conversations(SETS[name]))
    assert report.false_answers == 0, report.render()


def test_development_conversations_all_right():
    report = evaluate_conversations(_engine_of("dev"), load_conversations(SETS["dev"]))
    assert report.score == 1.0, report.render()
