"""Weighing the article's sentences for a question: score, rank, grounding, the best sentence.

A sentence scores for the question's names (in it, or in its paragraph), its content terms (the
same stem, or the same concept) and its times. Coverage is the share of what the question asks
that the sentence meets; grounding asks whether the question's own words (besides its names) meet
the sentence at all. Nothing is quoted that the question's words do not meet.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from ..facts import Entity, SentenceFacts
from ..text import fold, quote_spans
from .index import ArticleIndex
from .question import Query, Term

NAME, NEARBY_NAME, TIME, RELATED = 2.0, 0.7, 1.5, 0.8  # what each kind of match is worth
WE = 0.3  # a name met only by a quotation's "we" ranks below the name itself
FOCUS = 0.3  # a follow-up's: a sentence the previous answer was about ranks first among equals
AS_WRITTEN = 0.01  # a word met only inside a capitalised name ranks below the word itself


class Ranked(NamedTuple):
    score: float  # the score less a small tie-break (body first, earlier first)
    coverage: float
    info: SentenceFacts


class Found(NamedTuple):
    info: SentenceFacts  # from the body, when the headline repeats a body sentence
    coverage: float


_WRITTEN: dict[str, frozenset[str]] = {}  # a sentence's text → its folded words (a memo)
_LINE: dict[str, str] = {}  # a sentence's text → " its folded words " (a memo)
_NO_WORDS: frozenset[str] = frozenset()
WRITTEN_MEMO = 50_000  # texts remembered, then forgotten all at once


def remembered(memo: dict, info: SentenceFacts, make):
    """``make(info)``, read once per sentence text (the same few sentences are asked about
    question after question)."""
    text = info.sentence.text
    got = memo.get(text)
    if got is None:
        if len(memo) >= WRITTEN_MEMO:
            memo.clear()
        got = memo[text] = make(info)
    return got


def written(info: SentenceFacts) -> frozenset[str]:
    """The folded words a sentence writes, stop words included."""
    return remembered(_WRITTEN, info, lambda i: frozenset(t.norm for t in i.tokens))


def written_line(info: SentenceFacts) -> str:
    """The sentence's folded words joined by spaces, a space at each end (to find a phrase
    " prior to " in)."""
    return remembered(_LINE, info, lambda i: " " + " ".join(t.norm for t in i.tokens) + " ")


def meeting_words(
    ix: ArticleIndex,
    info: SentenceFacts,
    keys: frozenset[str] | set[str],
    concepts: frozenset[str] = frozenset(),
) -> list[int]:
    """Where the sentence's words have a stem or folded word of ``keys``, or a stem of one of
    ``concepts``, in order."""
    places = ix.word_places(info)
    found = [k for w in places.stems.keys() & keys for k in places.stems[w]]
    found += [k for w in places.norms.keys() & keys for k in places.norms[w]]
    if concepts:
        found += [k for c in places.concepts.keys() & concepts for k in places.concepts[c]]
    return sorted(set(found)) if len(found) > 1 else found


def term_keys(terms: Iterable[Term]) -> tuple[frozenset[str], frozenset[str]]:
    """The stems and words a sentence's token may be to meet these terms, and their concepts."""
    terms = tuple(terms)
    got = _KEYS.get(terms)
    if got is None:  # (a question's terms are asked of sentence after sentence)
        if len(_KEYS) >= WRITTEN_MEMO:
            _KEYS.clear()
        keys = frozenset(t.stem for t in terms) | frozenset(t.word for t in terms)
        got = _KEYS[terms] = (keys, frozenset(t.concept for t in terms if t.concept))
    return got


# a question's terms → their keys and concepts (a memo: pure, and small per question)
_KEYS: dict[tuple[Term, ...], tuple[frozenset[str], frozenset[str]]] = {}


def score(
    ix: ArticleIndex,
    info: SentenceFacts,
    q: Query,
    ents: Sequence[int] | None = None,
    terms: Sequence[Term] | None = None,
    times: bool = True,
    we: bool = True,
) -> tuple[float, float]:
    """(score, coverage) of one sentence for the question's names, words and times (``we``: a
    quotation's "we" stands for its partners too — what they did, not what is said of them)."""
    ents = q.entity_ids if ents is None else ents
    terms = q.terms if terms is None else terms
    time_words = q.time_words if times else _NO_WORDS
    return _weigh(ix, info, q, ents, terms, time_words, we, _most(ents, terms, time_words))


