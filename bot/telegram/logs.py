"""Logging for the Telegram bot: one stderr handler whose every record — message, exception text
and stack — is redacted, so neither the bot token nor the webhook secret reaches a log line.

The token is redacted in any spelling an error page or a library may echo: whole, with its colon
URL-encoded (``%3A``), or its secret part alone; so is anything shaped like a token. httpx is
kept at WARNING: its INFO lines carry request URLs, and the token is in the URL. :func:`describe`
gives the one line a failed Bot API call deserves (never the HTML page of an error).
"""

from __future__ import annotations

import logging
import os
import re
import sys
from urllib.parse import quote

_TOKEN_SHAPE = re.compile(r"(bot)?[0-9]{1,20}(?::|%3[Aa])[A-Za-z0-9_-]{30,100}")
PAGE_CUT = ". Parsing the server response"  # python-telegram-bot appends the raw page after this
DESCRIBE_MAX = 160


class Redactor:
    """The secrets of this run, and how to remove them from any text."""

    def __init__(self) -> None:
        self.secrets: dict[str, str] = {}  # secret -> what it is replaced with

    def add(self, secret: str | None, label: str = "<secret>") -> None:
        """Redact ``secret`` from now on (a token also URL-encoded and by its secret part)."""
        if not secret:
            return
        encoded = quote(secret, safe="")
        for form in (secret, encoded, encoded.replace("%3A", "%3a")):
            self.secrets[form] = label
        if ":" in secret:
            self.secrets[secret.split(":", 1)[1]] = label
        self.secrets = dict(sorted(self.secrets.items(), key=lambda kv: -len(kv[0])))

    def __call__(self, text: str) -> str:
        for secret, label in self.secrets.items():
            text = text.replace(secret, label)
        return _TOKEN_SHAPE.sub(lambda m: "bot<token>" if m.group(1) else "<token>", text)


REDACTOR = Redactor()


def redact(text: str, token: str | None = None) -> str:
    """``text`` without the secrets of this run (and ``token``), nor anything shaped like a token."""
    if token and token not in REDACTOR.secrets:
        REDACTOR.add(token, "<token>")
    return REDACTOR(text)


def describe(exc: BaseException) -> str:
    """One short line for a failed call: its kind and message, without any error page."""
    text = str(exc).split(PAGE_CUT, 1)[0]
    text = " ".join(text.split())
    if len(text) > DESCRIBE_MAX:
        text = text[: DESCRIBE_MAX - 1] + "…"
    return REDACTOR(f"{type(exc).__name__}: {text}" if text else type(exc).__name__)


class LibraryNoise(logging.Filter):
    """python-telegram-bot's request layer logs a failed call itself — the whole error page and
    a traceback, at ERROR. Our own line already says it, once: those records are kept only at
    DEBUG, as one short line without the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith("telegram.request"):
            return True
        if logging.getLogger().getEffectiveLevel() > logging.DEBUG:
            return False
        try:
            msg = record.getMessage()
        except Exception:
            msg = str(record.msg)
        msg = " ".join(msg.split())
        record.msg = msg if len(msg) <= DESCRIBE_MAX else msg[: DESCRIBE_MAX - 1] + "…"
        record.args, record.exc_info, record.exc_text = None, None, None
        return True


class RedactFilter(logging.Filter):
    """Redacts the message, the exception text and the stack of every record a handler sees."""

    def __init__(self, redactor: Redactor = REDACTOR):
        super().__init__()
        self.redactor = redactor
        self.formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: keep the raw text
            msg = str(record.msg)
        record.msg, record.args = self.redactor(msg), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redactor(record.exc_text)
        if record.stack_info:
            record.stack_info = self.redactor(record.stack_info)
        return True


class RedactFormatter(logging.Formatter):
    """A formatter whose whole output is redacted once more (belt and braces)."""

    def __init__(self, fmt: str, redactor: Redactor = REDACTOR):
        super().__init__(fmt)
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        return self.redactor(super().format(record))


def setup_logging(token: str | None = None) -> None:
    """One stderr handler, redacting; httpx at WARNING; ARTICLE_BOT_LOG_LEVEL (default INFO)."""
    REDACTOR.add(token, "<token>")
    level = os.environ.get("ARTICLE_BOT_LOG_LEVEL", "INFO").upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(LibraryNoise())
    handler.addFilter(RedactFilter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)
