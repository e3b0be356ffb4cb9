"""Places: a name right after a place preposition ("in Moscow", "trip to X", "the capital of X"),
with the whole prepositional phrase ("at a rally in the capital of X")."""

from __future__ import annotations

from ..text import Token
from .entities import EntityTable
from .model import Mention, Place
from .words import Words


def find_places(
    w: Words, table: EntityTable, text: str, toks: list[Token], ms: list[Mention]
) -> list[Place]:
    """The places of a sentence, from the names it mentions."""
    preps = w.place_prepositions
    out = []
    for m in ms:
        if m.how != "name" or m.start < 1 or table.is_person(m.entity):
            continue
        j = m.start - 1
        if toks[j].norm in w.definite_articles and j > 0:
            j -= 1
        if toks[j].norm in preps:
            first = j
        elif toks[j].norm in w.genitive_words and j > 0 and toks[j - 1].norm in w.place_of_nouns:
            first = j - 1
        else:
            continue
        # widen to the start of the prepositional chain: "at a rally in the capital of X"
        k = first - 1
        while k >= 0 and first - k <= 8:
            gap = text[toks[k].end : toks[k + 1].start]
            if "," in gap or toks[k].text[:1].isupper() or toks[k].norm in w.say:
                break
            if toks[k].norm in preps:
                first = k
            k -= 1
        phrase = text[toks[first].start : toks[m.end - 1].end]
        out.append(Place(table[m.entity].name, phrase, m.entity, m.start))
    return out
