"""Word-level helpers shared by the stages: tokens with offsets, folding, a light stemmer."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple

# A word: letters/digits, with inner apostrophes, hyphens or dots (Channel-4, U.S., O'Neil).
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*", re.UNICODE)


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


@lru_cache(maxsize=65536)
def fold(s: str) -> str:
    """Lowercase, accents removed, typographic apostrophes made plain."""
    s = s.replace("’", "'").replace("‘", "'")
    if s.isascii():
        return s.lower()
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _WORD.finditer(text):
        raw = m.group()
        end = m.end()
        possessive = False
        # "Smith's", "France’s" → Smith + possessive; "States'" is handled the same.
        if (
            end < len(text)
            and text[end] in "'’"
            and (end + 1 == len(text) or not text[end + 1].isalnum())
        ):
            possessive = True
        low = fold(raw)
        if low.endswith(("'s", "'s")) and len(low) > 2:
            raw = raw[:-2]
            low = low[:-2]
            end -= 2
            possessive = True
        if "." in low:  # "U.S" → "us"; "3.5" stays
            parts = [x for x in low.split(".") if x]
            low = low.replace(".", "") if all(len(x) <= 2 and x.isalpha() for x in parts) else low
        out.append(Token(raw, low, stem(low), m.start(), end, possessive))
    return out


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


_IZE = re.compile(r"is(e|ed|es|ing|ation|ations)$")


@lru_cache(maxsize=65536)
def stem(w: str) -> str:
    """A light English stemmer: enough to meet declared/declare/declaring, supporters/support."""
    if len(w) <= 3 or not w.isalpha():
        return w
    w = _IZE.sub(r"iz\1", w) if len(w) > 6 else w
    for suf, rep in (
        ("ational", "ate"),
        ("ations", ""),
        ("ation", ""),
        ("ingly", ""),
        ("ities", "ity"),
        ("iness", "y"),
        ("ness", ""),
        ("ments", ""),
        ("ment", ""),
        ("val", "v"),  # approval → approv(e), arrival → arriv(e)
        ("ure", ""),  # closure → clos(e), failure → fail
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ers", ""),
        ("edly", ""),
        ("ed", ""),
        ("er", ""),
        ("ly", ""),
        ("es", "e"),
        ("s", ""),
    ):
        if w.endswith(suf) and len(w) - len(suf) + len(rep) >= 3:
            if suf in ("er", "ers") and len(w) < 7:
                continue
            if suf in ("ation", "ations") and len(w) - len(suf) < 4:
                continue
            if suf == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: len(w) - len(suf)] + rep
            break
    # undouble a final consonant (stopped → stopp → stop) and drop a final e (declare → declar)
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeious":
        w = w[:-1]
    # all final e's go, so that agree / agreed / agreement meet at "agr"
    if len(w.rstrip("e")) >= 3:
        w = w.rstrip("e")
    return w


_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ean")


def is_demonym(adj: str, name: str) -> bool:
    """Is folded ``adj`` the adjective of folded place ``name``? mexican/mexico,
    british/britain, chinese/china — a word ending like an adjective that shares most of the name."""
    if adj == name or len(adj) < 5 or len(name) < 4 or not adj.endswith(_DEMONYM_ENDINGS):
        return False
    k = 0
    while k < min(len(adj), len(name)) and adj[k] == name[k]:
        k += 1
    return k >= 4 and k >= 0.55 * min(len(adj), len(name))


def demonym_test(names) -> Callable[[str], bool]:
    """``is_demonym`` against many folded place names at once, fast: an adjective can only be a
    demonym of a name that starts with the same four letters."""
    by_start: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= 4:
            by_start.setdefault(name[:4], []).append(name)

    def test(adj: str) -> bool:
        return any(is_demonym(adj, name) for name in by_start.get(adj[:4], ()))

    return test
