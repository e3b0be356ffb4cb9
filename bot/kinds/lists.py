"""Lists — whether a name is among a list: "was Peru one of them?" after "Who backed X?",
"is Peru on that list?". The list is the names "them" stands for (the list the previous answer
gave), or the side the previous answer quoted; the article's sides say yes, no (the name took
another side, or is named as an exception), or no, it is not among those the article lists."""

from __future__ import annotations

from ..answer import Answer
from ..answering.agents import name_lists
from ..answering.answers import Ask, say, unknown_reason
from ..answering.index import ArticleIndex
from ..answering.registry import kind
from ..answering.stances import (
    asked_kind,
    excluded_in,
    party_in,
    sentence_of,
    stances_for,
    target_name,
)
from ..facts import Stance
from ..replies import Listed
from .stances import parties, partly, party_said


@kind("member")
def member(ask: Ask) -> Answer:
    ix, q = ask.ix, ask.q
    first = q.names[0] if q.names else None
    if q.unknown and (first is None or q.unknown[0].start < first.start):
        return ask.decline(
            unknown_reason(q) or say("decline.not_mentioned", name=q.unknown[0].text)
        )
    them = first is not None and q.words[first.start] in ix.lang.pronouns  # "among them"
    if (first is None or (them and q.has(ix.lang.institution_words))) and q.focus:
        bodies = _bodies(ask)  # "any international organisations (among them)?" after a list
        if bodies is not None:
            return bodies
    if first is not None and first.entity is not None and not q.focus:
        bodies = _bodies_on(ask, first.entity)  # "did any organisation recognize X?"
        if bodies is not None:
            return bodies
    if first is None or first.entity is None:
        return ask.decline("decline.who_do_you_mean")
    name = first.entity
    listed = [nm.entity for nm in q.names[1:] if nm.entity is not None]
    st = _side(ix, listed, q.focus)
    if st is not None:
        found = _on_side(ask, name, st)
        if q.has(ix.lang.lex.classes.get("totality", ())):
            return partly(ask, name, found)  # "all of the X states?": "most of" is not all
        return found
    if len(listed) >= 2 and not _not_a_list(ix, q, listed):
        names = Listed.of([ix.name(e) for e in listed])
        key = "answer.member.yes" if name in listed else "answer.member.no"
        # the sentences the previous answer quoted, else the one that names the whole list
        sents = [ix.sentence(i) for i in q.focus] or [
            i for i in ix.facts.sentences if set(listed) <= i.entities
        ][:1]
        return ask.answer(say(key, name=ix.name(name), names=names), sents, 0.8, [name])
    return ask.decline("decline.who_do_you_mean")


def _not_a_list(ix: ArticleIndex, q, listed: list[int]) -> bool:
    """ "Was X among them?" where "them" stands for the names of a sentence that lists none of
    them together (a decline before: the names the conversation was about): no list to be in."""
    pronoun = any(q.words[nm.start] in ix.lang.pronouns for nm in q.names[1:])
    if not pronoun:
        return False
    pool = [ix.facts.sentences[i] for i in q.focus] or ix.facts.sentences
    return not any(
        set(listed) <= set(run) for info in pool for run in name_lists(ix, info) if len(run) >= 2
    )


def _bodies(ask: Ask) -> Answer | None:
    """The list's international bodies (a name with "Organization", "Union", "Council" …)."""
    ix = ask.ix
    st = _side(ix, [], ask.q.focus)
    if st is None:
        return None
    found = _institutions(ix, st)
    if ask.q.has(ix.lang.country_nouns) and not ask.q.has(ix.lang.institution_words):
        # "any countries too?": the side's parties that are no bodies
        bodies = set(found)
        found = [p.entity for p in st.parties if p.entity is not None and p.entity not in bodies]
    if not found:
        return ask.decline("decline.none_of_that_kind")
    said = say("answer.names", names=Listed.of([ix.name(e) for e in found]))
    return ask.answer(said, [sentence_of(ix, st)], 0.8, found)


def _bodies_on(ask: Ask, target: int) -> Answer | None:
    """ "Did any international organisation recognize X?" (no list before it): the bodies
    among those who took the side asked on X; none there, the article names none."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not (q.has(lang.institution_words) and q.has(lang.a)) or len(q.names) != 1:
        return None
    mine = stances_for(ix, target=target, kind=asked_kind(lang, q))
    if not mine or mine[0].kind != asked_kind(lang, q):
        return None
    st = mine[0]
    found = _institutions(ix, st)
    if not found:
        return ask.decline("decline.none_of_that_kind")
    party = Listed.of([ix.name(e) for e in found])
    said = say("answer.stance.yes", party=party, verb=st.verb, target=target_name(ix, st))
    return ask.answer(said, [sentence_of(ix, st)], 0.85, found)


def _institutions(ix: ArticleIndex, st: Stance) -> list[int]:
    """The side's parties that are bodies (a name with "Organization", "Union" …)."""
    words = ix.lang.institution_words
    return [
        p.entity
        for p in st.parties
        if p.entity is not None and words & set(ix.entity(p.entity).name.lower().split())
    ]


def _side(ix: ArticleIndex, listed: list[int], focus: tuple[int, ...]) -> Stance | None:
    """The side whose parties are the list (else the first side of the sentences in focus)."""
    for st in ix.facts.stances:
        ids = {p.entity for p in st.parties}
        if listed and set(listed) <= ids:
            return st
    if not listed:
        return next((st for st in ix.facts.stances if st.sentence in focus), None)
    return None


def _on_side(ask: Ask, name: int, st: Stance) -> Answer:
    ix = ask.ix
    target = target_name(ix, st)
    p = party_in(ix, st, name)
    if p is not None:
        said = say("answer.stance.yes", party=party_said(p), verb=st.verb, target=target)
        return ask.answer(said, [sentence_of(ix, st)], 0.9, [name, st.target])
    group = excluded_in(ix, st, name)
    if group:
        fields = dict(party=ix.name(name), group=group, verb=st.verb, target=target)
        return ask.answer(say("answer.stance.exception", **fields), [sentence_of(ix, st)], 0.85)
    for other in stances_for(ix, party=name):
        if other.target != st.target or other.kind != st.kind:
            pname = party_in(ix, other, name).name
            if other.target == st.target:  # "abstained on the resolution": the same target
                said = say("answer.stance.no", party=pname, verb=other.verb, target=target)
                return ask.answer(said, [sentence_of(ix, other)], 0.85, [name])
            fields = dict(party=pname, verb=other.verb, other=target_name(ix, other), target=target)
            sents = [sentence_of(ix, other), sentence_of(ix, st)]
            return ask.answer(say("answer.stance.other_side", **fields), sents, 0.85, [name])
    said = say("answer.member.no", name=ix.name(name), names=parties(st))
    return ask.answer(said, [sentence_of(ix, st)], 0.75, [name, st.target])