def _most(ents: Sequence[int], terms: Sequence[Term], time_words: Iterable[str]) -> float:
    """The most a sentence can score for these names, terms and times (added up in the order
    :func:`_weigh` meets them)."""
    total = 0.0
    for _ in ents:
        total += NAME
    for t in terms:
        total += t.weight
    for _ in time_words:
        total += TIME
    return total


def _weigh(
    ix: ArticleIndex,
    info: SentenceFacts,
    q: Query,
    ents: Sequence[int],
    terms: Sequence[Term],
    time_words: Iterable[str],
    we: bool,
    most: float,
) -> tuple[float, float]:
    """(score, coverage) of one sentence, ``most`` being what it could score at best."""
    if most == 0:
        return 0.0, 0.0
    index = info.sentence.index
    s = 0.0
    rare = 0.0  # rarer words count more when sentences are ranked (coverage ignores it)
    partners = None  # whom a quotation's "we" stands for: read at the first name not here
    owners = None  # "X's move": read only when a name is neither here nor near
    for e in ents:
        if e in info.entities:
            s += NAME
            continue
        if partners is None:
            partners = ix.partners.get(index, ()) if we else ()
        if e in partners:  # "we" in a quotation stands for them too: met, ranked below
            s += NAME
            rare -= WE
        elif e in ix.nearby[index]:
            s += NEARBY_NAME
        else:
            owners = owners_of(ix, q, info) if owners is None else owners
            s += NEARBY_NAME if e in owners else 0.0
    stems = info.stems
    for w, st, concept, weight, _ in terms:
        if st in stems or w in stems:
            s += weight
            rare += weight * (ix.idf.get(st, 1.0) - 1.0)
            if w != st and ix.lang.lex.rules.is_plural(w) and _only_in_a_name(ix, info, st, w):
                rare -= AS_WRITTEN  # among equals, "ministers" over "Prime Minister X"
        elif concept and concept in info.concepts:
            s += RELATED * weight
    if time_words:
        said = ix.time_words[index]
        for w in time_words:
            if w in said:
                s += TIME
    return s + rare, s / most


def _only_in_a_name(ix: ArticleIndex, info: SentenceFacts, stem: str, word: str) -> bool:
    """Is the question's (plural) word met only by capitalised words after the sentence's first
    ("Prime *Minister* X" for "ministers") — a part of a name or a title, not the word itself?"""
    toks, places = info.tokens, ix.word_places(info)
    met = places.stems.get(stem, ()) + places.norms.get(word, ())
    return bool(met) and all(k > 0 and toks[k].text[:1].isupper() for k in met)


def rank(
    ix: ArticleIndex,
    q: Query,
    pool: Iterable[SentenceFacts] | None = None,
    ents: Sequence[int] | None = None,
    terms: Sequence[Term] | None = None,
    times: bool = True,
) -> list[Ranked]:
    """The sentences (of ``pool``, default all) that score at all, best first."""
    ents = q.entity_ids if ents is None else ents
    terms = q.terms if terms is None else terms
    time_words = q.time_words if times else _NO_WORDS
    meets = _meeting(ix, ents, terms, time_words)
    if pool is None:  # the sentences in their order, of those that meet anything asked
        sentences = ix.facts.sentences
        pool = [sentences[i] for i in sorted(meets)]
    else:  # of those, the ones that meet anything asked (the others would score 0)
        pool = [info for info in pool if info.sentence.index in meets]
    most = _most(ents, terms, time_words)
    out = []
    for info in pool:
        index = info.sentence.index
        if q.scope and index not in q.scope:
            continue  # a follow-up about the previous answer's event: not about this
        s, cov = _weigh(ix, info, q, ents, terms, time_words, True, most)
        if s <= 0:
            continue
        if q.focus and index in q.focus:
            s += FOCUS
        # the body over the headline's summary of it; earlier over later
        tie = (0.05 if info.sentence.kind != "body" else 0.0) + index * 0.001
        out.append(Ranked(s - tie, cov, info))
    out.sort(key=lambda x: -x[0])
    return out


def _meeting(ix: ArticleIndex, ents, terms, time_words) -> set[int]:
    """The sentences that meet at least one name, term or time of the question."""
    out: set[int] = set()
    empty: frozenset[int] = frozenset()
    for e in ents:
        out |= ix.near_entity.get(e, empty)
    for t in terms:
        out |= ix.with_stem.get(t.stem, empty)
        out |= ix.with_stem.get(t.word, empty)
        if t.concept:
            out |= ix.with_concept.get(t.concept, empty)
    for w in time_words:
        out |= ix.with_time_word.get(w, empty)
    return out


