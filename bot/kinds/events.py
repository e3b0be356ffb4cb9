"""Events — when and why something happened, who did it, how someone reacted: the sentence
that meets the question's words, and the time, agent or clause in it. (Where it happened:
:mod:`bot.kinds.places`; whether it did: :mod:`bot.kinds.yesno`.)"""

from __future__ import annotations

import dataclasses
import re

from ..answer import Answer
from ..answering.actors import Actor, actor_at, first_person_before, personal, phrase_after
from ..answering.agents import (
    anchor,
    asked_verb_index,
    enumerated,
    light_agent,
    name_lists,
    who,
    words_at,
)
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    Found,
    best_sentence,
    rank,
    says,
    shortened,
)
from ..answering.index import ArticleIndex
from ..answering.polarity import not_done, planned
from ..answering.question import Query, Term
from ..answering.question.names import demonym
from ..answering.registry import Pass, kind
from ..answering.stances import negated
from ..answering.timing import future_in, linked, nearest_time, participle
from ..answering.wanted import is_person, wanted_name
from ..facts import SentenceFacts, TimeExpr
from ..replies import Listed, Message
from ..text import fold
from .people import role_names

_YEAR = re.compile(r"\b\d{4}\b")
REACT = "react"  # the concept (vocabulary.yaml `concepts`) of reacting
NEED = 0.75 - 1e-9  # the coverage a yes needs (sums of weights are not exact)


@kind("who_did", after_answer="who_did")
def who_did(ask: Ask) -> Answer:
    """The subject (or a passive verb's agent) of the verb asked about, in the first of the
    best sentences that has that verb and a subject for it."""
    ix, q = ask.ix, ask.q
    if _object_asked(ix.lang, q):
        return _object_of(ask)
    k = asked_verb_index(ix, q)
    verb = next((t for t in q.terms if t.index == k), None) if k is not None else None
    # "who will win?" asks about the future; "who said the unions will not rest?" does not
    future = any(w in ix.lang.future_auxiliaries for w in q.words[1 : k if k else 2])
    ranked = rank(ix, q)
    wanted = wanted_name(ix, q)  # "which minister …": a person; "which country …": no person
    first = None
    # the best sentences that have the asked verb, then (a synonym the language does not know)
    # the best sentence
    if verb is None:  # "who carried out the study?": a sentence giving the noun its doer
        for r in ranked[:3]:
            found = best_sentence(ix, q, ranked=[r])
            by = light_agent(ix, found.info, q) if found is not None else None
            if by is not None and _fits(ix, wanted, by):
                return _actor_answer(ask, by, found)
    for rows, must in ((ranked[:3], verb), (ranked[:1], None)):
        for r in rows if must is not None or first is None else ():
            found = best_sentence(ix, q, must=must, ranked=[r])
            if found is None:
                continue
            first = first or found
            if future and not future_in(ix, found.info, q):
                continue  # "Who will win the runoff?" is not answered by who won the first round
            actor = who(ix, found.info, q)
            if actor is not None and _is_asked_object(ix, q, k, actor):
                actor = None  # "who found the tape?" — "a tape found in X": no finder named
            if actor is not None and _fits(ix, wanted, actor):
                return _actor_answer(ask, actor, found)
            named = _included(ix, found.info, q) if actor is not None and wanted else []
            if named and is_person(ix.lang, wanted):
                # "officials who are giving evidence, including the union's X": X
                names = Listed.of([ix.name(e) for e in named])
                return ask.answer(
                    say("answer.names", names=names), [found.info], found.coverage, named
                )
    if first is None:
        return ask.decline(unknown_reason(q))
    if future and not future_in(ix, first.info, q):
        return ask.decline("decline.who_will")
    return ask.decline("decline.who")


