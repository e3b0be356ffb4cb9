"""Shares of people — "what share of the kids are obese?", "what percentage of voters backed
it?": a percentage answers only when the sentence writes it of the people asked ("12 per cent
of the country's children", a word of the same concept counting too), and says what they are
asked to be or do ("obese", not "walk to school" for "cycle to work"). A percentage of anything
else in the sentence ("the number rose by 2 per cent") is no share of them."""

from __future__ import annotations

from ..facts import SentenceFacts
from ..facts.model import Amount
from ..text import fold
from .evidence import says
from .language import Language
from .numbers import Number
from .question import Query, Term

NOUN_REACH = 4  # words between "what share of" and the people noun ("the country's young …")
OF_REACH = 4  # words between a percentage's "of" and the people noun it counts
_STRIP = ".,;:!?\"'()[]“”‘’"


def asked_people(lang: Language, q: Query) -> Term | None:
    """The noun of people a share question is of ("what share *of* Australian *kids* …"): the
    first noun of people within a few words after the "of" right past the measure word."""
    w = q.words
    if len(w) < 4 or w[2] not in lang.of_words:
        return None
    people = lang.counted_people | lang.person_nouns
    for k in range(3, min(3 + NOUN_REACH, len(w))):
        if w[k] in lang.aux or w[k] in lang.question_words:
            return None  # "what share of the vote did women win": no noun of people
        if w[k] in people:
            term = next((t for t in q.terms if t.index == k), None)
            st = lang.lex.rules.stem(w[k])
            return term or Term(w[k], st, lang.concepts.get(st), 1.0, k)
    return None


def share_of(
    lang: Language, info: SentenceFacts, a: Amount, people: Term
) -> tuple[int, int] | None:
    """Where the words after a percentage that say whom it is of start and end ("12 per cent
    *of the country's children*"), or None when the percentage is of no such noun."""
    text = info.sentence.text
    rest = text[a.end :]
    cut = min((k for ch in ",;:()—–" if (k := rest.find(ch)) >= 0), default=len(rest))
    words = rest[:cut].split()
    if not words or fold(words[0]).strip(_STRIP) not in lang.of_words:
        return None
    start = a.end + rest.find(words[0])
    pos = start + len(words[0])
    for w in words[1 : 1 + OF_REACH]:
        pos = text.find(w, pos) + len(w)
        bare = fold(w).strip(_STRIP)
        for end in ("'s", "’s"):
            bare = bare.removesuffix(end)
        if _is_people(lang, bare, people):
            return start, pos - (len(w) - len(w.rstrip(_STRIP)))
    return None


def is_share(lang: Language, info: SentenceFacts, a: Amount, people: Term) -> bool:
    """May the percentage be the share of the people asked: written of them, or of no one
    ("85 per cent acknowledged …", "85 per cent of them") in a sentence that names no other
    people — not a percentage of something else ("2 per cent of the vote") nor a change
    ("increased by 2 per cent", "rose 6.2%")?"""
    if share_of(lang, info, a, people) is not None:
        return True
    text = info.sentence.text
    before = [fold(w).strip(_STRIP) for w in text[: a.start].split()[-2:]]
    changes = lang.lex.words.get("change_verbs", frozenset())
    by = lang.lex.words.get("change_by", frozenset())
    if before[-1:] and (before[-1] in changes or (before[-1] in by and before[0] in changes)):
        return False  # "rose 6.2%", "increased by 2 per cent": a change, no share
    after = [fold(w).strip(_STRIP) for w in text[a.end :].split()[:2]]
    pronouns = lang.lex.writing.get("partitive_pronouns", frozenset())
    if after and after[0] in lang.of_words and (len(after) < 2 or after[1] not in pronouns):
        return False  # "2 per cent of the vote": a share of something else
    named = [t.norm for t in info.tokens if t.norm in lang.counted_people]
    return not named or any(_is_people(lang, w, people) for w in named)


def other_group(lang: Language, q: Query, info: SentenceFacts, a: Amount) -> bool:
    """Is the percentage written of a group the asked one is set against — "what share of the
    *non*-X population …?" and "a third *of the X population*", or the reverse? Each side's
    words are read as (word, negated) — "non-X", "non X" → (x, True) — and a word one side
    negates and the other does not tells two groups apart."""
    asked = _of_group(lang, list(q.words[2:]))
    if not asked:
        return False
    rest = info.sentence.text[a.end :]
    cut = min((k for ch in ",;:()—–" if (k := rest.find(ch)) >= 0), default=len(rest))
    words = [fold(w).strip(_STRIP) for w in rest[:cut].split()]
    given = _of_group(lang, words)
    for word in {w for w, _ in asked} & {w for w, _ in given}:
        if {n for w, n in asked if w == word}.isdisjoint({n for w, n in given if w == word}):
            return True
    return False


GROUP_REACH = 8  # words after "of" that may name a group


def _of_group(lang: Language, words: list[str]) -> set[tuple[str, bool]]:
    """The words of the group after a leading "of" (up to a verb of the question: "has", "are"),
    each with whether a negating prefix stands on it; empty without the "of"."""
    if not words or words[0] not in lang.of_words:
        return set()
    prefixes = lang.lex.words.get("negating_prefixes", frozenset())
    out: set[tuple[str, bool]] = set()
    negated = False
    for w in words[1 : 1 + GROUP_REACH]:
        if w in lang.aux or w in lang.question_words:
            break
        if w in prefixes:
            negated = True  # "non Aboriginal"
            continue
        head, dash, tail = w.partition("-")
        if dash and head in prefixes and tail:
            out.add((tail, True))  # "non-aboriginal"
        elif w:
            out.add((w, negated))
        negated = False
    return out


def fractions_asked(lang: Language, q: Query, info: SentenceFacts) -> list[Number]:
    """ "How much *of* their income …?": a share asked — the sentence's fractions answer it
    ("around half their income"), as its percentages do; none for another question."""
    k = next((i for i, w in enumerate(q.words[:3]) if w in lang.quantity_words), None)
    if k is None or k + 1 >= len(q.words) or q.words[k + 1] not in lang.of_words:
        return []
    return [
        Number(a.start, a.end, a.start, a.text, True)
        for a in info.amounts
        if a.kind == "percent" and a.unit is None  # a fraction: no "per cent" written
    ]


def _is_people(lang: Language, word: str, people: Term) -> bool:
    """Is the word the people noun asked (its stem, its concept)? ("12 per cent of children" is
    no share of "people": of some of them only.)"""
    st = lang.lex.rules.stem(word)
    return (
        word == people.word
        or st == people.stem
        or bool(people.concept and lang.concepts.get(st) == people.concept)
    )


def deed_said(q: Query, info: SentenceFacts, people: Term) -> bool:
    """Does the sentence say what the people are asked to be or do — the question's first word
    after the noun ("… kids *cycle* to work?", "… are now *obese*?")?"""
    after = [t for t in q.terms if t.index > people.index]
    return not after or says(info, after[0])
