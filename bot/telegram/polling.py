"""Long polling: fetch updates with ``getUpdates``, take each in, move on.

The raw batch is fetched (python-telegram-bot's public ``do_api_request``) so that each update is
read on its own (:func:`~bot.telegram.processor.take`): one that cannot be read is set aside
instead of failing the batch and blocking the queue. The offset that acknowledges a batch is sent
only with the next ``getUpdates``, after the batch is in the journal. Failures back off (0.5 s
doubling to 30 s); a rejected token ends polling with :class:`~bot.telegram.config.TokenError`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import warnings
from typing import Any

from telegram.error import EndPointNotFound, InvalidToken, RetryAfter, TelegramError
from telegram.ext import Application

from .config import TokenError
from .flood import retry_after_seconds
from .journal import Journal, valid_id
from .logs import describe
from .processor import take

log = logging.getLogger("article_bot.telegram")

ALLOWED_UPDATES = ["message", "inline_query", "callback_query"]
LONG_POLL = 25  # seconds Telegram may hold a getUpdates open
# do_api_request is public API; it only suggests get_updates, which cannot read updates one by one
warnings.filterwarnings("ignore", message=r"Please use 'Bot\.getUpdates'")


class Poller:
    """The polling loop of one Application."""

    def __init__(self, app: Application, journal: Journal) -> None:
        self.app = app
        self.journal = journal
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
                log.warning("getUpdates failed (%s): retrying in %.1f s", describe(e), delay)
            else:
                moved = await self.take(batch)
                delay = 0.0 if moved else min(max(delay * 2, 0.5), 30.0)
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

    async def take(self, batch: object) -> bool:
        """Take each update of ``batch`` in; False if it was not a list or moved nothing on."""
        if not isinstance(batch, list):
            log.warning("getUpdates answered something other than a list: ignored")
            return False
        before = self.offset
        for raw in batch:
            uid = valid_id(raw.get("update_id")) if isinstance(raw, dict) else None
            if uid is not None:
                self.offset = max(self.offset or 0, uid + 1)
            await take(raw, self.app.bot, self.journal, self.app.update_queue)
        return not batch or self.offset != before

    async def confirm(self) -> None:
        """Acknowledge what was taken (at stop), so Telegram does not send it again."""
        if self.offset is None:
            return
        with contextlib.suppress(TelegramError, asyncio.TimeoutError):
            await asyncio.wait_for(self.fetch(0, limit=1), 3)
