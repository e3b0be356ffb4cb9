"""Numbers in a sentence, and what a "how many" question counts.

The counted noun is the word after "how many" — a word, a name ("how many *Australians*"),
anyone for "how many *people*" (victims, civilians, "120 injured"), occasions for "how many
*times*" ("twice"). A number answers only beside what is counted; it is written with the words
that belong to it ("more than 120", "about $195 million", "between $5,000 and $7,000"), and a
number that is part of a name ("Boeing 767-300", "Channel-24") or a date counts nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from ..facts import SentenceFacts
from .index import ArticleIndex
from .language import Language
from .question import Query

_HYPHENED = re.compile(r"-\d")  # "767-300": a model number, not a count


class Counted(NamedTuple):
    """What a "how many" question counts."""

    word: str  # folded
    stem: str
    concept: str | None
    index: int  # its word in the question
    weak: bool  # "countries": a party noun — a list of names counts it too
    people: bool  # "people": any noun of people counts, or a number before the asked verb
    repeats: bool  # "times": "twice" counts


class Number(NamedTuple):
    start: int  # characters of the sentence: the number
    end: int
    lead: int  # where its words start ("more than 120")
    text: str  # as an answer writes it: "more than 120", "$10 million"
    digits: bool  # "118" rather than "several"


def counted(lang: Language, q: Query) -> Counted | None:
    """The noun after "how many"/"how much" (past "in", "of": "how much in entitlements")."""
    k = next((i for i, w in enumerate(q.words[:3]) if w in lang.quantity_words), None)
    if k is None:
        return None
    k += 1
    modifiers = lang.lex.writing.get("count_modifiers", frozenset()) | lang.lex.writing.get(
        "title_modifiers", frozenset()
    )
    while k < len(q.words) and (
        (q.words[k] in lang.stop and q.words[k] not in lang.question_words)
        or (q.words[k] in modifiers and k + 1 < len(q.words))  # "how many other former …"
    ):
        if q.words[k] in lang.aux:
            return None  # "how much did it cost": no noun
        k += 1
    if k >= len(q.words) or q.words[k] in lang.question_words:
        return None
    w = q.words[k]
    term = next((t for t in q.terms if t.index == k), None)
    st = lang.lex.rules.stem(w)
    return Counted(
        w,
        st,
        term.concept if term else lang.concepts.get(st),
        k,
        weak=term is not None and term.weight < 1.0,
        people=w in lang.person_nouns,
        repeats=w in lang.repetition_nouns,
    )


def noun_tokens(
    ix: ArticleIndex, info: SentenceFacts, c: Counted | None, exact: bool = False
) -> list[int]:
    """The words of the sentence that are the counted noun (for "people", any noun of people),
    in order."""
    if c is None:
        return []
    lang, places = ix.lang, ix.word_places(info)
    found = {*places.stems.get(c.stem, ()), *places.norms.get(c.word, ())}
    if c.people:
        found.update(k for w in places.norms.keys() & lang.counted_people for k in places.norms[w])
    if not exact and c.concept:
        of_concept = places.concepts.get(c.concept, ())
        found.update(k for k in of_concept if info.tokens[k].norm not in lang.stop)
    return sorted(found)


def numbers_in(
    lang: Language, info: SentenceFacts, amounts: bool, c: Counted | None
) -> list[Number]:
    """The numbers of the sentence: amounts of money and percentages for "how much", counts
    otherwise ("twice" too, for "how many times")."""
    text = info.sentence.text
    found = list(_matches(lang.amount_re if amounts else lang.count_re, text, amounts))
    if c is not None and c.repeats:  # "twice"; "the 11th cut this year": eleven times
        found += [
            (t.start, t.text)
            for t in info.tokens
            if t.norm in lang.multiples or _repeat_ordinal(lang, t.norm)
        ]
    out = []
    for start, core in found:
        end = start + len(core.rstrip())
        if _no_count(info, start, end):
            continue
        if not amounts and text[max(0, start - 1) : start] in lang.currency_symbols:
            continue  # "$2 million" is an amount, no count
        if any(text[start:].lower().startswith(idiom + " ") for idiom in lang.count_idioms):
            continue  # "one of the worst attacks" counts nothing
        if not amounts and _fraction_after(lang).match(text, end):
            continue  # "one third of the staff": a share, no count of one
        lead, words = written(lang, text, start, end)
        out.append(Number(start, end, lead, words, any(ch.isdigit() for ch in core)))
    return out


def _fraction_after(lang: Language) -> re.Pattern:
    """What makes the number before it the numerator of a fraction: " third of", "-thirds of"."""
    writing = lang.lex.writing
    return _fraction_re(writing.get("fraction_words", frozenset()), lang.of_words)


@lru_cache(maxsize=8)
def _fraction_re(pairs: frozenset[str], of: frozenset[str]) -> re.Pattern:
    words = sorted({p.partition("=")[0].strip() for p in pairs}, key=len, reverse=True)
    if not words or not of:
        return re.compile(r"(?!)")  # the language writes no fractions: nothing matches
    fractions = "|".join(map(re.escape, words))
    return re.compile(rf"[\s-]+(?:{fractions})\s+(?:{'|'.join(map(re.escape, of))})\b", re.I)


def _repeat_ordinal(lang: Language, w: str) -> bool:
    """ "11th", "second": an ordinal past the first (the n-th time is n times so far)."""
    writing = lang.lex.writing
    digits = w.rstrip("abcdefghijklmnopqrstuvwxyz")
    if digits.isdigit() and w[len(digits) :] in writing.get("ordinal_suffixes", ()):
        return int(digits) > 1
    return w in _ordinal_words(writing.get("ordinal_words", frozenset()))


@lru_cache(maxsize=8)
def _ordinal_words(pairs: frozenset[str]) -> frozenset[str]:
    """The ordinal words past "first" ("second=2" → "second")."""
    words = (p.partition("=") for p in pairs)
    return frozenset(w.strip() for w, _, n in words if n.strip() not in ("", "1"))


# id of a language's count or amount regex → (the regex, kept so that the id stays its own;
# {a sentence's text: its matches}); a regex's own hash is no key (it hashes the compiled code)
_MATCHES: dict[int, tuple[re.Pattern, dict[tuple[str, bool], tuple[tuple[int, str], ...]]]] = {}
MATCHES_MEMO = 20_000  # sentences remembered per regex, then forgotten all at once


def _matches(pattern: re.Pattern, text: str, amounts: bool) -> tuple[tuple[int, str], ...]:
    """(start, text) of each number the regex finds in a sentence, remembered per sentence
    text (the same sentences are counted in question after question; the regexes are long)."""
    known = _MATCHES.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _MATCHES[id(pattern)] = (pattern, {})
    memo = known[1]
    found = memo.get((text, amounts))
    if found is None:
        if len(memo) >= MATCHES_MEMO:
            memo.clear()
        found = memo[text, amounts] = tuple(
            (m.start(), m.group(0) if amounts else m.group(1)) for m in pattern.finditer(text)
        )
    return found


def _no_count(info: SentenceFacts, start: int, end: int) -> bool:
    """A date, or part of a name ("Channel-24", "Boeing 767-300")."""
    text = info.sentence.text
    if any(t.start <= start < t.end and t.kind != "counted" for t in info.times):
        return True  # "January 23" is not a count of 23 ("three hours after launch" is)
    if start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum():
        return True  # "Channel-24" is a name; "7-2", "767-300": the first half counts, if any
    # "Boeing 767-300": a model number right after a capitalised word
    prev = next((t for t in reversed(info.tokens) if t.end <= start), None)
    return (
        _HYPHENED.match(text, end) is not None
        and prev is not None
        and prev.start > 0
        and prev.text[:1].isupper()
        and text[prev.end : start] == " "
    )


def written(lang: Language, text: str, start: int, end: int) -> tuple[int, str]:
    """The number at ``[start, end)`` with the words that belong to it ("more than 120",
    "between $5,000 and $7,000", "up to 1,200", a change "from 800 places to 1,200"), and where
    they start."""
    before = text[:start].split()
    q = lang.qualifier_re.search(text[:start])
    if q is not None:
        start = q.start()
    r = lang.range_re.match(text[end:])
    if r is None and before and before[-1].lower() in lang.from_words:
        r = lang.change_re.match(text[end:])
    if r is not None:
        end += r.end()
    return start, text[start:end].strip()


def with_noun(
    lang: Language,
    info: SentenceFacts,
    n: Number,
    keys: frozenset[str],
    noun: frozenset[str] = frozenset(),
) -> str:
    """ "18,000 books", "118 votes": the number and the word after it, when that word is one
    the question asks about (``keys``: stems, words and concepts), and the words after that of
    the noun counted (``noun``: "three government *departments*")."""
    if not n.text.endswith(info.sentence.text[n.start : n.end]):
        return n.text  # "from 800 places to 1,200": its words already say what it counts
    after = next((t for t in info.tokens if t.start >= n.end), None)
    if after is None or info.sentence.text[n.end : after.start] != " ":
        return n.text
    words = []
    text = info.sentence.text
    for k in range(info.tokens.index(after), len(info.tokens)):
        t = info.tokens[k]
        if words and text[info.tokens[k - 1].end : t.start] != " ":
            break
        known = noun if words else keys
        if not (
            t.stem in known or t.norm in known or lang.concepts.get(t.stem) in keys
        ):  # "60,000 bank staff" for "how many bank workers": the concept's word too
            break
        words.append(t.text)  # "three government departments": the whole noun asked about
    return " ".join([n.text, *words])


def attached(lang: Language, info: SentenceFacts, spots: list[int], n: Number) -> bool:
    """Does the number stand right before (or after) one of these words: "48 hours", "$10
    million of aid", "14 of them Australians"?"""
    text = info.sentence.text
    for k in spots:
        t = info.tokens[k]
        gap = text[n.end : t.start] if t.start >= n.end else text[t.end : n.lead]
        if len(gap) <= 2 or (t.start >= n.end and lang.partitive_re.match(gap)):
            return True
        if t.start >= n.end and _modifiers(lang, gap) and not _vague(lang, text[n.start : n.end]):
            return True  # "two other former directors", "several thousand Melbourne workers"
    return False


