"""The errors the core raises. Each prints as one line fit for ``Error: …``."""

from __future__ import annotations


class BotError(Exception):
    """Base class: a problem with the user's input, reported as one line, never a traceback."""


class ArticleError(BotError):
    """The article is missing, unreadable or empty."""


class IntentsError(BotError):
    """The intents YAML is malformed. ``problems`` holds every problem, ``file:line: what``."""

    def __init__(self, problems: list[str]):
        self.problems = list(problems)
        first = self.problems[0] if self.problems else "invalid intents"
        more = f" (and {len(self.problems) - 1} more)" if len(self.problems) > 1 else ""
        super().__init__(first + more)


class EvalFileError(BotError):
    """The evaluation question file is malformed."""
