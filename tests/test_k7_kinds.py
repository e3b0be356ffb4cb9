"""Kinds of question real wire stories ask that were answered wrongly (issue 7, r5 Lee and the
held-out conversations): one moment on two clocks, a part counted of a whole ("four of those
counts"), "which X were …?" of a list later in the story, "what did X say?" where X only appears
as an object, a preposition's object read as a subject ("with free bus rides"). Tables over a
made-up story, inline; nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows

from bot.engine import Engine

ARTICLE = (
    "Ferry verdict read out\n\n"
    "At 9:15am local time (6:15pm AEST), bells rang across Varby for the victims of the ferry "
    "fire. A ferry fire hit Varby harbour on Sunday night. Three passengers were killed and more than 40 injured in the fire. A court in Holm found five Norrline staff guilty of negligence. Two deckhands who "
    "survived the fire were cleared. Captain Arne Voss received six months, and senior deckhand "
    "Per Holt three months. Deckhands Ivo Lund and Mats Berg were cleared.\n\n"
    "Prosecutors filed nine charges against Norrline, whose managers face a prison term. Three "
    "of those charges carry a prison term. The ferry Nordstjerna burned in March. Ferries Aurora "
    "and Kestrel were withdrawn from service. Norrline is negotiating with several unions on wages and safety. The unions said "
    "the verdict was a warning to every operator.\n\n"
    "Varby was last hit by a ferry fire in 2009. Varby's council approved a plan with free ferry rides for pensioners. Starting in May, a "
    "pensioner can get to the harbour without paying a fare. The plan will be paid for with a "
    "port levy. Port officials estimate it will cost $2 million a year. Lindby and Norrvik "
    "refused to pay the levy, citing the cost, and Oskarby abstained when the council voted.\n\n"
    "Salvage divers searched the wreck off the coast of Denmark. Sweden, Poland and Estonia "
    "sent salvage divers, the ministry said. A hospital ship came from Finland.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # one moment on two clocks, the second in brackets: both, the first one first
    ("clocks", "At what time did the bells ring?", "when", True, "9:15am local time (6:15pm AEST)"),
    # a part counted of a whole ("three of those charges"): the sentence that says the part, not
    # the nearer whole ("nine charges")
    ("part", "How many of the charges carry a prison term?", "count", True, "Three"),
    ("part", "How many charges did prosecutors file?", "count", True, "nine charges"),
    # "When did the fire break out?": not "was last hit by a ferry fire in 2009", an earlier one
    ("earlier", "When did the ferry fire hit Varby?", "when", True, "Sunday night"),
    ("earlier", "When was Varby last hit by a ferry fire?", "when", True, "2009"),
    # "Three passengers were killed and more than 40 injured": the number with the asked fate
    ("fate", "How many passengers were injured?", "count", True, "more than 40"),
    ("fate", "How many passengers were killed?", "count", True, "Three passengers"),
    # "which deckhands were cleared?": the names of the sentence that says it, all of them — not
    # a name beside the noun in an earlier sentence ("senior deckhand Per Holt")
    ("which", "Which deckhands were cleared?", "sides", True, "Ivo Lund and Mats Berg"),
    ("which", "Which ferries were withdrawn?", "what", True, "Aurora and Kestrel"),
    # "what did X say?": X saying it, not X as an object ("negotiating with several unions")
    ("said", "What did the unions say about the verdict?", "what", True, "warning"),
    ("said", "What did the unions say about wages?", "what", False, "does not say"),
    # "why did C refuse?" of "A and B refused, citing the cost, and C abstained": not C's reason
    ("why", "Why did Norrvik refuse to pay the levy?", "why", True, "citing the cost"),
    ("why", "Why did Oskarby refuse to pay the levy?", "why", False, "does not say why"),
    # a phrase a preposition governs is no subject: "with free ferry rides" ("rides" a noun),
    # "without paying" (no subject there)
    ("governed", "Who will ride ferries for free?", "who_did", False, "does not say who"),
    ("governed", "Who pays for the plan?", "who_did", False, "does not say who"),
    ("governed", "Who estimated the cost?", "who_did", True, "Port officials"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_k7_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# conversations: (name, [(question, intent, answered, says), …]) each answer the next's context
TALKS = [
    # "which countries sent X?": the list that does it, not the best sentence with a country and
    # X; "was Y one of them?": "them" is the whole list, Y in it or not
    (
        "doers",
        [
            ("Which countries sent salvage divers?", "what", True, "Sweden, Poland and Estonia"),
            ("was Poland one of them?", "member", True, "Yes"),
        ],
    ),
    (
        "not-member",
        [
            ("Which countries sent salvage divers?", "what", True, "Sweden, Poland and Estonia"),
            ("was Finland one of them?", "member", True, "No"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(TALKS))
def test_k7_talks(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
