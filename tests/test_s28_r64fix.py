"""Round r64's kinds of failure, mended in session 28 (helper r64fix), in one table. Each row: a
small invented story (no text of the measured articles), the turns asked first (each answer is
the context of the next), then the question, whether the bot answers it, and what its short
answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must
leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "court": Engine.from_text(
        "Row\n\nVARBY, May 4 (Wire) — The dispute deepened on March 3, when Ivo Rekk, Lunorian "
        "opposition leader and council chairman, whose appointment to that position had been "
        "cancelled by the country's High Court, declared himself interim governor at a rally in "
        "the country's capital of Varby.\n"
    ),
    "posts": Engine.from_text(
        "Row\n\nVARBY, May 4 (Wire) — Lunorian President Ivo Rekk has thanked Norway for its help. "
        "The dispute deepened on March 3, when Ada Lind, Lunorian opposition leader and "
        "parliament speaker, declared herself interim president at a rally in Varby.\n"
    ),
    "league": Engine.from_text(
        "Row\n\nVARBY, May 4 (Wire) — The crisis deepened on March 3, when Ada Lind declared "
        "herself president. Several countries, including the United States, most of the NL "
        "states, Chile and Peru, as well as the Organization of Island States, recognized her. "
        "Russia and Cuba voiced support for Ivo Rekk.\n"
    ),
    "trip": Engine.from_text(
        "Trip\n\nVARBY, May 4 (Wire) — Ivo Rekk thanked Norway in an interview broadcast on "
        "Monday. Earlier, a spokesman said Rekk was expected to pay a visit to Norway in the near "
        "future.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "when did the court do that?": the court's deed stands only in a pluperfect relative
    # clause ("whose appointment had been cancelled by the court"); the date dates the rest
    (
        "court",
        ("which court had cancelled his appointment as chairman?",),
        "when did the court do that?",
        False,
        "does not say when",
        "when-pro-verb-earlier-clause-followup",
    ),
    ("court", (), "when did the court do that?", False, "does not say when", "when-pro-verb"),
    ("court", (), "when did Rekk declare himself governor?", True, "March 3", "when-main-guard"),
    (
        "court",
        ("which court had cancelled his appointment as chairman?",),
        "which court?",
        True,
        "High Court",
        "court-asked-guard",
    ),
    # "what position did X hold in parliament?": a role that names no parliament is no answer
    (
        "posts",
        (),
        "what position did Rekk hold in parliament?",
        False,
        "does not say",
        "role-in-body-unnamed",
    ),
    (
        "posts",
        ("who is the president of Lunoria?",),
        "what position did he hold in parliament?",
        False,
        "does not say",
        "role-in-body-pronoun",
    ),
    (
        "posts",
        (),
        "what position did Lind hold in parliament?",
        True,
        "parliament speaker",
        "role-in-body-named-guard",
    ),
    ("posts", (), "what position does Rekk hold?", True, "President", "role-guard"),
    # "which NL countries …?": the names beside "most of the NL states" are no NL states
    (
        "league",
        ("did all NL states recognize Lind?",),
        "which NL countries did not?",
        False,
        "does not say",
        "which-owner-members-unnamed",
    ),
    (
        "league",
        (),
        "which NL countries recognized Lind?",
        True,
        "NL states",
        "which-owner-sides-guard",
    ),
]

# Spanish: "va" with a destination is going, not the future's "va a" (+ infinitive)
ES_ROWS = [
    pytest.param("cuando va rekk a noruega", "near future", id="es-va-destination"),
    pytest.param("cuando viaja rekk a noruega", "near future", id="es-viaja-guard"),
    pytest.param("¿Cuándo va a visitar Rekk Noruega?", "near future", id="es-va-a-future-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_r64fix(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize("question, says", ES_ROWS)
def test_s28_r64fix_es(question, says):
    a = STORIES["trip"].answer(question)
    assert a.answered and says in a.text.lower(), (a.text, a.reason)
