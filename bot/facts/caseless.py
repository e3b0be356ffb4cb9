"""A case-insensitive regex that finds its matches about three times faster.

Python's ``re`` compares every character twice over when a pattern is case-insensitive. A
:class:`Caseless` finds *where* its matches are with the same pattern compiled without
IGNORECASE, run over the lowercased text; each match is then the pattern's own, matched at that
place in the original text (so its groups keep the text's case). The two find the same places
whenever lowercasing cannot change what matches:

* the pattern writes no capital letter of its own (outside its escapes and group names), no
  scoped flags, and its non-ASCII characters have no case ("€", "–");
* every non-ASCII character of the text has no case either ("“", "—"; not "é", nor the four
  characters a case-insensitive match reads as an ASCII letter: "İ", "ı", "ſ", "K").

Any other pattern or text is read by the pattern alone. A Caseless may also know *anchors*:
words, in lowercase, one of which every match contains ("voting" in "Among those voting in
favour were …") unless, with ``digits``, it is a digit; a text with none of them (and no digit)
is not read at all. With ``words``, every match starts a word (at a word character, after a
character that is none or at the text's start), is not empty, and reads nothing before where
it starts but that this is no word character: its fast twin is then the pattern after one
character that is no ASCII letter, digit or "_", read over the lowercased text after a space
(the search skips the other characters without trying the pattern at each).
tests/test_fast_paths.py checks these claims over every character of Unicode and on random
text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# The characters beyond ASCII that a case-insensitive regex matches to an ASCII letter or digit
# ("İ" and "ı" to "i", "ſ" to "s", the Kelvin sign to "k").
ASCII_LOOKALIKES = frozenset("\u0130\u0131\u017f\u212a")

# in a pattern: an escape, a group's name, a group's opening (scoped flags "(?i:" are not one)
_SYNTAX = re.compile(r"\\[^a-zA-Z0-9]|\\[dDwWsSbBAZ]|\(\?P<\w+>|\(\?P=\w+\)|\(\?(?:[:=!]|<[=!])")


_NOT_ASCII = re.compile("[^\x00-\x7f]")
_ASCII_CAPITAL = re.compile("[A-Z]")


def _uncased(c: str) -> bool:
    return c.lower() == c and c.upper() == c


def lowercase_only(pattern: re.Pattern) -> bool:
    """Does the pattern read the same, without IGNORECASE, over lowercased text (see above)?"""
    rest = _SYNTAX.sub("", pattern.pattern)
    if "\\" in rest or "(?" in rest or _ASCII_CAPITAL.search(rest):
        return False
    # (each character beyond ASCII once: a long pattern has few, if any)
    return not any(c.isupper() or not _uncased(c) for c in set(_NOT_ASCII.findall(rest)))


_DIGIT = re.compile(r"\d")
_last: tuple[str, str | None] = ("", "")  # the text last lowered, and its lowercase


def lowered(text: str) -> str | None:
    """The text in lowercase, when a fast twin may read it (None: it may not). The last text is
    remembered: the regexes of one sentence read the same text one after the other."""
    global _last
    last = _last
    if text is last[0]:
        return last[1]
    low: str | None = text.lower()
    if not text.isascii() and not all(_uncased(c) for c in set(_NOT_ASCII.findall(text))):
        low = None
    _last = (text, low)
    return low


class Caseless:
    """A regex compiled with IGNORECASE, with its fast twin when :func:`lowercase_only`."""

    def __init__(
        self,
        pattern: re.Pattern,
        anchors: Iterable[str] = (),
        digits: bool = False,
        words: bool = False,
    ):
        self.pattern = pattern
        self.anchors = _fewest(anchors)
        # several anchors are looked for by one regex: one pass over the text, not one per anchor
        # (fifty anchors, each searched for on its own, cost a long sentence some 10 µs)
        self._any_anchor = (
            re.compile("|".join(map(re.escape, self.anchors))).search
            if self.anchors is not None and len(self.anchors) > 2
            else None
        )
        self.digits = digits  # a match may be a digit instead (of any script: \d)
        self._last: tuple[str, bool] = ("", True)  # the text last tested, and the answer
        # with ``words``: the pattern after one character that may end no word (a lowercased
        # text has no capital: every character that is no word character is one of these)
        self.words = words
        self.fast = (
            re.compile(
                ("[^a-z0-9_]" if words else "") + pattern.pattern,
                pattern.flags & ~re.IGNORECASE,
            )
            if pattern.flags & re.IGNORECASE and lowercase_only(pattern)
            else None
        )

    def may_match(self, text: str) -> bool:
        """False when no match can be in ``text``: it has none of the anchors (in any case).
        The answer for the last text is remembered (a sentence is searched more than once)."""
        last = self._last
        if text is last[0]:
            return last[1]
        found = self._may_match(text)
        self._last = (text, found)
        return found

    def _may_match(self, text: str) -> bool:
        if self.anchors is None or (self.digits and _DIGIT.search(text)):
            return True
        low = lowered(text)
        if low is None:
            if not ASCII_LOOKALIKES.isdisjoint(text):
                return True
            low = text.lower()
        if self._any_anchor is not None:
            return self._any_anchor(low) is not None
        for a in self.anchors:
            if a in low:
                return True
        return False

    def finditer(self, text: str) -> Iterator[re.Match]:
        if not self.may_match(text):
            return
        low = lowered(text) if self.fast is not None else None
        if low is None:
            yield from self.pattern.finditer(text)
            return
        match = self.pattern.match
        if self.words:
            # in " " + low, a match after the character at i starts at i in the text; the next
            # is looked for from where the last ended, as finditer does, the character before
            # it read again
            search, spaced, pos = self.fast.search, " " + low, 0
            while (m := search(spaced, pos)) is not None:
                yield match(text, m.start())
                pos = max(m.end() - 1, m.start() + 1)
            return
        for m in self.fast.finditer(low):
            yield match(text, m.start())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        if not self.may_match(text):
            return None
        end = len(text) if endpos is None else endpos
        low = lowered(text) if self.fast is not None else None
        if low is None:
            return self.pattern.search(text, pos, end)
        if self.words:  # (see finditer)
            m = self.fast.search(" " + low, pos, end + 1)
        else:
            m = self.fast.search(low, pos, end)
        return self.pattern.match(text, m.start(), end) if m is not None else None

    def span(self, text: str, pos: int = 0) -> tuple[int, int] | None:
        """Where the first match from ``pos`` is, as :meth:`search` finds it: only its place is
        wanted, so the fast twin's match is not matched again in the text."""
        if not self.may_match(text):
            return None
        low = lowered(text) if self.fast is not None else None
        if low is None:
            m = self.pattern.search(text, pos)
        elif self.words:  # (see finditer)
            m = self.fast.search(" " + low, pos)
            return (m.start(), m.end() - 1) if m is not None else None
        else:
            m = self.fast.search(low, pos)
        return m.span() if m is not None else None

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        return self.pattern.match(text, pos, len(text) if endpos is None else endpos)


def _fewest(anchors: Iterable[str]) -> tuple[str, ...] | None:
    """The anchors without those that contain another ("monday" goes with "day"); None when
    there are none, or one is not plain lowercase ASCII (then no text is skipped)."""
    found = set(anchors)
    if not found or not all(x and x.isascii() and x == x.lower() for x in found):
        return None
    return tuple(sorted(x for x in found if not any(y != x and y in x for y in found)))
