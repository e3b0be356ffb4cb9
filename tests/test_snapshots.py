"""Every recorded answer and every article's facts, unchanged.

tests/snapshots/ holds what ``article-bot ask --json`` and ``article-bot facts`` printed for every
question set and article under tests/. A change of behaviour must be deliberate: re-record with
``python tests/snapshots/record.py`` and read the diff in review.
"""

import json
from pathlib import Path

import pytest

from bot.engine import Engine
from bot.facts import to_yaml

ROOT = Path(__file__).resolve().parents[1]
SNAP = Path(__file__).parent / "snapshots"
ROWS = [json.loads(line) for line in (SNAP / "answers.jsonl").read_text("utf-8").splitlines()]
_engines: dict[str, Engine] = {}


def engine(article: str) -> Engine:
    if article not in _engines:
        _engines[article] = Engine.load(ROOT / article)
    return _engines[article]


@pytest.mark.parametrize("article", sorted({r["article"] for r in ROWS}))
def test_answers_unchanged(article):
    diffs = []
    for row in (r for r in ROWS if r["article"] == article):
        a = engine(article).answer(row["question"])
        got = {
            "article": article,
            **a.to_json(),
            "reason": a.reason,
            "suggestions": list(a.suggestions),
        }
        if got != row:
            diffs.append(f"{row['question']!r}:\n  was {row}\n  now {got}")
    assert not diffs, f"{len(diffs)} answers changed:\n" + "\n".join(diffs[:10])


@pytest.mark.parametrize("name", sorted(p.name for p in (SNAP / "facts").glob("*.yaml")))
def test_facts_unchanged(name):
    article = name.removesuffix(".yaml").replace("__", "/") + ".txt"
    e = engine(article)
    got = to_yaml(e.article, e.facts).replace(str(ROOT) + "/", "")  # the same on every machine
    assert got == (SNAP / "facts" / name).read_text("utf-8")
