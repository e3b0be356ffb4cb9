"""What else, apart from X — "apart from the program, what else does X want?", "what else is
planned besides the levy?": the words after a ``besides_words`` phrase (up to the question word,
or to the end) are what the asker already has, so the sentence that says them is no answer;
another sentence that meets the rest of the question is, the one most like the set-aside
sentence (what else is said the same way), or none."""

from __future__ import annotations

from ..answering.evidence import Found, grounded, names_nearby, prefer_body, rank
from ..answering.language import Language
from ..answering.question import Query, Term
from ..facts import SentenceFacts

NEED = 0.5  # the share of the rest of the question another sentence must meet


def aside_terms(lang: Language, q: Query) -> tuple[Term, ...]:
    """The question's content words set aside by "apart from …" (and the phrase's own words),
    none when no such phrase opens a stretch of plain words."""
    w = q.words
    for k, word in enumerate(w):
        phrase = next(
            (p for p in lang.besides.get(word, ()) if tuple(w[k : k + len(p)]) == p), None
        )
        if phrase is None:
            continue
        end = next(
            (j for j in range(k + len(phrase), len(w)) if w[j] in lang.question_words), len(w)
        )
        return tuple(t for t in q.terms if k <= t.index < end)
    return ()


def other_than(ix, q: Query, aside: tuple[Term, ...]) -> Found | None:
    """The sentence that meets the question less ``aside`` and says none of ``aside``'s words:
    of the best of them, the one sharing most words with the sentence that says the set-aside
    thing."""
    rest = [t for t in q.terms if t not in aside]
    if not rest and not q.entity_ids:
        return None
    keys = {t.stem for t in aside} | {t.word for t in aside}
    said = next((r.info for r in rank(ix, q) if _says_any(r.info, keys)), None)
    ranked = [
        r
        for r in rank(ix, q, terms=rest)
        if not _says_any(r.info, keys)
        and r.coverage >= NEED
        and grounded(ix, q, r.info, rest)
        and names_nearby(ix, q, r.info)
    ]
    if not ranked:
        return None
    like = _content(ix, said) if said is not None else frozenset()
    best = max(ranked, key=lambda r: (len(like & _content(ix, r.info)), r.score))
    return Found(prefer_body(ix, best.info), best.coverage)


def _says_any(info: SentenceFacts, keys: set[str]) -> bool:
    return any(t.stem in keys or t.norm in keys for t in info.tokens)


def _content(ix, info: SentenceFacts) -> frozenset[str]:
    """The sentence's stems that are no stopwords."""
    return frozenset(t.stem for t in info.tokens if t.norm not in ix.lang.stop)
