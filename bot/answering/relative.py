"""Relative amounts — "twice his annual pay", "three times the national average": an amount
given as a multiple of another. It answers a "how much" only where its sentence writes no sum
of money or unit (that sum is the amount: "three times his salary at $5 million"), and never a
question that asks the base itself ("how much is his annual pay?" is not "twice his annual pay":
the pay is not given).

The words come from the language's writing.yaml: the multiples in one word (``times_words``
worth two or more: "twice"), number words and ``times_nouns`` ("three times"), and what may open
the base (``possessive_determiners``, ``definite_articles``)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..facts import SentenceFacts
from ..text import fold
from .language import Language
from .numbers import Number
from .question import Query

BASE_REACH = 3  # words of the base after its determiner ("his *annual salary*")


def much_numbers(lang: Language, q: Query, info: SentenceFacts, sums: list[Number]) -> list[Number]:
    """The numbers of a sentence a "how much" may answer with: its sums (``sums``), less the sum
    of a multiple whose base is asked ("how much is his salary?": not the $5 million of "three
    times his salary at $5 million"); without a sum, its relative amounts whose base is not
    asked."""
    relative = relative_numbers(lang, info)
    if not relative:
        return sums  # (most sentences)
    asked = [r for r in relative if base_asked(lang, q, info, r)]
    if not sums:
        return [r for r in relative if r not in asked]
    text = info.sentence.text
    return [
        n
        for n in sums
        if not any(r.end <= n.start and not _CLAUSE_END.search(text, r.end, n.start) for r in asked)
    ]


_CLAUSE_END = re.compile(r"[,;:()—–]")


def relative_numbers(lang: Language, info: SentenceFacts) -> list[Number]:
    """The relative amounts of a sentence, each with its base ("twice his annual pay")."""
    w = lang.lex.writing
    pattern = _relative_re(
        w.get("times_words", frozenset()),
        w.get("number_words", frozenset()),
        w.get("times_nouns", frozenset()),
        w.get("possessive_determiners", frozenset()) | w.get("definite_articles", frozenset()),
    )
    text, out = info.sentence.text, []
    for m in pattern.finditer(text):
        base = _base(lang, info, m.end())
        if base:
            end = base[-1].end
            out.append(Number(m.start(), end, m.start(), text[m.start() : end], True))
    return out


def base_asked(lang: Language, q: Query, info: SentenceFacts, n: Number) -> bool:
    """Does the question ask about the base of the relative amount ("how much is his annual
    *pay*?" for "twice his annual pay")? A word of the base (or of its concept) among the
    question's, or the base's head and a word of the question both nouns of a sum of money
    ("pay" for "twice his salary") — unless the question names a sum the sentence writes
    besides the base ("bonus" for "a bonus worth three times her salary")."""
    words = [t for t in info.tokens if n.start <= t.start < n.end]
    w = lang.lex.writing
    openers = w.get("possessive_determiners", frozenset()) | w.get("definite_articles", frozenset())
    k = next((k for k, t in enumerate(words) if t.norm in openers), len(words))
    base = words[k + 1 :]  # past "twice his", "three times the"
    if not base:
        return False
    stem, money = lang.lex.rules.stem, lang.lex.classes.get("money_noun", ())
    asked = {x for t in q.terms for x in (t.stem, t.word, t.concept) if x is not None}
    sums = {t.word for t in q.terms if t.word in money}
    besides = {stem(t.norm) for t in info.tokens if t.norm in money and t not in words}
    if any(stem(x) in besides for x in sums):
        return False  # the sum asked is another one the sentence writes
    if any({t.norm, stem(t.norm), lang.concepts.get(stem(t.norm))} & asked for t in base):
        return True
    return base[-1].norm in money and bool(sums)


def _base(lang: Language, info: SentenceFacts, at: int) -> list:
    """The words of the base after its determiner (ending at ``at``): up to a few words that
    are no function words, in one run of single spaces."""
    text, words = info.sentence.text, []
    suffixes = lang.lex.rules.POSSESSIVE_SUFFIXES
    for t in info.tokens:
        if t.start < at:
            continue
        gap = text[(words[-1].end if words else at) : t.start]
        if words and words[-1].possessive:  # "year's profit": past the owner's ending
            low = fold(gap)
            gap = next((gap[len(x) :] for x in suffixes if low.startswith(x)), gap)
        if gap not in (" ", "") or t.norm in lang.stop or not t.norm[:1].isalpha():
            break
        words.append(t)  # "twice the previous year's profit": past an owner to its noun
        if len(words) == BASE_REACH:
            break
    return words


@lru_cache(maxsize=8)
def _relative_re(
    multiples: frozenset[str],
    numbers: frozenset[str],
    times: frozenset[str],
    openers: frozenset[str],
) -> re.Pattern:
    """ "twice his", "three times the", "3 times her": a multiple and the base's determiner
    (group 1: the number of "N times", when so written)."""
    once = {w for w, _, v in (x.partition("=") for x in multiples) if float(v or 0) >= 2}
    spelt = {x.partition("=")[0].strip() for x in numbers}
    if not (once or (spelt and times)) or not openers:
        return re.compile(r"(?!)")  # the language writes no relative amounts

    def alt(words) -> str:
        return "|".join(re.escape(x) for x in sorted(words, key=len, reverse=True))

    counted = rf"(\d+|{alt(spelt)})\s+(?:{alt(times)})" if spelt and times else r"(?!)"
    multiple = rf"(?:{alt(once)})" if once else r"(?!)"
    return re.compile(rf"\b(?:{multiple}|{counted})\s+(?:{alt(openers)})\s+", re.I)
