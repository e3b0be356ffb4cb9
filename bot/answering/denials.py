"""Denials of a passive: "Has the refund been paid?" / "the refund has not been paid". A yes/no
question that ends with its verb, asked of a noun, is answered no by a sentence that puts that
noun before the same verb with a negator right before it — even when the verb is a light one
("made", "done") that the question's words do not count, so that no sentence about another
thing "made" answers yes first."""

from __future__ import annotations

from .evidence import Found, prefer_body
from .index import ArticleIndex
from .polarity import clause_start
from .question import Query

NEAR = 3  # words from a negator to the verb it denies ("has *not* yet been paid")


def passive_denied(ix: ArticleIndex, q: Query) -> Found | None:
    """The sentence that says the question's noun was not given its last word's verb, if one."""
    lang, words = ix.lang, q.words
    be = lang.lex.writing.get("be_forms", frozenset())
    if len(words) < 4 or words[0] not in lang.aux or not be.intersection(words[:-1]):
        return None
    verb = words[-1]
    nouns = [t for t in q.terms if 0 <= t.index < len(words) - 1 and t.weight >= 1.0]
    if not nouns or any(nm.end >= len(words) for nm in q.names):
        return None
    asked = set(q.entity_ids)
    for info in ix.body:
        for k, tok in enumerate(info.tokens):
            if tok.norm != verb or not any(
                o.norm in lang.negations for o in info.tokens[max(0, k - NEAR) : k]
            ):
                continue
            a = clause_start(lang, info, k)
            at = [_last(info, a, k, t) for t in nouns]
            if None not in at and not _owned_by_another(info, min(at), asked):
                return Found(prefer_body(ix, info), 0.8)
    return None


def _last(info, a: int, k: int, t) -> int | None:
    """The last word from ``a`` to before ``k`` that is the term's, if one."""
    hits = [
        j for j in range(a, k) if info.tokens[j].stem == t.stem or info.tokens[j].norm == t.word
    ]
    return hits[-1] if hits else None


def _owned_by_another(info, j: int, asked: set[int]) -> bool:
    """ "Y's refund", "the Y refund": a name not asked about, right before the noun, owns it."""
    return any(m.entity not in asked and 0 <= j - m.end <= 1 for m in info.mentions if m.start >= 0)
