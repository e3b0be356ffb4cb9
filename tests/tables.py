"""Test tables of question kinds: rows ``(family, question, intent, answered, says)`` — the kind
that answers, whether it answers, and what the short answer (or the decline's reason) contains —
with the known gaps as strict xfails carrying their reason."""

from __future__ import annotations

import pytest


def kind_rows(rows: list[tuple[str, str, str, bool, str]], gaps: dict[str, str]) -> list:
    """The rows as pytest params named ``family-question``; a question of ``gaps`` a strict xfail."""
    return [
        pytest.param(
            q,
            i,
            a,
            s,
            id=f"{f}-{q}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[q])] if q in gaps else [],
        )
        for f, q, i, a, s in rows
    ]


def check_kind(engine, question: str, intent: str, answered: bool, says: str) -> None:
    a = engine.answer(question)
    assert (a.intent, a.answered) == (intent, answered), a
    assert says in (a.text if a.answered else a.reason)
