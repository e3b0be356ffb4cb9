"""The index of one article's facts: every lookup the answering core needs, built once per article.

Reading a question and every kind of question use it; nothing that can be computed here is
recomputed per question.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import chain
from operator import attrgetter, itemgetter
from typing import NamedTuple

from ..article import Article
from ..facts import Entity, Facts, Quote, SentenceFacts, Stance
from ..facts.collector import paused
from ..facts.roles import RoleHolders
from ..text import Token, fold, stem
from .fuzzy import Near
from .language import Language
from .record import Record

_NONE: frozenset = frozenset()
NEAR = 2  # sentences either side of one that count as near it
_TEXT, _STEM = itemgetter(Token._fields.index("text")), itemgetter(Token._fields.index("stem"))
_ENTITY = attrgetter("entity")


class RoleWords(NamedTuple):
    """A person's role as folded words ("Deputy Foreign Minister" → deputy, foreign, minister)."""

    words: tuple[str, ...]  # in order
    set: frozenset[str]
    stems: frozenset[str]


class WordPlaces(NamedTuple):
    """Where a sentence's words are (stop words included): each stem, folded word and concept
    of a word's stem → its word positions, in order."""

    stems: dict[str, tuple[int, ...]]
    norms: dict[str, tuple[int, ...]]
    concepts: dict[str, tuple[int, ...]]


