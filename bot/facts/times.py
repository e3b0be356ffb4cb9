"""Times: dates, months, weekdays, seasons, quarters, years and relative times ("next week") of a
sentence, each with its direction (past, future, present) when the words give one."""

from __future__ import annotations

from ..text import fold
from .model import TimeExpr
from .words import Words

_KINDS = ("date", "month", "weekday", "season", "quarter", "year", "relative")
# The characters besides ASCII that a case-insensitive regex matches to an ASCII letter or digit
# ("İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k"); tests/test_fast_paths.py checks
# every character of Unicode.
ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")


def find_times(w: Words, text: str) -> list[TimeExpr]:
    """The time expressions of a sentence, in order, with character offsets."""
    text = text.replace("’", "'")
    if not may_have_time(w, text):
        return []
    out = []
    for m in w.time.finditer(text):
        kind = next(k for k in _KINDS if m.group(k))
        t = m.group()
        core = m.group(kind)
        if (
            kind == "month"
            and core.lower() in w.ambiguous_months
            and not text[m.start(kind)].isupper()
        ):
            continue  # "may" the verb
        pre = (m.group("pre") or "").lower() if kind != "relative" else ""
        if pre and not w.part_of_time.search(pre):
            t, start = core, m.start(kind)  # a bare preposition is not part of the time
        else:
            start = m.start()
        if kind == "relative":
            direction = w.relative_times.get(fold(t), "")
        else:
            direction = _direction(w, pre)
        out.append(TimeExpr(t, kind, direction, start, m.end()))
    return out


def may_have_time(w: Words, text: str) -> bool:
    """False when the time regex surely finds nothing in ``text``: none of the words every time
    contains is in it (lowercased; a character a case-insensitive match would read as another
    makes this say True)."""
    if w.time_anchors is None:
        return True
    low = w.time.lowered(text)
    if low is None:
        if not ASCII_LOOKALIKES.isdisjoint(text):
            return True
        low = text.lower()
    for a in w.time_anchors:
        if a in low:
            return True
    return False


def _direction(w: Words, pre: str) -> str:
    """ "next week" is ahead, "last year" behind; otherwise the words do not say."""
    if any(x in pre for x in w.future_modifiers):
        return "future"
    if any(x in pre for x in w.past_modifiers):
        return "past"
    return ""
