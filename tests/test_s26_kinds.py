"""Round r60's kinds of failure (and leftovers of earlier rounds), mended in session 26, in one
table. Each row: a small invented story (no text of the measured articles), the turns asked first
(each answer is the context of the next), then the question, whether the bot answers it, and what
its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the
mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "dinner": Engine.from_text(
        "Tape\n\nVARBY, May 4 (Wire) — Officials say a recording found in Norway shows Ivo Rekk "
        "at a dinner when told the vote had been lost. Rekk is said to have told the guests and "
        "they laughed. The rebels later handed over the Osterby district to tribal elders. "
        "Denmark nominated Ada Lind as envoy on Friday.\n"
    ),
    "rally": Engine.from_text(
        "Rally\n\nVARBY, May 4 (Wire) — The crisis deepened on March 3, when Ivo Rekk declared "
        "himself mayor at a rally in the country's capital of Varby.\n"
    ),
    "forest": Engine.from_text(
        "Logging\n\nVARBY, May 4 (Wire) — A court has jailed Ivo Rekk for logging protected "
        "trees. Rekk is the first person to be prosecuted under the Forest Act.\n"
    ),
    "prize": Engine.from_text(
        "Prize\n\nOSLO, Dec 10 (Wire) — Lunorian minister Ivo Rekk has accepted the peace prize in "
        "Oslo. The 58-year-old minister, a native of Norway, shares the prize with his ministry.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "who else …?": someone besides the people the conversation is about; none named here
    (
        "dinner",
        ("what does the recording show?", "who was at the dinner?"),
        "who else was at the dinner?",
        False,
        "does not say who",
        "who-else-none-left",
    ),
    ("dinner", (), "who was at the dinner?", True, "Ivo Rekk", "who-at-dinner-guard"),
    # "who are the tribal elders?": a name before "to tribal elders" is no subject of them
    (
        "dinner",
        (),
        "who are the tribal elders?",
        False,
        "does not say who",
        "who-are-noun-after-prep",
    ),
    ("dinner", (), "who nominated Lind?", True, "Denmark", "named-subject-before-verb-guard"),
    # origin asked as "which country does X come from?", "what is X's nationality?"
    ("prize", (), "which country does rekk come from", True, "Norway", "origin-come-from"),
    ("prize", (), "what is Rekk's nationality?", True, "Norway", "origin-nationality"),
    ("prize", (), "which country rekk come from", True, "Norway", "origin-uninverted"),
    # two questions in one: after a topic said first, joined by a chat "n"
    (
        "prize",
        (),
        "rekk how old is he n where is he from",
        True,
        "Norway",
        "pair-topic-first-chat-and",
    ),
    ("prize", (), "rekk how old is he?", True, "58", "topic-first-guard"),
    ("prize", (), "Ivo Rekk, how old is he?", True, "58", "topic-first-full-name-comma"),
    # an ordinal in figures is the word news copy writes ("1st" ~ "first")
    (
        "forest",
        (),
        "is rekk the 1st person prosecuted under the forest act?",
        True,
        "Yes",
        "ordinal-in-figures",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_kinds(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize(
    "question, short",
    [
        pytest.param("name the capital where Rekk proclaimed himself mayor", "Varby", id="where"),
        pytest.param("name the day when Rekk declared himself mayor", "March 3", id="when"),
        pytest.param(
            "Quiz round: name the capital where Rekk proclaimed himself mayor.",
            "Varby",
            id="label-then-imperative",
        ),
    ],
)
def test_told_with_where_or_when(question, short):
    """ "Name the capital where X did Y" is "where X did Y": a short answer, the place or the
    day — not the sentence quoted whole."""
    a = STORIES["rally"].answer(question)
    assert a.answered and a.text.startswith(short), a.text
