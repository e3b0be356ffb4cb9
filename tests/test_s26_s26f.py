"""Session 26 (dev-s26f): a bare "when?" / "where?" after a question about someone's deed — a
trip, the preparing of a visit — is that deed's time or place, not that of another event the same
sentence or paragraph names (the visit being prepared, a visit someone is expected to pay).
Each row: a small invented story (no text of the measured articles), the turns asked first (each
answer is the context of the next), then the question, whether the bot answers it, and what its
short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the
mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "harbour": Engine.from_text(
        "Harbour talks\n\nLunorian President Ivo Rekk has thanked Norway for its help with the new "
        "harbour. Earlier, palace spokesman Tomas Vell said the Lunorian leader was expected to "
        "pay a visit to Norway in the coming weeks. In June, Norwegian Deputy Trade Minister Ada "
        "Lind discussed preparations for Rekk's visit to Norway during her trip to Varby. Rekk "
        "said the two countries would sign a harbour deal.\n"
    ),
}

SAID = "who said rekk would visit norway?"
PREPARING = "who from the trade ministry was preparing it?"

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a declined "who … was preparing it?" after the visit's sentence asks of a deed of its own:
    # the "where?" / "when?" after it is the preparing's (her trip), not the visit's
    ("harbour", (SAID, PREPARING), "where?", True, "Varby", "preparing-it-then-where"),
    ("harbour", (SAID, PREPARING), "when?", True, "June", "preparing-it-then-when"),
    # "where?" after "who travelled to X?": X, the place of that trip (not the place of the
    # visit named before it in the sentence)
    ("harbour", ("who travelled to varby?",), "where?", True, "Varby", "travelled-then-where"),
    ("harbour", ("who travelled to varby?",), "when?", True, "June", "travelled-then-when-guard"),
    # the visit itself keeps its own time and place
    ("harbour", (), "when will rekk visit norway?", True, "coming weeks", "visit-when-guard"),
    (
        "harbour",
        ("who is expected to visit norway?",),
        "when?",
        True,
        "coming weeks",
        "expected-then-when-guard",
    ),
    (
        "harbour",
        ("who is expected to visit norway?",),
        "where?",
        True,
        "Norway",
        "expected-then-where-guard",
    ),
    ("harbour", (SAID,), "when?", True, "coming weeks", "said-then-when-guard"),
    ("harbour", ("who was preparing rekk's visit?",), "when?", True, "June", "answered-when-guard"),
    # a verb and a question word alone after an answer about a person: that person's deed
    ("harbour", ("who is ada lind?",), "went where", True, "Varby", "went-where-guard"),
    ("harbour", ("who is tomas vell?",), "said what", False, "", "said-what-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26f(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
