"""Kinds of question mended on real wire stories in session 19 (issue 7, round r37), as one
table: small made-up stories (nothing in them is a measured story's text), the questions asked
before (each answer the next one's context), the question, and whether it is answered and with
what (the short answer, or the decline's reason). Rows named ``*-guard`` hold what the mend must
not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "bank": Engine.from_text(
        "Lunor bank trims rate\n\nThe Lunor Central Bank has cut a key lending rate by half a "
        "point to a record low of 3.5 per cent. It was the third cut this year to the overnight "
        "target rate and the second since the floods. Officials also cut the deposit rate, at "
        "which savings banks can borrow from the Lunor Central Bank, by the same margin to 2 per "
        "cent.\n"
    ),
    "farmers": Engine.from_text(
        "Farmers lose out\n\nMinister Ola Varga has led a delegation of Holm farmers to Orvik "
        "lobbying for the grain tariff to be lifted. Varga says the tariff will mean Holm farmers "
        'will suffer. "Orvik farmers depend on the state for half their income," Varga said.\n'
    ),
    "dock": Engine.from_text(
        "Dock strike on Monday\n\nDock workers will strike on Monday. Ivo Rekk, of the Dock "
        "Workers Union, says the stoppage is meant to show the owners that staff have had enough. "
        "Rekk said the owners had refused the pay claim.\n"
    ),
}

ORVIK = ("What did Varga say about Orvik farmers?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "to what?" after "who cut X?": the merged question ("to what who cut the rate") asks of
    # no noun after "what" — "cut" is the verb, never a name next to it ("the bank has cut")
    (
        "bank",
        ("Who cut the deposit rate?",),
        "to what?",
        True,
        "to 2 per cent",
        "to-what-after-who",
    ),
    ("bank", (), "What bank cut the key lending rate?", True, "Lunor Central Bank", "which-guard"),
    # "what is the X rate after the cut?": the noun asked is the one right after "what is the"
    # ("rate", a figure's), not the last word; a sentence with no figure of it declines
    (
        "bank",
        (),
        "What is the overnight target rate after the cut?",
        False,
        "does not say",
        "figure-head-asked",
    ),
    (
        "bank",
        (),
        "What is the deposit rate after the cut?",
        True,
        "to 2 per cent",
        "figure-head-given-guard",
    ),
    # "and Holm farmers?" after "what did X say about Orvik farmers?": the same question with
    # the other name before the same noun
    ("farmers", ORVIK, "and Holm farmers?", True, "will suffer", "noun-owner-swap"),
    ("farmers", ORVIK, "and Holm?", False, "quote", "name-swap-guard"),
    # "who is ivo rek?": a word one letter off the next word of the name matched ("Rekk") is
    # part of the name, not a word asked about
    ("dock", (), "who is ivo rek", True, "Dock Workers Union", "name-rest-misspelt"),
    ("dock", (), "who is ivo rekk", True, "Dock Workers Union", "name-rest-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says",
    [r[:5] for r in ROWS],
    ids=[r[5] for r in ROWS],
)
def test_s19_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
