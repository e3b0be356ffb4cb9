"""The answering core's pipeline for one article: read the question, take a follow-up as the
previous question about a new name, classify it by the intents' patterns, and let its kind answer
(with the fallbacks the registry declares)."""

from __future__ import annotations

import copy
import dataclasses
import re

from ..answer import Answer
from ..article import Article
from ..facts import Facts
from ..lexicon import Lexicon
from ..replies import Message, Replies
from ..text import fold
from .about import describe, examples
from .answers import Ask, Voice
from .index import ArticleIndex
from .intent import Classifier
from .language import Language
from .question import Query, read
from .registry import Registry


class Answerer:
    """Answers questions about one article with one registry of kinds."""

    languages = None  # the other languages questions may be asked in (bot.languages.speakers)
    reader = staticmethod(read)  # question text → Query (another language has its own)

    def __init__(
        self, article: Article, facts: Facts, lex: Lexicon, texts: Replies, registry: Registry
    ):
        self.ix = ArticleIndex.build(article, facts, Language.of(lex))
        self.lex = lex
        self.intents = Classifier(lex)
        self.texts = texts
        self.registry = registry
        self.examples: tuple[Message, ...] = tuple(examples(self.ix))
        self.voice = Voice.of(texts, self.examples)

    # -- the question's language: detected before it is read --------------------------------
    def for_question(self, question: str, lang: str | None = None, hint: str | None = None):
        """The answerer of the question's language (``lang``, else detected; ``hint``: the
        sender's language, which breaks a tie)."""
        if self.languages is None:
            return self
        return self.languages.answerer(self, lang or self.languages.detect(question, hint))

    def speaking(self, lex, texts: Replies, reader) -> Answerer:
        """This answerer for questions in another language: the same article, index and kinds;
        that language's patterns, reading and reply texts."""
        other = copy.copy(self)
        other.lex, other.intents, other.texts = lex, Classifier(lex), texts
        other.voice = Voice.of(texts, self.examples)
        other.reader, other.languages = reader, None
        return other

    def read(self, question: str, context: Answer | None = None) -> Query:
        return self.reader(self.ix, question, tuple(context.entities) if context else ())

    def classify(self, question: str, context: Answer | None = None) -> str | None:
        return self.intents.classify(self.read(question, context).symbols)

    def answer(
        self, question: str, context: Answer | None = None, lang: str | None = None, hint=None
    ) -> Answer:
        speaker = self.for_question(question, lang, hint)
        if speaker is not self:
            return speaker.answer(question, context)
        q = self.read(question, context)
        if not q.tokens:
            return self._ask(question, q, None).decline("decline.not_a_question")
        follow = self._follow_up(q, context)
        if follow is not None:
            return follow
        intent = self.intents.classify(q.symbols)
        ask = self._ask(question, q, intent)
        kind = self.registry.kinds.get(intent) if intent else None
        if kind is None:  # no pattern matched (the English intents end with a catch-all)
            return ask.decline()
        if q.missing_title and kind.reads_names:
            return ask.decline("decline.no_such_title", title=q.missing_title)
        return self.registry.run(intent, ask)

    def _ask(self, question: str, q: Query, intent: str | None) -> Ask:
        return Ask(question, q, self.ix, intent, self.voice)

    def _follow_up(self, q: Query, context: Answer | None) -> Answer | None:
        """ "and Turkey?" after "Did Iran support X?": the previous question about the new name."""
        if context is None or not context.entities or not self.intents.is_follow_up(q.symbols):
            return None
        if len(q.entity_ids) != 1:
            return None
        entities = self.ix.facts.entities
        old_q = context.question
        old_q_folded = fold(old_q)
        for old in context.entities:
            e_old = next((e for e in entities if e.name == old), None)
            if e_old is None:
                continue
            for alias in sorted(e_old.aliases, key=len, reverse=True):
                m = re.search(rf"\b{re.escape(alias)}\b", old_q_folded)
                if m:
                    new_name = entities[q.entity_ids[0]].name
                    redo = old_q[: m.start()] + new_name + old_q[m.end() :]
                    return dataclasses.replace(self.answer(redo), question=q.raw)
        return None

    def suggestions(self, n: int) -> list[str]:
        """Questions this article can answer, made from its own facts."""
        return [self.texts.render(m) for m in self.examples[:n]]

    def describe(self, untitled: str, lead: bool) -> str:
        d = describe(self.ix, untitled, lead)
        return d if isinstance(d, str) else self.texts.render(d)
