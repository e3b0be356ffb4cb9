"""``article-bot eval``: score a question file (the format of tests/questions.yaml) or a
conversation file (the format of tests/conversations.yaml).

Each entry: ``q`` the question; ``expect`` a list of substrings one of the quoted sentences must
contain, ``null`` when the bot must decline, or ``any``; ``answer`` (all must appear in the short
answer) and ``answer_any`` (one must); ``tag`` the kind of question.

A conversation file has ``conversations:``, a list of ``{turns: [entry, …]}``: each turn is asked
with the previous answer as its context and judged like a question; there, a "yes" or "no" of
``answer`` must open the short answer.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .answer import Answer
from .errors import EvalFileError

YES_NO = ("yes", "no")


def _norm(s: str) -> str:
    """Text compared as a reader reads it: curly quotes straight, lower case, and runs of
    white space one space (a wire story's "about  pay" is "about pay")."""
    s = s.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"').lower()
    return " ".join(s.split())


@dataclass(frozen=True)
class Item:
    q: str
    expect: object  # list[str] | None | "any"
    answer: tuple[str, ...] = ()
    answer_any: tuple[str, ...] = ()
    tag: str = "untagged"
    line: int = 0
    yes_no_first: bool = False  # a "yes"/"no" of ``answer`` must open the short answer


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
        width = max((len(t) for t in tags), default=10)
        for tag, oks in tags.items():
            lines.append(
                f"  {tag:<{width}} {sum(oks):>3}/{len(oks):<3} {100 * sum(oks) / len(oks):5.1f}%"
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


def _read(path: str | Path) -> tuple[Path, dict, yaml.Node]:
    """The file's data and its YAML node (for line numbers); bad files are EvalFileErrors."""
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
    if not isinstance(data, dict):
        raise EvalFileError(f"{p}:1: expected a mapping with a 'questions' or 'conversations' list")
    return p, data, node


def _lines(node: yaml.Node, key: str) -> list:
    """The YAML nodes of the list under ``key`` of the top mapping."""
    return next((v.value for k, v in node.value if k.value == key), [])


def is_conversations(path: str | Path) -> bool:
    """Is this a conversation file (a ``conversations:`` list) rather than a question file?"""
    _p, data, _node = _read(path)
    return "conversations" in data


def named_article(path: str | Path) -> Path | None:
    """The article a set file names by its top-level ``article:`` key (a path relative to the
    file's folder or the folder above it: ``tests/sets/x.yaml`` names ``articles/x.txt`` of
    ``tests/``; ``bundled``: the bundled article), None when it names none."""
    p, data, _node = _read(path)
    if "lee_line" in data:
        raise EvalFileError(
            f"{p}:1: a story of the Lee corpus (lee_line): score it with "
            f"'python bench/lee.py eval {p}', or give its text with --article"
        )
    name = data.get("article")
    if name is None or name == "bundled":
        return None
    if isinstance(name, str):
        for base in (p.parent, p.parent.parent):
            if (base / name).is_file():
                return base / name
    raise EvalFileError(f"{p}:1: the article it names is not there: {name!r}")


def load_questions(path: str | Path) -> list[Item]:
    p, data, node = _read(path)
    if not isinstance(data.get("questions"), list):
        raise EvalFileError(f"{p}:1: expected a mapping with a 'questions' list")
    nodes = _lines(node, "questions")
    return [
        _item(p, entry, n.start_mark.line + 1)
        for entry, n in zip(data["questions"], nodes, strict=True)
    ]


def load_conversations(path: str | Path) -> list[list[Item]]:
    """The conversations of a conversation file: each a list of turns (``yes_no_first``)."""
    p, data, node = _read(path)
    if not isinstance(data.get("conversations"), list):
        raise EvalFileError(f"{p}:1: expected a mapping with a 'conversations' list")
    out = []
    for conv, n in zip(data["conversations"], _lines(node, "conversations"), strict=True):
        line = n.start_mark.line + 1
        if not isinstance(conv, dict) or not isinstance(conv.get("turns"), list):
            raise EvalFileError(f"{p}:{line}: each conversation needs a 'turns' list")
        turn_nodes = next(v.value for k, v in n.value if k.value == "turns")
        turns = [
            dataclasses.replace(_item(p, t, tn.start_mark.line + 1), yes_no_first=True)
            for t, tn in zip(conv["turns"], turn_nodes, strict=True)
        ]
        out.append(turns)
    return out


def _item(p: Path, entry: object, line: int) -> Item:
    if not isinstance(entry, dict) or not isinstance(entry.get("q"), str):
        raise EvalFileError(f"{p}:{line}: each question needs a 'q' string")
    expect = entry.get("expect", "any")
    if not (
        expect is None
        or expect == "any"
        or (isinstance(expect, list) and all(isinstance(x, str) for x in expect))
    ):
        raise EvalFileError(f"{p}:{line}: 'expect' must be a list of strings, null or any")
    return Item(
        q=entry["q"],
        expect=expect,
        answer=tuple(str(x) for x in entry.get("answer") or ()),
        answer_any=tuple(str(x) for x in entry.get("answer_any") or ()),
        tag=str(entry.get("tag", "untagged")),
        line=line,
    )


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
    if item.yes_no_first:
        for x in item.answer:
            if _norm(x) in YES_NO and not short.startswith(_norm(x)):
                return False, f"short answer does not open with {x!r}"
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


def converse(engine, turns: list[Item], lang: str | None = None) -> list[Answer]:
    """One conversation's answers: each question asked with the previous answer as context (in
    ``lang``, else in the language each question is written in)."""
    answers: list[Answer] = []
    for it in turns:
        context = answers[-1] if answers else None
        answers.append(engine.answer(it.q, context=context, lang=lang))
    return answers


def evaluate_conversations(
    engine, conversations: list[list[Item]], lang: str | None = None
) -> Report:
    report = Report()
    t0 = time.perf_counter()
    answers = [converse(engine, turns, lang) for turns in conversations]
    report.seconds = time.perf_counter() - t0
    for turns, got in zip(conversations, answers, strict=True):
        for it, a in zip(turns, got, strict=True):
            ok, why = judge(it, a)
            report.results.append(Result(it, a, ok, why))
    return report
