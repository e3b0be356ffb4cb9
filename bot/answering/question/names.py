"""The article's names in a question: aliases (longest first), near-misses of one-word names
("Guiado"), adjectives of places ("British" → Britain), and pronouns that stand for the previous
answer's names."""

from __future__ import annotations

from ...text import Token, fold, is_demonym
from ..index import ArticleIndex
from .query import Named


def link_names(
    ix: ArticleIndex, toks: list[Token], words: list[str], mixed: bool
) -> tuple[list[Named], list[bool]]:
    """The names found, and which words they take."""
    n = len(words)
    names: list[Named] = []
    taken = [False] * n
    i = 0
    alias, starts, lang = ix.alias, ix.alias_starts, ix.lang
    while i < n:
        w = words[i]
        if w not in starts and w not in alias and (len(w) < 4 or w in lang.known or w in ix.vocab):
            i += 1  # no name starts here, and no near-miss of one
            continue
        hit = _name_at(ix, toks, words, i, mixed)
        if hit is None:
            i += 1
            continue
        hit = _with_courtesy(ix, words, taken, hit)
        names.append(hit)
        for k in range(hit.start, hit.end):
            taken[k] = True
        i = hit.end
    return names, taken


def _with_courtesy(ix: ArticleIndex, words: list[str], taken: list[bool], hit: Named) -> Named:
    """ "Dr Sultan", "Justice Curtis": an honorific or a title right before a person's name is
    part of the name, not a word of the question."""
    k = hit.start - 1
    if k < 0 or taken[k] or hit.entity is None or ix.facts.entities[hit.entity].kind != "person":
        return hit
    lang = ix.lang
    if words[k] in lang.honorifics or words[k] in lang.titles:
        return Named(hit.entity, k, hit.end)
    return hit


def _name_at(
    ix: ArticleIndex, toks: list[Token], words: list[str], i: int, mixed: bool
) -> Named | None:
    lang = ix.lang
    n = len(words)
    longest = min(ix.alias_max, n - i) if words[i] in ix.alias_starts else 1
    for size in range(longest, 0, -1):
        key = " ".join(words[i : i + size]) if size > 1 else words[i]
        ids = ix.alias.get(key)
        if not ids:
            continue
        if size == 1 and key in lang.stop:
            # "us" is a name only as "the US" or in capitals
            raw = toks[i].text
            if not ((raw.isupper() and mixed) or (i > 0 and words[i - 1] in lang.the)):
                continue
        return Named(best(ix, ids), i, i + size)
    w = words[i]
    if len(w) >= 4 and w not in lang.known and w not in ix.vocab:
        m = ix.alias_singles.best(w, 80)
        if m:
            return Named(best(ix, ix.alias[m]), i, i + 1)
        place = demonym(ix, w)
        if place is not None:
            return Named(place, i, i + 1)
    return None


def best(ix: ArticleIndex, ids: tuple[int, ...]) -> int:
    """Of the entities a name may mean, the most mentioned."""
    if len(ids) == 1:
        return ids[0]
    return max(ids, key=lambda e: ix.facts.entities[e].mentions)


def demonym(ix: ArticleIndex, w: str) -> int | None:
    """ "british" → Britain, "chinese" → China: the place an adjective is of."""
    return next((eid for name, eid in ix.single_names if is_demonym(w, name)), None)


def link_pronouns(
    ix: ArticleIndex,
    words: list[str],
    taken: list[bool],
    names: list[Named],
    context: tuple[str, ...],
) -> None:
    """ "What did he say?" after an answer about a person: "he" is that person (None if no one)."""
    for k, w in enumerate(words):
        if not taken[k] and w in ix.lang.pronouns:
            names.append(Named(_pronoun_ref(ix, context, w), k, k + 1))
            taken[k] = True


def _pronoun_ref(ix: ArticleIndex, context: tuple[str, ...], w: str) -> int | None:
    person = w in ix.lang.person_pronouns
    for name in context:
        ids = ix.alias.get(fold(name))
        if ids:
            e = ix.facts.entities[ids[0]]
            if (e.kind == "person") == person:
                return e.id
    return None
