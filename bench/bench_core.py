"""Benchmark of the answering core (a script, not a test).

    .venv/bin/python bench/bench_core.py [--repeat N] [--runs N] [--check]

Prints, against the bar:
  * per language (en, ru, es): in-process latency over that language's questions
    (tests/questions.yaml; the ru and es rows of tests/questions.ru-es.yaml), warm engine, all three
    languages loaded, each question asked ``--repeat`` times: median and p99;
  * in-process per-question latency over tests/questions.yaml, warm engine, each question asked
    ``--repeat`` times: median and p99 in µs (bar: median ≤ 100 µs, p99 ≤ 1 ms), and the share of
    it spent reading the question (the Query);
  * startup + answer wall time of a cold ``article-bot ask "Who is Peskov?"`` subprocess, median
    of ``--runs`` runs (bar: ≤ 0.4 s);
  * peak memory (max RSS of the children, from getrusage(RUSAGE_CHILDREN)) of that cold run
    (bar: ≤ 60 MB);
  * whether importing ``bot.engine`` imports ``telegram`` (it must not).
With ``--check`` the exit status is 1 when a figure misses its bar.
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTIONS = ROOT / "tests" / "questions.yaml"
QUESTIONS_RU_ES = ROOT / "tests" / "questions.ru-es.yaml"
COLD_QUESTION = "Who is Peskov?"

BAR_MEDIAN_US = 100.0
BAR_P99_US = 1000.0
BAR_COLD_S = 0.4
BAR_PEAK_MB = 60.0


def _env() -> dict[str, str]:
    """Make ``bot`` importable from the checkout even when the package is not installed."""
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (
        os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else ""
    )
    env.pop("TELEGRAM_BOT_TOKEN", None)
    # the first, unmeasured cold run compiles the modules once, as an installed package has
    # them compiled; this machine's PYTHONDONTWRITEBYTECODE would compile them on every run
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def percentile(sorted_values: list[float], p: float) -> float:
    if not sorted_values:
        return float("nan")
    k = min(len(sorted_values) - 1, max(0, round(p / 100 * (len(sorted_values) - 1))))
    return sorted_values[k]


def bench_in_process(repeat: int) -> tuple[float, float, list[tuple[float, str]]]:
    sys.path.insert(0, str(ROOT))
    import yaml

    from bot.engine import Engine

    questions = [q["q"] for q in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    engine = Engine.load()
    for q in questions:  # warm up: caches, lazy imports
        engine.answer(q)
    samples: list[float] = []
    per_question: list[tuple[float, str]] = []
    clock = time.perf_counter_ns
    for q in questions:
        mine = []
        for _ in range(repeat):
            t0 = clock()
            engine.answer(q)
            mine.append((clock() - t0) / 1000.0)
        samples.extend(mine)
        per_question.append((statistics.median(mine), q))
    samples.sort()
    per_question.sort(reverse=True)
    return statistics.median(samples), percentile(samples, 99), per_question


def bench_reading(repeat: int) -> tuple[float, float]:
    """Median µs per question of reading it (the Query) and of answering it, warm engine."""
    import yaml

    from bot.engine import Engine

    questions = [q["q"] for q in yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))["questions"]]
    engine = Engine.load()
    clock = time.perf_counter_ns
    reads, answers = [], []
    for _ in range(max(1, repeat // 10)):
        t0 = clock()
        for q in questions:
            engine.answerer.read(q)
        t1 = clock()
        for q in questions:
            engine.answer(q)
        t2 = clock()
        reads.append((t1 - t0) / 1000 / len(questions))
        answers.append((t2 - t1) / 1000 / len(questions))
    return statistics.median(reads), statistics.median(answers)


def bench_languages(repeat: int) -> dict[str, tuple[float, float, int]]:
    """{lang: (median µs, p99 µs, questions)} with every language loaded in one engine, and the
    process's peak memory after it (MB)."""
    import yaml

    from bot.engine import Engine

    sets = {"en": [q["q"] for q in yaml.safe_load(QUESTIONS.read_text("utf-8"))["questions"]]}
    for q in yaml.safe_load(QUESTIONS_RU_ES.read_text("utf-8"))["questions"]:
        sets.setdefault(q["tag"], []).append(q["q"])
    engine = Engine.load()
    for qs in sets.values():  # warm up: every language loaded, caches filled
        for q in qs:
            engine.answer(q)
    out = {}
    clock = time.perf_counter_ns
    for lang, qs in sets.items():
        samples = []
        for q in qs:
            for _ in range(repeat):
                t0 = clock()
                engine.answer(q)
                samples.append((clock() - t0) / 1000.0)
        samples.sort()
        out[lang] = (statistics.median(samples), percentile(samples, 99), len(qs))
    return out


def bench_cold_language(question: str, runs: int) -> tuple[float, float]:
    """Median wall time and peak memory of a cold ``ask`` of one question (a fresh process)."""
    cmd = [*cold_command()[:-1], question]
    times, peak = [], 0.0
    for i in range(runs + 1):
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, env=_env(), cwd=ROOT, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL)  # fmt: skip
        if proc.returncode != 0:
            raise SystemExit(f"cold run failed: {proc.stderr.strip()[-300:]}")
        if i:
            times.append(time.perf_counter() - t0)
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak = maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024
    return statistics.median(times), peak


