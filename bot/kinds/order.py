"""Order — "which came first, A or B?", "which happened earlier: A or B?", "did A happen before
B?", "was A before or after B?": the sentence each event is told in, the time the article gives
it there (as "when" finds it), and the earlier one — only when both times can be ordered (a date
before a date, a month before a month of the same year or of none, a year before a year,
"yesterday" before "today"). The order of an article's paragraphs is no order in time: an event
with no time of its own, or two times that do not compare, is a decline."""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from ..answer import Answer
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import says
from ..answering.language import Language
from ..answering.question import Query
from ..answering.registry import Pass, kind
from ..facts import SentenceFacts, TimeExpr
from ..languages.calendar import english_calendar
from ..text import fold
from .times import event_time

FIRST, LAST, BEFORE, AFTER, EITHER = "first", "last", "before", "after", "either"
HEAD = 4  # "which (one) (of them) came first": the words of the question before its events
DIRECTIONS = {"past": 0, "present": 1, "future": 2}  # relative times by their way in time
_YEAR = re.compile(r"^\d{4}$")
_DAY = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")


class Split(NamedTuple):
    """The two events a question names (word ranges of its own words) and what it asks."""

    a: range
    b: range
    asks: str  # FIRST, LAST (which one), BEFORE, AFTER (did A happen so?), EITHER (which way)


class Event(NamedTuple):
    info: SentenceFacts
    time: TimeExpr
    label: str  # the event as the question names it, its names as the article writes them


@kind("order", passes=("not_events",))
def order(ask: Ask) -> Answer | Pass:
    """The earlier of the two events asked about, quoting the sentence that tells each."""
    ix, q = ask.ix, ask.q
    split = split_events(ix.lang, q)
    if split is None:
        return ask.decline(unknown_reason(q) or say("decline.order"))
    events = [_event(ask, r) for r in (split.a, split.b)]
    if any(e is None for e in events) and split.asks not in (FIRST, LAST):
        # "did the talks happen before Friday?": a time, not an event — a yes/no of the talks
        return Pass("not_events")
    if unknown_reason(q) is not None or any(not isinstance(e, Event) for e in events):
        return ask.decline(unknown_reason(q) or say("decline.order"))
    a, b = events
    if a.info.sentence.index == b.info.sentence.index:
        return ask.decline("decline.order")  # one sentence: which of its times dates which?
    way = compare(a.time, b.time, _now(ask))
    if way is None:
        return ask.decline("decline.order")
    first, then = (a, b) if way < 0 else (b, a)
    key = {
        FIRST: "answer.order.first",
        LAST: "answer.order.last",
        BEFORE: "answer.order.yes" if way < 0 else "answer.order.no",
        AFTER: "answer.order.yes" if way > 0 else "answer.order.no",
        EITHER: "answer.order.before" if way < 0 else "answer.order.after",
    }[split.asks]
    message = say(
        key, first=first.label, time=first.time.text, then=then.label, then_time=then.time.text
    )
    out = ask.answer(message, [a.info, b.info], 0.7, q.entity_ids)
    text = out.text or ""
    return dataclasses.replace(out, text=text[:1].upper() + text[1:])  # "that came first …"


def split_events(lang: Language, q: Query) -> Split | None:
    """Where the question's two events are: "which came first, A or B", "A or B — which came
    first", "did A happen before B", "was A before or after B", "A before B or after"."""
    words = lang.lex.words
    w = q.words[: q.own_end]
    which = words.get("order_earlier_words", frozenset()) | words.get(
        "order_later_words", frozenset()
    )
    before = words.get("order_before_words", frozenset())
    way = before | words.get("order_after_words", frozenset())
    ors = [k for k, x in enumerate(w) if x in words.get("order_or_words", frozenset())]
    if len(ors) > 1:
        return None
    o = ors[0] if ors else None
    k = next((k for k, x in enumerate(w[: HEAD + 1]) if x in which), None)
    if k is not None and o is not None and o > k + 1:  # "which came first, A or B"
        asks = FIRST if w[k] in words.get("order_earlier_words", frozenset()) else LAST
        return Split(range(k + 1, o), range(o + 1, len(w)), asks)
    k = next((k for k in range(len(w) - 1, max(len(w) - 4, 0), -1) if w[k] in which), None)
    if k is not None and o is not None:  # "A or B, which came first"
        j = next((j for j in range(k - 1, o, -1) if w[j] in lang.which_words), None)
        if j is None or j <= o + 1:
            return None
        asks = FIRST if w[k] in words.get("order_earlier_words", frozenset()) else LAST
        return Split(range(0, o), range(o + 1, j), asks)
    at = next((k for k, x in enumerate(w) if x in way), None)
    if at is None or at < 2:
        return None
    start = 1 if w[0] in lang.aux else 0
    if o == at + 1 and at + 2 < len(w) and w[at + 2] in way:  # "A before or after B"
        return Split(range(start, at), range(at + 3, len(w)), EITHER)
    if o is not None and o > at + 1 and w[-1] in way and w[-1] != w[at]:  # "A before B or after"
        return Split(range(start, at), range(at + 1, o), EITHER)
    if o is not None or not start:
        return None
    return Split(range(start, at), range(at + 1, len(w)), BEFORE if w[at] in before else AFTER)


