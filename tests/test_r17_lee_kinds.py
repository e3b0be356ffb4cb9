"""Kinds of question answered wrongly (or answered when they should decline) in round r17's
questions on wire stories, and mended after it: "how old was the person who died?" is an age
question about a description (its noun is the one before any relative clause or preposition,
never a noun inside it); "what caused X?" is not answered by a sentence that says the cause is
still to be determined; "has the refund been made?" is answered no by "the refund has not been
made", before any sentence where someone "made" something else; "where had it been flying
*from*?" prefers, of sentences as good as each other, one with a place after "from"; "in a
protected area on the X Range" is where, within the area, it was; "where is X?" is the place
whose relative clause of place names X ("the Y range, in which X is situated"); "what time did
it happen?" asks the hour, and a day ("last night") does not answer it.
Small made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # an age asked of a description: its own noun, never one in its relative clause
    "ferry": (
        "Ferry sinks\n\nHOLM, May 4. /Wire/. One person has died after a ferry sank near Brenna "
        "last night. The ferry had been on its way to collect a nine-year-old girl for surgery. "
        "The 41-year-old skipper was rescued.\n",
        [
            ("how old was the person who died", False, "age", "age-of-description"),
            ("how old was the man who carried the girl", False, "age", "age-not-in-clause"),
            ("how old was the girl", True, "9", "age-of-noun"),
            # a guard (passes either way): a noun the first pattern already read
            ("How old is the skipper?", True, "41", "age-of-noun-2"),
        ],
    ),
    # "what time?" asks the hour: a day-level time is not it
    "landing": (
        "Plane lands short\n\nHOLM, May 4. /Wire/. A plane landed short of the runway at Brenna "
        "airport last night. No one was hurt.\n",
        [
            ("What time did the plane land?", False, "when", "hour-not-day"),
            # a guard (passes either way): "when?" takes the day
            ("when did the plane land?", True, "Last night", "when-day"),
        ],
    ),
    # the cause still sought is no cause
    "blaze": (
        "Warehouse burns\n\nHOLM, May 4. /Wire/. A fire has destroyed a warehouse in Brenna. "
        "Fire officers will visit the site today to determine the cause of the fire.\n",
        [("What caused the fire?", False, "why", "cause-sought")],
    ),
    # a passive denied, though its verb is a light one
    "refund": (
        "Refund row\n\nHOLM, May 4. /Wire/. The Vell Bank board made a bid for large refunds "
        "before the bank closed, an inquiry has been told. Inquiry head Ana Lind says the "
        "refund to former chairman Ivo Stam has not been made.\n",
        [
            ("has Stam's refund been made", True, "No", "passive-denied"),
            ("was the refund made", True, "No", "passive-denied-was"),
        ],
    ),
    # "where … from?": of sentences as good as each other, one with a place after "from"
    "flight": (
        "Plane crash\n\nHOLM, May 4. /Wire/. The Holm Flying Club is investigating the crash of "
        "a plane near Brenna, in the Vell region. The plane had been flying from Oster to "
        "collect a patient.\n",
        [("Where had the plane been flying from?", True, "Oster", "where-from")],
    ),
    # "in a protected area on the X Range": the range is where within the area
    "logging": (
        "Logger jailed\n\nHOLM, May 4. /Wire/. Ivo Stam, 40, of Brenna admitted to felling 12 "
        "old oak trees in a Protected Forest Area on west Vell's Kora Range in May.\n",
        [("Where did Stam fell the trees?", True, "Kora Range", "area-on-range")],
    ),
    # "the Y range, in which X is situated": where X is
    "peaks": (
        "Peaks taken\n\nHOLM, May 4. /Wire/. Militia forces took several peaks in the Kora "
        "Range, in which Oster is situated, from Vell rebels. The rebels still hold the town.\n",
        [("Where is Oster?", True, "Kora Range", "in-which")],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)