def _vague(lang: Language, core: str) -> bool:
    """ "several", "dozens" (but not "several thousand"): a count with no number in it."""
    scales = lang.lex.words.get("amount_scales", frozenset())
    return bool(lang.vague_re.match(core)) and not any(w in scales for w in core.lower().split())


def _modifiers(lang: Language, gap: str) -> bool:
    """Are these words (between a number and its noun) at most three modifiers of the noun: no
    punctuation, no function word but "other", "more" …?"""
    words = gap.split()
    if not words or len(words) > 3 or not all(w.replace("-", "").isalnum() for w in words):
        return False
    modifiers = lang.lex.writing.get("count_modifiers", frozenset())
    return all(w.lower() not in lang.stop or w.lower() in modifiers for w in words)


def beside(info: SentenceFacts, spots: list[int], n: Number) -> int:
    """Characters between the number (with its words) and the nearest of these words."""
    gaps = []
    for k in spots:
        t = info.tokens[k]
        gaps.append(t.start - n.end if t.start >= n.end else max(n.lead - t.end, 0))
    return min(gaps, default=10**6)


def noun_words(lang: Language, q: Query) -> frozenset[str]:
    """The words (and stems) of the noun after "how many" ("government departments")."""
    k = next((i for i, w in enumerate(q.words[:3]) if w in lang.quantity_words), None)
    out: set[str] = set()
    for w in q.words[k + 1 :] if k is not None else ():
        if w in lang.stop or w in lang.aux or w in lang.question_words:
            break
        out |= {w, lang.lex.rules.stem(w)}
        if w in lang.person_nouns:
            break  # "how many people die": "people" is the whole noun
    return frozenset(out)
