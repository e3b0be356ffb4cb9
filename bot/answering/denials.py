"""Denials of a passive: "Has the refund been paid?" / "the refund has not been paid". A yes/no
question that ends with its verb, asked of a noun, is answered no by a sentence that puts that
noun before the same verb with a negator right before it — even when the verb is a light one
("made", "done") that the question's words do not count, so that no sentence about another
thing "made" answers yes first. So is one asked of a name and the noun it got ("Has X been
paid his refund?", "has X received the refund?"): the noun before the question's verb, or a
light one of the language's ``light_passives`` ("the refund has not been *made*"), denied —
in a sentence that names X, or right after one that does."""

from __future__ import annotations

from .evidence import Found, prefer_body
from .index import ArticleIndex
from .polarity import PUNCTUATION, clause_start
from .question import Query

NEAR = 3  # words from a negator to the verb it denies ("has *not* yet been paid")
OWNER_REACH = 4  # words from a name to the noun that is theirs ("pay X *a termination payout*")


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


def object_denied(ix: ArticleIndex, q: Query) -> Found | None:
    """ "Has X been paid his refund?" / "the refund has not been made": the sentence that
    denies the question's last noun its verb (or a light one), about X, if one."""
    lang, words = ix.lang, q.words
    be = lang.lex.writing.get("be_forms", frozenset())
    if len(words) < 4 or words[0] not in lang.aux or not q.names or q.names[0].start != 1:
        return None
    x = q.names[0].entity
    v = q.names[0].end
    while v < len(words) and words[v] in be:
        v += 1
    objects = [t for t in q.terms if t.index > v + 1 and t.weight >= 1.0]
    if x is None or v >= len(words) - 1 or not objects:
        return None
    if any(nm.entity not in (None, x) for nm in q.names):
        return None  # "has X paid Y …": someone else in it
    stem = lang.lex.rules.stem
    verbs = {words[v], stem(words[v])} | lang.lex.words.get("light_passives", frozenset())
    head = max(objects, key=lambda t: t.index)
    asked = {x}
    for info in ix.body:
        for k, tok in enumerate(info.tokens):
            if (tok.norm not in verbs and tok.stem not in verbs) or not any(
                o.norm in lang.negations for o in info.tokens[max(0, k - NEAR) : k]
            ):
                continue
            j = _last(info, clause_start(lang, info, k), k, head)
            if j is None or _owned_by_another(info, j, asked) or not _about(ix, info, x, head):
                continue
            return Found(prefer_body(ix, info), 0.8)
    return None


def _about(ix: ArticleIndex, info, x: int, head) -> bool:
    """Is the noun X's: in the sentence, or the one before it in its paragraph, X named a few
    words before the noun, no verb of saying or auxiliary between ("to pay *X* a refund", "*X's*
    refund")?"""
    i = info.sentence.index
    prev = ix.facts.sentences[i - 1] if i else None
    near = [info]
    if prev is not None and prev.sentence.paragraph == info.sentence.paragraph:
        near.append(prev)
    for s in near:
        toks, text = s.tokens, s.sentence.text
        for m in s.mentions:
            if m.entity != x or m.start < 0:
                continue
            for j in range(m.end, min(len(toks), m.end + OWNER_REACH)):
                if j > m.end and not PUNCTUATION.isdisjoint(text[toks[j - 1].end : toks[j].start]):
                    break
                if toks[j].norm in ix.lang.say or toks[j].norm in ix.lang.aux:
                    break  # "X says the refund …": X speaks of it
                if toks[j].stem == head.stem or toks[j].norm == head.word:
                    return True
    return False


def _last(info, a: int, k: int, t) -> int | None:
    """The last word from ``a`` to before ``k`` that is the term's, if one."""
    hits = [
        j for j in range(a, k) if info.tokens[j].stem == t.stem or info.tokens[j].norm == t.word
    ]
    return hits[-1] if hits else None


def _owned_by_another(info, j: int, asked: set[int]) -> bool:
    """ "Y's refund", "the Y refund": a name not asked about, right before the noun, owns it."""
    return any(m.entity not in asked and 0 <= j - m.end <= 1 for m in info.mentions if m.start >= 0)
