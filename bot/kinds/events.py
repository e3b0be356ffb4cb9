"""Events — when and why something happened, who did it, whether it did (yes/no), how someone
reacted, and what: the sentence that meets the question's words, and the time, agent or clause
in it. (Where it happened: :mod:`bot.kinds.places`.)"""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.actors import Actor
from ..answering.agents import anchor, asked_verb_index, enumerated, who
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    Found,
    best_sentence,
    grounded,
    names_nearby,
    prefer_body,
    rank,
    shortened,
    unknown_blocks,
)
from ..answering.index import ArticleIndex
from ..answering.polarity import (
    DENIES,
    HEDGES,
    STATES,
    UNDECIDED,
    clause_end,
    clause_start,
    opposite_at,
    polarity,
)
from ..answering.question import Query, Term
from ..answering.registry import Pass, kind
from ..answering.timing import future_in, linked, nearest_time, participle
from ..answering.wanted import is_person, wanted_name
from ..facts import SentenceFacts, TimeExpr
from ..replies import Listed, Message

_YEAR = re.compile(r"\b\d{4}\b")
REACT = "react"  # the concept (vocabulary.yaml `concepts`) of reacting


@kind("who_did")
def who_did(ask: Ask) -> Answer:
    """The subject (or a passive verb's agent) of the verb asked about, in the first of the
    best sentences that has that verb and a subject for it."""
    ix, q = ask.ix, ask.q
    k = asked_verb_index(ix, q)
    verb = next((t for t in q.terms if t.index == k), None) if k is not None else None
    # "who will win?" asks about the future; "who said the unions will not rest?" does not
    future = any(w in ix.lang.future_auxiliaries for w in q.words[1 : k if k else 2])
    ranked = rank(ix, q)
    wanted = wanted_name(ix, q)  # "which minister …": a person; "which country …": no person
    first = None
    # the best sentences that have the asked verb, then (a synonym the language does not know)
    # the best sentence
    for rows, must in ((ranked[:3], verb), (ranked[:1], None)):
        for r in rows if must is not None or first is None else ():
            found = best_sentence(ix, q, must=must, ranked=[r])
            if found is None:
                continue
            first = first or found
            if future and not future_in(ix, found.info, q):
                continue  # "Who will win the runoff?" is not answered by who won the first round
            actor = who(ix, found.info, q)
            if actor is not None and _fits(ix, wanted, actor):
                return _actor_answer(ask, actor, found)
    if first is None:
        return ask.decline(unknown_reason(q))
    if future and not future_in(ix, first.info, q):
        return ask.decline("decline.who_will")
    return ask.decline("decline.who")


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


