"""The answering core in one object: load an article and the intents once, answer many questions.

    engine = Engine.load()                      # the bundled article, English intents
    answer = engine.answer("Who is Smith?")    # -> bot.answer.Answer
    answer = engine.answer("and Turkey?", context=answer)   # follow-ups see the previous answer

Never imports telegram. Raises only :class:`bot.errors.BotError` subclasses on bad input files;
``answer`` never raises on any question text.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from . import article as article_mod
from . import facts as facts_mod
from . import lexicon as lexicon_mod
from .answer import Answer
from .article import Article
from .facts import Facts
from .lexicon import Lexicon
from .matcher import Matcher
from .resources import default_article

log = logging.getLogger(__name__)


@dataclass
class Engine:
    article: Article
    facts: Facts
    lexicon: Lexicon
    matcher: Matcher

    @classmethod
    def load(cls, article_path: str | Path | None = None, lang: str = "en") -> Engine:
        """Parse the article (default: the bundled one) and load the intents of ``lang``."""
        lex = lexicon_mod.load(lang)
        path = Path(article_path) if article_path else default_article()
        art = article_mod.load(path, lexicon=lex)
        return cls.build(art, lex)

    @classmethod
    def from_text(cls, text: str, lang: str = "en") -> Engine:
        """An engine over article text given directly (tests, other front ends)."""
        lex = lexicon_mod.load(lang)
        art = article_mod.parse(text, lexicon=lex)
        return cls.build(art, lex)

    @classmethod
    def build(cls, art: Article, lex: Lexicon) -> Engine:
        f = facts_mod.extract(art, lex)
        return cls(article=art, facts=f, lexicon=lex, matcher=Matcher(art, f, lex))

    @property
    def dateline(self) -> str | None:
        return self.article.dateline.text if self.article.dateline else None

    def answer(self, question: str, context: Answer | None = None) -> Answer:
        """Answer one question from the article alone, or decline. Never raises."""
        if not isinstance(question, str):
            question = str(question)
        try:
            return self.matcher.answer(question, context)
        except Exception:  # a bug must cost one answer, never the bot (tests set the env to see it)
            if os.environ.get("ARTICLE_BOT_STRICT"):
                raise
            log.exception("matcher failed on a question")
            return Answer(
                question=question, answered=False, text=None, reason="The article does not say."
            )

    def examples(self, n: int = 4) -> list[str]:
        """A few questions this article answers, made from its own facts."""
        return self.matcher.examples(n)

    def describe(self) -> str:
        """One line: the headline and the dateline."""
        parts = [self.article.headline or "(untitled article)"]
        if self.dateline:
            parts.append(self.dateline)
        return " — ".join(parts)
