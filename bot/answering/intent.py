"""Which intent a question is: the first intent of ``intents.yaml`` (in its order) with a pattern
that matches the question's symbols, and whether it is a follow-up ("and <e>?").

Every token of a pattern's match starts a word of the symbol string, so a pattern can match only a
question whose first word it can start with, and only one that holds a word of each token the
pattern cannot do without. Each pattern is filed under its first words and one such token, its
*cue* (the one whose words the fewest patterns need, so likely the rarest in questions). A question
is matched only against the patterns of its first word whose cue is among its words — one by one,
in the file's order, each compiled when first needed — which gives the intent matching them all
would.
"""

from __future__ import annotations

import re
from collections import Counter

from ..lexicon import Lexicon, compile_pattern

ANY = ""  # the key of the patterns that may start with any word


class Tokens:
    """What the tokens of a language's patterns need of the symbol string, worked out once."""

    def __init__(self, classes: dict[str, tuple[str, ...]]):
        self.classes = classes
        self._words: dict[str, frozenset[str]] = {}

    def words(self, tok: str) -> frozenset[str]:
        """The words a token's match starts with (a token without its ``?``, not ``*`` or ``$``)."""
        if tok not in self._words:
            out: set[str] = set()
            for alt in tok.split("|"):
                if alt.startswith("{"):
                    out.update(form.split(" ")[0] for form in self.classes[alt[1:-1]])
                else:
                    out.update(("<e>", "<x>") if alt == "<ex>" else (alt,))
            self._words[tok] = frozenset(out)
        return self._words[tok]

    def first(self, pattern: str) -> frozenset[str] | None:
        """The words a pattern's match can start with; None when any (``*``, all optional)."""
        out: set[str] = set()
        for tok in pattern.split():
            optional = tok.endswith("?") and len(tok) > 1
            tok = tok[:-1] if optional else tok
            if tok == "*":
                return None
            if tok == "$":
                return frozenset(out)
            out.update(self.words(tok))
            if not optional:
                return frozenset(out)
        return None

    def needed(self, pattern: str) -> list[frozenset[str]]:
        """For each token a match cannot do without, the words one of which the match holds."""
        toks = [t for t in pattern.split() if not (t.endswith("?") and len(t) > 1)]
        return [self.words(t) for t in toks if t not in ("*", "$")]


def cues(
    firsts: list[frozenset[str] | None], needs: list[list[frozenset[str]]]
) -> list[frozenset[str] | None]:
    """Each pattern's cue: the words of its needed token that the fewest patterns need, besides
    its first words; None when the first word is all it needs."""
    counts = Counter(words for need in needs for words in set(need))
    per_word: Counter[str] = Counter()
    for words, n in counts.items():
        per_word.update(dict.fromkeys(words, n))
    out: list[frozenset[str] | None] = []
    for first, need in zip(firsts, needs, strict=True):
        options = [words for words in need if words != first]
        out.append(min(options, key=lambda ws: sum(per_word[w] for w in ws)) if options else None)
    return out


class Group:
    """The patterns one first word can start, in the file's order, as bits: bit k is the k-th."""

    def __init__(self, members: list[int], cues: list[frozenset[str] | None]):
        self.members = members  # bit → the pattern's index in the file
        self.always = 0  # the bits of the patterns without a cue
        self.by_cue: dict[str, int] = {}  # word → the bits of the patterns it is the cue of
        for bit, i in enumerate(members):
            if cues[i] is None:
                self.always |= 1 << bit
            for word in cues[i] or ():
                self.by_cue[word] = self.by_cue.get(word, 0) | 1 << bit

    def candidates(self, words: list[str]) -> int:
        """The bits of the patterns whose cue is among a question's words."""
        bits, by_cue = self.always, self.by_cue
        for word in words:
            bits |= by_cue.get(word, 0)
        return bits


class Classifier:
    """The intents' patterns of one language, grouped by the words they can start with."""

    def __init__(self, lex: Lexicon):
        pats = [(intent.id, p) for intent in lex.intents for p in intent.patterns]  # file order
        self._intent = [intent for intent, _ in pats]
        self._pattern = [p for _, p in pats]
        self._classes = lex.classes
        self._regex: list[re.Pattern | None] = [None] * len(pats)  # compiled when first needed
        tokens = Tokens(lex.classes)
        self._firsts = [tokens.first(p) for p in self._pattern]
        self._cues = cues(self._firsts, [tokens.needed(p) for p in self._pattern])
        self._keys = frozenset(w for first in self._firsts if first for w in first)
        self._groups: dict[str, Group] = {}  # made when first needed
        self._follow_ups = lex.follow_ups
        self._follow_up: re.Pattern | None = None  # compiled when first needed

    def compile_all(self) -> None:
        """Compile every pattern and group now, not when a question first needs it: for a
        process that will answer many questions."""
        for key in (*self._keys, ANY):
            self._group(key)
        for i in range(len(self._pattern)):
            self._compiled(i)
        self.is_follow_up("")

    def _group(self, first: str) -> Group:
        key = first if first in self._keys else ANY
        if key not in self._groups:
            members = [i for i, f in enumerate(self._firsts) if f is None or key in f]
            self._groups[key] = Group(members, self._cues)
        return self._groups[key]

    def _compiled(self, i: int) -> re.Pattern:
        if self._regex[i] is None:
            self._regex[i] = re.compile(compile_pattern(self._pattern[i], self._classes))
        return self._regex[i]

    def classify(self, symbols: str) -> str | None:
        """The intent of a question's symbol string (words, ``<e>``, ``<x>``, space-ended);
        None when no pattern matches."""
        words = symbols.split(" ")
        group = self._groups.get(words[0]) or self._group(words[0])
        bits = group.candidates(words)
        while bits:
            low = bits & -bits
            i = group.members[low.bit_length() - 1]
            if (self._regex[i] or self._compiled(i)).match(symbols):
                return self._intent[i]
            bits ^= low
        return None

    def is_follow_up(self, symbols: str) -> bool:
        """Is the question only a new name for the previous one ("and <e>?")?"""
        if not self._follow_ups:
            return False
        if self._follow_up is None:
            rxs = [compile_pattern(p, self._classes) for p in self._follow_ups]
            self._follow_up = re.compile("^(?:" + "|".join(rxs) + ")")
        return bool(self._follow_up.match(symbols))
