"""Employers — whom someone speaks or works for ("who does the spokesman speak for?", "who does X
work for?"): the body in their role as the article gives it ("Harbour Spokesman" → Harbour; a
country's adjective → the country: "Ardenian President" → Ardenia), never whom their words are
about."""

from __future__ import annotations

from ..answer import Answer
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import role_sentences
from ..answering.question.names import demonym
from ..answering.registry import kind
from ..text import fold


@kind("works_for")
def works_for(ask: Ask) -> Answer:
    """ "Who does X speak for?": the body in X's role, or a decline."""
    ix, q = ask.ix, ask.q
    people = [e for e in q.entity_ids if e in ix.persons]
    if len(people) != 1:
        return ask.decline(unknown_reason(q) or say("decline.who"))
    e = ix.entity(people[0])
    body, country = _body_of(ix, e.role or "")
    if body is None:
        return ask.decline("decline.who")
    if country and _asked_noun(ask) not in (None, *ix.lang.country_nouns):
        # "which ministry does X work for?" of a "Russian Deputy Foreign Minister": the
        # country is no ministry — the role, which names it, is the answer
        said = say("answer.role", name=e.name, role=e.role)
        return ask.answer(said, role_sentences(ix, e), 0.8, [e.id])
    said = say("answer.origin", place=body, name=e.name, role=e.role)
    return ask.answer(said, role_sentences(ix, e), 0.8, [e.id])


def _asked_noun(ask: Ask) -> str | None:
    """The noun after the question's "which"/"what" ("ministry" of "which ministry …"), or
    None when the question asks "who"."""
    words = ask.q.words
    which = ask.ix.lang.lex.words.get("which_last_words", frozenset())
    at = next((k for k, w in enumerate(words) if w in which), None)
    return words[at + 1] if at is not None and at + 1 < len(words) else None


def _body_of(ix, role: str) -> tuple[str | None, bool]:
    """The body a role names: its first capitalised word that is no title or title modifier and
    the words after it up to the title ("Kremlin" of "Kremlin Spokesman", "Ardenian opposition"
    of "Ardenian opposition leader"); a country's adjective alone read as the country (and
    said so: True)."""
    lang = ix.lang
    plain = lang.lex.writing.get("title_modifiers", frozenset())
    words = role.split()
    for k, w in enumerate(words):
        if not w[:1].isupper() or fold(w) in lang.titles or fold(w) in plain:
            continue
        end = k + 1
        while end < len(words) and fold(words[end]) not in lang.titles:
            if fold(words[end]) in plain or words[end] in lang.coordinators:
                break
            end += 1
        place = demonym(ix, fold(w)) if end == k + 1 else None
        if place is not None:
            return ix.name(place), True
        return " ".join(words[k:end]), False
    return None, False
