"""The bot's conversations: one small handler per kind of update, registered in one flat
function (:func:`add_handlers`), as python-telegram-bot's examples do.

* private chat: any text is a question, answered with the previous answer as context;
* groups: only when addressed — an @mention (by entity), ``/ask …`` or ``/ask@ThisBot …``, or
  a reply to one of the bot's messages (which continues that answer) — threaded to the asking
  message; a forum topic keeps its own context;
* ``/start``, ``/help``, ``/source``; inline mode (``@ThisBot question`` in any chat);
* a decline offers questions the article can answer as buttons.

Everything a handler needs is in ``context.bot_data`` (see :func:`add_handlers`).
"""

from __future__ import annotations

import contextlib
import logging
import time
from collections import OrderedDict

from telegram import Message, ReplyParameters, Update
from telegram.constants import ChatType, ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)

from .. import reply
from ..answer import Answer
from ..answering.context import About
from ..conversations import Contexts
from ..engine import Engine
from ..replies import Replies
from . import language, texts
from .addressing import clean, command_span, mentions_me, question_of, replies_to_me
from .logs import describe
from .places import context_of, place_of
from .processor import JournaledProcessor
from .texts import NO_PREVIEW

log = logging.getLogger("article_bot.telegram")
Context = ContextTypes.DEFAULT_TYPE


def add_handlers(app: Application, engine: Engine, replies: Replies) -> None:
    """Register every handler and the error handler; give them the engine and their memory."""
    app.bot_data.update(
        engine=engine,
        replies=replies,
        contexts=Contexts(),  # what the last answer of each place and each sent answer was about
        buttons=OrderedDict(),  # long suggested questions behind "ask#<key>" buttons
    )
    message = filters.UpdateType.MESSAGE  # not edited messages, not channel posts
    private = message & filters.ChatType.PRIVATE
    app.add_handler(CommandHandler(["start", "help"], on_help, filters=message))
    app.add_handler(CommandHandler("source", on_source, filters=message))
    app.add_handler(CommandHandler("ask", on_ask, filters=message))
    app.add_handler(MessageHandler(message & filters.TEXT & ~filters.COMMAND, on_text))
    app.add_handler(
        MessageHandler(
            private & ~filters.StatusUpdate.ALL & ~filters.TEXT | private & filters.COMMAND,
            on_other_private,
        )
    )
    app.add_handler(InlineQueryHandler(on_inline))
    app.add_handler(CallbackQueryHandler(on_button, pattern=r"^ask[:#]"))
    app.add_error_handler(on_error)


# ----------------------------------------------------------------------------- the handlers


async def on_text(update: Update, context: Context) -> None:
    """A text message: a question in private; in groups only when it mentions or replies to me."""
    message = update.message
    if message is None or not message.text:
        return
    private = message.chat.type == ChatType.PRIVATE
    if not private and message.chat.type not in (ChatType.GROUP, ChatType.SUPERGROUP):
        return
    spans = mentions_me(message, context.bot.id, context.bot.username)
    to_me = not private and replies_to_me(message, context.bot.id)
    if not private and not spans and not to_me:
        return  # chatter not addressed to the bot
    question = question_of(message, spans)
    if question:
        await answer_message(message, context, question, prior_answer(message, context))
    elif not private:
        await send_usage(message, context)


async def on_ask(update: Update, context: Context) -> None:
    """``/ask question`` (or ``/ask@ThisBot question``): answer it, in any chat."""
    message = update.message
    if message is None or not message.text:
        return
    spans = command_span(message) + mentions_me(message, context.bot.id, context.bot.username)
    question = question_of(message, spans)
    if not question:
        await send_usage(message, context)
        return
    await answer_message(message, context, question, prior_answer(message, context))


async def on_help(update: Update, context: Context) -> None:
    """``/start`` and ``/help``: the article's headline and dateline, and example questions."""
    if update.message is None:
        return
    engine: Engine = context.bot_data["engine"]
    lang = language.user_lang(engine, update.effective_user)
    await update.message.reply_text(
        texts.help_html(engine, context.bot.username, language.texts(lang), lang),
        parse_mode=ParseMode.HTML,
        reply_markup=texts.keyboard(
            context.bot_data["buttons"], engine.examples(texts.BUTTONS, lang=lang)
        ),
        link_preview_options=NO_PREVIEW,
    )


async def on_source(update: Update, context: Context) -> None:
    """``/source``: where the article comes from."""
    if update.message is None:
        return
    lang = language.user_lang(context.bot_data["engine"], update.effective_user)
    html = texts.source_html(context.bot_data["engine"], language.texts(lang))
    await update.message.reply_text(html, parse_mode=ParseMode.HTML)


async def on_other_private(update: Update, context: Context) -> None:
    """A sticker, photo, unknown command… in private: say what the bot does."""
    if update.message is None:
        return
    lang = language.user_lang(context.bot_data["engine"], update.effective_user)
    await update.message.reply_text(language.texts(lang).text("telegram.not_text"))


