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
_TEXT = itemgetter(Token._fields.index("text"))
_HEAD = itemgetter(slice(None, 1))  # a word's first character (none of an empty one)


class Reading:
    def __init__(self, article: Article, words: Words):
        self.article = article
        self.sentences = article.sentences
        self.words = words
        # what is read here is a function of a sentence's text alone (and of what the whole
        # article writes, read before it): a text written more than once (a repeated line, a
        # pasted paragraph) is read once and its lists shared (never changed by any reader)
        texts = [s.text for s in article.sentences]
        distinct = list(dict.fromkeys(texts))
        tokens = {t: tokenize(t, words.rules) for t in distinct}
        self.tokens: list[list[Token]] = [tokens[t] for t in texts]
        # the folded words of every sentence, read by several recognisers (never changed)
        norms = {t: list(map(_NORM, tokens[t])) for t in distinct}
        self.norms: list[list[str]] = [norms[t] for t in texts]
        # the quotations of every sentence (quote marks included), read by three recognisers
        spans = {t: quote_spans(t) for t in distinct}
        self.quote_spans = [spans[t] for t in texts]
        # whether each word is written with a capital (x.text[:1].isupper(), without a line of
        # Python per word)
        capitals = {t: list(map(str.isupper, map(_HEAD, map(_TEXT, tokens[t])))) for t in distinct}
        self._capitals([(norms[t], capitals[t]) for t in distinct])
        runs = {t: capitalised_runs(self, tokens[t], t, capitals[t]) for t in distinct}
        self.runs: list[list[tuple[int, int]]] = [runs[t] for t in texts]
        self._names([(tokens[t], runs[t]) for t in distinct])
        self._demonym = words.rules.demonym_test(self.mid_caps)
        self._demonyms: dict[str, bool] = {}
        # names whose adjective the article writes too ("Australia" and "Australian"): places
        self.places = words.rules.demonym_places(self.mid_caps)

    def _capitals(self, sentences: list[tuple[list[str], list[bool]]]) -> None:
        """What the article writes capitalised and in lowercase, from the folded words of its
        sentences and whether each is written with a capital."""
        # words seen capitalised away from the start of a sentence: real names
        self.mid_caps: set[str] = set()
        self.lower_words: set[str] = set()
        for norms, capital in sentences:
            self.lower_words.update(compress(norms, map(not_, capital)))
            self.mid_caps.update(compress(norms[1:], capital[1:]))
        # names the article writes after a courtesy title ("Mr Peel"): surely people's (read
        # in the sentences that have one)
        courtesy = self.words.courtesy_titles
        self.courtesy_named: set[str] = {
            norms[i + 1]
            for norms, capital in sentences
            if not courtesy.isdisjoint(norms)
            for i in range(len(norms) - 1)
            if norms[i] in courtesy and capital[i + 1]
        }

    def _names(self, sentences: list[tuple[list[Token], list[tuple[int, int]]]]) -> None:
        """The names written alone or after a title, from the tokens and the capitalised runs
        of the sentences."""
        # one-word names ("Sova said"): a two-word run ending in one is a person's name
        self.alone: set[str] = {
            toks[a].norm for toks, runs in sentences for a, b in runs if b - a == 1
        }
        # names the article writes after a courtesy title or alone after a title ("Mr Powell",
        # "Governor Wierzbicki"): surely people's
        self.addressed: set[str] = set(self.courtesy_named)
        self.addressed |= {
            toks[a + 1].norm
            for toks, runs in sentences
            for a, b in runs
            if b - a == 2 and toks[a].norm in self.words.titles
        }

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
