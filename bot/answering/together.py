"""Alone or together: "Did X win the prize on his own?" is answered no by a sentence that has X
share it ("X shares the prize with Y", "X and Y jointly won", "together with Y"); a yes needs a
sentence that says "alone" itself — one that only says X won it is no answer to "on his own".

The words are the language's: ``alone_words`` (in the question) and ``shared_words`` (in the
sentence; "share … with" is "share", then "with" later in the same clause).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..facts import SentenceFacts
from .language import Language
from .polarity import clause_end

GAP = "..."  # a shared word's gap, as folded ("share … with")


def alone_span(lang: Language, words: Sequence[str]) -> tuple[int, int] | None:
    """Words ``start``..``end`` of the question that ask whether it was done alone, if any."""
    for phrase in lang.alone_words:
        parts = phrase.split()
        if parts and parts[0] not in words:
            continue  # (most phrases: their first word is not there at all)
        n = len(parts)
        for i in range(len(words) - n + 1):
            if list(words[i : i + n]) == parts:
                return i, i + n
    return None


def says_alone(lang: Language, info: SentenceFacts) -> bool:
    """Does the sentence itself say it was done alone?"""
    norms = [t.norm for t in info.tokens]
    return alone_span(lang, norms) is not None


def shared_at(lang: Language, info: SentenceFacts) -> int | None:
    """The first word of the sentence that says it was done with someone else, if one does."""
    toks = info.tokens
    for k in range(len(toks)):
        for phrase in lang.shared_words:
            head, tail = _parts(phrase)
            if not _at(toks, k, head):
                continue
            if not tail:
                return k
            end = clause_end(lang, info, k + len(head) - 1)
            if any(_at(toks, j, tail) for j in range(k + len(head), end)):
                return k
    return None


def with_whom(lang: Language, info: SentenceFacts, k: int) -> int:
    """Where the words after the shared word at ``k`` begin that say with whom ("shares the
    prize *with* Y"): past its tail word, or right after the word itself."""
    toks = info.tokens
    for phrase in lang.shared_words:
        head, tail = _parts(phrase)
        if not _at(toks, k, head):
            continue
        if not tail:
            return k + len(head)
        for j in range(k + len(head), clause_end(lang, info, k + len(head) - 1)):
            if _at(toks, j, tail):
                return j + len(tail)
    return k + 1


def _parts(phrase: str) -> tuple[list[str], list[str]]:
    """A shared word's words before its gap and after it ("share … with": share, with)."""
    head, _, tail = phrase.partition(GAP)
    return head.split(), tail.split()


def _at(toks, k: int, words: list[str]) -> bool:
    """Do these words stand at word ``k``?"""
    return k + len(words) <= len(toks) and all(toks[k + i].norm == w for i, w in enumerate(words))
