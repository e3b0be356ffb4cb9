"""Fill in the blank — "Fill in: X dismissed the move as a coup staged by ____.": the words the
article writes where the question leaves its blanks, from the one sentence that writes the words
around them (a quiz's cloze). Nothing is guessed: the words around a blank must be the article's
own, in its order; a blank stands for a few words with no punctuation inside; a blank two places
of the article could fill is declined."""

from __future__ import annotations

from ..answer import Answer
from ..answering.answers import Ask, say
from ..answering.polarity import PUNCTUATION
from ..answering.question.words import BLANK
from ..answering.registry import Pass, kind
from ..facts import SentenceFacts
from ..text import Token, tokenize

ELISION = ("...", "…", ":")  # "… members (excluding X) ... recognized him": words left out
AROUND = 4  # words before the first blank and after the last that are looked for
MOST = 6  # words a blank may stand for
LEAD = 8  # words a blank that opens the question may stand for (a subject with its title)

Span = tuple[int, int]  # the words of a sentence a blank stands for: from, up to (not with)


@kind("fill_in", passes=("no_blank",))
def fill_in(ask: Ask) -> Answer | Pass:
    parts = BLANK.split(ask.q.raw)
    if len(parts) < 2:
        return Pass("no_blank")  # "blank" typed as a word ("a blank cheque?"): no cloze
    first, last, middle = _cut(parts[0], True), _cut(parts[-1], False), parts[1:-1]
    if first is None or last is None or any(_cut(m, True) != m for m in middle):
        return ask.decline()  # words left out between two blanks: no order to follow
    rules = ask.ix.lang.lex.rules
    segments = [
        tokenize(first, rules)[-AROUND:],
        *(tokenize(m, rules) for m in middle),
        tokenize(last, rules)[:AROUND],
    ]
    pause = parts[-1].lstrip()[:1] in (",", ";")  # "In ____, X …"
    found = [
        (fit, info, spans)
        for info in ask.ix.body
        for fit, spans in _fits(ask, info, segments, pause)
    ]
    if not found:
        return ask.decline()
    best = max(fit for fit, _, _ in found)
    top = {_words(info, spans) for fit, info, spans in found if fit == best}
    if len(top) > 1:
        return ask.decline()  # two places the blank could be: none is said to be the one
    _fit, info, spans = next(f for f in found if f[0] == best)
    named = [
        m.entity for m in info.mentions if any(a <= m.start < b for a, b in spans) and m.entity
    ]
    said = say("answer.verbatim", text=_words(info, spans))
    return ask.answer(said, [info], min(1.0, best / 4), list(dict.fromkeys(named)))


def _cut(text: str, keep_end: bool) -> str | None:
    """The part of the question's text next to a blank: after the last elision ("Fill in:",
    "…") before it, or up to the first after it."""
    for mark in ELISION:
        if mark in text:
            text = text.rsplit(mark, 1)[1] if keep_end else text.split(mark, 1)[0]
    return text


def _words(info: SentenceFacts, spans: tuple[Span, ...]) -> str:
    """The sentence's words each blank stands for, one blank's after another's."""
    toks, text = info.tokens, info.sentence.text
    return ", ".join(text[toks[a].start : toks[b - 1].end] for a, b in spans)


def _fits(ask: Ask, info: SentenceFacts, segments: list[list[Token]], pause: bool):
    """(how many of the question's words the sentence writes around its blanks, the spans the
    blanks stand for) for each place the sentence writes them in the question's order."""
    norms = [t.stem for t in info.tokens]  # "thanked ____ for" of "I thank X for"
    light = ask.ix.lang.not_topics
    words = [[t.stem for t in seg] for seg in segments]
    content = [t.norm not in light for seg in segments for t in seg]
    first, last = words[0], words[-1]
    if not first:  # "____ said the talks failed": from where the phrase before the words begins
        if len(segments) == 2:
            for j in range(1, len(norms)):
                m = _met(norms, j, last)
                start = _phrase_start(ask, info, j) if m >= 2 and any(content[:m]) else None
                if start is not None and _plain(info, (start, j)):
                    yield m, ((start, j),)
        return
    for i in range(len(norms) - 1):
        n = _met_before(norms, i, first)
        if n == 0:
            continue
        placed = _place(ask, info, norms, i + 1, words[1:], pause)
        if placed is None:
            continue
        spans, m = placed
        inner = sum(len(w) for w in words[1:-1])
        if not any(content[len(first) - n : len(first) + inner + m]):
            continue  # "the ____ of": only light words met, no place of the article's
        if n + inner + m >= 2:
            yield n + inner + m, spans


