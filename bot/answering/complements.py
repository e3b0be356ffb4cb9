"""What a question's closing words are said of: "which country did X call *a global leader*?" is
answered by the name the sentence writes right before those words ("Russia *as a global
leader* …", "called Russia *a global leader*") — the one the description is of."""

from __future__ import annotations

from ..facts import SentenceFacts
from ..languages.places import is_country
from .index import ArticleIndex
from .question import Query

REACH = 2  # words the description may spread over beyond its own ("a *strong* global leader")


def described_name(ix: ArticleIndex, q: Query) -> tuple[SentenceFacts, int] | None:
    """ "Which country did X call a global leader?": (sentence, entity) of the name of the kind
    asked right before the question's words after its verb, "as" and an article between — in a
    sentence that names X or quotes X; None when the question is not so or none is written."""
    lang = ix.lang
    w = q.words[: q.own_end]
    if len(w) < 6 or w[0] not in lang.which_words or w[2] not in lang.aux:
        return None
    subject = next((nm for nm in q.names if nm.start == 3 and nm.entity is not None), None)
    if subject is None or w[1] not in lang.place_nouns:
        return None
    tail = [t for t in q.terms if t.index > subject.end]
    if not tail or any(t.index < 0 for t in tail):
        return None
    country = w[1] in lang.country_nouns
    for info in ix.body:
        speaker = info.quote is not None and info.quote.speaker == subject.entity
        if subject.entity not in info.entities and not speaker:
            continue
        at = _written_at(info, tail)
        if at is None:
            continue
        eid = _name_before(ix, info, at)
        if eid is not None and eid != subject.entity and (not country or is_country(ix.name(eid))):
            return info, eid
    return None


def _written_at(info: SentenceFacts, tail) -> int | None:
    """Where the tail's words start in the sentence, in their order, close together."""
    toks = info.tokens
    for k, t in enumerate(toks):
        if t.stem != tail[0].stem and t.norm != tail[0].word:
            continue
        j, ok = k, True
        for term in tail[1:]:
            nxt = next(
                (
                    i
                    for i in range(j + 1, min(j + 2 + REACH, len(toks)))
                    if toks[i].stem == term.stem or toks[i].norm == term.word
                ),
                None,
            )
            if nxt is None:
                ok = False
                break
            j = nxt
        if ok:
            return k
    return None


def _name_before(ix: ArticleIndex, info: SentenceFacts, k: int) -> int | None:
    """The entity whose name ends right before word ``k``, past an article, "as" and at most
    REACH adjectives ("Russia as a global leader")."""
    lang, toks = ix.lang, info.tokens
    skip = lang.lex.writing.get("role_as_words", frozenset()) | lang.lex.writing.get(
        "articles", frozenset()
    )
    j, words = k - 1, 0
    while j >= 0 and (toks[j].norm in skip or toks[j].text[:1].islower()):
        words += toks[j].norm not in skip
        if words > REACH:
            return None
        j -= 1
    if j < 0 or info.sentence.text[toks[j].end : toks[j + 1].start] != " ":
        return None
    m = next((m for m in info.mentions if m.end == j + 1 and m.start >= 0), None)
    return m.entity if m is not None else None
