"""Shares and amounts of the noun asked, mended in session 26 (helper s26a), in one table: "what
share of the kids …?" is a percentage written of them (kids ~ children), never a percentage of
something else nor a change ("increased by 2 per cent"), and declined when none is; a plural
noun before a dash is the topic its pronoun stands for ("and adults - what share of them …?");
"and the shares?" is no amount by the share ("52 cents per share"). Each row: a small invented
story (no text of the measured articles), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "obesity": Engine.from_text(
        "Health\n\nThe number of people diagnosed as obese in Lunoria has increased by 2 per cent "
        "over the past year, a study by the Varby Health Institute shows. Up to 12 per cent of "
        "the country's children are now obese, the study found. Doctors say obesity among adults "
        "is a worry for the health system.\n"
    ),
    "survey": Engine.from_text(
        "Survey\n\nUp to 15 per cent of the country's children now walk to school, a survey by "
        "the Lunorian Transport Office found. Of the 60 patients questioned at Varby clinic, 85 "
        "per cent said they exercised weekly.\n"
    ),
    "earnings": Engine.from_text(
        "Results\n\nNet profit at Kestrel Foods rose to $80 million, or 52 cents per share, in "
        "the quarter. Sales climbed 4% to $1.2 billion. Analysts had expected earnings of 47 "
        "cents per share. Shares of the company fell 3.1% to $18.20 in morning trading.\n"
    ),
}

NO_NUMBER = "does not give that number"
CHILDREN = "12 per cent of the country's children"

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a share of a people noun: the percentage written of that noun, kids ~ children
    ("obesity", (), "What share of Lunorian kids are now obese?", True, CHILDREN, "share-of-kids"),
    ("obesity", (), "What share of kids are obese?", True, CHILDREN, "share-of-kids-bare"),
    (
        "obesity",
        (),
        "What proportion of the country's children are obese?",
        True,
        "12 per cent",
        "share-of-children-guard",
    ),
    # no percentage of the noun asked: declined, not a change of another number
    (
        "obesity",
        (),
        "What percentage of adults are obese?",
        False,
        NO_NUMBER,
        "share-of-adults-none",
    ),
    (
        "obesity",
        (),
        "What percentage of people are obese?",
        False,
        NO_NUMBER,
        "share-of-people-not-a-change",
    ),
    (
        "obesity",
        (),
        "How much has the number of obese people increased?",
        True,
        "2 per cent",
        "change-asked-guard",
    ),
    # the deed asked must be the one the share is of ("cycle", not "walk")
    (
        "survey",
        (),
        "What share of the kids cycle to school?",
        False,
        NO_NUMBER,
        "share-other-deed-guard",
    ),
    (
        "survey",
        (),
        "What share of Lunorian kids walk to school?",
        True,
        "15 per cent",
        "share-same-deed-guard",
    ),
    # a share written of no one ("85 per cent said …") in a sentence naming no other people
    (
        "survey",
        (),
        "What percentage of the patients exercised weekly?",
        True,
        "85 per cent",
        "share-bare-guard",
    ),
    # a plural noun before a dash: the topic "them"/"they" stands for
    (
        "obesity",
        ("who did the study?",),
        "and the kids - what share of them are obese?",
        True,
        CHILDREN,
        "plural-topic-them",
    ),
    ("obesity", (), "the doctors - what do they say?", True, "worry", "plural-topic-they"),
    (
        "obesity",
        ("What proportion of the country's children are obese?",),
        "and adults - what percentage of them are obese?",
        False,
        NO_NUMBER,
        "plural-topic-adults-none",
    ),
    # "and the shares?": the shares' own move, not an amount by the share
    (
        "earnings",
        ("How much did sales climb?", "and net profit?"),
        "and the shares?",
        True,
        "3.1%",
        "shares-not-per-share",
    ),
    (
        "earnings",
        ("How much did sales climb?",),
        "and net profit?",
        True,
        "$80 million",
        "net-profit-guard",
    ),
    ("earnings", (), "How much did the shares fall?", True, "3.1%", "shares-fall-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26a(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
