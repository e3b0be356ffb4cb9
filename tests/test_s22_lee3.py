"""The Lee rounds' kinds of wrong answer, mended in session 22 (third part), in one table. Each
row: a small invented story (no text of the measured wire stories), the turns asked first (each
answer is the context of the next), then the question, whether the bot answers it, and what its
short answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the
mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "pay": Engine.from_text(
        "Pay cut\n\nHolm Air and unions representing its pilots are fighting a pay cut. The "
        "Varby Times weekly paper says the cut is unfair. Ivo Rekk of the Lunor Pilots Union and Ada Lind of the "
        "Varby Crew Union met the airline's chief.\n"
    ),
    "bridges": Engine.from_text(
        "Bridges\n\nThe farmers' leader, Bram Olt, says the Holm Council promised to repair about "
        "40 bridges.\n"
    ),
    "roads": Engine.from_text("Roads\n\nAda Lind wants the Varby Council to repair the roads.\n"),
    "inquiry": Engine.from_text(
        "Inquiry\n\nFarmers are unhappy with the dam inquiry set up to look at claims of "
        "fraud. Inquiry Chairman Ivo Rekk is leading the dam inquiry. The Varby Council set up "
        "a road inquiry in May.\n"
    ),
    "study": Engine.from_text(
        "Farms\n\nThe report author and head of Lunor Aid, Ada Lind, says the two-year study "
        "found many farms are failing. Ms Lind says more must be done.\n"
    ),
    "family": Engine.from_text(
        "Fighter\n\nThe Holm Government says Varpol and the Lunor Police have interviewed the "
        "family of a Varby man who has been fighting with rebels. Ivo Rekk claims the man was an "
        "active member of the rebels.\n"
    ),
    "camps": Engine.from_text(
        "Camps\n\nLunor has agreed to let Holm send an extra 300 workers. The deal means Lunor "
        "will take up to 900 workers. There are 21 shops in the Varby camp now.\n"
    ),
    "depot": Engine.from_text(
        "Depot\n\nThe guard was sacked from the Holm depot after a fight on Monday and "
        "threatened to return, the brother of one worker told Varby Radio. The head of the Lunor "
        "union told the Varby Times the depot was closed.\n"
    ),
    "envoy": Engine.from_text(
        "Envoy\n\nLunor Foreign Minister Ivo Rekk said in Varby that Lunor and Holm were "
        'working "to end the fighting" in the Tarn valley in order to get back to talks. '
        "Speaking after meeting with Holm President Ada Lind and Foreign Minister Bram Olt, Mr "
        'Rekk said: "We are trying to end the fighting."\n'
    ),
    "guard": Engine.from_text(
        "Guard\n\nIvo Rekk met Ada Lind and later saw President Bram Olt in Varby.\n"
    ),
    "talks": Engine.from_text(
        "Talks\n\nThe meeting in Varby followed long talks between Ivo Rekk and Holm President "
        "Ada Lind, a day after the envoy threatened to quit. Speaking after meeting with Bram "
        'Olt, Lunor Minister Jon Tarn said: "We are trying."\n'
    ),
    "panel": Engine.from_text(
        "Panel\n\nThe Lunor Government set up the panel in May, prompting union claims of a "
        "witch-hunt. The vote on the dam was held in June. Unions had refused to help the panel.\n"
    ),
    "ballot": Engine.from_text(
        "Ballot\n\nDock workers will vote on the offer. Unions will advise members to reject "
        "the offer because it cuts pay. Unions say the workers deserve a pay rise, while Varby "
        "Port says it cannot afford it.\n"
    ),
    "raid": Engine.from_text(
        "Raid\n\nTen gang members were jailed for their part in a raid soon after the town's "
        "vote for a new mayor two years ago. The trial of the gang began in May.\n"
    ),
    "crash": Engine.from_text(
        "Crash\n\nThe crash in Varby has been described as a double tragedy. The pilot died "
        "because the engine failed. The Holm match was called off as the pitch was flooded.\n"
    ),
    "farms": Engine.from_text(
        "Farms\n\nA new study of Varby farms was carried out by Lunor University for the Holm "
        "Trust. Study author Ivo Rekk says many farms are failing. The Varby Bank paid for a "
        "second study, led by Ada Lind.\n"
    ),
}

UNIVERSITY = ("which university carried out the study",)
DESCRIBED = ("How has the crash been described?",)
SET_UP = ("When was the panel set up?", "by whom?")
REKK = ("What did Ivo Rekk say?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "X and unions …": a name joined to the noun asked by "and" is no name of it
    ("pay", (), "Which unions are fighting the pay cut?", True, "representing", "joined-name"),
    ("pay", (), "Which paper says the cut is unfair?", True, "Varby Times", "joined-guard"),
    # "who wants to X?": one who wishes it, not one who says another promised to
    ("bridges", (), "who wants to repair the bridges?", False, "who", "wish-unsaid"),
    ("roads", (), "who wants the roads repaired?", True, "Ada Lind", "wish-unsaid-guard"),
    # "who set up X?": a verb of two words must be met too, not only X ("X set up to …" names
    # no one who set it up; the chairman leading it did not)
    ("inquiry", (), "Who set up the dam inquiry?", False, "who", "phrase-verb"),
    # "X says <clause>" of a verb the sentence lacks, its object in the clause: the clause's
    # subject did it, or no one named ("X says the study found …": X did not pay for it)
    ("study", (), "Who paid for the Lunor Aid study?", False, "who", "reported-clause-none"),
    (
        "family",
        (),
        "Who questioned the family of the Varby man?",
        True,
        "Varpol",
        "reported-clause-subject",
    ),
    (
        "family",
        (),
        "Who alleged the man was an active member of the rebels?",
        True,
        "Ivo Rekk",
        "reported-clause-guard",
    ),
    # "how many are in X now?": neither an addition ("an extra 300") nor what there will be
    ("camps", (), "How many workers are in the Lunor camps now?", False, "number", "stock-now"),
    ("camps", (), "How many workers will Lunor take in all?", True, "900", "stock-now-guard"),
    ("camps", (), "How many shops are in the Varby camp now?", True, "21", "stock-now-guard2"),
    # "the brother of one worker told X": the subject is the brother, not the worker
    (
        "depot",
        (),
        "who told Varby Radio the guard threatened to return?",
        True,
        "brother of one worker",
        "of-one-subject",
    ),
    (
        "depot",
        (),
        "who told the Varby Times the depot was closed?",
        True,
        "head of the Lunor union",
        "of-one-subject-guard",
    ),
    # "where?" after "what did X say?": where X said it ("said in Varby that …"), not a place
    # of what X said
    ("envoy", REKK, "where?", True, "Varby", "where-said"),
    ("envoy", (), "where did Ivo Rekk say that?", True, "Varby", "where-said-guard"),
    (
        "envoy",
        (),
        "where did Ivo Rekk say Lunor and Holm were working to end the fighting?",
        False,
        "where",
        "where-said-clause-guard",
    ),
    # "after meeting with A and Foreign Minister B": B is one of the list too
    ("envoy", REKK + ("where?",), "who did he meet there?", True, "Bram Olt", "titled-list"),
    ("guard", (), "who did Ivo Rekk meet?", True, "Ada Lind", "titled-list-guard"),
    # "who did X meet?": whom X met — never who met someone in a sentence without X
    ("talks", (), "who did Ivo Rekk meet?", False, "who", "own-subject"),
    ("talks", (), "who did Jon Tarn meet?", True, "Bram Olt", "own-subject-guard"),
    # "and the unions' reaction?" after "when …?": how they reacted, not when
    ("panel", SET_UP, "and the unions' reaction?", True, "witch-hunt", "reaction-swap"),
    ("panel", SET_UP[:1], "and the vote on the dam?", True, "June", "reaction-swap-guard"),
    # "telling members to do": urging them (advise, urge), not saying
    ("ballot", (), "What are the unions telling members to do?", True, "reject", "told-to"),
    (
        "ballot",
        (),
        "What do the unions tell us about the workers?",
        True,
        "deserve",
        "told-to-guard",
    ),
    # "a raid soon after the vote two years ago": the time dates the vote, not the raid
    ("raid", (), "When did the raid happen?", False, "when", "dates-the-other"),
    ("raid", (), "When did the trial begin?", True, "May", "dates-the-other-guard"),
    ("raid", (), "when was the vote?", True, "Two years ago", "dates-the-other-guard2"),
    # "described as a double tragedy": what it is called, no reason ("as" of describing)
    ("crash", DESCRIBED, "why a double tragedy?", False, "why", "described-as"),
    ("crash", (), "why did the pilot die?", True, "engine failed", "described-as-guard"),
    ("crash", (), "why was the Holm match called off?", True, "flooded", "described-as-guard2"),
    # "and the author?" after "which university …?": who the author is, not a university
    ("farms", UNIVERSITY, "and the author?", True, "Ivo Rekk", "described-person-swap"),
    (
        "farms",
        ("Which bank paid for the second study?",),
        "and who led it?",
        True,
        "Ada Lind",
        "described-person-swap-guard",
    ),
    ("inquiry", (), "Who set up the road inquiry?", True, "Varby Council", "phrase-verb-guard"),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s22_lee3(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
