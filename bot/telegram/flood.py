"""Flood control: when each Bot API request may go, and what to do when it fails.

:class:`FloodControl` implements python-telegram-bot's public ``BaseRateLimiter`` interface
(python-telegram-bot calls :meth:`FloodControl.process_request` around every request but
``getUpdates``). The stock ``AIORateLimiter`` does not serve: a 429 for one chat pauses every
chat, and it keeps a 30-deep burst bucket (60 messages can pass in one second).

* overall ≤ 26 messages a second with bursts of 3 (at most 29 in any one-second window);
* one message a second per chat: a chat's requests go one at a time, in order, the next one at
  least ``chat_interval`` after the previous answer came back;
* ≤ 20 a minute per group, as a sliding window over when the answers came back (a group gets
  its first 20 at once, rather than one every three seconds);
* a 429 ``retry_after`` pauses only the chat it was for, then the request is retried; requests
  without a chat (inline answers) pause everyone;
* network errors, timeouts and 5xx answers are retried with backoff. Both kinds up to
  ``max_retries`` times; 400/401/403 are final.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dtm
import logging
import time
import warnings
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any

from aiolimiter import AsyncLimiter
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

log = logging.getLogger("article_bot.telegram")

Callback = Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]]
MAX_CHATS = 4096  # chat slots kept before idle ones are forgotten
BACKOFF_START, BACKOFF_MAX = 0.5, 30.0  # seconds between retries of a failed request


def retry_after_seconds(exc: RetryAfter) -> float:
    """``exc.retry_after`` in seconds, whether the library gives an int or a timedelta."""
    with warnings.catch_warnings():  # int time periods are deprecated in v22: either is fine here
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = exc.retry_after
    if isinstance(value, dtm.timedelta):
        return value.total_seconds()
    return float(value)


class ChatSlot:
    """One chat's turn-taking: a lock (one request at a time, FIFO) and when it may go next."""

    __slots__ = ("lock", "next_ok", "recent")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.next_ok = 0.0  # monotonic time the chat's next request may start
        self.recent: deque[float] = deque()  # groups: when the last answers came back


class FloodControl(BaseRateLimiter[int]):
    """Keeps Telegram's limits per chat and never drops a 429'd message (see the module)."""

    def __init__(
        self,
        max_retries: int = 30,
        chat_interval: float = 1.0,
        group_max: int = 20,
        group_period: float = 60.0,
        overall_rate: float = 26.0,
        burst: int = 3,
    ) -> None:
        self.max_retries = max_retries
        self.chat_interval = chat_interval
        self.group_max, self.group_period = group_max, group_period
        self.overall = AsyncLimiter(burst, burst / overall_rate)
        self.chats: dict[int | str, ChatSlot] = {}
        self.everyone = asyncio.Event()  # cleared while a chat-less 429 holds everyone
        self.everyone.set()
        self.retry_afters = 0  # 429s seen
        self.network_retries = 0

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def slot(self, chat_id: int | str) -> ChatSlot:
        """The chat's slot (idle ones are forgotten once there are many)."""
        if len(self.chats) > MAX_CHATS:
            now = time.monotonic()
            for key, s in list(self.chats.items()):
                if not s.lock.locked() and s.next_ok < now:
                    del self.chats[key]
        found = self.chats.get(chat_id)
        if found is None:
            found = self.chats[chat_id] = ChatSlot()
        return found

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict | list[dict]:
        """Wait for the request's turn, make it, retry 429s and transient failures."""
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        group = isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)
        slot = self.slot(chat_id) if chat_id is not None else None
        max_retries = rate_limit_args or self.max_retries
        backoff = BACKOFF_START
        async with slot.lock if slot else contextlib.nullcontext():
            for attempt in range(max_retries + 1):
                if slot:
                    await self.chat_turn(slot, group)
                try:
                    return await self.send(callback, args, kwargs, chat=slot is not None)
                except RetryAfter as exc:
                    self.retry_afters += 1
                    if attempt == max_retries:
                        raise
                    await self.pause(slot, endpoint, retry_after_seconds(exc) + 0.1)
                except (BadRequest, Forbidden, InvalidToken, ChatMigrated):
                    raise
                except (NetworkError, TimedOut) as exc:  # includes 5xx ("Bad Gateway")
                    self.network_retries += 1
                    if attempt == max_retries:
                        raise
                    log.warning("%s failed (%s): retrying in %.1f s", endpoint, exc, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, BACKOFF_MAX)
                finally:
                    if slot:
                        now = time.monotonic()
                        slot.next_ok = max(slot.next_ok, now + self.chat_interval)
                        if group:
                            slot.recent.append(now)
        raise AssertionError("unreachable")  # pragma: no cover

    async def send(self, callback: Callback, args: Any, kwargs: dict[str, Any], chat: bool) -> Any:
        """Make the request once, within the overall rate when it is for a chat."""
        async with self.overall if chat else contextlib.nullcontext():
            await self.everyone.wait()
            return await callback(*args, **kwargs)

    async def pause(self, slot: ChatSlot | None, endpoint: str, seconds: float) -> None:
        """Honour a 429: the chat waits; without a chat to blame, everyone waits."""
        log.info("429 on %s: retrying in %.1f s", endpoint, seconds)
        if slot:
            slot.next_ok = time.monotonic() + seconds
            return
        self.everyone.clear()
        try:
            await asyncio.sleep(seconds)
        finally:
            self.everyone.set()

    async def chat_turn(self, slot: ChatSlot, group: bool) -> None:
        """Wait until the chat may get its next message."""
        while True:
            now = time.monotonic()
            wait = slot.next_ok - now
            if group:
                while slot.recent and slot.recent[0] <= now - self.group_period:
                    slot.recent.popleft()
                if len(slot.recent) >= self.group_max:
                    wait = max(wait, slot.recent[0] + self.group_period - now)
            if wait <= 0:
                return
            await asyncio.sleep(wait)
