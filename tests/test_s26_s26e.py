"""Session 26 (s26e): "what else did he say?" after an answer that gave a sentence only as
evidence — of a yes, a place, a time, a reaction — and never its quote: that sentence's words
may still be quoted (and with no topic asked they come first); only sentences whose quote was
given are "said already". Each row: a small invented story (no text of the measured articles),
the turns asked first (each answer is the context of the next), then the question, whether the
bot answers it, and what its short answer (or its decline's reason) holds. Rows whose id ends in
``-guard`` pin what the change must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "thanks": Engine.from_text(
        "Rekk thanks Norway\n\nVARBY, May 4 (Wire) — Lunorian President Ivo Rekk has thanked "
        "Norway for its support in an interview to the Kanal-5 television channel. "
        "\"Norway as a true partner has shown strong support for Lunoria's independence. I thank "
        'Norway and all Norwegian people for their friendship," Rekk said in an interview with '
        "the Kanal-5 TV channel on Monday. Rekk stressed that Lunoria and Norway have ties built "
        "on trust between their peoples.\n\n"
        "The crisis in Lunoria deepened on March 3, when Ada Lind, the opposition leader, declared "
        "herself interim president at a rally in Varby. Rekk dismissed the move as a plot staged "
        "by Oslo's rivals and said he was closing the border with Estland.\n"
    ),
}

THANKED = "Is it true Rekk thanked all Norwegian people?"
QUOTED = "Norway as a true partner"
CLOSING = "closing the border"
TRUST = "ties built on trust"

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a yes, then where he said it: the quote itself was never given
    (
        "thanks",
        (THANKED, "where did he say that?"),
        "and what else did he say in it about norway?",
        True,
        QUOTED,
        "else-after-yes-and-where",
    ),
    (
        "thanks",
        (THANKED, "when did he say that?"),
        "what else did he say about norway?",
        True,
        QUOTED,
        "else-after-yes-and-when",
    ),
    (
        "thanks",
        (THANKED, "where did he say that?", "was it on monday?"),
        "what else did he say about norway?",
        True,
        QUOTED,
        "else-after-three-yeses",
    ),
    (
        "thanks",
        (THANKED, "where did he say that?"),
        "what else did he say?",
        True,
        QUOTED,
        "else-no-topic-after-where",
    ),
    # a reaction gave the sentence; what he said in it was never quoted — also across a decline
    (
        "thanks",
        (
            "when did the crisis deepen",
            "what happened that day",
            "how did Rekk react to it",
            "did he have her arrested?",
        ),
        "what else did he announce?",
        True,
        CLOSING,
        "else-after-reaction-and-decline",
    ),
    (
        "thanks",
        ("how did Rekk react to the move",),
        "what else did he say?",
        True,
        CLOSING,
        "else-after-reaction",
    ),
    # who thanked them: a name, not his words
    (
        "thanks",
        ("who thanked all Norwegian people?",),
        "what else did he say?",
        True,
        QUOTED,
        "else-after-who-guard",
    ),
    # a short answer that gave the quotation's words has said them
    (
        "thanks",
        ("what did Rekk do on Monday?",),
        "what else did he say?",
        True,
        TRUST,
        "else-after-words-given",
    ),
    # a quote given is said already: the next "what else" moves on
    (
        "thanks",
        ("what did Rekk say about norway?",),
        "what else did he say?",
        True,
        TRUST,
        "else-after-quote-guard",
    ),
    (
        "thanks",
        ("what did Rekk say about norway?", "what else did he say?"),
        "what else did he say?",
        True,
        CLOSING,
        "else-after-two-quotes-guard",
    ),
    (
        "thanks",
        ("where did Rekk give the interview?",),
        "what else did he say about norway?",
        True,
        QUOTED,
        "else-after-one-where-guard",
    ),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s26_s26e(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
