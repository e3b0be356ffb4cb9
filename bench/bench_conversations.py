"""Benchmark of conversations (a script, not a test).

    .venv/bin/python bench/bench_conversations.py [--chats N] [--repeat N] [--check]

Prints, against the bar:
  * memory: ``--chats`` chats (default 10,000) each holding a context in the store the Telegram
    handlers use (:class:`bot.conversations.Contexts`: as the chat's last answer, and as the
    answer's sent message), each context left by its own answer — the conversations of the
    conversation sets, each chat stopping at another turn, and the questions of the question set
    — what the serve process adds for them, measured as the resident set (VmRSS) of this process
    and as Python allocations (tracemalloc) (bar: ≤ 20 MB);
  * speed: per turn of the development and r1 conversations, warm engine, each conversation
    asked ``--repeat`` times: median and p99 in µs, for the first questions and the follow-ups.
With ``--check`` the exit status is 1 when a figure misses its bar.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.conversations import Contexts  # noqa: E402
from bot.engine import Engine  # noqa: E402
from bot.evaluate import load_conversations, load_questions  # noqa: E402

SETS = [
    ROOT / "tests" / "conversations.yaml",
    ROOT / "tests" / "rounds" / "r1" / "conversations.yaml",
]
BAR_MB = 20.0


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def dialogues() -> list[list[str]]:
    """Conversations to fill chats with: the conversation sets, and each question of the
    question set alone."""
    out = [[t.q for t in turns] for path in SETS for turns in load_conversations(path)]
    out += [[it.q] for it in load_questions(ROOT / "tests" / "questions.yaml")]
    return out


def fill(engine: Engine, convs: list[list[str]], chats: int) -> Contexts:
    """A store of ``chats`` chats, each holding the context its conversation's last answer
    left — as the handlers keep it: as the chat's, and as the sent message's."""
    contexts = Contexts(max_places=chats, max_messages=chats)
    for chat in range(chats):
        turns = convs[chat % len(convs)]
        about = None
        for q in turns[: 1 + chat % len(turns)]:  # each chat stops at some turn
            about = engine.answer(q, context=about).about
        contexts.answered(about, chat)
        contexts.sent(about, chat, 1, chat)
    assert len(contexts.places) == len(contexts.messages) == chats
    return contexts


def memory(engine: Engine, chats: int) -> tuple[float, float]:
    """MB added by ``chats`` chats each holding a context: the resident set (VmRSS) of this
    process, then (in a second fill, traced) the Python allocations."""
    convs = dialogues()
    for turns in convs:  # the engine's own caches warm: only the contexts are measured
        about = None
        for q in turns:
            about = engine.answer(q, context=about).about
    gc.collect()
    base_rss = rss_kb()
    kept = fill(engine, convs, chats)
    gc.collect()
    used_rss = rss_kb() - base_rss
    del kept
    gc.collect()
    tracemalloc.start()
    base_py = tracemalloc.get_traced_memory()[0]
    kept = fill(engine, convs, chats)
    gc.collect()
    used_py = tracemalloc.get_traced_memory()[0] - base_py
    tracemalloc.stop()
    assert len(kept) == 2 * chats  # alive until measured
    return used_py / 2**20, used_rss / 2**10


def speed(engine: Engine, repeat: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"first": [], "follow-up": []}
    convs = [turns for path in SETS for turns in load_conversations(path)]
    for _ in range(repeat):
        for turns in convs:
            context = None
            for k, t in enumerate(turns):
                t0 = time.perf_counter()
                context = engine.answer(t.q, context=context)
                times["first" if k == 0 else "follow-up"].append(time.perf_counter() - t0)
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chats", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    engine = Engine.load()
    engine.answer("warm up")
    py_mb, rss_mb = memory(engine, args.chats)
    ok = py_mb <= BAR_MB and rss_mb <= BAR_MB
    print(
        f"memory: {args.chats} chats holding a context: +{py_mb:.1f} MB allocated "
        f"(tracemalloc), +{rss_mb:.1f} MB resident (VmRSS)   bar ≤ {BAR_MB:.0f} MB  "
        f"{'ok' if ok else 'MISSED'}"
    )
    for kind, xs in speed(engine, args.repeat).items():
        us = sorted(x * 1e6 for x in xs)
        p99 = us[min(len(us) - 1, int(0.99 * len(us)))]
        print(f"speed: {kind:9} turns  median {statistics.median(us):6.0f} µs  p99 {p99:6.0f} µs"
              f"  ({len(us)} turns)")  # fmt: skip
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    sys.exit(main())
