"""The context store of conversations (bot/conversations.py): by place and by message, expiry on
a fake clock, and the bounds."""

from __future__ import annotations

import pytest

from bot.conversations import Contexts


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock():
    return Clock()


def keep(c: Contexts, context: str, chat: int, message_id: int) -> None:
    """As the handlers do: the place's last when answered, the message's once sent."""
    c.answered(context, chat)
    c.sent(context, chat, message_id, chat)


def test_a_place_and_a_message_keep_their_own_context(clock):
    c = Contexts(ttl=600, clock=clock)
    keep(c, "first", 1, 10)
    keep(c, "second", 1, 11)
    assert c.of_place(1) == "second"
    assert c.of_message(1, 10) == "first" and c.of_message(1, 11) == "second"
    assert c.of_place(2) is None and c.of_message(2, 10) is None


def test_a_message_sent_after_a_newer_answer_keeps_its_own(clock):
    c = Contexts(ttl=600, clock=clock)
    c.answered("first", 1)
    c.answered("second", 1)  # the next question of the chat was answered before the send
    c.sent("first", 1, 10, 1)
    assert c.of_message(1, 10) == "first" and c.of_place(1) == "second"


def test_a_group_message_has_no_place(clock):
    c = Contexts(ttl=600, clock=clock)
    c.answered("ctx", None)
    c.sent("ctx", -100, 5)
    assert c.of_message(-100, 5) == "ctx" and len(c.places) == 0


@pytest.mark.parametrize(
    "waited,alive", [(0, True), (599.9, True), (600.0, True), (600.1, False), (10_000, False)]
)
def test_a_context_never_outlives_its_expiry(clock, waited, alive):
    c = Contexts(ttl=600, clock=clock)
    keep(c, "ctx", 1, 10)
    clock.now += waited
    assert (c.of_place(1) == "ctx") is alive
    assert (c.of_message(1, 10) == "ctx") is alive


def test_a_new_answer_renews_the_place(clock):
    c = Contexts(ttl=600, clock=clock)
    c.answered("old", 1)
    clock.now += 500
    c.answered("new", 1)
    clock.now += 500
    assert c.of_place(1) == "new"


def test_expired_contexts_are_dropped_not_only_hidden(clock):
    c = Contexts(ttl=600, clock=clock)
    for chat in range(100):
        keep(c, "ctx", chat, 1)
    clock.now += 601
    for chat in range(100, 150):  # new chats sweep the old ones out as they come
        keep(c, "ctx", chat, 1)
    assert all(c.of_place(chat) is None for chat in range(100))
    assert len(c) == 2 * 50


def test_a_flood_of_chats_stays_within_the_bound(clock):
    c = Contexts(ttl=600, max_places=1000, max_messages=1500, clock=clock)
    for chat in range(50_000):
        keep(c, "ctx", chat, 1)
    assert len(c.places) == 1000 and len(c.messages) == 1500
    assert c.of_place(49_999) == "ctx" and c.of_place(0) is None


def test_the_least_recently_used_go_first(clock):
    c = Contexts(ttl=600, max_places=2, clock=clock)
    c.answered("a", 1)
    c.answered("b", 2)
    assert c.of_place(1) == "a"  # used: now the most recent
    c.answered("c", 3)
    assert c.of_place(2) is None and c.of_place(1) == "a"


def test_no_context_is_kept_for_none(clock):
    c = Contexts(clock=clock)
    keep(c, None, 1, 1)
    assert len(c) == 0


def test_the_store_needs_no_telegram():
    import subprocess
    import sys

    code = "import sys, bot.conversations; sys.exit('telegram' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