class ArticleIndex(Record):
    article: Article
    facts: Facts
    lang: Language
    dateline: str | None
    alias: dict[str, tuple[int, ...]]  # folded name or alias → entities
    alias_max: int  # words in the longest alias
    alias_starts: frozenset[str]  # first words of many-word aliases
    alias_singles: Near  # one-word aliases of four letters or more (typo targets)
    caps_vocab: frozenset[str]  # words the article writes in capitals ("TV", "US")
    single_names: tuple[tuple[str, int], ...]  # (folded one-word name, entity): demonym targets
    roles: dict[int, RoleWords]  # entity → its role's words
    role_holders: RoleHolders  # the resolver of "the <adjective> <title>"
    role_title_words: frozenset[str]  # every word of every role ("the mayor" is known)
    role_title_kinds: frozenset[str]  # kinds whose titles stand for one another, present here
    vocab: frozenset[str]  # the article's folded words and stems
    typo_targets: Near  # the article's longer words, for typos of longer words
    para_entities: dict[int, frozenset[int]]  # paragraph → entities named in it
    nearby: tuple[
        frozenset[int], ...
    ]  # per sentence: entities named within NEAR of it, same paragraph
    idf: dict[str, float]  # stem → 1.0 (in every sentence) … 1.5 (in one)
    body: tuple[SentenceFacts, ...]  # the body's sentences (not the headline, not captions)
    body_twin: dict[int, SentenceFacts]  # headline/caption sentence → the body's copy of it
    time_words: tuple[frozenset[str], ...]  # per sentence: the folded words of its times
    timed: tuple[SentenceFacts, ...]  # the sentences that give a time
    placed: tuple[SentenceFacts, ...]  # the sentences that name a place
    quoted: tuple[SentenceFacts, ...]  # the sentence of each quote, in the quotes' order
    quotes_by: dict[int, tuple[Quote, ...]]  # speaker → their quotes
    with_stem: dict[str, frozenset[int]]  # stem or word → the sentences that have it
    with_concept: dict[str, frozenset[int]]  # concept → the sentences that have it
    near_entity: dict[int, frozenset[int]]  # entity → the sentences in a paragraph naming it
    with_time_word: dict[str, frozenset[int]]  # folded word of a time → its sentences
    genders: dict[int, str]  # person → "m" or "f", as the article's own pronouns for them say
    by_name: dict[str, int]  # an entity's canonical name → the entity (the first of that name)
    persons: frozenset[int]  # the entities that are people
    mentioned: tuple[tuple[int, ...], ...]  # per sentence: its entities, in the order named
    stances_in: dict[int, tuple[Stance, ...]]  # sentence → the stances read from it
    partners: dict[int, frozenset[int]]  # quote sentence → the people its "we" stands for too
    short_forms: dict[str, frozenset[int]]  # "board" → the bodies the article calls "the board"
    before: tuple[frozenset[int], ...]  # per sentence: the names of the sentence before it
    demonyms: dict[str, int | None]  # memo: a question's word → the place it is the adjective of
    places: dict[str, WordPlaces]  # memo: a sentence's text → where its words and concepts are

    @classmethod
    def build(cls, article: Article, facts: Facts, lang: Language) -> ArticleIndex:
        """The index of an article's facts (built with the garbage collector paused: see
        :mod:`bot.facts.collector`)."""
        with paused():
            return cls._build(article, facts, lang)

    @classmethod
    def _build(cls, article: Article, facts: Facts, lang: Language) -> ArticleIndex:
        facts = _with_broader(facts, lang)
        alias = facts.alias_index
        roles = {e.id: _role_words(e) for e in facts.entities if e.role}
        role_title_words = frozenset(
            w for e in facts.entities if e.role for w in re.findall(r"[a-z]+", fold(e.role))
        )
        per = _Sentences(facts)
        para_entities = per.para_entities
        return cls(
            article=article,
            facts=facts,
            lang=lang,
            dateline=article.dateline.text if article.dateline else None,
            alias=alias,
            alias_max=max((len(a.split()) for a in alias), default=1),
            alias_starts=frozenset(a.split()[0] for a in alias if " " in a),
            alias_singles=Near(sorted({a for a in alias if " " not in a and len(a) >= 4})),
            caps_vocab=per.caps_vocab(),
            single_names=tuple(
                (fold(e.name), e.id)
                for e in facts.entities
                if e.kind != "person" and " " not in e.name and len(e.name) >= 4
            ),
            roles=roles,
            role_holders=RoleHolders(
                facts.entities,
                lang.titles,
                lang.lex.rules,
                ranks=lang.lex.writing.get("rank_modifiers", frozenset()),
            ),
            role_title_words=role_title_words,
            role_title_kinds=frozenset(
                lang.titles[w]
                for w in role_title_words
                if lang.titles.get(w) in lang.synonym_title_kinds
            ),
            vocab=facts.vocabulary,
            typo_targets=Near(sorted(w for w in facts.vocabulary if len(w) >= 6 and w.isalpha())),
            para_entities=para_entities,
            nearby=_nearby(facts, para_entities),
            idf=per.idf(),
            body=tuple(per.body),
            body_twin=_body_twins(facts),
            timed=tuple(per.timed),
            placed=tuple(per.placed),
            quoted=tuple(facts.sentences[x.sentence] for x in facts.quotes),
            quotes_by=_quotes_by(facts),
            **per.inverted(),
            time_words=tuple(per.time_words),
            genders=_genders(facts, lang),
            by_name={e.name: e.id for e in reversed(facts.entities)},
            persons=frozenset(e.id for e in facts.entities if e.kind == "person"),
            mentioned=tuple(per.mentioned),
            stances_in=_stances_in(facts),
            partners=_partners(facts, lang),
            short_forms=_short_forms(facts),
            before=(frozenset(),) + tuple(i.entities for i in facts.sentences[:-1]),
            demonyms={},
            places={},
        )

    # -- small lookups ---------------------------------------------------------------------
    def entity(self, eid: int) -> Entity:
        return self.facts.entities[eid]

    def name(self, eid: int | None) -> str:
        e = self.facts.entity(eid)
        return e.name if e else "?"

    def sentence(self, index: int) -> SentenceFacts:
        return self.facts.sentences[index]

    def is_party(self, eid: int | None) -> bool:
        """Is the name a party of some side ("Syria" of "… and Syria voiced support for X")?"""
        return any(p.entity == eid for st in self.facts.stances for p in st.parties)

    def only_a_party(self, eid: int) -> bool:
        """Is the name a party of a side, and the target of none?"""
        return not any(st.target == eid for st in self.facts.stances) and self.is_party(eid)

    def only_excluded(self, eid: int) -> bool:
        """Is the name named only as an exception of a side ("A members (excluding X)"), and the
        target of none?"""
        if any(st.target == eid for st in self.facts.stances):
            return False
        name = fold(self.name(eid))
        return any(fold(x) == name for st in self.facts.stances for x in st.excluded)

    def word_places(self, info: SentenceFacts) -> WordPlaces:
        """Where the sentence's words and concepts are (read once per sentence text)."""
        got = self.places.get(info.sentence.text)
        if got is None:
            got = self.places[info.sentence.text] = _word_places(self.lang, info)
        return got

    def in_paragraph(self, eid: int, info: SentenceFacts) -> bool:
        """Is the entity named in this sentence or elsewhere in its paragraph?"""
        return eid in info.entities or eid in self.para_entities.get(info.sentence.paragraph, ())


