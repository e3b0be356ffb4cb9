"""Updates between Telegram and the handlers: journaled before they are acknowledged, handled
concurrently, marked finished in the journal once their handler is done.

:class:`JournaledQueue` is the Application's update queue: it drops updates the journal has seen
and journals the rest as they are put in. :class:`JournaledProcessor` is a public
``BaseUpdateProcessor``: it runs each update's handlers and then marks it finished; an update
whose handling is cancelled (a stop) stays pending and is replayed at the next start.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from .journal import Journal

log = logging.getLogger("article_bot.telegram")


class JournaledQueue(asyncio.Queue):
    """The update queue: drops updates already seen, journals the rest before they are acked."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.duplicates = 0

    async def put(self, item: object) -> None:
        """Queue ``item``; an Update is journaled first, or dropped if seen before."""
        if isinstance(item, Update):
            if self.journal.seen(item.update_id):
                self.duplicates += 1
                log.info("update %s delivered again: ignored", item.update_id)
                return
            self.journal.received(item.update_id, item.to_dict())
        await super().put(item)

    async def replay(self, item: Update) -> None:
        """Queue an update read back from the journal (already journaled)."""
        await super().put(item)


class JournaledProcessor(BaseUpdateProcessor):
    """Concurrent handling; marks each update finished in the journal once its handler is done."""

    def __init__(self, journal: Journal, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self.journal = journal
        self.inflight: set[asyncio.Task] = set()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def do_process_update(self, update: object, coroutine: Awaitable[object]) -> None:
        """Run the handlers; a finished update is marked so, a cancelled one stays pending."""
        task = asyncio.current_task()
        if task:
            self.inflight.add(task)
        try:
            await coroutine
        except asyncio.CancelledError:
            raise  # stays pending in the journal: replayed at the next start
        else:
            if isinstance(update, Update):
                self.journal.finished(update.update_id)
        finally:
            if task:
                self.inflight.discard(task)
