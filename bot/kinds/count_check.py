"""Yes/no on a number — "did 9 countries back X?", "were there more than 1,000 tables?", "does
X employ over 500 people?": the question asked as "how many …?" (the count kind), and the number
it gives weighed against the one asked. Yes or no only when the article's number settles it
("more than 1,000" settles "more than 800", not "more than 2,000"); the count quoted with it."""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from ..answer import Answer
from ..answering.answers import Ask, say
from ..answering.question import Query, read
from ..answering.registry import Pass, kind
from ..facts.words import Words
from .counts import count

ABOVE, BELOW, ABOUT, EXACT = ">", "<", "~", "="


class Asked(NamedTuple):
    """The number a question asks about: how it compares ("more than"), its value, and where its
    words are in the question (the comparison's first word, the word after the number)."""

    how: str
    value: float
    start: int
    end: int
    amount: bool  # "$500 million": asked "how much", not "how many"


@kind("count_check", passes=("not_counted",))
def count_check(ask: Ask) -> Answer | Pass:
    ix, q = ask.ix, ask.q
    if ask.voice.texts.lang != ix.lang.lex.lang:
        return Pass("not_counted")  # asked again as "how many" in the article's language only
    asked = _asked(ask)
    if asked is None:
        return Pass("not_counted")
    words = [t.text for t in q.tokens]
    lead = 1 if words and q.words[0] in ix.lang.aux else 0
    opener = min(ix.lang.lex.words.get("count_much" if asked.amount else "count_many", ()))
    question = " ".join([opener, *words[asked.end :], *words[lead : asked.start]])
    got = count(replace(ask, question=question, q=read(ix, question)))
    if not got.answered:
        return Pass("not_counted")  # no count of it: asked as any yes/no
    stated = _stated(ask, asked, got)
    if stated is None:
        return ask.decline("decline.not_in_those_words")
    yes = _settles(asked.how, asked.value, *stated)
    if yes is None:
        return ask.decline("decline.not_in_those_words")
    key = "answer.count_check.yes" if yes else "answer.count_check.no"
    fields = dict(got.message.fields) if got.message else {}
    count_said = say(got.message.key, **fields) if got.message else None
    message = say(key, count=ask.voice.texts.render(count_said).rstrip(".") if count_said else "")
    return ask.answer(message, got.sentences, got.score, q.entity_ids)


def _asked(ask: Ask) -> Asked | None:
    """The number asked about and how, or None when no number counts a noun ("is he 45?", "was
    it at 3 pm?", "one of them")."""
    lang, q = ask.ix.lang, ask.q
    writing = Words.of(lang.lex)  # number words and scales, parsed once per lexicon
    words, spelt, scales = q.words, writing.number_values, writing.scale_values
    for k, w in enumerate(words):
        if w.isdigit():
            value, end = float(w), k + 1
            while end < len(words) and len(words[end]) == 3 and words[end].isdigit():
                value, end = value * 1000 + float(words[end]), end + 1  # "1,000"
        elif w in spelt:
            value, end = spelt[w], k + 1
        else:
            continue
        scale = scales.get(words[end]) if end < len(words) else None
        if scale is not None:  # "$500 million (dollars)": an amount, asked "how much"
            value, end = value * scale, end + 1
            units = lang.lex.words.get("amount_units", frozenset())
            end += end < len(words) and q.tokens[end].text.lower() in units
        elif end >= len(words) or not _counts(lang, q, end):
            return None
        how, start = _comparison(lang, q, k)
        return Asked(how, value, start, end, scale is not None)
    return None


def _counts(lang, q: Query, k: int) -> bool:
    """Does the word after the number name what is counted (a noun, not "pm", "years old",
    "of")?"""
    w = q.words[k]
    if not w.isalpha() or w in lang.lex.words.get("count_check_not_nouns", frozenset()):
        return False
    return w not in lang.aux


def _comparison(lang, q: Query, k: int) -> tuple[str, int]:
    """How the words before the number at ``k`` compare ("more than", "under", "about") and
    where they start; exact when there are none."""
    classes = lang.lex.classes
    for how, key in ((ABOVE, "count_above"), (BELOW, "count_below"), (ABOUT, "count_about")):
        for form in classes.get(key, ()):
            n = len(form.split())
            if k >= n and " ".join(q.words[k - n : k]) == form:
                return how, k - n
    return EXACT, k


def _stated(ask: Ask, asked: Asked, got: Answer) -> tuple[str, float] | None:
    """The article's number in the count's answer, and how it is given ("more than 1,000")."""
    msg = got.message
    if msg is not None and msg.key == "answer.count":  # a list's names, counted
        return EXACT, float(dict(msg.fields)["n"])
    facts = ask.ix.facts.sentences
    kinds = _kinds(ask, asked)
    for s in got.sentences:
        for a in facts[s.index].amounts:
            if a.kind not in kinds or a.value is None or a.high is not None:
                continue  # "$2 billion?" is not weighed against "80 per cent"
            if a.text in (got.text or ""):
                return _how_given(ask, a.approx), a.value
    return None


def _kinds(ask: Ask, asked: Asked) -> frozenset[str]:
    """The kinds of the article's amounts that can answer: money for "$500 million", a share for
    "10 per cent", else a count."""
    if asked.amount:
        return frozenset({"money", "number"})
    after = " ".join(ask.q.words[asked.end : asked.end + 2])
    shares = ask.ix.lang.lex.words.get("count_check_shares", frozenset())
    if any(after == w or after.startswith(w + " ") for w in shares):
        return frozenset({"percent"})
    return frozenset({"count", "number"})


def _how_given(ask: Ask, approx: str | None) -> str:
    if not approx:
        return EXACT
    classes = ask.ix.lang.lex.classes
    approx = approx.lower()
    for how, key in ((ABOVE, "count_above"), (BELOW, "count_below"), (BELOW, "count_almost")):
        if approx in classes.get(key, ()):
            return how  # "almost 9,000": fewer than 9,000
    return ABOUT


def _settles(asked: str, n: float, given: str, v: float) -> bool | None:
    """Yes, no, or None (the article's number does not settle it): "more than ``n``?" asked,
    "``v``" given with ``given`` (">" for "more than v", "~" for "about v" …)."""
    if given == ABOUT:  # "about 500": only a number far from it is settled
        if v >= 1.5 * n:
            given, v = ABOVE, v
        elif v <= n / 1.5:
            given, v = BELOW, v
        else:
            return None
    if asked in (EXACT, ABOUT):
        if given == EXACT:
            return v == n if asked == EXACT else abs(v - n) <= 0.1 * n
        if given == ABOVE and v >= n:
            return False
        if given == BELOW and v <= n:
            return False
        return None
    if asked == ABOVE:
        if given == EXACT:
            return v > n
        if given == ABOVE:
            return True if v >= n else None
        return False if v <= n else None
    # asked BELOW
    if given == EXACT:
        return v < n
    if given == BELOW:
        return True if v <= n else None
    return False if v >= n else None
