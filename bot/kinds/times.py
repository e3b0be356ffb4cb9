"""Times — when something happened and for how long: the sentence that meets the question's
words, and the time (or duration) in it that dates what was asked, the right way in time."""

from __future__ import annotations

import dataclasses
import functools
import re

from ..answer import Answer
from ..answering.agents import (
    anchor,
)
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    asked_speaker,
    best_sentence,
    meeting_words,
    prefer_body,
    rank,
    said_by,
    says,
    subject_absent,
    term_keys,
    written,
    written_line,
)
from ..answering.index import ArticleIndex
from ..answering.polarity import not_done, planned
from ..answering.question import Query
from ..answering.registry import Pass, kind
from ..answering.timing import linked, nearest_time, only_its_noun, participle
from ..facts import SentenceFacts, TimeExpr
from ..text import fold

_YEAR = re.compile(r"\b\d{4}\b")


@functools.lru_cache(maxsize=8)
def _phrases_re(phrases: frozenset[str]) -> re.Pattern:
    """One regex of the phrases, each a whole run of words of a written line."""
    return re.compile(
        " (?:" + "|".join(map(re.escape, sorted(phrases, key=len, reverse=True))) + ") "
    )


@kind("when", passes=("nothing_asked",), after_answer="when")
def when(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    terms = _not_the_kind_of_time(lang, q)  # "which month was X in Y?": no topic "month"
    after, span = _later_than(lang, q)  # "… after the 1995 attack?": no topic "attack", "1995"
    if span:
        terms = [t for t in (q.terms if terms is None else terms) if t.index not in span]
    ranked = rank(ix, q, pool=ix.timed, terms=terms)  # once, for the best and its close rivals
    speaker = asked_speaker(ix, q)  # "when did X say the trip would happen?": X's words only
    if speaker is not None:
        ranked = [r for r in ranked if said_by(ix, speaker, r.info)]
    # "In May, X discussed plans for Y's trip": May dates the discussion, not the trip
    ranked = [r for r in ranked[:4] if not _planned(ix, r.info, q)]  # the best and its rivals
    # "X set it up in July prior to calling the election": July dates the setting up
    ranked = [r for r in ranked if not _placed_against(ix, r.info, q)]
    # "a massacre soon after the vote two years ago": the time dates the vote
    ranked = [r for r in ranked if not _dates_the_other(ix, r.info, q)]
    # "on May 2, when X, whose licence had been revoked by Y, resigned": May 2 dates the
    # resignation, not the revocation (a past before the sentence's, in a clause of its own)
    ranked = [r for r in ranked if not _earlier_clause(lang, r.info, q)]
    # "When did the earthquake strike?": not "the region was last hit … in 2011"
    ranked = [r for r in ranked if not _before_this(lang, r.info, q)] or ranked
    # "when did X get out after the 1995 attack?": not a time in 1995 or before
    ranked = [r for r in ranked if not _not_later(r.info, after)] if after else ranked
    # "When does the ban take effect?": not "Y introduced a similar ban in 2021"
    ranked = [r for r in ranked if not _another_one(lang, r.info, q)] or ranked
    must = participle(lang, q, ix.persons)
    if must is not None:  # "when was X set up?": of the rivals, one that says it
        ranked = [r for r in ranked if says(r.info, must)] or ranked
    found = best_sentence(ix, q, must=must, ranked=ranked, terms=terms)
    if found and only_its_noun(lang, q, must, found.info):
        found = None  # "when was the footage recorded?" of "footage of the May 2 raid"
    if found and subject_absent(ix, q, found.info, True):
        found = None  # "when did X go to Y?" of "Z went to Y": not X's going
    if found:
        found = nearest_time(ix, q, ranked, found)
    if not found:
        if not q.terms and not q.entity_ids and not q.has(ix.lang.event_pronouns):
            return Pass("nothing_asked")  # ("when was it?" with nothing before: it is nothing)
        return ask.decline(unknown_reason(q) or say("decline.when"))
    info, cov = found
    if _own_has(q, lang.year_words) and not any(_YEAR.search(t.text) for t in info.times):
        return ask.decline("decline.no_year")
    times = _times_for(ix, info, ask, terms if span else None)
    if not times or _wrong_way(lang, q, times[0], info):
        # "When did it begin?" is not answered by "shortly after it began"
        return ask.decline("decline.when")
    if _own_has(q, lang.day_words) and not _names_day(lang, times[0]):
        return ask.decline("decline.when")  # "what dates?" is not "in the near future"
    if times[0].kind != "clock" and _asks_hour(lang, q):
        return ask.decline("decline.when")  # "what time did it land?" is not "last night"
    t = _written(
        lang, info, _other_clock(info, _joined(lang, info, _from_what(lang, info, times[0])))
    )
    t = t.rstrip(".")  # "4:17 a.m." ends the answer once
    return ask.answer(say("answer.time", time=t[:1].upper() + t[1:]), [info], cov, q.entity_ids)


RIVAL = 0.05  # a second sentence this close to the best tells the event too: which is unsure


def event_time(ask: Ask) -> tuple[SentenceFacts, TimeExpr] | None:
    """The one sentence that tells the event the question names (the best of all sentences, no
    close rival telling it too) and the time that dates its verb there, as "when" reads it;
    None when no sentence tells it, or its sentence gives it no time (its times dating a plan
    of it, another clause, an earlier one of its kind, or another event it is placed against)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    ranked = rank(ix, q)
    found = best_sentence(ix, q, ranked=ranked, need=0.5)
    if found is None:
        return None
    info = found.info
    best = info.sentence.index
    for r in ranked[1:3]:
        if r.coverage >= found.coverage - RIVAL and prefer_body(ix, r.info).sentence.index != best:
            return None  # two sentences tell it as well: which one's time is its?
    if not info.times or any(
        unsure(ix, info, q) for unsure in (_planned, _placed_against, _dates_the_other)
    ):
        return None
    if any(unsure(lang, info, q) for unsure in (_earlier_clause, _before_this, _another_one)):
        return None
    times = _times_for(ix, info, ask)
    if not times or _wrong_way(lang, q, times[0], info):
        return None
    return info, times[0]


def _own_has(q: Query, words: frozenset[str]) -> bool:
    """Does the question use any of these words of its own — not in the question a follow-up
    merged in ("when could he sign?" after an answer quoting "in three or four days")?"""
    return not words.isdisjoint(q.words[: q.own_end])


def _asks_hour(lang, q) -> bool:
    """ "What time did it happen?", "at what hour": the hour is asked — a word of the clock
    right after "what" (or "which")."""
    clock = lang.lex.classes.get("clock_nouns", ())
    w = q.words
    return any(w[k] in lang.which_words and w[k + 1] in clock for k in range(len(w) - 1))


def _not_the_kind_of_time(lang, q) -> list | None:
    """The question's terms less the kind of time it asks for ("which *month*", "what *day*"):
    what a sentence must meet is the rest (None: the terms as they are)."""
    kinds = lang.lex.classes.get("time_noun", ())
    if not any(t.word in kinds for t in q.terms):
        return None
    return [t for t in q.terms if t.word not in kinds]


def _before_this(lang, info: SentenceFacts, q) -> bool:
    """Does the sentence tell of an earlier time the same happened ("was last hit by a quake in
    2011", "had previously won it in 1998") — a marker right before a past verb — when the
    question does not ask for the last time?"""
    marks = lang.lex.words.get("earlier_time_markers", frozenset())
    if not _says_any(info, marks) or q.has(marks):
        return False
    w = lang.lex.writing
    past = w.get("irregular_past", frozenset()) | w.get("bare_participles", frozenset())
    toks = info.tokens
    return any(
        t.norm in marks and (lang.lex.rules.is_past(toks[k + 1].norm) or toks[k + 1].norm in past)
        for k, t in enumerate(toks[:-1])
    )


def _later_than(lang, q) -> tuple[int | None, range]:
    """The year the asked time comes after ("after the 1995 attack", "since 1995": within two
    words of "after") and the words of that phrase (up to the word after the year); no year
    and no words when the question names none so."""
    later = lang.lex.words.get("later_than_words", frozenset())
    if not q.has(later):
        return None, range(0)  # (nearly always)
    w = q.words
    for k in range(len(w) - 1):
        at = next((j for j in (k + 1, k + 2) if j < len(w) and _YEAR.fullmatch(w[j])), None)
        if w[k] in later and at is not None:
            return int(w[at]), range(k, at + 2)
    return None, range(0)


def _not_later(info: SentenceFacts, year: int) -> bool:
    """Are the years the sentence's times write all that year or before (one at least)?"""
    years = [int(m.group()) for t in info.times for m in [_YEAR.search(t.text)] if m]
    return bool(years) and max(years) <= year


def _says_any(info: SentenceFacts, words: frozenset[str]) -> bool:
    """Does the sentence write any of these words (stop words included)?"""
    return not words.isdisjoint(written(info))


def _earlier_clause(lang, info: SentenceFacts, q) -> bool:
    """Is the question's past participle ("when was X *cancelled*?") met in the sentence only
    inside a relative clause in the past before the past ("whose appointment had been
    cancelled") that opens after all of the sentence's times — so that they date something
    else?"""
    w, wr = lang.lex.words, lang.lex.writing
    had = w.get("pluperfect_auxiliaries", frozenset())
    if not info.times or not _says_any(info, had) or _own_has(q, had):
        return False
    rel = wr.get("relative_pronouns", frozenset())
    past = wr.get("irregular_past", frozenset()) | wr.get("bare_participles", frozenset())
    toks = info.tokens
    asked = {
        x
        for t in q.terms
        if lang.lex.rules.is_past(t.word) or t.word in past
        for x in (t.stem, t.word)
    }
    hits = [k for k, t in enumerate(toks) if t.stem in asked or t.norm in asked]
    reach = 8
    if not asked:  # "when did the court do that?": no verb of its own — where its doer stands
        hits, reach = _doer_tokens(q, info), SUBJECT_REACH
    if not hits:
        return False
    first_time = min(t.start for t in info.times)
    for k in hits:
        r = next((j for j in range(k - 1, max(k - reach, -1), -1) if toks[j].norm in rel), None)
        if r is None or not any(toks[j].norm in had for j in range(r + 1, k + 3)):
            return False
        if toks[r].start < max(t.end for t in info.times) or first_time > toks[r].start:
            return False
    return True


SUBJECT_REACH = 16  # "whose appointment to that post had been cancelled by the X Court"


def _doer_tokens(q, info: SentenceFacts) -> list[int]:
    """The sentence's tokens of what a question without a verb of its own names ("when did *the
    court* do that?"): the words of its terms and the entities it asks about."""
    words = {x for t in q.terms for x in (t.stem, t.word)}
    hits = {k for k, t in enumerate(info.tokens) if t.stem in words or t.norm in words}
    for m in info.mentions:
        if m.entity in q.entity_ids and m.start >= 0:
            hits.add(m.start)
    return sorted(hits)


def _another_one(lang, info: SentenceFacts, q) -> bool:
    """Is every word of the sentence that the question's "the X" names a thing of the same kind
    but another one ("a similar ban", "another strike") — when the question does not ask so?"""
    marks = lang.lex.words.get("another_of_kind", frozenset())
    if not _says_any(info, marks) or q.has(marks):
        return False
    the = {q.words[k + 1] for k in range(len(q.words) - 1) if q.words[k] in lang.the}
    toks = info.tokens
    hits = [k for k, t in enumerate(toks) if t.norm in the]
    return bool(hits) and all(k > 0 and toks[k - 1].norm in marks for k in hits)


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


OBJECT = 5  # words of the phrase a time is counted from ("a month before the first vote")


def _from_what(lang, info: SentenceFacts, t: TimeExpr) -> TimeExpr:
    """ "A month before the vote": a time counted from another ends with what it is counted
    from, the noun phrase after its preposition (to a punctuation mark or another clause)."""
    preps = lang.lex.writing.get("time_prepositions", frozenset())
    if t.kind != "counted" or fold(t.text).split()[-1] not in preps:
        return t
    text, end = info.sentence.text, t.end
    after = [tok for tok in info.tokens if tok.start >= t.end][:OBJECT]
    for tok in after:
        if _PUNCT.search(text, end, tok.start) or (
            tok.norm in lang.stop and tok.norm not in lang.determiners
        ):
            break
        end = tok.end
    return dataclasses.replace(t, text=text[t.start : end], end=end)


_PUNCT = re.compile(r"[,;:.!?()\"“”—–]")
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
        return not _deed_besides(ix, info, q, k)
    return not_done(ix.lang, info, k, q.words)


def _deed_besides(ix: ArticleIndex, info: SentenceFacts, q, k: int) -> bool:
    """ "which official travelled to X in connection with Y's visit?" of "In July, Z discussed
    preparations for Y's visit during his trip to X": the planned noun at word ``k`` is the
    question's own word, yet a word the question asks before it (its verb) meets another word of
    the sentence, one that is neither planned nor hedged — the deed asked, which the sentence's
    time dates (not "when will Y visit?", whose only word is the planned one)."""
    lang, toks = ix.lang, info.tokens
    named = [t for t in q.terms if t.index >= 0 and k in meeting_words(ix, info, *term_keys([t]))]
    exact = [t for t in named if toks[k].stem in (t.stem, t.word) or toks[k].norm == t.word]
    if not exact:
        return False
    first = min(t.index for t in exact)
    for t in q.terms:
        if t.index < 0 or t.index >= first:
            continue
        for m in meeting_words(ix, info, *term_keys([t])):
            if m == k or toks[m].text[:1].isupper() or toks[m].norm in lang.time_vocab:
                continue
            if planned(lang, info, m, q.words) is None and not not_done(lang, info, m, q.words):
                return True
    return False


def _placed_anchor(ix: ArticleIndex, info: SentenceFacts, q) -> tuple[frozenset[str], int] | None:
    """The language's phrases that place one event against another and where the question's
    words meet the sentence — None when the sentence has no time or no such phrase (most)."""
    rel = ix.lang.lex.writing.get("events_placed_against", frozenset())
    if not rel or not info.times or _phrases_re(rel).search(written_line(info)) is None:
        return None
    k = anchor(ix, info, q, q.terms, exact_first=True)
    return (rel, k) if k is not None else None


def _placed_against(ix: ArticleIndex, info: SentenceFacts, q) -> bool:
    """Is the event asked about only what the sentence's event is placed against — the noun
    phrase right after "prior to", "ahead of", "following" ("set it up in July prior to calling
    the election") — with every time of the sentence before that phrase, so that they date the
    other event?"""
    lang = ix.lang
    placed = _placed_anchor(ix, info, q)
    if placed is None:
        return False
    rel, k = placed
    toks = info.tokens
    for j in range(k - 1, max(k - 6, -1), -1):
        t = toks[j]
        if t.norm not in lang.stop or t.norm in lang.determiners or t.possessive:
            continue
        for n in (2, 1):
            if j - n + 1 < 0:
                continue
            phrase = " ".join(x.norm for x in toks[j - n + 1 : j + 1])
            if phrase in rel and not q.has(frozenset(phrase.split())):
                at = toks[j - n + 1].start
                return all(tm.end <= at for tm in info.times)
        return False  # another preposition before the asked word: not its phrase
    return False


PLACED_REACH = 3  # words from the asked word to its "after" ("a massacre soon after …")


def _dates_the_other(ix: ArticleIndex, info: SentenceFacts, q) -> bool:
    """Is the event asked about placed against another one right after it ("a massacre soon
    after the vote for independence two years ago"), with every time of the sentence after
    that "after" — so that they date the other event, not the one asked?"""
    placed = _placed_anchor(ix, info, q)
    if placed is None:
        return False
    rel, k = placed
    toks = info.tokens
    for j in range(k + 1, min(k + 1 + PLACED_REACH, len(toks))):
        for n in (2, 1):
            phrase = " ".join(x.norm for x in toks[j : j + n])
            if phrase in rel and not q.has(frozenset(phrase.split())):
                at, end = toks[j].start, toks[k].end
                # ("soon after", "a day after": a time between the two words is the gap)
                return any(tm.start >= at for tm in info.times) and all(
                    tm.start >= at or end <= tm.start for tm in info.times
                )
    return False


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


def _times_for(
    ix: ArticleIndex, info: SentenceFacts, ask: Ask, asked: list | None = None
) -> list[TimeExpr]:
    """The sentence's times, the one that dates what the question is about first: nearest its
    verb and names, the right way in time, in the verb's clause (or none, if none is).
    ``asked``: the terms that tell what is dated (None: the question's)."""
    q = ask.q
    asked = q.terms if asked is None else asked
    future = q.has(ix.lang.future_hints)
    past = not future and q.has(ix.lang.past_auxiliaries)
    # the question's own words first ("when did they cancel it?" after "who cancelled it?
    # … speaker …": the cancelling, not the merged question's other words)
    own = [t for t in asked if q.own and 0 <= t.index < q.own_end]
    k = anchor(ix, info, q, own, exact_first=True) if own else None
    if k is None:
        k = anchor(ix, info, q, asked, exact_first=True)
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

    # "when did X intercept it?" is not dated by "… and Y now believes": "now" is no past
    times = sorted((t for t in info.times if not (past and t.direction == "present")), key=key)
    verbs = _asked_verbs(ix, info, own or asked)
    link_at = at if at is not None else _own_name_at(info, q)
    if link_at is not None and not verbs:
        # "…on January 23, when X, whose appointment had been cancelled…": a time outside the
        # relative clause the asked verb (or, with none, name) sits in does not date it; the
        # verb itself, where the sentence writes it ("an interview, which was shown on X")
        times = [t for t in times if linked(ix.lang, text, t.start, t.end, link_at)]
    for verb in verbs:
        # "on what date did the court cancel X's appointment (as speaker)?" of "…on January 23,
        # when X, speaker, whose appointment had been cancelled…": the first word met
        # ("speaker") is outside the relative clause, the verb asked is in it
        times = [t for t in times if linked(ix.lang, text, t.start, t.end, verb)]
    if at is not None:
        # "sought lessons a month before the hijackings" dates the lessons, never the hijackings
        times = [t for t in times if not _counted_from(ix.lang, info, t, at)]
    return times


def _asked_verbs(ix: ArticleIndex, info: SentenceFacts, terms) -> list[int]:
    """Where the sentence writes a question's own word as a verb of the past (its own word, not
    its concept's: "cancelled" of "cancel"), or a question's verb of the past by another word
    of its concept ("shown" of "televised")."""
    w = ix.lang.lex.writing
    irregular = w.get("irregular_past", frozenset()) | w.get("bare_participles", frozenset())

    def is_past(word: str) -> bool:
        return ix.lang.lex.rules.is_past(word) or word in irregular

    keys, _ = term_keys(terms)
    _, concepts = term_keys([t for t in terms if t.index >= 0 and is_past(t.word)])
    return [
        info.tokens[k].start
        for k in meeting_words(ix, info, keys, concepts)
        if is_past(info.tokens[k].norm)
    ]


def _counted_from(lang, info: SentenceFacts, t: TimeExpr, at: int) -> bool:
    """Is character ``at`` in the noun phrase the time is counted from, one that ends its clause
    ("a month before *the hijackings*.") — not a clause of its own ("48 hours before tests can
    confirm it": the time until they do)?"""
    end = _from_what(lang, info, t).end
    if not t.end <= at < end:
        return False
    return _PUNCT.match(info.sentence.text[end:].lstrip() or ".") is not None


def _own_name_at(info: SentenceFacts, q: Query) -> int | None:
    """Where the first name the question asks about of its own (else any of its names) is in the
    sentence: "when did *the court* do that?" has no word to anchor but the court."""
    own = q.own_end
    for names in ([nm for nm in q.names if nm.start < own], q.names):
        ids = {nm.entity for nm in names if nm.entity is not None}
        spots = sorted(m.start for m in info.mentions if m.entity in ids and m.start >= 0)
        if spots:
            return info.tokens[spots[0]].start
    return None


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
    gave them a 48 hour deadline" — the deadline's is the one beside "deadline". A word of the
    question inside a duration (a follow-up that took in the answer's words) is beside it, no
    nearer than that: the first of such durations."""
    found = list(ix.lang.duration_re.finditer(info.sentence.text))
    keys = {t.stem for t in terms} | {t.word for t in terms}
    spots = [t for t in info.tokens if t.stem in keys or t.norm in keys]
    if len(found) < 2 or not spots:
        return found[0] if found else None
    return min(
        found,
        key=lambda m: min(
            t.start - m.end() if t.start >= m.end() else max(0, m.start() - t.end) for t in spots
        ),
    )
