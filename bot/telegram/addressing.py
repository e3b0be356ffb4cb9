"""Reading an incoming message: is it addressed to this bot, and what is the question?

Entity offsets and lengths are in UTF-16 code units, as Telegram counts them: an emoji before
an @mention shifts it by two.
"""

from __future__ import annotations

from telegram import Message, MessageEntity


def cut_utf16(text: str, spans: list[tuple[int, int]]) -> str:
    """``text`` without the entity spans (offsets and lengths in UTF-16 code units)."""
    raw = text.encode("utf-16-le")
    for off, length in sorted(spans, reverse=True):
        raw = raw[: 2 * off] + " ".encode("utf-16-le") + raw[2 * (off + length) :]
    return raw.decode("utf-16-le", errors="replace")


def clean(question: str) -> str:
    """Whitespace runs made one space; a comma or colon left by a cut-out mention dropped."""
    return " ".join(question.split()).lstrip(",:;—–- ")


def mentions_me(message: Message, bot_id: int, username: str) -> list[tuple[int, int]]:
    """Spans of the entities in ``message`` that mention this bot."""
    spans = []
    for ent, text in message.parse_entities([MessageEntity.MENTION]).items():
        if text.lower() == "@" + username.lower():
            spans.append((ent.offset, ent.length))
    for ent in message.entities:
        if ent.type == MessageEntity.TEXT_MENTION and ent.user and ent.user.id == bot_id:
            spans.append((ent.offset, ent.length))
    return spans


def replies_to_me(message: Message, bot_id: int) -> bool:
    """Is ``message`` a reply to one of this bot's messages (not a forum topic's first one)?"""
    r = message.reply_to_message
    if r is None or r.forum_topic_created is not None:  # in a topic: the topic's first message
        return False
    return r.from_user is not None and r.from_user.id == bot_id


def command_span(message: Message) -> list[tuple[int, int]]:
    """The span of the leading ``/command[@bot]``, if the message starts with one."""
    for e in message.entities:
        if e.type == MessageEntity.BOT_COMMAND and e.offset == 0:
            return [(0, e.length)]
    return []


def question_of(message: Message, spans: list[tuple[int, int]]) -> str:
    """The message's text without the given spans, cleaned: the question asked."""
    return clean(cut_utf16(message.text or "", spans))
