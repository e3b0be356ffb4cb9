"""Times, places and ages of a sentence (bot/facts/times.py, places.py, ages.py)."""

import pytest
from facts_text import entity, read


@pytest.mark.parametrize(
    "text,times",
    [
        ("The vote is set for March 3, 2025.", [("March 3, 2025", "date", "")]),
        ("It starts on 5th May in Oslo.", [("5th May", "date", "")]),
        pytest.param(
            "It starts on 5th May.",
            [("5th May", "date", "")],
            marks=pytest.mark.xfail(
                strict=True, reason="a day-month date ending the sentence keeps its full stop"
            ),
        ),
        ("Officials may meet in March.", [("March", "month", "")]),
        # a month and its year is no date of day 19
        ("He was freed in November 1997 despite warnings.", [("November 1997", "month", "")]),
        ("Results are due on Friday morning.", [("Friday morning", "weekday", "")]),
        ("Spring 2023 was dry.", [("Spring 2023", "season", "")]),
        ("Sales rose in the first quarter of 2024.", [("first quarter of 2024", "quarter", "")]),
        ("Growth will pick up in mid-May.", [("in mid-May", "month", "")]),
        ("The plant closes by the end of March.", [("by the end of March", "month", "")]),
        ("Talks resume next week.", [("next week", "relative", "future")]),
        ("Talks ended two weeks ago.", [("ago", "relative", "past")]),
        ("He left last year.", [("last year", "relative", "past")]),
        ("Prices rise next March.", [("next March", "month", "future")]),
        ("He was elected in 2018.", [("2018", "year", "")]),
        ("Officials may resign.", []),
        ("Staff of the now-defunct airline were charged.", []),
        ("The plant could reopen within two weeks.", [("within two weeks", "within", "future")]),
        ('He may sign in "three or four days".', [('in "three or four days"', "within", "future")]),
        ("It was the first cut in twelve months.", []),
        ("The blast came at 4:15 p.m. local time.", [("4:15 p.m.", "clock", "")]),
        pytest.param(
            "The plant will close by the end of the year.",
            [("by the end of the year", "relative", "")],
            marks=pytest.mark.xfail(
                strict=True, reason="a period of a year with no date is not a time yet"
            ),
        ),
    ],
    ids=[
        "month-day-year",
        "day-month",
        "gap:day-month-full-stop",
        "month",
        "month-and-year-no-day",
        "weekday-and-part",
        "season-year",
        "quarter",
        "mid-month",
        "end-of",
        "relative-future",
        "relative-past",
        "last-year",
        "next-month-name",
        "year",
        "may-the-verb",
        "compound-is-no-time",
        "counted-ahead",
        "counted-ahead-quoted-range",
        "a-span-is-no-time",
        "clock",
        "gap:end-of-the-year",
    ],
)
def test_times(text, times):
    got = [(t.text, t.kind, t.direction) for t in read(text).sentences[0].times]
    assert got == times


@pytest.mark.parametrize(
    "text,places",
    [
        ("Talks were held in Oslo.", [("Oslo", "in Oslo")]),
        ("The envoy flew from Rome to Oslo.", [("Rome", "from Rome"), ("Oslo", "to Oslo")]),
        ("The summit was held in the capital of Norway.", [("Norway", "in the capital of Norway")]),
        (
            "She spoke at a rally in the capital of Norway on Tuesday.",
            [("Norway", "at a rally in the capital of Norway")],
        ),
        ("Foreign Minister Anna Berg met Mayor Olav Lie.", []),
        (
            "Two children died in the West Bank city of Hebron.",
            [("Hebron", "in the West Bank city of Hebron")],
        ),
        (
            "Anna Berg, the ambassador to Brazil, found the yacht off the town of Macapa.",
            [("Macapa", "off the town of Macapa")],
        ),
        (
            "The meeting was held near the Jewish settlement of Beit El.",
            [("Beit El", "near the Jewish settlement of Beit El")],
        ),
        (
            "Aigerim Temirova, an engineer from Karaganda, flew.",
            [("Karaganda", "from Karaganda")],
        ),
    ],
    ids=[
        "in",
        "from-to",
        "capital-of",
        "prepositional-chain",
        "people-are-no-places",
        "a-name-before-a-noun-of-place-is-no-place",
        "a-title-to-a-place-is-no-place",
        "settlement-of",
        "from-after-a-title-stays",
    ],
)
def test_places(text, places):
    got = [(p.name, p.phrase) for p in read(text).sentences[0].places]
    assert got == places


@pytest.mark.parametrize(
    "text,name,age",
    [
        ("Mayor Anna Berg, 61, opened the bridge.", "Anna Berg", "61"),
        ("Mayor Anna Berg opened the bridge.", "Anna Berg", None),
        ("Mayor Anna Berg, 61, and Olav Lie, 47, left.", "Anna Berg", "61"),
        ("The Liberal Union, 12, won.", "Liberal Union", None),
        (
            "Ian Thorpe said he was happy. The champion 19-year-old dominated the race.",
            "Ian Thorpe",
            "19",
        ),
        ("Mayor Anna Berg spoke. The 54-year-old pilot died.", "Anna Berg", None),
        (
            "Gary Redmond, who lost his 26-year-old son Scott, says he is relieved.",
            "Gary Redmond",
            None,
        ),
    ],
    ids=[
        "after-name",
        "none",
        "first-of-two",
        "names-have-no-age",
        "age-as-next-subject",
        "someone-else-of-an-age",
        "a-relative-of-an-age",
    ],
)
def test_ages(text, name, age):
    assert entity(read(text), name).age == age
