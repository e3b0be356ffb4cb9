"""Where people or things described by a demonym are from: "40 Kestrian migrants" are from
Kestria. The place is the article's own when it names it, else the one country CLDR names in
English that the adjective is of ("Sri Lankan" → Sri Lanka) — never "British X" for "British"
(a name that starts with the adjective is another place), and none when two fit as well."""

from __future__ import annotations

from functools import lru_cache

from ..languages.places import codes_by_english_name, native_territory
from ..resources import intents_dir
from ..text import fold
from .index import ArticleIndex
from .question.names import demonym


def place_of_demonym(ix: ArticleIndex, adjective: str) -> str | None:
    """The name of the place a (capitalised, possibly multi-word) adjective is of, if one."""
    key = fold(adjective)
    if " " not in key:
        own = demonym(ix, key)
        if own is not None:
            return ix.name(own)
    is_demonym = ix.lang.lex.rules.is_demonym
    best: list[tuple[int, str]] = []
    for name, code in codes_by_english_name(intents_dir()).items():
        if name.startswith(key) or not is_demonym(key, name):
            continue
        best.append((_shared(key, name), code))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][1] != best[0][1]:
        return None  # two places fit as well
    return native_territory("en", best[0][1])


def is_nationality(ix: ArticleIndex, name: str) -> bool:
    """Is the one-word name an adjective of a place ("Kestrian", "Dutch") rather than a name of
    its own — a word the language lists, or the demonym of a place the article or CLDR names?"""
    key = fold(name)
    if " " in key:
        return False
    if key in ix.lang.lex.words.get("nationality_words", ()) or demonym(ix, key) is not None:
        return True
    return _of_a_country(key, ix.lang.lex.rules.is_demonym)


@lru_cache(maxsize=256)
def _of_a_country(key: str, is_demonym) -> bool:
    """Is the folded word the adjective of a country CLDR names in English (once per word)?"""
    return any(
        not name.startswith(key) and is_demonym(key, name)
        for name in codes_by_english_name(intents_dir())
    )


def _shared(a: str, b: str) -> int:
    """How many first letters two words share."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k
