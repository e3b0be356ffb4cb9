"""Round r43's kinds of failure, mended in session 21, in one table. Each row: a small invented
story (no text of the measured wire stories), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "boat": Engine.from_text(
        "Pilot charged\n\nA Lunor man has been charged over the dam raids. Ivo Rekk rented a boat "
        "a week before the raids. It could be two days before tests can confirm the cause of the "
        "fire.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "a week before the raids" dates what was done a week before, never the raids themselves
    ("boat", (), "when did the raids happen?", False, "when", "counted-from-asked"),
    ("boat", (), "when did Rekk rent a boat?", True, "A week before the raids", "counted-guard"),
    (
        "boat",
        (),
        "when will tests confirm the cause of the fire?",
        True,
        "Two days before tests",
        "counted-clause-guard",
    ),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s21_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
