"""Two questions in one message ("who is X and where did he go?"): each asked in turn, the
second a follow-up of the first, and one answer made of both."""

from __future__ import annotations

from collections.abc import Callable

from ..answer import Answer
from ..replies import Replies
from ..text import tokenize
from .answers import say
from .language import Language

MIN_PART = 2  # words each question must have besides the "and" between them


def split(lang: Language, question: str) -> tuple[str, str] | None:
    """The two questions of "Q1 and Q2?" — Q1 opened by a question word, Q2 by a question word
    or an auxiliary right after the "and" (``name_joiner``) — or None."""
    low = f" {question.lower()} "
    if not any(f" {w} " in low for w in lang.name_joiner):
        return None  # (most questions: no "and" between two words)
    toks = tokenize(question)
    if len(toks) < 2 * MIN_PART + 1 or toks[0].norm not in lang.question_words:
        return None
    opens = lang.question_words | lang.aux
    for k in range(MIN_PART, len(toks) - MIN_PART):
        if toks[k].norm in lang.name_joiner and toks[k + 1].norm in opens:
            first = question[: toks[k].start].rstrip(" ,;")
            return first + "?", question[toks[k + 1].start :]
    return None


def both(ask: Callable[[str, Answer | None], Answer], pair: tuple[str, str], question: str,
         context, texts: Replies) -> Answer:  # fmt: skip
    """The first question answered (after ``context``), the second after it; one answer saying
    both (a decline's reason in the place of its answer), remembered as the second's."""
    one = ask(pair[0], context)
    two = ask(pair[1], one)
    if not (one.answered or two.answered):
        return two
    parts = [a.message or say("answer.verbatim", text=a.text or a.reason or "") for a in (one, two)]
    message = say("answer.both", first=parts[0], second=parts[1])
    sentences = {s.index: s for a in (one, two) for s in a.sentences}
    return Answer(
        question=question,
        answered=True,
        text=texts.render(message),
        sentences=tuple(sentences.values()),
        intent=one.intent if one.answered else two.intent,
        score=min(a.score for a in (one, two) if a.answered),
        dateline=one.dateline or two.dateline,
        entities=tuple(dict.fromkeys((*one.entities, *two.entities))),
        message=message,
        lang=two.lang,
        remember=two.remember,
    )
