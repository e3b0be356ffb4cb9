"""Which language to write in for one update: a question's own language (detected from its text,
the sender's Telegram ``language_code`` only a hint), else — for /start, /help, usage texts and
empty inline queries, which have no question — the sender's language when the bot has it, else
the article's. A group can mix languages: each message is answered in its own.
"""

from __future__ import annotations

from telegram import User

from .. import replies
from ..engine import Engine
from ..replies import Replies


def hint(user: User | None) -> str | None:
    """The sender's language code, a hint for detection ("es-419" → "es")."""
    code = user.language_code if user is not None else None
    return code.split("-")[0].lower() if code else None


def user_lang(engine: Engine, user: User | None) -> str:
    """The sender's language when the bot speaks it, else the article's."""
    code = hint(user)
    return code if code in engine.languages() else engine.lexicon.lang


def texts(lang: str) -> Replies:
    """The reply texts of a language (loaded once)."""
    return replies.load(lang)


def command_languages(engine: Engine) -> list[str]:
    """The languages the command list is registered in besides the default one."""
    return [lang for lang in engine.languages() if lang != engine.lexicon.lang]
