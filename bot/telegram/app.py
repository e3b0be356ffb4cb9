"""The Application's wiring and lifecycle: ``article-bot serve`` from start to exit.

:func:`build_application` puts the pieces together (flood control, the journaled update queue
and processor, the handlers); :func:`run` starts it — ``getMe`` retried while the API is
unreachable, the journal replayed, then polling or a webhook — and stops it on SIGTERM/SIGINT or
when the token is revoked. Only public python-telegram-bot API is used.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import time
from typing import Any
from urllib.parse import urlsplit

from telegram import Update
from telegram.error import InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ApplicationBuilder

from .. import replies as replies_mod
from ..engine import Engine
from ..errors import BotError
from . import config, handlers
from .config import ServeError, TokenError
from .flood import FloodControl
from .journal import Journal
from .logs import redact, setup_logging
from .polling import ALLOWED_UPDATES, Poller
from .processor import JournaledProcessor, JournaledQueue

log = logging.getLogger("article_bot.telegram")

SHUTDOWN_GRACE = 3.0  # seconds in-flight answers get to finish on SIGTERM before they are parked


def build_application(
    token: str,
    engine: Engine,
    api_url: str = config.DEFAULT_API_URL,
    journal: Journal | None = None,
    lang: str = "en",
) -> Application:
    """The Application: handlers, concurrent updates, flood control, journal, redacted errors."""
    journal = journal or Journal(None)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(api_url)
        .base_file_url(config.file_url(api_url))
        .update_queue(JournaledQueue(journal))
        .concurrent_updates(JournaledProcessor(journal, 256))
        .rate_limiter(FloodControl(max_retries=30))
        .connection_pool_size(128)
        .pool_timeout(30.0)
        .build()
    )
    handlers.add_handlers(app, engine, replies_mod.load(lang))
    app.bot_data["journal"] = journal
    return app


def log_identity(app: Application) -> None:
    """After getMe: who the bot is, and what privacy mode and inline mode mean for it."""
    me = app.bot.bot
    log.info("running as @%s (id %s)", me.username, me.id)
    if not me.can_read_all_group_messages:
        log.info(
            "privacy mode is on: in groups the bot gets /ask commands and replies to its "
            "messages, but plain @mentions may not reach it. To answer them, send /setprivacy "
            "to @BotFather, choose @%s, Disable, then remove the bot from the group and add it again.",
            me.username,
        )
    if not me.supports_inline_queries:
        log.info("inline mode is off: send /setinline to @BotFather to turn it on")


async def initialize(app: Application) -> None:
    """``app.initialize()`` (getMe), retried while the API is unreachable or answers 5xx."""
    delay = 0.5
    while True:
        try:
            await app.initialize()
            return
        except InvalidToken:
            raise TokenError("Telegram rejected the bot token (Unauthorized)") from None
        except (NetworkError, TimedOut, RetryAfter) as e:
            log.warning("getMe failed (%s): retrying in %.1f s", e, delay)
        await asyncio.sleep(delay)  # run() cancels this on SIGTERM/SIGINT
        delay = min(delay * 2, 30.0)


async def run(app: Application, args: Any, journal: Journal) -> int:
    """Start (polling or webhook), run until SIGTERM/SIGINT, stop cleanly."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    poller = None if getattr(args, "webhook_url", None) else Poller(app)
    tasks: list[asyncio.Task] = []
    started = False
    try:
        startup = asyncio.create_task(start(app, args, journal))
        if not await first(startup, stopping):
            return 0
        started = True
        # polling ends only by raising (a revoked token); a webhook runs until the signal
        fetching = asyncio.create_task(poller.run() if poller else stopping.wait())
        tasks += [fetching, asyncio.create_task(handlers.set_commands(app))]
        await first(fetching, stopping)
        log.info("stopping")
        return 0
    finally:
        await stop(app, poller, tasks, started)
        journal.close()


async def first(task: asyncio.Task, stopping: asyncio.Event) -> bool:
    """Wait for ``task`` or a stop signal; True if the task finished first (a stop cancels it)."""
    stop_wait = asyncio.create_task(stopping.wait())
    await asyncio.wait({task, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
    stop_wait.cancel()
    if task.done():
        task.result()  # raises what the task raised
        return True
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
    return False


async def start(app: Application, args: Any, journal: Journal) -> None:
    """getMe, replay the journal, start the Application and, for a webhook, its server."""
    await initialize(app)
    log_identity(app)
    queue: JournaledQueue = app.update_queue  # type: ignore[assignment]
    pending = journal.open()
    for data in pending:
        await queue.replay(Update.de_json(data, app.bot))
    if pending:
        log.info("replaying %d update(s) not handled before the last stop", len(pending))
    await app.start()
    webhook_url = getattr(args, "webhook_url", None)
    if webhook_url:
        await start_webhook(app, args, webhook_url)


async def start_webhook(app: Application, args: Any, webhook_url: str) -> None:
    """setWebhook with the secret and serve the webhook's path."""
    path = urlsplit(webhook_url).path.strip("/")
    try:
        await app.updater.start_webhook(
            listen=getattr(args, "listen", "127.0.0.1"),
            port=int(getattr(args, "port", 8443)),
            url_path=path,
            webhook_url=webhook_url,
            secret_token=args.secret_token,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=10,
        )
    except OSError as e:
        raise ServeError(f"cannot listen on {args.listen}:{args.port}: {e.strerror}") from None
    log.info("webhook set; listening on %s:%s/%s", args.listen, args.port, path)


async def stop(app: Application, poller: Poller | None, tasks: list, started: bool) -> None:
    """Stop fetching, give in-flight answers SHUTDOWN_GRACE seconds, park the rest, shut down."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if poller and started:
        await poller.confirm()
    with contextlib.suppress(Exception):
        if app.updater and app.updater.running:
            await asyncio.wait_for(app.updater.stop(), 5)
    if app.running:
        processor: JournaledProcessor = app.update_processor  # type: ignore[assignment]
        stopping = asyncio.create_task(app.stop())
        deadline = time.monotonic() + SHUTDOWN_GRACE
        while not stopping.done():
            await asyncio.wait({stopping}, timeout=0.1)
            if time.monotonic() > deadline and not stopping.done():
                for task in list(processor.inflight):
                    task.cancel()  # its update stays in the journal for the next start
        with contextlib.suppress(Exception):
            stopping.result()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(app.shutdown(), 5)


def serve(args: Any) -> int:
    """``article-bot serve``: run the Telegram bot until SIGTERM/SIGINT; returns the exit code."""
    token = None
    try:
        token = config.read_token(args)
    finally:
        setup_logging(token)
    api_url = config.api_url(args)
    if getattr(args, "webhook_url", None):
        args.secret_token = config.webhook_secret(args)  # a bad one stops it before anything starts
    engine = Engine.load(getattr(args, "article", None))
    lang = engine.lexicon.lang  # the article's; each question is answered in its own language
    path = config.journal_path(token)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no update journal (%s): restarts may lose or repeat answers", e)
            path = None
    journal = Journal(path)
    app = build_application(token, engine, api_url=api_url, journal=journal, lang=lang)
    try:
        return asyncio.run(run(app, args, journal))
    except BotError:
        raise
    except Exception as e:
        log.critical("stopped: %s", e, exc_info=e)
        raise ServeError(redact(f"stopped: {e}", token)) from None
