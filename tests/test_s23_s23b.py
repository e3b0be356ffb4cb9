"""Round r53's kinds of failure, mended in session 23 (s23b), in one table. Each row: a small
invented story (no text of the measured wire stories), the turns asked first (each answer is the
context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "raids": Engine.from_text(
        "Raids\n\nThe Lunor army has sent in its tanks to the villages to pile pressure on Mr "
        "Holm to release the prisoners. Ada Lind urged the council to act. Mr Rekk rejected "
        "the plan.\n"
    ),
    "blast": Engine.from_text(
        "Blast\n\nOn Monday a gunman tried to rob a bank in the town of Varby, injuring two "
        "guards. The man was badly hurt in the struggle and was later arrested by three "
        "officers who feared he had a second gun. The mayor of Varby praised the officers.\n"
    ),
    "cabinet": Engine.from_text(
        "Cabinet\n\nPrime Minister Ivo Rekk said Lunor might close its border with Varby. "
        '"We are not finished," Rekk told state radio. Mr Rekk was speaking during a cabinet '
        "meeting held at the army headquarters near the town of Holm. Lunor cabinet ministers "
        "were driven to the meeting in a bus, the radio said.\n"
    ),
    "ferry": Engine.from_text(
        "Ferry\n\nUnions say the crews deserve a pay rise, while Holm Lines maintains it cannot "
        "afford it because of the fall in fares. The Australian Rowing Championships in Varby "
        "double as the trials. Fishermen praised the two-year jail sentence given to a harbour "
        "pilot. Harbour minister Ivo Rekk, 31, of Holm pleaded guilty to starting the fire. "
        "Ada Lind says the harbour should be closed at night.\n"
    ),
    "swim": Engine.from_text(
        "Swim\n\nAda Lind has been named Lunor rower of the year for the fourth consecutive "
        "year. Ivo Rekk rowed in the third race of the season.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "pressure on X to <verb>": X is pressed to do it, the article does not say X did
    ("raids", (), "Did Holm release the prisoners?", False, "", "pressure-on-to"),
    ("raids", (), "Did Rekk reject the plan?", True, "Yes", "pressure-on-to-guard"),
    # "how did X react?": "pressure on Mr X": X after a preposition and a courtesy title does
    # nothing there
    ("raids", (), "How did Holm react to the raids?", False, "Holm", "courtesy-after-prep"),
    ("raids", (), "How did Rekk react?", True, "rejected", "courtesy-after-prep-guard"),
    # "what happened to X?" of "X tried to …": the next sentence, opened by "The man" (or a
    # pronoun), whose verb is passive, says what was done to X
    ("blast", (), "What happened to the gunman?", True, "badly hurt", "undergone-next"),
    (
        "blast",
        ("Where did the gunman strike?",),
        "what happened to him?",
        True,
        "badly hurt",
        "undergone-next-followup",
    ),
    ("blast", (), "What did the gunman try to do?", True, "rob a bank", "undergone-next-guard"),
    # "the ministers" of "Prime Minister X" and of "cabinet ministers were driven": among equals
    # the sentence with the question's plural as written
    ("cabinet", (), "How did the ministers get there?", True, "in a bus", "plural-as-written"),
    # "how did the ministers get there?" after "where was he speaking from?": a subject of its
    # own, not his sentence's words merged in
    (
        "cabinet",
        ("What did Rekk tell state radio?", "where was he speaking from?"),
        "how did the ministers get there?",
        True,
        "in a bus",
        "own-subject-there",
    ),
    # "why can't X …?", "y X says it cant …": the article's "cannot" is a negation as well
    (
        "ferry",
        (),
        "why can't Holm Lines afford a pay rise?",
        True,
        "fall in fares",
        "cannot-guard2",
    ),
    ("ferry", (), "y holm lines says it cant afford pay rise??", True, "fall", "cannot-chat"),
    ("ferry", (), "why did Holm Lines not close?", False, "why", "cannot-guard"),
    # "how many years in a row?": the ordinal of the streak ("the fourth consecutive year")
    (
        "swim",
        ("who was named rower of the year?",),
        "how many years in a row?",
        True,
        "4",
        "streak",
    ),
    (
        "swim",
        (),
        "how many consecutive years has Lind been named rower of the year?",
        True,
        "4",
        "streak-own",
    ),
    # a topic first, then a question whose pronoun stands for it
    ("ferry", (), "ivo rekk sentence how long he get", True, "two-year", "topic-first-verb"),
    ("ferry", (), "aus championships where r they held", True, "Varby", "topic-first-aux"),
    ("ferry", (), "ada lind what she say bout the harbour", True, "closed", "topic-first-say"),
    ("ferry", (), "This Ivo Rekk, who he is?", True, "minister", "topic-first-who"),
    ("ferry", (), "and Ada Lind, did she speak?", True, "", "topic-first-aux-guard"),
    (
        "cabinet",
        ("What did Rekk tell state radio?",),
        "where was he speaking from?",
        True,
        "Holm",
        "own-subject-there-guard",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s23_s23b(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
