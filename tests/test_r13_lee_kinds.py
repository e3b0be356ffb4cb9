"""Kinds of question the blind round r13 found on real wire stories and mended after it: "where is
the man being held (now)?" of a described person asks where he is held, not any place of a
sentence about him; a time counted from another ("a month before the crash") dates what
happened; a place right before the asked noun ("its Varna plants") is its place; an amount may
be counted in words ("several hundred million dollars"). Small made-up stories; nothing in them
is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # "where is the man being held?" of a person described, not named: a sentence that says he
    # is held, or none (a place of the sentence about his fighting is no answer)
    "described-held": (
        "Fighter caught\n\nHOLM, May 4. /Wire/. Police have questioned the family of a Tarvian "
        "man who has been fighting with rebels in Ostrava. The 30-year-old man was caught by "
        "border guards last week. The final will be held in Sova in June.\n",
        [
            ("Where is the man being held now?", False, "does not say where", "man-now"),
            ("Where is the Tarvian being held?", False, "does not say where", "nationality"),
            ("where is the final being held?", True, "Sova", "event-held"),
            ("Where has the man been fighting?", True, "Ostrava", "other-verb"),
        ],
    ),
    "described-held-said": (
        "Hostages moved\n\nHOLM, May 4. /Wire/. The hostages are being held in a school in "
        "Brenn, officials said. The envoy was in Sova yesterday.\n",
        [
            ("Where are the hostages being held now?", True, "Brenn", "people-now"),
            ("Where is the envoy being held?", False, "does not say where", "title"),
        ],
    ),
    # a time counted from another ("a month before the crash", "two weeks later") dates what
    # happened, with what it is counted from; a time of its own ("on Tuesday") dates it better
    "counted-time": (
        "Ferry docks at Holm three hours after leaving port\n\nHOLM, May 4. /Wire/. The ferry "
        "Alda docked at Holm on Tuesday, about three hours after leaving Sova, the operator "
        "said. Pilot Ivo Stam took flying lessons a month before the crash. He bought a dairy "
        "farm two weeks later. Stam sent a letter three days after the vote, officials said.\n",
        [
            ("When did Stam take flying lessons?", True, "A month before the crash", "before"),
            ("When did Stam buy a dairy farm?", True, "Two weeks later", "later"),
            ("When did Stam send a letter?", True, "Three days after the vote.", "after-comma"),
            ("When did the ferry dock at Holm?", True, "Tuesday", "own-time-first"),
            ("How many hours after leaving Sova did the Alda dock?", True, "three hours", "count"),
        ],
    ),
    # an irregular past of the asked verb ("sought" of "seek") is the verb asked, no hedge of
    # what follows it
    "irregular-past": (
        "Loan sought\n\nHOLM, May 4. /Wire/. Farmer Ivo Stam sought a bank loan 10 days ago.\n",
        [("When did Stam seek a bank loan?", True, "10 days ago", "sought")],
    ),
    # "how much …?": an amount whose count is in words ("several hundred million dollars")
    "amount-in-words": (
        "Mill aid\n\nHOLM, May 4. /Wire/. The Varna mill wants a new grant. It would come on "
        "top of the several hundred million dollars already promised to the mill. Ostrava "
        "received three billion euros last year.\n",
        [
            ("How much has been promised to the mill?", True, "several hundred million", "vague"),
            ("How much did Ostrava receive?", True, "three billion euros", "spelt"),
        ],
    ),
    # "where are X's plants?": a place right before the asked noun ("its Varna plants") names
    # where it is; a place before another word is not its place
    "place-before-noun": (
        "Mill aid\n\nHOLM, May 4. /Wire/. The carmaker Kettler Motors has asked the government "
        "for a grant. The company has refused to say how much it wants, although it has renewed "
        "its pledge to upgrade machines at its Varna plants. Sova officials say its "
        "warehouses are full.\n",
        [
            ("Where are Kettler Motors' plants?", True, "Varna", "attributive"),
            ("Where are Kettler Motors' warehouses?", False, "does not say where", "not-before"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)
