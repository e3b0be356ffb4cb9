"""Times: dates, months, weekdays, seasons, quarters, years, clock times ("3:00pm"), relative
times ("next week") and times counted ahead ("in three or four days") of a sentence, each with
its direction (past, future, present) when the words give one."""

from __future__ import annotations

import re

from ..text import fold
from .model import TimeExpr
from .words import Words

_KINDS = (
    "date", "month", "weekday", "season", "quarter", "year", "clock", "relative", "within",
    "counted",
)  # fmt: skip
_BARE = frozenset(("relative", "within", "counted"))  # kinds with nothing before them


def find_times(w: Words, text: str) -> list[TimeExpr]:
    """The time expressions of a sentence, in order, with character offsets."""
    out = []
    # "’" is read as "'": only a regex with an apostrophe of its own tells them apart (neither
    # is a letter, a digit or a space), so most sentences are read as they are
    for m in w.time.finditer(text.replace("’", "'") if w.time_apostrophes else text):
        for kind in _KINDS:  # the one kind matched
            if m.group(kind):
                break
        t = m.group()
        core = m.group(kind)
        if (
            kind == "month"
            and core.lower() in w.ambiguous_months
            and not text[m.start(kind)].isupper()
        ):
            continue  # "may" the verb
        pre = (m.group("pre") or "").lower() if kind not in _BARE else ""
        if pre and not w.part_of_time.search(pre):
            t, start = core, m.start(kind)  # a bare preposition is not part of the time
        else:
            start = m.start()
        if kind == "relative":
            direction = w.relative_times.get(fold(t), "")
        elif kind == "within":
            if not _modal_near(w, text, m.start(), m.end()):
                continue  # "the first cut in twelve months", "lost a fifth in three years"
            direction = "future"  # "could sign in three days": from now on
        else:
            direction = _direction(w, pre)
        out.append(TimeExpr(t, kind, direction, start, m.end()))
    return out


def _modal_near(w: Words, text: str, start: int, end: int) -> bool:
    """A modal verb in the clause of a time counted ahead, up to eight words before it or four
    after ("he could sign in three days", "in three weeks they will confirm it")."""
    before = re.split(r"[,;:.!?]", text[:start])[-1].split()[-8:]
    after = re.split(r"[,;:.!?]", text[end:])[0].split()[:4]
    return any(fold(x) in w.modal_words for x in before + after)


def _direction(w: Words, pre: str) -> str:
    """ "next week" is ahead, "last year" behind; otherwise the words do not say."""
    if any(x in pre for x in w.future_modifiers):
        return "future"
    if any(x in pre for x in w.past_modifiers):
        return "past"
    return ""