def cold_command() -> list[str]:
    script = Path(sys.executable).parent / "article-bot"
    if script.exists():
        return [str(script), "ask", COLD_QUESTION]
    found = shutil.which("article-bot")
    if found and Path(found).parent == Path(sys.executable).parent:
        return [found, "ask", COLD_QUESTION]
    return [sys.executable, "-m", "bot", "ask", COLD_QUESTION]


def bench_cold(runs: int) -> tuple[float, float, list[str], str]:
    cmd = cold_command()
    env = _env()
    times = []
    out = ""
    for i in range(runs + 1):  # the first run (pyc compilation, page cache) is not counted
        t0 = time.perf_counter()
        proc = subprocess.run(
            cmd, env=env, cwd=ROOT, capture_output=True, text=True, stdin=subprocess.DEVNULL
        )
        dt = time.perf_counter() - t0
        if proc.returncode != 0:
            raise SystemExit(f"cold run failed ({proc.returncode}): {proc.stderr.strip()[-500:]}")
        out = proc.stdout
        if i:
            times.append(dt)
    # ru_maxrss is the largest RSS of any waited-for child: in KiB on Linux, bytes on macOS.
    maxrss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    peak_mb = maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024
    return statistics.median(times), peak_mb, cmd, out


def telegram_imported() -> tuple[bool, list[str]]:
    code = (
        "import sys, bot.engine; "
        "print(' '.join(m for m in sys.modules if m == 'telegram' or m.startswith('telegram.')))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], env=_env(), cwd=ROOT, capture_output=True, text=True
    )
    if proc.returncode != 0:
        raise SystemExit(f"import bot.engine failed: {proc.stderr.strip()[-500:]}")
    mods = proc.stdout.split()
    return bool(mods), mods


def verdict(ok: bool) -> str:
    return "ok" if ok else "OVER THE BAR"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=300, help="asks of each question (default 300)")
    ap.add_argument("--runs", type=int, default=10, help="cold subprocess runs (default 10)")
    ap.add_argument("--check", action="store_true", help="exit 1 when a figure misses its bar")
    args = ap.parse_args(argv)

    ok = True
    # The cold runs go first: RUSAGE_CHILDREN's peak covers every child waited for so far.
    cold_s, peak_mb, cmd, out = bench_cold(args.runs)
    imported, mods = telegram_imported()
    ok &= not imported
    print(
        f"import bot.engine pulls in telegram: {'YES ' + ' '.join(mods[:5]) if imported else 'no'}"
        f"  [{verdict(not imported)}]"
    )

    median_us, p99_us, per_q = bench_in_process(args.repeat)
    n = len(per_q)
    print(f"in-process answer, {n} questions x {args.repeat}, warm engine:")
    print(
        f"  median {median_us:8.1f} µs   (bar ≤ {BAR_MEDIAN_US:.0f} µs)  [{verdict(median_us <= BAR_MEDIAN_US)}]"
    )
    print(
        f"  p99    {p99_us:8.1f} µs   (bar ≤ {BAR_P99_US:.0f} µs) [{verdict(p99_us <= BAR_P99_US)}]"
    )
    read_us, answer_us = bench_reading(args.repeat)
    print(
        f"  reading the question: {read_us:.1f} of {answer_us:.1f} µs ({100 * read_us / answer_us:.0f} %)"
    )
    print("  slowest questions (median µs):")
    for t, q in per_q[:3]:
        print(f"    {t:8.1f}  {q}")
    ok &= median_us <= BAR_MEDIAN_US and p99_us <= BAR_P99_US

    shown = shlex.join([Path(cmd[0]).name, *cmd[1:]])
    print(f"cold `{shown}` (median of {args.runs}):")
    print(f"  wall   {cold_s:8.3f} s    (bar ≤ {BAR_COLD_S} s)   [{verdict(cold_s <= BAR_COLD_S)}]")
    print(
        f"  peak   {peak_mb:8.1f} MB   (bar ≤ {BAR_PEAK_MB:.0f} MB)  [{verdict(peak_mb <= BAR_PEAK_MB)}]"
    )
    first = out.strip().splitlines()[0] if out.strip() else "(no output)"
    print(f"  answer: {first[:100]}")
    ok &= cold_s <= BAR_COLD_S and peak_mb <= BAR_PEAK_MB

    print(f"per language, all three loaded in one engine, {args.repeat} asks each:")
    for lang, (med, p99, n) in bench_languages(args.repeat).items():
        verdict_ = verdict(med <= BAR_MEDIAN_US and p99 <= BAR_P99_US)
        print(f"  {lang}: {n:3d} questions  median {med:7.1f} µs  p99 {p99:7.1f} µs  [{verdict_}]")
        ok &= med <= BAR_MEDIAN_US and p99 <= BAR_P99_US
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    self_mb = rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024
    print(f"  peak memory of this process, all three languages loaded: {self_mb:.1f} MB "
          f"[{verdict(self_mb <= BAR_PEAK_MB)}]")  # fmt: skip
    ok &= self_mb <= BAR_PEAK_MB
    for q in ("Кто такой Песков?", "¿Quién es Peskov?"):
        wall, peak = bench_cold_language(q, max(3, args.runs // 2))
        print(
            f"  cold `article-bot ask {q!r}`: wall {wall:.3f} s, peak (all children) {peak:.1f} MB"
        )
    print("all figures within the bar" if ok else "some figures are over the bar")
    return 1 if (args.check and not ok) else 0


if __name__ == "__main__":
    sys.exit(main())
