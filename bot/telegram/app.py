"""The Application's wiring and lifecycle: ``article-bot serve`` from start to exit.

:func:`build_application` puts the pieces together (flood control, the journaled processor, the
handlers; no python-telegram-bot ``Updater``: polling and the webhook are our own). :func:`run`
starts it — ``getMe`` retried while the API is unreachable, the journal replayed, then polling
or a webhook — and stops it on SIGTERM/SIGINT or when Telegram refuses the token:

1. stop taking updates (polling cancelled and its offset confirmed, or the webhook closed);
2. drain (:func:`drain`): updates not started, and those whose requests have not reached
   Telegram, stay pending for the next start; requests already on the wire get up to
   ``SHUTDOWN_BOUND`` seconds to finish, so they are not sent again at the next start;
3. stop and shut down the Application; close the journal.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import time
from typing import Any
from urllib.parse import urlsplit

from telegram.error import InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import Application, ApplicationBuilder

from .. import replies as replies_mod
from ..engine import Engine
from ..errors import BotError
from . import config, handlers
from .config import ServeError, TokenError
from .flood import FloodControl
from .journal import Journal
from .logs import REDACTOR, describe, redact, setup_logging
from .polling import ALLOWED_UPDATES, Poller
from .processor import JournaledProcessor, read_update, take
from .webhook import WebhookServer

log = logging.getLogger("article_bot.telegram")

SHUTDOWN_BOUND = 10.0  # seconds requests on the wire get to finish after SIGTERM
INLINE_TTL = 10.0  # seconds after which an inline query is not worth answering at a restart


def build_application(
    token: str,
    engine: Engine,
    api_url: str = config.DEFAULT_API_URL,
    journal: Journal | None = None,
    lang: str = "en",
) -> Application:
    """The Application: handlers, concurrent updates, flood control, journal, long send timeout."""
    journal = journal or Journal(None)
    flood = FloodControl(max_retries=30)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(api_url)
        .base_file_url(config.file_url(api_url))
        .updater(None)
        .concurrent_updates(JournaledProcessor(journal, flood, 256))
        .rate_limiter(flood)
        .connection_pool_size(256)
        .pool_timeout(30.0)
        .read_timeout(config.send_timeout())
        .build()
    )
    handlers.add_handlers(app, engine, replies_mod.load(lang))
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
            log.warning("getMe failed (%s): retrying in %.1f s", describe(e), delay)
        await asyncio.sleep(delay)  # run() cancels this on SIGTERM/SIGINT
        delay = min(delay * 2, 30.0)


async def run(app: Application, args: Any, journal: Journal) -> int:
    """Start (polling or webhook), run until SIGTERM/SIGINT or a refused token, stop."""
    stopping = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    processor: JournaledProcessor = app.update_processor  # type: ignore[assignment]
    webhook_url = getattr(args, "webhook_url", None)
    poller = None if webhook_url else Poller(app, journal)
    server: WebhookServer | None = None
    tasks: list[asyncio.Task] = []
    try:
        startup = asyncio.create_task(start(app, journal))
        if await until_stop([startup], stopping) is not startup:
            return 0
        if webhook_url:
            server = await start_webhook(app, args, webhook_url, journal)
        fetching = asyncio.create_task(poller.run() if poller else stopping.wait())
        refused = asyncio.create_task(processor.token_refused.wait())
        tasks += [fetching, refused, asyncio.create_task(handlers.set_commands(app))]
        ended = await until_stop([fetching, refused], stopping)
        if ended is fetching and poller:
            fetching.result()  # polling ends only by raising (a refused token)
        if ended is refused:
            raise TokenError("Telegram no longer accepts the bot token (revoked?)")
        log.info("stopping")
        return 0
    finally:
        await stop(app, poller, server, tasks)
        journal.close()


async def until_stop(tasks: list[asyncio.Task], stopping: asyncio.Event) -> asyncio.Task | None:
    """Wait for the first of ``tasks`` to end (its result checked) or for a stop signal (None:
    the tasks are then cancelled)."""
    signal_wait = asyncio.create_task(stopping.wait())
    await asyncio.wait({*tasks, signal_wait}, return_when=asyncio.FIRST_COMPLETED)
    signal_wait.cancel()
    for task in tasks:
        if task.done() and not stopping.is_set():
            task.result()  # raises what the task raised
            return task
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return None


async def start(app: Application, journal: Journal) -> None:
    """getMe, start the Application, replay what the journal holds."""
    await initialize(app)
    log_identity(app)
    pending = journal.open()
    await app.start()
    for raw in pending:
        update = read_update(raw, app.bot, journal)
        if update is not None:
            await app.update_queue.put(update)
    if pending:
        log.info("replaying %d update(s) not handled before the last stop", len(pending))


async def start_webhook(
    app: Application, args: Any, webhook_url: str, journal: Journal
) -> WebhookServer:
    """Listen, then setWebhook with the secret (Telegram's POSTs start once it is set)."""

    async def accept(raw: object) -> None:
        await take(raw, app.bot, journal, app.update_queue)

    path = urlsplit(webhook_url).path
    server = WebhookServer(path, args.secret_token, accept)
    listen, port = getattr(args, "listen", "127.0.0.1"), int(getattr(args, "port", 8443))
    try:
        await server.start(listen, port)
    except OSError as e:
        raise ServeError(f"cannot listen on {listen}:{port}: {e.strerror}") from None
    await app.bot.set_webhook(
        webhook_url, secret_token=args.secret_token, allowed_updates=ALLOWED_UPDATES
    )
    log.info("webhook set; listening on %s:%s%s", listen, port, server.path)
    return server


async def stop(
    app: Application, poller: Poller | None, server: WebhookServer | None, tasks: list
) -> None:
    """Stop taking updates, drain, stop the Application (see the module)."""
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    if server:
        await server.stop()
    if app.running:
        if poller:
            await poller.confirm()
        await drain(app, SHUTDOWN_BOUND)
        with contextlib.suppress(Exception):
            await asyncio.wait_for(app.stop(), 5)
    with contextlib.suppress(Exception):
        await asyncio.wait_for(app.shutdown(), 5)


async def drain(app: Application, bound: float) -> None:
    """Let requests on the wire finish (``bound`` seconds at most); cancel everything else."""
    processor: JournaledProcessor = app.update_processor  # type: ignore[assignment]
    flood: FloodControl = app.bot.rate_limiter  # type: ignore[assignment]
    processor.closing = True
    flood.close()
    queue = app.update_queue
    while not queue.empty():  # not started: they stay pending in the journal
        queue.get_nowait()
        queue.task_done()
    deadline = time.monotonic() + bound
    while processor.inflight:
        late = time.monotonic() > deadline
        for task in list(processor.inflight):
            if late or not flood.committed(task):
                task.cancel()
        await asyncio.wait(set(processor.inflight), timeout=0.05)
        if late:
            break


def serve(args: Any) -> int:
    """``article-bot serve``: run the Telegram bot until SIGTERM/SIGINT; returns the exit code."""
    token = None
    try:
        token = config.read_token(args)
    finally:
        setup_logging(token)
    os.environ.setdefault("PTB_TIMEDELTA", "true")  # the library's future: durations as timedelta
    api_url = config.api_url(args)
    if getattr(args, "webhook_url", None):
        args.secret_token = config.webhook_secret(args)  # a bad one stops it before anything starts
        REDACTOR.add(args.secret_token)
    engine = Engine.load(getattr(args, "article", None)).warm()  # a long-running answerer
    lang = engine.lexicon.lang  # the article's; each question is answered in its own language
    journal = Journal(
        config.journal_path(token),
        legacy=config.journal_path(token, ".jsonl"),
        expire={"inline_query": INLINE_TTL},
    )
    app = build_application(token, engine, api_url=api_url, journal=journal, lang=lang)
    try:
        return asyncio.run(run(app, args, journal))
    except BotError:
        raise
    except Exception as e:
        log.critical("stopped: %s", e, exc_info=e)
        raise ServeError(redact(f"stopped: {e}", token)) from None
