"""Questions that ask for an exact value ("when exactly …?", "how many times precisely?")
answered only by a vague one ("earlier", "numerous times"): the article gives no exact value,
so the answer is a decline, not the vague word."""

from __future__ import annotations

import re

from ..answer import Answer
from ..text import fold
from .language import Language

# the kinds whose short answer is a value, and the decline each gives when it is not exact
_DECLINES = {"when": "decline.when", "count": "decline.no_number", "how_long": "decline.when"}
_WORDS = re.compile(r"[\w’']+")


def inexact_decline(lang: Language, question: str, answer: Answer) -> str | None:
    """The decline's key when the question asks for an exact value and the answer's short
    answer is a vague quantity or a vague relative time; None when the answer stands."""
    key = _DECLINES.get(answer.intent or "")
    if key is None or not answer.answered or answer.message is None:
        return None
    words = lang.lex.words
    if not set(_WORDS.findall(fold(question))) & words.get("precision_words", frozenset()):
        return None
    fields = dict(answer.message.fields)
    value = fields.get("time") or fields.get("text") or fields.get("count")
    if not isinstance(value, str):
        return None
    said = " ".join(_WORDS.findall(fold(value)))
    if said in words.get("vague_times", frozenset()):
        return key
    first = said.split()[0] if said else ""
    return key if first in words.get("vague_quantifiers", frozenset()) else None
