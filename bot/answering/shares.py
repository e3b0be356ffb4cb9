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
