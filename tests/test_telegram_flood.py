"""Flood control on its own: FloodControl.process_request with callbacks that stand in for the
Bot API (no server, no Application). Orders of events, not speeds, are asserted."""

from __future__ import annotations

import asyncio
import datetime as dtm
import time
import warnings

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter

from bot.telegram.flood import FloodControl


class Api:
    """Records each call as (what, monotonic time); fails the first calls as told."""

    def __init__(self, failures: dict[str, list[Exception]] | None = None):
        self.failures = failures or {}
        self.events: list[tuple[str, float]] = []

    def callback(self, name: str):
        async def call() -> dict:
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


@pytest.mark.parametrize(
    "failures, calls, raises",
    [
        ([NetworkError("Bad Gateway")] * 2, ["x:NetworkError", "x:NetworkError", "x:ok"], None),
        ([BadRequest("can't parse entities")], ["x:BadRequest"], BadRequest),
        ([Forbidden("bot was blocked by the user")], ["x:Forbidden"], Forbidden),
    ],
    ids=["5xx-retried", "400-final", "403-final"],
)
def test_what_is_retried(failures, calls, raises, monkeypatch):
    api = Api({"x": list(failures)})
    fc = FloodControl(chat_interval=0.0)
    monkeypatch.setattr("bot.telegram.flood.BACKOFF_START", 0.01)
    if raises:
        with pytest.raises(raises):
            run(request(fc, api, "x", chat_id=5))
    else:
        assert run(request(fc, api, "x", chat_id=5)) == {"ok": "x"}
    assert api.names() == calls


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
