"""Word-level helpers shared by the stages: tokens with offsets, folding, quotation spans; and,
for callers with no lexicon at hand, the bundled English's stemmer and demonym test."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from functools import lru_cache
from operator import attrgetter
from types import ModuleType
from typing import NamedTuple

from .language import default_rules

# A word: letters/digits, with inner apostrophes, hyphens or dots (Channel-4, U.S., O'Neil); as a
# group, so that a text split by it is its gaps and words in turn, a gap first and last. Its
# quantifiers are possessive (nothing follows them that could fail, so giving back what they
# matched could find no other word: a little quicker).
_WORDS_AND_GAPS = re.compile(r"([^\W_]++(?:[-'’.][^\W_]++)*+)")

# The word-level rules of the bundled English (its stemmer, demonyms, possessives): the callers
# of this module that have no lexicon at hand read English. A lexicon carries its own language's.
_EN = default_rules()
stem: Callable[[str], str] = _EN.stem
is_demonym: Callable[[str, str], bool] = _EN.is_demonym
demonym_test: Callable[[Iterable[str]], Callable[[str], bool]] = _EN.demonym_test


class Token(NamedTuple):
    """One word of a sentence or question (a named tuple: immutable, and cheap to make)."""

    text: str  # verbatim
    norm: str  # folded: lowercase, no accents, no possessive
    stem: str
    start: int
    end: int
    possessive: bool = False

    @property
    def capitalized(self) -> bool:
        return self.text[:1].isupper()


NORM = attrgetter("norm")  # a token's folded word: ``list(map(NORM, toks))`` reads them all quickly


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase, accents removed, typographic apostrophes made plain."""
    s = s.replace("’", "'").replace("‘", "'")
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokenize(text: str, rules: ModuleType | None = None) -> list[Token]:
    """The words of ``text`` with their offsets, folded and stemmed by a language's rules
    (``lexicon.rules``; the bundled English when none is given)."""
    rules = rules or _EN
    known = _known(rules.stem, rules.POSSESSIVE_SUFFIXES)
    new = tuple.__new__
    out: list[Token] = []
    append = out.append
    # the gaps and words of the text in turn (cheaper than match objects, or than finding each
    # word again): a word starts where the text before it ends
    parts = _WORDS_AND_GAPS.split(text)
    end = len(parts[0])
    rest = iter(parts)
    next(rest)
    for raw, gap in zip(rest, rest, strict=False):  # a word and the gap after it, in turn
        start = end
        end += len(raw)
        word = known.get(raw)
        if word is None:
            word = known[raw] = _word(raw, rules)
        # "Smith's", "France’s" → Smith + possessive
        written, norm, stem_, cut, possessive = word
        append(new(Token, (written, norm, stem_, start, end - cut, possessive)))
        end += len(gap)
    # "States'": a possessive by the apostrophe after it (none to look for in most sentences)
    if rules.PLURAL_POSSESSIVE_APOSTROPHE and ("'" in text or "’" in text):
        _apostrophe_possessives(text, out)
    return out


def _apostrophe_possessives(text: str, tokens: list[Token]) -> None:
    """Marks possessive the words followed by an apostrophe that ends a word ("States' ")."""
    n = len(text)
    for k, t in enumerate(tokens):
        end = t.end  # the end of the word as written (a word with an ending cut off is one)
        if (
            not t.possessive
            and end < n
            and text[end] in "'’"
            and (end + 1 == n or not text[end + 1].isalnum())
        ):
            tokens[k] = t._replace(possessive=True)


# per stemmer and possessive endings (what _word depends on): a word as written → what
# tokenize makes of it; bounded
_KNOWN: dict[tuple, dict[str, tuple[str, str, str, int, bool]]] = {}
_KNOWN_MAX = 1 << 16


def _known(stem_: Callable[[str], str], suffixes: tuple[str, ...]) -> dict:
    key = (stem_, suffixes)
    known = _KNOWN.get(key)
    if known is None or len(known) > _KNOWN_MAX:
        if len(_KNOWN) > 8:
            _KNOWN.clear()
        known = _KNOWN[key] = {}
    return known


def _word(raw: str, rules: ModuleType) -> tuple[str, str, str, int, bool]:
    """A word as written → (its text without a possessive ending, folded, stemmed, the length of
    the possessive ending cut off, whether one was)."""
    suffixes = rules.POSSESSIVE_SUFFIXES
    cut = 0
    low = fold(raw)
    if low.endswith(suffixes):
        cut = next(len(x) for x in suffixes if low.endswith(x))
        if len(low) > cut:
            raw = raw[:-cut]
            low = low[:-cut]
        else:
            cut = 0
    if "." in low:  # "U.S" → "us"; "3.5" stays
        parts = [x for x in low.split(".") if x]
        low = low.replace(".", "") if all(len(x) <= 2 and x.isalpha() for x in parts) else low
    return raw, low, rules.stem(low), cut, cut > 0


def positions(norms: list[str], words: AbstractSet[str]) -> list[int]:
    """Where the words of ``words`` are among a sentence's folded words, in order. Most
    sentences have none of a recogniser's words: one set test says so before the words are gone
    through one by one."""
    if words.isdisjoint(norms):
        return []
    return [k for k, n in enumerate(norms) if n in words]


_QUOTE_CLOSE = {'"': '"', "“": "”", "„": "”", "«": "»"}
_QUOTE_OPEN = re.compile('["“„«]')


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation in ``text``, quote marks included: straight quotes, “…”,
    „…” and «…». An opening mark with no closing one ends the search."""
    spans = []
    pos = 0
    while (m := _QUOTE_OPEN.search(text, pos)) is not None:
        i = m.start()
        j = text.find(_QUOTE_CLOSE[text[i]], i + 1)
        if j == -1:
            break
        spans.append((i, j + 1))
        pos = j + 1
    return spans
