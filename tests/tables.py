"""Test tables of question kinds: rows ``(family, question, intent, answered, says)`` — the kind
that answers, whether it answers, and what the short answer (or the decline's reason) contains —
and of conversations, ``(name, [such turns without the family])`` each answer the context of the
next; the known gaps are strict xfails carrying their reason."""

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


def turn_rows(conversations: list, gaps: dict[tuple[str, int], str] | None = None) -> list:
    """Each turn as pytest params ``(turns before it, question, intent, answered, says)`` named
    ``name-turn-question``; a ``(name, index)`` of ``gaps`` a strict xfail."""
    gaps = gaps or {}
    return [
        pytest.param(
            turns[:k],
            *turn,
            id=f"{name}-{k + 1}-{turn[0]}",
            marks=[pytest.mark.xfail(strict=True, reason=gaps[name, k])]
            if (name, k) in gaps
            else [],
        )
        for name, turns in conversations
        for k, turn in enumerate(turns)
    ]


def check_kind(
    engine, question: str, intent: str, answered: bool, says: str, before: list = ()
) -> None:
    """The question, after the ``before`` turns' questions (each answer the next's context)."""
    context = None
    for q, *_ in before:
        context = engine.answer(q, context)
    a = engine.answer(question, context)
    assert (a.intent, a.answered) == (intent, answered), a
    assert says in (a.text if a.answered else a.reason)


def small_rows(small: dict[str, tuple[str, list[tuple[str, bool, str, str]]]]) -> list:
    """Rows of small made-up articles ``{name: (text, [(question, answered, says, id)])}`` as
    pytest params ``(name, question, answered, says)`` named ``name-id``."""
    return [
        pytest.param(name, q, answered, says, id=f"{name}-{rid}")
        for name, (_text, rows) in small.items()
        for q, answered, says, rid in rows
    ]


def check_small(engines: dict, small: dict, article: str, question: str, answered: bool,
                says: str) -> None:  # fmt: skip
    """The question asked of the small article ``article`` (its engine built once, kept in
    ``engines``): answered or not, and what the answer (or the decline's reason) contains."""
    from bot.engine import Engine

    if article not in engines:
        engines[article] = Engine.from_text(small[article][0])
    a = engines[article].answer(question)
    assert a.answered == answered, (a.text, a.reason)
    assert says in (a.text if answered else a.reason), (a.text, a.reason)


def check_turns(engine, question: str, answered: bool, says: str, before=()) -> None:
    """The question asked of the engine after the ``before`` questions (each answer the next's
    context): answered or not, and what the answer (or the decline's reason) contains."""
    context = None
    for q in before:
        context = engine.answer(q, context)
    a = engine.answer(question, context)
    assert a.answered == answered, (a.text, a.reason)
    assert says in (a.text if answered else a.reason), (a.text, a.reason)
