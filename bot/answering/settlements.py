"""Cities asked for: "which city will X visit?", "which Ardenian town did Y go to?" — the place
an answer names must be one a city can be. A country is not (a name whose adjective the article
writes: "Ardenia" when it writes "Ardenian"), nor the country the question's adjective names;
and a city of that country must be written as one ("the Ardenian city of X", "X, Ardenia",
"X in Ardenia"), not only near its name."""

from __future__ import annotations

from ..facts import SentenceFacts
from ..text import fold, is_demonym
from .index import ArticleIndex
from .question import Query
from .question.names import demonym


def asks_settlement(ix: ArticleIndex, q: Query) -> bool:
    """Does the question ask for a city, a town, a capital (vocabulary class `settlement_nouns`)?"""
    nouns = ix.lang.lex.classes.get("settlement_nouns", ())
    return any(w in nouns for w in q.words)


def not_a_settlement(ix: ArticleIndex, q: Query, eid: int, info: SentenceFacts) -> bool:
    """Can the entity not be the city the question asks for (see the module)?"""
    name = fold(ix.name(eid))
    if " " not in name and any(is_demonym(w, name) for w in ix.vocab):
        return True  # a country: the article writes its adjective
    # the adjective right before the noun asked ("which *Ardenian* city"; not "the Ardenian
    # minister")
    nouns = ix.lang.lex.classes.get("settlement_nouns", ())
    w = q.words
    lands = {
        d: w[k]
        for k in range(len(w) - 1)
        if w[k + 1] in nouns and (d := demonym(ix, w[k])) is not None
    }
    if not lands:
        return False
    if eid in lands:
        return True
    text = fold(info.sentence.text)
    for land, adj in lands.items():
        country = fold(ix.name(land))
        ties = [f"{name}, {country}", f"{name} in {country}"]
        ties += [f"{adj} {n} of {name}" for n in nouns]
        if any(t in text for t in ties):
            return False
    return True
