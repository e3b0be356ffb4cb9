"""A question as read: its words, the article's names in it, the words the article never uses,
the symbols the intents' patterns match, and the content terms that weigh sentences."""

from __future__ import annotations

from typing import NamedTuple

from ...frozen import frozen_slots
from ...text import Token


class Named(NamedTuple):
    """Words ``start``..``end`` of the question name ``entity`` (None: a pronoun with no referent)."""

    entity: int | None
    start: int
    end: int


class Unknown(NamedTuple):
    """A word (or acronym) the article never uses, at word ``start``."""

    text: str
    start: int
    end: int
    name: bool = False  # known to be a name (a place another language names): it always blocks


class Term(NamedTuple):
    """A content word of the question: what a sentence must say besides the question's names."""

    word: str  # folded (a concept phrase for a phrase term)
    stem: str
    concept: str | None
    weight: float  # 1.0; 0.5 a verb of saying; 0.3 a title, number or party noun
    index: int  # its word in the question; -1 for a phrase


class Referents(NamedTuple):
    """Whom a follow-up's pronouns may stand for: the previous answer's people (most salient
    first), its other names, and the list it gave ("they", "them")."""

    people: tuple[int, ...] = ()
    things: tuple[int, ...] = ()
    members: tuple[int, ...] = ()
    # the people the conversation's sentences name: "his" when no one above is a man stands
    # for the one man of these (none when they name no man, or several)
    named: tuple[int, ...] = ()
    # after a count of unnamed ones ("Two." of "two guards were hurt"): "they" are those
    # counted, whom the article does not name — no name of the answer's sentence
    counted: bool = False

    def __bool__(self) -> bool:
        return bool(self.people or self.things or self.members)


@frozen_slots  # kept by contexts (no dict each), and made quickly (one per question)
class Query:
    raw: str  # as asked
    tokens: tuple[Token, ...]
    words: tuple[str, ...]  # folded, typos corrected; one per token
    names: tuple[Named, ...]  # in question order
    unknown: tuple[Unknown, ...]
    symbols: str  # what the intents' patterns match: words, <e>, <x>, each followed by a space
    terms: tuple[Term, ...]
    time_words: frozenset[str]  # months, weekdays and numbers asked about
    missing_title: str | None  # "the president" in an article with no president
    entity_ids: tuple[int, ...]  # the names' entities, first mention first, once each
    opening: str = ""  # what its dropped opening said: a follow-up, a correction, a new subject
    focus: tuple[int, ...] = ()  # a follow-up's: the sentences the previous answer was about
    scope: frozenset[int] = frozenset()  # "when?" after an answer: only these sentences (if any)
    besides: tuple[int, ...] = ()  # "besides X, …": the names left out of the answer
    own: int = 0  # a follow-up merged with its event's question: how many words are its own
    unled: str | None = None  # "who leads X?" of a name X no one in the article leads

    @property
    def own_end(self) -> int:
        """Where its own words end: all of them, unless a follow-up merged its event's question
        in after them (``own``)."""
        return self.own or len(self.words)

    def token(self, k: int) -> Token | None:
        """The token of word ``k``; None where there is none (a rebuilt reading keeps none)."""
        return self.tokens[k] if 0 <= k < len(self.tokens) else None

    def has(self, words: frozenset[str]) -> bool:
        """Does the question use any of these words?"""
        if type(words) is frozenset:  # (nearly always: one call in C)
            return not words.isdisjoint(self.words)
        return any(w in words for w in self.words)
