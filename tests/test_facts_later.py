"""Amounts and events are read when a question first asks for them, not at load
(:class:`bot.facts.model.ReadLater`): the same in whatever order the sentences are asked, and
the same as the whole article's, read in order."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.engine import Engine
from bot.resources import default_article

ARTICLES = [default_article(), *sorted((Path(__file__).parent / "articles").glob("*.txt"))]


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_read_later_in_any_order(path):
    forward = Engine.load(path).facts
    backward = Engine.load(path).facts
    for info in reversed(backward.sentences):  # each sentence first, the last one first
        assert info.events is info.events and info.amounts is info.amounts  # read once
    assert backward.events == forward.events
    assert backward.amounts == forward.amounts
    assert [info.amounts for info in backward.sentences] == [
        info.amounts for info in forward.sentences
    ]


def test_the_index_reads_the_facts_it_was_built_from():
    """The index's facts (their concepts widened: a copy of each sentence with another
    concept) read the same amounts and events as the article's."""
    engine = Engine.load(default_article())
    ix = engine.answerer.ix
    assert ix.facts.events == engine.facts.events and ix.facts.events
    assert ix.facts.amounts == engine.facts.amounts
