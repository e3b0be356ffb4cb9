"""People and names: which capitalised runs are entities, which entities are people, and their
roles — the first two passes over the article.

Pass 1 reads the body first, then the headline: every multi-word name (or titled single name)
becomes an entity, a person when a title, an appositive or a verb of saying says so. Pass 2 then
resolves the single-word names: a known surname or alias, an acronym, the one longer name that
starts with the word, else a new name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from ..text import Token, fold
from .entities import EntityTable
from .names import name_aliases
from .reading import Reading
from .roles import (
    affiliation,
    appositive,
    is_title,
    job_before,
    not_a_noun,
    owner_before,
    person_cue_before,
    role_as,
    role_before,
    says_after,
    says_after_affiliation,
    split_role,
    title_start,
)

_NORM = itemgetter(Token._fields.index("norm"))
_REGNAL = re.compile(r"^[IVXL]+$")  # "Pope Benedict XVI": a regnal number, not an acronym


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
    courtesy: Token | None = None  # "Mr", "Dr", "Sir", or the "Justice" of "judge Justice X"
    weak: bool = False  # the role after is only the owner's name: a later title replaces it


def find_entities(r: Reading, table: EntityTable) -> list[list[NameAt]]:
    """Passes 1 and 2: fill the table; per sentence, where its names are (in token order)."""
    names: list[list[NameAt]] = [[] for _ in r.sentences]
    singles: list[tuple[int, int, int]] = []
    body_first = [s.index for s in r.sentences if s.kind == "body"]
    body_first += [s.index for s in r.sentences if s.kind != "body"]
    # a run is read from its sentence's text alone (and what the whole article writes): a text
    # written more than once has its runs read once
    read: dict[str, list[_Run | None]] = {}
    for si in body_first:
        text = r.text(si)
        runs = read.get(text)
        if runs is None:
            runs = read[text] = [_read_run(r, si, a, b) for a, b in r.runs[si]]
        for (a, b), run in zip(r.runs[si], runs, strict=True):
            if run is None:
                continue
            if len(run.name) == 1 and not run.role and run.courtesy is None:
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
    apps: dict[tuple[str, int], str | None] = {}  # (text, where a name ends) → its appositive
    for si, a, b in singles:
        eid = _single_name(r, table, starts, si, a, b, apps)
        if eid is not None:
            names[si].append(NameAt(a, b, eid))
    for found in names:
        found.sort()
    _lede_description(r, table, names)
    return names


def _lede_description(r: Reading, table: EntityTable, names: list[list[NameAt]]) -> None:
    """ "An Iraqi doctor, being held at …, claims … . Dr Aamer Sultan had been …", "The former
    managing director of X has denied … . Jane Roe says …": a story that opens on someone
    described, not named, and names them as the subject of the next sentence — the description
    is the role of the one named (when they have none)."""
    body = [s.index for s in r.sentences if s.kind == "body"][:2]
    if len(body) < 2 or not names[body[1]]:
        return
    w, first, toks = r.words, body[0], r.tokens[body[0]]
    if not toks or toks[0].norm not in w.articles:
        return
    title = next((k for k in range(1, min(len(toks), 6)) if _described_as(w, toks, k)), None)
    if title is None or any(
        not_a_noun(w, x) and x.norm not in w.title_modifiers for x in toks[1:title]
    ):
        return
    while title + 1 < len(toks) and is_title(w, toks[title + 1]):
        title += 1  # "The former chief executive"
    at = names[body[1]][0]
    lead = r.tokens[body[1]][: at.start]
    e = table[at.entity]
    if e.is_person and e.role is None and all(x.norm in w.courtesy_titles for x in lead):
        text = r.text(first)
        of = w.of_place.match(text, toks[title].end)  # "… director of One.Tel"
        e.set_role(text[: of.end() if of else toks[title].end], first)


def _described_as(w, toks: list[Token], k: int) -> bool:
    """Is word ``k`` of a story's opening the noun of the person it describes: a title ("An
    Iraqi doctor", "The former managing director of X"), or a word for a person ("A Swiss
    fireman") before its verb?"""
    if is_title(w, toks[k]):
        return True
    nxt = toks[k + 1].norm if k + 1 < len(toks) else ""
    person = toks[k].norm.endswith(tuple(w.person_noun_endings))
    return person and (nxt in w.auxiliaries or nxt in w.say)