def _word_places(lang: Language, info: SentenceFacts) -> WordPlaces:
    stems: dict[str, list[int]] = {}
    norms: dict[str, list[int]] = {}
    concepts: dict[str, list[int]] = {}
    for k, t in enumerate(info.tokens):
        stems.setdefault(t.stem, []).append(k)
        norms.setdefault(t.norm, []).append(k)
        concept = lang.concepts.get(t.stem)
        if concept is not None:
            concepts.setdefault(concept, []).append(k)
    return WordPlaces(*({w: tuple(ks) for w, ks in d.items()} for d in (stems, norms, concepts)))


def _partners(facts: Facts, lang: Language) -> dict[int, frozenset[int]]:
    """ "X keeps in touch with Y. 'We have met many times,' X said": whom a quotation's "we"
    stands for besides its speaker — the people its own sentence names ("…," X said of Y), else
    those of the sentence before it in its paragraph when that one names the speaker too, or
    those of the speaker's "we" quotation right before it."""
    we = lang.lex.writing.get("we_words", frozenset())
    people = {e.id for e in facts.entities if e.kind == "person"}
    out: dict[int, frozenset[int]] = {}
    sents = facts.sentences
    for i, info in enumerate(sents):
        x = info.quote
        if i == 0 or x is None or not x.direct or x.speaker is None:
            continue
        if not any(t.norm in we for t in info.tokens):
            continue
        prev = sents[i - 1]
        found = frozenset(e for e in info.entities if e in people and e != x.speaker)
        if (
            not found
            and prev.sentence.paragraph == info.sentence.paragraph
            and x.speaker in prev.entities
        ):
            found = frozenset(e for e in prev.entities if e in people and e != x.speaker)
        if prev.quote is not None and prev.quote.speaker == x.speaker:
            found |= out.get(i - 1, frozenset())
        if found:
            out[i] = found
    return out


def _stances_in(facts: Facts) -> dict[int, tuple[Stance, ...]]:
    out: dict[int, list[Stance]] = {}
    for st in facts.stances:
        out.setdefault(st.sentence, []).append(st)
    return {k: tuple(v) for k, v in out.items()}


def _genders(facts: Facts, lang: Language) -> dict[int, str]:
    """ "he said", "his trip": the gender of each person the article refers to by a pronoun
    (none for one it calls both)."""
    seen: dict[int, set[str]] = {}
    for info in facts.sentences:
        for m in info.mentions:
            if m.how != "pronoun" or not 0 <= m.start < len(info.tokens):
                continue
            w = info.tokens[m.start].norm
            g = (
                "m"
                if w in lang.masculine_pronouns
                else "f"
                if w in lang.feminine_pronouns
                else None
            )
            if g:
                seen.setdefault(m.entity, set()).add(g)
    pronouns = {e: gs.pop() for e, gs in seen.items() if len(gs) == 1}
    return pronouns | _titled_genders(facts, lang)


