"""Inside one sentence: where the question's words are (the anchor), who did what they say (the
agent), and the lists of names it gives ("A, B and C")."""

from __future__ import annotations

from collections.abc import Sequence

from ..facts import SentenceFacts
from ..text import quote_spans
from .evidence import term_keys
from .index import ArticleIndex
from .question import Query, Term


def anchor(ix: ArticleIndex, info: SentenceFacts, q: Query, terms: Sequence[Term]) -> int | None:
    """The first word of the sentence that meets the question's own words, skipping words
    owned by someone the question is not about ("X's visit" when asked about Y)."""
    keys, concepts = term_keys(terms)
    owned = {m.end: m.entity for m in info.mentions if m.possessive and m.start >= 0}
    for k, t in enumerate(info.tokens):
        if (
            t.stem in keys or t.norm in keys or ix.lang.concepts.get(t.stem) in concepts
        ) and not t.text[:1].isupper():
            owner = owned.get(k)
            if owner is not None and q.entity_ids and owner not in q.entity_ids:
                continue
            return k
    return None


def matched_chars(ix: ArticleIndex, info: SentenceFacts, q: Query) -> list[int]:
    """Where in the sentence the question's own words are (character offsets)."""
    keys, concepts = term_keys(q.terms)
    return [
        t.start
        for t in info.tokens
        if t.stem in keys
        or t.norm in keys
        or (concepts and ix.lang.concepts.get(t.stem) in concepts)
    ]


def _verb_at(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """The question's matched verb: its own word first ("thanked" → "thank"), else a word of the
    same concept; never a time or a name."""
    keys, concepts = term_keys(q.terms)
    for exact in (True, False):
        for k, t in enumerate(info.tokens):
            hit = t.stem in keys or t.norm in keys
            if not exact:
                hit = hit or ix.lang.concepts.get(t.stem) in concepts
            if hit and t.norm not in ix.lang.time_vocab and not t.text[:1].isupper():
                if not t.norm.isdigit():  # "January 23" is no verb
                    return k
    return None


def _quoted_not_done(ix: ArticleIndex, info: SentenceFacts, q: Query, at: int) -> bool:
    """The word asked about is inside a quotation ("…blame the referee"): whoever said it did not
    do it, unless they say "I thank…", "we oppose…"; only a question about saying may name them."""
    inside = any(a <= info.tokens[at].start < b for a, b in quote_spans(info.sentence.text))
    first_person = any(t.norm in ix.lang.first_person for t in info.tokens[max(0, at - 3) : at])
    return inside and not first_person and bool(q.words[1:2]) and q.words[1] not in ix.lang.say


def _passive_agent(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """ "had been cancelled by the country's Supreme Court": the name after "by"."""
    keys, _ = term_keys(q.terms)
    toks = info.tokens
    for k, t in enumerate(toks[:-1]):
        if (
            toks[k + 1].norm in ix.lang.agent_prepositions
            and (t.stem in keys or t.norm in keys)
            and t.norm.endswith(ix.lang.passive_endings)
        ):
            for m in info.mentions:
                if k + 1 < m.start <= k + 5 and m.entity not in q.entity_ids:
                    return m.entity
    return None


def asks_agent(ix: ArticleIndex, q: Query) -> bool:
    """ "by whom?", "staged by who": the question asks for a passive verb's agent."""
    w = q.words
    return any(
        w[k] in ix.lang.agent_prepositions and w[k + 1] in ix.lang.question_words
        for k in range(len(w) - 1)
    )


def agent(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """Who did it: the person nearest before the question's matched verb ("by whom?": only the
    agent after the passive verb's "by")."""
    if asks_agent(ix, q):
        return _passive_agent(ix, info, q)
    at = _verb_at(ix, info, q)
    if at is not None and info.quote is not None and info.quote.direct:
        if _quoted_not_done(ix, info, q, at):
            return None
    persons = [
        m
        for m in info.mentions
        if m.start >= 0
        and ix.facts.entities[m.entity].kind == "person"
        and not m.possessive
        and m.entity not in q.entity_ids
    ]
    passive = _passive_agent(ix, info, q)
    if passive is not None:
        return passive
    if at is not None:
        before = [m for m in persons if m.start < at]
        if before:
            return before[-1].entity
        # no person: the named subject right before the verb ("Denmark nominated X")
        named = [
            m
            for m in info.mentions
            if 0 <= m.start < at and not m.possessive and m.entity not in q.entity_ids
        ]
        if named and at - named[-1].end <= 2:
            return named[-1].entity
    if info.quote and info.quote.speaker is not None and info.quote.speaker not in q.entity_ids:
        return info.quote.speaker
    if at is not None:
        # no one before the word asked about: only a name right after it ("coach Helena
        # Marsh") is who it is; a name further on did not do it ("… exploded before the
        # arrival of X")
        right_after = [m for m in persons if at < m.start <= at + 1]
        return right_after[0].entity if right_after else None
    return persons[0].entity if persons else None


def enumerated(ix: ArticleIndex, info: SentenceFacts) -> list[int]:
    """The longest list of names in a sentence: "A, B and C"."""
    lang = ix.lang
    best: list[int] = []
    run: list[int] = []
    prev = None
    text = info.sentence.text
    for m in sorted(
        (m for m in info.mentions if m.start >= 0 and m.how == "name"), key=lambda m: m.start
    ):
        if prev is not None:
            gap = text[info.tokens[prev.end - 1].end : info.tokens[m.start].start]
            if gap.strip() in lang.list_gaps or gap.strip(" ,") in lang.list_phrases:
                run.append(m.entity)
            else:
                run = [m.entity]
        else:
            run = [m.entity]
        prev = m
        if len(run) > len(best):
            best = list(run)
    return list(dict.fromkeys(best))
