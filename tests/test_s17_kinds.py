"""Kinds of question answered wrongly in blind rounds and mended in session 17 (issues 7, 8):
"who is the incumbent president of X?" quotes the sentence whose title before the name has
every word of the description ("Incumbent X-ian President Y"), not only the first sentence
with the role; "which right of X does Y support?" asks what Y supported (a thing after the
verb of taking sides), not whose side Y took. Small made-up stories; nothing in them is a
measured story's text."""

from __future__ import annotations

import pytest

from bot.engine import Engine

CRISIS = Engine.from_text(
    "Ardenia crisis\n\nHOLM, May 4. /Wire/. Ardenian President Tomas Varga thanked Lunor for "
    "its support. The opposition leader Marta Kessel declared herself acting president on May "
    "2. Incumbent Ardenian President Tomas Varga called the move a plot. Lunor has expressed "
    "strong support for Ardenia's sovereignty and its right to self-defence. Bexia and Lunor "
    "backed Varga, while Sova recognised Kessel.\n"
)

# (question, answered, what the answer says, what its first quoted sentence says, id)
ROWS = [
    # the description's words in the title before the name: the sentence that says so
    ("Who is the incumbent president of Ardenia?", True, "Varga", "Incumbent", "incumbent"),
    # guard: with no such word, the sentence that gives the role
    ("Who is the president of Ardenia?", True, "Varga", "thanked Lunor", "president-guard"),
    # a thing supported, not a side (it answered "Bexia and Lunor backed Varga")
    (
        "which right of Ardenia does Lunor support?",
        True,
        "right to self-defence",
        "right to self-defence",
        "which-thing",
    ),
    # guards: parties and sides are still sides
    ("which countries backed Varga?", True, "Bexia", "backed Varga", "which-countries-guard"),
    ("which side was Sova on?", True, "Kessel", "recognised Kessel", "which-side-guard"),
]


@pytest.mark.parametrize(
    "question,answered,says,quoted", [pytest.param(*r[:4], id=r[4]) for r in ROWS]
)
def test_s17_rows(question, answered, says, quoted):
    a = CRISIS.answer(question)
    assert a.answered == answered, (a.text, a.reason)
    assert says in a.text, a.text
    assert quoted in a.sentences[0].text, a.sentences[0].text