def _read_run(r: Reading, si: int, a: int, b: int) -> _Run | None:
    """Title part, name part and whether it is a person; None when the run names no one."""
    w = r.words
    toks = r.tokens[si]
    words = toks[a:b]
    role, courtesy, name = split_role(w, words)
    cut = _addressed_name(r, words) if role else 0
    if cut and not w.name_connectors.isdisjoint(map(_NORM, role + name)):
        # "Secretary of State Colin Powell": a title and a name when the article calls him
        # "Mr Powell"
        role, name = words[:-cut], words[-cut:]
    elif role and (
        not w.org_words.isdisjoint(map(_NORM, name))
        or not w.name_connectors.isdisjoint(map(_NORM, role + name))
    ):
        role, name = [], words  # "WTO General Council", "Association of Head Teachers"
    if _part_of_title(r, toks, words, b):
        return None  # "the French leader", "Former Danish trade minister X": no name
    if role and name and role[0].norm in w.stop and len(role) == 1:
        role = []
    if not name:
        return None  # "Palace Spokesman" with no name: a description, resolved later
    if role and _verb_as_name(r, toks, name, b):
        return None  # "Counsel Assisting the Commissioner": a title and a verb, no name
    is_org = not w.org_words.isdisjoint(map(_NORM, name))
    if not is_org:
        role, courtesy = _title_before(r, si, a, role, courtesy)
    person = (bool(role) or courtesy is not None) and not is_org and len(name) <= 4
    if person and any(
        x.text.isupper() and len(x.text) > 1 and not _REGNAL.match(x.text) for x in name
    ):
        # "Justice Watch UK": a title word inside an organisation's name
        person, role, courtesy, name = False, [], None, words
    if not is_org and not role and len(name) >= 2 and says_after(w, toks, b):
        role = job_before(r, si, a)  # "Nutrition Australia dietitian Rachael Bradford says"
    after, cue = None, False
    if not is_org and not role and (len(name) >= 2 or courtesy is not None):
        after, cue = _role_after(r, si, b)
    weak = False
    if after is None and not is_org and not role and len(name) >= 2:
        after = owner_before(r, si, a)  # "Westpac's David Lording"
        weak = after is not None
    if not person and not is_org and len(name) >= 2:
        person = (
            cue
            or says_after(w, toks, b)
            or person_cue_before(w, toks, a)
            or (b < len(toks) and toks[b].text.isupper() and toks[b].norm in w.post_nominals)
            or (len(name) <= 3 and name[-1].norm in r.alone and not r.is_place(name[-1].norm))
        )
    return _Run(role, name, person, after, courtesy, weak)


def _verb_as_name(r: Reading, toks: list[Token], name: list[Token], b: int) -> bool:
    """A one-word "name" after a title that is a gerund before an article: a verb."""
    return (
        len(name) == 1
        and r.words.rules.is_gerund(name[0].norm)
        and b < len(toks)
        and toks[b].norm in r.words.articles
    )


def _role_after(r: Reading, si: int, b: int) -> tuple[str | None, bool]:
    """A role written after a name, and whether it shows the name is a person's: an appositive
    ("X, the deputy director of the port authority,"), a title after "as" ("with Lopes as
    finance minister"), or the organisation the person is of ("Bill Shorten of the AWU says")."""
    w, toks, text = r.words, r.tokens[si], r.text(si)
    app = appositive(w, text, toks, b)
    if app is not None:
        return app, True
    titled = role_as(w, toks, b)
    if titled:
        return text[titled[0].start : titled[-1].end], True
    org = affiliation(w, text, toks, b)
    if org is not None:
        return org.group(0).strip(" ,"), says_after_affiliation(w, text, org)
    return None, False


def _addressed_name(r: Reading, words: list[Token]) -> int:
    """How many last words of a titled run are a name the article also writes after a courtesy
    title ("Colin Powell" in "Secretary of State Colin Powell", then "Mr Powell"); 0 if none."""
    if len(words) < 3 or words[-1].norm not in r.addressed:
        return 0
    cut = 3 if len(words) >= 4 and len(words[-2].text) == 1 else 2  # "John F Kennedy"
    return cut if any(is_title(r.words, x) for x in words[:-cut]) else 0


