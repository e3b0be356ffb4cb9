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
        "Dock strike\n\nStaff at Velmar port walked out on Monday. The dockers' union says "
        'the walkout is about more than pay. "Safety matters more to us," union leader Ola '
        "Varga said.\n"
    ),
    "offer": Engine.from_text(
        "Port offer\n\nPort boss Ivo Rekk said the port has offered a 5 per cent pay rise.\n"
    ),
    "canyon": Engine.from_text(
        "Ferry verdict\n\nSix Italian ferry company workers were convicted after nine "
        "passengers drowned. Lunor Lines president Ola Varga must pay 500 francs. Ivo Rekk "
        "spoke to Dutch radio reporters.\n"
    ),
    "tape": Engine.from_text(
        "Pass taken\n\nRebels seized the Holm pass on Sunday. Officials may soon publish a "
        "videotape in which Ivo Rekk praises the March 3 raids. Soldiers found the video at "
        'a farm in Lunor last week. "We will win," Rekk said in his interview with Holm TV '
        "broadcast on Monday.\n"
    ),
    "deal": Engine.from_text(
        "Camp deal\n\nVelmar will give Lunor $5 million in return for housing 300 more "
        "refugees. Under the plan, Lunor will house up to 900 refugees. Minister Ola Varga "
        "announced the plan on Friday.\n"
    ),
    "inquiry": Engine.from_text(
        "Inquiry opens\n\nA public inquiry into the port began in Velmar on Monday. The "
        "Dock, Rail and Freight Union (DRFU) chief, Ola Varga, will testify on Friday. "
        "Lunor, Holm and Kessa sent observers.\n"
    ),
    "talks": Engine.from_text(
        "Talks row\n\nOfficials disagree on where to hold the talks. Defence chief Ivo Rekk "
        "has suggested moving the talks to Holm. Minister Ola Varga says they must stay in "
        "Velmar.\n"
    ),
    "pact": Engine.from_text(
        "Pact signed\n\nVelmar and Lunor have agreed a new pact. In Holm, trade minister Ola "
        "Varga signed the pact with Lunor's leader Ivo Rekk on Tuesday.\n"
    ),
    "mill": Engine.from_text(
        "Mill fire\n\nA fire broke out at the Holm mill on Monday. Firemen were unable to "
        "get inside the building until dusk, a spokesman said. The guards were acquitted.\n"
    ),
    "hunt": Engine.from_text(
        "Rebel chief\n\nTroops are hunting the rebel chief Ivo Rekk in the hills. Minister "
        "Ola Varga says Rekk should face a Velmar court once the army has captured him.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "what pay rise is X demanding?": a noun of a sum of money between the which-word and its
    # verb asks a figure — a sentence that gives none does not answer
    ("strike", (), "What pay rise is the union demanding?", False, "does not say", "money-phrase"),
    ("offer", (), "What pay rise did the port offer?", True, "5 per cent", "money-phrase-guard"),
    # "which company …?", "which radio station …?": an adjective of a nationality ("Italian
    # ferry company workers", "Dutch radio reporters") names no company, no station
    (
        "canyon",
        (),
        "Which company were the convicted workers from?",
        False,
        "",
        "company-demonym",
    ),
    ("canyon", (), "Which radio station did Rekk speak to?", False, "", "station-nationality"),
    ("canyon", (), "Who must pay 500 francs?", True, "Ola Varga", "company-demonym-guard"),
    # "when/where was the videotape recorded?": the participle met only by the question's own
    # noun of its concept ("a videotape", "the video") — nothing says when it was recorded
    ("tape", (), "When was the videotape recorded?", False, "when", "participle-noun-only"),
    ("tape", (), "Where was the tape recorded?", False, "where", "participle-noun-only-where"),
    ("tape", (), "When was the video found?", True, "Last week", "participle-guard"),
    ("tape", (), "When was the interview aired?", True, "Monday", "participle-verb-guard"),
    # "X gonna take how many refugees in total?": "how many" and its noun inside a statement,
    # asked as "how many refugees X gonna take in total" — a count, not the sentence of X
    ("deal", (), "lunor gonna house how many refugees in total??", True, "900", "count-in-place"),
    ("deal", (), "How many refugees will Lunor house in total?", True, "900", "count-guard"),
    # "The Dock, Rail and Freight Union (DRFU)": words listed with commas before a bracketed
    # acronym of their initials are one name, written with its commas
    (
        "inquiry",
        (),
        "Which union's chief will testify on Friday?",
        True,
        "Dock, Rail and Freight Union",
        "name-listed-acronym",
    ),
    ("inquiry", (), "who sent observers?", True, "Lunor, Holm and Kessa", "name-list-guard"),
    # "what does X think?": what X said, by whatever verb of saying ("has suggested") — "think"
    # and "believe" say nothing of how, like "say"
    ("talks", (), "so what does Rekk think?", True, "moving the talks", "think-as-say"),
    ("talks", ("what does Rekk think?",), "and Varga?", True, "must stay", "think-as-say-swap"),
    ("talks", (), "who thinks the talks must stay in Velmar?", True, "Ola Varga", "think-guard"),
    # "who signed the pact with X?" of "X signed the pact with Y": Y, whom the sentence puts
    # "with" after X (not the owner "Lunor's", nor the place before X)
    ("pact", (), "Who signed the pact with Ola Varga?", True, "Ivo Rekk", "with-partner"),
    ("pact", (), "who signed the pact with Rekk?", True, "Ola Varga", "with-partner-guard"),
    ("pact", (), "Who signed the pact?", True, "Ola Varga", "with-subject-guard"),
    # "were X able to do it straight away?": a sentence saying the opposite ("unable to") is a
    # no however soon or well it is asked to be done; the qualifier alone is no "yes"
    (
        "mill",
        (),
        "Were firemen able to get inside the building straight away?",
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
        "Velmar court",
        "capture-caught",
    ),
]


# (no row is a known gap: every one passes)
@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s21_lee2(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
