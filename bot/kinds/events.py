"""Events — when, where and why something happened, who did it, whether it did (yes/no), how
someone reacted, and what: the sentence that meets the question's words, and the time, place,
agent or clause in it."""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.agents import agent, anchor, enumerated
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    best_sentence,
    grounded,
    names_nearby,
    prefer_body,
    rank,
    shortened,
    unknown_blocks,
)
from ..answering.index import ArticleIndex
from ..answering.question import Query
from ..answering.registry import Pass, kind
from ..answering.stances import negated
from ..answering.timing import future_in, linked, nearest_time, participle
from ..facts import SentenceFacts, TimeExpr
from ..replies import Listed, Message

_YEAR = re.compile(r"\b\d{4}\b")
REACT = "react"  # the concept (vocabulary.yaml `concepts`) of reacting
NEED = 0.75 - 1e-9  # the coverage a yes needs (sums of weights are not exact)


@kind("who_did", after_answer="who_did")
def who_did(ask: Ask) -> Answer:
    ix, q = ask.ix, ask.q
    found = best_sentence(ix, q)
    if not found:
        return ask.decline(unknown_reason(q))
    info, cov = found
    if q.has(ix.lang.future_auxiliaries) and not future_in(ix, info, q):
        # "Who will win the runoff?" is not answered by who won the first round
        return ask.decline("decline.who_will")
    who = agent(ix, info, q)
    if who is None:
        return ask.decline("decline.who")
    listed = enumerated(ix, info)
    if who in listed and len(listed) >= 2:  # "Norway, Japan, Canada and Germany have pledged"
        names = Listed.of([ix.name(e) for e in listed])
        return ask.answer(say("answer.names", names=names), [info], cov, listed)
    return ask.answer(say("answer.name", name=ix.name(who)), [info], cov, [who])


@kind("whom", passes=("no_object",))
def whom(ask: Ask) -> Answer | Pass:
    """ "Who did X thank?": the first name after X's verb in the sentence that says it."""
    ix, q = ask.ix, ask.q
    if not q.names or q.names[0].entity is None:
        return Pass("no_object")
    verb = next((t for t in q.terms if t.index >= q.names[0].end), None)
    found = best_sentence(ix, q) if verb is not None else None
    if not found:
        return Pass("no_object")
    info, cov = found
    k = anchor(ix, info, q, [verb])
    if k is None:
        return Pass("no_object")
    after = sorted((m for m in info.mentions if k < m.start <= k + 8), key=lambda m: m.start)
    for m in after:
        if m.entity not in q.entity_ids and not m.possessive:
            return ask.answer(say("answer.name", name=ix.name(m.entity)), [info], cov, [m.entity])
    return Pass("no_object")


@kind("when", passes=("nothing_asked",), after_answer="when")
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
    t = times[0].text
    return ask.answer(say("answer.time", time=t[:1].upper() + t[1:]), [info], cov, q.entity_ids)


def _times_for(ix: ArticleIndex, info: SentenceFacts, ask: Ask) -> list[TimeExpr]:
    """The sentence's times, the one that dates what the question is about first: nearest its
    verb and names, the right way in time, in the verb's clause (or none, if none is)."""
    q = ask.q
    future = q.has(ix.lang.future_hints)
    k = anchor(ix, info, q, q.terms)
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


@kind("how_long", after_answer="how_long")
def how_long(ask: Ask) -> Answer:
    """ "How long will they stay?": a duration ("about 180 days") in the sentence that meets the
    question's other words (not the word that says a duration is asked for)."""
    ix, q = ask.ix, ask.q
    first = next((k for k, w in enumerate(q.words) if w in ix.lang.question_words), 0)
    terms = [t for t in q.terms if t.index != first + 1]
    found = best_sentence(ix, q, terms=terms)
    if not found:
        return ask.decline(unknown_reason(q) or say("decline.how_long"))
    info, cov = found
    m = ix.lang.duration_re.search(info.sentence.text)
    if m is None:
        return ask.decline("decline.how_long")
    return ask.answer(say("answer.duration", duration=m.group(0)), [info], cov, q.entity_ids)


