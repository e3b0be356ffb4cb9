"""Session 28's kinds of failure around people, origins and who did it, in one table. Each row: a
small invented story (no text of the measured articles), the turns asked first (each answer is
the context of the next), then the question, whether the bot answers it, and what its short
answer (or its decline's reason) holds. Rows whose id ends in ``-guard`` pin what the mends must
leave alone."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "carrier": Engine.from_text(
        "Carrier\n\nVARBY, May 4 (Wire) — Lorvik Air has unveiled a new budget carrier today, "
        "launching its low-fare brand, Skylane, which will fly next year. The airline, facing "
        "pressure from Northwind, cut fares on Monday. Mara Quill, speaking to reporters in "
        "Varby, announced the route. Yesterday spokesman Jan Olde said nothing. Fares will "
        "fall, union organiser Lina Vos said. Workers led by shop steward Piet Hahn protested. "
        "Critics, including former coach Tom Berg, disagree. Last week senior analyst Eva Lund "
        "warned of losses.\n"
    ),
    "camp": Engine.from_text(
        "Camp\n\nVARBY, May 4 (Wire) — A 40-year-old woman is being treated for measles in a "
        "holding centre on remote Holm Island. Her two children have been kept with her in the "
        "island's clinic. Speaking in Oslo, Mara Quill said the camp was full. Later Mara Quill "
        "in Bergen said more. Otto Brenn, a native of Norway, backed the plan. Norwegian pilot "
        "Lina Vos said she welcomed it. Piet Hahn from Denmark said little. Kenya's Amina "
        "Wanjiru said she agreed. A French engineer "
        "was also hired.\n"
    ),
    "cricket": Engine.from_text(
        "Cricket\n\nVARBY, May 4 (Wire) — Coach Ivo Rekk says veteran bowler Ada Lind is a strong "
        "contender for the test despite a short preparation after a long injury layoff. The "
        "plane came from Holm to fly a four-year-old girl to Varby for treatment. Batsman Tom "
        "Berg suffered a knee injury in the first match.\n"
    ),
    "talks": Engine.from_text(
        'Talks\n\nVARBY, May 4 (Wire) — "Norway as a trusted partner has backed our plan," '
        "Ivo Rekk said in an interview with Varby TV channel on Monday. Rekk visited Norway in "
        "May.\n"
    ),
    "rally": Engine.from_text(
        "Rally\n\nVARBY, May 4 (Wire) — Opposition leader Ivo Rekk declared himself interim "
        "mayor at a rally in Varby on Sunday.\n"
    ),
}

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # a title right before a name mid-sentence, never a time word before it
    ("carrier", (), "who is Jan Olde?", True, "Jan Olde — spokesman", "title-after-time-word"),
    ("carrier", (), "who is Eva Lund?", True, "— senior analyst", "title-after-time-phrase"),
    ("carrier", (), "who is Lina Vos?", True, "union organiser", "title-organiser-spelling"),
    ("carrier", (), "who is Piet Hahn?", True, "shop steward", "title-after-led-by"),
    ("carrier", (), "who is Tom Berg?", True, "former coach", "title-after-including-guard"),
    # a participle after a comma has the main clause's subject; a participle aside is skipped
    ("carrier", (), "Who launched Skylane?", True, "Lorvik Air", "participle-clause-subject"),
    ("carrier", (), "who cut fares?", True, "airline", "participle-aside-skipped"),
    ("carrier", (), "who announced the route?", True, "Mara Quill", "participle-aside-after-name"),
    (
        "carrier",
        (),
        "who unveiled a new budget carrier?",
        True,
        "Lorvik Air",
        "main-verb-subject-guard",
    ),
    # origin: only from words of origin, never a place where the one asked is
    ("camp", (), "what town is the woman from?", False, "does not say", "origin-not-where-held"),
    (
        "camp",
        (),
        "Which country is the woman with measles from?",
        False,
        "does not say",
        "origin-country-guard",
    ),
    ("camp", (), "where does the woman come from?", False, "does not say", "origin-come-from"),
    ("camp", (), "where is Mara Quill from?", False, "Mara Quill", "origin-not-in-city"),
    ("camp", (), "which country is Otto Brenn from?", True, "Norway", "origin-native-of-guard"),
    ("camp", (), "where does Piet Hahn come from?", True, "Denmark", "origin-from-guard"),
    ("camp", (), "where is Amina Wanjiru from?", True, "Kenya", "origin-country-owner"),
    ("camp", (), "what is Lina Vos's nationality?", True, "Norway", "origin-demonym-before-guard"),
    (
        "camp",
        (),
        "where is the woman being treated?",
        True,
        "Holm Island",
        "where-treated-guard",
    ),
    # "what <noun> did X have?": the sentence must say which one
    ("cricket", (), "what injury did Lind have?", False, "does not say", "have-noun-modifier"),
    (
        "cricket",
        (),
        "What illness did the four-year-old girl have?",
        False,
        "does not say",
        "have-noun-absent",
    ),
    ("cricket", (), "what injury did Berg suffer?", True, "knee injury", "have-noun-guard"),
    # "which country did X call <a description>?": the name written before the description
    (
        "talks",
        (),
        "which country did Rekk call a trusted partner?",
        True,
        "Norway",
        "described-name-not-medium",
    ),
    ("talks", (), "on which channel did Rekk speak?", True, "Varby TV", "medium-guard"),
    # "what position did X claim?": what X did, not the role X holds — never the role
    ("rally", (), "What position did Rekk claim?", False, "does not say", "role-of-a-deed"),
    ("rally", (), "what post does Rekk hold?", True, "Opposition leader", "role-held-guard"),
]


@pytest.mark.parametrize(
    "story, before, question, answered, says", [pytest.param(*r[:5], id=r[5]) for r in ROWS]
)
def test_s28_people(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
