"""The verb a "what will X <verb> …?" question asks about, said in the sentence after the one
that names X: "What will the networks play in the simulcast?" of "The networks will broadcast a
simulcast. They will play audio from …" — the best sentence meets the networks and the
simulcast, but what is played is said where playing is, by the next sentence of its paragraph,
opened by a pronoun that carries the subject on ("They will play …")."""

from __future__ import annotations

from collections.abc import Collection

from ..answering.evidence import Found, says
from ..answering.index import ArticleIndex
from ..answering.question import Query, Term


def asked_verb(ix: ArticleIndex, q: Query, openers: Collection[str]) -> Term | None:
    """ "<opener> <aux> <subject> <verb> …?" ("what will the networks play …", "how did X
    keep …"): the verb — the first word asked after the subject (a name, or the first noun
    asked); None when the question is not of that shape."""
    w = q.words
    if len(w) < 3 or w[0] not in openers or w[1] not in ix.lang.aux:
        return None
    name = next((nm for nm in q.names if 2 <= nm.start <= 3), None)
    subject = next((t for t in q.terms if t.index >= 2), None)
    after = name.end if name is not None else (subject.index + 1 if subject else None)
    if after is None:
        return None
    return next((t for t in q.terms if t.index >= after), None)


def continued(ix: ArticleIndex, q: Query, found: Found) -> Found | None:
    """The sentence after the best one, in its paragraph and opened by a pronoun, that says
    the verb the question asks what its subject does — when the best one does not."""
    verb = asked_verb(ix, q, ix.lang.which_words)
    if verb is None or says(found.info, verb):
        return None
    k = found.info.sentence.index + 1
    if k >= len(ix.facts.sentences):
        return None
    nxt = ix.facts.sentences[k]
    if nxt.sentence.paragraph != found.info.sentence.paragraph or not nxt.tokens:
        return None
    lang = ix.lang
    if nxt.tokens[0].norm not in lang.pronouns | lang.event_pronouns or not says(nxt, verb):
        return None
    return Found(nxt, found.coverage)
