"""Kinds of question the r10 blind round answered wrongly or declined (issues 7 and 8): "when
was this?" after an answer asks about that answer's event ("this" alone is the article only
with a verb of publishing); "X backed Y right?" is a yes/no (a tag question), and so is "is X
the Y spokesman?" when the description is X. Tables over the made-up story of tests/test_r9_kinds.py; nothing in
them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows, turn_rows
from test_r9_kinds import ENGINE

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    ("this-published", "When was this published?", "article_date", True, "March 3"),
    # a statement made a yes/no by its tag ("right?", "correct?")
    ("tag", "karst backed varga right?", "stance_check", True, "Yes — Karst"),
    ("tag", "bexia recognised kessel, correct?", "stance_check", True, "Yes"),
    ("tag", "lind is the harbour spokesman right?", "confirm", True, "Yes — Ivo Lind is"),
    # "is X the Y spokesman?" (the description read as X too): yes from X's role
    ("role", "Is Ivo Lind the harbour spokesman?", "confirm", True, "Yes — Ivo Lind is"),
]

GAPS: dict[str, str] = {}


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, GAPS))
def test_r10_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)


# (name, [(question, intent, answered, says), …]): asked in order, each answer the next's context
CONVERSATIONS = [
    (
        "tag-then-swaps",
        [
            ("karst backed varga right?", "stance_check", True, "Yes"),
            ("velan?", "stance_check", True, "Yes — Velan"),
            ("and bexia?", "stance_check", True, "No"),
        ],
    ),
    (
        "when-was-this",
        [
            ("what did the ostmark deputy trade minister do?", "what", True, "Orlan"),
            ("when was this", "when", True, "May"),
        ],
    ),
]


@pytest.mark.parametrize("before,question,intent,answered,says", turn_rows(CONVERSATIONS))
def test_r10_conversations(before, question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says, before)
