"""Kinds of question mended on real wire stories in session 20 (round r39), as one table: small
made-up stories (nothing in them is a measured story's text), the questions asked before (each
answer the next one's context), the question, and whether it is answered and with what (the short
answer, or the decline's reason). Rows named ``*-guard`` hold what the mend must not change."""

from __future__ import annotations

import pytest
from tables import check_turns

from bot.engine import Engine

STORIES = {
    "envoy": Engine.from_text(
        "Envoy stays on\n\nLunor peace envoy Ola Varga has told a meeting of Ardenian and Holm "
        'security officials he will stay on, Lunor and rebel sources said. "Varga will stay," '
        "a rebel security source said. A Lunor diplomatic source told the Orvik Courier "
        "newspaper the talks were useful. Talks chief Per Holm met Varga on Monday.\n"
    ),
    "study": Engine.from_text(
        "Study finds fraud\n\nAn international study has found thousands of Lunorians are "
        "involved in online fraud. Author Ada Lind says the study revealed a growing number of "
        "Lunorians are involved in online fraud. Lunorian police are ignoring the problem, the "
        "author says. "
        "Ardenia and Holmia signed the study last week.\n"
    ),
    "squad": Engine.from_text(
        "Lunor squad in Orvik\n\nThe Lunor team has arrived in Orvik to prepare for the first "
        "match on Friday. Leg-spinner Ola Varga, who is in the squad in place of pace bowler Per "
        "Holm, says he is not worried by reports of a rift with fellow spinner Ivo Rekk. Varga "
        "says they have always got on well in the five matches where they have both played. Rekk "
        "has also played down reports of a rift, saying he and Varga have no problems, but that "
        "he does enjoy the rivalry.\n"
    ),
    "innings": Engine.from_text(
        "Lunor in form\n\nLunor will go into Friday's match with most of its batsmen in form. "
        "The Lunor side scored 390 in the match against Ardenia in Varby with centuries from Ola "
        "Varga and Per Holm, and half centuries from Ivo Rekk and Ada Lind.\n"
    ),
}

FRAUD = ("how many Lunorians are involved in online fraud?",)
HALF = ("Who made half centuries for Lunor in Varby?",)
RIFT = ("What did Rekk say about the reports of a rift?",)

# (story, asked before, question, answered, what the answer or the decline says, id)
ROWS = [
    # "what is the name of the rebel security source?": the phrase asked stands together in the
    # sentence, and its name is beside it — never a name next to one of its words elsewhere
    # ("Lunor and rebel sources"); an unnamed source declines
    (
        "envoy",
        (),
        "What is the name of the rebel security source?",
        False,
        "does not say",
        "name-of-unnamed-phrase",
    ),
    ("envoy", (), "What is the name of the newspaper?", True, "Orvik Courier", "name-of-guard"),
    # "who is the rebel security source?": a description is answered only by the person it
    # stands beside ("envoy Ola Varga"), never by another person of a sentence its words are
    # scattered over
    (
        "envoy",
        (),
        "who is the rebel security source?",
        False,
        "does not say who",
        "description-unnamed",
    ),
    ("envoy", (), "who is the peace envoy?", True, "Ola Varga", "description-apposed-guard"),
    ("envoy", (), "who is the talks chief?", True, "Per Holm", "description-title-guard"),
    # "who is the Lunor diplomatic source?" (a name in the description): who that is, not whom
    # the source told anything
    (
        "envoy",
        (),
        "who is the Lunor diplomatic source?",
        False,
        "does not say who",
        "description-with-name",
    ),
    # "which countries took part in the study?": answered by countries or declined — never a
    # sentence that names no country (a people, "Lunorians", is none)
    (
        "study",
        (),
        "Which countries took part in the international study?",
        False,
        "does not say",
        "which-countries-none-named",
    ),
    (
        "study",
        (),
        "Which countries signed the study?",
        True,
        "Ardenia",
        "which-countries-guard",
    ),
    # "the leg-spinner": a title after a hyphen is a title too — the description stands for the
    # person whose role it is, who is never the answer to whom they replaced
    (
        "squad",
        ("Who is Ola Varga?",),
        "who did the leg-spinner replace in the squad?",
        True,
        "Per Holm",
        "hyphen-title-subject",
    ),
    ("squad", (), "who is the leg-spinner?", True, "Ola Varga", "hyphen-title-guard"),
    # "in place of X" says whom the one named replaced
    ("squad", (), "who did Varga replace?", True, "Per Holm", "in-place-of-replaced"),
    ("squad", (), "who replaced Holm?", True, "Ola Varga", "in-place-of-replacement"),
    # "X played down a rift, saying he and Y have no problems, but that he does enjoy the
    # rivalry": the second "he" is X again — never Y, the other one of "he and Y"
    ("squad", RIFT, "does he enjoy the rivalry?", True, "Yes", "pronoun-paired-speaker"),
    (
        "squad",
        (*RIFT, "does he enjoy the rivalry?"),
        "and Varga?",
        False,
        "",
        "pronoun-paired-other",
    ),
    ("squad", (), "does Varga enjoy the rivalry?", False, "", "pronoun-paired-other-asked"),
    # "who made half centuries?": a bare noun phrase after a verb of no topic is met word for
    # word and whole ("centuries" is not the end of "half centuries") before "from X"; the
    # place of the sentence ("in Varby with centuries") is never who did it
    (
        "innings",
        (),
        "Who made half centuries in Varby?",
        True,
        "Ivo Rekk and Ada Lind",
        "bare-noun",
    ),
    ("innings", (), "Who made centuries?", True, "Ola Varga and Per Holm", "bare-noun-whole"),
    ("innings", HALF, "and centuries?", False, "", "bare-noun-frame-not-the-place"),
    ("innings", HALF, "and centuries?", True, "Ola Varga", "bare-noun-frame-swapped"),
    # "according to whom?" after an answer from a sentence that quotes no one ("An international
    # study has found …"): its source, the subject of the verb of finding — never the speaker of
    # another sentence on the same subject
    ("study", FRAUD, "according to whom?", True, "international study", "source-unquoted"),
    ("study", FRAUD, "who said that?", True, "international study", "source-unquoted-said"),
    (
        "study",
        (),
        "Who says the study revealed a growing number?",
        True,
        "Ada Lind",
        "source-guard",
    ),
]

# the rows the bot does not yet get right: why
GAPS = {
    "bare-noun-frame-swapped": "a follow-up's noun does not take the place of the noun phrase "
    'it swaps ("and centuries?" after "half centuries"): declined, not answered',
}


@pytest.mark.parametrize(
    "story, before, question, answered, says",
    [
        pytest.param(
            *r[:5],
            id=r[5],
            marks=[pytest.mark.xfail(strict=True, reason=GAPS[r[5]])] if r[5] in GAPS else [],
        )
        for r in ROWS
    ],
)
def test_s20_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