async def on_button(update: Update, context: Context) -> None:
    """A suggested-question button: answer that question in the chat."""
    query = update.callback_query
    if query is None or not query.data:
        return
    question = texts.button_question(context.bot_data["buttons"], query.data)
    message = query.message if isinstance(query.message, Message) else None
    if not question or message is None:
        lang = language.user_lang(context.bot_data["engine"], update.effective_user)
        await query.answer(language.texts(lang).text("telegram.button_expired"))
        return
    with contextlib.suppress(TelegramError):  # a late or repeated answer is refused: no matter
        await query.answer()
    started = time.perf_counter()
    answer = context.bot_data["engine"].answer(question, hint=language.hint(update.effective_user))
    sent = await message.reply_text(
        reply.to_html(answer), parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
        do_quote=False,
    )  # fmt: skip
    contexts: Contexts = context.bot_data["contexts"]
    contexts.answered(answer.about, place_of(message))
    contexts.sent(answer.about, sent.chat_id, sent.message_id, place_of(message))
    log_answer(message.chat.type, answer, started)


async def on_inline(update: Update, context: Context) -> None:
    """Inline mode: ``@ThisBot question`` offers the answer (empty: example answers)."""
    query = update.inline_query
    if query is None:
        return
    engine: Engine = context.bot_data["engine"]
    started = time.perf_counter()
    asked = clean(query.query)
    lang = language.user_lang(engine, query.from_user)
    questions = [asked] if asked else engine.examples(texts.BUTTONS, lang=lang)
    results = []
    for i, q in enumerate(questions):
        answer = engine.answer(q, hint=language.hint(query.from_user))
        results.append(texts.inline_result(i, q, answer, bool(asked), language.texts(answer.lang)))
        if asked:
            log_answer("inline", answer, started)
    await query.answer(results, cache_time=60, is_personal=False)


async def on_error(update: object, context: Context) -> None:
    """Log the error first: one line for a Bot API failure, a traceback for a bug."""
    uid = update.update_id if isinstance(update, Update) else None
    error = context.error
    if isinstance(error, TelegramError):
        log.warning("update %s: %s", uid, describe(error))
    else:
        log.error("error handling update %s: %s", uid, error, exc_info=error)
    processor = context.application.update_processor
    if isinstance(processor, JournaledProcessor) and error is not None:
        processor.failed(update, error)


# ------------------------------------------------------------------------- shared steps


def prior_answer(message: Message, context: Context) -> About | None:
    """What a follow-up builds on: the answer replied to, else the chat's (or topic's) last."""
    return context_of(message, context.bot.id, context.bot_data["contexts"])


async def answer_message(
    message: Message, context: Context, question: str, prior: About | None
) -> None:
    """Answer ``question`` in reply to ``message`` and log one line about it."""
    started = time.perf_counter()
    engine: Engine = context.bot_data["engine"]
    answer = engine.answer(question, context=prior, hint=language.hint(message.from_user))
    markup = None
    if not answer.answered:
        suggestions = list(answer.suggestions) or engine.examples(3, lang=answer.lang)
        markup = texts.keyboard(context.bot_data["buttons"], suggestions)
    private = message.chat.type == ChatType.PRIVATE
    contexts: Contexts = context.bot_data["contexts"]
    # before the send waits its turn: the place's next question follows this one
    contexts.answered(answer.about, place_of(message))
    sent = await message.reply_text(
        reply.to_html(answer),
        parse_mode=ParseMode.HTML,
        reply_markup=markup,
        link_preview_options=NO_PREVIEW,
        do_quote=False if private else None,
        reply_parameters=None if private else threaded(message),
    )
    contexts.sent(answer.about, sent.chat_id, sent.message_id, place_of(message))
    log_answer(message.chat.type, answer, started)


async def send_usage(message: Message, context: Context) -> None:
    """How to ask, with example questions as buttons."""
    lang = language.user_lang(context.bot_data["engine"], message.from_user)
    examples = context.bot_data["engine"].examples(3, lang=lang)
    await message.reply_text(
        texts.usage_html(examples, language.texts(lang)),
        parse_mode=ParseMode.HTML,
        reply_markup=texts.keyboard(context.bot_data["buttons"], examples),
        reply_parameters=threaded(message) if message.chat.type != ChatType.PRIVATE else None,
    )


def threaded(message: Message) -> ReplyParameters:
    """Reply to ``message`` itself (groups), even if it has been deleted meanwhile."""
    return ReplyParameters(message.message_id, allow_sending_without_reply=True)


def log_answer(chat_type: str, answer: Answer, started: float) -> None:
    """One line per question: answered or declined, the kind, the score, the time; no text."""
    log.info(
        "%s chat=%s intent=%s score=%.2f latency=%.1fms",
        "answered" if answer.answered else "declined",
        chat_type,
        answer.intent or "-",
        answer.score,
        (time.perf_counter() - started) * 1000,
    )
    log.debug("question: %r", answer.question)


async def set_commands(app: Application) -> None:
    """Register the command list, the default one and one per other language the bot speaks
    (``language_code``); retried by flood control, a final failure is one warning."""
    try:
        await app.bot.set_my_commands(texts.commands(app.bot_data["replies"]))
        for lang in language.command_languages(app.bot_data["engine"]):
            await app.bot.set_my_commands(texts.commands(language.texts(lang)), language_code=lang)
    except TelegramError as e:
        log.warning("setMyCommands failed: %s", e)
