"""A language's ``intents.yaml``: the kinds of question as intents, each with patterns and
examples, and the follow-up patterns — read and validated (``file:line`` problems), and a pattern
compiled into the regex the classifier matches against a question's symbols.

Pattern literals are the language's own folded words, in any script ("who", "кто", "quien").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

import yaml

from .datafile import check_header, line_of, mapping, strings
from .text import fold


@dataclass(frozen=True)
class Intent:
    id: str
    patterns: tuple[str, ...]
    examples: tuple[str, ...]
    line: int


class IntentsFile(NamedTuple):
    intents: list[Intent]
    follow_ups: list[str]  # patterns of a follow-up question ("and <e>?")
    line: int  # where the 'intents' list starts


_WORD = r"(?:[^\W_]|['\-])+"  # a literal: letters of any script, digits, ' and -
_TOKEN = re.compile(
    rf"^(\{{[a-z_]+\}}|<e>|<x>|<ex>|<n>|\*|\$|{_WORD}(\|{_WORD})*|\{{[a-z_]+\}}(\|\{{[a-z_]+\}})+)\??$"
)


def compile_pattern(pattern: str, classes: dict[str, tuple[str, ...]]) -> str:
    """One intents.yaml pattern → a regex over the space-ended symbol string."""
    out = []
    for tok in pattern.split():
        optional = tok.endswith("?") and len(tok) > 1
        if optional:
            tok = tok[:-1]
        if tok == "*":
            out.append(r"(?:\S+ )*?")
            continue
        if tok == "$":
            out.append("$")
            continue
        alts = []
        for alt in tok.split("|"):
            if alt.startswith("{"):
                forms = sorted(classes[alt[1:-1]], key=len, reverse=True)
                alts.extend(re.escape(f) for f in forms)
            elif alt == "<ex>":
                alts.append("<[ex]>")
            else:
                alts.append(re.escape(alt))
        body = "(?:" + "|".join(alts) + ") "
        out.append(f"(?:{body})?" if optional else body)
    return "".join(out)


def check_intents(path, node, classes, problems) -> IntentsFile:
    top = mapping(path, node, "intents file", problems)
    check_header(path, top, problems)
    for key, (k, _) in top.items():
        if key not in ("version", "language", "intents", "follow_ups"):
            problems.append(f"{path}:{line_of(k)}: unknown key '{key}'")
    follow_ups = []
    if "follow_ups" in top:
        seq = top["follow_ups"][1]
        follow_ups = strings(path, seq, "follow_ups", problems)
        for pnode in seq.value if isinstance(seq, yaml.SequenceNode) else ():
            if isinstance(pnode, yaml.ScalarNode):
                check_pattern(path, line_of(pnode), "follow_ups", pnode.value, classes, problems)
    if "intents" not in top:
        problems.append(f"{path}:1: missing 'intents' list")
        return IntentsFile([], follow_ups, 1)
    seq = top["intents"][1]
    if not isinstance(seq, yaml.SequenceNode):
        problems.append(f"{path}:{line_of(seq)}: 'intents' must be a list")
        return IntentsFile([], follow_ups, line_of(seq))
    intents: list[Intent] = []
    seen_ids: dict[str, int] = {}
    seen_examples: dict[str, tuple[str, int]] = {}
    for item in seq.value:
        intent = check_intent(path, item, classes, seen_ids, problems)
        if intent is None:
            continue
        entry = mapping(path, item, "intent", [])
        if "examples" in entry and isinstance(entry["examples"][1], yaml.SequenceNode):
            for enode in entry["examples"][1].value:
                key = fold(getattr(enode, "value", "")).strip(" ?!.")
                if key in seen_examples and seen_examples[key][0] != intent.id:
                    other, line = seen_examples[key]
                    problems.append(
                        f"{path}:{line_of(enode)}: example {enode.value!r} is under both '{other}' (line {line}) and '{intent.id}'"
                    )
                seen_examples.setdefault(key, (intent.id, line_of(enode)))
        intents.append(intent)
    return IntentsFile(intents, follow_ups, top["intents"][0].start_mark.line + 1)


def check_intent(path, item, classes, seen_ids: dict[str, int], problems) -> Intent | None:
    """One entry of the intents list, or None when it has no usable id."""
    entry = mapping(path, item, "intent", problems)
    if "id" not in entry:
        problems.append(f"{path}:{line_of(item)}: intent without an 'id'")
        return None
    iid = entry["id"][1].value if isinstance(entry["id"][1], yaml.ScalarNode) else ""
    if not re.fullmatch(r"[a-z_]+", iid or ""):
        problems.append(
            f"{path}:{line_of(entry['id'][1])}: intent id must be lowercase words joined by _"
        )
        return None
    if iid in seen_ids:
        problems.append(
            f"{path}:{line_of(item)}: intent '{iid}' defined twice (first at line {seen_ids[iid]})"
        )
    seen_ids[iid] = line_of(item)
    for key, (k, _) in entry.items():
        if key not in ("id", "patterns", "examples", "description"):
            problems.append(f"{path}:{line_of(k)}: intent '{iid}': unknown key '{key}'")
    pats = (
        strings(path, entry["patterns"][1], f"intent '{iid}' patterns", problems)
        if "patterns" in entry
        else []
    )
    if not pats:
        problems.append(f"{path}:{line_of(item)}: intent '{iid}' has no patterns")
    if "patterns" in entry and isinstance(entry["patterns"][1], yaml.SequenceNode):
        for pnode in entry["patterns"][1].value:
            if isinstance(pnode, yaml.ScalarNode):
                check_pattern(path, line_of(pnode), iid, pnode.value, classes, problems)
    exs = (
        strings(path, entry["examples"][1], f"intent '{iid}' examples", problems)
        if "examples" in entry
        else []
    )
    return Intent(iid, tuple(pats), tuple(exs), line_of(item))


def check_pattern(path, line, iid, pat, classes, problems) -> None:
    if not pat.strip():
        problems.append(f"{path}:{line}: intent '{iid}': empty pattern")
        return
    for tok in pat.split():
        if not _TOKEN.match(tok):
            problems.append(f"{path}:{line}: intent '{iid}': bad pattern token {tok!r} in {pat!r}")
            continue
        for alt in tok.rstrip("?").split("|"):
            if alt.startswith("{") and alt[1:-1] not in classes:
                problems.append(
                    f"{path}:{line}: intent '{iid}': unknown class {alt} (not in vocabulary.yaml classes)"
                )
