"""Round r49's kinds of failure, mended in session 22 (fourth part), in one table. Each row: a
small invented story (no text of the measured wire stories), the turns asked first (each answer is
the context of the next), then the question, whether the bot answers it, and what its short answer
(or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave
alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "storm": Engine.from_text(
        "Storm\n\nA storm on the Holm ridge killed 12 climbers, 5 of them Lunorians. The rescue "
        "team of Ivo Rekk found the last of them on Monday.\n"
    ),
    "grant": Engine.from_text(
        "Grant\n\nCar maker Holm Motors has confirmed that it has asked for more money from the "
        "Lunor government. Ivo Rekk says he talked it through with his family, who support his "
        "return to the club.\n"
    ),
    "memorial": Engine.from_text(
        "Memorial\n\nThe minister Ivo Rekk vowed never to forget the 40 victims who died at the "
        "Holm depot, the hundreds more killed in Varby and those on a ferry that sank in rural "
        "Lunor, apparently after a fire.\n"
    ),
    "charges": Engine.from_text(
        "Charges\n\nThe charge sheet also cites a list of suspects headed by Ivo Rekk, head of the "
        "Lunor gang, and Bram Olt, head of the Holm ring, as accomplices.\n"
    ),
    "parole": Engine.from_text(
        "Parole\n\nIvo Rekk was given a four-year jail sentence in May 1990 after admitting the "
        "theft in March that year. But Rekk was released in June 1992 despite warnings from "
        "officers, who were convinced he would steal again. They wrote to the board before he "
        "left prison.\n"
    ),
    "ridge": Engine.from_text(
        "Ridge\n\nA storm on the Holm ridge killed 12 climbers, 5 of them Britons. Ivo Rekk, a "
        "British guide, led the rescue team on Monday.\n"
    ),
    "roads": Engine.from_text(
        "Roads\n\nSafety campaigns appear to be paying off with new figures showing a 20 per cent "
        "drop in road deaths last year. Holm police chief Ivo Rekk attributes the decline of road "
        "deaths to safer cars and lower speed limits.\n"
    ),
    "verdict": Engine.from_text(
        "Verdict\n\nA Holm court has found five of the seven guards guilty of negligence after "
        "the fire. Two guards who were off duty were acquitted. Ivo Rekk welcomed the verdict.\n"
    ),
    "kidnap": Engine.from_text(
        "Verdict\n\nA 26-year-old Lunorian man was found guilty in Lunor of the kidnap of "
        "eight-year-old Mira Holt. Mira disappeared on May 3 in Varby.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "12 climbers, 5 of them Lunorians": the part the question asks for, named by "of them";
    # a part of another kind, or the count the question gives itself, answers nothing
    ("storm", (), "How many of the dead were Lunorians?", True, "5", "part-of-them"),
    ("storm", (), "how many of the 12 dead were children?", False, "number", "given-count"),
    ("storm", (), "How many climbers died?", True, "12", "part-of-them-guard"),
    # a statement asked: a name and a known verb's "-ing" form before its object ("is X asking
    # …?"), a name's noun phrase and a present verb of taking sides ("does X's family back …?")
    (
        "grant",
        (),
        "Holm Motors asking the Lunor government for more money?",
        True,
        "Yes",
        "gerund-statement",
    ),
    ("grant", (), "Rekk's family backs his return?", True, "Yes", "owner-phrase-sides"),
    (
        "grant",
        (),
        "Holm Motors asked the Lunor government for more money?",
        True,
        "Yes",
        "past-statement-guard",
    ),
    # "the hundreds killed in Y and those on a ferry that sank in X": the number's own place is
    # Y, the place asked belongs to what "and" joins after it — no count of X
    (
        "memorial",
        (),
        "How many people died on the ferry in Lunor?",
        False,
        "number",
        "joined-place",
    ),
    ("memorial", (), "How many people were killed in Varby?", True, "hundreds", "own-place-guard"),
    ("memorial", (), "How many died at the Holm depot?", True, "40", "other-clause-guard"),
    # "which two men …?": the doer and the person listed after them past appositions ("A, head
    # of X, and B, head of Y")
    ("charges", (), "Which two men head the list of suspects?", True, "Bram Olt", "two-apposed"),
    ("charges", (), "Who heads the list of suspects?", True, "Ivo Rekk", "one-apposed-guard"),
    # "get out of prison", "let out": released
    ("parole", (), "when was Rekk let out?", True, "June 1992", "let-out-released"),
    ("parole", (), "when did Rekk get out of prison?", True, "June 1992", "got-out-released"),
    ("parole", (), "when was Rekk given a jail sentence?", True, "May 1990", "sentenced-guard"),
    # "when … after the 1990 theft?": the year dates what the asked time comes after — no time
    # of that year or before, and the phrase's words no topic of the sentence asked for
    ("parole", (), "when was Rekk let out after the 1990 theft?", True, "June 1992", "after-year"),
    # a nationality's nickname in chat ("brits", "aussie") is the nationality
    ("ridge", (), "how many of the dead were brits?", True, "5", "nationality-nickname"),
    ("ridge", (), "how many of the dead were Britons?", True, "5", "nationality-guard"),
    # "why …?": a sentence that names a cause ("attributes the decline to …") gives the reason,
    # before one that meets the question as well and gives none
    ("roads", (), "why have road deaths fallen?", True, "safer cars", "attributed-cause"),
    ("roads", (), "how big was the drop in road deaths?", True, "20 per cent", "cause-guard"),
    # "were they *found* guilty?": the verb that only pronounces the word asked is no word a
    # sentence saying the opposite ("were acquitted") must have
    ("verdict", (), "Were the two guards found guilty?", True, "No", "found-opposite"),
    ("verdict", (), "Were the five guards found guilty?", True, "Yes", "found-same-guard"),
    # "eight-year-old Mira Holt": an age right before a name no cue has made a person's yet is
    # that name's age (not a place's adjective's: "a 26-year-old Lunorian man")
    ("kidnap", (), "How old was Mira Holt?", True, "8", "age-before-name"),
    ("kidnap", ("When did Mira disappear?",), "how old was she?", True, "8", "age-before-she"),
    ("kidnap", (), "How old was the Lunorian man?", True, "26", "age-of-noun-guard"),
    # a subject pronoun before a preposition, no name: no statement, and no crash
    ("grant", (), "he in touch with them?", False, "does not say", "pronoun-no-name"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee4(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
