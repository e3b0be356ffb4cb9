"""Round r41's kinds of failure, mended in session 20, in one table. Each row: a small invented
story (no text of the measured wire stories), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "radio": Engine.from_text(
        "Radio day\n\nLunor radio marks its birthday today. To celebrate, all four Lunor radio "
        "networks - Lunor FM, Coast Radio, Radio Holm and Double K - will broadcast a special at "
        "noon. Station chief Ola Varga said the special would be short.\n"
    ),
    "ridge": Engine.from_text(
        "Ridge taken\n\nMost of the Holm Ridge area has been captured by Lunor militia forces, "
        'commander Per Varga said. "We control all of the Talon and Holm Ridge area, except for '
        'one place," Mr Varga told reporters, adding that the Red Front still held the upper '
        'slopes of the hill. "We have taken Talon, Kessa and a large part of Solberg Hill," Rekk '
        'said. "We have bought Lunor Steel, Holm Motors and a large part of Varby Oil," Lind '
        "said.\n"
    ),
    "union": Engine.from_text(
        'Union angry\n\nUnion chief Ola Varga called Lunor Air greedy on Monday. "They have '
        'been arrogant," Varga said.\n'
    ),
    "camp": Engine.from_text(
        "Camp doctor\n\nA doctor held at the Orvik camp says he was kept from an award. Dr Ivo "
        "Rekk wrote a study with camp psychologist Ada Lind. Their survey of 40 prisoners over "
        "six months found all but one were unwell.\n"
    ),
    "sailor": Engine.from_text(
        "Sailor shot\n\nLunor sailor Sir Ola Varga was shot dead by robbers on his boat, police "
        "said. He was said to have been shot in the back, although his mother said she had been "
        "told that he was shot in the head. Ada Varga also told Radio Lunor that strangers had a "
        "grudge against her son. Lunor envoy Ms Eva Holm said she had identified the body.\n"
    ),
}

TAKEN = ("Was Talon taken from the Red Front?",)
MOTHER = ("What did Varga's mother say?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a capital letter alone that ends a name ("Double K") stays part of it
    (
        "radio",
        (),
        "which networks will broadcast the special?",
        True,
        "Radio Holm and Double K.",
        "name-last-letter",
    ),
    # "is X one of the networks?": yes when the sentence lists X right after that noun
    ("radio", (), "Is Lunor FM one of the radio networks?", True, "Yes", "one-of-listed"),
    ("radio", (), "Is Double K one of the networks?", True, "Yes", "one-of-last-guard"),
    ("radio", (), "Is Coast Radio among the networks?", True, "Yes", "one-of-among-guard"),
    ("radio", (), "Is Ola Varga one of the networks?", False, "", "one-of-guard"),
    # "which firms did X say were bought?": the whole list the first name after the verb opens
    (
        "ridge",
        (),
        "which firms did Lind say were bought?",
        True,
        "Lunor Steel and Holm Motors",
        "whom-list",
    ),
    # a thing swapped into a yes/no ("and the upper slopes of the hill?" after "was X taken?"):
    # the topic swap would only ask whether the article has those words — a decline, never a yes
    (
        "ridge",
        (*TAKEN, "and Kessa?"),
        "and the upper slopes of the hill?",
        False,
        "in those words",
        "yes-no-thing-swapped",
    ),
    (
        "ridge",
        TAKEN,
        "and the upper slopes of the hill?",
        False,
        "in those words",
        "yes-no-thing-swapped-first",
    ),
    (
        "union",
        ("Did Varga call Lunor Air greedy?",),
        "and arrogant?",
        True,
        "Yes",
        "yes-no-word-added-guard",
    ),
    # "how many prisoners are held at X?": a light verb after the counted noun is what they are
    # counted doing — "a survey of 40 prisoners" counts those surveyed, not those held
    ("camp", (), "How many prisoners are held at Orvik?", False, "number", "count-light-verb"),
    ("camp", (), "How many prisoners were surveyed?", True, "40 prisoners", "count-light-guard"),
    # "what is her name?" after an answer about a man ("Sir", "Mr": a man's courtesy title):
    # "her" is someone that answer did not name — never his name
    ("sailor", MOTHER, "what is her name?", False, "Who do you mean?", "her-of-a-man"),
    (
        "sailor",
        MOTHER,
        "which radio station did she speak to?",
        False,
        "Who do you mean?",
        "she-of-a-man",
    ),
    ("sailor", ("What did Eva Holm say?",), "what is her name?", True, "Eva Holm", "her-guard"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s20_lee2(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
