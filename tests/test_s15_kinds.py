"""Kinds of question answered wrongly in earlier rounds' sets and mended in session 15 (issue 7):
"where is X being held?" of a person asks where X is held, not any place of a sentence about X
(a light participle after a form of "be" is what the sentence must say); Spanish "partido" is a
party, not "parte" (a side) that shares its stem. Small made-up stories;
nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # "where is X being held?" of a person: the sentence that says X is held, or none
    "held": (
        "Nurse honoured\n\nHOLM, May 4. /Wire/. A Tarvian nurse, being held at the Brenn "
        "camp, says he was kept from an award. Nurse Ivo Stam had been given a medal at "
        "yesterday's ceremony in Holm. The final will be held in Sova in June.\n",
        [
            ("Where is Ivo Stam being held?", False, "does not say where", "person-held"),
            ("where is the final being held?", True, "Sova", "event-held"),
            ("Where was Stam given a medal?", True, "Holm", "person-other-verb"),
        ],
    ),
    # es: "partido" (a party) shares its stem with "parte" (a side): read as written, so "¿cuál
    # es el partido de X?" asks a party the article does not give, not X's side
    "partido": (
        "Vote split\n\nHOLM, May 4. /Wire/. Several countries, including Bexia and Lunor, "
        "recognized opposition leader Marta Kessel. Karst voiced support for President Tomas "
        "Varga.\n",
        [
            ("cual es el partido de kessel", False, "no lo dice", "party-declines"),
            ("de que partido es kessel?", False, "no lo dice", "party-of"),
            ("karst esta de parte de varga?", True, "Karst", "side-still"),
            ("de que lado esta bexia", True, "Bexia", "side-lado"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)
