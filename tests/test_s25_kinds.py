"""Rounds r58/r59's kinds of failure (and leftovers of earlier rounds), mended in session 25, in
one table. Each row: a small invented story (no text of the measured articles), the turns asked
first (each answer is the context of the next), then the question, whether the bot answers it,
and what its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin
what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "capital": Engine.from_text(
        "Rally\n\nThe crisis in Norway deepened on March 3, when Ivo Rekk, opposition leader and "
        "council speaker, whose mandate had been cancelled by the High Court, declared himself "
        "mayor at a rally in the country's capital of Varby. In June, Lunorian Deputy Minister "
        "Ada Lind discussed the crisis during her trip to Varby.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "that city" in a question of its own after a declined one: a name the question asks
    # with, not the previous event ("that" as an event pronoun merged the rally's question)
    (
        "capital",
        ("where was Rekk's rally", "what is that city"),
        "which lunorian official went to that city",
        True,
        "Ada Lind",
        "that-city-own-question",
    ),
    (
        "capital",
        (
            "where was Rekk's rally",
            "what is that city",
            "which lunorian official went to that city",
        ),
        "when",
        True,
        "June",
        "that-city-then-when",
    ),
    ("capital", ("where was Rekk's rally",), "when was that", True, "March 3", "that-event-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s25_kinds(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
