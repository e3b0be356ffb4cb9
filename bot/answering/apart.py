"""Another's own arrangement: "will X manage it?" of "it will have *its own separate*
management" (the asked noun marked as its owner's own, X named only as the other party), or of
"it will be managed *independently of* X" — the sentence gives what is asked to someone other
than X, and says so: a no. Only when that is explicit — one of the language's
``own_markers`` right before the noun, or one of its ``apart_phrases`` right before X; a
sentence that merely gives the thing to someone else says nothing here."""

from __future__ import annotations

from ..facts import SentenceFacts
from .doers import terms_at
from .index import ArticleIndex
from .language import Language
from .polarity import PUNCTUATION, clause_end, clause_start
from .question import Query

OWN_REACH = 3  # words from an own-marker to its noun ("its *own* separate management")
PARTY_REACH = 2  # words from an apart phrase to the name ("independently of *the* X")


def given_apart(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """ "Will X manage it?" of "it will have its own separate management" (X named only as the
    other party) or "… managed independently of X": the doer asked — the first name, or the
    one after "by" — is explicitly not the one the sentence gives it to."""
    lang = ix.lang
    if not q.names or q.names[0].entity is None or q.unknown:
        return False
    by = next((k for k, w in enumerate(q.words) if w in lang.agent_prepositions), None)
    doer = next((nm for nm in q.names if by is not None and nm.start > by), q.names[0])
    if doer.entity is None or (doer is q.names[0] and doer.start > 1):
        return False  # the first name is no subject ("did the plan of X …")
    asked = set(q.words)
    terms = [t for t in q.terms if t.weight >= 1.0]
    return any(
        apart(lang, info, k, doer.entity, asked) for t in terms for k in terms_at(ix, info, t)
    )


def apart(lang: Language, info: SentenceFacts, k: int, party: int, asked: set[str]) -> bool:
    """Does the sentence give word ``k`` (a word the question asks about) to someone other
    than entity ``party`` — explicitly? ``asked``: the question's words (a question that itself
    says "its own" asks about exactly that)."""
    words = lang.lex.words
    own = words.get("own_markers", frozenset())
    mentions = [m for m in info.mentions if m.start >= 0 and m.entity == party]
    if not mentions:
        return False
    if own.isdisjoint(asked) and _marked_own(lang, info, k, own):
        a = clause_start(lang, info, k)
        if any(a <= m.start < k for m in mentions):
            return False  # "X will have its own management": X's
        return all(_after_preposition(lang, info, m.start) for m in mentions)
    return _apart_after(lang, info, k, mentions, words.get("apart_phrases", frozenset()))


def _marked_own(lang: Language, info: SentenceFacts, k: int, own: frozenset[str]) -> bool:
    """Is one of the own-markers among the few words right before word ``k``, in its phrase?"""
    toks, text = info.tokens, info.sentence.text
    for j in range(k - 1, max(-1, k - 1 - OWN_REACH), -1):
        if not PUNCTUATION.isdisjoint(text[toks[j].end : toks[j + 1].start]):
            return False
        if toks[j].norm in own:
            return True
    return False


def _after_preposition(lang: Language, info: SentenceFacts, j: int) -> bool:
    """Is the name at word ``j`` the object of a preposition ("owned *by* X", "*of* X")?"""
    toks = info.tokens
    while j > 0 and toks[j - 1].norm in lang.determiners:
        j -= 1
    return j > 0 and toks[j - 1].norm in lang.stop and toks[j - 1].norm not in lang.say


def _apart_after(lang: Language, info: SentenceFacts, k: int, mentions, phrases) -> bool:
    """ "managed *independently of* X": after word ``k``, in its clause, an apart phrase, then
    the name within a word or two."""
    toks = info.tokens
    end = clause_end(lang, info, k)
    for p in phrases:
        ws = p.split()
        n = len(ws)
        for j in range(k + 1, end - n + 1):
            if all(toks[j + i].norm == w for i, w in enumerate(ws)):
                if any(0 <= m.start - (j + n) <= PARTY_REACH for m in mentions):
                    return True
    return False
