"""Amounts and counts (bot/facts/amounts.py): every number with the noun it counts — small texts
in, (text, kind, value, high, unit, noun) out; never "one of", a date, a year, a clock time or a
number inside a name."""

import pytest
from facts_text import read

AMOUNTS = {
    "money-of-noun": (
        "Australia has linked $10 million of aid to a new agreement.",
        [("$10 million", "money", 1e7, None, "$", "aid")],
    ),
    "money-in-noun": (
        "The Government promised to deliver about $195 million in entitlements.",
        [("about $195 million", "money", 1.95e8, None, "$", "entitlements")],
    ),
    "money-range": (
        "They were fined between $5,000 and $7,000.",
        [("between $5,000 and $7,000", "money", 5000, 7000, "$", None)],
    ),
    "percent": (
        "The survey found 85 per cent acknowledged chronic symptoms.",
        [("85 per cent", "percent", 85, None, "per cent", None)],
    ),
    "count-with-adjective": (
        "Nauru will accept an extra 400 asylum seekers.",
        [("400", "count", 400, None, None, "asylum seekers")],
    ),
    "partitive-pronoun": (
        "The tragedy killed 21 people, 14 of them Australians.",
        [
            ("21", "count", 21, None, None, "people"),
            ("14", "count", 14, None, None, "Australians"),
        ],
    ),
    "partitive-of-the": (
        "The court found six of the eight employees guilty.",
        [
            ("six", "count", 6, None, None, "employees"),
            ("eight", "count", 8, None, None, "employees"),
        ],
    ),
    "one-of-is-no-count": ("The plane sliced into one of the twin towers.", []),
    "duration": (
        "Zinni gave them 48 hours to make progress.",
        [("48", "duration", 48, None, "hours", "hours")],
    ),
    "joined-duration": (
        "He was given a four-year jail sentence.",
        [("four-year", "duration", 4, None, "year", "jail sentence")],
    ),
    "range-of-a-duration": (
        "Unions are fighting a proposed 12 to 18 month wage freeze.",
        [("12 to 18", "duration", 12, 18, "month", "wage freeze")],
    ),
    "times": ("He was shot twice.", [("twice", "count", 2, None, None, "times")]),
    "ordinal": (
        "It was the 11th cut this year.",
        [("11th", "ordinal", 11, None, None, "cut")],
    ),
    "age": (
        "The crash claimed the life of the 54-year-old pilot.",
        [("54-year-old", "age", 54, None, "year-old", "pilot")],
    ),
    "approximation-stays": (
        "At least 24 civilians were killed and more than 120 injured.",
        [
            ("At least 24", "count", 24, None, None, "civilians"),
            ("more than 120", "number", 120, None, None, None),
        ],
    ),
    "model-number-is-part-of-a-name": (
        "An initial fleet of four Boeing 767-300 aircraft will grow.",
        [("four", "count", 4, None, None, "Boeing 767-300 aircraft")],
    ),
    "dates-years-and-clock-times-are-not-amounts": (
        "At 8:46am on September 11, 2001, some 3,300 people were killed.",
        [("some 3,300", "count", 3300, None, None, "people")],
    ),
    "a-change-is-no-range": (
        "Shares rose 6% to $71.40.",
        [("6%", "percent", 6, None, "%", None), ("$71.40", "money", 71.4, None, "$", None)],
    ),
    "a-score-is-no-amount": ("The match ended 0-0 in Leeds.", []),
    "ages-and-not-a-range": (
        "Two boys aged three and 13 died.",
        [
            ("Two", "count", 2, None, None, "boys"),
            ("three", "number", 3, None, None, None),
            ("13", "number", 13, None, None, None),
        ],
    ),
    "no-noun-across-a-comma": (
        "The quake injured more than 2,400, officials said.",
        [("more than 2,400", "number", 2400, None, None, None)],
    ),
    "count-modifier": (
        "Two other crew members were hurt.",
        [("Two", "count", 2, None, None, "other crew members")],
    ),
}


@pytest.mark.parametrize("text,expected", AMOUNTS.values(), ids=AMOUNTS.keys())
def test_amounts(text, expected):
    got = [(a.text, a.kind, a.value, a.high, a.unit, a.noun) for a in read(text).amounts]
    assert got == expected


def test_amounts_are_kept_per_sentence_with_offsets():
    f = read("Talks began. Nauru will take up to 1,200 asylum seekers.")
    (a,) = f.sentences[1].amounts
    text = f.sentences[1].sentence.text
    assert (a.sentence, a.approx, text[a.start : a.end]) == (1, "up to", "up to 1,200")