def _titled_genders(facts: Facts, lang: Language) -> dict[int, str]:
    """ "Mr Varga", "Ms Holm": the gender of each person a courtesy title of one gender (and
    never one of the other) stands before — surer than pronouns a sentence may mislead on."""
    w = lang.lex.writing
    titles = {
        "m": w.get("masculine_titles", frozenset()),
        "f": w.get("feminine_titles", frozenset()),
    }
    seen: dict[int, set[str]] = {}
    for info in facts.sentences:
        for m in info.mentions:
            if m.how != "name" or not 0 < m.start < len(info.tokens):
                continue
            before = info.tokens[m.start - 1].norm
            seen.setdefault(m.entity, set()).update(g for g, ws in titles.items() if before in ws)
    return {e: gs.pop() for e, gs in seen.items() if len(gs) == 1}


def _role_words(e: Entity) -> RoleWords:
    words = tuple(fold(x) for x in re.findall(r"[\w'-]+", e.role or ""))
    return RoleWords(words, frozenset(words), frozenset(stem(x) for x in words))


def _nearby(facts: Facts, paras: dict[int, frozenset[int]]) -> tuple[frozenset[int], ...]:
    """Per sentence, the entities named in it or in the NEAR sentences either side of it in
    its paragraph: a paragraph of agency copy may hold a whole story, and a name ten sentences
    away is not near."""
    sents = facts.sentences
    out = []
    go_on = _going_on(facts)
    for i, info in enumerate(sents):
        ents: set[int] = set()
        para = info.sentence.paragraph
        for j in range(max(0, i - NEAR), min(len(sents), i + NEAR + 1)):
            if sents[j].sentence.paragraph == para:
                ents |= sents[j].entities
        if para in go_on:
            ents |= paras.get(para - 1, frozenset())
        out.append(frozenset(ents))
    return tuple(out)


def _going_on(facts: Facts) -> frozenset[int]:
    """The paragraphs that go on with the one before: they open with a quotation whose speaker
    is a pronoun ('"…," he noted'), who is named before."""
    out = set()
    seen: set[int] = set()
    for info in facts.sentences:
        para = info.sentence.paragraph
        if para in seen:
            continue
        seen.add(para)
        x = info.quote
        if x is None or not x.direct or x.speaker is None:
            continue
        if any(m.how == "pronoun" and m.entity == x.speaker for m in info.mentions):
            out.add(para)
    return frozenset(out)


def _body_twins(facts: Facts) -> dict[int, SentenceFacts]:
    out = {}
    for info in facts.sentences:
        if info.sentence.kind == "body":
            continue
        twin = next(
            (
                o
                for o in facts.sentences
                if o.sentence.kind == "body" and o.sentence.text == info.sentence.text
            ),
            None,
        )
        if twin is not None:
            out[info.sentence.index] = twin
    return out


def _quotes_by(facts: Facts) -> dict[int, tuple[Quote, ...]]:
    out: dict[int, list[Quote]] = {}
    for x in facts.quotes:
        if x.speaker is not None:
            out.setdefault(x.speaker, []).append(x)
    return {k: tuple(v) for k, v in out.items()}


def _with_broader(facts: Facts, lang: Language) -> Facts:
    """The facts with each sentence's concepts widened by the broader concept of each narrower
    one it has ("phone" → "communicate": a question of keeping in touch meets a sentence of
    phone calls; a question of calling never meets one of keeping in touch only). Unchanged
    when no sentence has a narrower concept."""
    pairs = [p.split() for p in lang.lex.words.get("broader_concepts", ())]
    broader = {p[0]: p[1] for p in pairs if len(p) == 2}
    if not broader or not any(c in broader for i in facts.sentences for c in i.concepts):
        return facts
    widened = tuple(
        replace(i, concepts=i.concepts | {broader[c] for c in i.concepts if c in broader})
        if any(c in broader for c in i.concepts)
        else i
        for i in facts.sentences
    )
    return replace(facts, sentences=widened)


