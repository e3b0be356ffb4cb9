"""Kinds of question on real wire stories answered wrongly (or declined) in round r12 and mended
in session 12: a "who won the X?" whose verb the sentence lacks may not also stretch a qualifier
the article never uses ("the *junior* relay"); "what was X's time in Y?" needs a sentence that
gives X's time; "which N did the most?" needs a sentence whose superlative ranks a name; "Tarvian
farmers" keeps its modifier name; "why does X say …?" asks the reason X gives; "which union does
X represent?" is the union named beside X. Small made-up stories; nothing in them is a measured
story's text."""

from __future__ import annotations

import pytest
from tables import check_small, small_rows

from bot.engine import Engine

SMALL: dict[str, tuple[str, list[tuple[str, bool, str, str]]]] = {
    # a verb in other words (no "won" in the sentence) and a qualifier no sentence has: another
    # race than the sentence's; "X's time in Y" of a sentence about X in Y with no time
    "swim": (
        "Swimmer sets record\n\nHOLM, May 4. /Wire/. Lena Varga has continued her fine form at "
        "the Harbour Cup in Holm, setting a national record in the 200 metres backstroke. Varga "
        "beat fellow Tarvian Mia Stone, a day after setting a world record in the 50 metres "
        "backstroke. Mia Stone clocked a time of 58.2 seconds in the 100 metres freestyle.\n",
        [
            ("Who won the junior 200 metres backstroke?", False, "does not say who", "qualifier"),
            ("Who won the women's 200 metres backstroke?", False, "does not say who", "owner"),
            ("What was Varga's time in the 200 metres backstroke?", False, "not say", "no-time"),
            ("What was Stone's time in the 100 metres freestyle?", True, "58.2 seconds", "time"),
        ],
    ),
    # "which N … the most …?": the superlative's subject must be a name; "will mean Tarvian
    # farmers will suffer": the modifier name opens the phrase
    "clubs": (
        "Club takings up\n\nHOLM, May 4. /Wire/. Tarvian clubs made $2 billion last year. The "
        "Tarvian Statistics Office has found lotteries were the biggest earner for clubs, making "
        "up 70 per cent of income. Across the regions, Lower Brenn recorded the biggest rise in "
        "visitors. Farm Minister Ivo Dahl says the new levy will mean Tarvian farmers will "
        "suffer.\n",
        [
            ("Which club made the most money?", False, "does not say", "superlative-unranked"),
            ("Which region recorded the biggest rise?", True, "Lower Brenn", "superlative-named"),
            ("who will suffer according to mr dahl", True, "Tarvian farmers", "modifier-name"),
        ],
    ),
    # "why does X say …?" asks the reason X gives (the why kind), not for X's quotes
    "fares": (
        "Rail fares row\n\nHOLM, May 4. /Wire/. Unions representing Karst Rail drivers have not "
        "ruled out strikes. Karst Rail says the talks will go on. But Karst Rail maintains it has "
        "to raise fares because of rising fuel costs.\n",
        [
            ("Why does Karst Rail say it needs a fare rise?", True, "fuel costs", "why-say"),
            ("Why does Karst Rail say it has to raise fares?", True, "fuel costs", "why-say-own"),
            ("What does Karst Rail say about the talks?", True, "will go on", "what-say"),
        ],
    ),
    # "which union does X represent?": the union named right after X and "from"
    "union": (
        "Port strike looms\n\nHOLM, May 4. /Wire/. Dock workers may strike next week. Ivo Dahl "
        "from the Harbour Workers Union says the port is being greedy. Port chief Ana Lund says "
        "talks will resume.\n",
        [
            ("Which union does Ivo Dahl represent?", True, "Harbour Workers Union", "represent"),
            ("What union is Dahl from?", True, "Harbour Workers Union", "from"),
            ("Which company does Ivo Dahl represent?", False, "", "other-kind"),
        ],
    ),
}

_ENGINES: dict[str, Engine] = {}


@pytest.mark.parametrize("article,question,answered,says", small_rows(SMALL))
def test_small_articles(article, question, answered, says):
    check_small(_ENGINES, SMALL, article, question, answered, says)
