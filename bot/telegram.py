"""The Telegram edge of article-bot: private chats, groups and inline mode over the Bot API.

The answering core (:mod:`bot.engine`) never imports telegram; this module is the only one that
does, and :mod:`bot.cli` imports it lazily for ``article-bot serve``.

What the bot does:

* private chat: any text is a question, answered with the previous answer as context;
* groups: it answers only when addressed — an @mention (by entity), ``/ask …`` or
  ``/ask@ThisBot …``, or a reply to one of its own messages — threaded to the asking message;
* ``/start``, ``/help``, ``/source``; inline mode (``@ThisBot question`` in any chat);
* a decline offers questions the article can answer as buttons.

Delivery: updates are handled concurrently; :class:`FloodControl` keeps Telegram's flood limits
(30 messages a second overall, 1 a second per chat, 20 a minute per group), honours 429
``retry_after`` for the chat concerned only, and retries network errors and 5xx answers.
:class:`Journal` writes every update to disk before it is acknowledged to Telegram (the next
``getUpdates`` offset, or the webhook's 200) and marks it handled afterwards, so a restart — even
after a kill — replays what was not handled and skips what was: no question lost, none answered
twice (the one window left is between Telegram accepting a reply and the journal line after it).

The token never reaches the logs: httpx logs at WARNING only (its INFO lines carry request URLs,
token included) and every log record and exception text is redacted.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import html
import json
import logging
import os
import re
import secrets
import signal
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
    Message,
    MessageEntity,
    ReplyParameters,
    Update,
)
from telegram.constants import ChatType, ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    SimpleUpdateProcessor,
    filters,
)

from . import reply
from .answer import Answer
from .engine import Engine
from .errors import BotError

log = logging.getLogger("article_bot.telegram")

DEFAULT_API_URL = "https://api.telegram.org/bot"
ALLOWED_UPDATES = ["message", "inline_query", "callback_query"]
TOKEN_RE = re.compile(r"^[0-9]{1,20}:[A-Za-z0-9_-]{30,100}$")
SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
_REDACT_RE = re.compile(r"(bot)?[0-9]{1,20}:[A-Za-z0-9_-]{30,100}")
SHUTDOWN_GRACE = 3.0  # seconds in-flight answers get to finish on SIGTERM before they are parked
COMMANDS = [
    BotCommand("ask", "Ask a question about the article"),
    BotCommand("help", "What I know, with example questions"),
    BotCommand("source", "The article's headline, dateline and credit"),
]


class TokenError(BotError):
    """The bot token is missing, malformed or rejected by Telegram."""

    exit_code = 2


class ServeError(BotError):
    """``serve`` could not start or stopped on an unexpected error (already redacted)."""


# --------------------------------------------------------------------------------------- logging


def redact(text: str, token: str | None = None) -> str:
    """Remove ``bot<digits>:<secret>`` (and the token itself) from ``text``."""
    if token:
        text = text.replace(token, "<token>")
    return _REDACT_RE.sub(lambda m: "bot<token>" if m.group(1) else "<token>", text)


class _RedactFilter(logging.Filter):
    """Redacts the message, the exception text and the stack of every record a handler sees."""

    def __init__(self, token: str | None = None):
        super().__init__()
        self.token = token
        self._fmt = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            msg = record.getMessage()
        except Exception:  # a bad format string: keep the raw text
            msg = str(record.msg)
        record.msg, record.args = redact(msg, self.token), None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._fmt.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.token)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self.token)
        return True


class _RedactFormatter(logging.Formatter):
    def __init__(self, fmt: str, token: str | None = None):
        super().__init__(fmt)
        self.token = token

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.token)


def setup_logging(token: str | None = None) -> None:
    """One stderr handler, redacting; httpx at WARNING; ARTICLE_BOT_LOG_LEVEL (default INFO)."""
    level = os.environ.get("ARTICLE_BOT_LOG_LEVEL", "INFO").upper()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(_RedactFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token))
    handler.addFilter(_RedactFilter(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level if level in logging.getLevelNamesMapping() else "INFO")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    logging.captureWarnings(True)


# ----------------------------------------------------------------------------- flood control


class _ChatSlot:
    __slots__ = ("lock", "next_ok", "recent")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()  # one request at a time per chat, in order (FIFO)
        self.next_ok = 0.0  # monotonic time the chat's next request may start
        self.recent: deque[float] = deque()  # groups: when the last answers came back


class FloodControl(AIORateLimiter):
    """AIORateLimiter that keeps Telegram's limits per chat and never drops a 429'd message.

    * overall ≤ 26 messages a second with bursts of 3 (an aiolimiter bucket 3 deep: at most 29 in
      any one-second window; AIORateLimiter's default 30-deep bucket lets 60 through in one);
    * one message a second per chat: a chat's requests go one at a time, in order, the next one
      at least ``chat_interval`` after the previous answer came back;
    * ≤ 20 a minute per group, as a sliding window over when the answers came back (a group
      gets its first 20 at once, rather than one every three seconds);
    * a 429 ``retry_after`` pauses only the chat it was for (AIORateLimiter pauses every chat),
      then retries; requests without a chat (inline answers) pause everyone, as upstream does;
    * network errors, timeouts and 5xx answers are retried with backoff. Both kinds up to
      ``max_retries`` times; 400/403 are final.
    """

    def __init__(
        self,
        max_retries: int = 30,
        chat_interval: float = 1.0,
        group_max: int = 20,
        group_period: float = 60.0,
    ) -> None:
        super().__init__(
            overall_max_rate=3,
            overall_time_period=3 / 26,
            group_max_rate=0,
            max_retries=max_retries,
        )
        self.chat_interval = chat_interval
        self.group_max, self.group_period = group_max, group_period
        self._chats: dict[int | str, _ChatSlot] = {}
        self.retry_afters = 0  # 429s seen
        self.network_retries = 0

    def _slot(self, chat_id: int | str) -> _ChatSlot:
        if len(self._chats) > 4096:  # forget idle chats
            now = time.monotonic()
            for key, s in list(self._chats.items()):
                if not s.lock.locked() and s.next_ok < now:
                    del self._chats[key]
        slot = self._chats.get(chat_id)
        if slot is None:
            slot = self._chats[chat_id] = _ChatSlot()
        return slot

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict | list[dict]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> bool | dict | list[dict]:
        chat_id = data.get("chat_id")
        with contextlib.suppress(ValueError, TypeError):
            chat_id = int(chat_id)  # type: ignore[arg-type]
        group = chat_id if (isinstance(chat_id, int) and chat_id < 0) else False
        if isinstance(chat_id, str):
            group = chat_id
        slot = self._slot(chat_id) if chat_id is not None else None
        max_retries = rate_limit_args or self._max_retries
        backoff = 0.5
        async with slot.lock if slot else contextlib.nullcontext():
            for attempt in range(max_retries + 1):
                if slot:
                    await self._chat_turn(slot, bool(group))
                try:
                    return await self._run_request(
                        chat=chat_id is not None,
                        group=group,
                        allow_paid_broadcast=bool(data.get("allow_paid_broadcast", False)),
                        callback=callback,
                        args=args,
                        kwargs=kwargs,
                    )
                except RetryAfter as exc:
                    self.retry_afters += 1
                    pause = _seconds(exc) + 0.1
                    if attempt == max_retries:
                        raise
                    log.info("429 on %s: retrying in %.1f s", endpoint, pause)
                    if slot:
                        slot.next_ok = time.monotonic() + pause
                    else:  # no chat to blame: hold everyone, as AIORateLimiter does
                        self._retry_after_event.clear()
                        try:
                            await asyncio.sleep(pause)
                        finally:
                            self._retry_after_event.set()
                except (BadRequest, Forbidden, InvalidToken, ChatMigrated):
                    raise
                except (NetworkError, TimedOut) as exc:  # includes 5xx ("Bad Gateway")
                    self.network_retries += 1
                    if attempt == max_retries:
                        raise
                    log.warning("%s failed (%s): retrying in %.1f s", endpoint, exc, backoff)
                    await asyncio.sleep(backoff)
                    backoff = min(backoff * 2, 30.0)
                finally:
                    if slot:
                        now = time.monotonic()
                        slot.next_ok = max(slot.next_ok, now + self.chat_interval)
                        if group:
                            slot.recent.append(now)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _chat_turn(self, slot: _ChatSlot, group: bool) -> None:
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


def _seconds(exc: RetryAfter) -> float:
    ra = getattr(exc, "_retry_after", None)
    if ra is not None and hasattr(ra, "total_seconds"):
        return float(ra.total_seconds())
    return float(exc.retry_after if not hasattr(exc.retry_after, "total_seconds") else 0)


# ------------------------------------------------------------------------------------ journal


class Journal:
    """Updates received but not handled yet, on disk (JSON lines), and recently handled ids.

    ``received`` is written before the update is acknowledged to Telegram; ``finished`` after it
    has been handled. At start, what was received but not finished is replayed; ids handled
    before are ignored if Telegram delivers them again. Without a path it only deduplicates
    within the run.
    """

    KEEP_DONE = 5000
    # Telegram keeps an unconfirmed update 24 hours at most, and restarts update ids at random
    # after a week without updates: a handled id older than a day cannot come back as itself.
    DONE_TTL = 24 * 3600.0

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.pending: dict[int, dict] = {}
        self.done: OrderedDict[int, float] = OrderedDict()  # update_id -> when handled
        self._fh = None
        self._lines = 0

    def open(self) -> list[dict]:
        """Read the journal, compact it, and return the updates to replay (oldest first)."""
        if self.path is None:
            return []
        with contextlib.suppress(FileNotFoundError):
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:  # a line cut by a crash
                    continue
                if "u" in rec:
                    self.pending[int(rec["u"]["update_id"])] = rec["u"]
                elif "d" in rec:
                    self.pending.pop(int(rec["d"]), None)
                    self._remember(int(rec["d"]), float(rec.get("t", 0)))
        self._compact()
        return [self.pending[k] for k in sorted(self.pending)]

    def seen(self, update_id: int) -> bool:
        if update_id in self.pending:
            return True
        when = self.done.get(update_id)
        return when is not None and when > time.time() - self.DONE_TTL

    def received(self, update_id: int, data: dict) -> None:
        self.pending[update_id] = data
        self._write({"u": data})

    def finished(self, update_id: int) -> None:
        if self.pending.pop(update_id, None) is not None or update_id not in self.done:
            now = time.time()
            self._remember(update_id, now)
            self._write({"d": update_id, "t": round(now, 1)})

    def close(self) -> None:
        if self._fh:
            try:
                self._compact()
            except OSError as e:
                log.warning("could not compact the update journal: %s", e)
            if self._fh:
                self._fh.close()
            self._fh = None

    def _remember(self, update_id: int, when: float) -> None:
        self.done[update_id] = when
        self.done.move_to_end(update_id)
        old = time.time() - self.DONE_TTL
        while self.done and (
            len(self.done) > self.KEEP_DONE or next(iter(self.done.values())) < old
        ):
            self.done.popitem(last=False)

    def _write(self, rec: dict) -> None:
        if self._fh is None:
            return
        try:
            self._fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            self._fh.flush()  # in the kernel: survives a killed process (not a power cut)
            self._lines += 1
            if self._lines > 4 * self.KEEP_DONE:
                self._compact()
        except OSError as e:  # a full disk must not stop the bot: go on without the journal
            log.warning("update journal disabled: %s", e)
            with contextlib.suppress(OSError):
                if self._fh:
                    self._fh.close()
            self._fh = None

    def _compact(self) -> None:
        assert self.path is not None
        if self._fh:
            self._fh.close()
            self._fh = None
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for uid, when in self.done.items():
                fh.write(json.dumps({"d": uid, "t": round(when, 1)}) + "\n")
            for data in self.pending.values():
                fh.write(json.dumps({"u": data}, ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)
        self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
        self._lines = 0


class _JournaledQueue(asyncio.Queue):
    """The update queue: drops updates already seen, journals the rest before they are acked."""

    def __init__(self, journal: Journal) -> None:
        super().__init__()
        self.journal = journal
        self.duplicates = 0

    async def put(self, item: object) -> None:
        if isinstance(item, Update):
            if self.journal.seen(item.update_id):
                self.duplicates += 1
                log.info("update %s delivered again: ignored", item.update_id)
                return
            self.journal.received(item.update_id, item.to_dict())
        await super().put(item)

    async def replay(self, item: Update) -> None:
        await super().put(item)


class _Processor(SimpleUpdateProcessor):
    """Concurrent handling; marks each update finished in the journal once its handler is done."""

    def __init__(self, journal: Journal, max_concurrent_updates: int = 256) -> None:
        super().__init__(max_concurrent_updates)
        self.journal = journal
        self.inflight: set[asyncio.Task] = set()

    async def process_update(self, update: object, coroutine: Any) -> None:
        task = asyncio.current_task()
        if task:
            self.inflight.add(task)
        try:
            await super().process_update(update, coroutine)
        except asyncio.CancelledError:
            raise  # stays pending in the journal: replayed at the next start
        else:
            if isinstance(update, Update):
                self.journal.finished(update.update_id)
        finally:
            if task:
                self.inflight.discard(task)


def journal_path(token: str) -> Path | None:
    """``$ARTICLE_BOT_STATE_DIR`` (``off`` disables), else ``$XDG_STATE_HOME/article-bot``."""
    base = os.environ.get("ARTICLE_BOT_STATE_DIR")
    if base and base.lower() in ("off", "none", "-"):
        return None
    if not base:
        xdg = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
        base = str(Path(xdg) / "article-bot")
    bot_id = token.split(":", 1)[0]  # the bot's public id, not the secret
    return Path(base) / f"updates-{bot_id}.jsonl"


# ----------------------------------------------------------------------------------- handlers

_LRU_MAX = 5000


def _lru_put(d: OrderedDict, key: Any, value: Any) -> None:
    d[key] = value
    d.move_to_end(key)
    while len(d) > _LRU_MAX:
        d.popitem(last=False)


def _engine(context: ContextTypes.DEFAULT_TYPE) -> Engine:
    return context.bot_data["engine"]


def _cut_utf16(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the entity spans (offsets and lengths in UTF-16 code units)."""
    raw = text.encode("utf-16-le")
    for off, length in sorted(spans, reverse=True):
        raw = raw[: 2 * off] + " ".encode("utf-16-le") + raw[2 * (off + length) :]
    return raw.decode("utf-16-le", errors="replace")


def _clean(question: str) -> str:
    """Whitespace runs made one space; a comma or colon left by a cut-out mention dropped."""
    return " ".join(question.split()).lstrip(",:;—–- ")


def _mentions_me(message: Message, bot_id: int, username: str) -> list[tuple[int, int]]:
    """Spans of the entities in ``message`` that mention this bot."""
    spans = []
    for ent, text in message.parse_entities([MessageEntity.MENTION]).items():
        if text.lower() == "@" + username.lower():
            spans.append((ent.offset, ent.length))
    for ent in message.entities:
        if ent.type == MessageEntity.TEXT_MENTION and ent.user and ent.user.id == bot_id:
            spans.append((ent.offset, ent.length))
    return spans


def _replies_to_me(message: Message, bot_id: int) -> bool:
    r = message.reply_to_message
    if r is None or r.forum_topic_created is not None:  # in a topic: the topic's first message
        return False
    return r.from_user is not None and r.from_user.id == bot_id


def _button_data(context: ContextTypes.DEFAULT_TYPE, question: str) -> str:
    data = "ask:" + question
    if len(data.encode("utf-8")) <= 64:
        return data
    key = hashlib.sha1(question.encode("utf-8")).hexdigest()[:16]
    _lru_put(context.bot_data["buttons"], key, question)
    return "ask#" + key


def _keyboard(
    context: ContextTypes.DEFAULT_TYPE, questions: list[str]
) -> InlineKeyboardMarkup | None:
    """Suggested questions as buttons (None when there are none)."""
    if not questions:
        return None
    rows = [
        [
            InlineKeyboardButton(
                q if len(q) <= 60 else q[:59] + "…", callback_data=_button_data(context, q)
            )
        ]
        for q in questions[:4]
    ]
    return InlineKeyboardMarkup(rows)


async def _send_answer(
    message: Message, context: ContextTypes.DEFAULT_TYPE, question: str, prior: Answer | None
) -> None:
    """Answer ``question`` in reply to ``message`` and log one line about it."""
    started = time.perf_counter()
    engine = _engine(context)
    answer = engine.answer(question, context=prior)
    text = reply.to_html(answer)
    markup = None
    if not answer.answered:
        markup = _keyboard(context, list(answer.suggestions) or engine.examples(3))
    private = message.chat.type == ChatType.PRIVATE
    if private:  # before the send waits its turn: the chat's next question follows this one
        _lru_put(context.bot_data["last_answer"], message.chat_id, answer)
    sent = await message.reply_text(
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        do_quote=False if private else None,
        reply_parameters=None
        if private
        else ReplyParameters(message.message_id, allow_sending_without_reply=True),
    )
    _lru_put(context.bot_data["answers"], (sent.chat_id, sent.message_id), answer)
    _log_answer(message.chat.type, answer, started)


def _log_answer(chat_type: str, answer: Answer, started: float) -> None:
    log.info(
        "%s chat=%s intent=%s score=%.2f latency=%.1fms",
        "answered" if answer.answered else "declined",
        chat_type,
        answer.intent or "-",
        answer.score,
        (time.perf_counter() - started) * 1000,
    )
    log.debug("question: %r", answer.question)


async def on_text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A text message: a question in private; in groups only when it mentions or replies to me."""
    message = update.message
    if message is None or not message.text:
        return
    if message.chat.type == ChatType.PRIVATE:
        spans = _mentions_me(message, context.bot.id, context.bot.username)
        question = _clean(_cut_utf16(message.text, spans))
        if question:
            prior = context.bot_data["last_answer"].get(message.chat_id)
            await _send_answer(message, context, question, prior)
        return
    if message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    spans = _mentions_me(message, context.bot.id, context.bot.username)
    to_me = _replies_to_me(message, context.bot.id)
    if not spans and not to_me:
        return  # chatter not addressed to the bot
    question = _clean(_cut_utf16(message.text, spans))
    prior = None
    if to_me:
        prior = context.bot_data["answers"].get(
            (message.chat_id, message.reply_to_message.message_id)
        )
    if question:
        await _send_answer(message, context, question, prior)
    else:
        await _usage(message, context)


async def on_ask(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/ask question`` (or ``/ask@ThisBot question``): answer it, in any chat."""
    message = update.message
    if message is None or not message.text:
        return
    cmd = next(
        (e for e in message.entities if e.type == MessageEntity.BOT_COMMAND and e.offset == 0), None
    )
    spans = [(0, cmd.length)] if cmd else []
    spans += _mentions_me(message, context.bot.id, context.bot.username)
    question = _clean(_cut_utf16(message.text, spans))
    if not question:
        await _usage(message, context)
        return
    prior = None
    if message.chat.type == ChatType.PRIVATE:
        prior = context.bot_data["last_answer"].get(message.chat_id)
    elif _replies_to_me(message, context.bot.id):
        prior = context.bot_data["answers"].get(
            (message.chat_id, message.reply_to_message.message_id)
        )
    await _send_answer(message, context, question, prior)


async def _usage(message: Message, context: ContextTypes.DEFAULT_TYPE) -> None:
    examples = _engine(context).examples(3)
    text = (
        "Ask me a question about the article, e.g. <code>/ask "
        + html.escape(examples[0] if examples else "Who said what?", quote=False)
        + "</code>"
    )
    await message.reply_text(
        text,
        parse_mode=ParseMode.HTML,
        reply_markup=_keyboard(context, examples),
        reply_parameters=ReplyParameters(message.message_id, allow_sending_without_reply=True)
        if message.chat.type != ChatType.PRIVATE
        else None,
    )


def help_html(engine: Engine, username: str) -> str:
    """The /start and /help text: what the bot knows, example questions, how to ask."""
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    art = engine.article
    lines = [
        "I answer questions about one news article, quoting it:",
        f"<b>{esc(art.headline or '(untitled)')}</b>",
    ]
    if engine.dateline:
        lines.append(f"<i>{esc(engine.dateline)}</i>")
    examples = engine.examples(4)
    if examples:
        lines.append("\nFor example:")
        lines.extend("• " + esc(q) for q in examples)
    lines.append("\nIf the article does not say, I say so.")
    lines.append(
        f"In a group, mention me (@{esc(username)}), use /ask <i>question</i>, or reply to one of "
        f"my messages. In any chat, type @{esc(username)} <i>question</i> and pick the answer."
    )
    return "\n".join(lines)


async def on_help(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/start`` and ``/help``: the article's headline and dateline, and example questions."""
    if update.message is None:
        return
    engine = _engine(context)
    await update.message.reply_text(
        help_html(engine, context.bot.username),
        parse_mode=ParseMode.HTML,
        reply_markup=_keyboard(context, engine.examples(4)),
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )


def source_html(engine: Engine) -> str:
    """The /source text: headline, subheadline, dateline and credit."""
    esc = lambda s: html.escape(s, quote=False)  # noqa: E731
    art = engine.article
    lines = [f"<b>{esc(art.headline or '(untitled)')}</b>"]
    if getattr(art, "subheadline", None):
        lines.append(esc(art.subheadline))
    if engine.dateline:
        lines.append(f"<i>{esc(engine.dateline)}</i>")
    if getattr(art, "credit", None):
        lines.append(esc(str(art.credit)))
    return "\n".join(lines)


async def on_source(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """``/source``: where the article comes from."""
    if update.message is None:
        return
    await update.message.reply_text(source_html(_engine(context)), parse_mode=ParseMode.HTML)


async def on_other_private(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A sticker, photo, unknown command… in private: say what the bot does."""
    message = update.message
    if message is None:
        return
    await message.reply_text(
        "I answer questions about the article, asked as text. Send /help for examples.",
    )


async def on_button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """A suggested-question button: answer that question in the chat."""
    query = update.callback_query
    if query is None or not query.data:
        return
    data = query.data
    question = data[4:] if data.startswith("ask:") else context.bot_data["buttons"].get(data[4:])
    message = query.message if isinstance(query.message, Message) else None
    if not question or message is None:
        await query.answer("This button has expired: please ask again.")
        return
    await query.answer()
    started = time.perf_counter()
    answer = _engine(context).answer(question)
    sent = await message.reply_text(
        reply.to_html(answer),
        parse_mode=ParseMode.HTML,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
        do_quote=False,
    )
    _lru_put(context.bot_data["answers"], (sent.chat_id, sent.message_id), answer)
    _log_answer(message.chat.type, answer, started)


async def on_inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Inline mode: ``@ThisBot question`` offers the answer (empty: example answers)."""
    query = update.inline_query
    if query is None:
        return
    engine = _engine(context)
    started = time.perf_counter()
    text = _clean(query.query)
    questions = [text] if text else engine.examples(4)
    results = []
    for i, q in enumerate(questions):
        answer = engine.answer(q)
        head = f"❓ <i>{html.escape(q, quote=False)}</i>\n"
        body = reply.to_html(answer, limit=reply.TELEGRAM_LIMIT - len(head))
        first = answer.sentences[0].text if answer.sentences else (answer.reason or "")
        results.append(
            InlineQueryResultArticle(
                id=f"{i}-" + hashlib.sha1(q.encode("utf-8")).hexdigest()[:20],
                title=(answer.text or "The article does not say")[:200] if text else q[:200],
                description=(first[:200] if text else (answer.text or first)[:200]) or None,
                input_message_content=InputTextMessageContent(
                    head + body,
                    parse_mode=ParseMode.HTML,
                    link_preview_options=LinkPreviewOptions(is_disabled=True),
                ),
            )
        )
        if text:
            _log_answer("inline", answer, started)
    await query.answer(results, cache_time=60, is_personal=False)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the error first (redacted by the log handler); the bot keeps running."""
    uid = update.update_id if isinstance(update, Update) else None
    log.error("error handling update %s: %s", uid, context.error, exc_info=context.error)


# ---------------------------------------------------------------------------------- wiring


def build_application(
    token: str, engine: Engine, api_url: str = DEFAULT_API_URL, journal: Journal | None = None
) -> Application:
    """The Application: handlers, concurrent updates, flood control, journal, redacted errors."""
    journal = journal or Journal(None)
    file_url = re.sub(r"/bot(\{token\})?$", r"/file/bot\1", api_url)
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{api_url}")
        .base_file_url(file_url)
        .update_queue(_JournaledQueue(journal))
        .concurrent_updates(_Processor(journal, 256))
        .rate_limiter(FloodControl(max_retries=30))
        .connection_pool_size(128)
        .pool_timeout(30.0)
        .build()
    )
    app.bot_data.update(
        engine=engine,
        journal=journal,
        last_answer=OrderedDict(),  # private chat id -> last Answer (follow-up context)
        answers=OrderedDict(),  # (chat id, bot message id) -> Answer (replies to the bot)
        buttons=OrderedDict(),  # long suggested questions behind "ask#<key>" buttons
    )
    message = filters.UpdateType.MESSAGE  # not edited messages, not channel posts
    app.add_handler(CommandHandler(["start", "help"], on_help, filters=message))
    app.add_handler(CommandHandler("source", on_source, filters=message))
    app.add_handler(CommandHandler("ask", on_ask, filters=message))
    app.add_handler(MessageHandler(message & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(
        MessageHandler(
            message & filters.ChatType.PRIVATE & ~filters.StatusUpdate.ALL & ~filters.TEXT
            | message & filters.ChatType.PRIVATE & filters.COMMAND,
            on_other_private,
        )
    )
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(CallbackQueryHandler(on_button, pattern=r"^ask[:#]"))
    app.add_error_handler(on_error)
    return app


def post_init(app: Application) -> None:
    """After getMe: say what privacy mode means for groups, register the command list."""
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


async def _set_commands(app: Application) -> None:
    try:
        await app.bot.set_my_commands(COMMANDS)
    except TelegramError as e:
        log.warning("setMyCommands failed: %s", e)


def read_token(args: Any) -> str:
    """The token from ``--token-file`` or ``TELEGRAM_BOT_TOKEN``; TokenError if absent or bad."""
    path = getattr(args, "token_file", None)
    if path:
        try:
            token = Path(path).read_text(encoding="utf-8").strip()
        except OSError as e:
            raise TokenError(f"cannot read the token file {path}: {e.strerror}") from None
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


def _api_url(args: Any) -> str:
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


def _webhook_secret(args: Any) -> str:
    secret = getattr(args, "secret_token", None) or os.environ.get("TELEGRAM_WEBHOOK_SECRET")
    if not secret:
        return secrets.token_urlsafe(32)
    if not SECRET_RE.match(secret):
        raise TokenError("the webhook secret must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
    return secret


async def _initialize(app: Application) -> None:
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
    processor: _Processor = app.update_processor  # type: ignore[assignment]
    started = False
    try:
        startup = asyncio.create_task(_start(app, args, journal))
        stop_wait = asyncio.create_task(stopping.wait())
        await asyncio.wait({startup, stop_wait}, return_when=asyncio.FIRST_COMPLETED)
        if not startup.done():
            startup.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await startup
            return 0
        stop_wait.cancel()
        startup.result()  # raises what startup raised
        started = True
        stop_wait = asyncio.create_task(stopping.wait())
        # ptb's polling loop ends only on InvalidToken (a revoked token): stop rather than idle
        polling = getattr(app.updater, "_Updater__polling_task", None)
        await asyncio.wait({stop_wait} | ({polling} if polling else set()),
                           return_when=asyncio.FIRST_COMPLETED)  # fmt: skip
        if not stopping.is_set():
            stop_wait.cancel()
            exc = None if polling.cancelled() else polling.exception()
            if isinstance(exc, InvalidToken):
                raise TokenError("Telegram no longer accepts the bot token (revoked?)")
            raise ServeError(f"polling for updates stopped: {exc}")
        log.info("stopping")
        return 0
    finally:
        await _stop(app, processor, started)
        journal.close()


async def _start(app: Application, args: Any, journal: Journal) -> None:
    await _initialize(app)
    post_init(app)
    queue: _JournaledQueue = app.update_queue  # type: ignore[assignment]
    pending = journal.open()
    for data in pending:
        await queue.replay(Update.de_json(data, app.bot))
    if pending:
        log.info("replaying %d update(s) not handled before the last stop", len(pending))
    await app.start()
    # retried by FloodControl; not app.create_task, which app.stop() would wait for
    app.bot_data["_tasks"] = {asyncio.create_task(_set_commands(app), name="setMyCommands")}
    webhook_url = getattr(args, "webhook_url", None)
    if webhook_url:
        secret = args.secret_token
        path = urlsplit(webhook_url).path.strip("/")
        try:
            await app.updater.start_webhook(
                listen=getattr(args, "listen", "127.0.0.1"),
                port=int(getattr(args, "port", 8443)),
                url_path=path,
                webhook_url=webhook_url,
                secret_token=secret,
                allowed_updates=ALLOWED_UPDATES,
                bootstrap_retries=10,
            )
        except OSError as e:
            raise ServeError(f"cannot listen on {args.listen}:{args.port}: {e.strerror}") from None
        log.info("webhook set; listening on %s:%s/%s", args.listen, args.port, path)
    else:
        await app.updater.start_polling(
            timeout=25,
            allowed_updates=ALLOWED_UPDATES,
            bootstrap_retries=10,
            error_callback=lambda e: log.warning("getUpdates failed: %s", e),
        )
        log.info("polling for updates")


async def _stop(app: Application, processor: _Processor, started: bool) -> None:
    """Stop fetching, give in-flight answers SHUTDOWN_GRACE seconds, park the rest, shut down."""
    for task in app.bot_data.get("_tasks", ()):
        task.cancel()
    with contextlib.suppress(Exception):
        if app.updater and app.updater.running:
            await asyncio.wait_for(app.updater.stop(), 5)
    if app.running:
        stop = asyncio.create_task(app.stop())
        deadline = time.monotonic() + SHUTDOWN_GRACE
        while not stop.done():
            await asyncio.wait({stop}, timeout=0.1)
            if time.monotonic() > deadline and not stop.done():
                for task in list(processor.inflight):
                    task.cancel()  # its update stays in the journal for the next start
        with contextlib.suppress(Exception):
            stop.result()
    with contextlib.suppress(Exception):
        await asyncio.wait_for(app.shutdown(), 5)


def serve(args: Any) -> int:
    """``article-bot serve``: run the Telegram bot until SIGTERM/SIGINT; returns the exit code."""
    token = None
    try:
        token = read_token(args)
    finally:
        setup_logging(token)
    api_url = _api_url(args)
    if getattr(args, "webhook_url", None):
        args.secret_token = _webhook_secret(args)  # a bad one stops it before anything starts
    engine = Engine.load(getattr(args, "article", None), lang=getattr(args, "lang", "en"))
    path = journal_path(token)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            log.warning("no update journal (%s): restarts may lose or repeat answers", e)
            path = None
    journal = Journal(path)
    app = build_application(token, engine, api_url=api_url, journal=journal)
    try:
        return asyncio.run(run(app, args, journal))
    except BotError:
        raise
    except Exception as e:
        log.critical("stopped: %s", e, exc_info=e)
        raise ServeError(redact(f"stopped: {e}", token)) from None
