"""Quotations: the quotation (or reported speech) of a sentence and who said it — "According
to X, …", "'…,' X said", "X told reporters that …", "'…,' she said" after a quotation of hers,
and a quotation with no attribution that continues the one before."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text import Token, quote_spans
from .entities import EntityTable
from .model import Mention, Quote
from .words import Words

_LEADING_COMMA = re.compile(r"^,\s*")


@dataclass
class SpeechSoFar:
    """What the sentences before tell about who is speaking."""

    last_speaker: int | None = None
    persons: tuple[int, ...] = ()  # people the previous body sentence was about, in order
    quote: Quote | None = None  # the direct quotation just before, in the same paragraph


class _Quoted:
    """One sentence's quotation marks: which positions are inside, and the quoted words."""

    def __init__(self, text: str):
        self.text = text
        self.spans = quote_spans(text)
        self.direct = any(len(text[x:y].split()) >= 4 or x == 0 for x, y in self.spans)

    def inside(self, pos: int) -> bool:
        return any(x <= pos < y for x, y in self.spans)

    def content(self) -> str:
        parts = [
            self.text[x + 1 : y - 1].strip().rstrip(",")
            for x, y in self.spans
            if len(self.text[x:y].split()) >= 2
        ]
        return " … ".join(p for p in parts if p)


def quote_of(
    w: Words,
    table: EntityTable,
    si: int,
    text: str,
    toks: list[Token],
    ms: list[Mention],
    before: SpeechSoFar,
) -> Quote | None:
    """The quotation of sentence ``si`` with its speaker, or None."""
    qd = _Quoted(text)
    found = _according_to(w, table, si, toks, ms, qd) or _said(w, table, si, toks, ms, qd, before)
    if found:
        return found
    # '"…," X said. "And more."': a quotation with no attribution goes on the one before
    prev = before.quote
    if qd.direct and prev is not None and qd.spans and qd.spans[0][0] == 0:
        return Quote(prev.speaker, prev.verb, qd.content(), si, True)
    return None


def _according_to(
    w: Words, table: EntityTable, si: int, toks: list[Token], ms: list[Mention], qd: _Quoted
) -> Quote | None:
    """ "According to X, …" / "…, according to X.": the first person named a few words after."""
    norms = [t.norm for t in toks]
    for k, t in enumerate(toks):
        if t.norm not in w.attribution_starts:
            continue
        phrase = next((p for p in w.attribution_words if norms[k : k + len(p)] == p), None)
        if phrase is None or k + len(phrase) >= len(toks) or qd.inside(t.start):
            continue
        after = k + len(phrase)
        # the first person named within a few words (titles may come first)
        near = [m for m in ms if after <= m.start <= after + 4 and table.is_person(m.entity)]
        if not near:
            continue
        j = near[0].end - 1
        if qd.direct:
            content = qd.content()
        else:
            rest = (qd.text[: t.start] + qd.text[toks[j].end :]).strip(" ,.")
            content = _LEADING_COMMA.sub("", rest)
        return Quote(near[0].entity, " ".join(phrase), content, si, qd.direct)
    return None


def _said(
    w: Words,
    table: EntityTable,
    si: int,
    toks: list[Token],
    ms: list[Mention],
    qd: _Quoted,
    before: SpeechSoFar,
) -> Quote | None:
    """A verb of saying outside the quotation, and its speaker."""
    for k, t in enumerate(toks):
        if t.norm not in w.say or qd.inside(t.start):
            continue
        speaker = _speaker(w, table, toks, ms, qd, k, before)
        if speaker is None:
            continue
        if qd.direct:
            content = qd.content()
        else:
            content = qd.text[t.end :].strip()
            # "told reporters that …", "said on Monday that …": the words after "that"
            content = w.up_to_complementizer.sub("", content)
            content = w.leading_preposition.sub("", content).rstrip(".")
        return Quote(speaker, t.text, content, si, qd.direct)
    return None


def _speaker(
    w: Words,
    table: EntityTable,
    toks: list[Token],
    ms: list[Mention],
    qd: _Quoted,
    k: int,
    before: SpeechSoFar,
) -> int | None:
    """Who is the subject of the verb of saying at token k."""
    # "…," Smith said / X said that …
    for m in sorted(ms, key=lambda m: -m.start):
        if (
            m.end <= k
            and m.start >= 0
            and not m.possessive
            and table.is_person(m.entity)
            and not qd.inside(toks[m.start].start)
        ):
            # the nearest person is the speaker only as the verb's subject: right before it
            # ("X also said"), across a parenthesis ("X, the minister, said"), or as the subject
            # of a coordinated verb ("X dismissed … and said")
            between = qd.text[toks[m.end - 1].end : toks[k].start]
            coordinated = toks[k - 1].norm in w.conjunctions
            if k - m.end <= 2 or w.parenthesis.fullmatch(between) or coordinated:
                return m.entity
            break
    # "…," said Smith
    after = [m for m in ms if m.start > k and table.is_person(m.entity)]
    if after and after[0].start <= k + 4 and not qd.inside(toks[after[0].start].start):
        return after[0].entity
    if k > 0 and toks[k - 1].norm in w.speaker_pronouns:
        # "…," she said: the speaker of the quotation just before, else the person the sentence
        # before was about ("Coach X praised the team. '…,' she said."), else the last speaker
        for who in (
            before.quote.speaker if before.quote else None,
            before.persons[0] if before.persons else None,
            before.last_speaker,
        ):
            if who is not None:
                return who
    return None
