"""Places: a name right after a place preposition ("in Moscow", "trip to X", "the capital of X"),
with the whole prepositional phrase ("at a rally in the capital of X")."""

from __future__ import annotations

from ..text import Token
from .entities import EntityTable
from .model import Mention, Place
from .roles import is_title, named_place
from .words import Words


def find_places(
    w: Words, table: EntityTable, text: str, toks: list[Token], ms: list[Mention]
) -> list[Place]:
    """The places of a sentence, from the names it mentions."""
    preps = w.place_prepositions
    out = []
    modifiers: set[int] = set()  # the tokens of names that modify a noun of place
    named_at: set[int] | None = None  # the tokens of mentions (when a place needs them)
    for m in ms:
        if m.how != "name" or m.start < 1 or table.is_person(m.entity):
            continue
        if toks[m.end - 1].norm in w.actor_heads:
            continue  # "money from the X Government": a body that acts, not a place
        j = m.start - 1
        while j > 0 and toks[j].norm in w.place_adjectives and m.start - j <= 2:
            j -= 1  # "in eastern X", "on remote X Island"
        adjectived = j < m.start - 1
        inner = _possessed(table, ms, m)
        # "in a X Area", "on X Island", "on Y's X Range": only before a name of a place noun
        noun_named = toks[(inner or m).end - 1].norm in w.place_of_nouns
        if j > 0 and (
            toks[j].norm in w.definite_articles
            or toks[j].norm in w.possessive_determiners  # "at its X plants"
            or (noun_named and toks[j].norm in w.articles)
        ):
            j -= 1
        if toks[j].norm in preps or (toks[j].norm in w.surface_prepositions and noun_named):
            first = j
        elif toks[j].norm in w.genitive_words and j > 0 and toks[j - 1].norm in w.place_of_nouns:
            first = j - 1
        elif toks[j].norm in w.genitive_words and j > 0 and toks[j - 1].norm in w.resident_nouns:
            first = j - 1  # "forced residents of X to flee": where they live, X
        elif toks[j].norm in w.genitive_words and j > 0 and toks[j - 1].norm in w.compass_points:
            first = j - 1  # "15 kilometres north of X"
        else:
            named = named_place(w, toks, j)
            if named is None:
                continue
            first = named  # "in an area called X"
        if first > 0 and toks[first].norm in w.title_places and is_title(w, toks[first - 1]):
            continue  # "ambassador to Brazil": part of a title, not where anything happened
        if _modifier(w, text, toks, m.end):
            if not adjectived:  # "to the central Asian state of X" reads on to X alone
                modifiers.update(range(m.start, m.end))
            continue  # "in the West Bank city of Hebron": the place is Hebron
        if inner is not None:  # "in Vell's Harl district": the place is Harl, in Vell
            phrase = text[toks[first].start : toks[inner.end - 1].end]
            out.append(Place(table[inner.entity].name, phrase, inner.entity, inner.start))
            continue
        # widen to the start of the prepositional chain: "at a rally in the capital of X"
        k = first - 1
        if named_at is None:
            named_at = {k for x in ms for k in range(x.start, x.end)}
        while k >= 0 and first - k <= 8:
            gap = text[toks[k].end : toks[k + 1].start]
            named = k in named_at and k not in modifiers
            if "," in gap or (named and toks[k].text[:1].isupper()) or toks[k].norm in w.say:
                break  # "in the West Bank city of Hebron" goes on over "West Bank"
            if toks[k].norm in preps:
                first = k
            k -= 1
        end = m.end
        if toks[first + 1].norm in w.articles_or_possessives and _noun_after(w, text, toks, end):
            if toks[end].norm in w.actor_heads:
                continue  # "from the X government": a body, not a place
            end += 1  # "at its X plants": the place is the plants, at X
            named = _apposed(w, table, text, toks, ms, end)
            if named is not None:  # "in the Norwegian capital, Oslo": the place is Oslo
                phrase = text[toks[first].start : toks[named.end - 1].end]
                out.append(Place(table[named.entity].name, phrase, named.entity, named.start))
                continue
        phrase = text[toks[first].start : toks[end - 1].end]
        out.append(Place(table[m.entity].name, phrase, m.entity, m.start))
    return out


def _apposed(
    w: Words, table: EntityTable, text: str, toks: list[Token], ms: list[Mention], end: int
) -> Mention | None:
    """The name set off by a comma after a noun of place that ends at token ``end`` ("the
    Norwegian capital, Oslo"), if it is no person's."""
    if end >= len(toks) or toks[end - 1].norm not in w.place_of_nouns:
        return None
    if text[toks[end - 1].end : toks[end].start].strip() != ",":
        return None
    m = next((x for x in ms if x.start == end and x.how == "name"), None)
    return m if m is not None and not table.is_person(m.entity) else None


def _noun_after(w: Words, text: str, toks: list[Token], k: int) -> bool:
    """Is word ``k`` a lowercase noun right after a name it belongs to ("X plants")?"""
    if k >= len(toks):
        return False
    t = toks[k]
    ends = k + 1 == len(toks) or text[t.end : toks[k + 1].start].strip() != ""
    return (
        text[toks[k - 1].end : t.start] == " "
        and t.text[:1].islower()
        and t.text.isalpha()
        and (ends or toks[k + 1].norm in w.stop)  # the noun ends the phrase
        and t.norm not in w.stop
        and t.norm not in w.say
        and t.norm not in w.place_prepositions
        and not t.norm.endswith(("ed", "ing"))  # "at the X Authority ended": a verb
    )


def _possessed(table: EntityTable, ms: list[Mention], m: Mention) -> Mention | None:
    """The name right after a possessive place name ("Vell's Harl district"), if not a person's."""
    if not m.possessive:
        return None
    return next(
        (x for x in ms if x.start == m.end and x.how == "name" and not table.is_person(x.entity)),
        None,
    )


def _modifier(w: Words, text: str, toks: list[Token], end: int) -> bool:
    """Is the name that ends at token ``end`` a modifier of the noun after it, which has a place
    of its own ("the West Bank city of Hebron", "the West Bank headquarters of the army")?"""
    if end + 1 >= len(toks):
        return False
    noun, of = toks[end], toks[end + 1]
    return (
        text[toks[end - 1].end : noun.start] == " "
        and not noun.text[:1].isupper()
        and noun.norm not in w.stop
        and of.norm in w.genitive_words
    )
