"""What to do when a Bot API request fails: retry it, try once more with care, or give up.

Exactly once, as far as the Bot API allows (it has no idempotency key):

* retried with backoff — what certainly did not arrive: no connection (refused, connect or pool
  timeout, a request not fully written), a 429 (after its ``retry_after``), a 5xx answer, and a
  200 whose body is not a Bot API answer (a proxy's page: Telegram did not answer it);
* tried once more, after a pause — what *may* have arrived: the request went out and no answer
  came (read timeout, connection dropped). Sends get a long read timeout (``SEND_TIMEOUT``), so a
  slow answer is waited for rather than taken for a lost one; a second silence raises
  :class:`MaybeSent` and the request is not made again;
* final at once — 400 (our request is wrong), 401/403 (the token or the chat refuses us), a moved
  chat. The caller decides: the update stays pending for the next start.
"""

from __future__ import annotations

import asyncio
import logging

import httpx
from telegram.error import BadRequest, NetworkError, RetryAfter, TelegramError, TimedOut

from .logs import describe

log = logging.getLogger("article_bot.telegram")

SEND_TIMEOUT = 30.0  # seconds an answer to a send is waited for (python-telegram-bot: 5)
CAREFUL_PAUSE = 1.0  # seconds before the one retry of a request that may have arrived
BACKOFF_START, BACKOFF_MAX = 0.5, 30.0  # seconds between retries of a failed request
NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.WriteError,
            httpx.WriteTimeout, httpx.LocalProtocolError, httpx.ProxyError,
            httpx.UnsupportedProtocol)  # fmt: skip


class MaybeSent(TimedOut):
    """No answer twice: the request may have arrived, so it is not made again."""


class Expired(TelegramError):
    """A request that could not be made in time to be of use (an inline answer): dropped."""


def bad_response(exc: BaseException) -> bool:
    """A 200 whose body is not a Bot API answer (not JSON, or ``ok`` without ``result``)."""
    return type(exc) is TelegramError or not isinstance(exc, TelegramError)


def not_sent(exc: BaseException) -> bool:
    """Did the request certainly not take effect (so repeating it cannot make a copy)?"""
    if isinstance(exc, RetryAfter) or bad_response(exc):
        return True
    if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):  # TimedOut included
        cause = exc.__cause__
        if cause is None or isinstance(cause, TelegramError):  # an HTTP error status (5xx)
            return True
        return isinstance(cause, NOT_SENT)
    return False


def may_have_arrived(exc: BaseException) -> bool:
    """Did the request go out with no answer back (a read timeout, a dropped connection)?"""
    final = isinstance(exc, BadRequest)  # a NetworkError in python-telegram-bot, but an answer
    return isinstance(exc, NetworkError) and not final and not not_sent(exc)


class Attempts:
    """The retry budget of one request: how long to wait before the next try, or raise."""

    def __init__(self, endpoint: str, max_retries: int) -> None:
        self.endpoint = endpoint
        self.left = max_retries
        self.backoff = BACKOFF_START
        self.careful_done = False

    def count(self, exc: BaseException) -> None:
        """Spend one retry on ``exc``; raise it when none is left."""
        if self.left <= 0:
            raise exc
        self.left -= 1

    async def after(self, exc: BaseException) -> None:
        """Wait before the next try after ``exc``, or raise (see the module)."""
        if may_have_arrived(exc):
            if self.careful_done:
                msg = f"no answer to {self.endpoint} twice: it may have arrived, so not sent again"
                raise MaybeSent(msg) from exc
            self.careful_done = True
            log.warning("%s: no answer (%s), it may have arrived: one more try in %.1f s",
                        self.endpoint, describe(exc), CAREFUL_PAUSE)  # fmt: skip
            await asyncio.sleep(CAREFUL_PAUSE)
            return
        if not not_sent(exc):
            raise exc
        self.count(exc)
        log.warning(
            "%s failed (%s): retrying in %.1f s", self.endpoint, describe(exc), self.backoff
        )
        await asyncio.sleep(self.backoff)
        self.backoff = min(self.backoff * 2, BACKOFF_MAX)
