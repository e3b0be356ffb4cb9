"""Kinds of question real wire stories ask (issue 7): yes/no about events and states whose
subject is a noun a name owns ("his family", "X staff"), plans asked in the present ("are X
staff taking part?"), where something turned up, where people described by a demonym are from.
Tables over made-up stories, inline (no article of the facts snapshots); nothing in them is a
measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows

from bot.engine import Engine

ARTICLE = (
    "Pilot plans return\n\n"
    "HOLM, May 4. /Wire/. Veteran pilot Ola Dahl will race again next season. He says he "
    "talked it over with his family, who do not support his return. His coach, who backs the "
    "return, says Dahl is fit. Dahl's sponsor was cancelled by the board.\n\n"
    "Dock workers will strike on Monday. The strike will involve staff from Brenn Shipping and "
    "the Kestrel Company. It will not involve staff from the Tarsis Group. Officials from "
    "Norland are taking part in the talks.\n\n"
    "A fishing boat carrying 40 Sri Lankan migrants landed at Varby on Sunday. The migrants "
    "were found in a shed near the harbour. Austrian climbers and Kestrian guides were "
    "rescued. A second vessel turned up in Oskarby.\n"
)
ENGINE = Engine.from_text(ARTICLE)

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # the subject a noun its name owns: the word after the noun is asked, and its denial in the
    # noun's relative clause counts ("his family, who do not support …"); "does his family
    # support …" with no party named goes to the sentences
    ("owned", "Does his family support his return?", "confirm", True, "No"),
    ("owned", "Did Dahl's family back the return?", "confirm", True, "No"),
    ("owned", "Does his coach support the return?", "confirm", True, "Yes"),
    ("owned", "Was Dahl's sponsor cancelled?", "confirm", True, "Yes"),
    # "X staff" is "staff from X" (or from a list with X); a present plan ("are … taking part")
    # is answered by "will": expected; "will not" is a no
    ("staff", "Are Brenn Shipping staff taking part?", "confirm", True, "Yes, it is expected"),
    ("staff", "Are Kestrel Company staff taking part in the strike?", "confirm", True, "expected"),
    ("staff", "Are Tarsis Group staff taking part?", "confirm", True, "No"),
    ("staff", "Are Norland officials taking part in the talks?", "confirm", True, "Yes"),
    ("staff", "Is the Kestrel Company taking part?", "confirm", False, "in those words"),
    # where something turned up: where it arrived, landed or showed up; never the place of
    # another verb's sentence ("where were they found?" / "… found in a shed")
    ("where", "Where did the fishing boat turn up?", "where", True, "Varby"),
    ("where", "Where did the second vessel show up?", "where", True, "Oskarby"),
    ("where", "Where were the migrants found?", "where", False, "does not say where"),
    # where people a demonym describes are from: the country of the adjective right before the
    # question's noun; none for a country no one knows ("Kestrian") or another noun
    ("origin", "Where are the migrants from?", "origin", True, "Sri Lanka (Sri Lankan migrants)"),
    ("origin", "Where are the climbers from?", "origin", True, "Austria"),
    ("origin", "Where are the guides from?", "origin", False, "does not say"),
    ("origin", "Where is the shed from?", "origin", False, "does not say"),
    # gaps (strict xfail below): "be behind" as support, ambiguous with "responsible for"
    ("gap", "Is his coach behind the return?", "confirm", True, "Yes"),
]

GAPS: dict[str, str] = {
    "Is his coach behind the return?": "'behind' is support here but 'responsible for' in 'who "
    "was behind it?': no concept of it yet",
}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_news_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
