"""A topic, then a question about it ("Holt - where did he go?", "High Court — what did it
cancel?"): a name of the article before a dash, and a question after it that points at the name
by a pronoun — the question asked with the name in the pronoun's place."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..text import fold, tokenize
from .index import ArticleIndex
from .pairs import words_before_question

_DASH = re.compile(r"\s+(?:[—–]|-{1,2})\s+")
TOPIC_WORDS = 5  # at most this many words before the dash
_QUOTES = " \"'“”‘’«»"


def topic_first(ix: ArticleIndex, question: str, read: Callable, alone: bool = False) -> str | None:
    """The question with the topic in its pronoun's place, or None: the topic names one entity
    of the article (a person for "he"/"she", anything else for "it") or is a thing's noun
    phrase for "it"; the question names none and has one pronoun. ``alone``: asked with no
    answer before it, a thing's noun phrase before a comma is a topic too ("so the study, who
    made it?"; after an answer, "and this appointment, who …?" is the conversation's)."""
    if _DASH.search(question) is None:
        parts = _undashed(ix.lang, question, alone)  # "annan how old is he?": a name first
    else:
        parts = _DASH.split(question.strip(), maxsplit=1)
    if parts is None or len(parts) != 2:
        return None
    topic, asked = parts[0].strip(_QUOTES), parts[1]
    if "?" in topic or not 1 <= len(topic.split()) <= TOPIC_WORDS:
        return None
    lang = ix.lang
    words = asked.split()
    bare = [fold(w).strip("?!.,;:") for w in words]
    person = lang.masculine_pronouns | lang.feminine_pronouns
    thing = lang.lex.words.get("topic_thing_pronouns", frozenset())
    plural = lang.lex.words.get("topic_plural_pronouns", frozenset())
    found = [k for k, w in enumerate(bare) if w in person or w in thing or w in plural]
    if len(found) != 1:
        return None
    k = found[0]
    if read(ix, asked).entity_ids:
        return None
    if bare[k] in plural:  # "and adults - what share of them …?": "… of adults …?"
        topic = _plural_noun(lang, topic)
        if topic is None:
            return None
    elif not _noun_phrase(lang, topic, bare[k] in thing):
        told = read(ix, topic)
        if len(told.entity_ids) != 1:
            return None
        if (bare[k] in person) != (ix.entity(told.entity_ids[0]).kind == "person"):
            return None  # "X Corp — what did he say?": no one "he" stands for
    owner = bare[k] in lang.lex.writing.get("possessive_determiners", frozenset())
    tail = words[k][len(words[k].rstrip("?!.,;:")) :]
    mark = "'" if owner and bare[k] in plural and topic.endswith("s") else "'s"  # "adults'"
    words[k] = f"{topic}{mark}{tail}" if owner else f"{topic}{tail}"
    return " ".join(words)


def _undashed(lang, question: str, alone: bool) -> list[str] | None:
    """ "annan how old is he?": a topic's few words, then the question (see
    :func:`pairs.words_before_question`) — the two parts, or None."""
    words = question.split(None, 1)  # (its first word)
    if not words or fold(words[0]) in lang.question_words:
        return None  # (most questions)
    toks = tokenize(question)
    k = words_before_question(lang, toks)
    if not k:
        return _before_comma(lang, question) if alone else None
    at = toks[k].start
    return [question[:at].rstrip(" ,:;"), question[at:]]


def _before_comma(lang, question: str) -> list[str] | None:
    """ "so the obesity study, who made it?": a thing's noun phrase, a comma, then a question
    word — the two parts (the topic without its opening words), or None."""
    head, comma, asked = question.partition(",")
    first = fold(asked.split()[0]).strip("?!.") if asked.split() else ""
    if not comma or first not in lang.question_words:
        return None
    topic = _unopened(lang, head.strip())
    if not _noun_phrase(lang, topic, True) or len(topic.split()) > TOPIC_WORDS:
        return None
    return [topic, asked.strip()]


def _unopened(lang, topic: str) -> str:
    """The topic without the little words that open a follow-up before it ("so", "and", "ok")
    — words of no meaning of their own, not its determiner or owner."""
    words = topic.split()
    owners = lang.lex.writing.get("possessive_determiners", frozenset())
    while len(words) > 1:
        w = fold(words[0]).strip(",;:")
        if w not in lang.stop or w in lang.determiners or w in owners:
            break
        words = words[1:]
    return " ".join(words)


def _noun_phrase(lang, topic: str, thing: bool) -> bool:
    """ "his appointment as speaker -- was it cancelled?": a thing's noun phrase (opened by a
    determiner or an owner's word) that "it" stands for, whatever names it holds."""
    first = fold(topic.split()[0])
    owners = lang.lex.writing.get("possessive_determiners", frozenset())
    return thing and len(topic.split()) > 1 and (first in lang.determiners or first in owners)


def _plural_noun(lang, topic: str) -> str | None:
    """ "and adults", "the workers": a topic that is a plural noun of no name, past a follow-up's
    opening ("and", "what about") — it, without that opening; else None."""
    words = topic.split()
    bare = [fold(w) for w in words]
    for opening, _kind in lang.openings.get(bare[0] if bare else "", ()):
        if tuple(bare[: len(opening)]) == opening:
            words, bare = words[len(opening) :], bare[len(opening) :]
            break
    if not words or any(not w.isalpha() or w != w.lower() for w in words):
        return None  # a name ("the Greens"), a number: no noun of anyone
    head = bare[-1]
    if any(w in lang.stop and w not in lang.determiners for w in bare):
        return None
    nouns = lang.counted_people | lang.lex.writing.get("plural_nouns", frozenset())
    if head not in nouns and not lang.lex.rules.is_plural(head):
        return None
    return " ".join(words)


_LAST_NAME = re.compile(r"^(?P<head>[^,?]+),\s*(?P<name>[^,?]+?)\s*\?*\s*$")
DESCRIBED_WORDS = 6  # at most this many words describing the name before its comma


def name_last(ix: ArticleIndex, question: str, read: Callable) -> str | None:
    """ "the other northern one, Varby?": words that describe a name, a comma, and the name
    alone — the name asked as a follow-up ("Varby?"), the description dropped; None when the
    question is no such one (a question word, an auxiliary or a name before the comma)."""
    m = _LAST_NAME.match(question.strip())
    if m is None or not 1 <= len(m.group("head").split()) <= DESCRIBED_WORDS:
        return None
    lang = ix.lang
    head = [fold(w) for w in m.group("head").split()]
    if head[0] in lang.question_words or head[0] in lang.aux or head[0] in lang.imperatives:
        return None
    told = read(ix, m.group("name"))
    if len(told.names) != 1 or told.unknown or told.names[0].entity is None:
        return None
    if told.names[0].end - told.names[0].start != len(told.words):
        return None
    if read(ix, m.group("head")).names:
        return None
    return m.group("name") + "?"
