"""Who "the <adjectives> <title>" of an article's sentences is, read in reading order.

:meth:`RoleHolders.resolve <bot.facts.roles.RoleHolders.resolve>` weighs every person who fits a
description: introduced by then, preferred (named in the headline), holding the title itself
or a head of state's, then the most mentioned, then the first. In an article with thousands of
governors, "the governor" in every other sentence weighed them all each time: quadratic.
:class:`Descriptions` gives the same answers, weighing everyone once per description and then
keeping its answer up to date: while the body is read, nobody's weight goes down (a person is
introduced for good, mentions only add up), so between two readings of a description only the
people mentioned or introduced since can overtake the one it named.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from .roles import HEAD_OF_STATE, RoleHolder, RoleHolders


@dataclass
class _Description:
    """The people who fit one description (in RoleHolders' order), and the one it named."""

    people: list[tuple[int, bool, bool]]  # (entity, preferred, holds the title or a head's)
    at: dict[int, int]  # entity → its place among people
    since: list[int]  # the reading position each is introduced at, by place
    order: list[int]  # places in the order they are introduced
    sorted_since: list[int]  # ``since`` in that order
    here: int = -1  # the reading position it was last read at
    logged: int = 0  # how much of the mentions log it has seen
    best: int = -1  # the place of the one it named


class Descriptions:
    """The descriptions of one article's sentences, read in reading order: ``mentioned`` must
    hear of every mention counted meanwhile."""

    recount = 1  # weigh everyone again when more mentions came since than people fit

    def __init__(
        self,
        roles: RoleHolders,
        entities: Sequence[RoleHolder],
        position: Callable[[int], int],
        prefer: Collection[int],
        heads: Collection[str],
    ):
        self.roles = roles
        self.entities = entities
        self.position = position  # a sentence index → its reading position
        self.prefer = prefer
        self.heads = heads
        self.log: list[int] = []  # the entities whose mentions grew, in order
        self.known: dict[tuple[tuple[str, ...], str], _Description] = {}

    def mentioned(self, eids: list[int]) -> None:
        """The entities whose mentions were counted (once per mention)."""
        self.log += eids

    def resolve(self, adjectives: Sequence[str], title: str, here: int) -> int | None:
        """``RoleHolders.resolve(adjectives, title, introduced=<first read by here>,
        prefer=prefer, heads=heads)``."""
        key = (tuple(adjectives), title)
        d = self.known.get(key)
        if d is None:
            d = self.known[key] = self._description(*key)
        if not d.people:
            return None
        if d.best < 0 or here < d.here or len(self.log) - d.logged > self.recount * len(d.people):
            # the first time, after the front matter (read as last), or after much news
            d.best = self._heaviest(d, range(len(d.people)), here)
        else:
            news = d.order[
                bisect_right(d.sorted_since, d.here) : bisect_right(d.sorted_since, here)
            ]
            news += [d.at[eid] for eid in self.log[d.logged :] if eid in d.at]
            d.best = self._heaviest(d, sorted({d.best, *news}), here)
        d.here, d.logged = here, len(self.log)
        return d.people[d.best][0]

    def _heaviest(self, d: _Description, places, here: int) -> int:
        """The first of the heaviest among ``places`` (in order): introduced by ``here``,
        preferred, holding the title (or a head's), most mentioned."""
        best, heaviest = -1, None
        for k in places:
            eid, preferred, first = d.people[k]
            weight = (d.since[k] <= here, preferred, first, self.entities[eid].mentions)
            if heaviest is None or weight > heaviest:
                best, heaviest = k, weight
        return best

    def _description(self, adjectives: tuple[str, ...], title: str) -> _Description:
        kind = self.roles.title_kinds.get(title)
        people = [
            (eid, eid in self.prefer, titled or kind == HEAD_OF_STATE)
            for eid, literal, titled in self.roles.fitting(adjectives, title)
            if literal or title in self.heads
        ]
        since = [self.position(self.entities[eid].first_sentence) for eid, _, _ in people]
        order = sorted(range(len(people)), key=since.__getitem__)
        return _Description(
            people=people,
            at={eid: k for k, (eid, _, _) in enumerate(people)},
            since=since,
            order=order,
            sorted_since=[since[k] for k in order],
        )
