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
        "Storm\n\nThe avalanche on the Holm ridge on Monday killed 12 climbers, 5 of them "
        "Lunorians, rescuers led by Ivo Rekk said.\n"
    ),
    "grant": Engine.from_text(
        "Grant\n\nHolm Motors says it has asked for more money from the Lunor government for its "
        "Varby plant. Ivo Rekk will play again next season. Rekk met his family, who back his "
        "return to the club.\n"
    ),
    "memorial": Engine.from_text(
        "Memorial\n\nIvo Rekk laid wreaths for the 40 workers who died at the Holm depot, the "
        "hundreds more lost in Varby and the crew of a ferry that sank in Lunor during the "
        "storm.\n"
    ),
    "charges": Engine.from_text(
        "Charges\n\nPolice say their list of suspects is headed by Ivo Rekk, owner of a Lunor "
        "bar, and Bram Olt, mayor of Holm, who both deny the theft.\n"
    ),
    "parole": Engine.from_text(
        "Parole\n\nIvo Rekk began a three-year term in May 1990 for the theft of the Holm gold. "
        "Rekk was released in June 1992, a year early, although the board had warned against "
        "it. Guards say he left prison quietly.\n"
    ),
    "ridge": Engine.from_text(
        "Ridge\n\nThe avalanche on the Holm ridge on Monday killed 12 climbers, 5 of them "
        "Britons. Ivo Rekk, a British guide, led the rescuers.\n"
    ),
    "roads": Engine.from_text(
        "Roads\n\nThe yearly Lunor report shows a 20 per cent drop in road deaths. Holm police "
        "chief Ivo Rekk attributes the decline in road deaths to safer cars and lower speed "
        "limits.\n"
    ),
    "verdict": Engine.from_text(
        "Verdict\n\nFive Holm prison guards were found guilty of negligence over the fire on "
        "Friday. Two guards who had been on leave were acquitted. Ivo Rekk welcomed the "
        "verdict.\n"
    ),
    "kidnap": Engine.from_text(
        "Search\n\nThe kidnap of eight-year-old Mira Holt shocked Varby. Mira disappeared on May "
        "3. A 26-year-old Lunorian man was questioned on Friday.\n"
    ),
    "depot": Engine.from_text(
        "Depot\n\nAt the service on Sunday, Ivo Rekk promised to remember the 40 workers who died "
        "at the Holm depot.\n"
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
    ("grant", (), "Rekk's family supports his return?", True, "Yes", "owner-phrase-sides"),
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
    ("parole", (), "when did Rekk begin his term?", True, "May 1990", "began-guard"),
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
    # "promised to remember the 40 workers who died …": the participle after the counted noun
    # says which ones, when the verb asked has the number for its object
    ("depot", (), "how many workers did Rekk promise to remember?", True, "40", "object-count"),
    ("depot", (), "how many workers were injured?", False, "number", "other-fate-guard"),
    # a subject pronoun before a preposition, no name: no statement, and no crash
    ("grant", (), "he in touch with them?", False, "does not say", "pronoun-no-name"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee4(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
