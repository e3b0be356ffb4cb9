"""The fast paths of fact extraction never change a fact: each cheap test skips only what the full
test would have rejected, and each faster way of matching finds what the slow one finds.

Checked on every sentence of the test articles and the bundled one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import article, lexicon
from bot.facts.entities import EntityTable
from bot.facts.events import EventReader, _Clause
from bot.facts.mentions import MentionReader
from bot.facts.people import find_entities
from bot.facts.reading import Reading
from bot.facts.words import Words
from bot.resources import default_article

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = sorted((ROOT / "tests" / "articles").glob("*.txt")) + [default_article()]
LEX = lexicon.load("en")
WORDS = Words.of(LEX)


# ------------------------------------------------------------------ events


@pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
def test_verb_groups_start_only_where_may_open_says(path):
    r = Reading(article.load(path, lexicon=LEX), WORDS)
    table = EntityTable(WORDS.stop)
    mentions, quotes = MentionReader(r, table, find_entities(r, table)).read()
    reader = EventReader(r, table)
    for si, toks in enumerate(r.tokens):
        clause = _Clause(WORDS, table, si, r.text(si), toks, mentions[si], quotes[si])
        clause.is_demonym = r.is_demonym
        for k in range(len(toks)):
            if clause.group(k) is not None:
                assert clause.may_open(toks[k]), (r.text(si), toks[k].text)
    assert reader.opens == {}  # the memo is filled only by reading
