"""Benchmark: ``article-bot serve`` against the fake Bot API on 127.0.0.1.

    python bench/bench_telegram.py [--questions 200] [--chats 60] [--server-rate 30]

1. idle memory of the serving process (VmRSS, VmHWM from /proc/<pid>/status);
2. latency: questions one at a time, each in a new chat; from the moment getUpdates hands the
   update to the bot to the moment its sendMessage reaches the server (median, p90, max), 100 ms apart;
3. flood: N questions from M chats (a quarter of them groups) queued at once, against a server
   that enforces Telegram's limits with 429s (1 message a second per chat, 20 a minute per
   group, ``--server-rate`` a second overall; below the bot's own 26 it provokes 429s on
   purpose). Prints the wall time, the answers, duplicates and losses, the 429s provoked, and how
   soon each chat got its first answer (one chat's wait must not stall the others).
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fake_bot_api import TOKEN, FakeBotAPI  # noqa: E402


def bot_command() -> list[str]:
    exe = Path(sys.executable).parent / "article-bot"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "bot"]


def memory(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM of ``pid`` in kB."""
    out = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            out[key] = int(value.split()[0])
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p * len(xs)))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", type=int, default=200)
    ap.add_argument("--chats", type=int, default=60)
    ap.add_argument("--latency-samples", type=int, default=50)
    ap.add_argument("--latency-gap", type=float, default=0.1, help="seconds between samples")
    ap.add_argument("--server-rate", type=int, default=30, help="server's overall limit a second")
    args = ap.parse_args(argv)

    api = FakeBotAPI(enforce_limits=True, global_per_second=args.server_rate).start()
    state = tempfile.mkdtemp(prefix="article-bot-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("TELEGRAM_")}
    env.update(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_URL=api.url, ARTICLE_BOT_STATE_DIR=state)
    log = open(Path(state) / "bot.log", "wb")  # noqa: SIM115
    t0 = time.monotonic()
    proc = subprocess.Popen(
        bot_command() + ["serve"], cwd=ROOT, env=env, stdin=subprocess.DEVNULL, stdout=log,
        stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        api.wait_for(lambda: api.methods("getUpdates"), 30)
        print(f"start-up (to the first getUpdates): {time.monotonic() - t0:.2f} s")
        time.sleep(2.0)
        idle = memory(proc.pid)
        print(
            f"idle memory: VmRSS {idle['VmRSS'] / 1024:.1f} MB, VmHWM {idle['VmHWM'] / 1024:.1f} MB"
        )

        # -- latency, unloaded: one question at a time, a new chat each (no per-chat wait)
        lat, e2e = [], []
        for i in range(args.latency_samples):
            chat = 500_000 + i
            uid = api.private_text(chat, "Who is Peskov?")
            t_add = time.monotonic()
            (m,) = api.wait_sent(lambda m, c=chat: m["chat_id"] == c, timeout=10)
            lat.append((m["t"] - api.delivered_at[uid]) * 1000)
            e2e.append((m["t"] - t_add) * 1000)
            time.sleep(args.latency_gap)
        print(
            f"latency update→sendMessage (n={len(lat)}): median {statistics.median(lat):.1f} ms, "
            f"p90 {pct(lat, 0.9):.1f} ms, max {max(lat):.1f} ms "
            f"(from the update being queued at the server: median {statistics.median(e2e):.1f} ms)"
        )

        # -- flood: all questions at once
        n_groups = max(1, args.chats // 4)
        chats = [600_000 + i for i in range(args.chats - n_groups)]
        chats += [-1_000_000_600_000 - i for i in range(n_groups)]
        want: dict[int, int] = {}
        base_429, base_sent = api.count_429, len(api.sent)
        start = time.monotonic()
        for i in range(args.questions):
            c = chats[i % len(chats)]
            if c < 0:
                api.group_text(c, f"/ask Who is Peskov? (#{i})")
            else:
                api.private_text(c, f"Who is Peskov? (#{i})")
            want[c] = want.get(c, 0) + 1
        queued = time.monotonic() - start
        try:
            api.wait_for(lambda: len(api.sent) - base_sent >= args.questions, timeout=120)
        except TimeoutError:
            pass
        wall = time.monotonic() - start
        time.sleep(2.0)  # anything late (a duplicate) shows up now
        flood = api.sent[base_sent:]
        got = {c: 0 for c in chats}
        for m in flood:
            got[m["chat_id"]] = got.get(m["chat_id"], 0) + 1
        dups = sum(max(0, got[c] - want[c]) for c in chats)
        lost = sum(max(0, want[c] - got[c]) for c in chats)
        group_replies = [
            (m["chat_id"], m["reply_parameters"]["message_id"]) for m in flood if m["chat_id"] < 0
        ]
        dups_exact = len(group_replies) - len(set(group_replies))
        first = {}
        for m in flood:
            first.setdefault(m["chat_id"], m["t"] - start)
        after = memory(proc.pid)
        print(
            f"flood: {args.questions} questions from {len(chats)} chats ({n_groups} groups), "
            f"queued in {queued * 1000:.0f} ms"
        )
        print(f"  wall time to the last answer: {wall:.2f} s")
        print(f"  answers: {len(flood)} (expected {args.questions}); duplicates: {dups} "
              f"(group replies to the same question: {dups_exact}); lost: {lost}")  # fmt: skip
        print(
            f"  429s provoked: {api.count_429 - base_429} (server overall limit {args.server_rate}/s)"
        )
        print(
            f"  first answer per chat: median {statistics.median(first.values()):.2f} s, "
            f"max {max(first.values()):.2f} s after the flood began"
        )
        print(
            f"  memory after: VmRSS {after['VmRSS'] / 1024:.1f} MB, VmHWM {after['VmHWM'] / 1024:.1f} MB"
        )
        ok = dups == 0 and lost == 0 and dups_exact == 0 and idle["VmRSS"] <= 80 * 1024
        ok = ok and statistics.median(lat) <= 50
        print("OK" if ok else "FAILED")
        return 0 if ok else 1
    finally:
        proc.send_signal(signal.SIGTERM)
        t = time.monotonic()
        try:
            rc = proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            rc = proc.wait()
        print(f"SIGTERM: exit {rc} in {time.monotonic() - t:.2f} s")
        log.close()
        api.stop()


if __name__ == "__main__":
    sys.exit(main())
