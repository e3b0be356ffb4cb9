"""Timeline — "and before that?", "what happened after that?" after an answer: the event the
article dates just before (or after) the one the previous answer quoted, by the dates it gives
("January 23" before "July"); never the same sentence again, and a decline with no date to go
by."""

from __future__ import annotations

from ..answer import Answer
from ..answering.answers import Ask, say
from ..answering.registry import kind
from ..facts import SentenceFacts
from ..languages.calendar import english_calendar
from ..text import fold

DATED = ("date", "month")  # the kinds of time a timeline can order


@kind("timeline", after_answer="timeline")
def timeline(ask: Ask) -> Answer:
    """The event dated just before (or after) the previous answer's."""
    ix, q = ask.ix, ask.q
    later = q.has(frozenset(ix.lang.lex.classes.get("after", ())))
    ref = next((k for i in q.focus if (k := _when(ix.sentence(i))) is not None), None)
    if ref is None:
        return ask.decline("decline.when")
    dated = [(k, info) for info in ix.body if (k := _when(info)) is not None]
    if later:
        cands = [(k, info) for k, info in dated if k[0] > ref[0]]
        pick = min(cands, key=lambda c: c[0], default=None)
    else:
        cands = [(k, info) for k, info in dated if k[0] < ref[0]]
        pick = max(cands, key=lambda c: c[0], default=None)
    if pick is None:
        return ask.decline("decline.when")
    (_, text), info = pick
    return ask.answer(say("answer.time", time=text[:1].upper() + text[1:]), [info], 0.7)


def _when(info: SentenceFacts) -> tuple[tuple[int, int], str] | None:
    """The (month, day) of the sentence's first date or month ("January 23" → (1, 23)), with
    its words; None when it gives none."""
    months = english_calendar()[0]
    for t in info.times:
        if t.kind not in DATED:
            continue
        words = fold(t.text).replace(",", " ").split()
        month = next((months[w] for w in words if w in months), None)
        if month is None:
            continue
        day = next((int(w) for w in words if w.isdigit() and int(w) <= 31), 0)
        return (month, day), t.text
    return None