def _part_of_title(r: Reading, toks: list[Token], words: list[Token], b: int) -> bool:
    """ "the French leader", "Former Danish trade minister X": a run of adjectives and title
    modifiers before a lowercase word is part of a title, not a name."""
    if b >= len(toks) or toks[b].text[:1].isupper():
        return False
    w = r.words
    if len(words) == 1:
        if r.is_demonym(words[0].norm):
            return True  # "the French leader", "French officials"
        if words[0].norm not in w.title_modifiers:
            return False
    elif not all(r.is_demonym(x.norm) or x.norm in w.title_modifiers for x in words):
        return False
    for t in toks[b : b + 3]:
        if is_title(w, t):
            return True
        if t.norm in w.stop or t.text[:1].isupper():
            break
    return False


def _title_before(
    r: Reading, si: int, a: int, role: list[Token], courtesy: Token | None
) -> tuple[list[Token], Token | None]:
    """The title before the run when the run has none ("trade minister Jens Albeck"); the
    modifiers and owner before the run's own title ("Chief Inspector X" at the start of a
    sentence, "Ardenia's President X"); or, when the run's title is a form of address of the same
    kind as a title before it, that title ("trial judge Justice Richard Curtis": a judge)."""
    before = role_before(r, si, a)
    if len(before) == 1 and before[0].norm in r.words.courtesy_titles:
        return role, before[0]  # "Mr Blake" opening a sentence: a courtesy title, no role
    if not role:
        return before, courtesy
    kinds = r.words.title_kinds
    if (
        before
        and courtesy is None
        and len(role) == 1
        and not before[-1].text[:1].isupper()
        and kinds.get(role[0].norm) == kinds.get(before[-1].norm)
    ):
        return before, role[0]
    start = _title_of(r, si, a)
    if start is None:
        start = title_start(r, si, a, nouns_allowed=0)
    return r.tokens[si][start:a] + role, courtesy


def _title_of(r: Reading, si: int, a: int) -> int | None:
    """Where "Chairman of the" starts before a run that begins with what the title is of
    ("Chairman of the Joint Chiefs General X", "Secretary of the Navy Y"): a title word,
    "of" and perhaps "the" right before the run; None when there is none."""
    w, toks, text = r.words, r.tokens[si], r.text(si)
    k = a - 1
    if k >= 1 and toks[k].norm in w.definite_articles:
        k -= 1
    if k < 1 or toks[k].norm not in w.genitive_words or not is_title(w, toks[k - 1]):
        return None
    if not toks[k - 1].text[:1].isupper() or any(
        text[toks[j].end : toks[j + 1].start] != " " for j in range(k - 1, a - 1)
    ):
        return None
    return title_start(r, si, k - 1, nouns_allowed=0)


def _entity_of_run(r: Reading, table: EntityTable, si: int, run: _Run) -> int:
    """The entity a multi-word (or titled) name is: known by its name or surname, else new."""
    name = run.name
    eid = None
    if run.courtesy is not None:  # "Mr Blake": whoever the article calls so
        eid = table.lookup([run.courtesy.norm, name[-1].norm])
    if eid is None:
        eid = table.lookup([x.norm for x in name])
    if eid is None and run.person:
        eid = table.lookup([name[-1].norm])
        if eid is not None and (
            not table.is_person(eid) or not _same_person(table[eid].name, name)
        ):
            eid = None  # "Joyce Blake" is not "Peter Blake"
    if eid is None:
        words = name[1:] if name[0].norm in r.words.definite_articles else name
        kind = "person" if run.person else "name"
        eid = table.add(_written(r, si, words), kind, si, name_aliases(r, table, name, run.person))
        org = [x.norm for x in words if x.norm in r.words.org_words]
        if not run.person and org and not set(org) <= r.words.country_words:
            table.organisations.add(eid)
        return eid
    if run.person and len(name) >= 2 and len(table[eid].name.split()) < len(name):
        table[eid].name = " ".join(x.text for x in name)  # "Sova", then "Tomas Sova"
        for al in name_aliases(r, table, name, True):
            table.add_alias(eid, al)
    return eid


