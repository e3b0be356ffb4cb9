"""Issues: what a vote or a stance is about — the last "the resolution / plan / deal …" written
at or before a point of the article, and whether a phrase names such an issue."""

from __future__ import annotations

import re
from bisect import bisect, insort

from ..text import fold
from .reading import Reading

_WORD = re.compile(r"[\w'-]+")
_GOES_ON = re.compile(r"[-'.]")  # where a folded word's first letters end (a word goes on after)


class Issues:
    def __init__(self, r: Reading):
        self.r = r
        self.w = r.words
        # the last issue written in sentences 0..j, for each j asked about (-1: none before the
        # first), and those j in order
        self._up_to: dict[int, str | None] = {-1: None}
        self._asked: list[int] = [-1]
        self._heads: dict[str, bool] = {}  # folded word → do its first letters make an issue noun

    def is_issue(self, phrase: str) -> bool:
        """ "the merger plan" is an issue; "her team's defending" is not."""
        stem = self.w.rules.stem
        return any(stem(fold(x)) in self.w.issue_stems for x in _WORD.findall(phrase))

    def before(self, si: int, pos: int) -> str:
        """The last issue written before character ``pos`` of sentence ``si``, else in the
        sentences before it; "the proposal" when there is none."""
        here = self._last_in(self.r.text(si)[:pos])
        if here is not None:
            return here
        return self._last_up_to(si - 1) or self.w.default_issue

    def _last_in(self, text: str) -> str | None:
        found = None
        for found in self.w.issue.finditer(text):  # noqa: B007 — the last one is wanted
            pass
        return found.group(0) if found else None

    def may_hold_one(self, si: int) -> bool:
        """Can sentence ``si`` write an issue? Its noun is written in lowercase after a space and
        ends a word's first letters ("plan" in "plan", "plan's", "plan-B"): only when a word of
        the sentence starts so (or has had an ending cut off, a possessive) — a cheap test that
        skips the regex in most sentences."""
        nouns = self.w.issue_nouns
        if nouns is None:
            return True
        heads = self._heads
        for t in self.r.tokens[si]:
            if t.possessive:
                return True
            found = heads.get(t.norm)
            if found is None:
                found = heads[t.norm] = _GOES_ON.split(t.norm, 1)[0] in nouns
            if found:
                return True
        return False

    def _last_up_to(self, j: int) -> str | None:
        """The last issue written in sentences 0..j: searched backwards from j, as far as the
        first sentence that writes one or the last j asked about below it (whose answer is
        kept). Asked in reading order, each sentence is searched once at most, and most not at
        all (a vote looks back only to the last issue before it)."""
        if j < 0:
            return None
        if j in self._up_to:
            return self._up_to[j]
        floor = self._asked[bisect(self._asked, j) - 1]
        found = self._up_to[floor]
        for si in range(j, floor, -1):
            here = self._last_in(self.r.text(si)) if self.may_hold_one(si) else None
            if here is not None:
                found = here
                break
        self._up_to[j] = found
        insort(self._asked, j)
        return found
