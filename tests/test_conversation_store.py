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


def test_a_place_and_a_message_keep_their_own_context(clock):
    c = Contexts(ttl=600, clock=clock)
    c.answered("first", ("chat", 1), (1, 10))
    c.answered("second", ("chat", 1), (1, 11))
    assert c.of_place(("chat", 1)) == "second"
    assert c.of_message(1, 10) == "first" and c.of_message(1, 11) == "second"
    assert c.of_place(("chat", 2)) is None and c.of_message(2, 10) is None


@pytest.mark.parametrize(
    "waited,alive", [(0, True), (599.9, True), (600.0, True), (600.1, False), (10_000, False)]
)
def test_a_context_never_outlives_its_expiry(clock, waited, alive):
    c = Contexts(ttl=600, clock=clock)
    c.answered("ctx", ("chat", 1), (1, 10))
    clock.now += waited
    assert (c.of_place(("chat", 1)) == "ctx") is alive
    assert (c.of_message(1, 10) == "ctx") is alive


def test_a_new_answer_renews_the_place(clock):
    c = Contexts(ttl=600, clock=clock)
    c.answered("old", ("chat", 1), None)
    clock.now += 500
    c.answered("new", ("chat", 1), None)
    clock.now += 500
    assert c.of_place(("chat", 1)) == "new"


def test_expired_contexts_are_dropped_not_only_hidden(clock):
    c = Contexts(ttl=600, clock=clock)
    for chat in range(100):
        c.answered("ctx", ("chat", chat), (chat, 1))
    clock.now += 601
    for chat in range(100, 150):  # new chats sweep the old ones out as they come
        c.answered("ctx", ("chat", chat), (chat, 1))
    assert len(c) < 2 * 150
    assert all(c.of_place(("chat", chat)) is None for chat in range(100))
    assert len(c) == 2 * 50


def test_a_flood_of_chats_stays_within_the_bound(clock):
    c = Contexts(ttl=600, max_places=1000, max_messages=1500, clock=clock)
    for chat in range(50_000):
        c.answered("ctx", ("chat", chat), (chat, 1))
    assert len(c.places) == 1000 and len(c.messages) == 1500
    assert c.of_place(("chat", 49_999)) == "ctx" and c.of_place(("chat", 0)) is None


def test_the_least_recently_used_go_first(clock):
    c = Contexts(ttl=600, max_places=2, clock=clock)
    c.answered("a", ("chat", 1), None)
    c.answered("b", ("chat", 2), None)
    assert c.of_place(("chat", 1)) == "a"  # used: now the most recent
    c.answered("c", ("chat", 3), None)
    assert c.of_place(("chat", 2)) is None and c.of_place(("chat", 1)) == "a"


def test_no_context_is_kept_for_none(clock):
    c = Contexts(clock=clock)
    c.answered(None, ("chat", 1), (1, 1))
    assert len(c) == 0


def test_the_store_needs_no_telegram():
    import subprocess
    import sys

    code = "import sys, bot.conversations; sys.exit('telegram' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0
