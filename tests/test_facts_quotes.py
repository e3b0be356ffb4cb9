"""Quotations and their speakers (bot/facts/quotes.py), and the one quote-span finder
(bot.text.quote_spans): small texts in, quotes out."""

import pytest
from facts_text import name_of, read

from bot.text import quote_spans


@pytest.mark.parametrize(
    "text,quotes",
    [
        (
            '"We are ready," Foreign Minister Anna Berg said.',
            [("Anna Berg", "said", "We are ready", True)],
        ),
        (
            '"It is over," said Anna Berg, the foreign minister.',
            [("Anna Berg", "said", "It is over", True)],
        ),
        (
            "Mayor Anna Berg told reporters that the deal was close.",
            [("Anna Berg", "told", "the deal was close", False)],
        ),
        (
            "Anna Berg, the foreign minister, said on Monday that the deal was done.",
            [("Anna Berg", "said", "the deal was done", False)],
        ),
        (
            "According to Deputy Minister Olav Lie, the deal is close.",
            [("Olav Lie", "according to", "the deal is close", False)],
        ),
        (
            "Talks went on. The deal is close, according to Mayor Olav Lie.",
            [("Olav Lie", "according to", "The deal is close", False)],
        ),
        (
            '"We are ready," Foreign Minister Anna Berg said, "and we will sign soon."',
            [("Anna Berg", "said", "We are ready … and we will sign soon.", True)],
        ),
        (
            '"We are ready," Foreign Minister Anna Berg said. "And we will sign soon."',
            [
                ("Anna Berg", "said", "We are ready", True),
                ("Anna Berg", "said", "And we will sign soon.", True),
            ],
        ),
        (
            'Coach Mia Lind praised the team. "They were brilliant," she said.',
            [("Mia Lind", "said", "They were brilliant", True)],
        ),
        (
            "«Nous sommes prêts, vraiment», said Mayor Anna Berg.",
            [("Anna Berg", "said", "Nous sommes prêts, vraiment", True)],
        ),
        ("Mayor Anna Berg opened the bridge on Monday.", []),
        pytest.param(
            "The talks will resume next week, Mayor Anna Berg said.",
            [("Anna Berg", "said", "The talks will resume next week", False)],
            marks=pytest.mark.xfail(
                strict=True, reason="reported speech before the attribution is not taken yet"
            ),
        ),
    ],
    ids=[
        "quote-then-speaker",
        "said-then-speaker-with-appositive",
        "told-that",
        "said-on-day-that",
        "according-to-first",
        "according-to-last",
        "split-quote",
        "unattributed-continues",
        "she-said-after-praise",
        "guillemets",
        "no-quote",
        "gap:reported-before-attribution",
    ],
)
def test_quotes_and_speakers(text, quotes):
    f = read(text)
    got = [(name_of(f, q.speaker), q.verb, q.content, q.direct) for q in f.quotes]
    assert got == quotes


@pytest.mark.parametrize(
    "text,spans",
    [
        ('He said "yes" and "no".', [(8, 13), (18, 22)]),
        ("“Typographic” quotes", [(0, 13)]),
        ("„German” and «French»", [(0, 8), (13, 21)]),
        ('An "unclosed quote', []),
        ("No quotes at all", []),
    ],
    ids=["straight", "typographic", "low-and-guillemets", "unclosed", "none"],
)
def test_quote_spans(text, spans):
    assert quote_spans(text) == spans
