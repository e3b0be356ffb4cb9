"""Where conversations keep their context: what the last answer in each place was about.

A front end asks :class:`Contexts` for the context of a new question and gives it the context an
answer leaves (``answer.about``, :mod:`bot.answering.context`). Contexts are kept by *place* — a
private chat, a forum topic — and by *message*: a reply to one of the bot's answers continues that
answer, whatever was said in the place since. All in memory, with

- expiry: a context older than ``ttl`` seconds is never given out (and is dropped as soon as
  it is met, or when newer ones are added);
- a bound: at most ``max_places`` places and ``max_messages`` messages, the least recently used
  forgotten first — a flood of new chats cannot grow it;

and an injectable clock, so that expiry is tested without waiting. No telegram import: the
Telegram handlers (:mod:`bot.telegram.handlers`) say what the place of a message is.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

TTL = 600.0  # seconds a context lives after the answer that left it
MAX_PLACES = 10_000
MAX_MESSAGES = 20_000


class _Expiring:
    """A bounded LRU map whose entries expire ``ttl`` seconds after they were put."""

    def __init__(self, limit: int, ttl: float, clock: Callable[[], float]):
        self.limit, self.ttl, self.clock = limit, ttl, clock
        self.items: OrderedDict[Hashable, tuple[float, Any]] = OrderedDict()

    def get(self, key: Hashable) -> Any | None:
        hit = self.items.get(key)
        if hit is None:
            return None
        if self.clock() - hit[0] > self.ttl:
            del self.items[key]
            return None
        self.items.move_to_end(key)
        return hit[1]

    def put(self, key: Hashable, value: Any, entry: tuple[float, Any] | None = None) -> None:
        """Keep ``value`` from now (or ``entry``: another map's, shared, as it was put there)."""
        now = self.clock()
        self.items[key] = entry if entry is not None and entry[1] is value else (now, value)
        self.items.move_to_end(key)
        while len(self.items) > self.limit:
            self.items.popitem(last=False)
        self._sweep(now)

    def _sweep(self, now: float) -> None:
        """Drop expired entries from the least recently used end (each put sweeps a few)."""
        for _ in range(4):
            if not self.items:
                return
            key, (stamp, _v) = next(iter(self.items.items()))
            if now - stamp <= self.ttl:
                return
            del self.items[key]

    def __len__(self) -> int:
        return len(self.items)


class Contexts:
    """The contexts of many conversations, by place and by the bot's sent messages."""

    def __init__(
        self,
        ttl: float = TTL,
        max_places: int = MAX_PLACES,
        max_messages: int = MAX_MESSAGES,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.places = _Expiring(max_places, ttl, clock)
        self.messages = _Expiring(max_messages, ttl, clock)

    def of_place(self, place: Hashable) -> Any | None:
        """The context of the last answer in a place (a chat, a forum topic), if still alive."""
        return self.places.get(place)

    def of_message(self, chat: Hashable, message_id: int) -> Any | None:
        """The context of the answer the bot sent as this message, if still alive."""
        return self.messages.get((chat, message_id))

    def answered(self, context: Any | None, place: Hashable | None) -> None:
        """Keep an answer's context as its place's last (as soon as it is answered: the place's
        next question follows it). Nothing is kept for no context, or no place."""
        if context is not None and place is not None:
            self.places.put(place, context)

    def sent(
        self, context: Any | None, chat: Hashable, message_id: int, place: Hashable | None = None
    ) -> None:
        """Keep an answer's context as the context of the message it was sent as (sharing its
        place's entry while that is still this answer's)."""
        if context is not None:
            shared = self.places.items.get(place) if place is not None else None
            self.messages.put((chat, message_id), context, shared)

    def __len__(self) -> int:
        return len(self.places) + len(self.messages)