def _is_asked_object(ix: ArticleIndex, q: Query, k: int | None, actor: Actor) -> bool:
    """Is the actor found only the question's own object ("who found *the tape*?" read from "a
    tape found in the field")? A thing done to is not its doer."""
    if k is None:
        return False
    lang = ix.lang
    obj = {w for w in q.words[k + 1 :] if w not in lang.stop}
    words = [fold(w) for w in re.findall(r"\w+", actor.text)]
    words = [w for w in words if w not in lang.stop and w not in lang.determiners]
    return bool(words) and all(w in obj for w in words)


def _object_asked(lang, q: Query) -> bool:
    """ "Who were the troops looking for?": a subject of its own after the auxiliary and a
    preposition left at the end — whom the verb is about, not who did it."""
    w = q.words
    return (
        len(w) >= 5
        and w[1] in lang.aux
        and (
            w[2] in lang.determiners or w[2] in lang.pronouns or any(n.start == 2 for n in q.names)
        )
        and w[-1] in lang.stranded_prepositions
    )


def _object_of(ask: Ask) -> Answer:
    """The name right after the question's verb and its preposition ("were looking for X") in
    the best sentence that has them; else a decline."""
    ix, q = ask.ix, ask.q
    verbs = [t for t in q.terms if t.index >= 3]
    # or a phrase of a concept that ends in the preposition ("looking for" ~ hunting)
    phrases = [t for t in q.terms if t.index < 0 and t.word.split()[-1] == q.words[-1]]
    asked = phrases[-1:] or verbs[-1:]
    found = best_sentence(ix, q, must=asked[0]) if asked else None
    if found is None:
        return ask.decline(unknown_reason(q) or say("decline.who"))
    info = found.info
    if not all(e in info.entities for e in q.entity_ids):
        return ask.decline("decline.who")  # "who was X meeting with?": a sentence with X
    start = _after_verb(ix, info, q, asked[0], not phrases)
    m = next((m for m in info.mentions if m.start == start and m.entity not in q.entity_ids), None)
    if m is None:
        return ask.decline("decline.who")
    return ask.answer(
        say("answer.name", name=ix.name(m.entity)), [info], found.coverage, [m.entity]
    )


def _after_verb(ix: ArticleIndex, info: SentenceFacts, q: Query, term, one_word: bool) -> int:
    """Where the name after the asked verb and its preposition starts in the sentence (-1: no
    such place): after "looking for", the question's word or a phrase of its concept."""
    toks = info.tokens
    if one_word:
        k = anchor(ix, info, q, [term])
        ok = k is not None and k + 1 < len(toks) and toks[k + 1].norm == q.words[-1]
        return k + 2 if ok else -1
    norms = [t.norm for t in toks]
    for phrase, cid in ix.lang.concept_phrases.items():
        words = phrase.split()
        if cid != term.concept or words[-1] != q.words[-1]:
            continue
        n = len(words)
        for k in range(len(norms) - n):
            if norms[k : k + n] == words:
                return k + n
    return -1


def _included(ix: ArticleIndex, info: SentenceFacts, q: Query) -> list[int]:
    """The people a sentence names after "including" ("…, including the CFMEU's Martin
    Kingham"), those of the question's names when it has any ("which CFMEU official …")."""
    heads = ix.lang.lex.words.get("enumeration_heads", frozenset())
    toks = info.tokens
    at = next((k for k, t in enumerate(toks) if t.norm in heads), None)
    if at is None:
        return []
    owners = {m.end: m.entity for m in info.mentions if m.possessive and m.start >= 0}
    out = []
    for m in sorted(info.mentions, key=lambda m: m.start):
        if m.start <= at or m.possessive or not personal(ix, m.entity):
            continue
        if q.entity_ids and owners.get(m.start) not in q.entity_ids:
            continue
        out.append(m.entity)
    return list(dict.fromkeys(out))


def _fits(ix: ArticleIndex, wanted: Term | None, actor: Actor) -> bool:
    """Is the actor of the kind asked for ("which judge …" is no court's)?"""
    if wanted is None:
        return True
    if actor.entity is None:
        return False
    return (ix.entity(actor.entity).kind == "person") == is_person(ix.lang, wanted)


