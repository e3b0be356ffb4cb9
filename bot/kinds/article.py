"""The article itself — its date, what it is about, its source: read off the dateline, the
headline and the lead, not from the facts."""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.answers import Ask, say, unknown_reason
from ..answering.question import read
from ..answering.registry import kind
from ..article import Sentence
from ..replies import Listed, Message
from ..text import fold

_AFTER_NAME = re.compile(r"\s*[,(]\s*(\w+)")  # "X, right", "X (left)"


@kind("article_date", reads_names=False)
def article_date(ask: Ask) -> Answer:
    a = ask.ix.article
    dl = a.dateline
    if not dl or not dl.date:
        return ask.decline("decline.no_date")
    lead = [a.lead] if a.lead else []
    checked = _date_checked(ask, dl.date)
    if checked is not None:  # "is it dated May 4 or May 5?", "was it published on May 5?"
        return ask.answer(checked, lead, 1.0)
    return ask.answer(say("answer.article_date", date=dl.date, dateline=dl.text), lead, 1.0)


def _date_checked(ask: Ask, date: str) -> Message | None:
    """The reply to a yes/no (or a choice) about the article's date: yes when the date asked
    is the dateline's, no when it is another; of two, the one it is (None: no date asked)."""
    q, lang = ask.q, ask.ix.lang
    if not q.words or q.words[0] not in lang.aux or not q.time_words:
        return None
    parts: list[list[str]] = [[]]
    for w in q.words:
        if w in lang.alternatives:
            parts.append([])
        elif w in q.time_words:
            parts[-1].append(w)
    options = [p for p in parts if p]
    dated = set(fold(date).split())
    hits = [p for p in options if set(p) <= dated]
    if len(options) == 1:
        return say("answer.confirm.yes" if hits else "answer.confirm.otherwise")
    if len(hits) == 1:
        return say("answer.name", name=date)
    return None


@kind("about", reads_names=False, after_answer="what")
def about(ask: Ask) -> Answer:
    q = ask.q
    if q.unknown or q.entity_ids:  # "the main point of the paragraph about X?": X's own
        return _about_named(ask)
    a = ask.ix.article
    sents = [s for s in a.sentences if s.kind == "headline"][:1]
    if a.lead:
        sents.append(a.lead)
    text = a.headline or (a.lead.text if a.lead else "")
    return ask.answer(say("answer.verbatim", text=text), sents, 0.9)


def _about_named(ask: Ask) -> Answer:
    """What the article says of the names asked about: the first sentence of its body that
    names them all; words it never uses ("the paragraph about the oil exports") declined."""
    q, ix = ask.q, ask.ix
    if q.unknown:
        return ask.decline(unknown_reason(q))
    wanted = set(q.entity_ids)
    for info in ix.facts.sentences:
        if info.sentence.kind == "body" and wanted <= set(info.entities):
            text = info.sentence.text
            return ask.answer(say("answer.verbatim", text=text), [info], 0.8, q.entity_ids)
    return ask.decline()


@kind("source", reads_names=False)
def source(ask: Ask) -> Answer:
    a = ask.ix.article
    if ask.q.has(ask.ix.lang.lex.words.get("byline_nouns", frozenset())):
        # "name of the reporter?": a byline, which the article's text never carries — its
        # agency is no answer to who wrote it by name
        return ask.decline("decline.who")
    said = None
    if a.dateline and a.dateline.agency:
        said = say("answer.source.agency", agency=a.dateline.agency, dateline=a.dateline.text)
    elif a.dateline:
        said = say("answer.verbatim", text=a.dateline.text)
    if a.credit:
        photo = say("answer.source.photo", credit=a.credit)
        said = say("answer.source.both", source=said, photo=photo) if said else photo
    if said is None:
        return ask.decline("decline.no_source")
    return ask.answer(said, [], 0.9)


@kind("credit", reads_names=False)
def credit(ask: Ask) -> Answer:
    """ "Photo credit?", "who took the photo?": the photo's credit line, quoted."""
    a = ask.ix.article
    if not a.credit:
        return ask.decline("decline.no_source")
    return ask.answer(say("answer.source.photo", credit=a.credit), _front_line(a, a.credit), 0.9)


def _front_line(a, text: str) -> list[Sentence]:
    """A line of the front matter (the caption, the photo credit) quoted as a sentence of its
    own (index -3: no sentence of the article's list, kept out of a follow-up's context)."""
    start = a.text.find(text)
    if start < 0:
        return []
    return [
        Sentence(-3, -3, a.text[start : start + len(text)], start, start + len(text), "caption")
    ]


@kind("photo")
def photo(ask: Ask) -> Answer:
    """ "Who is in the photo?": the people the photo's caption names, quoting the caption (a
    line of the front matter, not a sentence of the body)."""
    ix = ask.ix
    a = ix.article
    if not a.caption:
        return ask.decline()
    people = [e for e in dict.fromkeys(read(ix, a.caption).entity_ids) if e in ix.persons]
    if not people:
        return ask.decline()
    positions = ix.lang.lex.words.get("photo_positions", frozenset())
    asked = [w for w in ask.q.words if w in positions]
    placing = ix.lang.lex.words.get("photo_place_asked", frozenset())  # "which side …?"
    where = bool(ask.q.entity_ids) and ask.q.has(placing)
    if asked or where:  # "who is on the right?", "is X on the left or the right?"
        return _position(ask, asked or sorted(positions), _placed(ix, a.caption, positions))
    names = say("answer.names", names=Listed.of([ix.name(e) for e in people]))
    return ask.answer(names, _front_line(a, a.caption), 0.9, people)


def _placed(ix, caption: str, positions: frozenset[str]) -> list[tuple[int, str]]:
    """The people of the caption with the place the caption gives each ("X, right"): a word
    of ``photo_positions`` right after the name."""
    out = []
    low = fold(caption)
    for e in dict.fromkeys(read(ix, caption).entity_ids):
        if e not in ix.persons:
            continue
        last = fold(ix.name(e)).split()[-1]  # the name as the caption writes it ends so
        k = low.find(last)
        m = _AFTER_NAME.match(low, k + len(last)) if k >= 0 else None
        if m is not None and m.group(1) in positions:
            out.append((e, m.group(1)))
    return out


def _position(ask: Ask, asked: list[str], placed: list[tuple[int, str]]) -> Answer:
    """Where in the photo the person asked about is, or who is where asked — as the caption
    says; a decline when it does not say."""
    ix, a = ask.ix, ask.ix.article
    mine = [(e, p) for e, p in placed if e in ask.q.entity_ids]
    if mine:
        e, p = mine[0]
        said = say("answer.verbatim", text=p[:1].upper() + p[1:] + ".")
        return ask.answer(said, _front_line(a, a.caption), 0.9, [e])
    at = [e for e, p in placed if p in asked]
    if ask.q.entity_ids or not at:
        return ask.decline()
    names = say("answer.names", names=Listed.of([ix.name(e) for e in at]))
    return ask.answer(names, _front_line(a, a.caption), 0.9, at)


@kind("dateline", reads_names=False)
def dateline(ask: Ask) -> Answer:
    """ "Dateline?", "what is the dateline?": the article's dateline as written."""
    a = ask.ix.article
    if not a.dateline:
        return ask.decline("decline.no_date")
    lead = [a.lead] if a.lead else []
    return ask.answer(say("answer.verbatim", text=a.dateline.text), lead, 1.0)
