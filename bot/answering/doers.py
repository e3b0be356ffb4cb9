"""Who does the event a yes/no question asks about, in a sentence: the question's doer (a name,
or the name it owns: "did *X's* court …"), the passive's agent for a noun the doer owns ("did
the X board pass it?" / "passed *at a board meeting*"), a denied passive with no doer ("the issue
was not resolved": done by no one), and the names after the word (the one asked about, or
another) — with the words of the sentence a question's term is at."""

from __future__ import annotations

from ..facts import SentenceFacts
from .actors import by_after_past
from .index import ArticleIndex
from .polarity import DENIES, clause_end, clause_start, polarity
from .question import Query, Term

AGENT_NOUN = 3  # words from "by" to the agent's noun ("by *the* board", "at *a* board meeting")


def denied_to_all(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query, t: Term | None) -> bool:
    """ "Did X settle the issue?" of "the issue was not resolved": the verb at ``k`` a denied
    passive with no doer named, the question's object its subject — done by no one, so not
    by X."""
    lang = ix.lang
    if t is None or not be_before(ix, info, k) or by_after_past(ix, info, k) is not None:
        return False
    objects = [x for x in q.terms if x.index > t.index and x.weight >= 1.0]
    a = clause_start(lang, info, k)
    if not objects or not all(_terms_before(ix, info, x, a, k) for x in objects):
        return False
    return polarity(lang, info, k, q.words) == DENIES


def _terms_before(ix: ArticleIndex, info: SentenceFacts, t: Term, a: int, k: int) -> bool:
    """Is the term in the sentence from word ``a`` to before word ``k``?"""
    return any(a <= j < k for j in terms_at(ix, info, t))


def owner_agent(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query, noun: Term) -> bool:
    """ "Did the X board pass a resolution?" of "a resolution was passed by the board" (or "at a
    board meeting", "by the country's board"): the verb at ``k`` passive, the noun X owns in the
    question its agent right after it — its phrase naming no one but X."""
    lang, toks = ix.lang, info.tokens
    if not be_before(ix, info, k):
        return False
    by = lang.agent_prepositions | lang.lex.words.get("place_asked_prepositions", frozenset())
    if k + 1 >= len(toks) or toks[k + 1].norm not in by:
        return False
    owner = q.entity_ids[0]
    for j in range(k + 2, min(len(toks), k + 2 + AGENT_NOUN)):
        if any(m.start == j and m.entity != owner for m in info.mentions):
            return False  # "by Y's board"
        if toks[j].stem == noun.stem or toks[j].norm == noun.word:
            return True
        if toks[j].norm not in lang.determiners and not toks[j].possessive:
            return False
    return False


def doer(q: Query) -> int:
    """The question's first name, or the name right after it when it is that one's ("did
    *X's* Supreme Court …": the court)."""
    first = q.names[0] if q.names else None
    owner = q.token(first.end - 1) if first is not None else None
    if owner is not None and owner.possessive and len(q.names) > 1:
        second = q.names[1]
        if second.start == first.end and second.entity is not None:
            return second.entity
    return q.entity_ids[0]


def other_named(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query) -> bool:
    """Is the first name after word ``k`` in its clause, past the doer's (and its owner's), one
    the question names after them — or no name there at all?"""
    own = {doer(q), q.entity_ids[0]}
    others = [e for e in q.entity_ids if e not in own]
    end = clause_end(ix.lang, info, k)
    after = sorted(
        (m for m in info.mentions if k < m.start < end and m.entity not in own),
        key=lambda m: m.start,
    )
    return not after or not others or after[0].entity in others


def terms_at(ix: ArticleIndex, info: SentenceFacts, t: Term) -> list[int]:
    """Where the term is in the sentence: its own word first, then words of its concept."""
    own = [k for k, tok in enumerate(info.tokens) if tok.stem == t.stem or tok.norm == t.word]
    kin = [
        k
        for k, tok in enumerate(info.tokens)
        if k not in own and t.concept and ix.lang.concepts.get(tok.stem) == t.concept
    ]
    return own + kin


def be_before(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is the verb at word ``k`` passive: a form of "be" one or two words before it?"""
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    return any(t.norm in be for t in info.tokens[max(0, k - 2) : k])