def _actor_answer(ask: Ask, actor: Actor, found: Found) -> Answer:
    ix, q = ask.ix, ask.q
    info, cov = found
    if actor.entity is None:  # "the board of X", "two policemen": no name, the phrase
        phrase = actor.text[:1].upper() + actor.text[1:]
        return ask.answer(say("answer.name", name=phrase), [info], cov, q.entity_ids)
    listed = enumerated(ix, info)
    if actor.entity in listed and len(listed) >= 2:  # "Norway, Japan and Canada have pledged"
        names = Listed.of([ix.name(e) for e in listed])
        return ask.answer(say("answer.names", names=names), [info], cov, listed)
    return ask.answer(say("answer.name", name=actor.text), [info], cov, [actor.entity])


@kind("whom", passes=("no_object",))
def whom(ask: Ask) -> Answer | Pass:
    """ "Who did X thank?": the first name after X's verb in the sentence that says it."""
    ix, q = ask.ix, ask.q
    subject = _whose(ask)
    blamed = _blamed(ask, subject)
    if blamed is not None:
        return blamed
    if subject is None:
        return _no_object(ask)
    wanted = wanted_name(ix, q)  # "which Polish leader is X in touch with?"
    qualifiers = [nm.entity for nm in q.names if nm.end <= subject.start and nm.entity]
    qualifiers += [  # "which *Polish* leader": an adjective of a place the article names
        e for t in q.terms if 0 <= t.index < subject.start and (e := demonym(ix, t.word))
    ]
    verb = next((t for t in q.terms if t.index >= subject.end), None) or next(
        (t for t in q.terms if t.index < 0),
        None,  # a phrase: "in touch"
    )
    found = best_sentence(ix, q) if verb is not None else None
    if not found:
        return _no_object(ask)
    info, cov = found
    k = anchor(ix, info, q, [verb])
    if k is None and _preposition_first(ask):
        # "with whom does X keep up contact?": the verb in other words, the next word asked
        later = (t for t in q.terms if t.index > verb.index >= 0)
        k = next((j for t in later if (j := anchor(ix, info, q, [t])) is not None), None)
    if k is None:
        return _no_object(ask)
    after = sorted((m for m in info.mentions if k < m.start <= k + 8), key=lambda m: m.start)
    prep = q.words[0] if _preposition_first(ask) else None
    for m in after:
        if m.entity in q.entity_ids or m.possessive or _located(ix, info, m, q):
            continue
        if prep is not None and not _after_word(ix, info, m.start, prep):
            continue  # "with whom?": the name after "with", not any name after the verb
        if wanted is not None and not _wanted(ix, wanted, m.entity, qualifiers):
            continue
        return ask.answer(say("answer.name", name=ix.name(m.entity)), [info], cov, [m.entity])
    # "We have met many times," X said after naming Y: whom X met is who "we" takes in
    x, partners = info.quote, ix.partners.get(info.sentence.index, frozenset())
    others = [e for e in sorted(partners) if e not in q.entity_ids]
    if others and x is not None and x.speaker == subject.entity:
        if first_person_before(ix, info, k):
            names = Listed.of([ix.name(e) for e in others])
            return ask.answer(say("answer.names", names=names), [info], cov, others)
    return _no_object(ask)


