"""Writing an answer's article values in the asker's language: an English date of the article
("January 23", "On Monday") in the language's calendar (CLDR), and a country's English name
("Belarus", "the United States") by its CLDR name in the language ("Беларусь", "Estados Unidos").
People's names, roles, verbs and quotations stay the article's words.

:func:`localizer` gives the hook a :class:`~bot.replies.Replies` calls for each text field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..text import fold
from .calendar import localize_time
from .places import codes_by_english_name, has_locale, native_territory

CACHE = 4096  # names whose writing in the language is remembered
TIMES = frozenset({"time", "date", "then_time"})  # fields that hold a time of the article
NAMES = frozenset(
    {"name", "names", "party", "parties", "target", "other", "place", "excluded", "group"}
)  # fields that may hold a place's name


def localizer(lang: str, base: Path) -> Callable[[str, str], str] | None:
    """``(field, English value) → value in lang`` for the fields above, others as they are;
    None for a language CLDR does not know."""
    if not has_locale(lang):
        return None
    codes = codes_by_english_name(base)
    written: dict[str, str] = {}  # an English name → as written in lang (answer after answer)

    def name(value: str) -> str:
        key = fold(value)
        code = codes.get(key[4:] if key.startswith("the ") else key)
        found = (native_territory(lang, code) if code is not None else None) or value
        if len(written) >= CACHE:
            written.clear()
        written[value] = found
        return found

    def local(field: str, value: str) -> str:
        if field in TIMES:
            return localize_time(value, lang)
        if field in NAMES:
            return written.get(value) or name(value)
        return value

    return local
