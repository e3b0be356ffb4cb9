"""Flood control on its own: FloodControl.process_request with callbacks that stand in for the
Bot API (no server, no Application). Orders of events, not speeds, are asserted."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
import warnings

import httpx
import pytest
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.telegram.delivery import Expired, MaybeSent
from bot.telegram.flood import FloodControl


class Api:
    """Records each call as (what, monotonic time); fails the first calls as told."""

    def __init__(self, failures: dict[str, list[Exception]] | None = None):
        self.failures = failures or {}
        self.events: list[tuple[str, float]] = []

    def callback(self, name: str):
        async def call() -> dict:
            await asyncio.sleep(0)
            todo = self.failures.get(name)
            if todo:
                exc = todo.pop(0)
                self.events.append((f"{name}:{type(exc).__name__}", time.monotonic()))
                raise exc
            self.events.append((f"{name}:ok", time.monotonic()))
            return {"ok": name}

        return call

    def names(self) -> list[str]:
        return [e for e, _ in self.events]


def request(fc: FloodControl, api: Api, name: str, endpoint="sendMessage", **data):
    return fc.process_request(api.callback(name), (), {}, endpoint, data, None)


def retry_after(seconds: float) -> RetryAfter:
    with warnings.catch_warnings():  # the library's int-or-timedelta deprecation notice
        warnings.simplefilter("ignore")
        return RetryAfter(dtm.timedelta(seconds=seconds))


def run(coro):
    return asyncio.run(coro)


def test_a_429_pauses_its_chat_only():
    api = Api({"a": [retry_after(0.3)]})

    async def go():
        fc = FloodControl(chat_interval=0.0)
        a = asyncio.create_task(request(fc, api, "a", chat_id=1))
        await asyncio.sleep(0.01)
        await request(fc, api, "b", chat_id=2)
        await a

    run(go())
    assert api.names() == ["a:RetryAfter", "b:ok", "a:ok"]
    (_, t429), _, (_, tok) = api.events
    assert tok - t429 >= 0.3  # retry_after honoured


def test_a_chats_messages_go_one_at_a_time_in_order_and_apart():
    api = Api()

    async def go():
        fc = FloodControl(chat_interval=0.1)
        await asyncio.gather(*(request(fc, api, f"m{i}", chat_id=7) for i in range(4)))

    run(go())
    assert api.names() == ["m0:ok", "m1:ok", "m2:ok", "m3:ok"]
    times = [t for _, t in api.events]
    assert all(b - a >= 0.1 for a, b in zip(times, times[1:], strict=False))


def test_a_group_gets_its_burst_then_waits_for_the_window():
    api = Api()

    async def go():
        fc = FloodControl(chat_interval=0.0, group_max=3, group_period=0.4)
        await asyncio.gather(*(request(fc, api, f"g{i}", chat_id=-100) for i in range(5)))

    run(go())
    times = [t for _, t in api.events]
    assert times[2] - times[0] < 0.4 <= times[3] - times[0]  # three at once, the 4th waits


def test_a_429_on_a_call_without_a_chat_pauses_only_that_kind_of_call():
    api = Api({"cb": [retry_after(0.3)]})

    async def go():
        fc = FloodControl(chat_interval=0.0)
        cb = asyncio.create_task(request(fc, api, "cb", endpoint="answerCallbackQuery"))
        await asyncio.sleep(0.01)
        await request(fc, api, "inline", endpoint="answerInlineQuery")
        await request(fc, api, "chat", chat_id=3)
        await cb

    run(go())
    assert api.names() == ["cb:RetryAfter", "inline:ok", "chat:ok", "cb:ok"]


def test_an_inline_answer_that_would_come_too_late_is_dropped():
    api = Api({"inline": [retry_after(600)]})
    fc = FloodControl()
    with pytest.raises(Expired):
        run(request(fc, api, "inline", endpoint="answerInlineQuery"))
    assert api.names() == ["inline:RetryAfter"]  # not retried ten minutes later


def caused(exc: Exception, cause: BaseException) -> Exception:
    exc.__cause__ = cause
    return exc


def read_timeout() -> Exception:
    return caused(TimedOut(), httpx.ReadTimeout("timed out"))


@pytest.mark.parametrize(
    "failures, calls, raises",
    [
        ([NetworkError("Bad Gateway")] * 2, ["x:NetworkError", "x:NetworkError", "x:ok"], None),
        ([BadRequest("can't parse entities")], ["x:BadRequest"], BadRequest),
        ([Forbidden("bot was blocked by the user")], ["x:Forbidden"], Forbidden),
        ([caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused"))] * 2,
         ["x:NetworkError", "x:NetworkError", "x:ok"], None),
        ([caused(TimedOut("pool"), httpx.PoolTimeout("pool"))], ["x:TimedOut", "x:ok"], None),
        ([TelegramError("Invalid server response")], ["x:TelegramError", "x:ok"], None),
        ([KeyError("result")], ["x:KeyError", "x:ok"], None),
        ([read_timeout()], ["x:TimedOut", "x:ok"], None),
        ([read_timeout(), read_timeout()], ["x:TimedOut", "x:TimedOut"], MaybeSent),
        ([caused(NetworkError("x"), httpx.RemoteProtocolError("dropped")), read_timeout()],
         ["x:NetworkError", "x:TimedOut"], MaybeSent),
        ([InvalidToken("Unauthorized")], ["x:InvalidToken"], InvalidToken),
    ],
    ids=["5xx-retried", "400-final", "403-final", "refused-retried", "pool-timeout-retried", "non-json-200-retried", "no-result-retried",
         "read-timeout-once-more", "silent-twice-not-again", "dropped-then-silent",
         "401-final"],
)  # fmt: skip
def test_exactly_once_as_far_as_the_api_allows(failures, calls, raises, monkeypatch):
    monkeypatch.setattr("bot.telegram.delivery.BACKOFF_START", 0.01)
    monkeypatch.setattr("bot.telegram.delivery.CAREFUL_PAUSE", 0.01)
    api = Api({"x": list(failures)})
    fc = FloodControl(chat_interval=0.0)
    if raises:
        with pytest.raises(raises):
            run(request(fc, api, "x", chat_id=9))
    else:
        assert run(request(fc, api, "x", chat_id=9)) == {"ok": "x"}
    assert api.names() == calls


def test_after_close_only_tasks_that_reached_telegram_make_requests():
    api = Api()

    async def go():
        fc = FloodControl(chat_interval=0.0)
        await request(fc, api, "first", chat_id=1)  # this task reached Telegram
        fc.close()
        await request(fc, api, "second", chat_id=1)  # so it may finish its work
        fresh = asyncio.create_task(request(fc, api, "fresh", chat_id=2))
        with pytest.raises(asyncio.CancelledError):
            await fresh

    run(go())
    assert api.names() == ["first:ok", "second:ok"]
