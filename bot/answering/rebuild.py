"""Rebuilding a question's reading (a :class:`~bot.answering.question.Query`) from others, for
follow-ups: a name put in another's place ("and Italy?" into "Did Spain back X?"), a question with
nothing of its own merged with the event it is about ("when?"), a question's frame without what
it is about ("how many people were …" for "and injured?"). Positions of words, names and terms
stay consistent; nothing is read again."""

from __future__ import annotations

import dataclasses

from .index import ArticleIndex
from .question import Named, Query, Term, Unknown


def asks_about(ix: ArticleIndex, q: Query | None) -> bool:
    """Has the question words of its own about what it asks (not only what it asks for)?"""
    if q is None:
        return False
    asked = asked_for(ix, q)
    return any(t.index not in asked for t in q.terms)


def asked_for(ix: ArticleIndex, q: Query) -> set[int]:
    """The words that say what is asked for, not what about: "which *city*", "how many *times*",
    "how *long*"."""
    lang = ix.lang
    words = q.words
    after = {
        k + 1
        for k, w in enumerate(words)
        if w in lang.which_words or w in lang.quantity_words or w in lang.degree_words
    }
    before = {  # "*since* when?"
        k - 1
        for k, w in enumerate(words)
        if k and w in lang.question_words and words[k - 1] in lang.question_prepositions
    }
    return after | before


def untensed(ix: ArticleIndex, q: Query) -> Query:
    """The question with its tense words made present ("when *did* X travel?" → "when *is* X
    travel"): "and the visit?" after it may be about something still to come."""
    lang = ix.lang
    if not lang.present_auxiliaries:
        return q
    neutral = min(lang.present_auxiliaries)
    tensed = lang.past_auxiliaries | lang.future_auxiliaries
    return dataclasses.replace(q, words=tuple(neutral if w in tensed else w for w in q.words))


def frame(ix: ArticleIndex, q: Query) -> Query:
    """A question without what it is about: its words, and only the terms that say what is asked
    for ("how many *people*"); "and injured?" puts its own into it."""
    asked = asked_for(ix, q)
    return dataclasses.replace(
        q,
        names=(),
        unknown=(),
        terms=tuple(t for t in q.terms if t.index in asked),
        entity_ids=(),
        time_words=frozenset(),
    )


def spans(q: Query) -> dict[int, int | None | Unknown]:
    """The question's names and unknown words by the word they start at (the places a new name
    can go): the entity, None for a pronoun that stood for no one, or the unknown word."""
    spans: dict[int, int | None | Unknown] = {}
    for nm in q.names:
        spans.setdefault(nm.start, nm.entity)
    for u in q.unknown:
        spans.setdefault(u.start, u)
    return dict(sorted(spans.items()))


def splice(into: Query, at: int, source: Query, new: Named | Unknown) -> Query:
    """``into`` with the name (or unknown word) at word ``at`` replaced by a name or unknown word
    of ``source``: its words in the old one's place, the rest shifted."""
    old_end = max(
        [nm.end for nm in into.names if nm.start == at]
        + [u.end for u in into.unknown if u.start == at]
    )
    width = new.end - new.start
    shift = width - (old_end - at)

    def moved(x):
        return x if x.start < at else x._replace(start=x.start + shift, end=x.end + shift)

    names = [moved(nm) for nm in into.names if nm.start != at]
    unknown = [moved(u) for u in into.unknown if u.start != at]
    if isinstance(new, Named):
        names.append(Named(new.entity, at, at + width))
    else:
        unknown.append(Unknown(new.text, at, at + width))
    names.sort(key=lambda nm: nm.start)
    unknown.sort(key=lambda u: u.start)
    terms = [t if t.index < at else t._replace(index=t.index + shift) for t in into.terms]
    return dataclasses.replace(
        into,
        words=(*into.words[:at], *source.words[new.start : new.end], *into.words[old_end:]),
        names=tuple(names),
        unknown=tuple(unknown),
        terms=tuple(terms),
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
    )


def pair_spliced(into: Query, at: int, source: Query) -> Query | None:
    """``into`` with the name at word ``at`` replaced by the two names of ``source`` joined as
    it joins them ("what about A and B?" after "did C back X?": "did A and B back X?"); None
    when ``source`` is no such pair of the article's names."""
    if len(source.names) != 2 or source.unknown or at not in spans(into):
        return None
    first, second = source.names
    if first.entity is None or second.entity is None:
        return None
    between = source.words[first.end : second.start]
    if len(between) != 1 or second.end != len(source.words):
        return None
    one = splice(into, at, source, first)
    cut = at + first.end - first.start
    width = second.end - first.end

    def moved(x):
        return _shifted(x, cut, width)

    names = sorted(
        [moved(nm) for nm in one.names] + [Named(second.entity, cut + 1, cut + width)],
        key=lambda nm: nm.start,
    )
    return dataclasses.replace(
        one,
        words=(*one.words[:cut], *source.words[first.end : second.end], *one.words[cut:]),
        names=tuple(names),
        unknown=tuple(moved(u) for u in one.unknown),
        terms=tuple(t if t.index < cut else t._replace(index=t.index + width) for t in one.terms),
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
    )


