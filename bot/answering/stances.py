"""What the article's stances say about a party or a target, and what side a question asks about.

A stance (``bot.facts.Stance``) is "parties <verb> target": supported, recognized, opposed, abstained.
"""

from __future__ import annotations

from ..facts import Party, SentenceFacts, Stance
from ..text import fold, stem
from .actors import actor_at
from .index import ArticleIndex
from .language import Language
from .question import Query

SUPPORT, RECOGNIZE, OPPOSE, ABSTAIN = "support", "recognize", "oppose", "abstain"
FOR = "for"  # "voted for": a side, where a list of those against is no answer
BEFORE = 3  # sentences before "B dismissed the move" where what A did may be


def asked_kind(lang: Language, q: Query) -> str:
    """The side the question asks about: abstain, oppose, for, recognize or support ("did X back
    A against B?" asks about backing: its first word of a side decides)."""
    if q.has(lang.abstain):
        return ABSTAIN
    oppose = _first(q, lang.oppose)
    support = _first_of(q, lang.support, lang.recognize)
    if oppose is not None and (support is None or oppose < support):
        return OPPOSE
    if lang.vote_for_re.search(" ".join(q.words)):
        return FOR
    if q.has(lang.recognize):
        return RECOGNIZE
    return SUPPORT


def _first(q: Query, words: frozenset[str]) -> int | None:
    if words.isdisjoint(q.words):
        return None  # (most questions, quickly)
    return next((k for k, w in enumerate(q.words) if w in words), None)


def _first_of(q: Query, words: frozenset[str], more: frozenset[str]) -> int | None:
    """:func:`_first` of the words of either set (without making their union each time)."""
    if words.isdisjoint(q.words) and more.isdisjoint(q.words):
        return None  # (most questions, quickly)
    return next((k for k, w in enumerate(q.words) if w in words or w in more), None)


def negated(lang: Language, q: Query) -> bool:
    """ "Which countries refused to recognize X?": the article's lists say who did.
    ("…or not?" asks yes or no; it is not a negation.)"""
    if lang.negations.isdisjoint(q.words):
        return False  # (most questions)
    return any(
        w in lang.negations
        and not (k and q.words[k - 1] in lang.alternatives)
        and not _besides_phrase(lang, q.words, k)  # "not counting X, how many …?"
        for k, w in enumerate(q.words)
    )


def _besides_phrase(lang: Language, words, k: int) -> bool:
    """Does a phrase that sets names aside ("not counting", "not including") start at k?"""
    return any(tuple(words[k : k + len(p)]) == p for p in lang.besides.get(words[k], ()))


def stances_for(
    ix: ArticleIndex, target: int | None = None, party: int | None = None, kind: str | None = None
) -> list[Stance]:
    """The stances on ``target`` and/or taken by ``party``; those of the ``kind`` asked first."""
    out = []
    for st in ix.facts.stances:
        if target is not None and st.target != target:
            continue
        if party is not None and party_in(ix, st, party) is None:
            continue
        out.append(st)
    if kind == OPPOSE:
        out.sort(key=lambda s: s.kind != OPPOSE)
    elif kind == RECOGNIZE:
        out.sort(key=lambda s: s.kind != RECOGNIZE)
    elif kind == SUPPORT:
        out.sort(key=lambda s: s.kind == OPPOSE)
    return out


def party_in(ix: ArticleIndex, st: Stance, eid: int) -> Party | None:
    """The party of the stance that is this entity (by name or alias)."""
    e = ix.facts.entities[eid]
    for p in st.parties:
        if p.entity == eid or (p.keys & e.aliases):
            return p
    return None


def excluded_in(ix: ArticleIndex, st: Stance, eid: int) -> str | None:
    """The party that names this entity as its exception ("the EU, excluding Hungary")."""
    e = ix.facts.entities[eid]
    for p in st.parties:
        for x in p.excluded:
            if fold(x) in e.aliases:
                return p.name
    return None


def target_name(ix: ArticleIndex, st: Stance) -> str:
    return ix.name(st.target) if st.target is not None else st.target_text


def sentence_of(ix: ArticleIndex, st: Stance) -> SentenceFacts:
    return ix.facts.sentences[st.sentence]


def words_of(text: str) -> frozenset[str]:
    """The stems of a text's words, to meet a question's terms."""
    return frozenset(stem(fold(w)) for w in text.split())


def text_stances(ix: ArticleIndex, q: Query, kind: str) -> list[Stance]:
    """Stances about a thing, not a name ("welcomed the plan"), that the question asks about:
    its words meet the target, or it is the article's only stance of that kind."""
    kinds = {OPPOSE: (OPPOSE,), ABSTAIN: (ABSTAIN,)}.get(kind, (SUPPORT, RECOGNIZE))
    cands = [st for st in ix.facts.stances if st.target is None and st.kind in kinds]
    stems = {t.stem for t in q.terms} | {t.word for t in q.terms}
    hit = [st for st in cands if stems & words_of(f"{st.target_text} {st.verb}")]
    if hit:
        return hit
    if len(cands) == 1 and not q.unknown:
        return cands
    return []


def agrees(asked: str, st: Stance) -> bool:
    """Does the stance answer yes to the side asked about?"""
    if st.kind == ABSTAIN or asked == ABSTAIN:
        return st.kind == asked
    pro = st.kind != OPPOSE
    return pro if asked != OPPOSE else not pro


def countable(ix: ArticleIndex, st: Stance) -> bool:
    """A list with "most of the member states" or "Contact Group members" in it has no count,
    nor has one body ("the council approved…": how many of its members, it does not say), nor
    a list a vague head opens ("Several states, including A and B": some of them)."""
    if st.head and ix.lang.vague_re.match(st.head):
        return False
    return len(st.parties) >= 2 and not any(
        ix.lang.vague_re.match(p.name) or fold(p.name.split()[-1]) in ix.lang.group_nouns
        for p in st.parties
    )


def _did_before(ix: ArticleIndex, target: int, i: int) -> bool:
    """Is the target named in one of the few sentences before sentence ``i`` as someone who
    does or undergoes something — not only as where something goes ("a visit to A")?"""
    for j in range(max(0, i - BEFORE), i):
        if target in ix.mentioned[j]:
            info = ix.facts.sentences[j]
            if not any(p.entity == target for p in info.places):
                return True
    return False


def dismissed_by(ix: ArticleIndex, party: int, target: int) -> SentenceFacts | None:
    """ "A declared himself president. … B dismissed the move as a coup": a sentence where the
    party dismisses (rejects, condemns) "the move", "it" — what one of the few sentences before
    it says the target did — if any."""
    lang = ix.lang
    words = lang.lex.words.get("dismissal_words", frozenset())
    for info in ix.body:
        i = info.sentence.index
        if party not in info.entities or not _did_before(ix, target, i):
            continue
        toks = info.tokens
        for k, t in enumerate(toks[:-1]):
            if t.norm not in words or any(m.start == k + 1 for m in info.mentions):
                continue
            if toks[k + 1].norm not in lang.the and toks[k + 1].norm not in lang.event_pronouns:
                continue  # "dismissed the move", "rejected it": not a name of its own
            actor = actor_at(ix, info, k)
            if actor is not None and actor.entity == party:
                return info
    return None
