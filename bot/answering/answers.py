"""Answer and decline builders: a kind says what it found (a message key, its fields, the
sentences that support it); this writes the :class:`~bot.answer.Answer`, with the text in the
engine's language and the language-neutral :class:`~bot.replies.Message` beside it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..answer import Answer
from ..article import Sentence
from ..facts import SentenceFacts
from ..frozen import frozen_slots
from ..replies import Message, Replies
from .index import ArticleIndex
from .question import Query

DEFAULT_DECLINE = "decline.default"
say = Message.of  # say("answer.role", name=…, role=…): a message to write in the language


@dataclass(frozen=True)
class Voice:
    """How one engine writes: its language's reply texts, and the questions it suggests after
    a decline (made once per article from its facts)."""

    texts: Replies
    suggestions: tuple[str, ...]
    suggestion_messages: tuple[Message, ...]

    @classmethod
    def of(cls, texts: Replies, examples: Iterable[Message], n: int = 3) -> Voice:
        msgs = tuple(examples)[:n]
        return cls(texts, tuple(texts.render(m) for m in msgs), msgs)


@frozen_slots  # made quickly (one or more per question)
class Ask:
    """One question put to one kind: what the kind reads, and how it answers or declines."""

    question: str  # as asked
    q: Query
    ix: ArticleIndex
    intent: str | None  # the kind answering: the answer's intent
    voice: Voice

    def answer(
        self,
        message: Message,
        infos: Iterable[SentenceFacts | Sentence],
        score: float,
        entities: Iterable[int | None] = (),
    ) -> Answer:
        """An answer quoting these sentences (each once, in the order given) — and, after
        them, the sentence that names the one a name answer gives when they only describe it
        ("the court heard …" after "… at Lewes Crown Court")."""
        infos = list(infos)
        entities = list(entities)
        if message.key in NAME_KEYS and len(entities) == 1 and entities[0] is not None:
            infos = infos + _naming(self.ix, infos, entities[0])
        sents = {}
        for i in infos:
            s = i.sentence if type(i) is SentenceFacts else i
            sents.setdefault(s.index, s)
        return Answer(
            question=self.question,
            answered=True,
            text=self.voice.texts.render(message),
            sentences=tuple(sents.values()),
            intent=self.intent,
            score=max(0.0, min(1.0, round(score, 3))),
            dateline=self.ix.dateline,
            entities=tuple(self.ix.name(e) for e in entities if e is not None),
            message=message,
            lang=self.voice.texts.lang,
        )

    def decline(
        self, why: Message | str | None = None, score: float = 0.0, **fields: object
    ) -> Answer:
        """A decline saying why: a message, a message key and its fields, or the default."""
        if why is None:
            why = say(DEFAULT_DECLINE)
        elif isinstance(why, str):
            why = say(why, **fields)
        v = self.voice
        return Answer(
            question=self.question,
            answered=False,
            text=None,
            intent=self.intent,
            score=score,
            dateline=self.ix.dateline,
            reason=v.texts.render(why),
            suggestions=v.suggestions,
            message=why,
            suggestion_messages=v.suggestion_messages,
            lang=v.texts.lang,
        )


def unknown_reason(q: Query) -> Message | None:
    """ "The article does not mention Atlantis.": a capitalised word the article never uses."""
    if not q.unknown:
        return None
    names = [
        u.text
        for u in q.unknown
        if u.name or (u.text[:1].isupper() and (u.start > 0 or len(q.unknown) == 1))
    ]
    if not names:
        return None
    return say("decline.not_mentioned", name=names[0])


NAME_KEYS = frozenset({"answer.name", "answer.role"})  # answers that give one name


def _named_in(info: SentenceFacts, e: int) -> bool:
    return any(m.entity == e and m.how == "name" for m in info.mentions)


def _naming(ix: ArticleIndex, infos: list, e: int) -> list[SentenceFacts]:
    """The nearest sentence before the first of ``infos`` (else the first after it) that names
    ``e``, when none of them names it (they say "the court", "it"); none when one does or they
    are no sentences of the facts."""
    facts = [i for i in infos if type(i) is SentenceFacts]
    if not facts or len(facts) != len(infos) or any(_named_in(i, e) for i in facts):
        return []
    first = facts[0].sentence.index
    order = [*range(first - 1, -1, -1), *range(first + 1, len(ix.facts.sentences))]
    for k in order:  # ("the former chief … has denied it. X says …")
        other = ix.facts.sentences[k]
        if _named_in(other, e):
            return [other]
    return []
