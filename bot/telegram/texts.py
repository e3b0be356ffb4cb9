"""What the bot writes in Telegram besides answers: the /help, /source and usage texts, the
suggested-question buttons and the inline results — Telegram HTML, worded by the language's
``replies.yaml`` (keys ``telegram.…``), every value from the article or the user escaped.
"""

from __future__ import annotations

import hashlib
import html
from collections import OrderedDict
from typing import Any

from telegram import (
    BotCommand,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    LinkPreviewOptions,
)
from telegram.constants import ParseMode

from .. import reply
from ..answer import Answer
from ..engine import Engine
from ..replies import Replies

LRU_MAX = 5000  # answers, follow-up contexts and long button questions kept per kind
BUTTONS = 4  # suggested questions at most under one message
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def esc(text: str) -> str:
    """Escape text for Telegram HTML (quotes may stay)."""
    return html.escape(text, quote=False)


def lru_put(d: OrderedDict, key: Any, value: Any) -> None:
    """Remember ``key`` → ``value``, forgetting the oldest beyond LRU_MAX."""
    d[key] = value
    d.move_to_end(key)
    while len(d) > LRU_MAX:
        d.popitem(last=False)


def commands(replies: Replies) -> list[BotCommand]:
    """The command list registered with setMyCommands."""
    return [
        BotCommand(name, replies.text(f"telegram.command.{name}"))
        for name in ("ask", "help", "source")
    ]


def headline(engine: Engine, replies: Replies) -> str:
    return f"<b>{esc(engine.article.headline or replies.text('telegram.untitled'))}</b>"


def help_html(engine: Engine, username: str, replies: Replies, lang: str | None = None) -> str:
    """The /start and /help text: what the bot knows, example questions, how to ask."""
    lines = [replies.text("telegram.help.intro"), headline(engine, replies)]
    if engine.dateline:
        lines.append(f"<i>{esc(engine.dateline)}</i>")
    examples = engine.examples(BUTTONS, lang=lang)
    if examples:
        lines.append("\n" + replies.text("telegram.help.examples"))
        lines.extend("• " + esc(q) for q in examples)
    lines.append("\n" + replies.text("telegram.help.declines"))
    lines.append(replies.text("telegram.help.how", username=esc(username)))
    return "\n".join(lines)


def source_html(engine: Engine, replies: Replies) -> str:
    """The /source text: headline, subheadline, dateline and credit."""
    art = engine.article
    lines = [headline(engine, replies)]
    if getattr(art, "subheadline", None):
        lines.append(esc(art.subheadline))
    if engine.dateline:
        lines.append(f"<i>{esc(engine.dateline)}</i>")
    if getattr(art, "credit", None):
        lines.append(esc(str(art.credit)))
    return "\n".join(lines)


def usage_html(examples: list[str], replies: Replies) -> str:
    """How to ask, with an example question (an empty /ask or @mention gets this)."""
    example = examples[0] if examples else replies.text("telegram.usage_example")
    return replies.text("telegram.usage", example=esc(example))


def button_data(buttons: OrderedDict, question: str) -> str:
    """``ask:<question>``, or ``ask#<key>`` for a question too long for 64 bytes."""
    data = "ask:" + question
    if len(data.encode("utf-8")) <= 64:
        return data
    key = hashlib.sha1(question.encode("utf-8")).hexdigest()[:16]
    lru_put(buttons, key, question)
    return "ask#" + key


def button_question(buttons: OrderedDict, data: str) -> str | None:
    """The question behind a button's data (None when it has expired)."""
    return data[4:] if data.startswith("ask:") else buttons.get(data[4:])


def keyboard(buttons: OrderedDict, questions: list[str]) -> InlineKeyboardMarkup | None:
    """Suggested questions as buttons (None when there are none)."""
    if not questions:
        return None
    rows = [
        [InlineKeyboardButton(q if len(q) <= 60 else q[:59] + "…", callback_data=button_data(
            buttons, q))]
        for q in questions[:BUTTONS]
    ]  # fmt: skip
    return InlineKeyboardMarkup(rows)


def inline_result(
    i: int, question: str, answer: Answer, asked: bool, replies: Replies
) -> InlineQueryResultArticle:
    """One inline result: the answer to ``question`` (``asked``) or an example with its answer."""
    head = f"❓ <i>{esc(question)}</i>\n"
    body = reply.to_html(answer, limit=reply.TELEGRAM_LIMIT - len(head))
    first = answer.sentences[0].text if answer.sentences else (answer.reason or "")
    if asked:
        title = answer.text or replies.text("telegram.inline.declined")
        description = first
    else:
        title, description = question, answer.text or first
    return InlineQueryResultArticle(
        id=f"{i}-" + hashlib.sha1(question.encode("utf-8")).hexdigest()[:20],
        title=title[:200],
        description=description[:200] or None,
        input_message_content=InputTextMessageContent(
            head + body, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW
        ),
    )
