"""A follow-up that brings only a word the article never uses: "and the weather?", "what about
tomorrow?" after a question about one of its events. Swapped into the question before, that word
makes a question of nothing ("how many countries backed weather?") whose nearest sentence is no
answer to anything asked: the follow-up declines — the article does not mention it.

Only a word written in lower case (a capitalised one, "and Japan?", is a name the swap asks
about, and says "not among them"), and only after an opening that swaps ("and", "what about").
"""

from __future__ import annotations

from ..replies import Message
from .answers import say
from .index import ArticleIndex
from .language import FOLLOW
from .question import Query


def stray_word(ix: ArticleIndex, q: Query) -> Message | None:
    """The decline of a follow-up whose one word of its own the article never uses, or None."""
    lang = ix.lang
    if q.opening != FOLLOW or q.names or not q.tokens:
        return None
    words = [k for k, w in enumerate(q.words) if w not in lang.stop and w not in lang.determiners]
    if len(words) != 1:
        return None
    k, tok = words[0], q.token(words[0])
    unknown = any(u.start == k and not u.name for u in q.unknown)  # (as the reading found it)
    if tok is None or not unknown or not tok.text[:1].islower() or not q.words[k].isalpha():
        return None
    return say("decline.not_mentioned", name=tok.text)
