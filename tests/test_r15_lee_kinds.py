"""Kinds of question answered wrongly in round r15's questions on wire stories and mended after
it: "what does X call Y?" of "X says Y … are groundless" is the complement after "are"; "who
brought the case?" of "proceedings brought by X" is the participle's agent, not the noun before
it; "who was charged?" is the person a later sentence names as charged, not "the first person";
"how many died at X?" is the number whose clause names X, not one of another place beside it;
"what is the new X rate?" is declined by a sentence about the rate that gives no figure of it.
Small made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # what X calls the thing: the complement after "are"; who brought it: the agent after "by"
    "suit": (
        "Builder denies claims\n\nHOLM, May 4. /Wire/. The former head of a building firm has "
        "denied misleading its lenders. Ivo Stam says civil proceedings brought by the Holm "
        "Trade Commission against him and two other directors are groundless. The commission "
        "says the firm's debts were hidden.\n",
        [
            (
                "What does Ivo Stam call the civil proceedings against him?",
                True,
                "Groundless",
                "called-complement",
            ),
            ("who brought the civil case", True, "Holm Trade Commission", "participle-agent"),
        ],
    ),
    # who was charged: the name a later sentence gives, not "the first man"
    "charged": (
        "Man charged\n\nHOLM, May 4. /Wire/. The first man has been charged over the dock fire "
        "in Holm last month. Ola Brandt was charged in connection with the dock fire after a "
        "long police inquiry, the police chief said.\n",
        [
            ("Who was charged over the fire?", True, "Ola Brandt", "charged-named"),
        ],
    ),
    # the number whose clause names the place asked, not the one of another place
    "places": (
        "Storm dead mourned\n\nHOLM, May 4. /Wire/. The mayor vowed never to forget the 41 "
        "victims who died at the Holm Harbour, the thousands more killed in Vell and those on a "
        "ferry that sank off the coast.\n",
        [
            ("how many died at the harbour", True, "41", "count-of-place"),
            ("how many died at the Holm Harbour", True, "41", "count-of-named-place"),
        ],
    ),
    # a figure asked: a sentence about it without one declines
    "rate": (
        "Bank cuts again\n\nHOLM, May 4. /Wire/. The central bank has lowered its lending rate "
        "by half a point to 3.5 per cent. It was the fifth cut this year to the overnight "
        "lending rate and the second since the floods.\n",
        [
            ("What is the new overnight lending rate?", False, "", "figure-unmet"),
            ("what is the lending rate", True, "3.5 per cent", "figure-given"),
        ],
    ),
}

GAPS: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # an adjective in "-ed" reads as a passive verb ("are dropped" names no one's word for it)
    "suit-ed": (
        SMALL["suit"][0].replace("groundless", "unfounded"),
        [
            (
                "What does Ivo Stam call the civil proceedings?",
                True,
                "Unfounded",
                "called-ed-adjective",
            ),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


@pytest.mark.xfail(strict=True, reason="an '-ed' complement is not told from a passive verb")
@pytest.mark.parametrize("article,question,answered,says", small_rows(GAPS))
def test_small_gaps(article, question, answered, says):
    check_small(_ENGINES, GAPS, article, question, answered, says)
