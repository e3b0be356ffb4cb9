"""Amounts and counts on real news, mended in session 28, in one table: a fraction is a share
("nearly one third of the staff"), never a count of its numerator; a relative amount ("twice his
annual pay") answers a "how much" whose sentence gives no sum, never the base asked; a share of
a contrasting group ("the non-X population") is no share of the X one. Each row: a small
invented story (no text of the measured articles), the turns asked first (each answer is the
context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "survey": Engine.from_text(
        "Survey\n\nVARBY, May 4 (Wire) — A new survey shows that nearly one third of the "
        "Lunorian population in Varby have been jailed in the past decade. The survey is the "
        "first to compare the jail rates of the Lunorian and non-Lunorian population. Two-thirds "
        "of the nurses said they were tired. Six nurses resigned on Friday.\n"
    ),
    "rates": Engine.from_text(
        "Rates\n\nVARBY, May 4 (Wire) — About 12 per cent of the non-Lunorian population have "
        "been fined in the past decade, a survey shows. The study was run by the Varby "
        "Institute.\n"
    ),
    "docks": Engine.from_text(
        "Docks\n\nVARBY, May 4 (Wire) — A staff survey shows that nearly one third of dock "
        "staff have been injured at work. Almost a quarter of dock staff are women. About 300 "
        "dock staff will strike on Tuesday.\n"
    ),
    "payouts": Engine.from_text(
        "Payouts\n\nVARBY, May 4 (Wire) — An inquiry has been told that board member Ivo Rekk "
        "asked for twice his annual pay at a meeting in May. Chairman Ada Lind was promised a "
        "bonus worth three times her salary at $2 million. Profits fell in the first quarter "
        "of 2001.\n"
    ),
    "farm": Engine.from_text(
        "Farm\n\nVARBY, May 4 (Wire) — Minister Ivo Rekk says Lunorian growers depend on the "
        "state for around half their income. Half of the pickers quit on Monday.\n"
    ),
    "mine": Engine.from_text(
        "Mine\n\nVARBY, May 4 (Wire) — Lunor Mining earned twice the previous year's profit in "
        "2001, the company said. Its chief Ivo Rekk has visited the mine twice this year.\n"
    ),
}

NO_NUMBER = "does not give that number"

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a fraction before "of" is a share of what follows
    (
        "survey",
        (),
        "what share of the Lunorian population has been jailed?",
        True,
        "nearly one third",
        "fraction-share",
    ),
    (
        "survey",
        (),
        "what proportion of the nurses said they were tired?",
        True,
        "Two-thirds",
        "fraction-hyphened-share",
    ),
    ("docks", (), "what share of dock staff are women?", True, "a quarter", "fraction-a"),
    # a fraction alone ("half of", "half their") is a share too, and answers "how much of …?"
    (
        "farm",
        (),
        "how much of their income do Lunorian growers get from the state?",
        True,
        "around half",
        "fraction-alone-how-much-of",
    ),
    ("farm", (), "what share of the pickers quit?", True, "Half", "fraction-alone-share"),
    # … never a count of its numerator
    ("docks", (), "how many dock staff have been injured?", False, NO_NUMBER, "numerator-no-count"),
    ("docks", (), "how many dock staff will strike?", True, "300", "count-guard"),
    ("survey", (), "how many nurses resigned?", True, "Six", "count-nurses-guard"),
    # the share of a contrasting group is no share of the group asked (nor the reverse)
    (
        "rates",
        (),
        "what share of the Lunorian population has been fined?",
        False,
        NO_NUMBER,
        "share-of-contrasting-group",
    ),
    (
        "rates",
        (),
        "what share of the non-Lunorian population has been fined?",
        True,
        "12 per cent",
        "share-of-same-group-guard",
    ),
    (
        "survey",
        (),
        "what share of the non-Lunorian population has been jailed?",
        False,
        NO_NUMBER,
        "share-of-non-group-guard",
    ),
    # a relative amount answers a "how much" whose sentence gives no sum
    ("payouts", (), "how much did Ivo Rekk ask for?", True, "twice his annual pay", "relative"),
    ("payouts", (), "how much was Lind's bonus worth?", True, "$2 million", "sum-first-guard"),
    (
        "mine",
        (),
        "how much did Lunor Mining earn?",
        True,
        "twice the previous year's profit",
        "relative-owned-base",
    ),
    ("mine", (), "how many times has Rekk visited the mine?", True, "twice", "times-guard"),
    # … never the base it is a multiple of
    (
        "mine",
        (),
        "how much was the previous year's profit?",
        False,
        NO_NUMBER,
        "base-owned-asked",
    ),
    ("payouts", (), "how much is Ivo Rekk's annual pay?", False, NO_NUMBER, "base-asked-guard"),
    ("payouts", (), "how much is Rekk's salary?", False, NO_NUMBER, "base-money-noun"),
    # … nor the sum of that multiple ("three times her salary at $2 million" is no salary)
    ("payouts", (), "how much is Lind's salary?", False, NO_NUMBER, "base-sum"),
    # a bare "how much?" after an answer: the one amount of the answer's sentence
    (
        "payouts",
        ("who is Ivo Rekk?",),
        "how much?",
        True,
        "twice his annual pay",
        "bare-how-much-after-answer",
    ),
    (
        "docks",
        ("how many dock staff will strike?", "when?"),
        "how many?",
        True,
        "300",
        "bare-how-many-guard",
    ),
    # "the first quarter of 2001" is a time, no fraction
    ("payouts", (), "when did profits fall?", True, "quarter of 2001", "quarter-time-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_amounts(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize(
    "sentence, text, value",
    [
        pytest.param("Nearly one third of the staff left.", "Nearly one third", 33.3, id="third"),
        pytest.param("Two-thirds of voters backed it.", "Two-thirds", 66.7, id="hyphened"),
        pytest.param("An eighth of the crew left.", "An eighth", 12.5, id="an"),
        pytest.param("Three quarters of the staff left.", "Three quarters", 75.0, id="plural"),
        pytest.param("About half the staff left.", "About half", 50.0, id="alone"),
    ],
)
def test_fraction_is_a_percent(sentence, text, value):
    """A fraction before "of" is read as a share in per cent."""
    facts = Engine.from_text(f"Story\n\nVARBY, May 4 (Wire) — {sentence}\n").facts
    found = [a for a in facts.amounts if a.kind == "percent"]
    assert [(a.text, a.value) for a in found] == [(text, value)]


def test_fraction_needs_of():
    """ "Two thirds voted", "the third test", "half a million", "the second half of the
    season": no share."""
    text = (
        "Story\n\nVARBY, May 4 (Wire) — Two thirds voted. The third test failed. It cost half a "
        "million. They won in the second half of the season.\n"
    )
    assert not [a for a in Engine.from_text(text).facts.amounts if a.kind == "percent"]
