"""People and names: which capitalised runs are entities, which entities are people, and their
roles — the first two passes over the article.

Pass 1 reads the body first, then the headline: every multi-word name (or titled single name)
becomes an entity, a person when a title, an appositive or a verb of saying says so. Pass 2 then
resolves the single-word names: a known surname or alias, an acronym, the one longer name that
starts with the word, else a new name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from ..text import Token, fold
from .entities import EntityTable
from .names import name_aliases
from .reading import Reading
from .roles import appositive, person_cue_before, role_before, says_after, split_role


class NameAt(NamedTuple):
    """An entity named by tokens start..end of a sentence."""

    start: int
    end: int
    entity: int


@dataclass
class _Run:
    """A capitalised run read as (title part, name part)."""

    role: list[Token]
    name: list[Token]
    person: bool
    appositive: str | None


def find_entities(r: Reading, table: EntityTable) -> list[list[NameAt]]:
    """Passes 1 and 2: fill the table; per sentence, where its names are (in token order)."""
    names: list[list[NameAt]] = [[] for _ in r.sentences]
    singles: list[tuple[int, int, int]] = []
    body_first = [s.index for s in r.sentences if s.kind == "body"]
    body_first += [s.index for s in r.sentences if s.kind != "body"]
    for si in body_first:
        for a, b in r.runs[si]:
            run = _read_run(r, si, a, b)
            if run is None:
                continue
            if len(run.name) == 1 and not run.role:
                singles.append((si, a, b))
                continue
            eid = _entity_of_run(r, table, si, run)
            _learn_role(r, table, si, b, eid, run)
            names[si].append(NameAt(b - len(run.name), b, eid))  # the name ends the run
    for key, words in list(table.acronyms.items()):
        eid = table.lookup([x.norm for x in words])
        if eid is not None and len(key) >= 2:
            table.add_alias(eid, key, acronym=True)  # "OAS" may be asked though never written
    # multi-word names by their first word ("Ashford" → "Ashford Rovers"); pass 2 adds only
    # one-word names and renames none
    starts: dict[str, list[int]] = {}
    for eid, e in enumerate(table.drafts):
        if " " in e.name:
            starts.setdefault(fold(e.name.split()[0]), []).append(eid)
    for si, a, b in singles:
        eid = _single_name(r, table, starts, si, a, b)
        if eid is not None:
            names[si].append(NameAt(a, b, eid))
    for found in names:
        found.sort()
    return names


def _read_run(r: Reading, si: int, a: int, b: int) -> _Run | None:
    """Title part, name part and whether it is a person; None when the run names no one."""
    w = r.words
    toks = r.tokens[si]
    words = toks[a:b]
    role, name = split_role(w, words)
    if role and (
        any(x.norm in w.org_words for x in words) or any(x.norm in w.name_connectors for x in role)
    ):
        role, name = [], words  # "WTO General Council", "Association of Head Teachers"
    if len(words) == 1 and r.is_demonym(words[0].norm):
        if b < len(toks) and not toks[b].text[:1].isupper():
            return None  # "the French leader": an adjective, not a name
    if role and name and role[0].norm in w.stop and len(role) == 1:
        role = []
    if not name:
        return None  # "Kremlin Spokesman" with no name: a description, resolved later
    is_org = any(x.norm in w.org_words for x in name)
    if not role and not is_org:
        role = role_before(r, toks, a) or role
    person = bool(role) and not is_org and len(name) <= 4
    if person and any(x.text.isupper() and len(x.text) > 1 for x in name):
        # "Justice Watch UK": a title word inside an organisation's name
        person, role, name = False, [], words
    app = None
    if not person and not is_org and len(name) >= 2:
        app = appositive(w, r.text(si), toks, b)
        person = (
            app is not None
            or says_after(w, toks, b)
            or person_cue_before(w, toks, a)
            or (len(name) <= 3 and name[-1].norm in r.alone)
        )
    return _Run(role, name, person, app)


def _entity_of_run(r: Reading, table: EntityTable, si: int, run: _Run) -> int:
    """The entity a multi-word (or titled) name is: known by its name or surname, else new."""
    name = run.name
    eid = table.lookup([x.norm for x in name])
    if eid is None and run.person:
        eid = table.lookup([name[-1].norm])
        if eid is not None and not table.is_person(eid):
            eid = None
    if eid is None:
        words = name[1:] if name[0].norm in r.words.definite_articles else name
        kind = "person" if run.person else "name"
        return table.add(
            " ".join(x.text for x in words), kind, si, name_aliases(r, table, name, run.person)
        )
    if run.person and len(name) >= 2 and len(table[eid].name.split()) < len(name):
        table[eid].name = " ".join(x.text for x in name)  # "Maduro", then "Nicolas Maduro"
        for al in name_aliases(r, table, name, True):
            table.add_alias(eid, al)
    return eid


def _learn_role(r: Reading, table: EntityTable, si: int, b: int, eid: int, run: _Run) -> None:
    """The first title or appositive found for an entity is its role; a person's aliases."""
    e = table[eid]
    text = r.text(si)
    if run.role and e.role is None:
        role = text[run.role[0].start : run.role[-1].end]
        of = r.words.of_place.match(text[r.tokens[si][b - 1].end :])
        if of:
            role += f" {of.group('of')} {of.group('place')}"
        e.set_role(role, si)
    if run.appositive and e.role is None:
        e.set_role(run.appositive, si)
    if run.person:
        e.kind = "person"
        for al in name_aliases(r, table, run.name, True):
            table.add_alias(eid, al)


def _single_name(
    r: Reading, table: EntityTable, starts: dict[str, list[int]], si: int, a: int, b: int
) -> int | None:
    """A one-word name: a known surname or alias, an acronym, the one longer name that starts
    with it ("Ashford" after "Ashford Rovers"), else a new name — not a common word."""
    w = r.tokens[si][a]
    eid = table.lookup([w.norm])
    if eid is None and w.text.isupper() and w.text in table.acronyms:
        eid = table.lookup([x.norm for x in table.acronyms[w.text]])
        if eid is not None:
            table.add_alias(eid, w.norm, acronym=True)
    if eid is None:
        longer = [x for x in starts.get(w.norm, ()) if not table.is_person(x)]
        if len(longer) == 1 and w.norm not in r.lower_words:
            eid = longer[0]
            table.add_alias(eid, w.norm)
    if eid is None:
        if w.norm in r.lower_words:
            return None  # "the league said…": a common noun capitalised once
        eid = table.add(w.text, "name", si, {w.norm})
    e = table[eid]
    if e.role is None:
        app = appositive(r.words, r.text(si), r.tokens[si], b)
        if app and (e.kind == "person" or len(e.name.split()) >= 2):
            e.set_role(app, si)
            e.kind = "person"
    return eid
