"""Benchmark: how long loading a long article takes (issue 10, item 8: ≤ 2 s for 10,000 sentences).

    python bench/bench_load.py [--sentences 10000] [--runs 3]

Three articles of N sentences: a synthetic wire story (a headline, a dateline, paragraphs of five
sentences: statements, quotations with their speakers, a pronoun or none, dates, places, stances;
made-up names); the bundled article with its body repeated until it has N sentences (real
prose, but 16 distinct sentences: a sentence text written again is read once, so how many are
distinct is printed too); and real prose with no sentence written twice (the bundled article and
the wire stories of tests/articles/, every sentence of the k-th copy opened by "In week k,") —
the honest figure for a long article. Each
is loaded by ``Engine.load``'s steps in a fresh process per run (the article parsed,
the facts extracted, the matcher built; the modules of the code imported before the clock starts); printed: the median, the split (``article.load`` alone
and the rest), the CPU time of the process (on a shared machine, wall time also counts the
waits for a core: the load average is printed before and after), the peak memory, and the same
for N/4 and N/2 sentences so the growth shows.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST = ["Arlo", "Bryn", "Cato", "Dara", "Elio", "Fenn", "Gita", "Hale", "Ines", "Joss"]
LAST = ["Quill", "Rusk", "Sable", "Thorne", "Umber", "Vance", "Wolde", "Yarrow", "Zell", "Orme"]
TITLES = ["Minister", "Governor", "spokesman", "Senator", "Mayor", "chief executive"]
PLACES = ["Northport", "Eastvale", "Southmere", "Westbrook", "Lakeside", "Highcliff"]
MONTHS = ["January", "March", "May", "July", "September", "November"]
VERBS = ["supported", "opposed", "welcomed", "criticised", "backed", "rejected"]


def sentence(rng: random.Random, i: int) -> str:
    who = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    place, month = rng.choice(PLACES), rng.choice(MONTHS)
    kind = i % 8
    if kind == 5:
        return f'"It will take {2 + i % 9} years," he added.'
    if kind == 6:
        return f'"We were not consulted about {place}."'
    if kind == 7:
        return f"She said the work would start in {month}, and they welcomed it."
    if kind == 0:
        return f'"The plan for {place} is ready," {rng.choice(TITLES)} {who} said on {month} {1 + i % 28}.'
    if kind == 1:
        return (
            f"{who} {rng.choice(VERBS)} the proposal to build {2 + i % 40} new bridges in {place}."
        )
    if kind == 2:
        return f"According to {who}, the council of {place} will vote again in {month}."
    if kind == 3:
        return f"Officials in {place} said {i % 90 + 10} families had been moved since {month}."
    return f"The {rng.choice(TITLES)} of {place}, {who}, {rng.choice(VERBS)} the decision."


def write_repeated(path: Path, n: int) -> None:
    """The bundled article, its body paragraphs repeated until there are ``n`` sentences."""
    sys.path.insert(0, str(ROOT))
    from bot.article import parse
    from bot.resources import default_article

    text = default_article().read_text(encoding="utf-8")
    blocks = text.split("\n\n")
    head, body = blocks[:1], blocks[1:]
    per_body = len(parse("\n\n".join(body)).sentences)
    reps = -(-n // max(per_body, 1))
    path.write_text("\n\n".join(head + body * reps) + "\n", encoding="utf-8")


def write_distinct(path: Path, n: int) -> None:
    """Real prose with no sentence written twice: the bundled article and the wire stories of
    tests/articles/, their body paragraphs repeated until there are ``n`` sentences, every
    sentence of the k-th copy opened by "In week k," — so nothing read once per distinct text is
    shared (a long article rarely repeats a sentence)."""
    sys.path.insert(0, str(ROOT))
    from bot.article import parse
    from bot.resources import default_article

    sources = [default_article(), *sorted((ROOT / "tests" / "articles").glob("*.txt"))]
    paras: list[list[str]] = []
    for src in sources:
        blocks = src.read_text(encoding="utf-8").split("\n\n")
        for block in blocks[1:] if len(blocks) > 1 else blocks:
            sents = [x.text for x in parse(block).sentences]
            if sents:
                paras.append(sents)
    out, count, week = [], 0, 0
    while count < n:
        week += 1
        for sents in paras:
            out.append(" ".join(f"In week {week}, {x}" for x in sents))
            count += len(sents)
            if count >= n:
                break
    head = "Wire stories of the year\n\nLONDON, December 31 (Reuters) - Stories of the year."
    path.write_text(head + "\n\n" + "\n\n".join(out) + "\n", encoding="utf-8")


def write_article(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    paras, para = [], []
    for i in range(n):
        para.append(sentence(rng, i))
        if len(para) == 5:
            paras.append(" ".join(para))
            para = []
    if para:
        paras.append(" ".join(para))
    head = "Councils across the region weigh the bridge plan\n\nNORTHPORT, May 3 (Reuters) - "
    path.write_text(head + "\n\n".join(paras) + "\n", encoding="utf-8")


CHILD = """
import json, resource, sys, time
from bot import article
from bot.engine import Engine
from bot import kinds, lexicon
lex = lexicon.load("en")
kinds.registry()  # the code of the kinds imported before the clock starts: not the article's load
c0, t0 = time.process_time(), time.perf_counter()
art = article.load(sys.argv[1], lexicon=lex)  # as Engine.load reads it
t1 = time.perf_counter()
Engine.build(art, lex)
t2 = time.perf_counter()
cpu = time.process_time() - c0
print(json.dumps({"article": t1 - t0, "rest": t2 - t1, "sentences": len(art.sentences),
                  "distinct": len({s.text for s in art.sentences}), "cpu": cpu,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def measure(path: Path, runs: int) -> list[dict]:
    out = []
    for _ in range(runs):
        r = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                           text=True, cwd=ROOT, timeout=3600)  # fmt: skip
        if r.returncode:
            raise SystemExit(r.stderr)
        out.append(json.loads(r.stdout))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sentences", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args(argv)
    worst = 0.0
    print(f"load average before: {_load()}")
    with tempfile.TemporaryDirectory(prefix="article-bot-load-") as tmp:
        for name, write in (
            ("synthetic", write_article),
            ("bundled, repeated", write_repeated),
            ("real prose, every sentence distinct", write_distinct),
        ):
            print(f"{name}:")
            for n in (args.sentences // 4, args.sentences // 2, args.sentences):
                path = Path(tmp) / f"article-{n}.txt"
                write(path, n)
                runs = measure(path, args.runs if n == args.sentences else 1)
                total = statistics.median(r["article"] + r["rest"] for r in runs)
                cpu = statistics.median(r["cpu"] for r in runs)
                r = runs[0]
                print(
                    f"  {r['sentences']:>6} sentences, {r['distinct']} distinct "
                    f"({path.stat().st_size / 1e6:.2f} MB): "
                    f"load {total:.2f} s, median of {len(runs)} (article.load "
                    f"{r['article']:.2f} s, facts and matcher {r['rest']:.2f} s), "
                    f"CPU {cpu:.2f} s, peak {r['peak_mb']:.0f} MB"
                )
            worst = max(worst, total)
    print(f"load average after: {_load()}")
    ok = worst <= 2.0
    print("OK" if ok else f"FAILED: {worst:.2f} s > 2 s for {args.sentences} sentences")
    return 0 if ok else 1


def _load() -> str:
    """The load average over 1, 5 and 15 minutes, and the cores (a shared machine)."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"


if __name__ == "__main__":
    sys.exit(main())
