"""Flood control: when each Bot API request may go, per destination.

:class:`FloodControl` implements python-telegram-bot's public ``BaseRateLimiter`` interface
(python-telegram-bot calls :meth:`FloodControl.process_request` around every request but
``getUpdates``). The stock ``AIORateLimiter`` does not serve: a 429 for one chat pauses every
chat, and it keeps a 30-deep burst bucket (60 messages can pass in one second).

* overall ≤ 26 messages a second with bursts of 3 (at most 29 in any one-second window);
* one message a second per chat: a chat's requests go one at a time, in order, the next one at
  least ``chat_interval`` after the previous answer came back;
* ≤ 20 a minute per group, as a sliding window over when the answers came back (a group gets
  its first 20 at once, rather than one every three seconds);
* a 429 ``retry_after`` pauses only its destination: the chat it was for, or — for a call
  without a chat (inline and button answers) — only that kind of call; then it is retried;
* inline and button answers that could only be made after Telegram stops accepting them
  (``EXPIRES``) are dropped (:class:`~bot.telegram.delivery.Expired`), not retried;
* what is retried after other failures: :mod:`bot.telegram.delivery`.

For a stop, it knows which tasks have a request on the wire or one that got through
(:meth:`FloodControl.committed`), and which were cut off on the wire; after :meth:`FloodControl.close` no other task starts a request.
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
from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter
from telegram.warnings import PTBDeprecationWarning

from .delivery import Attempts, Expired, may_have_arrived

log = logging.getLogger("article_bot.telegram")

Callback = Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]]
MAX_CHATS = 4096  # chat slots kept before idle ones are forgotten
# seconds after the first try when an answer is no use: Telegram refuses late inline answers
EXPIRES = {"answerInlineQuery": 10.0, "answerCallbackQuery": 10.0}


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
    """Keeps Telegram's limits per destination and never drops a 429'd message (see the module)."""

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
        self.paused: dict[str, float] = {}  # chat-less endpoint -> monotonic time it may resume
        self.wire: dict[asyncio.Task, int] = {}  # tasks with requests on the wire, how many
        self.through: set[asyncio.Task] = set()  # tasks with a request that (may have) arrived
        self.cut: set[asyncio.Task] = set()  # tasks cancelled while a request was on the wire
        self.closing = False
        self.retry_afters = 0  # 429s seen

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    # ------------------------------------------------------------------------- for a stop

    def close(self) -> None:
        """From now on only tasks that already reached Telegram may make requests."""
        self.closing = True

    def was_cut(self, task: asyncio.Task) -> bool:
        """Was ``task`` cancelled with a request on the wire (that may have arrived)?"""
        return task in self.cut

    def committed(self, task: asyncio.Task) -> bool:
        """Has ``task`` a request on the wire, or one that (may have) got through?"""
        return task in self.wire or task in self.through

    def forget(self, task: asyncio.Task) -> None:
        self.through.discard(task)
        self.cut.discard(task)

    # ------------------------------------------------------------------------- requests

    async def process_request(
        self,
        callback: Callback,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict | list[dict]:
        """Wait for the destination's turn, make the request, retry as delivery says."""
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        group = isinstance(chat_id, str) or (isinstance(chat_id, int) and chat_id < 0)
        slot = self.slot(chat_id) if chat_id is not None else None
        attempts = Attempts(endpoint, rate_limit_args or self.max_retries)
        expires = EXPIRES.get(endpoint)
        deadline = time.monotonic() + expires if expires else None
        async with slot.lock if slot else contextlib.nullcontext():
            while True:
                await self.turn(slot, group, endpoint, deadline)
                try:
                    return await self.send(callback, args, kwargs, chat=slot is not None)
                except RetryAfter as exc:
                    self.retry_afters += 1
                    attempts.count(exc)
                    self.pause(slot, endpoint, retry_after_seconds(exc) + 0.1)
                except Exception as exc:
                    await attempts.after(exc)  # waits, or raises
                finally:
                    if slot:
                        now = time.monotonic()
                        slot.next_ok = max(slot.next_ok, now + self.chat_interval)
                        if group:
                            slot.recent.append(now)

    async def send(self, callback: Callback, args: Any, kwargs: dict[str, Any], chat: bool) -> Any:
        """Make the request once (within the overall rate when it is for a chat)."""
        task = asyncio.current_task()
        async with self.overall if chat else contextlib.nullcontext():
            if self.closing and task is not None and not self.committed(task):
                task.cancel()  # a stop: requests that have not started do not start
                await asyncio.sleep(0)
            assert task is not None
            self.wire[task] = self.wire.get(task, 0) + 1
            try:
                result = await callback(*args, **kwargs)
            except BaseException as exc:
                if isinstance(exc, asyncio.CancelledError):
                    self.cut.add(task)  # cut off on the wire: it may have arrived
                elif may_have_arrived(exc):
                    self.through.add(task)
                raise
            finally:
                self.wire[task] -= 1
                if not self.wire[task]:
                    del self.wire[task]
            self.through.add(task)
            return result

    def pause(self, slot: ChatSlot | None, endpoint: str, seconds: float) -> None:
        """Honour a 429: the chat waits, or (without a chat) that kind of call waits."""
        log.info("429 on %s: retrying in %.1f s", endpoint, seconds)
        until = time.monotonic() + seconds
        if slot:
            slot.next_ok = max(slot.next_ok, until)
        else:
            self.paused[endpoint] = max(self.paused.get(endpoint, 0.0), until)

    async def turn(
        self, slot: ChatSlot | None, group: bool, endpoint: str, deadline: float | None
    ) -> None:
        """Wait until the destination may get its next request (Expired past ``deadline``)."""
        while True:
            now = time.monotonic()
            wait = slot.next_ok - now if slot else self.paused.get(endpoint, 0.0) - now
            if slot and group:
                while slot.recent and slot.recent[0] <= now - self.group_period:
                    slot.recent.popleft()
                if len(slot.recent) >= self.group_max:
                    wait = max(wait, slot.recent[0] + self.group_period - now)
            if wait <= 0:
                return
            if deadline is not None and now + wait > deadline:
                raise Expired(f"{endpoint} could not be made in time: dropped")
            await asyncio.sleep(wait)

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