def _written(r: Reading, si: int, words: list[Token]) -> str:
    """The name as the sentence writes it: its words one space apart, or with the commas of a
    name that lists words ("Dock, Rail and Freight Union")."""
    joined = " ".join(x.text for x in words)
    text = r.text(si)[words[0].start : words[-1].end]
    return text if ", " in text and text.replace(",", "") == joined else joined


def _same_person(known: str, name: list[Token]) -> bool:
    """Can a person known as ``known`` be called ``name`` (the same surname)? Not with another
    first name: "Peter Blake" and "Joyce Blake"."""
    words = known.split()
    return len(words) < 2 or len(name) < 2 or fold(words[0]) == name[0].norm


def _learn_role(r: Reading, table: EntityTable, si: int, b: int, eid: int, run: _Run) -> None:
    """The first title or appositive found for an entity is its role; a person's aliases."""
    e = table[eid]
    text = r.text(si)
    if run.role and (e.role is None or e.weak_role):
        role = text[run.role[0].start : run.role[-1].end]
        of = r.words.of_place.match(text[r.tokens[si][b - 1].end :])
        if of:
            role += f" {of.group('of')} {of.group('place')}"
        e.set_role(role, si)
    if run.appositive and (e.role is None or (e.weak_role and not run.weak)):
        e.set_role(run.appositive, si, weak=run.weak)
    if run.person:
        e.kind = "person"
        for al in name_aliases(r, table, run.name, True):
            table.add_alias(eid, al)
    described = r.words.described.match(text, r.tokens[si][b - 1].end)
    plural = described and described.group(1).split()[1].lower() in r.words.plural_verbs
    if described and not plural and len(run.name) >= 2 and not table.is_organisation(eid):
        # "Gary Redmond, who lost his son Scott, says": someone, described
        e.kind = "person"
        if e.description is None:
            e.description, e.description_sentence = described.group(1), si
    if run.courtesy is not None and e.is_person:
        if e.honorific is None:
            e.honorific = run.courtesy.text
        table.add_alias(eid, f"{run.courtesy.norm} {run.name[-1].norm}")  # "dr sultan"


def _before_person(r: Reading, si: int, b: int) -> bool:
    """Is the one-word name an adjective of a person noun ("an Australian man", "a Dutch
    journalist") — no short form of a longer name ("Australian Federal Police")?"""
    toks = r.tokens[si]
    if b >= len(toks) or toks[b].text[:1].isupper() or toks[b].start != toks[b - 1].end + 1:
        return False
    return toks[b].norm.endswith(tuple(r.words.person_noun_endings)) or (
        toks[b].norm in r.words.titles
    )


def _single_name(
    r: Reading,
    table: EntityTable,
    starts: dict[str, list[int]],
    si: int,
    a: int,
    b: int,
    apps: dict[tuple[str, int], str | None],
) -> int | None:
    """A one-word name: a known surname or alias, an acronym, the one longer name that starts
    with it ("Ashford" after "Ashford Rovers"), else a new name — not a common word. ``apps``:
    the appositives read so far, by text and where the name ends (read once each)."""
    w = r.tokens[si][a]
    eid = table.lookup([w.norm])
    if eid is None and w.text.isupper() and w.text in table.acronyms:
        eid = table.lookup([x.norm for x in table.acronyms[w.text]])
        if eid is not None:
            table.add_alias(eid, w.norm, acronym=True)
    if eid is None:
        longer = [x for x in starts.get(w.norm, ()) if not table.is_person(x)]
        if len(longer) == 1 and w.norm not in r.lower_words and not _before_person(r, si, b):
            eid = longer[0]
            table.add_alias(eid, w.norm)
    if eid is None:
        if w.norm in r.lower_words:
            return None  # "the league said…": a common noun capitalised once
        eid = table.add(w.text, "name", si, set())
        table.add_alias(eid, w.norm, acronym=w.text.isupper())  # "US" is a name, "us" a word
    e = table[eid]
    if e.role is None:
        key = (r.text(si), b)
        if key not in apps:
            apps[key] = appositive(r.words, key[0], r.tokens[si], b)
        app = apps[key]
        if app and (e.kind == "person" or len(e.name.split()) >= 2):
            e.set_role(app, si)
            e.kind = "person"
    return eid
