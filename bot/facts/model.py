"""The facts of an article: frozen records, each remembering the sentence it came from (made by
:func:`~bot.frozen.frozen`: frozen dataclasses, quick to make — a long article makes many).

``Facts`` is what the rest of the bot reads: entities (people and names) with roles, ages and
aliases; per sentence its tokens, stems, concepts, mentions, times, places and quotation; the
quotations with their speakers; and the stances (who supported, recognized or opposed whom).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

from ..article import Sentence
from ..frozen import frozen
from ..text import Token
from .collector import paused


@frozen
class Entity:
    """A person or a named thing (country, organisation, place, channel…)."""

    id: int
    name: str
    kind: str  # person | name
    role: str | None = None
    role_sentence: int | None = None
    owner_role: bool = False  # the role is only the body it is of ("the union's X"): no post
    aliases: frozenset[str] = frozenset()
    first_sentence: int = 0
    mentions: int = 0
    age: str | None = None  # "Name, 61," — the wire convention for a person's age
    age_sentence: int | None = None
    honorific: str | None = None  # "Mr", "Dr", "Sir": part of the name, not a role
    description: str | None = None  # "who lost his 26-year-old son Scott": no role, but said
    description_sentence: int | None = None

    @property
    def short(self) -> str:
        return self.name.split()[-1] if self.kind == "person" else self.name


@frozen
class Mention:
    entity: int
    sentence: int
    start: int  # token index range in the sentence
    end: int
    how: str  # name | pronoun | description | speaker
    possessive: bool = False


@frozen
class Quote:
    """A quotation (``direct``) or reported speech, and who said it: an entity, or — when the
    article does not name the speaker ("experts said", "a Palestinian official said") — no
    entity and the words that stand for them in ``speaker_text``."""

    speaker: int | None
    verb: str
    content: str
    sentence: int
    direct: bool
    speaker_text: str | None = None


@frozen
class TimeExpr:
    text: str
    kind: str  # date | month | weekday | year | relative
    direction: str  # past | future | present | ""
    start: int  # char offsets in the sentence
    end: int


@frozen
class Amount:
    """A number of a sentence and what it counts or measures: "$10 million of aid" (money, 1e7,
    noun "aid"), "between $5,000 and $7,000" (money, 5000 to 7000), "14 of them Australians"
    (count, noun "Australians"), "48 hours" (duration), "a four-year jail sentence" (duration,
    unit "year", noun "jail sentence"), "shot twice" (count of times), "the 11th cut" (ordinal)."""

    text: str  # verbatim, with its approximation: "more than 120"
    value: float | None  # None for a vague count ("dozens")
    high: float | None  # the top of a range, else None
    kind: str  # money | percent | count | number | duration | distance | weight | age | measure | ordinal
    unit: str | None  # "$", "per cent", "hours", "year" …
    noun: str | None  # what is counted or measured, verbatim: "asylum seekers"
    approx: str | None  # "about", "more than", "up to" …
    sentence: int
    start: int  # char offsets in the sentence
    end: int


@frozen
class Event:
    """Who did what to whom in a clause, as the sentence says it: "Foreign Minister Alexander
    Holm signed the understanding" (agent Holm, verb "signed", patient "the understanding"),
    "Mr Blake was shot dead by pirates" (passive: agent "pirates", patient Blake). An agent or a
    patient is an entity when a name (or a pronoun for one) says who, else None with the words
    ("the management at Villawood"). ``negated``: the sentence says it did not happen ("was not
    able to receive", "no projects will be scrapped"); ``mode``: refused | failed | postponed |
    cancelled ("refused to cooperate", "postponed the vote", "no projects will be scrapped"); ``reported_by``: the speaker of the
    quotation it is in ("A said B had signed the order": B signed, A reported it)."""

    sentence: int
    verb: str  # the verb group, verbatim: "had been awarded", "was not able to receive"
    lemma: str  # the stem of its main verb
    agent: int | None
    agent_text: str | None
    patient: int | None
    patient_text: str | None
    negated: bool
    mode: str | None
    passive: bool
    reported_by: int | None
    start: int  # char offsets of the verb group in the sentence
    end: int


@frozen
class Place:
    name: str
    phrase: str
    entity: int | None
    token: int  # token index of the name


@frozen
class Party:
    name: str
    entity: int | None
    excluded: tuple[str, ...] = ()
    keys: frozenset[str] = frozenset()  # folded words that identify it in a question


@frozen
class Stance:
    kind: str  # support | recognize | oppose
    verb: str  # verbatim: "voiced support for", "recognized"
    parties: tuple[Party, ...]
    target: int | None
    target_text: str
    head: str | None  # "Several countries"
    sentence: int

    @property
    def excluded(self) -> tuple[str, ...]:
        return tuple(x for p in self.parties for x in p.excluded)


@frozen
class SentenceFacts:
    sentence: Sentence
    tokens: tuple[Token, ...]
    stems: frozenset[str]
    concepts: frozenset[str]
    entities: frozenset[int]  # mentioned here, by name, pronoun or description
    mentions: tuple[Mention, ...]
    times: tuple[TimeExpr, ...]
    places: tuple[Place, ...]
    quote: Quote | None
    # what reads its amounts and events the first time they are asked for (one for all the
    # sentences of an article: see ReadLater)
    later: ReadLater | None = field(default=None, compare=False, repr=False)

    @cached_property
    def amounts(self) -> tuple[Amount, ...]:
        """Its amounts, read the first time they are asked for."""
        return self.later.amounts(self) if self.later is not None else ()

    @cached_property
    def events(self) -> tuple[Event, ...]:
        """Its events, read the first time they are asked for."""
        return self.later.events(self) if self.later is not None else ()


class ReadLater(Protocol):
    """What reads a sentence's amounts and events (:mod:`bot.facts.extract`) when a question
    first asks for them, not when the article is loaded: few questions do (a count, a figure,
    an age; "what did X do?"), a count of a few sentences only, and reading them for every
    sentence of a long article was a quarter of its load. Each is a function of the sentence's
    own facts (its text, words, times, mentions and quotation) and of what the whole article
    says, read before: the same whenever it is read."""

    def amounts(self, info: SentenceFacts) -> tuple[Amount, ...]: ...

    def events(self, info: SentenceFacts) -> tuple[Event, ...]: ...


@dataclass(frozen=True)
class Facts:
    entities: tuple[Entity, ...]
    sentences: tuple[SentenceFacts, ...]
    quotes: tuple[Quote, ...]  # those with a named speaker (each sentence keeps its own)
    stances: tuple[Stance, ...]
    alias_index: dict[str, tuple[int, ...]] = field(default_factory=dict)
    vocabulary: frozenset[str] = frozenset()  # folded words and stems of the article

    @cached_property
    def amounts(self) -> tuple[Amount, ...]:
        """Every sentence's amounts, in order (read when first asked for: see ReadLater; with
        the garbage collector paused, as at load: see bot.facts.collector)."""
        with paused():
            return tuple(a for info in self.sentences for a in info.amounts)

    @cached_property
    def events(self) -> tuple[Event, ...]:
        """Every sentence's events, in order (read as the amounts are)."""
        with paused():
            return tuple(e for info in self.sentences for e in info.events)

    def entity(self, eid: int | None) -> Entity | None:
        return self.entities[eid] if eid is not None and 0 <= eid < len(self.entities) else None
