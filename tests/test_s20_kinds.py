"""Kinds of question mended in session 20 (issues 7, 8), as one table: small made-up stories
(nothing in them is a measured story's text), the turns asked before (each answer the next
one's context), the question, and whether it is answered and with what. Rows named
``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "posts": Engine.from_text(
        "Ardenia crisis\n\nHOLM, May 4. /Wire/. The crisis deepened on May 2, when Marta Kessel, "
        "opposition leader and parliament speaker, whose appointment to that post had been "
        "annulled by the country's High Court, declared herself acting president. Spokesman "
        "Pavel Orn said President Tomas Varga was expected to visit Lunor in the near future.\n"
    ),
}

ROWS = [
    # the subject of a verb set off from it by an appositive and a relative clause
    ("posts", (), "What did Marta Kessel do?", True, "declared herself", "deed-over-relative"),
    ("posts", (), "who declared herself acting president?", True, "Kessel", "doer-over-relative"),
    ("posts", (), "What did the High Court do?", True, "annulled", "deed-relative-guard"),
    # words that close a question and ask nothing ("when, roughly?")
    ("posts", ("will Varga visit Lunor?",), "when, roughly?", True, "near future", "roughly"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [r[:5] for r in ROWS], ids=[r[5] for r in ROWS]
)
def test_s20_rows(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
