"""What an answer was about, as facts: the context the next question of a conversation is read
against.

Every :class:`~bot.answer.Answer` carries an :class:`About` (``answer.about``): the kind asked,
the question as answered (its reading, rebuilt for a follow-up), the question a later "and X?"
swaps a name into, whom a pronoun may stand for (the people, the other names, the list the answer
gave), and the sentences it answered from (the event a later "when?" is about). Nothing in it is
words of a language: entities and sentences are the article's indexes, kinds are intent ids — so
a follow-up is rebuilt from facts, never from the previous answer's text.

A decline keeps the referents of the answer before it ("where was he born?" declined, "what was
his job?" still knows who "he" is) for ``MAX_IDLE`` questions that do not use them.
"""

from __future__ import annotations

import dataclasses
import re
from typing import NamedTuple

from ..answer import Answer
from ..text import fold, quote_spans
from .index import ArticleIndex
from .question import Query, Referents

COUNT = "count"  # the kind that counts
MAX_IDLE = 5  # questions in a row that do not refer to a context before it is forgotten


class About(NamedTuple):
    """What one answer was about (see the module's docstring). A named tuple: read-only, made
    with every answer, and small."""

    intent: str | None  # the kind asked (not the fallback that answered)
    query: Query  # the question as asked (read; "i mean X" corrects it)
    base: Query | None  # the question "and X?" swaps a name into (the first of a chain)
    base_intent: str | None  # the kind ``base`` asks
    slot: int | None  # the word of ``base`` a chain of "and X?" swaps (None: not yet chosen)
    topic: Query | None  # the event's question, that "when?", "why?", "what happened?" continue
    referents: Referents  # whom "he", "she", "they", "its" may stand for
    sentences: tuple[int, ...]  # the article's sentences it answered from
    answered: bool
    idle: int = 0  # questions since its referents were last used
    seen: tuple[int, ...] = ()  # the sentences earlier answers quoted (the last SEEN): "else"
    lang: str | None = None  # the language it was asked in: a short follow-up's, unless it says
    # of ``seen``, the sentences whose quote an answer gave (a quote, or a short answer with its
    # quoted words): a sentence given only as evidence of a yes, a place, a time or a reaction
    # still has words a "what else did he say?" may quote
    said: tuple[int, ...] = ()


SEEN = 8  # sentences of earlier answers a context remembers ("how else …?": not those)


def seen_before(ctx: About | None) -> tuple[int, ...]:
    """The sentences the answers of the conversation so far quoted, the latest last."""
    if ctx is None:
        return ()
    return tuple(dict.fromkeys((*ctx.seen, *ctx.sentences)))[-SEEN:]


def said_before(ctx: About | None, answer: Answer, quoting: bool) -> tuple[int, ...]:
    """The sentences whose quote the conversation gave, with the answer's own: all of them
    when it quoted (``quoting``: an answer of the quote kind), else those whose direct
    quotation its text gives."""
    before = ctx.said if ctx is not None else ()
    mine = [
        s.index
        for s in answer.sentences
        if s.index >= 0 and (quoting or _quoted_in(answer.text, s.text))
    ]
    return tuple(dict.fromkeys((*before, *mine)))[-SEEN:]


_WORDS = re.compile(r"\w+")
QUOTED_RUN = 4  # words of a quotation in a row that an answer's text gives: it quoted them


def _quoted_in(text: str, sentence: str) -> bool:
    """Does the answer's text give words of the sentence's quotation ("…" or «…»), a run of
    ``QUOTED_RUN`` of them in a row?"""
    words = _WORDS.findall(fold(text))
    have = {tuple(words[i : i + QUOTED_RUN]) for i in range(len(words) - QUOTED_RUN + 1)}
    for start, end in quote_spans(sentence):
        q = _WORDS.findall(fold(sentence[start:end]))
        if any(tuple(q[i : i + QUOTED_RUN]) in have for i in range(len(q) - QUOTED_RUN + 1)):
            return True
    return False


def about_of(context: Answer | About | None) -> About | None:
    """The context a question is read against: an answer's, or one kept on its own; None
    when there is none, or when it has gone unused too long."""
    about = context.about if isinstance(context, Answer) else context
    if not isinstance(about, About) or about.idle > MAX_IDLE:
        return None
    return about


def compact(q: Query) -> Query:
    """A reading to keep in a context: what only reading and classifying it needed (its text,
    tokens and symbols) dropped — the kinds never read them, and a context is kept long."""
    if not (q.tokens or q.raw or q.symbols):
        return q
    return dataclasses.replace(q, raw="", tokens=(), symbols="")


