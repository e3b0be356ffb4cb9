"""Real wire stories for blind rounds: the Lee corpus, read from the gensim 4.4.0 wheel at run time.

    python bench/lee.py text N                  # print story N (a line of lee_background.cor)
    python bench/lee.py extract N [N ...] DIR   # write DIR/lee-N.txt
    python bench/lee.py eval FILE [FILE ...]    # score question files that name their story

The corpus text is never committed: it is downloaded once with ``pip download --no-deps
gensim==4.4.0`` into ``$ARTICLE_BOT_CACHE`` (default ``~/.cache/article-bot``) and read from the
zip. Only lines 156–214 are ours to develop on; the others measure the project — this script
refuses them. A question file names its story with a top-level ``lee_line: N`` key, next to the
``questions`` list of the usual format (``article-bot eval``).
"""

from __future__ import annotations

import argparse
import glob
import os
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MEMBER = "gensim/test/test_data/lee_background.cor"
OURS = range(156, 215)  # 1-based line numbers we may use


def cache_dir() -> Path:
    base = os.environ.get("ARTICLE_BOT_CACHE") or Path.home() / ".cache" / "article-bot"
    return Path(base)


def wheel() -> Path:
    d = cache_dir()
    found = sorted(glob.glob(str(d / "gensim-4.4.0-*.whl")))
    if found:
        return Path(found[0])
    d.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "gensim==4.4.0", "-d", str(d)],
        check=True,
    )
    return Path(sorted(glob.glob(str(d / "gensim-4.4.0-*.whl")))[0])


def story(n: int) -> str:
    if n not in OURS:
        raise SystemExit(f"Error: line {n} is not ours (use {OURS.start}–{OURS.stop - 1})")
    with zipfile.ZipFile(wheel()) as z:
        lines = z.read(MEMBER).decode("utf-8", "replace").splitlines()
    return lines[n - 1].strip() + "\n"


def evaluate_files(files: list[str]) -> int:
    import yaml

    sys.path.insert(0, str(ROOT))
    from bot.engine import Engine
    from bot.evaluate import evaluate, load_questions

    totals = [0, 0, 0, 0, 0]  # questions, right, missed, wrong, answered-should-decline
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            n = int(yaml.safe_load(Path(f).read_text(encoding="utf-8"))["lee_line"])
            path = Path(tmp) / f"lee-{n}.txt"
            path.write_text(story(n), encoding="utf-8")
            report = evaluate(Engine.load(path), load_questions(f))
            print(f"== {f} (line {n})")
            sys.stdout.write(report.render())
            ok = sum(r.ok for r in report.results)
            row = (len(report.results), ok, report.missed, report.wrong, report.false_answers)
            totals = [a + b for a, b in zip(totals, row, strict=True)]
    n, ok, missed, wrong, false = totals
    print(
        f"TOTAL: {ok}/{n} right ({100 * ok / max(n, 1):.1f}%), {missed} declined that it could "
        f"answer, {wrong} answered wrongly, {false} answered that should have declined"
    )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("text")
    t.add_argument("n", type=int)
    x = sub.add_parser("extract")
    x.add_argument("args", nargs="+")
    e = sub.add_parser("eval")
    e.add_argument("files", nargs="+")
    args = ap.parse_args()
    if args.cmd == "text":
        sys.stdout.write(story(args.n))
    elif args.cmd == "extract":
        *ns, out = args.args
        Path(out).mkdir(parents=True, exist_ok=True)
        for n in ns:
            (Path(out) / f"lee-{n}.txt").write_text(story(int(n)), encoding="utf-8")
    else:
        return evaluate_files(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
