"""Roles: the titles before a name ("Deputy Foreign Minister X", "former trade minister X"), the
appositive after it ("X, the foreign minister,"), the cues that a name is a person's ("said X",
"Dr. X"), and the one resolver of "the <adjective> <title>" ("the Venezuelan leader")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, Protocol

from ..text import Token, fold

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .reading import Reading
    from .words import Words

_WORD = re.compile(r"[\w'-]+")
HEAD_OF_STATE = "leader"  # the title kind (vocabulary.yaml `titles`) of presidents, kings…
_APPOSITIVE = re.compile(r",\s*([^,;()]{3,160}?)\s*(?:[,;]|\.(?:\s|$))")


def split_role(w: Words, toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """A run → (title part, name part) at its last title word."""
    last = -1
    for k, t in enumerate(toks):
        if t.norm in w.titles:
            last = k
    if last == -1:
        return [], toks
    return toks[: last + 1], toks[last + 1 :]


def appositive(w: Words, text: str, toks: list[Token], b: int) -> str | None:
    """ "Name, <role words with a title>," → the role."""
    if b >= len(toks):
        return None
    m = _APPOSITIVE.match(text[toks[b - 1].end :])
    if not m:
        return None
    phrase = m.group(1)
    words = [fold(x) for x in _WORD.findall(phrase)]
    if not words or words[0] in w.relative_pronouns:
        return None  # "X, who …": a relative clause (and "X, said …" is no role either, below)
    lead = phrase.split()
    if len(lead) > 1 and lead[0].lower() in w.articles and lead[1][:1].isupper():
        return None  # "X, the Association of Y, and Z": the next item of a list, not a role
    head = w.relative_clause.split(phrase)[0]
    if any(x in w.say for x in words[: len(head.split())]):
        return None
    if any(x in w.titles for x in words):
        return head
    # "Marcus Bell, a retired teacher who …": an article and a short noun phrase
    if words[0] in w.articles and 2 <= len(head.split()) <= 7 and not head[0].isupper():
        return head
    return None


def role_before(r: Reading, toks: list[Token], a: int) -> list[Token]:
    """ "former Danish trade minister Jens Albeck": a title right before a name that is not part
    of the name's capitalised run."""
    w = r.words
    prev = toks[a - 1].norm if a else ""
    if not prev or (prev not in w.titles and w.rules.singular(prev) not in w.titles):
        return []
    if toks[a - 1].text[:1].isupper() and a >= 2:
        # "WHO Director of Health Emergencies Dr. Tomas Reinholt": the capitalised title run
        k = a - 1
        while k - 1 >= 0 and a - k < 8:
            p = toks[k - 1]
            if not (p.text[:1].isupper() or p.norm in w.title_joiners) or p.possessive:
                break
            k -= 1
        while k < a - 1 and toks[k].norm in w.title_joiners:
            k += 1
        return list(toks[k:a])
    k = a - 1
    while k - 1 >= 0 and a - k < 5:
        p = toks[k - 1]
        if p.norm in w.stop or p.possessive or w.rules.is_participle(p.norm) or p.norm in w.say:
            break
        if p.text[:1].isupper() and not r.is_demonym(p.norm) and not p.text.isupper():
            break  # "UN spokesman Tomas Eriksen": an acronym belongs to the title
        k -= 1
    return list(toks[k:a])


def person_cue_before(w: Words, toks: list[Token], a: int) -> bool:
    """ "said Marcus Bell", "Dr. Priya Anand": a verb of saying or an honorific before."""
    if a == 0:
        return False
    prev = toks[a - 1].norm
    return prev in w.say or prev in w.honorifics


def says_after(w: Words, toks: list[Token], b: int) -> bool:
    """ "Marcus Bell said": a verb of saying right after the name."""
    return b < len(toks) and toks[b].norm in w.say


# --------------------------------------------------------------------------- descriptions


class RoleHolder(Protocol):
    """What the resolver reads of an entity: a frozen Entity or a draft alike."""

    kind: str
    role: str | None
    mentions: int
    first_sentence: int


def resolve_description(
    adjectives: Sequence[str],
    title: str,
    entities: Sequence[RoleHolder],
    lex: Lexicon,
    *,
    introduced: Callable[[RoleHolder], bool] | None = None,
    prefer: Collection[int] = (),
    heads: Collection[str] | None = None,
) -> int | None:
    """The id of the person "the <adjectives> <title>" refers to ("the Venezuelan leader"), or None.

    See :meth:`RoleHolders.resolve`; ``entities`` are indexed by id (frozen entities or drafts)."""
    return RoleHolders(entities, lex.titles, lex.rules).resolve(
        adjectives, title, introduced=introduced, prefer=prefer, heads=heads
    )


class RoleHolders:
    """The people with a role and the folded words of it, indexed by the kinds of title in it:
    built once, it resolves many descriptions (the roles must not change meanwhile). The one
    resolver of "the <adjective> <title>", for the article's sentences and the questions alike."""

    def __init__(self, entities: Sequence[RoleHolder], title_kinds: dict[str, str], rules):
        self.entities = entities
        self.title_kinds = title_kinds
        self.stem = rules.stem
        self.same_root = rules.same_root
        self.role_words: dict[int, list[str]] = {}
        self.role_stems: dict[int, frozenset[str]] = {}
        # kind of title → the people whose role has a title of that kind (None: a plain word)
        self.by_kind: dict[str | None, list[int]] = {}
        for eid, e in enumerate(entities):
            if e.kind == "person" and e.role:
                role = [fold(x) for x in _WORD.findall(e.role)]
                self.role_words[eid] = role
                self.role_stems[eid] = frozenset(self.stem(r) for r in role)
                for kind in dict.fromkeys(title_kinds.get(r) for r in role):
                    self.by_kind.setdefault(kind, []).append(eid)

    def resolve(
        self,
        adjectives: Sequence[str],
        title: str,
        *,
        introduced: Callable[[RoleHolder], bool] | None = None,
        prefer: Collection[int] = (),
        heads: Collection[str] | None = None,
        accept: Callable[[int], bool] | None = None,
    ) -> int | None:
        """A person fits when every adjective is a word of their role (the word itself, its stem,
        or a word it comes from: "russian" is "russia") and their role holds the title or a title
        of the same kind ("leader" finds a president). Among those who fit: one already
        introduced, then one preferred, then the most mentioned.

        ``heads`` (a question's reading): only these generic titles ("leader") stand for another
        title of their kind — an asker's "the minister" is not the article's "secretary" — and a
        literal holder of the title, or a head of state, wins over the others. ``accept`` (an id
        → bool) may rule out more ("the Russian …" read in another language: a role naming Russia)."""
        best = None
        best_key = None
        kind = self.title_kinds.get(title)
        title_stem = self.stem(title)
        adjective_stems = [(a, self.stem(a)) for a in adjectives]
        # whoever holds the title also holds a title of its kind: the candidates
        for eid in self.by_kind.get(kind, ()):
            role = self.role_words[eid]
            stems = self.role_stems[eid]
            if not all(
                a in role or st in stems or any(self.same_root(a, r) for r in role)
                for a, st in adjective_stems
            ):
                continue
            literal = title in role or title_stem in stems
            if heads is not None and not literal and title not in heads:
                continue
            if accept is not None and not accept(eid):
                continue
            e = self.entities[eid]
            first = heads is not None and (title in role or kind == HEAD_OF_STATE)
            key = (introduced is None or introduced(e), eid in prefer, first, e.mentions)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best