class _Sentences:
    """What the index keeps of every sentence, read in one pass over them: the names of each
    paragraph, the words written, the body, the sentences that give a time or name a place, the
    words of each one's times, its names in order, and which sentences have each stem, concept
    and word of a time."""

    def __init__(self, facts: Facts):
        paras: defaultdict[int, set[int]] = defaultdict(set)
        self.written: set[str] = set()
        self.body: list[SentenceFacts] = []
        self.timed: list[SentenceFacts] = []
        self.placed: list[SentenceFacts] = []
        self.time_words: list[frozenset[str]] = []
        self.mentioned: list[tuple[int, ...]] = []
        # a sentence's stems and concepts are sets, so each sentence is listed once per key
        self.stems: defaultdict[str, list[int]] = defaultdict(list)
        self.concepts: defaultdict[str, list[int]] = defaultdict(list)
        self.times: defaultdict[str, set[int]] = defaultdict(set)
        self.by_para: defaultdict[int, set[int]] = defaultdict(set)
        for info in facts.sentences:
            i, para = info.sentence.index, info.sentence.paragraph
            paras[para].update(info.entities)
            self.by_para[para].add(i)
            self.written.update(map(_TEXT, info.tokens))  # each word once, then tested
            if info.sentence.kind == "body":
                self.body.append(info)
            for st in info.stems:
                self.stems[st].append(i)
            for c in info.concepts:
                self.concepts[c].append(i)
            if info.times:
                self.timed.append(info)
                words = " ".join(fold(t.text) for t in info.times).split()
                for w in words:
                    self.times[w].add(i)
                self.time_words.append(frozenset(words))
            else:
                self.time_words.append(_NONE)
            if info.places:
                self.placed.append(info)
            self.mentioned.append(tuple(dict.fromkeys(map(_ENTITY, info.mentions))))
        self.para_entities = {p: frozenset(ents) for p, ents in paras.items()}
        self.facts = facts

    def caps_vocab(self) -> frozenset[str]:
        """The words the article writes in capitals, dots left out ("U.S." → "US")."""
        return frozenset(x.replace(".", "") for x in self.written if len(x) > 1 and x.isupper())

    def idf(self) -> dict[str, float]:
        body = self.body or list(self.facts.sentences)
        # each sentence's stems once: counted in one pass over them all
        df = Counter(chain.from_iterable(set(map(_STEM, info.tokens)) for info in body))
        return {st: 1.0 + 0.5 * (1 - n / len(body)) for st, n in df.items()}

    def inverted(self) -> dict[str, dict]:
        """Which sentences have a stem, a concept, a time word, or a name in their paragraph."""
        # an entity named in one paragraph shares that paragraph's sentences (one long paragraph
        # naming thousands would otherwise copy them for each)
        in_para = {para: frozenset(sentences) for para, sentences in self.by_para.items()}
        paras: dict[int, list[int]] = {}
        for para, ents in self.para_entities.items():
            for e in ents:
                paras.setdefault(e, []).append(para)
        near = {
            e: in_para[ps[0]] if len(ps) == 1 else frozenset().union(*(in_para[p] for p in ps))
            for e, ps in paras.items()
        }
        return {
            "with_stem": {k: frozenset(v) for k, v in self.stems.items()},
            "with_concept": {k: frozenset(v) for k, v in self.concepts.items()},
            "near_entity": near,
            "with_time_word": {k: frozenset(v) for k, v in self.times.items()},
        }


def _short_forms(facts: Facts) -> dict[str, frozenset[int]]:
    """Each word the facts read "the <word>" as a body named before ("the board" after "the Holm
    Harbour Board"): the bodies (no people) it stands for."""
    persons = {e.id for e in facts.entities if e.kind == "person"}
    out: dict[str, set[int]] = {}
    for info in facts.sentences:
        for m in info.mentions:
            if m.how == "description" and m.end - m.start == 2 and m.entity not in persons:
                out.setdefault(info.tokens[m.end - 1].norm, set()).add(m.entity)
    return {w: frozenset(es) for w, es in out.items()}