def choice_dropped(ix: ArticleIndex, into: Query, at: int) -> Query:
    """``into`` without the other option of the name at word ``at`` ("did A or B back X?":
    "did A back X?"), so that a name put in A's place is asked alone ("and C?": "did C back
    X?", not "did C or B …"); ``into`` itself when that name offers no choice."""
    first = next((nm for nm in into.names if nm.start == at), None)
    if first is None or first.end + 1 >= len(into.words):
        return into
    if into.words[first.end] not in ix.lang.alternatives:
        return into
    other = next((nm for nm in into.names if nm.start == first.end + 1), None)
    if other is None:
        return into
    cut, width = first.end, other.end - first.end

    def moved(x):
        return _shifted(x, cut, -width)

    names = tuple(moved(nm) for nm in into.names if not cut <= nm.start < other.end)
    return dataclasses.replace(
        into,
        words=(*into.words[:cut], *into.words[other.end :]),
        names=names,
        unknown=tuple(moved(u) for u in into.unknown if not cut <= u.start < other.end),
        terms=tuple(
            t if t.index < cut else t._replace(index=t.index - width)
            for t in into.terms
            if not cut <= t.index < other.end
        ),
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
    )


def _shifted(x, cut: int, by: int):
    """A name (or unknown word) moved ``by`` words when it starts at or after ``cut``."""
    return x if x.start < cut else x._replace(start=x.start + by, end=x.end + by)


def merged(ix: ArticleIndex, q: Query, topic: Query, focus: tuple[int, ...]) -> Query:
    """A question with nothing of its own ("when?") and the event's question it is about: its
    words first, the event's after them, its sentences in focus. Of the event's names and words,
    only those its sentences have come along: what the previous answer stood on."""
    n = len(q.words)
    infos = [ix.facts.sentences[i] for i in focus]
    stems = frozenset().union(*(i.stems for i in infos)) if infos else None
    concepts = frozenset().union(*(i.concepts for i in infos)) if infos else frozenset()
    ents = frozenset().union(*(i.entities for i in infos)) if infos else None
    have = {t.stem for t in q.terms}
    terms: list[Term] = list(q.terms)
    # after a decline (no sentences), a question about a person it names by a pronoun ("when
    # was he there?" after "whom did X meet in Y?") takes the event's names, not the words
    # nothing answered
    people = ix.lang.person_pronouns
    words_too = bool(focus) or not any(q.words[nm.start] in people for nm in q.names)
    # after a decline, a question doing something of its own with "it" ("who handled the
    # preparations for it?" after "how long will the visit last?") takes only the words the
    # article has (the visit, not "long", "last": nothing can meet those); "who said that?"
    # takes every word of what nothing answered
    known = stems is None and any(t.index >= 0 and t.word not in ix.lang.say for t in q.terms)
    for t in topic.terms if words_too else ():
        if stems is None:
            met = not known or t.stem in ix.vocab or t.word in ix.vocab
        else:
            met = t.stem in stems or t.word in stems or t.concept in concepts
        if met and t.stem not in have:
            terms.append(t._replace(index=t.index + n if t.index >= 0 else -1))
    names = [*q.names]
    for nm in topic.names:
        if ents is None or nm.entity in ents:
            names.append(nm._replace(start=nm.start + n, end=nm.end + n))
    unknown = [*q.unknown, *(u._replace(start=u.start + n, end=u.end + n) for u in topic.unknown)]
    return dataclasses.replace(
        q,
        words=q.words + topic.words,
        names=tuple(names),
        unknown=tuple(unknown),
        terms=tuple(terms),
        time_words=q.time_words | topic.time_words,
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
        focus=focus,
        own=q.own or n,
    )


def retopic(into: Query, cut: int, source: Query, start: int) -> Query:
    """``into`` up to its word ``cut`` ("what did X say about"), then ``source`` from its word
    ``start`` ("the visit"): "and about the visit?" asks the same question on another topic."""
    shift = cut - start

    def moved(x):
        return x._replace(start=x.start + shift, end=x.end + shift)

    names = [nm for nm in into.names if nm.end <= cut]
    names += [moved(nm) for nm in source.names if nm.start >= start]
    unknown = [u for u in into.unknown if u.end <= cut]
    unknown += [moved(u) for u in source.unknown if u.start >= start]
    terms = [t for t in into.terms if 0 <= t.index < cut]
    terms += [t._replace(index=t.index + shift) for t in source.terms if t.index >= start]
    terms += [t for t in source.terms if t.index < 0]  # phrases
    return dataclasses.replace(
        into,
        words=(*into.words[:cut], *source.words[start:]),
        names=tuple(names),
        unknown=tuple(unknown),
        terms=tuple(terms),
        time_words=source.time_words,
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
    )


def subject_slot(ix: ArticleIndex, into: Query, places: dict, new) -> int | None:
    """ "what did the US do after X declared …?" → "and Y?": the doer asked about (the name
    right after the question word and its auxiliary) is the one a new name stands in for (not
    "and of Y?": a preposition says which name it replaces)."""
    lang, w = ix.lang, into.words
    if len(w) < 3 or w[0] not in lang.which_words or w[1] not in lang.aux or new.start > 1:
        return None
    at = 3 if w[2] in lang.the else 2
    return at if at in places and isinstance(places[at], int) else None
