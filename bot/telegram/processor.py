"""Updates between Telegram and the handlers: taken in once, handled concurrently, settled in
the journal by how their handling ended.

:func:`take` is the one way in (polling, the webhook and the replay at start all use it): an
update seen before is dropped; one that cannot be read is set aside, logged once by id — never
its text — and acknowledged with the others, so it cannot block the queue; the rest are
journaled and queued. :class:`JournaledProcessor` is a public ``BaseUpdateProcessor``; after an
update's handlers ran it settles the journal:

* handled, or its answer *may* have arrived (no response twice, or a stop cut the request off on
  the wire), or it expired (a late inline answer) — finished: never sent again;
* failed for good (401/403, retries used up, a bug) — left pending: replayed at the next start,
  until it has been tried ``max_attempts`` times; then set aside;
* cancelled by a stop before anything reached Telegram — pending, the attempt given back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from telegram import Bot, Update
from telegram.error import InvalidToken
from telegram.ext import BaseUpdateProcessor

from .delivery import Expired, MaybeSent
from .flood import FloodControl
from .journal import Journal, valid_id
from .logs import describe

log = logging.getLogger("article_bot.telegram")


def read_update(raw: dict, bot: Bot, journal: Journal) -> Update | None:
    """``raw`` (journaled) as an Update, or None: set aside, logged once by id and reason."""
    uid = raw["update_id"]
    try:
        return Update.de_json(raw, bot)
    except Exception as e:  # any malformed field: the reason's kind, never the content
        log.warning("update %s cannot be read (%s): set aside", uid, type(e).__name__)
        journal.set_aside(uid, raw, f"cannot be read: {type(e).__name__}")
        return None


async def take(raw: object, bot: Bot, journal: Journal, queue: asyncio.Queue) -> bool:
    """Take one update from Telegram; True if it was queued for handling."""
    if not isinstance(raw, dict) or valid_id(raw.get("update_id")) is None:
        log.warning("an update without a usable update_id: acknowledged and dropped")
        return False
    if not journal.accept(raw):
        log.info("update %s delivered again: ignored", raw["update_id"])
        return False
    update = read_update(raw, bot, journal)
    if update is None:
        return False
    await queue.put(update)
    return True


class JournaledProcessor(BaseUpdateProcessor):
    """Concurrent handling; settles each update in the journal by how it ended (see module)."""

    def __init__(
        self, journal: Journal, flood: FloodControl, max_concurrent_updates: int = 256
    ) -> None:
        super().__init__(max_concurrent_updates)
        self.journal = journal
        self.flood = flood
        self.inflight: set[asyncio.Task] = set()
        self.errors: dict[int, BaseException] = {}  # id(update) -> what its handler raised
        self.closing = False  # a stop: updates not started stay pending
        self.token_refused = asyncio.Event()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    def failed(self, update: object, error: BaseException) -> None:
        """The error handler's report: ``update``'s handling raised ``error``."""
        self.errors[id(update)] = error
        if isinstance(error, InvalidToken):
            self.token_refused.set()

    async def do_process_update(self, update: object, coroutine: Awaitable[object]) -> None:
        """Run the handlers and settle the update in the journal."""
        uid = update.update_id if isinstance(update, Update) else None
        if self.closing:
            getattr(coroutine, "close", lambda: None)()  # never started: stays pending
            return
        task = asyncio.current_task()
        assert task is not None
        self.inflight.add(task)
        if uid is not None:
            self.journal.started(uid)
        try:
            await coroutine
        except asyncio.CancelledError:
            if uid is not None:
                self.stopped(uid, task)
            raise
        finally:
            self.inflight.discard(task)
            error = self.errors.pop(id(update), None)
            self.flood.forget(task)
        if uid is not None:
            self.settle(uid, error)

    def stopped(self, uid: int, task: asyncio.Task) -> None:
        """A stop cancelled the update's handling."""
        if self.flood.was_cut(task):
            log.warning("update %s: stopped while its answer was on the wire; not sent again", uid)
            self.journal.finished(uid, "stopped while sending: may have arrived")
        else:
            self.journal.release(uid)

    def settle(self, uid: int, error: BaseException | None) -> None:
        """Finished, or left pending for the next start (see the module)."""
        if error is None:
            self.journal.finished(uid)
        elif isinstance(error, MaybeSent | Expired):
            self.journal.finished(uid, describe(error))
        else:
            log.warning("update %s: left pending for the next start", uid)
