"""A follow-up on another topic after a question of urging: "what does he recommend?", "what
did they ask for?", "what are they urging members to do?" — a verb whose object is what is
asked — then "and about alcohol?", "what about the banks?": the same question about that ("what
does he recommend about alcohol?"), the one urged and the verb kept, not a frame with only the
question word left ("what … alcohol?" answers any sentence that names alcohol)."""

from __future__ import annotations

from .index import ArticleIndex
from .language import FOLLOW
from .question import Query
from .rebuild import retopic


def urging(ix: ArticleIndex, q: Query) -> bool:
    """Does the question ask with a verb of urging or asking ("recommend", "ask for")?"""
    return q.has(ix.lang.lex.words.get("asking_verbs", frozenset()))


def urged_of(ix: ArticleIndex, q: Query, base: Query) -> Query | None:
    """ "what about X?" (opened as a follow-up, no name, no question word, no verb of its own)
    after a question of urging with no topic of its own: that question with X after it; None
    otherwise ("and about X?" is the topic swap's: :func:`urging` lets it add its "about")."""
    lang = ix.lang
    if q.opening != FOLLOW or q.names or not q.terms or not q.words or not urging(ix, base):
        return None
    if q.words[0] in lang.topic_words:
        return None
    if any(w in lang.question_words or w in lang.aux for w in q.words):
        return None
    if any(w in lang.topic_words for w in base.words):
        return None  # (the chain's own "about": the topic swap puts X in its place)
    return retopic(base, len(base.words), q, 0)
