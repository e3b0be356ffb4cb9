"""What the answering core reads once and remembers (s23a, speed): each memo gives what reading
again would give — the places of a sentence's words and concepts, the clauses of its words, the
regexes of amounts made the first time they are asked for."""

import re

import pytest
from harbour import ENGINE
from wire import ENGINE as WIRE

from bot.answering import polarity
from bot.answering.evidence import meeting_words
from bot.facts.words import Words

INDEXES = [ENGINE.answerer.ix, WIRE.answerer.ix]


@pytest.mark.parametrize("ix", INDEXES, ids=["harbour", "wire"])
def test_word_places_as_a_scan_finds_them(ix):
    concept_of = ix.lang.concepts.get
    for info in ix.facts.sentences:
        toks = info.tokens
        for t in toks:
            keys = frozenset({t.stem, t.norm})
            concepts = frozenset({concept_of(t.stem)} - {None})
            scanned = [
                k
                for k, u in enumerate(toks)
                if u.stem in keys or u.norm in keys or concept_of(u.stem) in concepts
            ]
            assert meeting_words(ix, info, keys, concepts) == scanned
            assert ix.word_places(info) is ix.word_places(info)  # read once


def _clause_start_scan(lang, info, k: int) -> int:
    toks, text = info.tokens, info.sentence.text
    a = k
    while a > 0:
        gap = text[toks[a - 1].end : toks[a].start]
        if toks[a].norm in lang.clause_breaks or not polarity._BREAKS.isdisjoint(gap):
            break
        a -= 1
    return a


def _clause_end_scan(lang, info, k: int) -> int:
    toks, text = info.tokens, info.sentence.text
    b = k + 1
    while b < len(toks):
        gap = text[toks[b - 1].end : toks[b].start]
        if toks[b].norm in lang.clause_breaks or not polarity._BREAKS.isdisjoint(gap):
            break
        b += 1
    return b


@pytest.mark.parametrize("ix", INDEXES, ids=["harbour", "wire"])
def test_clause_bounds_as_a_scan_finds_them(ix):
    for info in ix.facts.sentences:
        for k in range(len(info.tokens)):
            assert polarity.clause_start(ix.lang, info, k) == _clause_start_scan(ix.lang, info, k)
            assert polarity.clause_end(ix.lang, info, k) == _clause_end_scan(ix.lang, info, k)


class _OtherBreaks:
    """A language whose clause breaks differ (the memo is per text and clause breaks)."""

    def __init__(self, breaks):
        self.clause_breaks = frozenset(breaks)


def test_clause_bounds_remembered_per_language():
    ix = ENGINE.answerer.ix
    info = max(ix.facts.sentences, key=lambda i: len(i.tokens))
    k = len(info.tokens) - 1
    mine = polarity.clause_start(ix.lang, info, k)
    # every word a clause break: each word a clause of its own, whatever was read before
    other = _OtherBreaks({t.norm for t in info.tokens})
    assert polarity.clause_start(other, info, k) == k
    assert polarity.clause_end(other, info, 0) == 1
    assert polarity.clause_start(ix.lang, info, k) == mine


def test_amount_regexes_made_when_asked_for():
    lex = ENGINE.answerer.ix.lang.lex
    w = Words.of(lex)
    for name in ("amount", "range_tail", "amount_prefix"):
        got = getattr(w, name)
        assert isinstance(got, re.Pattern)
        assert getattr(w, name) is got  # made once
    assert w.amount_anchor.pattern.search("about 12 ferries") is not None
    assert w.amount.search("about $10 million").group("num") == "10"
    with pytest.raises(AttributeError):
        _ = w.no_such_table


def test_language_patterns_made_when_asked_for():
    lang = ENGINE.answerer.ix.lang
    got = lang.count_re
    assert isinstance(got, re.Pattern) and lang.count_re is got  # made once
    assert lang.amount_re.search("a $5 million grant") is not None
    assert lang.condition_start_re.search("if the article says so") is not None
    assert getattr(lang, "no_such_re", None) is None
