"""Extraction: an article and a lexicon → :class:`~bot.facts.model.Facts`, in four passes.

1. and 2. :func:`~bot.facts.people.find_entities` — names, people and their roles;
3. :class:`~bot.facts.mentions.MentionReader` — mentions (names, descriptions, pronouns) and
   quotations with their speakers, in reading order;
4. :class:`~bot.facts.stances.StanceReader` — stances; then per sentence its times, places,
   stems and concepts.
"""

from __future__ import annotations

from itertools import chain, compress
from operator import attrgetter, itemgetter, not_

from ..article import Article
from ..lexicon import Lexicon
from ..text import Token, fold
from .amounts import find_amounts
from .collector import paused
from .entities import EntityTable
from .events import EventReader
from .mentions import MentionReader
from .model import Amount, Event, Facts, Mention, Quote, SentenceFacts, Stance, TimeExpr
from .people import find_entities
from .places import find_places
from .reading import Reading
from .stances import StanceReader
from .times import find_times
from .words import Words


def extract(article: Article, lex: Lexicon) -> Facts:
    """All facts of an article (built with the garbage collector paused: see
    :mod:`~bot.facts.collector`)."""
    with paused():
        return _extract(article, lex)


def _extract(article: Article, lex: Lexicon) -> Facts:
    r = Reading(article, Words.of(lex))
    table = EntityTable(r.words.stop)
    names = find_entities(r, table)
    mentions, quotes = MentionReader(r, table, names).read()
    reader = StanceReader(r, table)
    stances = [
        st
        for si in range(len(r.sentences))
        if r.is_body(si)
        for st in reader.sentence(si, mentions[si])
    ]
    later = _Later(r.words, EventReader(r, table))
    texts: dict[str, _TextFacts] = {}
    sentences = tuple(
        _sentence_facts(
            r, table, si, mentions[si], quotes[si], _text_facts(r, lex, si, texts), later
        )
        for si in range(len(r.sentences))
    )
    entities = table.freeze()
    _parties_as_names(table, stances)
    vocabulary: set[str] = set()
    for norms in r.norms:
        vocabulary.update(norms)
    for info in sentences:
        vocabulary.update(map(_STEM, info.tokens))
    return Facts(
        entities=entities,
        sentences=sentences,
        quotes=tuple(q for q in quotes if q is not None and q.speaker is not None),
        stances=tuple(stances),
        alias_index=table.alias_index(),
        vocabulary=frozenset(vocabulary),
    )


_STEM = itemgetter(Token._fields.index("stem"))
_ENTITY = attrgetter("entity")


def _to_a_place(phrase: str, toks, articles) -> bool:
    """Is a phrase that ends in a place's preposition ("going to") followed, somewhere in the
    sentence, by a capitalised word or an article ("going to Holm", not "going to sign")?"""
    words = phrase.split()
    n = len(words)
    for k in range(len(toks) - n):
        if [t.norm for t in toks[k : k + n]] == words:
            nxt = toks[k + n]
            if nxt.capitalized or nxt.norm in articles:
                return True
    return False


class _TextFacts:
    """What a sentence's text alone says, whatever is read before it: its words, stems,
    concepts and times (read once per text: a text written again shares them). A plain class:
    a NamedTuple or a dataclass would compile code when this module is imported."""

    __slots__ = ("tokens", "stems", "concepts", "times")

    def __init__(
        self,
        tokens: tuple[Token, ...],
        stems: frozenset[str],
        concepts: frozenset[str],
        times: tuple[TimeExpr, ...],
    ):
        self.tokens, self.stems, self.concepts, self.times = tokens, stems, concepts, times


def _text_facts(r: Reading, lex: Lexicon, si: int, seen: dict[str, _TextFacts]) -> _TextFacts:
    """The facts of sentence ``si``'s text: read, or the ones of the same text read before."""
    text = r.text(si)
    known = seen.get(text)
    if known is not None:
        return known
    toks = r.tokens[si]
    stop = r.words.stop
    norms, stems = r.norms[si], list(map(_STEM, toks))
    content = list(map(not_, map(stop.__contains__, norms)))  # a content word, or a stop word
    concepts = set(filter(None, map(lex.concepts.get, stems)))
    concepts.update(_phrase_concepts(r.words, norms, toks))
    times = find_times(r.words, text)
    known = seen[text] = _TextFacts(
        tokens=tuple(toks),
        stems=frozenset(chain(compress(stems, content), compress(norms, content))),
        concepts=frozenset(concepts),
        times=tuple(times),
    )
    return known


def _sentence_facts(
    r: Reading,
    table: EntityTable,
    si: int,
    ms: list[Mention],
    quote: Quote | None,
    known: _TextFacts,
    later: _Later,
) -> SentenceFacts:
    """One sentence's facts, with the words and concepts a question is matched against."""
    toks = r.tokens[si]
    text = r.text(si)
    return SentenceFacts(
        sentence=r.sentences[si],
        tokens=known.tokens,
        stems=known.stems,
        concepts=known.concepts,
        entities=frozenset(map(_ENTITY, ms)),
        mentions=tuple(ms),
        times=known.times,
        places=tuple(find_places(r.words, table, text, toks, ms)),
        quote=quote,
        later=later,
    )


class _Later:
    """Reads a sentence's amounts and events when a question first asks for them (see
    :class:`~bot.facts.model.ReadLater`): from its own facts, with the words of the language
    and the events' reader of the article (its reading and names, read before)."""

    __slots__ = ("words", "reader")

    def __init__(self, words: Words, reader: EventReader):
        self.words, self.reader = words, reader

    def amounts(self, info: SentenceFacts) -> tuple[Amount, ...]:
        s = info.sentence
        return tuple(find_amounts(self.words, s.index, s.text, list(info.tokens), list(info.times)))

    def events(self, info: SentenceFacts) -> tuple[Event, ...]:
        s, reader = info.sentence, self.reader
        toks = reader.r.tokens[s.index]
        return tuple(reader.sentence(s.index, s.text, toks, list(info.mentions), info.quote))


def _phrase_concepts(w: Words, norms: list[str], toks) -> list[str]:
    """The concepts of the phrases among these words ("in person" → meet): only the phrases
    whose first word is one of them are looked for; one that ends in a place's preposition
    ("going to") only before a name or an article."""
    starting = w.concept_phrases_by_first
    joined = " ".join(norms)
    # the words of the sentence are its folded words, unless one holds a space of some kind
    # (a few letters fold to one: then they are split as the phrases are)
    if joined.count(" ") == len(norms) - 1 and joined.isprintable():
        heads = starting.keys() & norms
    else:
        heads = starting.keys() & set(joined.split())
    if not heads:
        return []
    folded = f" {joined} "
    return [
        cid
        for h in heads
        for ph, cid in starting[h]
        if ph in folded and (ph not in w.placed_phrases or _to_a_place(ph, toks, w.g["articles"]))
    ]


def _parties_as_names(table: EntityTable, stances: list[Stance]) -> None:
    """Stance parties are names too: their full names and acronyms ("most of the EU states")."""
    for st in stances:
        for p in st.parties:
            if p.entity is None:
                continue
            for k in p.keys:
                if k == fold(p.name) or k.upper() in table.acronyms or k in table[p.entity].aliases:
                    table.alias.setdefault(k, [p.entity])
