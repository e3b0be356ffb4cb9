"""Kinds of question mended in session 19 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "thanks": Engine.from_text(
        'Varga thanks Lunor\n\nHOLM, May 4. /Wire/. "Lunor as a true friend has stood by '
        'Ardenia," Ardenian President Tomas Varga said on Monday.\n\nThe opposition leader '
        "Marta Kessel declared herself acting president. Varga dismissed the move as a plot "
        "staged by Sova and said he would not talk to Kessel.\n"
    ),
}

# (story, turns before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "did X call Y a Z?": Z's words in X's own words about Y (it declined: no sentence has
    # "call")
    ("thanks", (), "did varga call lunor a true friend?", True, "Yes", "call-a"),
    ("thanks", (), "did varga describe lunor as a friend?", True, "Yes", "describe-as"),
    ("thanks", (), "did varga call the move a plot?", True, "Yes", "call-reported"),
    # guard: what someone else called it is no yes of X's
    ("thanks", (), "did kessel call lunor a true friend?", False, "", "call-other-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s19_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