@kind("where", after_answer="where")
def where(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    dl = ix.article.dateline
    if not q.entity_ids and q.has(lang.article_words) and dl:
        lead = [ix.article.lead] if ix.article.lead else []
        return ask.answer(say("answer.dateline_place", place=dl.place, dateline=dl.text), lead, 0.9)
    # the place asked about is not a topic word: "which city" says nothing of the sentence
    terms = [t for t in q.terms if t.word not in lang.place_nouns]
    found = best_sentence(ix, q, pool=ix.placed, terms=terms, must=participle(lang, q))
    if not found:
        return ask.decline(unknown_reason(q) or say("decline.where"))
    info, cov = found
    places = [p for p in info.places if p.entity not in q.entity_ids] or list(info.places)
    at = anchor(ix, info, q, terms)
    if at is not None:
        places = [p for p in places if p.token > at] or places
    places = [p for p in places if not _owned(info, p, q)] or places
    p = places[0]
    return ask.answer(say("answer.place", place=p.name, phrase=p.phrase), [info], cov, q.entity_ids)


def _owned(info: SentenceFacts, p, q: Query) -> bool:
    """ "discussed Y's visit to Moscow during his trip to Oslo", asked about X: the place of
    another name's own noun (one the question does not ask about) is not where X did it."""
    return any(
        m.possessive and m.start >= 0 and m.entity not in q.entity_ids and 0 < p.token - m.end <= 3
        for m in info.mentions
    )


@kind("why", after_answer="why")
def why(ask: Ask) -> Answer:
    found = best_sentence(ask.ix, ask.q, need=0.5)
    if not found:
        return ask.decline(unknown_reason(ask.q) or say("decline.why"))
    info, cov = found
    if negated(ask.ix.lang, ask.q) and not any(
        t.norm in ask.ix.lang.negations for t in info.tokens
    ):
        return ask.decline("decline.why")  # "why not?": a sentence that says nothing was not done
    text = shortened(info, at=_at(ask.ix, info, ask.q))
    return ask.answer(say("answer.verbatim", text=text), [info], cov, ask.q.entity_ids)


@kind("confirm", passes=("no_claim",), after_answer="confirm")
def confirm(ask: Ask) -> Answer | Pass:
    """A yes/no question: yes when a sentence says so with the question's own words and its first
    name doing it, no when that sentence negates it, else a decline."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not q.terms and q.entity_ids and not q.unknown:
        return Pass("no_claim")  # "Peskov?", "а Австралия?": nothing to say yes to
    if unknown_blocks(q) or not q.terms:
        return ask.decline(unknown_reason(q))
    # every real word met (weak ones may miss when a name says who); with no name in the
    # question, every word — "did the teachers union join" is not "the Dockers Union joined";
    # of the best sentences, the first that meets them all
    need = 0.85 if q.entity_ids else 1.0
    ranked = [r for r in rank(ix, q)[:3] if r.coverage > NEED and names_nearby(ix, q, r.info)]
    if not ranked:
        return ask.decline(unknown_reason(q))
    found = next((r for r in ranked if grounded(ix, q, r.info, need=need)), None)
    if found is None:
        return ask.decline()
    info, cov = prefer_body(ix, found.info), found.coverage
    k = anchor(ix, info, q, q.terms)
    # "Did X win?": the sentence must have X doing it, not someone else ("Y beat X")
    if q.entity_ids and k is not None and not _subject(ix, info, k, q.entity_ids[0]):
        return ask.decline("decline.not_in_those_words")
    # "Did X sign?" / "X declined to sign", "Did X vote for it?" / "X voted against it":
    # the sentence says the opposite of what is asked — no, never yes
    said = say("answer.confirm.yes")
    if _other_day(ix, q, info):  # "was it on Sunday?" / "… on Monday"
        said = say("answer.confirm.otherwise")
    elif k is not None:
        near = {t.norm for t in info.tokens[max(0, k - 3) : k + 3]}
        asked = set(q.words)
        if (near & lang.negations) - asked or (near & lang.against_words) - asked:
            said = say("answer.confirm.otherwise")
        elif near & lang.abstain and not asked & lang.abstain:
            said = say("answer.confirm.abstained")
    return ask.answer(said, [info], cov, q.entity_ids)


def _other_day(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """Does the question name a weekday (or month) the sentence does not, where the sentence
    names another?"""
    said = ix.time_words[info.sentence.index]
    for names in (ix.lang.weekdays, ix.lang.months):
        asked = q.time_words & names
        if asked and not asked & said and said & names:
            return True
    return False


def _subject(ix: ArticleIndex, info: SentenceFacts, k: int, eid: int) -> bool:
    """Is the entity (or the list it is in) the last name before word ``k``, or is it the
    speaker of a quote that says "we"/"I" right before it ("We have met…," X stressed)?"""
    x = info.quote
    if x is not None and x.direct and x.speaker == eid:
        if any(t.norm in ix.lang.first_person for t in info.tokens[max(0, k - 3) : k]):
            return True
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


@kind("what", passes=("yes_no",), after_answer="what")
def what(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if q.words and q.words[0] in lang.aux:
        return Pass("yes_no")  # a yes/no question: yes from the article, or decline
    if unknown_blocks(q) or (not q.terms and not q.entity_ids):
        return ask.decline(unknown_reason(q))
    # "which TV channel…": the name next to the noun asked about
    if q.has(lang.which_words) and q.terms:
        named = _which_name(ask)
        if named:
            return named
    if not q.terms and len(q.entity_ids) < 2:
        # only names: a sentence where they all appear together
        return ask.decline("decline.about_them")
    found = best_sentence(ix, q, need=0.5)
    if not found:
        return ask.decline(unknown_reason(q))
    info, cov = found
    text = shortened(info, at=_at(ix, info, q))
    return ask.answer(say("answer.verbatim", text=text), [info], cov, q.entity_ids)


def _at(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """Where in the sentence the question's own words are (a character offset), if anywhere."""
    k = anchor(ix, info, q, q.terms)
    return info.tokens[k].start if k is not None else None


def _which_name(ask: Ask) -> Answer | None:
    """ "which TV channel…": the name the asked-for noun belongs to in a matching sentence."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    wh = next(i for i, w in enumerate(q.words) if w in lang.which_words)
    terms = [t for t in q.terms if t.word not in lang.naming_words and t.index > wh]
    if not terms:
        return None
    noun = terms[0]
    # "which channel…", "what TV channel…", "what is the name of the channel…"
    named = any(
        " ".join(q.words[wh + 1 : wh + 1 + len(p.split())]).startswith(p) for p in lang.name_of
    )
    if noun.index not in (wh + 1, wh + 2) and not (named and noun.index <= wh + 7):
        return None
    for info in ix.facts.sentences:
        if not grounded(ix, q, info):
            continue
        for k, t in enumerate(info.tokens):
            same = t.stem == noun.stem or t.norm == noun.word
            if not same and not (
                noun.concept
                and lang.concepts.get(t.stem) == noun.concept
                and t.norm not in lang.stop
            ):
                continue
            # the name around the noun: "X TV channel", "the channel X" ("broadcaster" ~ channel)
            for m in info.mentions:
                if m.start >= 0 and (
                    m.start <= k < m.end or m.end == k or m.end == k - 1 or m.start == k + 1
                ):
                    e = ix.entity(m.entity)
                    if e.kind != "person" and all(x in info.entities for x in q.entity_ids):
                        return ask.answer(say("answer.name", name=e.name), [info], 0.8, [e.id])
    return None
