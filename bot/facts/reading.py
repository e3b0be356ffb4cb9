"""The article as the fact recognisers read it: the tokens of every sentence, which words the
article writes capitalised inside a sentence (real names) and which in lowercase, and the
capitalised runs (name candidates) of every sentence, found once."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter, not_

from ..article import Article
from ..text import Token, quote_spans, tokenize
from .names import capitalised_runs
from .words import Words

_NORM = itemgetter(Token._fields.index("norm"))


class Reading:
    def __init__(self, article: Article, words: Words):
        self.article = article
        self.sentences = article.sentences
        self.words = words
        self.tokens: list[list[Token]] = [tokenize(s.text, words.rules) for s in article.sentences]
        # the folded words of every sentence, read by several recognisers (never changed)
        self.norms: list[list[str]] = [list(map(_NORM, toks)) for toks in self.tokens]
        # the quotations of every sentence (quote marks included), read by three recognisers
        self.quote_spans = [quote_spans(s.text) for s in article.sentences]
        # words seen capitalised away from the start of a sentence: real names
        capitals = [[t.text[:1].isupper() for t in toks] for toks in self.tokens]
        self.mid_caps: set[str] = set()
        self.lower_words: set[str] = set()
        for norms, capital in zip(self.norms, capitals, strict=True):
            self.lower_words.update(compress(norms, map(not_, capital)))
            self.mid_caps.update(compress(norms[1:], capital[1:]))
        # names the article writes after a courtesy title ("Mr Peel"): surely people's (read
        # in the sentences that have one)
        courtesy = words.courtesy_titles
        self.courtesy_named: set[str] = {
            norms[i + 1]
            for norms, capital in zip(self.norms, capitals, strict=True)
            if not courtesy.isdisjoint(norms)
            for i in range(len(norms) - 1)
            if norms[i] in courtesy and capital[i + 1]
        }
        self.runs: list[list[tuple[int, int]]] = [
            capitalised_runs(self, toks, s.text, capital)
            for toks, s, capital in zip(self.tokens, article.sentences, capitals, strict=True)
        ]
        # one-word names ("Sova said"): a two-word run ending in one is a person's name
        self.alone: set[str] = {
            toks[a].norm
            for toks, runs in zip(self.tokens, self.runs, strict=True)
            for a, b in runs
            if b - a == 1
        }
        # names the article writes after a courtesy title or alone after a title ("Mr Powell",
        # "Governor Wierzbicki"): surely people's
        self.addressed: set[str] = set(self.courtesy_named)
        self.addressed |= {
            toks[a + 1].norm
            for toks, runs in zip(self.tokens, self.runs, strict=True)
            for a, b in runs
            if b - a == 2 and toks[a].norm in words.titles
        }
        self._demonym = words.rules.demonym_test(self.mid_caps)
        self._demonyms: dict[str, bool] = {}
        # names whose adjective the article writes too ("Australia" and "Australian"): places
        self.places = words.rules.demonym_places(self.mid_caps)

    def text(self, si: int) -> str:
        return self.sentences[si].text

    def is_body(self, si: int) -> bool:
        return self.sentences[si].kind == "body"

    def is_place(self, norm: str) -> bool:
        """ "australia" when the article writes "Australian" too (a name whose adjective the
        article writes is a place); a demonym itself, too."""
        return norm in self.places or self.is_demonym(norm)

    def is_demonym(self, norm: str) -> bool:
        """ "mexican" when the article names Mexico: an adjective, not a name (once per word)."""
        found = self._demonyms.get(norm)
        if found is None:
            found = self._demonyms[norm] = self._demonym(norm)
        return found
