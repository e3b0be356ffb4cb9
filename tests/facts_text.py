"""The facts of a small text of our own, for the tables of the fact recognisers."""

from __future__ import annotations

from bot import lexicon
from bot.article import parse
from bot.facts import Entity, Facts, extract

LEX = lexicon.load("en")


def read(text: str) -> Facts:
    """All facts of ``text`` (parsed as an article in the bundled English)."""
    return extract(parse(text, lexicon=LEX), LEX)


def entity(facts: Facts, name: str) -> Entity:
    """The entity called ``name`` (exactly)."""
    found = [e for e in facts.entities if e.name == name]
    assert found, f"no entity {name!r} in {[e.name for e in facts.entities]}"
    return found[0]


def name_of(facts: Facts, eid: int | None) -> str | None:
    e = facts.entity(eid)
    return e.name if e else None
