"""Issues: what a vote or a stance is about — the last "the resolution / plan / deal …" written
at or before a point of the article, and whether a phrase names such an issue."""

from __future__ import annotations

import re

from ..text import fold, stem
from .reading import Reading

_WORD = re.compile(r"[\w'-]+")


class Issues:
    def __init__(self, r: Reading):
        self.r = r
        self.w = r.words

    def is_issue(self, phrase: str) -> bool:
        """ "the merger plan" is an issue; "her team's defending" is not."""
        return any(stem(fold(x)) in self.w.issue_stems for x in _WORD.findall(phrase))

    def before(self, si: int, pos: int) -> str:
        """The last issue written before character ``pos`` of sentence ``si``, else in the
        sentences before it; "the proposal" when there is none."""
        for j in range(si, -1, -1):
            text = self.r.text(j)
            if j == si:
                text = text[:pos]
            found = list(self.w.issue.finditer(text))
            if found:
                return found[-1].group(0)
        return "the proposal"