def _blamed(ask: Ask, subject) -> Answer | None:
    """ "Who did X blame for the coup?": in a sentence where X speaks or acts and names the
    coup, the doer the coup is given ("a coup staged *by Z*")."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    blame = lang.lex.writing.get("blame_verbs", frozenset())
    if subject is None or not any(w in blame for w in q.words):
        return None
    topics = [t for t in q.terms if t.index > subject.end and t.word not in blame]
    if not topics:
        return None
    by = lang.lex.writing.get("agent_prepositions", frozenset())
    for info in ix.body:
        if subject.entity not in info.entities:
            continue
        toks = info.tokens
        for k, t in enumerate(toks):
            if not any(t.stem == x.stem or t.norm == x.word for x in topics):
                continue
            # the noun, a participle, "by", the doer: "a coup staged by Z"
            for j in range(k + 1, min(k + 4, len(toks) - 1)):
                if toks[j].norm in by:
                    found = phrase_after(ix, info, j + 1, (subject.entity,))
                    if found is not None:
                        ids = [found.entity] if found.entity is not None else []
                        return ask.answer(say("answer.name", name=found.text), [info], 0.8, ids)
                    break
    return None


def _no_object(ask: Ask) -> Answer | Pass:
    """No one after the verb: "who did X thank?" may still ask who did it, but "with whom did X
    talk?" (a preposition before the question word) asks only for the object."""
    return ask.decline("decline.who") if _preposition_first(ask) else Pass("no_object")


def _after_word(ix: ArticleIndex, info: SentenceFacts, k: int, word: str) -> bool:
    """Is word ``k`` right after ``word``, past determiners and a title ("with *the* union",
    "with *Russian President* X")?"""
    j = k - 1
    while (
        j >= 0
        and k - j <= 4
        and (info.tokens[j].norm in ix.lang.determiners or info.tokens[j].text[:1].isupper())
    ):
        j -= 1
    return j >= 0 and info.tokens[j].norm == word


def _preposition_first(ask: Ask) -> bool:
    """Does the question open with a preposition and its question word ("with whom …")?"""
    words, lang = ask.q.words, ask.ix.lang
    return (
        len(words) >= 2
        and words[0] in lang.stranded_prepositions
        and words[1] in lang.question_words
    )


def _whose(ask: Ask):
    """The question's subject: its first name ("who did *X* thank?"), past the noun asked for
    and its names ("which Polish leader is *X* in touch with?")."""
    q, lang = ask.q, ask.ix.lang
    start = 0
    if q.words and q.words[0] in lang.which_words:
        start = next((k for k, w in enumerate(q.words) if w in lang.aux), len(q.words))
    nm = next((nm for nm in q.names if nm.start >= start), None)
    if nm is None or nm.entity is None:
        return None
    t = q.token(nm.end - 1)
    if t is not None and t.possessive and start == 0 and nm.start > 2:
        return None  # "who is preparing *X's* trip?": X owns the object; who does it is asked
    return nm


def _wanted(ix: ArticleIndex, wanted: Term, eid: int, qualifiers: list[int]) -> bool:
    """Is the name of the kind asked for ("which *leader*": a person), and of the places that
    qualify it ("which *Polish* leader": a role naming Poland)?"""
    person = ix.entity(eid).kind == "person"
    if person != is_person(ix.lang, wanted):
        return False
    return not (person and qualifiers) or role_names(ix, eid, qualifiers)


def _located(ix: ArticleIndex, info: SentenceFacts, m, q) -> bool:
    """Is the name a place the sentence puts something in ("met *in Oslo*"), with another
    preposition than the question's own ("who did she talk *to*")?"""
    preps = ix.lang.lex.words.get("place_prepositions", frozenset())
    asked = {w for w in q.words if w in preps}
    for p in info.places:
        if p.token == m.start:
            first = p.phrase.split()[0].lower()
            return first in preps and first not in asked
    return False


