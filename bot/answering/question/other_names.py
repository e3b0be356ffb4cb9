"""Other names of a place the article names: "the USA?" of an article that writes "the United
States" and "the US" — the other English names of places (intents/en/places.yaml; not CLDR's,
which an English question never loads) link a word of the question the article never writes to
the article's place of the same code."""

from __future__ import annotations

from functools import cache

from ...languages.places import english_places
from ...resources import intents_dir
from ...text import fold
from ..index import ArticleIndex
from .query import Named


def link_other_names(
    ix: ArticleIndex, words: list[str], taken: list[bool], names: list[Named]
) -> None:
    """Link each word not yet taken that is another name of a place of the article."""
    codes = _codes()
    if codes.keys().isdisjoint(words):
        return  # (most questions: no other name of a place)
    for k, w in enumerate(words):
        code = codes.get(w)  # (most words: none, one look-up)
        if code is None or taken[k] or w in ix.vocab:
            continue
        eid = next(
            (
                e.id
                for e in ix.facts.entities
                if codes.get(fold(e.name).removeprefix("the ")) == code
            ),
            None,
        )
        if eid is not None:
            names.append(Named(eid, k, k + 1))
            taken[k] = True


@cache
def _codes() -> dict[str, str]:
    """{folded English name: place code}, from intents/en/places.yaml."""
    return {
        fold(n).removeprefix("the "): code
        for code, names in english_places(intents_dir()).items()
        for n in names
    }
