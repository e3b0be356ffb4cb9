"""Session 28's yes/no kinds of failure, in one table: a yes or a no only from a sentence that
states the event or its negation. Each row: a small invented story (no text of the measured
articles), the turns asked first (each answer is the context of the next), then the question,
whether the bot answers it, and what its short answer (or its decline's reason) holds. Rows
whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "refund": Engine.from_text(
        "Refund\n\nVARBY, May 4 (Wire) — The Lund Council has been told its treasurer, Ivo Rekk, "
        "asked for a large refund before the audit. Auditor Ada Holm told the inquiry a motion "
        "was passed by the council on March 3 to give Mr Rekk a refund worth $2 million. Ms Holm "
        "says the refund has not been made. No passengers were aboard the ferry when it sank, "
        "she said.\n"
    ),
    "bank": Engine.from_text(
        "Bonus\n\nVARBY, May 4 (Wire) — The inquiry into collapsed lender Norland Bank has been "
        "told its chairman, Ivo Rekk, asked for a large bonus. Auditor Ada Holm told the inquiry "
        "a resolution was passed at a board meeting on March 3 to pay Mr Rekk a bonus worth $2 "
        "million. A plan to sack the board was passed by shareholders.\n"
    ),
    "strike": Engine.from_text(
        "Strike\n\nVARBY, May 4 (Wire) — The matter of a pay cut was not resolved after two days "
        "of hearings before the Labour Court. Talks last night failed to settle a row over "
        "rosters. The dispute over overtime was settled on Friday.\n"
    ),
    "flood": Engine.from_text(
        "Flood\n\nVARBY, May 4 (Wire) — A fireman, Ivo Rekk, has told a court how he saw a body "
        "in a flood. Rekk said he filmed it to prove that his eyes were not deceiving him as he "
        "saw the flood sweep down the gorge. Rekk said he did not see the bridge collapse.\n"
    ),
    "court": Engine.from_text(
        "Shop\n\nVARBY, May 4 (Wire) — Trouble grew on May 2, when Ivo Rekk, a trader and shop "
        "owner in Norland, whose licence had been revoked by the country's Trade Court, opened a "
        "new shop in Varby.\n"
    ),
    "ties": Engine.from_text(
        "Ties\n\nVARBY, May 4 (Wire) — Norland President Ivo Rekk dismissed the vote as a plot "
        "hatched by Lundia and said he was severing trade ties with Lundia. Rekk thanked Osland "
        "for its help.\n"
    ),
    "envoy": Engine.from_text(
        "Envoy\n\nVARBY, May 4 (Wire) — Peace envoy Ivo Rekk told officials he had decided to "
        "continue his mission to end the fighting. The council rejected the treaty on Friday.\n"
    ),
    "carrier": Engine.from_text(
        "Carrier\n\nVARBY, May 4 (Wire) — Norland Rail has launched a new freight carrier, Varby "
        "Cargo, which will start running next year. Although wholly owned by Norland Rail, it "
        "will have its own separate management and will operate independently of Norland Rail. "
        "Tom Berg will run the depot. Ada Holm will manage the port.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # the noun the question gives X, denied with a light verb ("the refund has not been made")
    ("refund", (), "Has Rekk received his refund?", True, "No", "object-denied-received"),
    ("refund", (), "Has Rekk been paid his refund?", True, "No", "object-denied-paid"),
    ("refund", (), "Has the refund been made?", True, "No", "passive-denied-guard"),
    # the speaker of the denial is no owner of the noun
    ("refund", (), "Has Holm received a refund?", False, "", "object-denied-speaker-guard"),
    ("refund", (), "Were passengers on the ferry?", True, "No", "no-passengers-guard"),
    # a passive stating the event
    ("refund", (), "Did the council pass a motion?", True, "Yes", "passive-states-guard"),
    # "the X board" asked, the passive's agent "the board" ("at a board meeting"), X unnamed
    (
        "bank",
        (),
        "Did the Norland Bank board pass a resolution to pay Rekk a bonus?",
        True,
        "Yes",
        "owner-noun-passive-agent",
    ),
    # a passive naming its doer: the question's subject must be that doer, not a word elsewhere
    ("bank", (), "Did the board pass the plan?", False, "", "passive-other-agent"),
    ("bank", (), "Did shareholders pass the plan?", True, "Yes", "passive-agent-guard"),
    ("bank", (), "Was the plan passed?", True, "Yes", "passive-asked-guard"),
    # a denied passive with no doer ("the matter was not resolved"): done by no one, so not by X;
    # "settle" is "resolve"
    (
        "strike",
        (),
        "Did the Labour Court settle the pay cut matter?",
        True,
        "No",
        "denied-passive-any-doer",
    ),
    ("strike", (), "Did last night's talks resolve the row over rosters?", True, "No", "resolve"),
    # "… or not": the question's "not" is no marker — the article's "not" still denies; asked of
    # its last word (a noun), the verb denied further on in its clause denies it
    (
        "strike",
        (),
        "did the court sort out the pay cut matter or not",
        True,
        "No",
        "or-not-sort-out",
    ),
    ("strike", (), "did the court resolve the pay cut matter?", True, "No", "noun-then-denied"),
    ("strike", (), "was the dispute over overtime settled or not?", True, "Yes", "or-not-guard"),
    # a passive that states it, with no doer: no yes for a doer it does not name
    ("strike", (), "Did the Labour Court settle the dispute over overtime?", False, "", "no-doer"),
    # a negator before another subject's verb denies that verb, not the word asked after it
    (
        "flood",
        ("who is Ivo Rekk?",),
        "did he think anyone else was in the flood",
        False,
        "",
        "negator-of-another-verb",
    ),
    ("flood", (), "Did Rekk see the bridge collapse?", True, "No", "negator-own-verb-guard"),
    # "X's court": the court is the doer; "revoked" is the opposite of "uphold"
    ("court", (), "Did Norland's Trade Court uphold Rekk's licence?", True, "No", "owner-opposite"),
    ("court", (), "Did Norland's Trade Court revoke Rekk's licence?", True, "Yes", "owner-doer"),
    ("court", (), "Did Rekk revoke the licence?", False, "", "owner-doer-other-guard"),
    # "keep ties" / "severing ties": the opposite — with the one asked about only
    ("ties", (), "Did Rekk keep trade ties with Lundia?", True, "No", "opposite-keep-sever"),
    ("ties", (), "Did Rekk keep trade ties with Osland?", False, "", "opposite-other-object"),
    ("ties", (), "Did Rekk cut trade ties with Lundia?", True, "Yes", "cut-ties-guard"),
    # the opposite decision ("continue" for "abandon")
    ("envoy", (), "Did Rekk decide to abandon his mission?", True, "No", "opposite-continue"),
    ("envoy", (), "Is Rekk abandoning his mission?", True, "No", "opposite-continue-progressive"),
    ("envoy", (), "Did Rekk decide to continue his mission?", True, "Yes", "continue-guard"),
    ("envoy", (), "Did the council accept the treaty?", True, "No", "opposite-reject-guard"),
    # another's own arrangement, explicit: "its own separate management"
    (
        "carrier",
        ("Is Varby Cargo owned by Norland Rail?",),
        "will Norland Rail manage it?",
        True,
        "No",
        "own-separate-management",
    ),
    ("carrier", (), "Will Ada Holm manage the port?", True, "Yes", "manage-verb-guard"),
    ("carrier", (), "Will Tom Berg run the depot?", True, "Yes", "run-guard"),
    # "will X be run by Y?" is done to X: "X will start running" says nothing of it
    ("carrier", (), "Will Varby Cargo be run by Norland Rail?", False, "", "passive-be-mention"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_yesno(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
