"""Which intent a question is: the first intent of ``intents.yaml`` (in its order) with a pattern
that matches the question's symbols, and whether it is a follow-up ("and <e>?").

Each pattern can only start with certain words (its first token's, or any for ``*``); a question is
matched only against the patterns that can start with its first symbol, in the file's order, which
gives the same intent as matching them all.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon, compile_pattern

ANY = ""  # the key of the patterns that may start with any word


def first_words(pattern: str, classes: dict[str, tuple[str, ...]]) -> frozenset[str] | None:
    """The symbols a pattern's match can start with; None when any (``*``, all optional)."""
    out: set[str] = set()
    for tok in pattern.split():
        optional = tok.endswith("?") and len(tok) > 1
        tok = tok[:-1] if optional else tok
        if tok == "*":
            return None
        if tok == "$":
            return frozenset(out)
        for alt in tok.split("|"):
            if alt.startswith("{"):
                out.update(form.split()[0] for form in classes[alt[1:-1]])
            elif alt == "<ex>":
                out.update(("<e>", "<x>"))
            else:
                out.add(alt)
        if not optional:
            return frozenset(out)
    return None


class Classifier:
    """The intents' patterns of one language, compiled by the word they can start with."""

    def __init__(self, lex: Lexicon):
        self._intent: dict[str, str] = {}  # regex group → intent id
        self._parts: list[tuple[str, frozenset[str] | None]] = []  # (named regex, first words)
        for i, intent in enumerate(lex.intents):
            for j, pat in enumerate(intent.patterns):
                name = f"i{i}_{j}"
                self._intent[name] = intent.id
                rx = f"(?P<{name}>{compile_pattern(pat, lex.classes)})"
                self._parts.append((rx, first_words(pat, lex.classes)))
        self._firsts = frozenset(w for _, first in self._parts if first for w in first)
        self._by_first: dict[str, re.Pattern | None] = {}  # compiled when first needed
        follow = [compile_pattern(p, lex.classes) for p in lex.follow_ups]
        self._follow_up = re.compile("^(?:" + "|".join(follow) + ")") if follow else None

    def compile_all(self) -> None:
        """Compile the patterns of every first word now (about 30 ms for English), not when a
        question first needs them: for a process that will answer many questions."""
        for key in (*self._firsts, ANY):
            self._regex(key)

    def _regex(self, key: str) -> re.Pattern | None:
        if key not in self._by_first:
            parts = [rx for rx, f in self._parts if f is None or key in f]
            self._by_first[key] = re.compile("^(?:" + "|".join(parts) + ")") if parts else None
        return self._by_first[key]

    def classify(self, symbols: str) -> str | None:
        """The intent of a question's symbol string (words, ``<e>``, ``<x>``, space-ended);
        None when no pattern matches."""
        first = symbols.split(" ", 1)[0]
        regex = self._regex(first if first in self._firsts else ANY)
        m = regex.match(symbols) if regex is not None else None
        return self._intent[m.lastgroup] if m else None

    def is_follow_up(self, symbols: str) -> bool:
        """Is the question only a new name for the previous one ("and <e>?")?"""
        return bool(self._follow_up and self._follow_up.match(symbols))
