"""Kinds of question answered wrongly in round r14's questions on wire stories and mended after
it: a count asked of a year ("how many … in 2001?") is answered only by a sentence that names
that year — a number dated another year, or not dated, is no number of it; "what does X credit
for the fall?" is what X attributes the drop to ("credit" is "attribute", "fall" a "decrease");
"apart from X, what else …?" is answered by another sentence than X's, or declined; "how many
were convicted?" counts those found guilty, "who walked free?" names those acquitted, and "name
the …" is answered by a sentence that names someone, never one that names no one. Small
made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # a count of a year the article gives, or none
    "year": (
        "Port busier\n\nHOLM, May 4. /Wire/. The port authority says 3,200 ships called at Holm "
        "in the year 2019. That is up from 2018 when 2,900 ships called at the port.\n",
        [
            ("how many ships called at Holm in 2020?", False, "does not give", "other-year"),
            ("how many ships called at Holm in 2019", True, "3,200", "its-year"),
            ("how many ships called at the port in 2018?", True, "2,900", "earlier-year"),
        ],
    ),
    "undated": (
        "Port busier\n\nHOLM, May 4. /Wire/. The port authority says 3,200 ships called at Holm.\n",
        [
            ("how many ships called at Holm in 2020?", False, "does not give", "no-year"),
            ("how many ships called at Holm?", True, "3,200", "no-year-asked"),
        ],
    ),
    # "credit for the fall": what the sentence attributes the drop to, not a quote with "fall"
    "credit": (
        "Crime down\n\nHOLM, May 4. /Wire/. Recorded crime in Holm dropped by a fifth last year. "
        "Mayor Ida Holm attributes the decline to better street lighting and above all, more "
        'police patrols. "There has been a fall and it is going the right way," Ms Holm said.\n',
        [
            ("What does Holm credit for the fall?", True, "police patrols", "credit"),
            ("what does the mayor credit most for the fall?", True, "street lighting", "title"),
        ],
    ),
    # "apart from X, what else …": another sentence than X's, or none
    "else": (
        "Coach close to deal\n\nHOLM, May 4. /Wire/. Coach Ivo Stam says he is close to a new "
        "deal but wants more information about the club's budget for next season. Stam wants "
        "more information about who his assistants will be. Chairman Ola Brandt praised the "
        "club's budget.\n",
        [
            (
                "Apart from the budget, what else does Stam want to know?",
                True,
                "assistants",
                "else",
            ),
            (
                "besides the budget, what else does Stam want to know?",
                True,
                "assistants",
                "besides",
            ),
            (
                "apart from the budget, what else did Brandt praise?",
                False,
                "does not say",
                "only-x",
            ),
            ("what does Stam want to know about the budget?", True, "budget", "plain"),
        ],
    ),
    # "convicted" is found guilty, "walked free" acquitted; "name the …" is answered by names
    "court": (
        "Dockers sentenced\n\nHOLM, May 4. /Wire/. A court in Holm has found eight dock workers "
        "guilty of theft. Two workers who testified at the trial were acquitted. Workers Ivo "
        "Stam and Ola Brandt were acquitted.\n",
        [
            ("how many dock workers were convicted", True, "eight", "convicted"),
            ("name the two workers who walked free", True, "Ivo Stam", "name-walked-free"),
            ("name the judge", False, "", "name-none"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)
