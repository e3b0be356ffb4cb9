"""Yes/no on what someone has told: "Has the company said how much it wants?", "Did X say
where the money would go?" — a question in the question. What the embedded clause says ("the
company wants a grant") is no answer to whether it was told: only a sentence whose verb of
saying takes a question word of its own and denies it ("has *refused to say* how much it
wants", "would not say how") answers: no — or yes, when the question asks about the refusal.
A stated "X says when …" answers nothing ("when" may open a clause of its own).
"""

from __future__ import annotations

from ..facts import SentenceFacts
from .evidence import Found, prefer_body, rank
from .index import ArticleIndex
from .polarity import DENIES, STATES, clause_end, polarity
from .question import Query


def embedded_at(ix: ArticleIndex, q: Query) -> int | None:
    """Where the question's verb of saying is that a question word follows ("said *how*
    much"), if it has one."""
    lang = ix.lang
    wh = (lang.question_words - lang.aux) | lang.undecided
    for i in range(1, len(q.words) - 1):
        if q.words[i] in lang.say and q.words[i + 1] in wh:
            return i
    return None


def disclosed(ix: ArticleIndex, q: Query, at: int) -> tuple[bool, Found] | None:
    """(told or not, the sentence) for a question whose verb of saying at word ``at`` takes a
    question word; None when no sentence says whether it was told."""
    lang = ix.lang
    wh = (lang.question_words - lang.aux) | lang.undecided
    before = [t for t in q.terms if 0 <= t.index < at and t.weight >= 1.0]
    after = [t for t in q.terms if t.index > at and t.weight >= 1.0]
    # "did X refuse to say how …" is answered yes by the refusal; "did X say when …" never by
    # "X says when he saw it, he …" (a "when" of its own, not what X told)
    refusal = any(w in lang.negators for w in q.words[:at])
    for _s, cov, info in rank(ix, q)[:3]:
        toks = info.tokens
        for j in range(len(toks) - 1):
            if toks[j].norm not in lang.say or toks[j + 1].norm not in wh:
                continue
            if not _has(info, before, 0, j, q.entity_ids, every=True):
                continue  # who told: every word before the verb, and the name
            end = clause_end(lang, info, j)
            if q.words[at + 1] not in {t.norm for t in toks[j + 1 : end]}:
                continue  # "say when" is not answered by "refused to say how much"
            if not _has(info, after, j + 1, end, (), every=False):
                continue  # what: some word of the embedded clause
            said = polarity(lang, info, j, q.words)
            if said == DENIES or (said == STATES and refusal):
                return said == STATES, Found(prefer_body(ix, info), cov)
    return None


def _has(info: SentenceFacts, terms, a: int, b: int, names, every: bool) -> bool:
    """Are the names and the terms (every one, or any one) in words ``a``…``b``?"""
    toks = info.tokens[a:b]
    if names and not any(m.entity in names and a <= m.start < b for m in info.mentions):
        return False

    def met(t) -> bool:
        return any(tok.stem == t.stem or tok.norm == t.word for tok in toks)

    if not terms:
        return True
    return all(met(t) for t in terms) if every else any(met(t) for t in terms)
