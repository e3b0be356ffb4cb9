"""The entities of an article while it is read: typed drafts and the index of their aliases.

An :class:`EntityDraft` is mutable while the passes learn more about it (its role, its age, that it
is a person, how often it is mentioned); :meth:`EntityTable.freeze` turns the drafts into the
frozen :class:`~bot.facts.model.Entity` records the rest of the bot reads.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text import Token, fold
from .model import Entity


@dataclass
class EntityDraft:
    """A person or a named thing as far as the passes have read."""

    name: str
    kind: str  # person | name
    first_sentence: int
    role: str | None = None
    role_sentence: int | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: int = 0
    age: str | None = None
    age_sentence: int | None = None
    honorific: str | None = None
    weak_role: bool = False
    description: str | None = None
    description_sentence: int | None = None

    @property
    def is_person(self) -> bool:
        return self.kind == "person"

    def set_role(self, role: str, sentence: int, weak: bool = False) -> None:
        """Its role; a weak one (only the organisation it is of) gives way to a title."""
        self.role, self.role_sentence, self.weak_role = role, sentence, weak

    def freeze(self, eid: int) -> Entity:
        return Entity(
            id=eid,
            name=self.name,
            kind=self.kind,
            role=self.role,
            role_sentence=self.role_sentence,
            owner_role=self.weak_role,
            aliases=frozenset(self.aliases),
            first_sentence=self.first_sentence,
            mentions=self.mentions,
            age=self.age,
            age_sentence=self.age_sentence,
            honorific=self.honorific,
            description=self.description,
            description_sentence=self.description_sentence,
        )


class EntityTable:
    """The drafts in order of introduction (their index is their id), every alias → its
    entities, and the acronyms of multi-word names ("OAS" → Organization of American States)."""

    def __init__(self, stopwords: frozenset[str]):
        self.stopwords = stopwords
        self.drafts: list[EntityDraft] = []
        self.alias: dict[str, list[int]] = {}
        self.acronyms: dict[str, list[Token]] = {}  # initials of multi-word names → their words
        self.organisations: set[int] = set()  # names with an organisation's word in them

    def __getitem__(self, eid: int) -> EntityDraft:
        return self.drafts[eid]

    def __len__(self) -> int:
        return len(self.drafts)

    def is_person(self, eid: int) -> bool:
        return self.drafts[eid].kind == "person"

    def is_organisation(self, eid: int) -> bool:
        """A name with an organisation's word in it ("Federal Open Market Committee"), not a
        bare place or a company's name."""
        return eid in self.organisations

    def add(self, name: str, kind: str, si: int, aliases: set[str]) -> int:
        eid = len(self.drafts)
        self.drafts.append(EntityDraft(name, kind, si))
        for a in aliases:
            self.add_alias(eid, a)
        return eid

    def add_alias(self, eid: int, alias: str, acronym: bool = False) -> None:
        alias = fold(alias).strip()
        if not alias or (alias in self.stopwords and not acronym):
            return
        for a in {alias, alias.replace("-", " ")}:  # "Channel-4" is also typed "channel 4"
            self.drafts[eid].aliases.add(a)
            lst = self.alias.setdefault(a, [])
            if eid not in lst:
                lst.append(eid)

    def lookup(self, norm_words: list[str]) -> int | None:
        ids = self.alias.get(" ".join(norm_words))
        if ids:
            # a surname shared by two people: the most recently introduced wins
            if len(ids) == 1:
                return ids[-1]
            return max(ids, key=lambda e: self.drafts[e].first_sentence)
        return None

    def freeze(self) -> tuple[Entity, ...]:
        return tuple(d.freeze(i) for i, d in enumerate(self.drafts))

    def alias_index(self) -> dict[str, tuple[int, ...]]:
        return {k: tuple(v) for k, v in self.alias.items()}
