"""Where a Telegram conversation lives, for its context (:mod:`bot.conversations`): a private
chat is one place, each forum topic of a group is one; a group's main chat is none — there a
question continues an answer only by replying to it. Inline queries have no context."""

from __future__ import annotations

from collections.abc import Hashable

from telegram import Message
from telegram.constants import ChatType

from ..conversations import Contexts
from .addressing import replies_to_me


def place_of(message: Message) -> Hashable | None:
    """The private chat, or the forum topic, the message was written in (None: a group's chat)."""
    if message.chat.type == ChatType.PRIVATE:
        return message.chat_id  # a private chat's id is the user's: no group's, no topic's
    if message.is_topic_message and message.message_thread_id:
        return (message.chat_id, message.message_thread_id)
    return None


def context_of(message: Message, bot_id: int, contexts: Contexts) -> object | None:
    """The context a question continues: the answer it replies to, else its place's last."""
    if replies_to_me(message, bot_id):
        replied = contexts.of_message(message.chat_id, message.reply_to_message.message_id)
        if replied is not None:
            return replied
    place = place_of(message)
    return contexts.of_place(place) if place is not None else None