def answer_ids(ix: ArticleIndex, answer: Answer) -> tuple[int, ...]:
    """The entities the answer names as what it is about (its ``entities`` are names)."""
    out = []
    for name in answer.entities:
        e = ix.by_name.get(name)
        if e is not None:
            out.append(e)
    return tuple(out)


def referents_of(ix: ArticleIndex, answer: Answer, q: Query) -> Referents:
    """Whom the next question's pronouns may stand for: the answer's names, the question's, and
    the names of the sentences it quoted (in that order); and the list it gave, if any."""
    ids = answer_ids(ix, answer)
    quoted = [s.index for s in answer.sentences if s.index >= 0]  # (a caption line: -3)
    order = dict.fromkeys(ids)
    order.update(dict.fromkeys(q.entity_ids))
    for i in quoted:
        order.update(dict.fromkeys(_named_in(ix, i)))
    people = tuple(e for e in order if e in ix.persons)
    things = tuple(e for e in order if e not in ix.persons)
    if answer.intent == COUNT and not _names_given(ix, answer, ids):
        # "Two." of "two guards were hurt, X said": "they" are the two, not X
        listed = members(ix, ids, quoted, own=False)
        return Referents(people, things, listed, counted=not listed)
    return Referents(people, things, members(ix, ids, quoted))


def _named_in(ix: ArticleIndex, i: int) -> tuple[int, ...]:
    """The entities of a sentence, in order; a person it gives only by a pronoun only when the
    sentence before names them (its antecedent is right there: "who feared he was …" is no one
    named three sentences back — the article's pronoun may be misread)."""
    facts = ix.facts.sentences

    def named(e: int, j: int) -> bool:
        return 0 <= j and any(m.entity == e and m.how != "pronoun" for m in facts[j].mentions)

    return tuple(
        e for e in ix.mentioned[i] if e not in ix.persons or named(e, i) or named(e, i - 1)
    )


def _names_given(ix: ArticleIndex, answer: Answer, ids: tuple[int, ...]) -> bool:
    """Does the answer's text give any of its names ("Three: A, B and C")?"""
    text = fold(answer.text or "")
    return any(fold(ix.name(e)) in text for e in ids)


def members(
    ix: ArticleIndex, ids: tuple[int, ...], quoted: list[int], own: bool = True
) -> tuple[int, ...]:
    """The list an answer gave: the parties of a side it quoted on one of its names ("Norway,
    Japan and Peru backed the mayor"), else its own names when it named several (``own``)."""
    for i in quoted:
        for st in ix.stances_in.get(i, ()):
            if st.target in ids or not ids:
                found = tuple(p.entity for p in st.parties if p.entity is not None)
                named = tuple(e for e in found if e in ids)
                if 2 <= len(named) < len(found):
                    return named  # "did A and B back X?" — yes: "they" are A and B
                if len(found) >= 2:
                    return found
    return ids if own and len(ids) >= 2 else ()


def carried(ix: ArticleIndex, ctx: About | None, q: Query) -> Referents:
    """A decline's referents: the names its question asked about, then the context's."""
    r = ctx.referents if ctx is not None else Referents()
    asked = [e for e in q.entity_ids]
    people = [e for e in asked if ix.entity(e).kind == "person"]
    things = [e for e in asked if ix.entity(e).kind != "person"]
    return Referents(
        tuple(dict.fromkeys([*people, *r.people])),
        tuple(dict.fromkeys([*things, *r.things])),
        r.members,
        r.named,
        r.counted,
    )


def with_named(
    ix: ArticleIndex, refs: Referents, seen: tuple[int, ...], mine: tuple[int, ...]
) -> Referents:
    """The referents with the people the conversation's sentences (``seen``, then the answer's
    own) name, the latest sentence's first, and the relatives the answer's sentences speak of:
    whom a pronoun of a gender no referent has may stand for."""
    named = [
        m.entity
        for i in reversed((*seen, *mine))
        for m in ix.facts.sentences[i].mentions
        if m.how == "name" and m.entity in ix.persons
    ]
    return refs._replace(named=tuple(dict.fromkeys(named)))


def kept(new: Referents, old: Referents) -> Referents:
    """An answer's referents, then the context's it continues ("and emails?" after "do they
    hold video calls?" still knows who "they" are)."""
    return Referents(
        tuple(dict.fromkeys([*new.people, *old.people])),
        tuple(dict.fromkeys([*new.things, *old.things])),
        new.members or old.members,
        new.named or old.named,
        new.counted and not new.members,
    )
