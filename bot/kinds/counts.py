"""Counts and amounts — "How many countries backed X?", "how much did the deal cost?": the length of
a list of sides, the head of a list ("Six members, including …"), or a number right beside what
is counted."""

from __future__ import annotations

from typing import NamedTuple

from ..answer import Answer
from ..answering.agents import enumerated, matched_chars
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import grounded, rank
from ..answering.language import Language
from ..answering.question import Query, Term
from ..answering.registry import kind
from ..answering.stances import (
    FOR,
    OPPOSE,
    asked_kind,
    countable,
    sentence_of,
    stances_for,
    text_stances,
)
from ..facts import SentenceFacts, Stance
from ..replies import Listed, Message
from ..text import fold, stem
from .stances import parties

BESIDE = 30  # characters between a number and the noun it counts
FAR = 40  # a number this far from what is counted, in a lower-ranked sentence, comes last


class Choice(NamedTuple):
    dist: int  # characters from the words asked about
    rank: int  # of its sentence
    message: Message
    digits: bool  # "118 votes" before "several"
    info: SentenceFacts
    coverage: float


@kind("count", after_answer="count")
def count(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    asked = asked_kind(lang, q)
    has_stance_word = asked == FOR or any(
        w in lang.support or w in lang.oppose or w in lang.abstain for w in q.words
    )
    listed = _focused_list(ask)
    if listed is not None:
        said = say("answer.count", n=len(listed.parties), parties=parties(listed))
        return ask.answer(said, [sentence_of(ix, listed)], 0.9, [listed.target])
    for eid in q.entity_ids:
        sts = [st for st in stances_for(ix, target=eid, kind=asked) if countable(ix, st)]
        if sts and (has_stance_word or not q.terms):
            st = sts[0]
            said = say("answer.count", n=len(st.parties), parties=parties(st))
            return ask.answer(said, [sentence_of(ix, st)], 0.9, [st.target])
    reason = unknown_reason(q)
    if reason:
        return ask.decline(reason)
    if has_stance_word and not q.entity_ids:
        # "Six members, including A, B and C, voted for the cut": the head gives the count
        for st in text_stances(ix, q, asked):
            m = lang.count_re.match(st.head or "")
            if m and (m.group(1)[:1].isdigit() or m.group(1).lower() in lang.number_words):
                said = say("answer.count.head", head=st.head, parties=parties(st))
                return ask.answer(said, [sentence_of(ix, st)], 0.85)
        sts = [st for st in text_stances(ix, q, asked) if countable(ix, st)]
        if sts:
            st = sts[0]
            said = say("answer.count", n=len(st.parties), parties=parties(st))
            return ask.answer(said, [sentence_of(ix, st)], 0.85)
    choices = _choices(ask, asked)
    if not choices:
        return ask.decline("decline.no_number")
    # a number beside the counted noun ("18,000 books") beats one beside other words
    has_noun = {id(c.info): bool(counted_chars(lang, c.info, q, exact=True)) for c in choices}
    best = min(
        choices,
        key=lambda c: (
            not has_noun[id(c.info)],
            not c.digits,
            c.rank > 0 and c.dist > FAR,
            c.dist,
            c.rank,
        ),
    )
    return ask.answer(best.message, [best.info], best.coverage, q.entity_ids)


def _focused_list(ask: Ask) -> Stance | None:
    """ "how many?" after a list: the side of the previous answer's sentence whose target (or
    every party) the question is about."""
    ix, q = ask.ix, ask.q
    asked = set(q.entity_ids)
    for st in ix.facts.stances:
        if st.sentence in q.focus and countable(ix, st):
            ids = {p.entity for p in st.parties}
            if st.target in asked or (None not in ids and ids <= asked):
                return st
    return None


def _choices(ask: Ask, asked: str) -> list[Choice]:
    """The numbers (and lists of names) of the best sentences, beside what is counted."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    much = any(w in lang.amount_words for w in q.words[:3])
    wants_list = any(w in lang.party_nouns for w in q.words)
    noun = counted_noun(lang, q)
    choices: list[Choice] = []
    for r, (_s, cov, info) in enumerate(rank(ix, q)[:3]):
        if cov < 0.5 or not grounded(ix, q, info, need=0.75):
            break  # "how much do drivers earn": a pay rise's percentage is not earnings
        here = [st for st in ix.facts.stances if st.sentence == info.sentence.index]
        if asked == FOR and any(st.kind == OPPOSE for st in here):
            continue  # "how many voted for": not the list of those against
        uncountable = any(not countable(ix, st) for st in here)
        counted = counted_chars(lang, info, q)
        # "how many members…": a number in a sentence without members counts something else
        # (a list of names may still answer "how many countries")
        numbers_ok = bool(counted) or noun is None or noun.weight < 1.0  # "countries": weak
        spots = counted or matched_chars(ix, info, q)
        if wants_list and not much and not uncountable:
            listed = enumerated(ix, info)
            if len(listed) >= 2:
                names = Listed.of([ix.name(e) for e in listed], conjunction=False)
                first = next(m for m in info.mentions if m.entity == listed[0] and m.start >= 0)
                at = info.tokens[first.start].start
                dist = min((abs(at - p) for p in spots), default=0)
                said = say("answer.count", n=len(listed), parties=names)
                choices.append(Choice(dist, r, said, True, info, cov))
        text = info.sentence.text if numbers_ok else ""
        for m in (lang.amount_re if much else lang.count_re).finditer(text):
            dist = _number_distance(info, q, m, counted, noun, spots, lang)
            if dist is not None and dist <= BESIDE:  # a number answers only beside the counted
                number = m.group(0).strip()
                said = say("answer.verbatim", text=number)
                choices.append(Choice(dist, r, said, any(ch.isdigit() for ch in number), info, cov))
    return choices


def _number_distance(info, q, m, counted, noun, spots, lang: Language) -> int | None:
    """Characters between a number and the words it may count; None if it counts nothing."""
    text = info.sentence.text
    if any(t.start <= m.start() < t.end for t in info.times):
        return None  # "January 23" is not a count of 23
    if m.start() >= 2 and text[m.start() - 1] == "-" and text[m.start() - 2].isalpha():
        return None  # "Channel-24" is a name
    if not counted and noun is not None and not counts_a_term(lang, m.group(0), q):
        return None  # "how many members": "9 percent" is not a count of members
    # the gap between the number and the word: "312 people", "injuring more than 2,400"
    return min((max(p - m.end(), m.start() - p, 0) for p in spots), default=len(text))


def counted_noun(lang: Language, q: Query) -> Term | None:
    """The noun after "how many" ("how many *books*"), as a question term, if any."""
    k = next((i for i, w in enumerate(q.words[:3]) if w in lang.quantity_words), None)
    if k is None:
        return None
    return next((t for t in q.terms if t.index == k + 1), None)


def counted_chars(lang: Language, info: SentenceFacts, q: Query, exact: bool = False) -> list[int]:
    """Where the counted noun ("how many *books*") is in the sentence."""
    noun = counted_noun(lang, q)
    if noun is None:
        return []
    return [
        t.start
        for t in info.tokens
        if t.stem == noun.stem
        or t.norm == noun.word
        or (not exact and noun.concept and lang.concepts.get(t.stem) == noun.concept)
    ]


def counts_a_term(lang: Language, number: str, q: Query) -> bool:
    """ "118 votes": the word after the number is one the question asks about."""
    after = number.split()[1:2]
    if not after:
        return False
    w = fold(after[0])
    st = stem(w)
    return any(
        st == t.stem or w == t.word or (t.concept and lang.concepts.get(st) == t.concept)
        for t in q.terms
    )