def _place(
    ask: Ask, info: SentenceFacts, norms: list[str], at: int, rest: list[list[str]], pause: bool
):
    """The spans of the blanks from word ``at`` on, each followed by its segment of words (the
    last one's first words at least, or the end of a phrase when none), and how many of the
    last segment's words were met — None when the words are not there in order. ``pause``: the
    question writes a mark of punctuation right after its last blank."""
    spans: list[Span] = []
    for seg in rest[:-1]:  # the words between two blanks, whole
        j = next((j for j in _ends_of(info, norms, at) if norms[j : j + len(seg)] == seg), None)
        if j is None:
            return None
        spans.append((at, j))
        at = j + len(seg)
    last = rest[-1]
    for j in _ends_of(info, norms, at):
        m = _met(norms, j, last) if last else 0
        if (last and m) or (not last and _ends(ask, info, j)):
            return (*spans, (at, j)), m
    if pause and last:  # "In ____, X discussed …": the blank up to a comma, X a few words on
        for j in _ends_of(info, norms, at):
            if _ends(ask, info, j) and j < len(norms):
                m = max(_met(norms, k, last) for k in range(j, min(len(norms), j + MOST)))
                return ((*spans, (at, j)), m) if m >= 2 else None
    if not last and spans:  # "in the coming ____ and ____": as many words as the first blank
        size = spans[0][1] - spans[0][0]
        if at + size <= len(norms) and _plain(info, (at, at + size)):
            return (*spans, (at, at + size)), 0
    return None


def _ends_of(info: SentenceFacts, norms: list[str], at: int):
    """Where a blank from word ``at`` may end: one to ``MOST`` words on, no punctuation inside."""
    for j in range(at + 1, min(len(norms), at + MOST) + 1):
        if not _plain(info, (at, j)):
            return
        yield j


def _met_before(norms: list[str], i: int, seg: list[str]) -> int:
    """How many of the last words of ``seg`` end at word ``i`` of the sentence."""
    n = 0
    while n < len(seg) and i - n >= 0 and norms[i - n] == seg[len(seg) - 1 - n]:
        n += 1
    return n


def _met(norms: list[str], j: int, seg: list[str]) -> int:
    """How many of the first words of ``seg`` start at word ``j`` of the sentence."""
    m = 0
    while m < len(seg) and j + m < len(norms) and norms[j + m] == seg[m]:
        m += 1
    return m


def _plain(info: SentenceFacts, span: Span) -> bool:
    """Are the span's words written with no punctuation between them?"""
    toks, text = info.tokens, info.sentence.text
    return not any(
        PUNCTUATION & set(text[toks[k].end : toks[k + 1].start])
        for k in range(*span)
        if k + 1 < span[1]
    )


def _phrase_start(ask: Ask, info: SentenceFacts, j: int) -> int | None:
    """The first word of the phrase that ends before word ``j``: after a mark of punctuation or
    a word that opens a clause, at most ``LEAD`` words back — None when farther, or when the
    phrase is the last of a list ("A, B and C said": the blank may be all three)."""
    toks, text, lang = info.tokens, info.sentence.text, ask.ix.lang
    start = j - 1
    while start > 0 and j - start < LEAD:
        gap = text[toks[start - 1].end : toks[start].start]
        before = toks[start - 1]
        if before.norm in lang.name_joiner:
            return None  # "… Lunor and Sova voiced": a list's last name
        if PUNCTUATION & set(gap) or before.norm in lang.clause_breaks:
            return start
        start -= 1
    return start if start == 0 else None


def _ends(ask: Ask, info: SentenceFacts, j: int) -> bool:
    """A blank that ends the question ends where the sentence's phrase does: at its end, at a
    mark of punctuation, or before a word that opens another clause or a phrase of place or
    time ("at a ____" of "at a rally in the capital": "rally")."""
    toks, text, lang = info.tokens, info.sentence.text, ask.ix.lang
    if j == len(toks):
        return True
    gap = text[toks[j - 1].end : toks[j].start]
    if PUNCTUATION & set(gap) or toks[j].norm in lang.clause_breaks:
        return True
    w = toks[j].norm
    return w in lang.lex.words.get("place_prepositions", ()) or w in lang.lex.writing.get(
        "time_prepositions", ()
    )
