"""Round r63's kinds of failure mended by the lead in session 28, in one table. Each row: a small
invented story (no text of the measured articles), the turns asked first (each answer the
context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "sailor": Engine.from_text(
        "Sailor\n\nVARBY, May 4 (Wire) — Lunorian consul Ada Lind said she had identified the "
        "body of murdered explorer Ivo Rekk, but she would not say how he died. According to "
        "police, Mr Rekk was stabbed to death by robbers who boarded his boat off the port of "
        "Osterby. His brother said the family was in shock.\n"
    ),
    "fares": Engine.from_text(
        "Fares\n\nVARBY, May 4 (Wire) — The secretary of the rail union, Tor Berg, says the "
        "council promised to cut fares by a tenth. Mr Berg says many commuters are angry. "
        '"There has been very little done by this council, a lot of promises and a lot of '
        'noise before the vote," Mr Berg said.\n'
    ),
    "inquiry": Engine.from_text(
        "Inquiry\n\nVARBY, May 4 (Wire) — The Royal Commission into the Timber Trade has ended "
        "its first day of hearings. Union secretary Tor Berg will give evidence tomorrow. It "
        "coincides with a rally by hundreds of loggers outside Vell Hall, where the commission "
        "is being held. Mr Berg met the centre manager on Monday.\n"
    ),
    "trial": Engine.from_text(
        "Trial\n\nVARBY, May 4 (Wire) — A man has been found guilty of the theft of a painting. "
        "There were cheers as the verdict was read out at Varby Crown Court. As soon as the "
        "verdict was declared, the court was told that Ivo Rekk had stolen before.\n"
    ),
    "coach": Engine.from_text(
        "Coach\n\nVARBY, May 4 (Wire) — Club coach Ivo Rekk says he could sign a new contract "
        'in "two or three weeks" after a good meeting this morning with chairman Ada Lind. '
        '"All the discussions so far have been very good," he said.\n'
    ),
    "denial": Engine.from_text(
        "Denial\n\nVARBY, May 4 (Wire) — The former chief of the Osterby Bank has denied "
        "claims he misled the board. Ivo Rekk says the case against him is baseless.\n"
    ),
    "wave": Engine.from_text(
        "Wave\n\nVARBY, May 4 (Wire) — A fireman, Ivo Rekk, told a court he took a photograph "
        'of a body in the river. "I needed proof that I was not deceived that there was a man '
        'in the water," Mr Rekk said.\n'
    ),
    "threats": Engine.from_text(
        "Threats\n\nVARBY, May 4 (Wire) — On the first day of the inquiry there was a warning "
        "from counsel Ada Lind that there would be charges against anyone involved in making "
        "threats.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "how was X killed?": the sentence that says how (the verb with its means), not the one
    # that only names the deed ("murdered explorer") or says someone would not say how
    ("sailor", (), "How was Ivo Rekk killed?", True, "stabbed to death by robbers", "how-killed"),
    ("sailor", (), "how did Rekk die?", True, "stabbed to death by robbers", "how-died"),
    ("sailor", (), "who killed Rekk?", True, "obbers", "who-killed-guard"),
    ("sailor", (), "who identified the body?", True, "Ada Lind", "who-identified-guard"),
    # "what does X say the council promised?": the sentence that says "the council promised",
    # not the quote that merely has "promises" near "this council"
    (
        "fares",
        (),
        "what does Tor Berg say the council promised?",
        True,
        "promised to cut fares",
        "say-reported-clause",
    ),
    (
        "fares",
        ("Who is Tor Berg?",),
        "what does he say the council promised?",
        True,
        "promised to cut fares",
        "say-reported-clause-pronoun",
    ),
    # "the commission" after "the Royal Commission into …": the one organisation of that word
    (
        "inquiry",
        (),
        "Where is the royal commission being held?",
        True,
        "Vell Hall",
        "org-short-form-held",
    ),
    ("inquiry", (), "who is Tor Berg?", True, "secretary", "org-short-form-whois-guard"),
    # a name answered from a sentence that only describes it quotes the one that names it too
    ("trial", (), "Which court tried Ivo Rekk?", True, "Varby Crown Court", "court-named"),
    # "how many years?" is not answered by a time in another unit ("two or three weeks")
    ("coach", (), "how many years is Rekk's contract for?", False, "", "years-not-weeks"),
    ("coach", (), "how many weeks until Rekk signs?", True, "two or three weeks", "weeks-guard"),
    # a quoted fragment that does not itself say the topic met around it is the weaker quote
    (
        "coach",
        (),
        "What did Ivo Rekk say about the talks?",
        True,
        "discussions so far",
        "fragment-quote-weaker",
    ),
    # "anyone involved in making threats": no one named made them
    ("threats", (), "who made the threats?", False, "", "unnamed-doer"),
    ("threats", (), "who gave a warning?", True, "Ada Lind", "unnamed-doer-guard"),
    (
        "fares",
        (),
        "what did Berg say about the vote?",
        True,
        "noise before the vote",
        "say-about-guard",
    ),
]


@pytest.mark.parametrize(
    ("story", "before", "question", "answered", "says"),
    [pytest.param(*row[:5], id=row[5]) for row in ROWS],
)
def test_s28_lead(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


def test_role_answer_quotes_the_sentence_naming_the_holder():
    """ "Who is the former chief of X?" answered from a sentence that gives only the title: the
    sentence after it that names the holder is quoted too."""
    a = STORIES["denial"].answer("Who is the former chief of the Osterby Bank?")
    assert "Ivo Rekk" in a.text
    assert any(s.text.startswith("Ivo Rekk says") for s in a.sentences), a.sentences


def test_else_is_not_denied_by_a_sentence_without_anyone_else():
    """ "Was anyone else in the water?" of "I was not deceived that there was a man in the
    water": no word on anyone else — a decline, not a No."""
    a = STORIES["wave"].answer("did Rekk think anyone else was in the water?")
    assert not a.answered, a.text


def test_name_answer_quotes_the_naming_sentence():
    """ "Which court tried X?" answered from "the court was told …": the sentence that names the
    court is quoted too, so the reader sees where the name comes from."""
    a = STORIES["trial"].answer("Which court tried Ivo Rekk?")
    assert a.text == "Varby Crown Court."
    assert any("at Varby Crown Court" in s.text for s in a.sentences), a.sentences
