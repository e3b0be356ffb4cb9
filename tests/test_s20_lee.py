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
        "involved in online fraud. Lunorian police are ignoring the problem, the author says. "
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
}

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
]


@pytest.mark.parametrize(
    "story, before, question, answered, says",
    [r[:5] for r in ROWS],
    ids=[r[5] for r in ROWS],
)
def test_s20_lee(story, before, question, answered, says):
    check_turns(STORIES[story], question, answered, says, before)
