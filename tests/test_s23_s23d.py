"""Round r55's kinds of failure, mended by s23d, in one table. Each row: a small invented story
(no text of the measured wire stories), the turns asked first (each answer is the context of the
next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "dock": Engine.from_text(
        "Dock strike\n\nDock workers at Lunor and Varby are striking today for 48 hours. "
        '"We have two million hours of overtime being worked a year at the docks," Mr Holm '
        "said.\n"
    ),
    "union": Engine.from_text(
        "Strike\n\nThe union's Ivo Rekk says the strike is not only about pay. Harbour "
        "secretary Ada Lind says the offer is fair.\n"
    ),
    "camp": Engine.from_text(
        "Camp\n\nIvo Rekk is held at the Lunor camp. Rekk says he submitted a formal request to "
        "the camp manager to attend the ceremony in Varby.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a count of a unit "of" a noun counts that noun's units, not another thing's duration
    ("dock", (), "how many hours of overtime?", True, "two million hours", "unit-of-noun"),
    ("dock", (), "how many hours are they striking for?", True, "48 hours", "unit-alone-guard"),
    # "the union's X" says whom X is with, no post X holds
    ("union", (), "What position does Ivo Rekk hold in the union?", False, "", "owner-no-post"),
    ("union", (), "What position does Ada Lind hold?", True, "secretary", "owner-post-guard"),
    ("union", (), "Who is Ivo Rekk?", True, "union", "owner-who-guard"),
    # a broad concept finds a sentence but says no yes by another of its words
    ("camp", (), "did Rekk appeal?", False, "", "loose-concept-yes"),
    ("camp", (), "did Rekk submit a request?", True, "Yes", "loose-own-word-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s23_s23d(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
