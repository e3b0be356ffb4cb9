"""Typo targets: the closest word of a list to a misspelt one (rapidfuzz's ratio), searching only
the words long enough or short enough to reach the cutoff at all; each word's answer remembered
(the same few unknown words come back question after question)."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz, process

MEMO = 20_000  # words whose answer is remembered, then forgotten all at once


def reachable(a: int, b: int, cutoff: float) -> bool:
    """Can words of lengths a and b reach ``cutoff``? Their ratio is at most 2·min/(a+b)."""
    return 200 * min(a, b) >= (cutoff - 1e-9) * (a + b)


class Near:
    """Words to correct into. The same answer as ``process.extractOne`` over all of them (the
    first of the best, in the list's order), searched among the lengths that can reach it."""

    def __init__(self, words: Iterable[str]):
        self.words = tuple(words)
        self._within: dict[tuple[int, float], tuple[str, ...]] = {}  # (length, cutoff) → words
        self._found: dict[tuple[str, float], str | None] = {}  # (word, cutoff) → its answer

    def best(self, w: str, cutoff: float) -> str | None:
        found = self._found.get((w, cutoff), self)
        if found is self:
            if len(self._found) >= MEMO:
                self._found.clear()
            found = self._found[w, cutoff] = self._best(w, cutoff)
        return found

    def _best(self, w: str, cutoff: float) -> str | None:
        key = (len(w), cutoff)
        cands = self._within.get(key)
        if cands is None:
            cands = tuple(x for x in self.words if reachable(len(w), len(x), cutoff))
            self._within[key] = cands
        m = process.extractOne(w, cands, scorer=fuzz.ratio, score_cutoff=cutoff)
        return m[0] if m else None
