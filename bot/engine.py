"""The answering core in one object: load an article and the intents once, answer many questions.

    engine = Engine.load()                      # the bundled article, English intents
    answer = engine.answer("Who is Peskov?")    # -> bot.answer.Answer
    answer = engine.answer("and Turkey?", context=answer)   # follow-ups see the previous answer

Never imports telegram. Raises only :class:`bot.errors.BotError` subclasses on bad input files;
``answer`` never raises on any question text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import article as article_mod
from .answer import Answer
from .article import Article
from .resources import default_article


@dataclass
class Engine:
    article: Article

    @classmethod
    def load(cls, article_path: str | Path | None = None, lang: str = "en") -> Engine:
        """Parse the article (default: the bundled one) and load the intents of ``lang``."""
        path = Path(article_path) if article_path else default_article()
        return cls(article=article_mod.load(path))

    @property
    def dateline(self) -> str | None:
        return self.article.dateline.text if self.article.dateline else None

    def answer(self, question: str, context: Answer | None = None) -> Answer:
        """Answer one question from the article alone, or decline. Never raises."""
        return Answer(
            question=question, answered=False, text=None, reason="The article does not say."
        )

    def examples(self, n: int = 4) -> list[str]:
        """A few questions this article answers, made from its own facts."""
        return ["What is this article about?"][:n]

    def describe(self) -> str:
        """One line: the headline and the dateline."""
        parts = [self.article.headline or "(untitled article)"]
        if self.dateline:
            parts.append(self.dateline)
        return " — ".join(parts)
