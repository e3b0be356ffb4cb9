"""Record (or check) every answer and every article's facts, to prove a change left them alone.

    python tests/snapshots/record.py           # rewrite answers.jsonl and facts/*.yaml
    python tests/snapshots/record.py --check   # exit 1 and list what differs

``answers.jsonl`` holds one line per (article, question) of every question set under ``tests/``:
the ``article-bot ask --json`` object plus the decline reason and suggestions. ``facts/`` holds
``article-bot facts`` for every article under ``tests/`` and the bundled one. tests/test_snapshots.py
compares the current output against them: a change of answers must be deliberate, recorded
with this script, and its diff read in review.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from bot.engine import Engine  # noqa: E402
from bot.evaluate import load_questions  # noqa: E402
from bot.facts import to_yaml  # noqa: E402

BUNDLED = "seeds/maduro-russia.txt"


def question_sets() -> list[tuple[str, Path]]:
    """(article path relative to the root, question file) for every set under tests/."""
    sys.path.insert(0, str(ROOT / "tests"))
    from test_eval import SETS  # the one table of sets and their articles

    out = []
    for article, qfile in SETS.values():
        art = BUNDLED if article is None else str(Path(article).resolve().relative_to(ROOT))
        out.append((art, Path(qfile)))
    return out


def articles() -> list[str]:
    found = {BUNDLED}
    for p in (ROOT / "tests").rglob("*.txt"):
        if p.parent.name == "articles":
            found.add(str(p.relative_to(ROOT)))
    return sorted(found)


def record_answers() -> list[str]:
    engines: dict[str, Engine] = {}
    rows: dict[tuple[str, str], str] = {}
    for art, qfile in question_sets():
        if art not in engines:
            engines[art] = Engine.load(ROOT / art)
        for item in load_questions(qfile):
            a = engines[art].answer(item.q)
            obj = {
                "article": art,
                **a.to_json(),
                "reason": a.reason,
                "suggestions": list(a.suggestions),
            }
            rows[(art, item.q)] = json.dumps(obj, ensure_ascii=False, sort_keys=False)
    return [rows[k] for k in sorted(rows)]


def facts_yaml(engine: Engine) -> str:
    """``article-bot facts`` with the checkout's path left out (the same on every machine)."""
    return to_yaml(engine.article, engine.facts).replace(str(ROOT) + "/", "")


def record_facts() -> dict[str, str]:
    out = {}
    for art in articles():
        e = Engine.load(ROOT / art)
        name = art.replace("/", "__").removesuffix(".txt") + ".yaml"
        out[name] = facts_yaml(e)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    args = ap.parse_args()
    answers = "\n".join(record_answers()) + "\n"
    facts = record_facts()
    if not args.check:
        (HERE / "answers.jsonl").write_text(answers, encoding="utf-8")
        fdir = HERE / "facts"
        fdir.mkdir(exist_ok=True)
        for old in fdir.glob("*.yaml"):
            old.unlink()
        for name, text in facts.items():
            (fdir / name).write_text(text, encoding="utf-8")
        print(f"recorded {answers.count(chr(10))} answers and {len(facts)} articles' facts")
        return 0
    bad = 0
    old = (HERE / "answers.jsonl").read_text(encoding="utf-8").splitlines()
    new = answers.splitlines()
    for a, b in zip(old, new, strict=False):
        if a != b:
            bad += 1
            print(f"- {a}\n+ {b}")
    if len(old) != len(new):
        bad += 1
        print(f"answers: {len(old)} recorded, {len(new)} now")
    for name, text in facts.items():
        f = HERE / "facts" / name
        if not f.exists() or f.read_text(encoding="utf-8") != text:
            bad += 1
            print(f"facts differ: {name}")
    print("same" if not bad else f"{bad} differences")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
