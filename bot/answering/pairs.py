"""Two questions in one message ("who is X and where did he go?"): each asked in turn, the
second a follow-up of the first, and one answer made of both; and a statement put before its
question ("X thanked Y - where did he say that?"): the statement read first, as what the
question's "he" and "that" stand for."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from ..answer import Answer
from ..replies import Replies
from ..text import tokenize
from .answers import say
from .language import Language

MIN_PART = 2  # words each question must have besides the "and" between them


@lru_cache(maxsize=8)
def _joiners_re(joiners: frozenset[str]) -> re.Pattern:
    """Finds a joiner between two spaces (in a text padded with a space at each end)."""
    return re.compile("|".join(f" {re.escape(w)} " for w in sorted(joiners)) or "(?!)")


def split(lang: Language, question: str) -> tuple[str, str] | None:
    """The two questions of "Q1 and Q2?" — Q1 opened by a question word, Q2 by a question word
    or an auxiliary right after the "and" (``name_joiner``) — or None."""
    joiners = lang.pair_joiners  # "and", and its chat spellings ("… n where is he from")
    if not _joiners_re(joiners).search(f" {question.lower()} "):
        return None  # (most questions: no "and" between two words)
    toks = tokenize(question)
    tail = _bare_tail(lang, question, toks)
    if tail is not None:
        return tail  # "who discussed it, and where?": "where?" asked of the first's answer
    start = _opened(lang, toks)  # "Also, which official …": the question after its opening
    topic = words_before_question(
        lang, toks[start:]
    )  # "annan how old is he and …": after the topic
    start += topic
    if len(toks) - start < 2 * MIN_PART + 1 or toks[start].norm not in lang.question_words:
        return None
    for k in range(start + MIN_PART, len(toks) - MIN_PART):
        if toks[k].norm in joiners and _opens(lang, toks, k + 1):
            first, second = question[: toks[k].start].rstrip(" ,;"), question[toks[k].start :]
            if topic:  # "annan - how old is he?", as a topic put first is read
                at = toks[start].start
                first = f"{question[:at].rstrip(' ,;:-')} - {question[at : toks[k].start]}"
                first = first.rstrip(" ,;")
            if " ".join(t.norm for t in tokenize(second)) in lang.closings:
                return None  # "…, and where does it say so?": a closing, no second question
            return first + "?", question[toks[k + 1].start :]
    return None


TOPIC_WORDS = 3  # words of a topic said before the question ("kofi annan how old is he …")


def words_before_question(lang: Language, toks) -> int:
    """How many words of a topic come before the question word ("annan how old is he"): a few
    words, none of them a question word, an auxiliary or a word of no topic; 0 if none (also
    how a topic said first with no dash is read: :mod:`topics`)."""
    for k, t in enumerate(toks[: TOPIC_WORDS + 1]):
        if t.norm in lang.question_words:
            return k
        if t.norm in lang.aux or t.norm in lang.stop:
            return 0
    return 0


def _opened(lang: Language, toks) -> int:
    """Where the question starts after an opening word or phrase ("also", "ok so"): 0 if none."""
    norms = tuple(t.norm for t in toks)
    for words, _kind in lang.openings.get(norms[0], ()) if norms else ():
        if norms[: len(words)] == words and len(words) < len(norms):
            return len(words)
    return 0


def _opens(lang: Language, toks, k: int) -> bool:
    """Does a question start at word k: a question word or an auxiliary ("and where …", "and
    did …"), or a preposition before a question word ("and on what day …")?"""
    if toks[k].norm in lang.question_words or toks[k].norm in lang.aux:
        return True
    preps = (
        lang.question_prepositions
        | lang.stranded_prepositions
        | lang.lex.words.get("place_asked_prepositions", frozenset())
    )
    return k + 1 < len(toks) and toks[k].norm in preps and toks[k + 1].norm in lang.question_words


def _bare_tail(lang: Language, question: str, toks) -> tuple[str, str] | None:
    """ "Who discussed it, and where?", "X's post was cancelled - and by whom?": a question,
    then "and" and a bare question word (after a preposition, or not) — the two asked in
    turn, the second a follow-up of the first."""
    n = len(toks)
    if n < MIN_PART + 3 or toks[-1].norm not in lang.question_words or toks[-1].norm in lang.aux:
        return None
    k = n - 2 if toks[n - 2].norm in lang.name_joiner else n - 3
    if toks[k].norm not in lang.name_joiner:
        return None
    preps = (
        lang.question_prepositions
        | lang.stranded_prepositions
        | lang.lex.words.get("agent_prepositions", frozenset())
    )
    if k == n - 3 and toks[n - 2].norm not in preps:
        return None  # "… and who?" or "… and by whom?", nothing else
    first = question[: toks[k].start].rstrip(" ,;-–—")
    return first + "?", question[toks[k + 1].start :]


_STATED = re.compile(r"\s+[-–—]+\s+|(?<=[.:;])\s+")  # "X thanked Y - where …", "X did Y. when?"
_STATED_MARKS = frozenset("-–—.:;")  # one of them is in every text _STATED finds anything in


def stated_first(lang: Language, question: str) -> tuple[str, str] | None:
    """ "X thanked Y - where did he say that?": the statement (no question word, no question
    mark, two words at least) and the question after it (opened by a question word, ending in
    "?"), or None."""
    if "?" not in question or _STATED_MARKS.isdisjoint(question):
        return None  # (most questions: no dash, nor a mark a sentence or clause ends with)
    if not _STATED.search(question):
        return None  # (most questions)
    parts = _STATED.split(question.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    said, asked = parts[0].rstrip(" .:;"), parts[1].strip()
    said_toks, asked_toks = tokenize(said), tokenize(asked)
    if len(said_toks) < MIN_PART or "?" in said or not asked.endswith("?") or not asked_toks:
        return None
    if said_toks[0].norm in lang.question_words or said_toks[0].norm in lang.aux:
        return None
    sources = lang.lex.words.get("source_words", frozenset())
    if asked_toks[0].norm not in lang.question_words and asked_toks[0].norm not in sources:
        return None  # (a source asked: "X. Says who?", "X -- according to whom?")
    norms = tuple(t.norm for t in asked_toks)
    if norms in lang.tag_phrases.get(norms[-1], ()):
        return None  # "X backed Y. Is that right?": a tag that asks the statement itself
    return said + "?", asked


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
