"""Round r45's kinds of failure, mended in session 21, in one table. Each row: a small invented
story (no text of the measured wire stories), the turns asked first (each answer is the context of
the next), then the question, whether the bot answers it, and what its short answer (or its
decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "strike": Engine.from_text(
        "Dock strike\n\nDock workers at Velmar port are striking today. The union's Ola Varga "
        'says the strike is not just about pay. "The key issue for us is safety," Varga said. '
        "Port boss Ivo Rekk says the port has offered a 5 per cent pay rise.\n"
    ),
    "canyon": Engine.from_text(
        "Canyon verdict\n\nSix Italian tour company staff have been found guilty over the "
        "deaths of nine hikers. Lunor Trek president Ola Varga was fined 500 francs. Ivo Rekk "
        "spoke to Dutch radio reporters.\n"
    ),
    "tape": Engine.from_text(
        "Pass taken\n\nRebels say they have seized the Holm pass. The news comes as officials "
        "consider releasing a videotape which shows Ivo Rekk praising the March 3 raids. The "
        'video was found in a house in Lunor 10 days ago. "We will win," Rekk said in his '
        "interview with Holm TV broadcast on Monday.\n"
    ),
    "deal": Engine.from_text(
        "Camp deal\n\nVelmar has linked $5 million of aid to a new deal with Lunor to accept an "
        "extra 300 refugees. The deal means Lunor will take up to 900 refugees under the plan. "
        "Minister Ola Varga signed the deal today.\n"
    ),
    "inquiry": Engine.from_text(
        "Inquiry opens\n\nThe inquiry into the port has ended its first day in Velmar. The "
        "Mining, Steel and Energy Union (MSEU) secretary, Ola Varga, will give evidence "
        "tomorrow. Lunor, Holm and Kessa sent observers.\n"
    ),
    "talks": Engine.from_text(
        "Talks row\n\nOfficials disagree on where to hold the talks. Defence chief Ivo Rekk has "
        "suggested the talks could move elsewhere. Minister Ola Varga says the talks must stay "
        "in Velmar.\n"
    ),
    "pact": Engine.from_text(
        "Pact signed\n\nVelmar and Lunor have agreed a new pact. Trade minister Ola Varga signed "
        "the pact today with Lunor's President Ivo Rekk.\n"
    ),
    "mill": Engine.from_text(
        "Mill fire\n\nA fire broke out at the Holm mill on Monday. Firemen were unable to enter "
        "the mill for two hours, a spokesman said. The guards were acquitted.\n"
    ),
    "hunt": Engine.from_text(
        "Rebel chief\n\nTroops are hunting the rebel chief Ivo Rekk in the hills. Minister Ola "
        "Varga says that if Rekk is captured by the army he must face trial in Velmar.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "what pay rise is X demanding?": a noun of a sum of money between the which-word and its
    # verb asks a figure — a sentence that gives none does not answer
    ("strike", (), "What pay rise is the union demanding?", False, "does not say", "money-phrase"),
    ("strike", (), "What pay rise did the port offer?", True, "5 per cent", "money-phrase-guard"),
    # "which company …?", "which radio station …?": an adjective of a nationality ("Italian
    # tour company staff", "Dutch radio reporters") names no company, no station
    ("canyon", (), "Which company were the convicted staff from?", False, "", "company-demonym"),
    ("canyon", (), "Which radio station did Rekk speak to?", False, "", "station-nationality"),
    ("canyon", (), "Who was fined 500 francs?", True, "Ola Varga", "company-demonym-guard"),
    # "when/where was the videotape recorded?": the participle met only by the question's own
    # noun of its concept ("a videotape", "the video") — nothing says when it was recorded
    ("tape", (), "When was the videotape recorded?", False, "when", "participle-noun-only"),
    ("tape", (), "Where was the tape recorded?", False, "where", "participle-noun-only-where"),
    ("tape", (), "When was the video found?", True, "10 days ago", "participle-guard"),
    ("tape", (), "When was the interview aired?", True, "Monday", "participle-verb-guard"),
    # "X gonna take how many refugees in total?": "how many" and its noun inside a statement,
    # asked as "how many refugees X gonna take in total" — a count, not the sentence of X
    ("deal", (), "lunor gonna take how many refugees in total??", True, "900", "count-in-place"),
    ("deal", (), "How many refugees will Lunor take in total?", True, "900", "count-guard"),
    # "The Mining, Steel and Energy Union (MSEU)": words listed with commas before a bracketed
    # acronym of their initials are one name, written with its commas
    (
        "inquiry",
        (),
        "Which union's secretary will give evidence tomorrow?",
        True,
        "Mining, Steel and Energy Union",
        "name-listed-acronym",
    ),
    ("inquiry", (), "who sent observers?", True, "Lunor, Holm and Kessa", "name-list-guard"),
    # "what does X think?": what X said, by whatever verb of saying ("has suggested") — "think"
    # and "believe" say nothing of how, like "say"
    ("talks", (), "so what does Rekk think?", True, "could move elsewhere", "think-as-say"),
    ("talks", ("what does Rekk think?",), "and Varga?", True, "must stay", "think-as-say-swap"),
    ("talks", (), "who thinks the talks must stay in Velmar?", True, "Ola Varga", "think-guard"),
    # "who signed the pact with X?" of "X signed the pact with Y": Y, whom the sentence puts
    # "with" X (not the owner "Lunor's")
    ("pact", (), "Who signed the pact with Ola Varga?", True, "Ivo Rekk", "with-partner"),
    ("pact", (), "who signed the pact with Rekk?", True, "Ola Varga", "with-partner-guard"),
    ("pact", (), "Who signed the pact?", True, "Ola Varga", "with-subject-guard"),
    # "were X able to do it straight away?": a sentence saying the opposite ("unable to") is a
    # no however soon or well it is asked to be done; the qualifier alone is no "yes"
    (
        "mill",
        (),
        "Were firemen able to enter the mill straight away?",
        True,
        "No",
        "opposite-qualified",
    ),
    ("mill", (), "were the guards convicted immediately?", True, "No", "opposite-qualified-2"),
    ("mill", (), "did the fire break out immediately?", False, "", "qualified-guard"),
    # "caught" means "captured": one concept
    (
        "hunt",
        (),
        "wat does varga want done if rekk is caught",
        True,
        "face trial",
        "capture-caught",
    ),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s21_lee2(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
