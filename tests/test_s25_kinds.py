"""Rounds r58/r59's kinds of failure (and leftovers of earlier rounds), mended in session 25, in
one table. Each row: a small invented story (no text of the measured articles), the turns asked
first (each answer is the context of the next), then the question, whether the bot answers it,
and what its short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin
what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "capital": Engine.from_text(
        "Rally\n\nThe crisis in Norway deepened on March 3, when Ivo Rekk, opposition leader and "
        "council speaker, whose mandate had been cancelled by the High Court, declared himself "
        "mayor at a rally in the country's capital of Varby. In June, Lunorian Deputy Minister "
        "Ada Lind discussed the crisis during her trip to Varby.\n"
    ),
    "broadcast": Engine.from_text(
        "Interview\n\nVARBY, May 4 (Wire) — Lunorian President Ivo Rekk gave an interview to the "
        'Kanal-5 television channel, which was shown on Monday. "I thank Norway and all Norwegian '
        'people," Rekk said, calling Norway a true partner. "The vote was a farce," said Ada '
        "Lind, the opposition's deputy leader. Lind spoke to reporters in Varby on Tuesday.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "that city" in a question of its own after a declined one: a name the question asks
    # with, not the previous event ("that" as an event pronoun merged the rally's question)
    (
        "capital",
        ("where was Rekk's rally", "what is that city"),
        "which lunorian official went to that city",
        True,
        "Ada Lind",
        "that-city-own-question",
    ),
    (
        "capital",
        (
            "where was Rekk's rally",
            "what is that city",
            "which lunorian official went to that city",
        ),
        "when",
        True,
        "June",
        "that-city-then-when",
    ),
    ("capital", ("where was Rekk's rally",), "when was that", True, "March 3", "that-event-guard"),
    # two questions in one, the second opened by a preposition before its question word
    (
        "broadcast",
        (),
        "Which channel aired Rekk's interview, and on what day was it shown?",
        True,
        "Monday",
        "pair-second-opens-with-preposition",
    ),
    # two questions in one after an opening word ("Also, …")
    (
        "broadcast",
        (),
        "Also, which channel aired Rekk's interview, and when did Lind speak?",
        True,
        "Tuesday",
        "pair-after-opening-word",
    ),
    (
        "broadcast",
        (),
        "Also, which channel aired Rekk's interview?",
        True,
        "Kanal-5",
        "opening-guard",
    ),
    # "day of the week": the week is the time asked, not a word the event must share
    (
        "broadcast",
        ("which channel aired Rekk's interview?",),
        "on what day of the week was it shown?",
        True,
        "Monday",
        "day-of-the-week-follow-up",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s25_kinds(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


def test_participle_speaker_has_no_verb_in_brackets():
    """ "…, X calling it Y": the speaker alone — "X (calling)." says nothing of how it was said."""
    e = Engine.from_text(
        "Vote\n\nVARBY, May 4 (Wire) — The opposition rejected the count on Sunday, with deputy "
        "leader Ada Lind calling it a fraud.\n"
    )
    a = e.answer("who called the count a fraud?")
    assert a.answered and a.text == "Ada Lind."
