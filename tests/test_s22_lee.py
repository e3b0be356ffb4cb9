"""Round r47's kinds of failure, mended in session 22, in one table. Each row: a small invented
story (no text of the measured wire stories), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "gold": Engine.from_text(
        "Trader alone\n\nIvo Rekk was seen in Varby. The Lunor-born Marxist accused by Holm of "
        "stealing the gold on May 3 appeared ever more alone after his friends left. The "
        "Lunorians won by an innings.\n"
    ),
    "letter": Engine.from_text(
        "Letter found\n\nThe mayor says a letter found inside Tarkanistan proves beyond doubt "
        'Ivo Rekk was behind the fire on the Holm Bridge. "It has ended," the Tarkan news agency '
        "said. Most of the Holm valley in northern Lunor, where Rekk's men have been hiding, was "
        "taken by troops. Local chiefs say Rekk is holed up in the Varby caves.\n"
    ),
    "agency": Engine.from_text(
        'Flood\n\n"The dam has burst," the Lunor-based news agency Holm Daily Press (HDP) said in '
        "reporting the flood. HDP said the town of Varby had been evacuated by the army.\n"
    ),
    "roads": Engine.from_text(
        "Roads\n\nThe union secretary, Ada Lind, says the Council promised to fix about 300 roads. "
        "Ms Lind says the roads have reached crisis point. \"There's been very little done by "
        "this Council, a lot of promises, a lot of noise was made before the vote but very little "
        'in substance. "It\'s important Ivo Rekk delivers for the farmers and for the towns," Ms '
        "Lind said.\n"
    ),
}

LETTER = ("What does the mayor say the letter proves?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "the Lunor-born Marxist accused by Holm": a capitalised description after "the" is what
    # the participle is done to, never who did it
    ("gold", (), "Who accused Rekk of stealing the gold?", False, "who", "described-patient"),
    ("gold", (), "Who won?", True, "Lunorians", "described-won-guard"),
    # "Tarkan" and "Tarkanistan": the longer name is the place, not an adjective of the shorter;
    # "found inside X proves": a place after a preposition, not an adjective of the next word
    ("letter", LETTER, "and where was it found?", True, "Tarkanistan", "demonym-longer-place"),
    ("letter", (), "where was the letter found?", True, "Tarkanistan", "place-before-verb"),
    # "X's men have been hiding in Y" does not say where X is hiding
    ("letter", (), "where is Rekk hiding?", False, "where", "owner-only"),
    ("letter", (), "where have Rekk's men been hiding?", True, "Lunor", "owner-only-guard"),
    # "HDP said …": the speaker as the sentence names them, beside the name the article gives
    ("agency", ("Who evacuated Varby?",), "says who?", True, "HDP", "speaker-acronym"),
    ("agency", (), "who said the dam has burst?", True, "Holm Daily Press", "speaker-named-guard"),
    # "what did X say about Y?": X's sentence that names Y, before a quote of X only near Y
    # (its "it's" no mention of Y)
    ("roads", (), "What did Ada Lind say about the Council?", True, "promised", "said-about"),
    ("roads", (), "What did Ada Lind say about the farmers?", True, "farmers", "said-about-guard"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
