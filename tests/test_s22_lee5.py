"""Round r51's kinds of failure, mended in session 22, in one table. Each row: a small invented
story (no text of the measured wire stories), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "harbour": Engine.from_text(
        "Harbour\n\nStorm damage closed the port of Lunor on Monday. The meeting in Lunor followed "
        "talks between Holm and harbour chief Ivo Brand, a day after the mayor threatened to "
        "resign. Mr Holm met with Mr Rekk in a fresh attempt to reopen the harbour, a council "
        "official said.\n"
    ),
    "deadline": Engine.from_text(
        "Port strike\n\nThe port of Lunor was closed by a strike. On Monday, Mr Holm told the "
        'harbour officials they had 36 hours to make "real progress" or else he would leave for '
        "Varby, ending a three-week-old peace effort, a council official said.\n"
    ),
    "plane": Engine.from_text(
        "Plane lost\n\nThe plane had been flying from Varby to collect a young girl and take her "
        "to Lunor for a heart operation. The management at Holm Mills warned the staff about the "
        "storm.\n"
    ),
    "talks": Engine.from_text(
        "Talks\n\nMinisters from the Lunor Union issued a warning after talks in Varby with trade "
        "minister Ola Venn and the deputy harbour minister Aki Sorn. Ada Lind thanked Ivo Rekk and "
        "the council.\n"
    ),
    "raid": Engine.from_text(
        "Raid\n\nTwo houses burned when soldiers raided the village of Varby. Lunorian troops were "
        "attempting to capture Ivo Rekk, a man they say led many raids. The army wants to capture "
        "the hills. Ada Lind says she wants Holm to lead the search.\n"
    ),
    "mill": Engine.from_text(
        "Mill\n\nThe old mill in Varby has been shut for a year. In Varby, the Lunor Council "
        "warned Mr Holm to close the mill by May. Norway, Sweden and Denmark signed the deal.\n"
    ),
    "dock": Engine.from_text(
        "Strike\n\nDock workers walked off the job in Varby. The Harbour, Rail and Transport "
        "Union's (HRTU) Ivo Rekk says the pay offer is too low. Later the HRTU's Ada Lind spoke "
        "to the crowd.\n"
    ),
}

MET = ("Who did Holm meet in Lunor?",)
WARNED = ("What was Holm warned to do in Varby?",)
TOLD = ("What did Holm tell the harbour officials on Monday?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "the meeting … followed talks between X and …" has the verb only as a noun, no one after
    # it: whom X met is in the sentence where X does it ("X met with Y")
    ("harbour", (), "Who did Holm meet?", True, "Rekk", "met-with-later"),
    ("harbour", (), "Who did Holm meet in Lunor?", True, "Rekk", "met-with-later-place"),
    ("harbour", (), "Who did the mayor meet?", False, "who", "met-with-later-guard"),
    # "why?" right after an answer: the answer's own sentence gives the reason ("in a fresh
    # attempt to …"), not a sentence with more of the earlier question's words ("a day after")
    ("harbour", MET, "why?", True, "fresh attempt", "why-answer-sentence"),
    ("harbour", ("When was the port closed?",), "why?", False, "why", "why-answer-sentence-guard"),
    # "how long?" after a quote that gives two durations: the quote's words inside both are no
    # nearer to one than the other — the first, not the one a word overlaps most
    ("deadline", TOLD, "how long?", True, "36 hours", "duration-inside-words"),
    ("deadline", (), "how long is the peace effort?", True, "three-week", "duration-near-guard"),
    # "had been flying from X to collect …": the words after an auxiliary are its verb's, never
    # a doer's noun phrase ("Flying from X" received nothing)
    ("plane", (), "Who received the heart instead of the girl?", False, "who", "verb-no-doer"),
    ("plane", (), "Who warned the staff?", True, "Holm Mills", "phrase-doer-guard"),
    # "with A and the deputy minister B": B's description opens B's place in the list, so whom
    # they met is both, not A alone
    ("talks", (), "Who did the Lunor Union hold talks with?", True, "Aki Sorn", "described-list"),
    ("talks", (), "Who did Lind thank?", True, "Ivo Rekk", "described-list-guard"),
    # "who were the troops trying to capture?": a subject of its own, "to" and a verb at the end
    # — whom the verb is done to (the name right after it), not who did it
    ("raid", (), "Who were the troops trying to capture?", True, "Ivo Rekk", "to-verb-object"),
    ("raid", (), "Who was the army trying to capture?", False, "", "to-verb-object-guard"),
    ("raid", (), "Who does Lind want to lead the search?", True, "Holm", "to-verb-wish-guard"),
    # "by who?" of "the Council warned Mr Holm to …": the active verb's subject, its object the
    # one the question names
    ("mill", WARNED, "by who?", True, "Lunor Council", "active-doer-named-object"),
    ("mill", (), "Who signed the deal?", True, "Norway, Sweden and Denmark", "doer-list-guard"),
    # "The X Union's (XU) Ivo Rekk": the bracketed short name between the owner and the person
    # is the body he is of
    ("dock", (), "Who is Ivo Rekk?", True, "HRTU", "owner-bracketed"),
    ("dock", (), "Who is Ada Lind?", True, "HRTU", "owner-plain-guard"),
]


# (story, asked before, question, what the answer must not hold, id): "in X, the Council …"
# lists no X among the doers
LEFT_OUT = [
    ("mill", WARNED, "by who?", "Varby", "placed-not-listed"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee5(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)


@pytest.mark.parametrize(
    "story, before, question, never", [pytest.param(*r[:4], id=r[4]) for r in LEFT_OUT]
)
def test_s22_lee5_left_out(story, before, question, never):
    context = None
    for q in before:
        context = STORIES[story].answer(q, context)
    a = STORIES[story].answer(question, context)
    assert a.answered and never not in a.text, a.text
