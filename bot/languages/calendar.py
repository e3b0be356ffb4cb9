"""Months and weekdays between English and another language, from CLDR (Babel's locale data):
a question's "23 января", "julio", "lunes" read as the article's "january", "july", "monday"; and
an answer's English date ("January 23", "In July", "On Monday") written in the asker's language
("23 января", "julio", "lunes"). A time that is no date ("In the near future") stays the
article's words.
"""

from __future__ import annotations

import datetime
import functools
import re
from functools import cache

from ..text import fold
from .places import locale

_DAY_OF_WEEK = datetime.date(2024, 1, 1)  # a Monday: weekday 0


@cache
def english_calendar() -> tuple[dict[str, int], dict[str, int]]:
    """{folded English month name or abbreviation: 1..12}, {folded weekday: 0..6}."""
    en = locale("en")
    months: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for n, name in en.months["format"][width].items():
            months.setdefault(fold(name).rstrip("."), n)
    months.setdefault("sept", 9)
    days = {fold(name): n for n, name in en.days["format"]["wide"].items()}
    return months, days


@cache
def native_calendar(lang: str) -> dict[str, str]:
    """{folded month or weekday name in ``lang``, any form CLDR has: its English name}."""
    loc, en = locale(lang), locale("en")
    out: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for n, name in loc.months[context][width].items():
                out.setdefault(fold(name).rstrip("."), fold(en.months["format"]["wide"][n]))
            for n, name in loc.days[context]["wide"].items():
                out.setdefault(fold(name), fold(en.days["format"]["wide"][n]))
    return out


@cache
def native_months(lang: str) -> dict[str, str]:
    """{folded month name in ``lang``, written out (CLDR's wide forms): its English name}."""
    loc, en = locale(lang), locale("en")
    out: dict[str, str] = {}
    for context in ("format", "stand-alone"):
        for n, name in loc.months[context]["wide"].items():
            out.setdefault(fold(name), fold(en.months["format"]["wide"][n]))
    return out


_DATE = re.compile(r"\b([A-Za-z]{3,9})\.?(?:\s+(\d{1,2}))?(?:,?\s+(\d{4}))?\b")


@functools.lru_cache(maxsize=4096)  # an article's few times, asked again and again
def localize_time(text: str, lang: str) -> str:
    """An English time of the article written in ``lang`` where it is a date or a weekday; the
    text as it is otherwise."""
    from babel.dates import format_skeleton

    months, days = english_calendar()
    for m in _DATE.finditer(text):
        word = fold(m.group(1))
        if word in months:
            day, year = m.group(2), m.group(3)
            date = datetime.date(int(year or 2000), months[word], int(day or 1))
            skeleton = ("y" if year else "") + ("MMMMd" if day else "MMMM")
            if skeleton == "MMMM":
                return locale(lang).months["stand-alone"]["wide"][date.month]
            return format_skeleton(skeleton, date, locale=lang)
        if word in days:
            return locale(lang).days["format"]["wide"][days[word]]
    return text