def _event(ask: Ask, r: range) -> Event | bool | None:
    """The event of words ``r``, its sentence and its time; None when they name no event, False
    when no sentence tells it with a time. "that" after an answer is the answer's event."""
    ix, q = ask.ix, ask.q
    lang = ix.lang
    if q.focus and len(r) and all(q.words[k] in lang.event_pronouns for k in r):
        info = ix.sentence(q.focus[0])
        times = [t for t in info.times if _date(t) is not None or t.kind == "relative"]
        if len(times) != 1:
            return False  # which of its times is the event's?
        return Event(info, times[0], _label(ask, r))
    p = _part(lang, q, r)
    if p is None:
        return None
    found = event_time(dataclasses.replace(ask, q=p))
    if found is None or not set(p.entity_ids) <= found[0].entities:
        return False  # "Holm's visit" is not told by "Lind visited …" beside Holm's name
    if any(_capitalised(q, t.index) and not says(found[0], t) for t in p.terms):
        return False  # a name the question writes that the sentence does not ("Holm's visit")
    return Event(*found, _label(ask, r))


def _capitalised(q: Query, k: int) -> bool:
    """Is the question's word ``k`` typed with a capital (a name it was not linked to)?"""
    tok = q.token(k)
    return tok is not None and tok.text[:1].isupper()


def _part(lang: Language, q: Query, r: range) -> Query | None:
    """The question of one event: its names, its content words (not "happen", "come"), none of
    the other's; None when it names no event (no word of a deed or a thing, only a name or a
    time: "before Friday")."""
    skip = lang.lex.words.get("order_event_words", frozenset())
    terms = tuple(t for t in q.terms if t.index in r and t.word not in skip)
    if not terms:
        return None
    names = tuple(nm for nm in q.names if nm.start in r)
    ents = tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None))
    return dataclasses.replace(
        q,
        names=names,
        terms=terms,
        entity_ids=ents,
        unknown=tuple(u for u in q.unknown if u.start in r),
        time_words=frozenset(),
    )


def _label(ask: Ask, r: range) -> str:
    """The event in the asker's own words, each name as the article writes it ("rekk's trip"
    → "Ivo Rekk's trip")."""
    q = ask.q
    toks = q.tokens
    if not toks or len(toks) != len(q.words):
        return " ".join(q.words[k] for k in r)  # (a rebuilt reading keeps no tokens)
    out, k = [], r.start
    while k < r.stop:
        nm = next((n for n in q.names if n.start == k and n.entity is not None), None)
        end = min(nm.end, r.stop) if nm is not None else k + 1
        last = _as_typed(q.raw, toks[end - 1])
        own = last[len(toks[end - 1].text) :] if toks[end - 1].possessive else ""
        out.append(ask.ix.name(nm.entity) + own if nm is not None else last)
        k = max(end, k + 1)
    skip = ask.ix.lang.lex.words.get("order_event_words", frozenset()) | ask.ix.lang.aux
    while out and fold(out[-1]) in skip:
        out.pop()  # "did A happen before B?": A, not "A happen"
    return " ".join(out).strip(" ,:;—-")


def _as_typed(raw: str, tok) -> str:
    """The word as the question writes it, its "'s" too ("council's"), no punctuation after."""
    if raw[tok.start : tok.end] != tok.text:
        return tok.text  # (offsets of a reading that changed the text)
    word = raw[tok.start :].split(maxsplit=1)[0]
    return word.rstrip(',.:;?!—)"»”') if tok.possessive else tok.text


def _now(ask: Ask) -> int | None:
    """The month of the article's date (its dateline's), if it gives one."""
    dl = ask.ix.article.dateline
    if dl is None or not dl.date:
        return None
    got = _date(TimeExpr(dl.date, "date", "", 0, len(dl.date)))
    return got[1] if got is not None else None


def compare(a: TimeExpr, b: TimeExpr, now: int | None = None) -> int | None:
    """-1 when time ``a`` is before ``b``, 1 when after; None when they cannot be ordered (the
    same day, a month against a date of another year, a weekday, two pasts). ``now``: the month
    of the article's date — a month after it, of no year, may be of the year before (or next)."""
    da, db = _date(a), _date(b)
    if da is not None and db is not None:
        if (da[0] is None) != (db[0] is None):
            return None  # "March 4" against "May 2019": the year of one is not given
        if da[0] is None and now is not None and any((d[1] or 0) > now for d in (da, db)):
            return None  # "November" in a story of February: which year's?
        for x, y in zip(da, db, strict=True):
            if x is None and y is None:
                continue  # (no year in either: the same year)
            if x is None or y is None:
                return None
            if x != y:
                return -1 if x < y else 1
        return None
    if a.kind == b.kind == "relative":
        x, y = DIRECTIONS.get(a.direction), DIRECTIONS.get(b.direction)
        if x is not None and y is not None and x != y:
            return -1 if x < y else 1
    return None


def _date(t: TimeExpr) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a date, a month or a year ("March 4" → (None, 3, 4)); None for
    any other kind of time."""
    if t.kind not in ("date", "month", "year"):
        return None
    months = english_calendar()[0]
    words = fold(t.text).replace(",", " ").split()
    year = next((int(x) for x in words if _YEAR.match(x)), None)
    month = next((months[x] for x in words if x in months), None)
    day = next((int(m.group(1)) for x in words if (m := _DAY.match(x))), None)
    if year is None and month is None:
        return None
    return year, month, day if day is not None and 1 <= day <= 31 else None