@kind("when", passes=("nothing_asked",))
def when(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    ranked = rank(ix, q, pool=ix.timed)  # once, for the best sentence and its close rivals
    found = best_sentence(ix, q, must=participle(lang, q), ranked=ranked)
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
    if not times:
        return ask.decline("decline.when")
    t = _with_tail(lang, info, times[0])
    return ask.answer(say("answer.time", time=t[:1].upper() + t[1:]), [info], cov, q.entity_ids)


def _with_tail(lang, info: SentenceFacts, t: TimeExpr) -> str:
    """ "tomorrow morning at 11am": the time with the part of the day and the hour after it."""
    m = lang.time_tail_re.match(info.sentence.text, t.end)
    return info.sentence.text[t.start : m.end()] if m and m.end() > t.end else t.text


def _times_for(ix: ArticleIndex, info: SentenceFacts, ask: Ask) -> list[TimeExpr]:
    """The sentence's times, the one that dates what the question is about first: nearest its
    verb and names, the right way in time, in the verb's clause (or none, if none is)."""
    q = ask.q
    future = q.has(ix.lang.future_hints)
    k = anchor(ix, info, q, q.terms, exact_first=True)
    spots = [info.tokens[k].start] if k is not None else []
    spots += [
        info.tokens[m.start].start
        for m in info.mentions
        if m.entity in q.entity_ids and m.start >= 0
    ][:2]
    text = info.sentence.text
    at = info.tokens[k].start if k is not None else None

    def key(t: TimeExpr):
        wrong_way = (t.direction == "past") if future else (t.direction == "future")
        # a time in another clause than the verb asked about belongs to something else
        other_clause = at is not None and "," in text[min(t.end, at) : max(t.start, at)]
        before_verb = future and at is not None and t.start < at
        return (
            wrong_way,
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


@kind("why")
def why(ask: Ask) -> Answer:
    """The sentence that meets the question and gives a reason: a word of reasons ("because",
    "after", "citing", "for") or a purpose after the asked verb ("flying … to collect a boy");
    a sentence that only mentions the event says nothing of why."""
    found = best_sentence(ask.ix, ask.q, need=0.5)
    if not found or not _gives_reason(ask, found.info):
        return ask.decline(unknown_reason(ask.q) or say("decline.why"))
    info, cov = found
    return ask.answer(say("answer.verbatim", text=shortened(info)), [info], cov, ask.q.entity_ids)


def _gives_reason(ask: Ask, info: SentenceFacts) -> bool:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    toks = info.tokens
    if any(t.norm in lang.reason_markers for t in toks):
        return True
    k = anchor(ix, info, q, q.terms, exact_first=True)
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    return k is not None and any(
        toks[j].norm in to
        and toks[j + 1].norm not in lang.stop
        and not toks[j + 1].text[:1].isupper()
        for j in range(k + 1, len(toks) - 1)
    )


@kind("confirm")
def confirm(ask: Ask) -> Answer:
    """A yes/no question: yes when a sentence states it with the question's own words and its
    first name doing it; no when that sentence denies it ("was not able to"), or when one says
    the opposite ("acquitted" for "convicted"); a decline when it only hedges ("could sign"), or
    when nothing says it."""
    q = ask.q
    found = _met(ask)
    if found is not None:
        said = _said(ask, found.info)
        if said is not None:
            return ask.answer(said, [found.info], found.coverage, q.entity_ids)
        if not q.entity_ids or _subject_at(ask, found.info) is not None:
            return ask.decline("decline.not_in_those_words")
    other = _opposite(ask)
    if other is not None:
        return ask.answer(
            say("answer.confirm.otherwise"), [other.info], other.coverage, q.entity_ids
        )
    if found is None:
        return ask.decline(unknown_reason(q))
    return ask.decline("decline.not_in_those_words")


def _met(ask: Ask) -> Found | None:
    """Of the best few sentences, the first that meets the question's words: every real word
    (weak ones may miss when a name says who); with no name in the question, every word — "did
    the teachers union join" is not "the Dockers Union joined"."""
    ix, q = ask.ix, ask.q
    if unknown_blocks(q):
        return None
    for _s, cov, info in rank(ix, q)[:3]:
        if cov < 0.75:
            break
        if grounded(ix, q, info, need=0.85 if q.entity_ids else 1.0) and names_nearby(ix, q, info):
            return Found(prefer_body(ix, info), cov)
    return None


def _asked_term(q: Query) -> Term | None:
    """The word a yes/no question asks about: the first content word after its first name ("did
    X *sign* …"), else its last ("were the guides *convicted*")."""
    strong = [t for t in q.terms if t.weight >= 1.0 and t.index >= 0]
    if not strong:
        return None
    if q.names:
        after = [t for t in strong if t.index >= q.names[0].end]
        if after:
            return after[0]
    return strong[-1]


def _terms_at(ix: ArticleIndex, info: SentenceFacts, t: Term) -> list[int]:
    """Where the term is in the sentence: its own word first, then words of its concept."""
    own = [k for k, tok in enumerate(info.tokens) if tok.stem == t.stem or tok.norm == t.word]
    kin = [
        k
        for k, tok in enumerate(info.tokens)
        if k not in own and t.concept and ix.lang.concepts.get(tok.stem) == t.concept
    ]
    return own + kin


def _subject_at(ask: Ask, info: SentenceFacts) -> int | None:
    """The word asked about, where the question's first name does it ("Did X win?" is not
    answered by "Y beat X"; "Did X travel?" by "X discussed Y's visit … during his trip");
    None when someone else does."""
    ix, q = ask.ix, ask.q
    t = _asked_term(q)
    spots = _terms_at(ix, info, t) if t is not None else []
    if not spots:
        k = anchor(ix, info, q, q.terms)
        spots = [k] if k is not None else []
    for k in spots:
        if q.entity_ids and not _subject(ix, info, k, q.entity_ids[0]):
            continue
        if not q.entity_ids and t is not None and not _described_subject(ix, info, k, q, t):
            continue
        if not _object(ix, info, k, q.entity_ids[1:]):
            continue
        return k
    return None


def _object(ix: ArticleIndex, info: SentenceFacts, k: int, objects: tuple[int, ...]) -> bool:
    """ "Did X travel to Varby?": the first name after the word asked about, in its clause, is
    one the question names after it ("X's visit to Oskarby" is no trip to Varby)."""
    if not objects:
        return True
    end = clause_end(ix.lang, info, k)
    after = sorted((m for m in info.mentions if k < m.start < end), key=lambda m: m.start)
    return not after or after[0].entity in objects


def _said(ask: Ask, info: SentenceFacts) -> Message | None:
    """Yes, no, or abstained, from the clause of the word asked about; None: not in those words."""
    q, lang = ask.q, ask.ix.lang
    k = _subject_at(ask, info)
    if k is None:
        return None
    said = polarity(lang, info, k, q.words)
    if said == DENIES:
        return say("answer.confirm.otherwise")
    if said == UNDECIDED:
        return say("answer.confirm.undecided")
    if said == HEDGES:
        return None
    # "Did X vote for it?" / "X voted against it"; "X abstained"
    near = {t.norm for t in info.tokens[max(0, k - 3) : k + 3]}
    asked = set(q.words)
    if (near & lang.against_words) - asked:
        return say("answer.confirm.otherwise")
    if near & lang.abstain and not asked & lang.abstain:
        return say("answer.confirm.abstained")
    return say("answer.confirm.yes")


def _opposite(ask: Ask) -> Found | None:
    """A sentence that says the opposite of a word asked about, and meets the rest of the
    question: "Were the guides convicted?" / "Two guides who survived were acquitted"."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    asked = _asked_term(q)
    firsts = [asked] if asked is not None else []
    for t in firsts + [x for x in q.terms if x.weight >= 1.0 and x is not asked]:
        if not (lang.opposites.get(t.stem) or lang.opposites.get(t.word)):
            continue
        rest = [x for x in q.terms if x is not t]
        for _s, cov, info in rank(ix, q, terms=rest)[:3]:
            k = opposite_at(lang, info, (t.stem, t.word))
            if k is None or not _meets_rest(ix, q, info, rest):
                continue
            if q.entity_ids and not _subject(ix, info, k, q.entity_ids[0]):
                continue
            if not q.entity_ids and not _described_subject(ix, info, k, q, t):
                continue
            if polarity(lang, info, k, q.words) == STATES:
                return Found(prefer_body(ix, info), cov)
    return None


def _meets_rest(ix: ArticleIndex, q: Query, info: SentenceFacts, rest: list[Term]) -> bool:
    if rest and not grounded(ix, q, info, rest, need=0.85 if q.entity_ids else 1.0):
        return False
    return names_nearby(ix, q, info) and not unknown_blocks(q)


def _described_subject(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query, t: Term) -> bool:
    """ "Did the nurse survive?": the words before the asked one (the nurse) are in word ``k``'s
    clause, or its clause has no subject of its own (or is a relative clause) and the clause
    before has them — not "the pilot was killed, but the nurse …"."""
    lang = ix.lang
    subject = [x for x in q.terms if x.index < t.index]
    if not subject:
        return True
    keys = {x.stem for x in subject} | {x.word for x in subject}

    def has(a: int, b: int) -> bool:
        return any(tok.stem in keys or tok.norm in keys for tok in info.tokens[a:b])

    a, b = clause_start(lang, info, k), clause_end(lang, info, k)
    if has(a, b):
        return True
    own = [tok for tok in info.tokens[a:k] if tok.norm not in lang.stop]
    relative = info.tokens[a].norm in lang.relative_pronouns  # "two guides who survived were…"
    return (not own or relative) and a > 0 and has(clause_start(lang, info, a - 1), a)


def _subject(ix: ArticleIndex, info: SentenceFacts, k: int, eid: int) -> bool:
    """Is the entity (or the list it is in) the last name before word ``k``, or, for a noun
    ("an *apology* from X", "his *trip*"), the one it is of?"""
    lang, toks = ix.lang, info.tokens
    if k > 0 and (toks[k - 1].possessive or toks[k - 1].norm in lang.determiners):
        owner = next((m for m in info.mentions if m.possessive and m.end == k), None)
        if owner is not None:
            return owner.entity == eid  # "Ryabkov's trip", "his trip"
        if toks[k - 1].norm in lang.person_pronouns:  # "his trip", the facts saying not whose
            people = [
                m
                for m in info.mentions
                if 0 <= m.start < k and ix.entity(m.entity).kind == "person" and not m.possessive
            ]
            return bool(people) and people[-1].entity == eid
        by = lang.agent_prepositions | lang.from_words
        if k + 2 < len(toks) and toks[k + 1].norm in by:
            after = [m for m in info.mentions if k + 2 <= m.start <= k + 3]
            if after:
                return after[0].entity == eid  # "an apology from Adventure World"
    before = [m for m in info.mentions if 0 <= m.start < k and not m.possessive]
    listed = enumerated(ix, info)
    return bool(before) and (
        before[-1].entity == eid or (eid in listed and before[-1].entity in listed)
    )


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
    candidates = [i for i in ix.body if actor in i.entities]
    if event is not None:
        after = [i for i in candidates if i.sentence.index > event.sentence.index]
        if after:
            return ask.answer(_clause_from(ix, after[0], actor), [after[0]], 0.8, [actor])
    react = [i for i in candidates if REACT in i.concepts]
    if react:
        return ask.answer(_clause_from(ix, react[0], actor), [react[0]], 0.6, [actor])
    return ask.decline("decline.how_reacted", name=ix.name(actor))


def _clause_from(ix: ArticleIndex, info: SentenceFacts, eid: int) -> Message:
    """ "X, in turn, dismissed the move": X and what follows the name."""
    for m in info.mentions:
        if m.entity == eid and m.start >= 0 and not m.possessive:
            rest = info.sentence.text[info.tokens[m.end - 1].end :].strip(" ,")
            rest = ix.lang.clause_opener_re.sub("", rest)
            return say("answer.reaction", name=ix.name(eid), clause=rest)
    return say("answer.verbatim", text=info.sentence.text)
