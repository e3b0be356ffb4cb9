"""Kinds of question the r11 blind round answered wrongly or declined (issues 7 and 8): "who
leads the opposition in X?" (a place after the led body is part of what is led, not a word the
role must have); "when was it?" as a first message is about nothing; "X as well?", "X also?" swap like "and X?";
"bot, …" opens a question like "ok, …"; "they" after "and X?" of a party outside the list is X; small talk before the question ("hi, hope
you're well! …") is dropped; "w" is "with"; "on Monday or Tuesday?" asks when.
Tables over the made-up story of tests/test_r9_kinds.py; nothing in them is a
measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows
from test_r9_kinds import ENGINE

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    ("leads-in", "who leads the opposition in Velgrad?", "whois", True, "Marta Kessel"),
    ("leads-in", "who heads the opposition in velgrad", "whois", True, "Marta Kessel"),
    # "which side were A and B on?": both, those of one side together
    ("sides-of-two", "which side were karst and velan on?", "sides", True, "Karst and Velan"),
    ("sides-of-two", "which side were karst and bexia on?", "sides", True, "Bexia recognized"),
    ("sides-of-two", "karst and velan, which side were they on", "sides", True, "Karst and Velan"),
    ("sides-of-two", "bexia, which side was it on?", "sides", True, "Bexia recognized"),
    # small talk before the question: the question after it (no name in the small talk)
    ("small-talk", "hi, hope you're well! who is lind?", "whois", True, "Harbour Spokesman"),
    ("small-talk", "ugh long day. anyway did bexia recognise kessel?", "stance_check", True, "Yes"),
    ("small-talk", "good morning! which news agency is this from?", "source", True, "NORDPRESS"),
    # "w" is "with" in chat
    ("spelling", "did varga cut ties w the union", "confirm", True, "Yes"),
    # a role yes/no: never a yes for the post a rank modifier of the role makes another one
    ("role-rank", "is orlan the trade minister?", "whois", True, "Deputy Trade Minister"),
    ("role-rank", "is orlan the deputy trade minister?", "confirm", True, "Yes — Pavel Orlan"),
    # a choice of times is a question of when
    ("time-choice", "did orlan discuss the visit in may or june?", "when", True, "May"),
    ("time-choice", "was the dispute on june 2 or june 3?", "when", True, "June 2"),
    # "when was it?" with nothing before it: "it" is nothing (not the article's date)
    ("when-it", "so when was that?", "when", False, "does not say"),
    ("when-it", "when was it?", "when", False, "does not say"),
    ("when-it", "When was this published?", "article_date", True, "March 3"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r11_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# (name, [(question, intent, answered, says), …]): asked in order, each answer the next's context
CONVERSATIONS = [
    (
        "they-after-a-swap",
        [
            ("did Bexia recognize Kessel?", "stance_check", True, "Yes"),
            ("karst as well?", "stance_check", True, "No — Karst"),
            ("so who did they back", "sides", True, "Karst voiced support for Tomas Varga"),
        ],
    ),
    (
        "as-well-and-bot",
        [
            ("bot, who leads the opposition in Velgrad?", "whois", True, "Marta Kessel"),
            ("did Bexia back her", "stance_check", True, "Yes — Bexia"),
            ("lunor as well?", "stance_check", True, "Yes — Lunor"),
            ("karst also?", "stance_check", True, "No — Karst"),
        ],
    ),
    (
        "leads-then-him",
        [
            ("who leads the opposition in Velgrad?", "whois", True, "Marta Kessel"),
            ("did Bexia back her", "stance_check", True, "Yes — Bexia"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_r11_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
