"""The answer the core gives: what reply formats and what the edges print or send."""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from dataclasses import field
from typing import TYPE_CHECKING

from .article import Sentence
from .frozen import frozen
from .replies import Message

if TYPE_CHECKING:
    from .answering.context import About


@frozen  # a frozen dataclass, made without a call per field (one answer per question)
class Answer:
    """One question's answer, or a grounded decline (``answered`` False, no sentences)."""

    question: str
    answered: bool
    text: str | None  # the short answer: a date, a speaker, a list, "Yes — …"; None on decline
    sentences: tuple[Sentence, ...] = ()  # verbatim article sentences that support it
    intent: str | None = None
    score: float = 0.0  # confidence 0..1
    dateline: str | None = None
    reason: str | None = None  # on decline: why, one line for the user ("The article does not …")
    entities: tuple[str, ...] = ()  # canonical names the question was about (for follow-ups)
    suggestions: tuple[str, ...] = field(default=())  # questions the article can answer
    # the same in language-neutral form, for writing the answer in another language:
    message: Message | None = None  # of ``text`` when answered, of ``reason`` when declined
    suggestion_messages: tuple[Message, ...] = ()
    lang: str = "en"  # the language the answer is written in (the question's)
    # makes ``about`` when it is first asked for (the core gives every answer one)
    remember: Callable[[], About | None] | None = field(default=None, compare=False, repr=False)

    @functools.cached_property
    def about(self) -> About | None:
        """What the answer was about, as facts — the kind asked, the entities, the list it gave,
        the sentences it answered from, the question as read (never in ``to_json``): the context
        of the next question of a conversation. Made when first asked for, not with every
        answer."""
        return self.remember() if self.remember is not None else None

    def remembering(self, remember: Callable[[], About | None]) -> Answer:
        """This answer, with how to make what it was about. The core sets it once, as the
        answer is made (before anyone else holds it: no copy of every field); else a copy."""
        if self.remember is not None:
            return dataclasses.replace(self, remember=remember)
        object.__setattr__(self, "remember", remember)
        return self

    def to_json(self) -> dict:
        """The ``ask --json`` object."""
        return {
            "question": self.question,
            "answered": self.answered,
            "answer": self.text,
            "sentences": [s.text for s in self.sentences],
            "dateline": self.dateline,
            "intent": self.intent,
            "score": round(float(self.score), 3),
        }
