"""The answering core in one object: load an article and the intents once, answer many questions.

    engine = Engine.load()                      # the bundled article, English intents
    answer = engine.answer("Who is Smith?")    # -> bot.answer.Answer
    answer = engine.answer("and Holm?", context=answer)   # follow-ups see the previous answer
    answer = engine.answer("when?", context=answer.about)    # or only what it was about

A conversation passes each answer (or its ``about``: what it was about, as facts, which is all a
follow-up needs and what a long-lived store keeps) as the context of the next question.

Never imports telegram. Raises only :class:`bot.errors.BotError` subclasses on bad input files;
``answer`` never raises on any question text. ``intents`` is a folder of ``<lang>/`` intents
(default: ``ARTICLE_BOT_INTENTS``, else the bundled ones); ``kinds`` are modules of extra kinds of
question (each registered with ``@kind``) beside the bundled ones in :mod:`bot.kinds`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from . import article as article_mod
from . import facts as facts_mod
from . import kinds as kinds_mod
from . import lexicon as lexicon_mod
from . import replies as replies_mod
from .answer import Answer
from .answering.about import UNTITLED
from .answering.answerer import Answerer
from .answering.answers import DEFAULT_DECLINE, say
from .answering.context import About, about_of
from .article import Article
from .facts import Facts
from .languages.speakers import Languages
from .lexicon import Lexicon
from .resources import default_article, intents_dir

log = logging.getLogger(__name__)


@dataclass
class Engine:
    article: Article
    facts: Facts
    lexicon: Lexicon
    answerer: Answerer

    @classmethod
    def load(
        cls,
        article_path: str | Path | None = None,
        lang: str = "en",
        intents: str | Path | None = None,
        kinds: Iterable[ModuleType] = (),
    ) -> Engine:
        """Parse the article (default: the bundled one) and load the intents of ``lang``."""
        path = Path(article_path) if article_path else default_article()
        return cls._made(lambda lex: article_mod.load(path, lexicon=lex), lang, intents, kinds)

    @classmethod
    def from_text(cls, text: str, lang: str = "en", **options) -> Engine:
        """An engine over article text given directly (tests, other front ends); ``options``:
        ``intents`` and ``kinds`` as for :meth:`load`."""
        return cls._made(lambda lex: article_mod.parse(text, lexicon=lex), lang, **options)

    @classmethod
    def _made(cls, read_article, lang: str, intents=None, kinds=()) -> Engine:
        lex = lexicon_mod.load(lang, intents)
        return cls.build(read_article(lex), lex, intents, kinds)

    @classmethod
    def build(
        cls,
        art: Article,
        lex: Lexicon,
        intents: str | Path | None = None,
        kinds: Iterable[ModuleType] = (),
    ) -> Engine:
        registry = kinds_mod.registry(kinds)
        registry.check(lex)  # every intent has its kind, every kind its intent
        texts = replies_mod.load(lex.lang, intents)
        f = facts_mod.extract(art, lex)
        answerer = Answerer(art, f, lex, texts, registry)
        answerer.languages = Languages(_intents_dir(intents), lex.lang, registry)
        return cls(art, f, lex, answerer)

    @property
    def dateline(self) -> str | None:
        return self.article.dateline.text if self.article.dateline else None

    def answer(
        self,
        question: str,
        context: Answer | About | None = None,
        lang: str | None = None,
        hint: str | None = None,
    ) -> Answer:
        """Answer one question from the article alone, or decline. Never raises. ``context``:
        the previous answer of the conversation (or its ``about``), for follow-ups. The answer
        is written in the question's language: ``lang``, else detected (``hint``, the sender's
        language, breaks a tie)."""
        if not isinstance(question, str):
            question = str(question)
        try:
            prior = getattr(context, "lang", None)  # an answer's or a kept context's
            return self.answerer.for_question(question, lang, hint, prior).answer(question, context)
        except Exception:  # a bug must cost one answer, never the bot (tests set the env to see it)
            if os.environ.get("ARTICLE_BOT_STRICT"):
                raise
            log.exception("answering failed on a question")
            why = say(DEFAULT_DECLINE)
            reason = self.answerer.texts.render(why)
            about = about_of(context)  # the conversation goes on from the answer before
            return Answer(
                question=question, answered=False, text=None, reason=reason, message=why,
                remember=lambda: about,
            )  # fmt: skip

    def classify(
        self, question: str, context: Answer | About | None = None, lang: str | None = None
    ) -> str | None:
        """The intent a question is read as (None: no pattern matches)."""
        return self.answerer.for_question(question, lang).classify(question, context)

    def examples(self, n: int = 4, lang: str | None = None) -> list[str]:
        """A few questions this article answers, made from its own facts (in ``lang``)."""
        return self.speaker(lang).suggestions(n)

    def warm(self) -> Engine:
        """Ready for a stream of questions (the bot, a chat, questions on stdin): the question
        patterns are compiled now, not lazily at the first question that needs each (which
        keeps a one-question ``ask`` quick to start). Returns the engine."""
        self.answerer.warm()
        return self

    def speaker(self, lang: str | None) -> Answerer:
        """The answerer of one language (the article's when None); IntentsError when the
        language has no folder."""
        if lang is None or self.answerer.languages is None:
            return self.answerer
        return self.answerer.languages.answerer(self.answerer, lang)

    def languages(self) -> list[str]:
        """The languages questions may be asked in."""
        langs = self.answerer.languages
        return langs.supported() if langs is not None else [self.lexicon.lang]

    def detect(self, text: str, hint: str | None = None) -> str:
        """The language a text is written in (of :meth:`languages`)."""
        langs = self.answerer.languages
        return langs.detect(text, hint) if langs is not None else self.lexicon.lang

    def describe(self, lang: str | None = None) -> str:
        """One line: the headline and the dateline."""
        return self.speaker(lang).describe(UNTITLED, lead=False)


def _intents_dir(intents: str | Path | None) -> Path:
    return Path(intents or os.environ.get("ARTICLE_BOT_INTENTS") or intents_dir())
