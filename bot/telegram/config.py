"""What ``article-bot serve`` is told: the bot token, the Bot API URL, the webhook secret and
where the update journal lives — read from the command line, the environment and files, and
checked before anything starts (a bad value is one :class:`TokenError`/:class:`ServeError` line).
"""

from __future__ import annotations

import logging
import os
import re
import secrets
from pathlib import Path
from typing import Any

from ..errors import BotError
from ..textfile import NotRegularFile, TooLarge, read_regular
from .delivery import SEND_TIMEOUT

log = logging.getLogger("article_bot.telegram")

DEFAULT_API_URL = "https://api.telegram.org/bot"
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{30,100}$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
SECRET_FILE_MAX = 4096  # bytes: a token or a webhook secret is far shorter


class TokenError(BotError):
    """The bot token is missing, malformed or rejected by Telegram."""

    exit_code = 2


class ServeError(BotError):
    """``serve`` could not start or stopped on an unexpected error (already redacted)."""


def read_secret_file(path: str, what: str) -> str:
    """The stripped text of a small regular file; TokenError (naming ``what``) otherwise."""
    try:
        raw = read_regular(path, SECRET_FILE_MAX)
    except OSError as e:
        raise TokenError(f"cannot read {what} {path}: {e.strerror}") from None
    except NotRegularFile as e:
        raise TokenError(f"{what} {path} is {e.kind}, not a regular file") from None
    except TooLarge:
        raise TokenError(f"{what} {path} is too large (over {SECRET_FILE_MAX} bytes)") from None
    try:
        return raw.decode("utf-8").strip()
    except UnicodeDecodeError:
        return ""  # not text: reported by the caller as not holding what it should


def read_token(args: Any) -> str:
    """The token from ``--token-file`` or ``TELEGRAM_BOT_TOKEN``; TokenError if absent or bad."""
    path = getattr(args, "token_file", None)
    if path:
        token = read_secret_file(path, "the token file")
        where = f"the token file {path}"
    else:
        token = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
        where = "TELEGRAM_BOT_TOKEN"
        if not token:
            raise TokenError(
                "no bot token: set TELEGRAM_BOT_TOKEN (or --token-file PATH) to the token "
                "@BotFather gave you"
            )
    if not TOKEN_RE.match(token):
        raise TokenError(f"{where} does not hold a bot token (expected <digits>:<secret>)")
    return token


def api_url(args: Any) -> str:
    """The Bot API base URL (``--api-url``, ``TELEGRAM_API_URL``, else Telegram's)."""
    url = getattr(args, "api_url", None) or os.environ.get("TELEGRAM_API_URL") or DEFAULT_API_URL
    if not re.match(r"^https?://[^/]+", url):
        raise ServeError(f"the Bot API URL must start with http:// or https://: {url!r}")
    if not url.endswith("/bot") and "{token}" not in url:
        log.warning(
            "the Bot API URL %s does not end in /bot: methods are called at %s<token>/<method>",
            url,
            url,
        )
    return url


def send_timeout() -> float:
    """Seconds an answer to a send is waited for (``ARTICLE_BOT_SEND_TIMEOUT``, default 30)."""
    try:
        value = float(os.environ.get("ARTICLE_BOT_SEND_TIMEOUT", SEND_TIMEOUT))
    except ValueError:
        value = SEND_TIMEOUT
    return value if 0 < value < float("inf") else SEND_TIMEOUT


def file_url(url: str) -> str:
    """The file download URL that goes with a Bot API base URL."""
    return re.sub(r"/bot(\{token\})?$", r"/file/bot\1", url)


def webhook_secret(args: Any) -> str:
    """``--secret-token-file``, ``--secret-token`` (warned: other users can read a command line),
    ``TELEGRAM_WEBHOOK_SECRET``, else a random one for this run."""
    path = getattr(args, "secret_token_file", None)
    secret = read_secret_file(path, "the webhook secret file") if path else None
    if path and not secret:
        raise TokenError(f"the webhook secret file {path} holds no secret")
    if not secret and getattr(args, "secret_token", None):
        log.warning(
            "--secret-token puts the webhook secret where any local user can read it "
            "(/proc/<pid>/cmdline, ps): use TELEGRAM_WEBHOOK_SECRET or --secret-token-file"
        )
        secret = args.secret_token
    secret = secret or os.environ.get("TELEGRAM_WEBHOOK_SECRET")
    if not secret:
        return secrets.token_urlsafe(32)
    if not SECRET_RE.match(secret):
        raise TokenError("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return secret


def journal_path(token: str, suffix: str = ".sqlite3") -> Path | None:
    """``$ARTICLE_BOT_STATE_DIR`` (``off`` disables), else ``$XDG_STATE_HOME/article-bot``;
    the file is named by the bot's public id (``.jsonl``: the journal of earlier versions)."""
    base = os.environ.get("ARTICLE_BOT_STATE_DIR")
    if base and base.lower() in ("off", "none", "-"):
        return None
    if not base:
        xdg = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        base = str(Path(xdg) / "article-bot")
    bot_id = token.split(":", 1)[0]  # the bot's public id, not the secret
    return Path(base) / f"updates-{bot_id}{suffix}"