@kind("when", passes=("nothing_asked",), after_answer="when")
def when(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    ranked = rank(ix, q, pool=ix.timed)  # once, for the best sentence and its close rivals
    # "In May, X discussed plans for Y's trip": May dates the discussion, not the trip
    ranked = [r for r in ranked[:4] if not _planned(ix, r.info, q)]  # the best and its rivals
    # "When did the earthquake strike?": not "the region was last hit … in 2011"
    ranked = [r for r in ranked if not _before_this(lang, r.info, q)] or ranked
    must = participle(lang, q)
    if must is not None:  # "when was X set up?": of the rivals, one that says it
        ranked = [r for r in ranked if says(r.info, must)] or ranked
    found = best_sentence(ix, q, must=must, ranked=ranked)
    if found:
        found = nearest_time(ix, q, ranked, found)
    if not found:
        if not q.terms and not q.entity_ids:
            return Pass("nothing_asked")
        return ask.decline(unknown_reason(q) or say("decline.when"))
    info, cov = found
    if q.has(lang.year_words) and not any(_YEAR.search(t.text) for t in info.times):
        return ask.decline("decline.no_year")
    times = _times_for(ix, info, ask)
    if not times or _wrong_way(lang, q, times[0], info):
        # "When did it begin?" is not answered by "shortly after it began"
        return ask.decline("decline.when")
    if q.has(lang.day_words) and not _names_day(lang, times[0]):
        return ask.decline("decline.when")  # "what dates?" is not "in the near future"
    t = _written(lang, info, _other_clock(info, _joined(lang, info, times[0]))).rstrip(
        "."
    )  # "4:17 a.m." ends the answer once
    return ask.answer(say("answer.time", time=t[:1].upper() + t[1:]), [info], cov, q.entity_ids)


def _before_this(lang, info: SentenceFacts, q) -> bool:
    """Does the sentence tell of an earlier time the same happened ("was last hit by a quake in
    2011", "had previously won it in 1998") — a marker right before a past verb — when the
    question does not ask for the last time?"""
    marks = lang.lex.words.get("earlier_time_markers", frozenset())
    if q.has(marks):
        return False
    w = lang.lex.writing
    past = w.get("irregular_past", frozenset()) | w.get("bare_participles", frozenset())
    toks = info.tokens
    return any(
        t.norm in marks and (lang.lex.rules.is_past(toks[k + 1].norm) or toks[k + 1].norm in past)
        for k, t in enumerate(toks[:-1])
    )


def _names_day(lang, t: TimeExpr) -> bool:
    """Does the time name a day or a date ("on Thursday", "March 7", "today"), not only a
    stretch of time ("in the near future", "last week")?"""
    words = set(fold(t.text).split())
    return (
        t.kind in ("date", "weekday")
        or any(c.isdigit() for c in t.text)
        or bool(words & lang.day_times)
    )


def _joined(lang, info: SentenceFacts, t: TimeExpr) -> TimeExpr:
    """ "on Thursday and Friday": the time with the one of its kind joined to it by "and"."""
    text = info.sentence.text
    for o in info.times:
        gap = fold(text[t.end : o.start]).split()
        if o.start > t.end and o.kind == t.kind and len(gap) == 1 and gap[0] in lang.coordinators:
            return dataclasses.replace(t, text=text[t.start : o.end], end=o.end)
    return t


_CLOCK_GAP = re.compile(r"[^,.;:()]{0,30}\(\s*$")  # "8:46am New York time (" before the other
_CLOCK_END = re.compile(r"[^,.;()]{0,20}\)")  # " AEDT)" after it


def _other_clock(info: SentenceFacts, t: TimeExpr) -> TimeExpr:
    """ "At 8:46am New York time (12:46am AEDT)", "on Tuesday (Wednesday AEDT)": one moment on
    two clocks, the second in brackets — the answer gives both, the first one first."""
    text = info.sentence.text
    for a in info.times:
        for b in info.times:
            if a.end > b.start or t not in (a, b) or not _CLOCK_GAP.fullmatch(text, a.end, b.start):
                continue
            m = _CLOCK_END.match(text, b.end)
            if m is not None:
                return dataclasses.replace(a, text=text[a.start : m.end()], end=m.end())
    return t


def _planned(ix: ArticleIndex, info: SentenceFacts, q) -> bool:
    """The event asked about is only planned there, and the sentence's times date something
    else ("In May, X discussed plans for her trip"; not "ahead of a meeting on March 14"), or a
    question about what happened meets a sentence that hedges or denies it ("is expected to
    visit")."""
    k = anchor(ix, info, q, q.terms)
    if k is None:
        return False
    j = planned(ix.lang, info, k, q.words)
    if j is not None and all(t.end <= info.tokens[j].start for t in info.times):
        return True
    return not_done(ix.lang, info, k, q.words)


def _wrong_way(lang, q, t: TimeExpr, info: SentenceFacts) -> bool:
    """A time the other way from the question: the future for "when did …" ("will head there
    today" too: today, but to come), the past for "when will …"."""
    if q.has(lang.future_hints):
        return t.direction == "past"
    if not q.has(lang.past_auxiliaries):
        return False
    if t.direction == "present":
        return any(
            tok.norm in lang.future_auxiliaries and tok.end <= t.start for tok in info.tokens
        )
    return t.direction == "future"


def _written(lang, info: SentenceFacts, t: TimeExpr) -> str:
    """The time as an answer writes it: with its count before it ("10 days ago") and the part
    of the day and the hour after it ("tomorrow morning at 11am")."""
    text = info.sentence.text
    start = t.start
    if fold(t.text) in lang.counted_times:
        m = lang.time_count_re.search(text[: t.start])
        if m is not None:
            start = m.start()
    m = lang.time_tail_re.match(text, t.end)
    return text[start : m.end() if m and m.end() > t.end else t.end]


def _times_for(ix: ArticleIndex, info: SentenceFacts, ask: Ask) -> list[TimeExpr]:
    """The sentence's times, the one that dates what the question is about first: nearest its
    verb and names, the right way in time, in the verb's clause (or none, if none is)."""
    q = ask.q
    future = q.has(ix.lang.future_hints)
    past = not future and q.has(ix.lang.past_auxiliaries)
    k = anchor(ix, info, q, q.terms, exact_first=True)
    spots = [info.tokens[k].start] if k is not None else []
    spots += [
        info.tokens[m.start].start
        for m in info.mentions
        if m.entity in q.entity_ids and m.start >= 0
    ][:2]
    text = info.sentence.text
    at = info.tokens[k].start if k is not None else None
    theirs = _clause_of_names(ix, info, q)

    def key(t: TimeExpr):
        # "when is X's trip?" (neither "will" nor "did"): any way
        wrong_way = (t.direction == "past") if future else (past and t.direction == "future")
        # "A strikes today, while B will follow tomorrow": B's time is in B's clause
        others = theirs is not None and _clause(ix, info, t.start) != theirs
        # a time in another clause than the verb asked about belongs to something else
        other_clause = at is not None and "," in text[min(t.end, at) : max(t.start, at)]
        before_verb = future and at is not None and t.start < at
        return (
            wrong_way,
            others,
            t.kind == "relative" and not future,
            other_clause,
            before_verb,
            sum(abs(t.start - p) for p in spots),
        )

    times = sorted(info.times, key=key)
    if at is not None:
        # "…on January 23, when X, whose appointment had been cancelled…": a time outside the
        # relative clause the asked verb sits in does not date that verb
        times = [t for t in times if linked(ix.lang, text, t.start, t.end, at)]
    return times


def _clause(ix: ArticleIndex, info: SentenceFacts, at: int) -> int:
    """Which of the sentence's contrasted clauses ("…, while …", "…, but …") character ``at``
    is in."""
    contrasts = ix.lang.lex.writing.get("clause_contrasts", frozenset())
    return sum(1 for t in info.tokens if t.norm in contrasts and t.start <= at)


def _clause_of_names(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """The contrasted clause that names everyone the question names, when one does and the
    sentence has more than one."""
    spots = [info.tokens[m.start].start for m in info.mentions if m.entity in q.entity_ids]
    if not spots or not q.entity_ids:
        return None
    found = {_clause(ix, info, p) for p in spots}
    named = {m.entity for m in info.mentions if m.entity in q.entity_ids}
    if (
        len(found) != 1
        or named != set(q.entity_ids)
        or not _clause(ix, info, len(info.sentence.text))
    ):
        return None
    return found.pop()


@kind("how_long", after_answer="how_long")
def how_long(ask: Ask) -> Answer:
    """ "How long will they stay?": a duration ("about 180 days") in the sentence that meets the
    question's other words (not the word that says a duration is asked for)."""
    ix, q = ask.ix, ask.q
    first = next((k for k, w in enumerate(q.words) if w in ix.lang.question_words), 0)
    terms = [t for t in q.terms if t.index != first + 1]
    ranked = rank(ix, q, terms=terms)
    found = best_sentence(ix, q, terms=terms, ranked=ranked)
    if not found:
        return ask.decline(unknown_reason(q) or say("decline.how_long"))
    # of the sentences that meet the question as well as the best, the first with a duration
    # ("An international study has found …" / "the 10-year study revealed …")
    for r in ranked[:5]:
        if r.coverage < found.coverage - 0.05:
            break
        m = _duration(ix, r.info, terms)
        again = best_sentence(ix, q, terms=terms, ranked=[r]) if m is not None else None
        if again is not None:
            return ask.answer(
                say("answer.duration", duration=m.group(0)), [again.info], r.coverage, q.entity_ids
            )
    return ask.decline("decline.how_long")


def _duration(ix: ArticleIndex, info: SentenceFacts, terms) -> re.Match | None:
    """The sentence's duration nearest the question's words: "after two weeks of talks, he
    gave them a 48 hour deadline" — the deadline's is the one beside "deadline"."""
    found = list(ix.lang.duration_re.finditer(info.sentence.text))
    keys = {t.stem for t in terms} | {t.word for t in terms}
    spots = [t for t in info.tokens if t.stem in keys or t.norm in keys]
    if len(found) < 2 or not spots:
        return found[0] if found else None
    return min(
        found,
        key=lambda m: min(
            t.start - m.end() if t.start >= m.end() else m.start() - t.end for t in spots
        ),
    )


@kind("why", after_answer="why")
def why(ask: Ask) -> Answer:
    """The sentence that meets the question and gives a reason: a word of reasons ("because",
    "after", "citing", "for") or a purpose after the asked verb ("flying … to collect a boy");
    a sentence that only mentions the event says nothing of why."""
    found = best_sentence(ask.ix, ask.q, need=0.5)
    if not found or not _gives_reason(ask, found.info):
        return ask.decline(unknown_reason(ask.q) or say("decline.why"))
    info, cov = found
    if not _done_by_asked(ask, info):
        return ask.decline("decline.why")  # "why did C decline?": "A and B declined, citing …"
    if negated(ask.ix.lang, ask.q) and not any(
        t.norm in ask.ix.lang.negations for t in info.tokens
    ):
        return ask.decline("decline.why")  # "why not?": a sentence that says nothing was not done
    text = shortened(info, at=words_at(ask.ix, info, ask.q))
    return ask.answer(say("answer.verbatim", text=text), [info], cov, ask.q.entity_ids)


def _done_by_asked(ask: Ask, info: SentenceFacts) -> bool:
    """Is the asked verb, when the sentence has it and a named doer, done by whom the question
    names as its subject (or a list with them) — not "A and B declined to join, citing the cost, and C
    abstained" for "why did C decline?"."""
    ix, q = ask.ix, ask.q
    k = asked_verb_index(ix, q)  # "why did *Greenfield* decline": the subject, then the verb
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    if k is None or any(w in be for w in q.words[1:k]):
        return True  # "why was X fined?": X underwent it, someone else did it
    named = next((nm for nm in q.names if nm.start == k and nm.entity is not None), None)
    verb = next((t for t in q.terms if named is not None and t.index == named.end), None)
    at = anchor(ix, info, q, [verb]) if verb is not None else None
    actor = actor_at(ix, info, at) if at is not None else None
    if actor is None or actor.entity is None or actor.entity == named.entity:
        return True
    return any(actor.entity in run and named.entity in run for run in name_lists(ix, info))


def _gives_reason(ask: Ask, info: SentenceFacts) -> bool:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    toks = info.tokens
    if any(t.norm in lang.reason_markers for t in toks):
        return True
    k = anchor(ix, info, q, q.terms, exact_first=True)
    if k is not None and _trigger_after(lang, info, k):
        return True
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    return k is not None and any(
        toks[j].norm in to
        and toks[j + 1].norm not in lang.stop
        and not toks[j + 1].text[:1].isupper()
        for j in range(k + 1, len(toks) - 1)
    )


def _trigger_after(lang, info: SentenceFacts, k: int) -> bool:
    """ "The crisis worsened on May 2, when X resigned": after the asked words, a verb of a change
    of state, its time, a comma and a clause of "when" — what happened then is why."""
    when = lang.lex.writing.get("trigger_clauses", frozenset())
    changes = lang.lex.writing.get("trigger_changes", frozenset())
    text, toks = info.sentence.text, info.tokens
    if not any(t.norm in changes for t in toks[k : k + 6]):
        return False  # an action's "when" clause only dates it
    for j in range(k + 1, min(k + 12, len(toks))):
        if toks[j].norm in when:
            return text[toks[j - 1].end : toks[j].start].strip() == ","
        if text[toks[j - 1].end : toks[j].start].strip() not in ("",):
            return False  # another clause before any "when"
    return False


@kind("reaction")
def reaction(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not q.entity_ids:
        return ask.decline(unknown_reason(q))
    actor = q.entity_ids[0]
    rest_terms = [t for t in q.terms if t.concept != REACT and t.word not in lang.react]
    rest_ents = q.entity_ids[1:]
    event = None
    if rest_terms or rest_ents:
        ranked = rank(ix, q, ents=rest_ents, terms=rest_terms)
        if ranked and ranked[0].coverage >= 0.4:
            event = ranked[0].info
    # a sentence where the actor does something ("X, in turn, dismissed …"), not one that only
    # names X ("… a plot hatched by X")
    candidates = [i for i in ix.body if actor in i.entities and _acts(ix, i, actor)]
    if event is not None:
        after = [i for i in candidates if i.sentence.index > event.sentence.index]
        if after:
            return ask.answer(_clause_from(ix, after[0], actor), [after[0]], 0.8, [actor])
    react = [i for i in candidates if REACT in i.concepts]
    if react:
        return ask.answer(_clause_from(ix, react[0], actor), [react[0]], 0.6, [actor])
    return ask.decline("decline.how_reacted", name=ix.name(actor))


def _acts(ix: ArticleIndex, info: SentenceFacts, eid: int) -> bool:
    """Is the entity named where a doer stands: not after a preposition ("staged *by* X",
    "ties *with* X"), though inside a noun phrase ("most *of* the X states") it may be?"""
    lang, toks = ix.lang, info.tokens
    for m in info.mentions:
        if m.entity != eid or m.start < 0 or m.possessive:
            continue
        j = m.start - 1
        while j >= 0 and toks[j].norm in lang.determiners:
            j -= 1
        if j < 0 or toks[j].norm not in lang.stop or toks[j].norm in lang.of_words:
            return True
        if toks[j].norm in lang.coordinators:
            return True
    return False


def _clause_from(ix: ArticleIndex, info: SentenceFacts, eid: int) -> Message:
    """ "X, in turn, dismissed the move": X and what follows the name."""
    for m in info.mentions:
        if m.entity == eid and m.start >= 0 and not m.possessive:
            rest = info.sentence.text[info.tokens[m.end - 1].end :].strip(" ,")
            rest = ix.lang.clause_opener_re.sub("", rest)
            return say("answer.reaction", name=ix.name(eid), clause=rest)
    return say("answer.verbatim", text=info.sentence.text)
