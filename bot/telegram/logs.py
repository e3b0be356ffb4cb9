"""Logging for the Telegram bot: one stderr handler whose every record — message, exception text
and stack — is redacted, so the bot token never reaches a log line.

httpx is kept at WARNING: its INFO lines carry request URLs, and the token is in the URL.
"""

from __future__ import annotations

import logging
import os
import re
import sys

_REDACT_RE = re.compile(r"(bot)?[0-9]{1,20}:[A-Za-z0-9_-]{30,100}")


def redact(text: str, token: str | None = None) -> str:
    """Remove ``bot<digits>:<secret>`` (and the token itself) from ``text``."""
    if token:
        text = text.replace(token, "<token>")
    return _REDACT_RE.sub(lambda m: "bot<token>" if m.group(1) else "<token>", text)


class RedactFilter(logging.Filter):
    """Redacts the message, the exception text and the stack of every record a handler sees."""

    def __init__(self, token: str | None = None):
        super().__init__()
        self.token = token
        self.formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: keep the raw text
            msg = str(record.msg)
        record.msg, record.args = redact(msg, self.token), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.token)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.token)
        return True


class RedactFormatter(logging.Formatter):
    """A formatter whose whole output is redacted once more (belt and braces)."""

    def __init__(self, fmt: str, token: str | None = None):
        super().__init__(fmt)
        self.token = token

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.token)


def setup_logging(token: str | None = None) -> None:
    """One stderr handler, redacting; httpx at WARNING; ARTICLE_BOT_LOG_LEVEL (default INFO)."""
    level = os.environ.get("ARTICLE_BOT_LOG_LEVEL", "INFO").upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(RedactFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token))
    handler.addFilter(RedactFilter(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)
