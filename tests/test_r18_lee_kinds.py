"""Kinds of question answered wrongly (or answered when they should decline) in round r18's
questions and conversations on wire stories, and mended after it: "when will the election be
held?" is not dated by "X set it up in July prior to calling the election" (the times before
"prior to", "ahead of", "following" date the sentence's own event); "did they cooperate at
first?" asks about cooperating, and "at first" (or "initially") is only when, so "had initially
refused to cooperate" answers it no; "what will he examine?" of "examine claims of corruption,
coercion and anti-competitive behaviour" is the whole list; "by whom?" after "when was X
established?" is the subject of "Y established X" (in the active), never the subject of a
passive; "¿qué derecho de X apoya Y, según Z?" asks what Y supports in Z's words, not who
supports X.
Small made-up stories; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, check_small, small_rows, turn_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # the event a time is placed against is not dated by it
    "inquiry": (
        "Inquiry set up\n\nHOLM, May 4. /Wire/. The Vell cabinet set up the port inquiry in March "
        "prior to calling the general election. Ivo Stam will chair it.\n",
        [
            ("When will the general election be held?", False, "when", "placed-against"),
            # a guard (passes either way): the sentence's own event
            ("When was the port inquiry set up?", True, "March", "own-event"),
        ],
    ),
    "summit": (
        "Summit ends\n\nHOLM, May 4. /Wire/. Ministers met in Brenna on Monday ahead of the "
        "trade summit. The talks ended without a deal.\n",
        [
            ("When is the trade summit?", False, "when", "ahead-of"),
            # a guard (passes either way): the meeting placed against it
            ("when did the ministers meet", True, "Monday", "ahead-of-own"),
        ],
    ),
    # "at first" is when, not what
    "dockers": (
        "Port strike\n\nHOLM, May 4. /Wire/. Dockers had initially refused to join the strike, "
        "but their leaders have now backed it.\n",
        [
            ("Did the dockers join the strike at first?", True, "No", "at-first"),
            # guards (pass either way): "initially" as the question's verb's adverb; the refusal
            ("did the dockers initially join the strike", True, "No", "initially"),
            ("Did the dockers refuse to join the strike?", True, "Yes", "refused"),
        ],
    ),
    # "¿qué derecho de X apoya Y, según Z?": what Y supports, in Z's words — not who supports
    "trade": (
        "Trade row\n\nHOLM, May 4. /Wire/. \"Vell has expressed strong support for Brenna's "
        'sovereignty and its right to trade," Mayor Ana Lind said on Monday. Vell, Oster and '
        "Holm voiced support for Ana Lind.\n",
        [
            ("¿Qué derecho de Brenna apoya Vell, según Lind?", True, "right to trade", "es-object"),
            # a guard (passes either way): who supports is a side
            ("¿Quiénes apoyan a Lind, según el artículo?", True, "Oster", "es-sides"),
        ],
    ),
    # an object that opens a list: the whole list
    "tender": (
        "Port inquiry\n\nHOLM, May 4. /Wire/. Judge Ana Lind will examine claims of fraud, "
        "bribery and unfair tendering in the port. Ivo Stam signed the order, and Pia Berg "
        "rejected it. Mara Holt signed the lease, the board said.\n",
        [
            ("what will Ana Lind examine?", True, "bribery and unfair tendering.", "list-object"),
            # guards (pass either way): a clause after the comma is no item
            ("what did Ivo Stam sign?", True, "Signed the order.", "clause-after"),
            ("what did Mara Holt sign?", True, "Signed the lease.", "speaker-after"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)


PANEL = Engine.from_text(
    "Port panel\n\nHOLM, May 4. /Wire/. The Vell cabinet established the port panel in March. "
    "The harbour board was established in 1990.\n"
)

# (name, [(question, intent, answered, says), …]): asked in order, each answer the next's context
CONVERSATIONS = [
    # "by whom?" of a verb the article says in the active
    (
        "by-whom-active",
        [
            ("When was the port panel established?", "when", True, "March"),
            ("by whom?", "who_did", True, "abinet"),
        ],
    ),
    # a guard (passes either way): a passive with no agent names no one
    (
        "by-whom-passive",
        [
            ("When was the harbour board established?", "when", True, "1990"),
            ("by whom?", "who_did", False, "does not say"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_conversations(before, question, intent, answered, says):
    check_kind(PANEL, question, intent, answered, says, before)
