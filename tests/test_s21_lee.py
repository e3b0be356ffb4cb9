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
    "farms": Engine.from_text(
        "Raid in Holm\n\nLunor police have raided two farms near the town of Holm, arresting "
        "three people. Village elders say the officers were looking for Ivo Rekk, a leader of the "
        "Green Union. Earlier, a Lunor army truck hit a bridge in Varby, injuring four people.\n"
    ),
    "coughs": Engine.from_text(
        'Cough study\n\nA Lunor clinic report shows more coughs among children. "Damp houses are '
        "a danger to small lungs and they're causing coughs earlier in life than before,\" Dr Ada "
        "Lind said. About 200 children die from coughs in Lunor each year.\n"
    ),
    "charges": Engine.from_text(
        "Charges\n\nA Lunor man has been charged over the dam raids. Justice Minister Ola Varga "
        'claims he was a leader of the plot. "Rekk is charged with the same crimes as the '
        'others," she said. President Ivo Holm says the dams need more guards.\n'
    ),
    "coach": Engine.from_text(
        'Coach close\n\nLunor coach Ivo Rekk says he could sign a new deal in "two or three days" '
        "after a good meeting this morning with Holm Club chairman Ada Lind about a new deal. "
        'Rekk says he is "very close" to signing the new deal but wants more money. "I want to '
        'be happy with the money and the plan," he said.\n'
    ),
}

COACH = ("Who is Ivo Rekk?",)

MINISTER = ("Who is the Justice Minister?",)
SAME = "who does she say is charged with the same crimes as the others?"

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
    # chat spellings: "y" (why), "sez" (says), "yr" (year)
    ("farms", (), "y did the officers raid the farms", False, "why", "chat-y"),
    (
        "farms",
        (),
        "who sez the officers were looking for ivo rekk",
        True,
        "Village elders",
        "chat-sez",
    ),
    ("coughs", (), "how many die per yr", True, "About 200", "chat-yr"),
    # "X are causing Y": X is why Y happens
    (
        "coughs",
        (),
        "why are coughs showing up earlier in life?",
        True,
        "causing coughs",
        "why-causing",
    ),
    # "who does X say …?": only a sentence X says (X its speaker, or named in it) answers
    (
        "charges",
        (),
        "who does Holm say is charged with the same crimes as the others?",
        False,
        "who",
        "who-x-says",
    ),
    (
        "charges",
        (),
        "who did the president say was a leader of the plot?",
        False,
        "who",
        "who-x-said",
    ),
    ("charges", MINISTER, SAME, True, "Rekk", "who-x-says-guard"),
    ("charges", (*MINISTER, SAME), "what about the president?", False, "who", "who-x-says-swap"),
    ("charges", (), "who says the dams need more guards?", True, "Ivo Holm", "who-says-guard"),
    # "when could he sign?" after an answer quoting "in two or three days": the kind of time the
    # question asks for is in its own words, not in the quotation merged into it
    ("coach", COACH, "when could he sign a new deal?", True, "two or three days", "when-merged"),
    ("coach", COACH, "what day could he sign?", False, "when", "when-day-asked-guard"),
    # "two or three days": a duration's two counts joined by "or" are one answer
    ("coach", (), "how many days until Rekk signs?", True, "two or three days", "duration-or"),
    # "met Holm Club chairman Ada Lind": "who" asks for the chairman, not the club before the title
    ("coach", COACH, "who did he meet this morning?", True, "Ada Lind", "whom-titled"),
    ("coach", (), "who did Rekk meet with?", True, "Ada Lind", "whom-titled-with"),
    ("coach", (), "which club did Rekk meet?", True, "Holm Club", "whom-titled-guard"),
    # "how close is X to …?": a degree (a word right after "how"), not a means that X's next
    # quotation would tell
    ("coach", (), "how close is Rekk to signing the new deal?", True, "very close", "how-degree"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s21_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
