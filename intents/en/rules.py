"""English rules that are code, not word lists: the stemmer, demonyms, possessives and the word
endings the fact extraction reads verbs and plurals by.

Every language's folder holds a ``rules.py`` with these names; the lexicon loads it by path
(:func:`bot.language.load_rules`), so it imports nothing from ``bot``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache

# ---------------------------------------------------------------------------- possessives

# "Smith's" is Smith + a possessive; "States'" too (an apostrophe after a word ending in s)
POSSESSIVE_SUFFIXES = ("'s",)
PLURAL_POSSESSIVE_APOSTROPHE = True


# ---------------------------------------------------------------------------- the stemmer

_IZE = re.compile(r"is(e|ed|es|ing|ation|ations)$")
_SUFFIXES = (
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
)


# words whose stem the rules would make another word's: "plane" is no "plan"
_KEPT = {"plane": "plane", "planes": "plane"}


@lru_cache(maxsize=65536)
def stem(w: str) -> str:
    """A light English stemmer: enough to meet declared/declare/declaring, supporters/support."""
    if len(w) <= 3 or not w.isalpha():
        return w
    if w in _KEPT:
        return _KEPT[w]
    w = _IZE.sub(r"iz\1", w) if len(w) > 6 else w
    for suf, rep in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) + len(rep) >= 3:
            if suf in ("er", "ers") and len(w) < 7:
                continue
            if suf in ("ation", "ations") and len(w) - len(suf) < 4:
                continue
            if suf == "s" and w.endswith(("ss", "us", "is")):
                continue
            w = w[: len(w) - len(suf)] + rep
            if suf in ("ing", "ed", "edly") and w.endswith("er") and len(w) >= 7:
                w = w[:-2]  # considering → consider → consid, as "considers" and "consider"
            break
    # undouble a final consonant (stopped → stopp → stop) and drop a final e (declare → declar)
    if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeious":
        w = w[:-1]
    # all final e's go, so that agree / agreed / agreement meet at "agr"
    if len(w.rstrip("e")) >= 3:
        w = w.rstrip("e")
    return w


# ---------------------------------------------------------------------------- demonyms

_DEMONYM_ENDINGS = ("an", "ian", "ese", "ish", "i", "ic", "ean")
_SHARED_START = 4  # a demonym and its place share at least their first four letters
_LONGEST_ADDED = 4  # letters a demonym adds to its whole place ("togo" → "togolese")


def is_demonym(adj: str, name: str) -> bool:
    """Is folded ``adj`` the adjective of folded place ``name``? mexican/mexico,
    british/britain, chinese/china — a word ending like an adjective that shares most of the name."""
    if adj == name or len(adj) < 5 or len(name) < 4 or not adj.endswith(_DEMONYM_ENDINGS):
        return False
    k = 0
    while k < min(len(adj), len(name)) and adj[k] == name[k]:
        k += 1
    if k == len(name) and len(adj) - k > _LONGEST_ADDED:
        return False  # a demonym adds a short ending to its whole place: not a longer name
    return k >= _SHARED_START and k >= 0.55 * min(len(adj), len(name))


def demonym_test(names: Iterable[str]) -> Callable[[str], bool]:
    """``is_demonym`` against many folded place names at once, fast: an adjective can only be a
    demonym of a name that starts with the same four letters."""
    by_start: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= _SHARED_START:
            by_start.setdefault(name[:_SHARED_START], []).append(name)

    def test(adj: str) -> bool:
        if len(adj) < 5 or not adj.endswith(_DEMONYM_ENDINGS):
            return False  # no demonym (is_demonym would say so for every name)
        return any(is_demonym(adj, name) for name in by_start.get(adj[:_SHARED_START], ()))

    return test


def demonym_places(names: Iterable[str]) -> set[str]:
    """The names among ``names`` whose demonym is among them too: "australia" when "australian"
    is there — a place, not a person's name."""
    by_start: dict[str, list[str]] = {}
    for name in names:
        if len(name) >= _SHARED_START:
            by_start.setdefault(name[:_SHARED_START], []).append(name)
    out = set()
    for group in by_start.values():
        # the adjectives among the group's names (for any other, is_demonym says no): names
        # that share their first letters are many in some articles ("Name1" … "Name5000")
        adjectives = [a for a in group if len(a) >= 5 and a.endswith(_DEMONYM_ENDINGS)]
        if len(group) > 1 and adjectives:
            out.update(name for name in group if any(is_demonym(a, name) for a in adjectives))
    return out


# ---------------------------------------------------------------------------- word endings


def same_root(adjective: str, word: str) -> bool:
    """ "russian" and "russia": an adjective written like the word it comes from, minus its last
    letter (only for adjectives of five letters or more)."""
    return len(adjective) > 4 and word.startswith(adjective[:-1])


def is_past(word: str) -> bool:
    """ "backed", "voiced": a past tense or participle."""
    return word.endswith("ed")


def is_gerund(word: str) -> bool:
    """ "supporting": a gerund or present participle."""
    return word.endswith("ing")


def is_participle(word: str) -> bool:
    """ "leading", "elected": either participle — a verb, not a title, before a name."""
    return word.endswith(("ing", "ed"))


def is_finite(word: str) -> bool:
    """ "backed", "backs": a verb form that has a subject of its own (not a bare "back")."""
    return word.endswith(("ed", "s"))


def is_adverb(word: str) -> bool:
    """ "Meanwhile", "Separately": an adverb opening a sentence."""
    return word.endswith("ly")


def is_plural(word: str) -> bool:
    """ "ministers", "Workers": a plural noun."""
    return word.endswith("s")


def singular(word: str) -> str | None:
    """The singular of a plural noun ("ministers" → "minister"); None when it is none."""
    return word[:-1] if word.endswith("s") else None
