"""The Telegram edge of article-bot: private chats, groups and inline mode over the Bot API.

The answering core (:mod:`bot.engine`) never imports telegram; this package is the only part
that does, and :mod:`bot.cli` imports it lazily for ``article-bot serve``. One module a concern:

* :mod:`.config` — the token, the Bot API URL, the webhook secret, the journal's place;
* :mod:`.logs` — logging with every record redacted (the token in any spelling, the secret);
* :mod:`.journal` — the update journal on SQLite (no telegram import: unit-testable on its own);
* :mod:`.delivery` — what is retried, what is tried once more, what is final;
* :mod:`.flood` — flood control per destination on python-telegram-bot's public
  ``BaseRateLimiter``;
* :mod:`.processor` — updates taken in once, handled, settled in the journal;
* :mod:`.polling`, :mod:`.webhook` — the two ways updates arrive;
* :mod:`.addressing`, :mod:`.texts`, :mod:`.handlers` — reading messages, writing replies, the
  handlers registered in one flat function;
* :mod:`.app` — building the Application and its lifecycle (start, run, drain, stop).

The names below are imported on first use, so ``bot.telegram.journal`` (or ``.logs``) can be
imported without python-telegram-bot.
"""

from __future__ import annotations

import importlib
from typing import Any

_NAMES = {
    "serve": "app",
    "build_application": "app",
    "Journal": "journal",
    "redact": "logs",
    "clean": "addressing",
    "cut_utf16": "addressing",
    "_clean": "addressing",  # the names the end-to-end tests have always imported
    "_cut_utf16": "addressing",
}

__all__ = ["Journal", "build_application", "clean", "cut_utf16", "redact", "serve"]


def __getattr__(name: str) -> Any:
    module = _NAMES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name.lstrip("_"))
