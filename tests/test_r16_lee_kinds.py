"""Kinds of question answered wrongly or declined in round r16's questions and conversations on
wire stories, and mended after it: 'who said "…"?' of two unnamed sources is the one whose
quotation holds the words as typed ("a US trade source" is an unnamed speaker: a name spelt like
a stop word is no stop word); "where?" of "in the X valley near the town of Y" is the town too;
"who scored half centuries?" is the agent of the whole noun phrase, and "and half centuries?"
after "who scored centuries?" puts the new words in the object's place; "what warning did X
give?" is not answered by "a warning from X"; "why did X say no?" about nothing declines; "where
is the final being played?" is where the final is.
Small made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, check_small, small_rows, turn_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # two unnamed sources say nearly the same: the quotation as typed tells them apart
    "sources": (
        'Talks go on\n\nHOLM, May 4. /Wire/. "Orlan said he would stay on to finish the talks," '
        'a Bexian port source said. A US trade source told the Holm Daily: "Orlan is staying on '
        'to finish the talks".\n',
        [
            (
                'Who said "Orlan is staying on to finish the talks"?',
                True,
                "US trade source",
                "quoted-as-typed",
            ),
        ],
    ),
    # "in the X valley near the town of Y": where within the valley is the town's phrase too
    "raids": (
        "Troops raid valley\n\nHOLM, May 4. /Wire/. Bexian troops have launched two raids in "
        "the Vell Valley near the mountain town of Oster, arresting several people. Witnesses "
        "say the soldiers left at dawn.\n",
        [
            ("Where did the Bexian troops launch their raids?", True, "Oster", "near-narrows"),
        ],
    ),
    # "who scored half centuries?": the whole noun phrase, and the list the scorer is named in
    "innings": (
        "Visitors in form\n\nHOLM, May 4. /Wire/. The Bexians scored 410 in the match against "
        "Vell in Oster with centuries from Ivo Stam and Pavel Orlan, and half centuries from "
        "Tomas Kral and Marek Holub.\n",
        [
            ("Who scored half centuries against Vell?", True, "Tomas Kral and Marek Holub", "half"),
            # a guard (passes either way): the bare phrase, not the one inside "half centuries"
            ("who scored centuries?", True, "Ivo Stam and Pavel Orlan", "whole-first"),
        ],
    ),
    # "what warning did X give?": "a warning from X" says whose it was, not what it was
    "warning": (
        "Port talks strained\n\nHOLM, May 4. /Wire/. The port talks are under new pressure "
        "after a warning from union leader Ivo Stam. After a week of talks, he has given the "
        "owners a 24 hour deadline to raise pay or he would call a strike. Holm Port Company "
        "has asked the union for a week to study the demand.\n",
        [
            ("What warning did Ivo Stam give?", False, "does not say", "only-whose"),
            # a guard (passes either way): the noun met where it is given
            ("What deadline did Ivo Stam give?", True, "24 hour", "noun-given"),
            # "why did X say no?" with nothing before it: no event asked about
            ("and why did Holm Port Company say no?", False, "why", "why-of-nothing"),
        ],
    ),
    # "where is the final being played?": of an event, where it is (no sentence says "played")
    "final": (
        "Cup final set\n\nHOLM, May 4. /Wire/. The Vell Rovers will go into Sunday's cup final "
        "against Oster United in Brenna with a full squad.\n",
        [("where is the cup final being played", True, "Brenna", "event-staged")],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


ENGINE = Engine.from_text(SMALL["innings"][0])

# "and half centuries?" after "who scored centuries?": the new words are the verb's object
CONVERSATIONS = [
    (
        "object-swap",
        [
            ("Who scored centuries against Vell?", "sides", True, "Ivo Stam and Pavel Orlan"),
            ("and half centuries?", "sides", True, "Tomas Kral and Marek Holub"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
