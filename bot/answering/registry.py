"""The registry of kinds of question: which function answers each intent, and where a kind hands a
question on when it cannot answer it (its fallbacks).

A kind is a function ``(Ask) -> Answer | Pass`` registered with ``@kind("intent_id")`` in a module
of :mod:`bot.kinds`. A kind that cannot answer returns ``Pass("why")``; the fallback table says
which kind takes the question then, and how. Each engine builds its own :class:`Registry` (the
bundled kinds plus any extra modules), and checks it against its intents: an intent without a
kind, or a kind without an intent, is an ``intents.yaml:LINE`` error.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from types import ModuleType
from typing import NamedTuple

from ..answer import Answer
from ..errors import IntentsError
from ..lexicon import Lexicon
from ..replies import Message
from .answers import Ask


class RegistryError(Exception):
    """The kinds do not fit together: a kind registered twice, a fallback to no kind, a loop.
    A bug in the code, not in the user's files."""


@dataclass(frozen=True)
class Pass:
    """A kind hands the question on; ``why`` names its row in the fallback table. ``decline``:
    what the kind says if the fallback (one that counts only when it answers) does not answer."""

    why: str
    decline: Message | None = None


Handler = Callable[[Ask], "Answer | Pass"]


@dataclass(frozen=True)
class Kind:
    id: str  # the intent it answers
    answer: Handler
    reads_names: bool  # declined up front when the question names a title no one here holds
    passes: tuple[str, ...]  # the reasons it may hand a question on (rows of the fallback table)
    source: str  # module.function, for messages
    # after an answer, this question with nothing of its own ("when?", "what happened?") is
    # answered by this kind about the previous answer's event (None: it never is)
    after_answer: str | None = None


class Fallback(NamedTuple):
    """Where a question goes when a kind passes it."""

    to: str  # the kind that takes it
    keep_intent: bool = False  # the answer keeps the asked kind's intent (it borrows a search)
    only_if_answered: bool = False  # else the asked kind's own decline stands


def kind(
    kind_id: str,
    *,
    reads_names: bool = True,
    passes: tuple[str, ...] = (),
    after_answer: str | None = None,
) -> Callable[[Handler], Handler]:
    """Register the decorated function as the kind that answers intent ``kind_id``;
    ``after_answer``: the kind that answers it about the previous answer's event when it has
    nothing of its own to ask about (``"when?"``)."""

    def mark(fn: Handler) -> Handler:
        source = f"{fn.__module__}.{fn.__qualname__}"
        k = Kind(kind_id, fn, reads_names, tuple(passes), source, after_answer)
        fn.__kind__ = k  # type: ignore[attr-defined]
        return fn

    return mark


class Registry:
    """The kinds one engine answers with, and their fallbacks (checked when built)."""

    def __init__(self, kinds: Mapping[str, Kind], fallbacks: Mapping[tuple[str, str], Fallback]):
        self.kinds = dict(kinds)
        self.fallbacks = dict(fallbacks)
        self._check_fallbacks()

    @classmethod
    def of(
        cls,
        modules: Iterable[ModuleType],
        fallbacks: Mapping[tuple[str, str], Fallback] | None = None,
    ) -> Registry:
        """The kinds registered in these modules; a module's own ``FALLBACKS`` table is added."""
        kinds: dict[str, Kind] = {}
        table = dict(fallbacks or {})
        for mod in modules:
            table.update(getattr(mod, "FALLBACKS", {}))
            for obj in vars(mod).values():
                k = getattr(obj, "__kind__", None)
                if not isinstance(k, Kind) or getattr(obj, "__module__", None) != mod.__name__:
                    continue
                if k.id in kinds:
                    raise RegistryError(
                        f"kind '{k.id}' registered twice: {kinds[k.id].source}, {k.source}"
                    )
                kinds[k.id] = k
        return cls(kinds, table)

    def _check_fallbacks(self) -> None:
        for k in self.kinds.values():
            if k.after_answer is not None and k.after_answer not in self.kinds:
                raise RegistryError(f"{k.source}: after_answer '{k.after_answer}': no such kind")
        for (kid, why), fb in self.fallbacks.items():
            if kid not in self.kinds or why not in self.kinds[kid].passes:
                raise RegistryError(f"fallback ({kid}, {why}): no kind '{kid}' passes '{why}'")
            if fb.to not in self.kinds:
                raise RegistryError(f"fallback ({kid}, {why}) to '{fb.to}': no such kind")
        for k in self.kinds.values():
            for why in k.passes:
                if (k.id, why) not in self.fallbacks:
                    raise RegistryError(f"{k.source} passes '{why}' but no fallback takes it")
        edges = {
            k: [fb.to for (kid, _), fb in self.fallbacks.items() if kid == k] for k in self.kinds
        }

        def visit(k: str, path: list[str]) -> None:  # no loops: a pass ends at a kind that answers
            if k in path:
                raise RegistryError("fallbacks loop: " + " → ".join([*path, k]))
            for nxt in edges[k]:
                visit(nxt, [*path, k])

        for k in self.kinds:
            visit(k, [])

    def check(self, lex: Lexicon) -> None:
        """The intents and the kinds must match exactly; every mismatch is a file:line problem."""
        problems = []
        ids = {i.id for i in lex.intents}
        for i in lex.intents:
            if i.id not in self.kinds:
                problems.append(
                    f"{lex.intents_file}:{i.line}: intent '{i.id}' has no kind of question: "
                    f"register a function with @kind({i.id!r}) in a module of bot/kinds/"
                )
        for k in self.kinds.values():
            if k.id not in ids:
                problems.append(
                    f"{lex.intents_file}:{lex.intents_line}: kind '{k.id}' ({k.source}) has no "
                    f"intent here: add '- id: {k.id}' with its patterns"
                )
        if problems:
            raise IntentsError(problems)

    def run(self, kind_id: str, ask: Ask) -> Answer:
        """The kind's answer, or, when it passes, its fallback's (as the table says)."""
        k = self.kinds[kind_id]
        out = k.answer(ask)
        if not isinstance(out, Pass):
            return out
        if out.why not in k.passes:
            raise RegistryError(f"{k.source} passed '{out.why}', which it does not declare")
        fb = self.fallbacks[(kind_id, out.why)]
        then = ask if fb.keep_intent else dataclasses.replace(ask, intent=fb.to)
        got = self.run(fb.to, then)
        if fb.only_if_answered and not got.answered:
            return ask.decline(out.decline)
        return got
