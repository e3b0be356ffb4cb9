"""Parties: an enumeration of the sides of a stance → its head and its parties.

"Several countries, including Ardenia, Portena (but not Lund) and Holm" → head "Several
countries", parties Ardenia, Portena (excluding Lund), Holm. Each party is resolved to an
entity where the article names one, and keeps the folded words that identify it in a question.
"""

from __future__ import annotations

import re

from ..text import fold
from .entities import EntityTable
from .model import Party
from .reading import Reading
from .words import alternation

_INTRO = re.compile(r"^([^,]{1,25}),\s+")
_COURTESY = re.compile(r"^(?:[A-Z][a-z]{1,4}\.\s+)+(?=[A-Z])")
_CAPITAL = re.compile(r"\b[A-Z]")
_CAP_WORD = re.compile(r"[A-Z][\w'-]*")
_WORD = re.compile(r"[\w'-]+")


class _AClause(Exception):
    """An item of more than eight words: the subject is a clause, not an enumeration."""


class Enumerations:
    """Reads enumerations against the article's entities (which must not change meanwhile)."""

    def __init__(self, r: Reading, table: EntityTable):
        self.r = r
        self.w = r.words
        self.table = table
        w = self.w
        joiners = alternation(w.list_joiners, spaced=False)
        self.joiners = re.compile(rf"\s+(?:{joiners})\s+")
        self.leading_joiner = re.compile(rf"^\s*(?:{joiners})\s+")
        self.relative = re.compile(rf"(?i)(?:{alternation(w.relative_pronouns)})\b")
        self.excluded_split = re.compile(rf",|\b(?:{alternation(w.conjunctions)})\b")
        self.article = re.compile(rf"^(?:{alternation(w.definite_articles)})\s+", re.I)
        owner = "|".join(re.escape(x).replace("'", "['’]") for x in w.rules.POSSESSIVE_SUFFIXES)
        self.owned = re.compile(rf"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*(?:{owner})\s+(.+)$")
        glue = alternation(w.name_connectors | w.definite_articles)
        self.caps_run = re.compile(
            rf"^([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|(?:{glue})\b"
            rf"|(?:{alternation(w.conjunctions)})(?=\s+[A-Z])))*)"
        )
        # names with "and" inside ("Competition and Markets Authority") are not two items
        self.joined = [
            e.name for e in table.drafts if any(f" {x} " in e.name for x in w.conjunctions)
        ]
        self.quantifiers = tuple(sorted(w.quantifiers))
        self.alias_firsts = {a.split(" ")[0] for a in table.alias}  # every name's first word
        self.heads = [
            (h, re.compile(rf"(?:^|,?\s+){re.escape(h)}\s+")) for h in w.enumeration_heads
        ]
        self._read: dict[str, tuple[str | None, list[Party]]] = {}

    def read(self, subj: str) -> tuple[str | None, list[Party]]:
        """(head, parties) of an enumeration; (None, []) when it is no list of parties. Read
        once per text (the entities do not change meanwhile): the same list again after."""
        found = self._read.get(subj)
        if found is None:
            found = self._read[subj] = self._enumeration(subj)
        return found

    def _enumeration(self, subj: str) -> tuple[str | None, list[Party]]:
        s, head = self._head(subj.strip().rstrip(",").strip())
        s = self._skip_adverbials(s)
        parties = []
        try:
            for p in self._items(s):
                party = self._party(p)
                if party is not None:
                    parties.append(party)
        except _AClause:
            return None, []
        if head and not parties:
            return None, []
        return head, parties

    def _head(self, s: str) -> tuple[str, str | None]:
        """ "Several countries, including …": the head before the list, and the list."""
        for h, head in self.heads:
            m = head.search(s) if h in s else None  # (the regex needs the words as they are)
            if m and m.start() < len(s) // 2 + 10:
                return s[m.end() :], s[: m.start()].strip() or None
        return s, None

    def _skip_adverbials(self, s: str) -> str:
        """Leading adverbials: "In contrast,", "Meanwhile,", "On Monday,"."""
        while True:
            m = _INTRO.match(s)
            if not m:
                return s
            intro = m.group(1)
            first = fold(intro.split()[0])
            if (
                (
                    first in self.w.stop
                    or first in self.w.relative_times
                    or self.w.rules.is_adverb(first)
                )
                and not any(map(str.isupper, intro[1:]))
                and len(intro.split()) <= 3
            ):
                s = s[m.end() :]
                continue
            return s

    def _items(self, s: str) -> list[str]:
        """Split on commas outside parentheses, then on "and" / "as well as"."""
        items = _outside_parentheses(s) if "(" in s or ")" in s else s.split(",")
        parts = []
        for it in items:
            for name in self.joined:
                it = it.replace(name, name.replace(" ", "\x00"))
            for p in self.joiners.split(" " + it.strip() + " "):
                p = self.leading_joiner.sub("", p.strip()).replace("\x00", " ")
                if p:
                    parts.append(p)
        return parts

    def _party(self, p: str) -> Party | None:
        """One item → its party, or None when it is not one."""
        if self.relative.match(p):
            return None  # "X, who represents …": a relative clause, not a party
        # "Ald. Raymond Kowalczyk", "Dr. X": the courtesy title is not part of the name
        p = _COURTESY.sub("", p)
        excluded: tuple[str, ...] = ()
        m = self.w.exclusion.search(p)
        if m:
            excluded = tuple(x.strip() for x in self.excluded_split.split(m.group(1)) if x.strip())
            p = (p[: m.start()] + p[m.end() :]).strip()
        p = self.article.sub("", p).strip()
        # "Canada's Competition Bureau", "Mexico's antitrust regulator COFECE": the owner is a
        # qualifier; the party is what follows, when it has a name of its own
        owned = self.owned.match(p)
        if owned and _CAPITAL.search(owned.group(1)):
            p = owned.group(1)
        if not p or not any(map(str.isupper, p)):
            return None
        if len(p.split()) > 8:
            raise _AClause
        p = self._name_part(p)
        eid = self._entity(p)
        if eid is None and not any(fold(x) in self.r.mid_caps for x in _CAP_WORD.findall(p)):
            return None  # "Residents" capitalised only because a sentence starts with it
        e = self.table[eid] if eid is not None else None
        if e is not None and (e.kind == "person" or p.endswith(e.name)):
            p = e.name  # "Council members Raymond Tuttle" → "Raymond Tuttle"
        keys = {fold(x) for x in _CAP_WORD.findall(p)}
        if e is not None:
            keys |= set(e.aliases)
        keys.add(fold(p))
        return Party(p, eid, excluded, frozenset(keys))

    def _name_part(self, p: str) -> str:
        """ "Ardenia as a global leader" → "Ardenia" (but "EU member states" stays)."""
        caps = self.caps_run.match(p)
        if caps and caps.group(1) != p:
            tail = p[len(caps.group(1)) :].strip().split()
            if (
                tail
                and fold(tail[0]) not in self.w.group_nouns
                and not p.lower().startswith(self.quantifiers)
            ):
                return caps.group(1)
        return p

    def _entity(self, p: str) -> int | None:
        """The entity named by the longest (then leftmost) run of words of the item."""
        words = [fold(x) for x in _WORD.findall(p)]
        firsts = self.alias_firsts
        for n in range(len(words), 0, -1):
            for i in range(0, len(words) - n + 1):
                if words[i] not in firsts:
                    continue  # no name starts with this word
                eid = self.table.lookup(words[i : i + n])
                if eid is not None:
                    return eid
        return None


def _outside_parentheses(s: str) -> list[str]:
    """``s`` split on its commas outside parentheses (``s.split(",")`` when it has none)."""
    items, depth, cur = [], 0, ""
    for ch in s:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
        else:
            cur += ch
    items.append(cur)
    return items
