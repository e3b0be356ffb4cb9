"""``article-bot eval``: score a question file (the format of tests/questions.yaml).

Each entry: ``q`` the question; ``expect`` a list of substrings one of the quoted sentences must
contain, ``null`` when the bot must decline, or ``any``; ``answer`` (all must appear in the short
answer) and ``answer_any`` (one must); ``tag`` the kind of question.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .answer import Answer
from .errors import EvalFileError


def _norm(s: str) -> str:
    return s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()


@dataclass(frozen=True)
class Item:
    q: str
    expect: object  # list[str] | None | "any"
    answer: tuple[str, ...] = ()
    answer_any: tuple[str, ...] = ()
    tag: str = "untagged"
    line: int = 0


@dataclass(frozen=True)
class Result:
    item: Item
    got: Answer
    ok: bool
    why: str = ""


@dataclass
class Report:
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def score(self) -> float:
        return sum(r.ok for r in self.results) / len(self.results) if self.results else 0.0

    @property
    def false_answers(self) -> int:
        """Questions the article does not answer that got an answer anyway."""
        return sum(1 for r in self.results if r.item.expect is None and r.got.answered)

    @property
    def missed(self) -> int:
        """Questions the article answers that were declined."""
        return sum(1 for r in self.results if r.item.expect is not None and not r.got.answered)

    @property
    def wrong(self) -> int:
        """Questions the article answers that got a wrong sentence or a wrong short answer."""
        return sum(
            1 for r in self.results if not r.ok and r.item.expect is not None and r.got.answered
        )

    def render(self) -> str:
        tags: dict[str, list[bool]] = {}
        for r in self.results:
            tags.setdefault(r.item.tag, []).append(r.ok)
        lines = ["Score per tag:"]
        for tag, oks in tags.items():
            lines.append(
                f"  {tag:<10} {sum(oks):>3}/{len(oks):<3} {100 * sum(oks) / len(oks):5.1f}%"
            )
        fails = [r for r in self.results if not r.ok]
        if fails:
            lines.append("Failures:")
            for r in fails:
                got = r.got.text if r.got.answered else f"(declined: {r.got.reason})"
                lines.append(
                    f"  [{r.item.tag}] {r.item.q!r}: {r.why}; got {got!r} [{r.got.intent}]"
                )
        n = len(self.results)
        ok = sum(r.ok for r in self.results)
        lines.append(
            f"Summary: {ok}/{n} right ({100 * self.score:.1f}%), {self.missed} declined that it "
            f"could answer, {self.wrong} answered wrongly, {self.false_answers} answered that "
            f"should have declined, {1e6 * self.seconds / max(n, 1):.0f} µs per question"
        )
        return "\n".join(lines) + "\n"


def load_questions(path: str | Path) -> list[Item]:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvalFileError(f"question file not found: {p}") from None
    except (OSError, UnicodeDecodeError) as e:
        raise EvalFileError(f"cannot read question file {p}: {e}") from None
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        raise EvalFileError(
            f"{p}:{mark.line + 1 if mark else 1}: YAML syntax error: {e.problem}"
        ) from None
    if not isinstance(data, dict) or not isinstance(data.get("questions"), list):
        raise EvalFileError(f"{p}:1: expected a mapping with a 'questions' list")
    lines = []
    for k, v in node.value:
        if k.value == "questions":
            lines = [item.start_mark.line + 1 for item in v.value]
    items = []
    for i, entry in enumerate(data["questions"]):
        line = lines[i] if i < len(lines) else 0
        if not isinstance(entry, dict) or not isinstance(entry.get("q"), str):
            raise EvalFileError(f"{p}:{line}: each question needs a 'q' string")
        expect = entry.get("expect", "any")
        if not (
            expect is None
            or expect == "any"
            or (isinstance(expect, list) and all(isinstance(x, str) for x in expect))
        ):
            raise EvalFileError(f"{p}:{line}: 'expect' must be a list of strings, null or any")
        items.append(
            Item(
                q=entry["q"],
                expect=expect,
                answer=tuple(str(x) for x in entry.get("answer") or ()),
                answer_any=tuple(str(x) for x in entry.get("answer_any") or ()),
                tag=str(entry.get("tag", "untagged")),
                line=line,
            )
        )
    return items


def judge(item: Item, a: Answer) -> tuple[bool, str]:
    if item.expect is None:
        return (not a.answered, "" if not a.answered else "answered, should decline")
    if not a.answered:
        return False, "declined"
    if item.expect != "any":
        sents = [_norm(s.text) for s in a.sentences]
        if not any(_norm(x) in s for x in item.expect for s in sents):
            return False, "no quoted sentence has the expected text"
    short = _norm(a.text or "")
    missing = [x for x in item.answer if _norm(x) not in short]
    if missing:
        return False, f"short answer lacks {missing}"
    if item.answer_any and not any(_norm(x) in short for x in item.answer_any):
        return False, f"short answer has none of {list(item.answer_any)}"
    return True, ""


def evaluate(engine, items: list[Item], lang: str | None = None) -> Report:
    """Answer every item (in ``lang``, else in the language each question is written in)."""
    report = Report()
    t0 = time.perf_counter()
    answers = [engine.answer(it.q, lang=lang) for it in items]
    report.seconds = time.perf_counter() - t0
    for it, a in zip(items, answers, strict=True):
        ok, why = judge(it, a)
        report.results.append(Result(it, a, ok, why))
    return report