def grounded(
    ix: ArticleIndex,
    q: Query,
    info: SentenceFacts,
    terms: Sequence[Term] | None = None,
    need: float = 0.5,
) -> bool:
    """Do the question's own words (besides its names) meet this sentence at all?"""
    lang = ix.lang
    terms = q.terms if terms is None else terms
    if not terms:
        return True
    # "the second terminal" is not "the first new terminal"
    asked = {t.word for t in terms if t.word in lang.ordinals}
    if asked and not asked & info.stems and any(t.norm in lang.ordinals for t in info.tokens):
        return False
    hit = total = 0.0
    focus = {
        q.words[u.start]
        for u in q.unknown
        if u.start > 0 and q.words[u.start - 1] in lang.focus_before
    }
    for w, st, concept, weight, _ in terms:
        if w in focus:
            weight *= 2  # "what dividend", "the weather": a word the article never uses
        total += weight
        if st in info.stems or w in info.stems or (concept and concept in info.concepts):
            hit += weight
    return hit / total >= need if total else True


def names_nearby(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """Is every name of the question in the sentence or near it in its paragraph (a name that
    owns a thing, "X's move", in the sentence before it)?"""
    near = ix.nearby[info.sentence.index]
    far = [e for e in q.entity_ids if e not in info.entities and e not in near]
    return not far or set(far) <= owners_of(ix, q, info)


def owners_of(ix: ArticleIndex, q: Query, info: SentenceFacts) -> frozenset[int]:
    """The question's names that own a thing ("Sova's move") the sentence calls "the move",
    named in the sentence just before it."""
    toks = q.tokens
    if not toks or not q.names:
        return frozenset()
    owning = [nm for nm in q.names if nm.end <= len(toks) and toks[nm.end - 1].possessive]
    if not owning:
        return frozenset()  # (most questions: no name owns a thing)
    before = ix.before[info.sentence.index]
    out = set()
    for nm in owning:
        if nm.entity not in before:
            continue
        nouns = [t for t in q.terms if t.index >= nm.end]
        k = 0
        while k + 1 < len(nouns) and nouns[k + 1].index == nouns[k].index + 1:
            k += 1
        if nouns and nouns[0].index == nm.end and _the(ix, info, nouns[k]):
            out.add(nm.entity)
    return frozenset(out)


def _the(ix: ArticleIndex, info: SentenceFacts, noun: Term) -> bool:
    """Does the sentence say "the <noun>" (the last word of the owned thing)?"""
    toks = info.tokens
    the = ix.lang.the | ix.lang.lex.writing.get("demonstratives", frozenset())
    return any(
        (t.stem == noun.stem or t.norm == noun.word) and toks[k - 1].norm in the
        for k, t in enumerate(toks)
        if k > 0
    )


def best_sentence(
    ix: ArticleIndex,
    q: Query,
    pool: Iterable[SentenceFacts] | None = None,
    need: float = 0.45,
    terms: Sequence[Term] | None = None,
    must: Term | None = None,
    ranked: list[Ranked] | None = None,
) -> Found | None:
    """The best sentence for the question, if its words are really met (``must``: a term the
    sentence has to have)."""
    if unknown_blocks(q):
        return None
    if ranked is None:
        ranked = rank(ix, q, pool=pool, terms=terms)
    for _s, cov, info in ranked[:1]:
        if must is not None and not says(info, must):
            return None
        if cov >= need and grounded(ix, q, info, terms) and names_nearby(ix, q, info):
            return Found(prefer_body(ix, info), cov)
    return None


def asked_speaker(ix: ArticleIndex, q: Query) -> int | None:
    """ "who does X say is charged …?", "when did X say it would happen?": whose saying the
    question asks about — the name a verb of saying follows (not "X call himself"); None."""
    say_ = ix.lang.say
    return next(
        (
            nm.entity
            for nm in q.names
            if nm.entity is not None
            and nm.end < len(q.words)
            and q.words[nm.end] in say_
            and q.words[nm.end] not in ix.lang.calling_words
        ),
        None,
    )


def said_by(ix: ArticleIndex, speaker: int | None, info: SentenceFacts) -> bool:
    """Is the sentence the speaker's (any sentence, with no speaker asked): the quotation's
    speaker, or named in it beside a verb of saying ("X says …", a quote the facts did not
    read)?"""
    if speaker is None or (info.quote is not None and info.quote.speaker == speaker):
        return True
    return speaker in info.entities and any(t.norm in ix.lang.say for t in info.tokens)


def says(info: SentenceFacts, t: Term) -> bool:
    """Does the sentence have the term (its stem, its word, its concept)?"""
    return (
        t.stem in info.stems
        or t.word in info.stems
        or bool(t.concept and t.concept in info.concepts)
    )


def unknown_blocks(q: Query) -> bool:
    """A capitalised name the article never mentions: nothing here can be about it."""
    return any((u.text[:1].isupper() and u.start > 0) or u.name for u in q.unknown) or (
        len(q.unknown) > 0 and not q.entity_ids and not q.terms
    )


def prefer_body(ix: ArticleIndex, info: SentenceFacts) -> SentenceFacts:
    """The body's copy of a headline or caption sentence, if the body has one."""
    return ix.body_twin.get(info.sentence.index, info)


def first_mention(ix: ArticleIndex, e: Entity) -> SentenceFacts | None:
    """The first body sentence that names the entity."""
    for info in ix.body:
        if e.id in info.entities:
            return info
    return None


def role_sentences(ix: ArticleIndex, e: Entity) -> list[SentenceFacts]:
    """The sentence that gives a person's role, from the body when the headline repeats it."""
    if e.role_sentence is None:
        return []
    return [prefer_body(ix, ix.facts.sentences[e.role_sentence])]


def verbatim_first(q: Query, ranked: list[Ranked]) -> list[Ranked]:
    """'Who said "we will stay"?': the one ranked sentence that holds the question's quoted
    words as typed (three or more) goes first; two sentences that both score for those words
    are told apart by it."""
    quoted = [fold(q.raw[a + 1 : b - 1]).strip(" ,.?!") for a, b in quote_spans(q.raw)]
    quoted = [x for x in quoted if len(x.split()) >= 3]
    if not quoted or len(ranked) < 2:
        return ranked
    holding = [r for r in ranked if any(x in fold(r.info.sentence.text) for x in quoted)]
    if len(holding) != 1:
        return ranked
    return holding + [r for r in ranked if r is not holding[0]]


BEFORE = 80  # characters kept before the words asked about when a long sentence is cut


def shortened(info: SentenceFacts, limit: int = 240, at: int | None = None) -> str:
    """The sentence's text, cut at a word when it is long; the part with the words asked about
    (from character ``at``) kept when they would be cut off."""
    t = info.sentence.text
    if len(t) <= limit:
        return t
    if at is None or at + BEFORE // 2 <= limit - 3:
        return t[: limit - 3].rsplit(" ", 1)[0] + "…"
    start = max(0, min(at - BEFORE, len(t) - (limit - 4)))
    start = t.find(" ", start) + 1 if start > 0 else 0
    part = t[start:]
    if len(part) > limit - 4:
        part = part[: limit - 5].rsplit(" ", 1)[0] + "…"
    return "…" + part


def subject_absent(
    ix: ArticleIndex, q: Query, info: SentenceFacts, named_only: bool = False
) -> bool:
    """ "What did/has X <verb> …?", "what <noun> did X <verb>?", "when did X go …?" of a person
    X: the sentence neither names X nor stands for X (by a pronoun or a description), so what
    it says was done by someone else. ``named_only``: only when the question, read as asked,
    writes X's name."""
    lang = ix.lang
    w = q.words
    if len(w) < 4 or w[0] not in lang.question_words:
        return False
    # "what did X …?", or "what <noun> did X …?" ("what fine did X get?")
    noun = w[0] in lang.which_words and w[1] not in lang.stop
    at = 2 if w[1] in lang.aux else 3 if noun and len(w) > 4 and w[2] in lang.aux else 0
    if not at:
        return False
    subject = next((nm for nm in q.names if nm.start == at), None)
    if subject is None or subject.entity is None or subject.entity in info.entities:
        return False
    if named_only and (
        q.own or len(q.tokens) != len(q.words) or q.tokens[at].norm in lang.pronouns
    ):
        # ("where did they meet?": whom "they" stands for may be "we" there; "when?" merged
        # with the question before it: not read as asked)
        return False
    if subject.entity in ix.persons:
        return True
    # of a noun asked, a full name of no known kind too ("what fine did Ola Varga get?"),
    # not one word that "it" stands for ("which model does Lunor want?")
    e = ix.entity(subject.entity)
    return at == 3 and e.kind == "name" and len(e.name.split()) > 1


def points_back(ix: ArticleIndex, info: SentenceFacts, nouns: Iterable[str]) -> bool:
    """Does the sentence write one of these nouns after "the", "this", "that" ("dismissed *the
    move* as a coup"): pointing back to a deed it does not name itself?"""
    asked = frozenset(nouns)
    toks, pointing = info.tokens, ix.lang.the | ix.lang.pointing_words
    return any(toks[k].norm in asked and toks[k - 1].norm in pointing for k in range(1, len(toks)))
