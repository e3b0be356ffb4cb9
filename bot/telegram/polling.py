"""Long polling: fetch updates with ``getUpdates``, hand each to the update queue, move on.

Each update is read on its own (``Update.de_json``), so one that cannot be read is logged once —
its id and the reason, never its text — and acknowledged with the others instead of blocking the
queue. The offset that acknowledges a batch is sent only with the next ``getUpdates``, after the
batch is in the queue (and so in the journal). Failures back off (0.5 s doubling to 30 s); a
rejected token ends polling with :class:`~bot.telegram.config.TokenError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from typing import Any

from telegram import Update
from telegram.error import EndPointNotFound, InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from .config import TokenError
from .flood import retry_after_seconds

log = logging.getLogger("article_bot.telegram")

ALLOWED_UPDATES = ["message", "inline_query", "callback_query"]
LONG_POLL = 25  # seconds Telegram may hold a getUpdates open
# do_api_request is public API; it only suggests get_updates, which cannot read updates one by one
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.getUpdates'")


def update_id_of(raw: object) -> int | None:
    """The update's id if it has a usable one."""
    uid = raw.get("update_id") if isinstance(raw, dict) else None
    return uid if isinstance(uid, int) and not isinstance(uid, bool) else None


class Poller:
    """The polling loop of one Application."""

    def __init__(self, app: Application) -> None:
        self.app = app
        self.offset: int | None = None

    async def run(self) -> None:
        """Delete any webhook, then fetch and queue updates until cancelled."""
        await self.app.bot.delete_webhook()
        log.info("polling for updates")
        delay = 0.0
        while True:
            try:
                batch = await self.fetch(LONG_POLL)
            except (InvalidToken, EndPointNotFound):  # getUpdates exists: the token is refused
                raise TokenError("Telegram no longer accepts the bot token (revoked?)") from None
            except RetryAfter as e:
                delay = retry_after_seconds(e)
                log.warning("getUpdates: flood control, retrying in %.1f s", delay)
            except TelegramError as e:
                delay = min(max(delay * 2, 0.5), 30.0)
                log.warning("getUpdates failed (%s): retrying in %.1f s", e, delay)
            else:
                delay = 0.0
                await self.take(batch)
            if delay:
                await asyncio.sleep(delay)

    async def fetch(self, timeout: int, limit: int = 100) -> Any:
        """One ``getUpdates`` call; the raw result (a list of update dicts)."""
        kwargs: dict[str, Any] = {"timeout": timeout, "limit": limit}
        kwargs["allowed_updates"] = ALLOWED_UPDATES
        if self.offset is not None:
            kwargs["offset"] = self.offset
        return await self.app.bot.do_api_request(
            "getUpdates", api_kwargs=kwargs, read_timeout=timeout + 10
        )

    async def take(self, batch: object) -> None:
        """Queue each readable update of ``batch``; log the others; advance the offset."""
        if not isinstance(batch, list):
            log.warning("getUpdates answered something other than a list: ignored")
            return
        for raw in batch:
            uid = update_id_of(raw)
            if uid is None:
                log.warning("an update without a valid update_id: set aside")
                continue
            self.offset = max(self.offset or 0, uid + 1)
            try:
                update = Update.de_json(raw, self.app.bot)
            except Exception as e:  # any malformed field: its type, never its content
                log.warning("update %s cannot be read (%s): set aside", uid, type(e).__name__)
                continue
            await self.app.update_queue.put(update)

    async def confirm(self) -> None:
        """Acknowledge what was taken (at stop), so Telegram does not send it again."""
        if self.offset is None:
            return
        with contextlib.suppress(TelegramError, asyncio.TimeoutError):
            await asyncio.wait_for(self.fetch(0, limit=1), 3)
