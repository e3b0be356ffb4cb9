"""Roles: the titles before a name ("Deputy Foreign Minister X", "former trade minister X"), the
appositive after it ("X, the foreign minister,"), the cues that a name is a person's ("said X",
"Dr. X"), and the one resolver of "the <adjective> <title>" ("the Ardenian leader")."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Sequence
from typing import TYPE_CHECKING, NamedTuple, Protocol

from ..text import Token, fold

if TYPE_CHECKING:
    from ..lexicon import Lexicon
    from .reading import Reading
    from .words import Words

_WORD = re.compile(r"[\w'-]+")
HEAD_OF_STATE = "leader"  # the title kind (vocabulary.yaml `titles`) of presidents, kings…


class TitledName(NamedTuple):
    """A capitalised run read as its title part, its courtesy title and its name part."""

    role: list[Token]
    courtesy: Token | None
    name: list[Token]


def is_title(w: Words, t: Token) -> bool:
    """A title word: "minister", or a hyphenated one whose last part is ("Vice-President",
    "Attorney-General", "vice-captain")."""
    if t.norm in w.titles:
        return True
    if "-" not in t.norm:
        return False
    head, _, last = t.norm.rpartition("-")
    return bool(head) and last in w.titles


def split_role(w: Words, toks: list[Token]) -> TitledName:
    """A run → (title part, courtesy title, name part). A courtesy title ("Mr", "Dr", "Sir")
    belongs to the name, and what follows it is the name even when it is a title word too ("Dr
    Sultan"); otherwise the title part ends at the last title word."""
    for h, t in enumerate(toks[:-1]):
        if t.norm in w.courtesy_titles:
            role = toks[:h] if any(is_title(w, x) for x in toks[:h]) else []
            return TitledName(role, t, toks[h + 1 :])
    last = -1
    for k, t in enumerate(toks):
        if is_title(w, t):
            last = k
    if last == -1:
        return TitledName([], None, toks)
    return TitledName(toks[: last + 1], None, toks[last + 1 :])


def appositive(w: Words, text: str, toks: list[Token], b: int) -> str | None:
    """ "Name, <role words with a title>," → the role."""
    if b >= len(toks):
        return None
    m = w.appositive.match(text, toks[b - 1].end)
    if not m:
        return None
    phrase = m.group(1)
    words = [fold(x) for x in _WORD.findall(phrase)]
    if m.group("said") is not None and not any(x in w.titles for x in words):
        return None  # "X, an advisor to Y said" (a comma forgotten), not "X, a man they say"
    if not words or words[0] in w.relative_pronouns:
        return None  # "X, who …": a relative clause (and "X, said …" is no role either, below)
    lead = phrase.split()
    if len(lead) > 1 and lead[0].lower() in w.articles and lead[1][:1].isupper():
        return None  # "X, the Association of Y, and Z": the next item of a list, not a role
    head = w.relative_clause.split(phrase)[0]
    if any(x in w.say for x in words[: len(head.split())]):
        return None
    if any(x in w.titles for x in words):
        return head
    # "Marcus Bell, a retired teacher who …": an article and a short noun phrase
    if words[0] in w.articles and 2 <= len(head.split()) <= 7 and not head[0].isupper():
        return head
    return None


def job_before(r: Reading, si: int, a: int) -> list[Token]:
    """ "Nutrition Australia dietitian Rachael Bradford says": a word of work between a name
    and the name of a person who speaks — the title the language's list does not have."""
    w, toks, text = r.words, r.tokens[si], r.text(si)
    if a < 2:
        return []
    job, owner = toks[a - 1], toks[a - 2]
    if (
        job.text[:1].isupper()
        or not job.norm.isalpha()
        or len(job.norm) < 4
        or not_a_noun(w, job)
        or w.rules.is_plural(job.norm)
        or job.norm in w.relative_times
        or not owner.text[:1].isupper()
        or owner.norm in w.stop
        or text[owner.end : job.start] != " "
        or text[job.end : toks[a].start] != " "
    ):
        return []
    k = a - 2
    while k > 0 and toks[k - 1].text[:1].isupper() and text[toks[k - 1].end : toks[k].start] == " ":
        k -= 1
    while k < a - 2 and toks[k].norm in w.stop:
        k += 1
    return list(toks[k:a])


def owner_before(r: Reading, si: int, a: int) -> str | None:
    """ "Westpac's David Lording", "The Queensland Tourism Industry Council's Daniel Gschwind":
    the organisation a person is of, written as its owner."""
    w, toks = r.words, r.tokens[si]
    if a >= 2 and toks[a - 2].possessive and _bracketed(r.text(si), toks, a - 1):
        # "The Harbour, Rail and Transport Union's (HRTU) Ivo Rekk": the short name written
        return toks[a - 1].text
    if a == 0 or not toks[a - 1].possessive:
        return None
    if not toks[a - 1].text[:1].isupper():
        # "the bureau's Ola Brenn": a body the article named before, by its kind
        if a >= 2 and toks[a - 2].norm in w.definite_articles and toks[a - 1].norm in w.org_words:
            return r.text(si)[toks[a - 2].start : toks[a - 1].end]
        return None
    k = a - 1
    while k > 0 and toks[k - 1].text[:1].isupper() and not toks[k - 1].possessive:
        k -= 1
    while k < a - 1 and toks[k].norm in w.definite_articles:
        k += 1
    if a - k == 1 and r.is_place(toks[k].norm):
        return None  # "Kenya's Amina Wanjiru": where she is from, not whom she works for
    return r.text(si)[toks[k].start : toks[a - 1].end]


def _bracketed(text: str, toks: list[Token], k: int) -> bool:
    """Is word ``k`` an acronym in brackets of its own ("Union's (HRTU) X")?"""
    t = toks[k]
    return (
        len(t.text) > 1
        and t.text.isupper()
        and text[toks[k - 1].end : t.start].endswith(" (")
        and k + 1 < len(toks)
        and text[t.end : toks[k + 1].start] == ") "
    )


def role_as(w: Words, toks: list[Token], b: int) -> list[Token]:
    """ "with Lopes as finance minister": the title after "as" right after a name."""
    if b + 1 >= len(toks) or toks[b].norm not in w.role_as_words:
        return []
    k = b + 1
    if toks[k].norm in w.articles:
        k += 1
    for j in range(k, min(k + 4, len(toks))):
        if is_title(w, toks[j]):
            return list(toks[k : j + 1])
        if not_a_noun(w, toks[j]) and toks[j].norm not in w.title_modifiers:
            break
    return []


def affiliation(w: Words, text: str, toks: list[Token], b: int) -> re.Match | None:
    """ "Bill Shorten of the Australian Workers Union", "Doug Cameron from the Manufacturing
    Workers Union": the organisation named right after a name."""
    m = w.affiliation.match(text, toks[b - 1].end)
    if m and any(fold(x) in w.org_words for x in _WORD.findall(m.group("org"))):
        return m
    return None


def says_after_affiliation(w: Words, text: str, m: re.Match) -> bool:
    """ "… of the Australian Workers Union (AWU) says": a verb of saying after it."""
    after = w.after_affiliation.match(text, m.end())
    if after is None:
        return False
    first, second = fold(after.group(1)), fold(after.group(2) or "")
    adverb = first in w.reporting_adverbs or w.rules.is_adverb(first)
    return first in w.say or (adverb and second in w.say)


def role_before(r: Reading, si: int, a: int) -> list[Token]:
    """The title right before a name that is not part of the name's capitalised run: "former
    Danish trade minister Jens Albeck", "Chief executive Denis Adams", "Norway's crown prince
    Haakon", "Portena mayor Ilse Marr", "The Immigration Minister, Per Lund", "the
    unit director, professor Ann Lee"."""
    w = r.words
    toks = r.tokens[si]
    if not a or toks[a - 1].possessive:
        return []  # "the Prime Minister's Kirribilli residence": the title is the owner's
    if not (is_title(w, toks[a - 1]) or w.rules.singular(toks[a - 1].norm) in w.titles):
        return _title_with_tail(r, si, a)
    if toks[a - 1].text[:1].isupper() and a >= 2:
        # "WHO Director of Health Emergencies Dr. Tomas Reinholt": the capitalised title run
        k = a - 1
        text = r.text(si)
        while k - 1 >= 0 and a - k < 8:
            p = toks[k - 1]
            if not (p.text[:1].isupper() or p.norm in w.title_joiners) or p.possessive:
                break
            if text[p.end : toks[k].start] != " ":
                break  # "Minister Per Lund, the Foreign Minister, Ada Holm"
            k -= 1
        while k < a - 1 and toks[k].norm in w.title_joiners:
            k += 1
        return list(toks[k:a])
    k = title_start(r, si, a - 1)
    text = r.text(si)
    if k >= 2 and text[toks[k - 1].end : toks[k].start] == ", " and is_title(w, toks[k - 1]):
        # "the institute's Statistics Unit director, professor Helena Britt": two titles in
        # apposition, both hers
        k = title_start(r, si, k - 1)
    return list(toks[k:a])


def _title_with_tail(r: Reading, si: int, a: int) -> list[Token]:
    """ "New Zealand's ambassador to Brazil, Denise Almao", "the secretary of the TWU, Tony
    Sheldon": a title and what it is of, set off by a comma right before the name."""
    w, toks, text = r.words, r.tokens[si], r.text(si)
    if not text[toks[a - 1].end : toks[a].start].startswith(","):
        return []
    t = next((k for k in range(a - 2, max(a - 7, -1), -1) if is_title(w, toks[k])), None)
    if t is None or toks[t + 1].norm not in w.role_prepositions:
        return []
    for k in range(t + 1, a - 1):
        if text[toks[k].end : toks[k + 1].start] != " ":
            return []
    for x in toks[t + 2 : a]:  # "of the TWU", "to the centre", "to Brazil": no verb, no clause
        if x.norm not in w.definite_articles and not_a_noun(w, x) and not x.text[:1].isupper():
            return []
    return list(toks[title_start(r, si, t) : a])


def title_start(r: Reading, si: int, k: int, nouns_allowed: int = 2) -> int:
    """Where the title that ends at title word k (or that starts at token k) starts: its
    modifiers ("former", "Chief"), up to ``nouns_allowed`` lowercase nouns right before it
    ("trade", "crown"), and a capitalised owner before those ("Norway's", "New York")."""
    w, toks, text = r.words, r.tokens[si], r.text(si)
    nouns = names = 0
    while k - 1 >= 0:
        p = toks[k - 1]
        if text[p.end : toks[k].start] not in (" ", "'s ", "’s ", "' ", "’ "):
            break
        if p.norm in w.title_modifiers or is_title(w, p):
            k -= 1
            continue
        if p.text[:1].isupper():
            stop = p.norm in w.stop and not p.text.isupper()  # "US envoy": an acronym
            if stop or p.norm in w.months or p.norm in w.weekdays or names >= 3:
                break
            if p.norm in w.time_words:
                break  # "Yesterday spokesman X", "Last week analyst X": a time, no owner
            names += 1  # an owner: "Danish", "New York", "Norway's", "UN"
        elif names or nouns >= nouns_allowed or not_a_noun(w, p) or p.norm in w.time_words:
            break
        else:
            nouns += 1
        k -= 1
    while toks[k].norm in w.title_joiners and k < len(toks) - 1:
        k += 1
    return k


def not_a_noun(w: Words, t: Token) -> bool:
    """A word that cannot be part of a title before a name: a function word, a possessive
    ("his coach"), a verb of saying or a participle ("said", "leading")."""
    return (
        t.norm in w.stop
        or t.possessive
        or t.norm in w.say
        or w.rules.is_participle(t.norm)
        or not t.norm.isalpha()
    )


def named_place(w: Words, toks: list[Token], j: int) -> int | None:
    """The place preposition of "in an area called X" (word ``j`` ends "called" or "known
    as"): a preposition at most three words before it, no punctuation between."""
    norm = toks[j].norm
    for words in w.place_naming_words:
        if words[-1] != norm:
            continue  # (the phrase ends at word j)
        a = j - len(words) + 1
        if a < 1 or [t.norm for t in toks[a : j + 1]] != words:
            continue
        if toks[a - 1].norm.endswith(tuple(w.person_noun_endings)):
            return None  # "to a man called X": a person
        for k in range(a - 1, max(a - 5, -1), -1):
            if toks[k + 1].start - toks[k].end != 1:
                return None  # punctuation between
            if toks[k].norm in w.place_prepositions:
                return k
    return None


def person_cue_before(w: Words, toks: list[Token], a: int) -> bool:
    """ "said Marcus Bell", "Dr. Priya Anand": a verb of saying or an honorific before."""
    if a == 0:
        return False
    prev = toks[a - 1].norm
    if named_place(w, toks, a - 1) is not None:
        return False  # "in an area called Grey Marsh": a place's name, no speaker's
    # "told Radio New Zealand": the one told is no speaker
    told = prev in w.reporting_verbs_with_object
    return (prev in w.say and not told) or prev in w.honorifics or prev in w.courtesy_titles


def says_after(w: Words, toks: list[Token], b: int) -> bool:
    """ "Marcus Bell said", "Joyce Blake also told": a verb of saying right after the name."""
    if (
        b + 1 < len(toks)
        and toks[b].start == toks[b - 1].end + 1  # "X also told", not "X, have said"
        and (toks[b].norm in w.reporting_adverbs or w.rules.is_adverb(toks[b].norm))
    ):
        b += 1
    return b < len(toks) and toks[b].norm in w.say


# --------------------------------------------------------------------------- descriptions


class RoleHolder(Protocol):
    """What the resolver reads of an entity: a frozen Entity or a draft alike."""

    kind: str
    role: str | None
    mentions: int
    first_sentence: int


def resolve_description(
    adjectives: Sequence[str],
    title: str,
    entities: Sequence[RoleHolder],
    lex: Lexicon,
    *,
    introduced: Callable[[RoleHolder], bool] | None = None,
    prefer: Collection[int] = (),
    heads: Collection[str] | None = None,
) -> int | None:
    """The id of the person "the <adjectives> <title>" refers to ("the Ardenian leader"), or None.

    See :meth:`RoleHolders.resolve`; ``entities`` are indexed by id (frozen entities or drafts)."""
    return RoleHolders(entities, lex.titles, lex.rules).resolve(
        adjectives, title, introduced=introduced, prefer=prefer, heads=heads
    )


class RoleHolders:
    """The people with a role and the folded words of it, indexed by the kinds of title in it:
    built once, it resolves many descriptions (the roles must not change meanwhile). The one
    resolver of "the <adjective> <title>", for the article's sentences and the questions alike."""

    def __init__(
        self,
        entities: Sequence[RoleHolder],
        title_kinds: dict[str, str],
        rules,
        ranks: Collection[str] = (),
    ):
        self.entities = entities
        # "deputy", "former": a role with one of these is another post than the bare title's
        self.ranks = frozenset(ranks)
        self.title_kinds = title_kinds
        self.stem = rules.stem
        self.same_root = rules.same_root
        self.role_words: dict[int, list[str]] = {}
        self.role_stems: dict[int, frozenset[str]] = {}
        # kind of title → the people whose role has a title of that kind (None: a plain word)
        self.by_kind: dict[str | None, list[int]] = {}
        self._fits: dict[tuple[tuple[str, ...], str], list[tuple[int, bool, bool]]] = {}
        for eid, e in enumerate(entities):
            if e.kind == "person" and e.role:
                role = [fold(x) for x in _WORD.findall(e.role)]
                self.role_words[eid] = role
                self.role_stems[eid] = frozenset(self.stem(r) for r in role)
                for kind in dict.fromkeys(title_kinds.get(r) for r in role):
                    self.by_kind.setdefault(kind, []).append(eid)

    def resolve(
        self,
        adjectives: Sequence[str],
        title: str,
        *,
        introduced: Callable[[RoleHolder], bool] | None = None,
        prefer: Collection[int] = (),
        heads: Collection[str] | None = None,
        accept: Callable[[int], bool] | None = None,
        ranked: bool = False,
    ) -> int | None:
        """A person fits when every adjective is a word of their role (the word itself, its stem,
        or a word it comes from: "ardenian" is "ardenia") and their role holds the title or a title
        of the same kind ("leader" finds a president). Among those who fit: one already
        introduced, then one preferred, then the most mentioned.

        ``heads`` (a question's reading): only these generic titles ("leader") stand for another
        title of their kind — an asker's "the minister" is not the article's "secretary" — and a
        literal holder of the title, or a head of state, wins over the others. ``accept`` (an id
        → bool) may rule out more ("the Ardenian …" read in another language: a role naming Ardenia).
        ``ranked``: a title asked for as a post ("who is the minister?") is not held by someone
        whose role has a rank the description lacks ("deputy", "former")."""
        best = None
        best_key = None
        kind = self.title_kinds.get(title)
        for eid, literal, titled in self.fitting(tuple(adjectives), title):
            if heads is not None and not literal and title not in heads:
                continue
            if accept is not None and not accept(eid):
                continue
            if ranked and literal and self._outranked(eid, adjectives, title):
                continue  # "who is the foreign minister?" does not ask for a deputy one
            e = self.entities[eid]
            first = heads is not None and (titled or kind == HEAD_OF_STATE)
            key = (introduced is None or introduced(e), eid in prefer, first, e.mentions)
            if best_key is None or key > best_key:
                best, best_key = eid, key
        return best

    def outranked(self, adjectives: Sequence[str], title: str) -> bool:
        """Does the description (a question's) fit someone only but for a rank their role has
        ("the foreign minister" when the article has only a deputy one)?"""
        return any(
            literal and self._outranked(eid, adjectives, title)
            for eid, literal, _ in self.fitting(tuple(adjectives), title)
        )

    def _outranked(self, eid: int, adjectives: Sequence[str], title: str) -> bool:
        return self.rank_missing(eid, {title, *adjectives})

    def rank_missing(self, eid: int, asked: Collection[str]) -> bool:
        """Does the person's role carry a rank ("deputy", "vice-", "former") that is none of the
        asked words?"""
        if eid not in self.role_words:
            return False
        return any(
            part in self.ranks and part not in asked
            for word in self.role_words[eid]
            for part in word.split("-")
        )

    def fitting(self, adjectives: tuple[str, ...], title: str) -> list[tuple[int, bool, bool]]:
        """(person, their role holds the title or its stem, holds the title itself) of the people
        whose role holds the title or one of its kind and every adjective — what the roles alone
        decide, so worked out once per description (a bounded memo)."""
        found = self._fits.get((adjectives, title))
        if found is not None:
            return found
        title_stem = self.stem(title)
        adjective_stems = [(a, self.stem(a)) for a in adjectives]
        found = []
        # whoever holds the title also holds a title of its kind: the candidates
        for eid in self.by_kind.get(self.title_kinds.get(title), ()):
            role = self.role_words[eid]
            stems = self.role_stems[eid]
            if all(
                a in role
                or st in stems
                or any(self.same_root(a, r) for r in role)
                or _initials_of(a, role)
                for a, st in adjective_stems
            ):
                found.append((eid, title in role or title_stem in stems, title in role))
        if len(self._fits) >= 4096:
            self._fits.clear()
        self._fits[(adjectives, title)] = found
        return found


def _initials_of(a: str, role: list[str]) -> bool:
    """Is the word the initials of the role's first words, two or more ("un" of "United
    Nations secretary-general"; never of words further on: "la" of "… leader and …")?"""
    return 2 <= len(a) < len(role) and "".join(r[:1] for r in role[: len(a)]) == a
