"""Every question and conversation set of the project scored in one table.

    python bench/scoreboard.py                 # everything
    python bench/scoreboard.py tests/rounds/r3 # only the files under these paths

One row per file (the Lee stories of a round summed into one row): questions (or turns), right,
declined although the article answers (*declined*), answered wrongly (*wrong*), answered although
it should have declined (*should-decline*). A file names its article by ``article:`` (relative to
the file's folder or to tests/) or its Lee story by ``lee_line:`` (read from the gensim wheel at
run time, see bench/lee.py); any other is about the bundled article. The last line sums the rows.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bot import evaluate as ev  # noqa: E402
from bot.engine import Engine  # noqa: E402

SETS = ["tests/questions.yaml", "tests/conversations.yaml", "tests/questions.ru-es.yaml"]


def files(paths: list[str]) -> list[Path]:
    """The set files under the given paths (all sets when none)."""
    if not paths:
        found = [ROOT / p for p in SETS] + sorted((ROOT / "tests/sets").glob("*.yaml"))
        return found + sorted((ROOT / "tests/rounds").glob("*/*.yaml"))
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    return out


class Articles:
    """The article a set file is about, loaded once per path."""

    def __init__(self, tmp: Path):
        self.tmp = tmp
        self.engines: dict[Path | None, Engine] = {}

    def path_of(self, f: Path, data: dict) -> Path | None:
        if "lee_line" in data:
            import lee

            path = self.tmp / f"lee-{int(data['lee_line'])}.txt"
            if not path.exists():
                path.write_text(lee.story(int(data["lee_line"])), encoding="utf-8")
            return path
        if data.get("article"):
            for base in (f.parent, ROOT / "tests"):
                if (base / data["article"]).exists():
                    return base / data["article"]
        return None  # the bundled article

    def engine(self, path: Path | None) -> Engine:
        if path not in self.engines:
            self.engines[path] = Engine.load(path)
        return self.engines[path]


def score(f: Path, articles: Articles) -> tuple[str, list[int]]:
    """(row name, [n, right, declined, wrong, should-decline]) of one file."""
    data = yaml.safe_load(f.read_text(encoding="utf-8")) or {}
    engine = articles.engine(articles.path_of(f, data))
    if ev.is_conversations(f):
        report = ev.evaluate_conversations(engine, ev.load_conversations(f))
    else:
        report = ev.evaluate(engine, ev.load_questions(f))
    right = sum(r.ok for r in report.results)
    row = [len(report.results), right, report.missed, report.wrong, report.false_answers]
    name = str(f.relative_to(ROOT)) if f.is_relative_to(ROOT) else str(f)
    if "lee_line" in data:
        name = str(Path(name).parent / "lee-*.yaml")
    return name, row


def table(rows: Iterable[tuple[str, list[int]]]) -> str:
    merged: dict[str, list[int]] = {}
    for name, row in rows:
        old = merged.setdefault(name, [0] * 5)
        merged[name] = [a + b for a, b in zip(old, row, strict=True)]
    width = max((len(n) for n in merged), default=10)
    head = f"{'set':<{width}}  {'n':>4} {'right':>6} {'%':>6} {'declined':>8} {'wrong':>5} {'should-decline':>14}"
    lines = [head, "-" * len(head)]
    total = [0] * 5
    for name, (n, ok, missed, wrong, false) in merged.items():
        total = [a + b for a, b in zip(total, (n, ok, missed, wrong, false), strict=True)]
        pct = 100 * ok / max(n, 1)
        lines.append(
            f"{name:<{width}}  {n:>4} {ok:>6} {pct:>5.1f}% {missed:>8} {wrong:>5} {false:>14}"
        )
    n, ok, missed, wrong, false = total
    lines.append("-" * len(head))
    lines.append(
        f"{'all':<{width}}  {n:>4} {ok:>6} {100 * ok / max(n, 1):>5.1f}% {missed:>8} {wrong:>5} "
        f"{false:>14}"
    )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        articles = Articles(Path(tmp))
        print(table(score(f, articles) for f in files(argv)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
