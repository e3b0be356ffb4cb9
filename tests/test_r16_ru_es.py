"""Kinds of question the r16 blind round (Russian and Spanish) showed: "whom did X back?"
("¿A quién apoyó X?", "Кого поддержала X?") with no one named after X's verb of taking sides is
declined, never answered with who backed X. Tables over the made-up story of test_r9_kinds;
nothing in them is a measured story's text."""

from __future__ import annotations

import pytest
from tables import check_kind, kind_rows
from test_r9_kinds import ENGINE

# (family, question, intent, answered, the short answer or the decline reason contains)
ROWS = [
    # whom X backed, when no one is named after X's verb: declined, never who backed X
    ("object-side", "¿A quién apoyó Kessel?", "whom", False, "no dice"),
    ("object-side", "Кого поддержала Кессель?", "whom", False, "не сказано"),
    ("object-side", "Whom did Kessel support?", "whom", False, "does not say"),
]


@pytest.mark.parametrize("question,intent,answered,says", kind_rows(ROWS, {}))
def test_r16_ru_es_kinds(question, intent, answered, says):
    check_kind(ENGINE, question, intent, answered, says)
