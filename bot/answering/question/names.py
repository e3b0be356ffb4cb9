"""The article's names in a question: aliases (longest first), near-misses of one-word names
("Guiado"), adjectives of places ("British" → Britain), and pronouns that stand for the previous
answer's names."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from ...languages.places import is_country
from ...text import Token, fold, is_demonym, stem
from ..index import ArticleIndex
from .query import Named, Referents


def link_names(
    ix: ArticleIndex, toks: list[Token], words: list[str], mixed: bool
) -> tuple[list[Named], list[bool]]:
    """The names found, and which words they take."""
    n = len(words)
    names: list[Named] = []
    taken = [False] * n
    i = 0
    alias, starts, lang = ix.alias, ix.alias_starts, ix.lang
    while i < n:
        w = words[i]
        if w not in starts and w not in alias and (len(w) < 4 or w in lang.known or w in ix.vocab):
            i += 1  # no name starts here, and no near-miss of one
            continue
        hit = _name_at(ix, toks, words, i, mixed)
        if hit is None:
            i += 1
            continue
        hit = _with_courtesy(ix, words, taken, _with_misspelt_rest(ix, words, hit))
        names.append(hit)
        for k in range(hit.start, hit.end):
            taken[k] = True
        i = hit.end
    return names, taken


def _with_courtesy(ix: ArticleIndex, words: list[str], taken: list[bool], hit: Named) -> Named:
    """ "Dr Sultan", "Justice Curtis": an honorific or a title right before a person's name is
    part of the name, not a word of the question; so is a word of the name's own ("mullah omar"
    of "Mullah Mohammad Omar")."""
    k = hit.start - 1
    if k < 0 or taken[k] or hit.entity is None:
        return hit
    lang, e = ix.lang, ix.facts.entities[hit.entity]
    if words[k] not in lang.stop and words[k] in _name_words(e.name)[1]:
        return Named(hit.entity, k, hit.end)
    if e.kind != "person":
        return hit
    if words[k] in lang.honorifics:
        return Named(hit.entity, k, hit.end)
    if words[k] in lang.titles and not _describes_another(ix, words, k, e):
        return Named(hit.entity, k, hit.end)
    return hit


def _with_misspelt_rest(ix: ArticleIndex, words: list[str], hit: Named) -> Named:
    """ "ivo rek" of "Ivo Rekk": the word after the words that matched, one letter off the
    word of the name that comes next (and no word the article or the language knows), is part of
    the name."""
    k = hit.end
    if hit.entity is None or k >= len(words) or len(words[k]) < 3:
        return hit
    parts, _, stems = _name_words(ix.facts.entities[hit.entity].name)
    of_the_name = words[k] in stems  # "rek", the stem of "Rekk"
    if (
        words[k] in ix.lang.stop
        or words[k] in ix.lang.known
        or (words[k] in ix.vocab and not of_the_name)
    ):
        return hit  # "did ivo back it?": a word of the question's own
    matched = words[hit.start : k]
    for j in range(len(parts) - len(matched)):
        if parts[j : j + len(matched)] != matched:
            continue
        rest = parts[j + len(matched)]
        if rest[:1] == words[k][:1] and Levenshtein.distance(rest, words[k], score_cutoff=1) <= 1:
            return Named(hit.entity, hit.start, k + 1)
    return hit


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[list[str], frozenset[str], frozenset[str]]:
    """A name's folded words (in order, and as a set) and their stems: read once per name, not
    at every question that names it (the list is only read)."""
    parts = fold(name).split()
    return parts, frozenset(parts), frozenset(stem(p) for p in parts)


def _describes_another(ix: ArticleIndex, words: list[str], k: int, e) -> bool:
    """ "who is the Ardenian leader X talked about?": a title that is no word of X's role, after
    the words of a description ("the", "Ardenian"), describes someone else, not X."""
    if k == 0 or words[k] in fold(e.role or "").split():
        return False
    before = words[k - 1]
    return before in ix.lang.lex.writing.get("articles", frozenset()) or before not in ix.lang.stop


def _name_at(
    ix: ArticleIndex, toks: list[Token], words: list[str], i: int, mixed: bool
) -> Named | None:
    lang = ix.lang
    n = len(words)
    longest = min(ix.alias_max, n - i) if words[i] in ix.alias_starts else 1
    for size in range(longest, 0, -1):
        key = " ".join(words[i : i + size]) if size > 1 else words[i]
        ids = ix.alias.get(key)
        if not ids:
            continue
        if size == 1 and key in lang.stop:
            # "us" is a name only as "the US", in capitals, or where no object pronoun can
            # stand: first ("us recognized X?") or right after an auxiliary ("did us officials
            # …", "which country did us troops enter")
            raw = toks[i].text
            if not (
                (raw.isupper() and mixed)
                or (i > 0 and words[i - 1] in lang.the)
                or (
                    i + 1 < n
                    and (i == 0 or words[i - 1] in lang.aux)
                    and key not in lang.question_words  # "who is X?" asks; "WHO" is a name
                )
            ):
                continue
        return Named(best(ix, ids), i, i + size)
    w = words[i]
    if len(w) >= 4 and w not in lang.known and w not in ix.vocab:
        m = ix.alias_singles.best(w, 80)
        if m:
            return Named(best(ix, ix.alias[m]), i, i + 1)
        place = demonym(ix, w)
        if place is not None:
            return Named(place, i, i + 1)
    return None


def best(ix: ArticleIndex, ids: tuple[int, ...]) -> int:
    """Of the entities a name may mean, the most mentioned."""
    if len(ids) == 1:
        return ids[0]
    return max(ids, key=lambda e: ix.facts.entities[e].mentions)


MEMO = 20_000  # words whose place is remembered, per article


def demonym(ix: ArticleIndex, w: str) -> int | None:
    """ "british" → Britain, "chinese" → China: the place an adjective is of (remembered per
    word, up to MEMO words: a question's words are looked up several times)."""
    memo = ix.demonyms
    if w in memo:
        return memo[w]
    found = next((eid for name, eid in ix.single_names if is_demonym(w, name)), None)
    if len(memo) < MEMO:
        memo[w] = found
    return found


def link_pronouns(
    ix: ArticleIndex,
    words: list[str],
    taken: list[bool],
    names: list[Named],
    refs: Referents,
) -> None:
    """ "What did he say?" after an answer about a person: "he" is that person (None if no one);
    "they" the list the answer gave, else the names it was about; with a previous answer also
    "its" (a name that is no person) and "that country" (a name the noun describes)."""
    lang = ix.lang
    if (
        lang.pronouns.isdisjoint(words)
        and lang.named_thing_pronouns.isdisjoint(words)
        and lang.pointing_words.isdisjoint(words)
    ):
        return  # (most questions: no pronoun, nor "that country")
    asked = {nm.entity for nm in names}
    for k, w in enumerate(words):
        if taken[k]:
            continue
        if w in lang.pronouns and k + 1 < len(words) and not taken[k + 1]:
            land = _their_country(ix, refs, w, words[k + 1], asked)
            if land is not None:  # "his country": the country of his title
                names.append(Named(land, k, k + 2))
                taken[k] = taken[k + 1] = True
                continue
        if w in lang.pronouns:
            # "is he the opposition leader?": the one he stands for may be the one described
            be = lang.lex.writing.get("be_forms", frozenset())
            others = set() if k == 1 and words[0] in be else asked
            refs_of = (
                _plural(ix, refs, asked)
                if w in lang.plural_pronouns
                else _person(ix, refs, w, others)
            )
            if k > 0 and words[k - 1] in lang.say and w not in lang.plural_pronouns:
                refs_of = _speaker(ix, names, k) or refs_of  # "does X say he will …": X
            for eid in refs_of or (None,):
                names.append(Named(eid, k, k + 1))
            taken[k] = True
        elif w in lang.named_thing_pronouns and refs.things:
            names.append(Named(refs.things[0], k, k + 1))
            taken[k] = True
        elif w in lang.pointing_words and refs and k + 1 < len(words) and not taken[k + 1]:
            eid = _pointed(ix, refs, words[k + 1])
            if eid is not None:
                names.append(Named(eid, k, k + 2))
                taken[k] = taken[k + 1] = True


def _person(ix: ArticleIndex, refs: Referents, w: str, asked: set[int | None]) -> tuple[int, ...]:
    """The first person of the previous answer the pronoun may be: not one the question names
    itself, and not of the other gender (as the article's own pronouns for them say)."""
    lang = ix.lang
    gender = "m" if w in lang.masculine_pronouns else "f" if w in lang.feminine_pronouns else None
    for eid in refs.people:
        if eid in asked or ix.entity(eid).kind != "person":
            continue
        if gender is None or ix.genders.get(eid, gender) == gender:
            return (eid,)
    people = [e for e in refs.people if ix.entity(e).kind == "person"]
    if gender is None or not people or any(ix.genders.get(e, gender) == gender for e in people):
        return ()
    # no one the answer was about is of the pronoun's gender: the one person of that gender
    # the conversation's sentences name ("his death" after answers on two women that name him)
    alike = [e for e in refs.named if e not in asked and ix.genders.get(e) == gender]
    return (alike[0],) if len(alike) == 1 else ()


def _their_country(
    ix: ArticleIndex, refs: Referents, w: str, noun: str, asked: set[int | None]
) -> int | None:
    """ "his country" after an answer about the Polish president: Poland (the place his title
    names by its adjective)."""
    lang = ix.lang
    if w in lang.plural_pronouns or (noun not in lang.place_nouns and noun not in lang.party_nouns):
        return None
    for eid in _person(ix, refs, w, asked):
        for word in (ix.entity(eid).role or "").split():
            place = demonym(ix, fold(word))
            if place is not None:
                return place
    return None


def _speaker(ix: ArticleIndex, names: list[Named], k: int) -> tuple[int, ...]:
    """The person the question names before word ``k`` (the subject of its verb of saying)."""
    before = [
        nm.entity
        for nm in names
        if nm.end <= k and nm.entity is not None and ix.entity(nm.entity).kind == "person"
    ]
    return (before[-1],) if before else ()


def _plural(ix: ArticleIndex, refs: Referents, asked: set[int | None]) -> tuple[int, ...]:
    """ "they": the list the previous answer gave (whole: "was X one of them?" asks whether X
    is in it), else the people it was about when it was about several, else the names it was
    about (not those the question names itself)."""
    last = refs.things[0] if refs.things else None
    if last is not None and refs.members and last not in refs.members and last not in asked:
        # "and Syria?" (a party of another side) after a list Syria is not on: "they" is Syria
        # (a list of parties: not after "X and Y", two people asked about)
        if ix.is_party(last) and any(ix.is_party(m) for m in refs.members):
            return (last,)
    if refs.members:
        return tuple(dict.fromkeys(refs.members))
    if refs.counted:
        return ()  # the ones a count gave, whom the article does not name
    people = refs.people if len(refs.people) >= 2 else ()
    for group in (people, refs.things + refs.people):
        left = tuple(e for e in dict.fromkeys(group) if e not in asked)
        if left:
            return left
    return ()


def _pointed(ix: ArticleIndex, refs: Referents, noun: str) -> int | None:
    """ "that country", "this minister": the previous answer's name the noun describes."""
    lang = ix.lang
    if noun in lang.titles:
        role = ix.roles
        return next((e for e in refs.people if e in role and noun in role[e].set), None)
    if noun in lang.place_nouns or noun in lang.party_nouns:
        # "that city" after an answer that named a country and its capital: the capital (a
        # name no country is); "that country": a country first
        if noun in lang.lex.classes.get("settlement_nouns", ()):
            placed = {p.entity for info in ix.facts.sentences for p in info.places}
            towns = (e for e in refs.things if e in placed and not is_country(ix.name(e)))
            return next(towns, None)
        if noun in lang.country_nouns:
            countries = (e for e in refs.things if is_country(ix.name(e)))
            return next(countries, next(iter(refs.things), None))
        return next(iter(refs.things), None)
    return None


def referents(ix: ArticleIndex, names: tuple[str, ...]) -> Referents:
    """Referents from names (the previous answer's ``entities``): people and other names."""
    ids = [best(ix, ix.alias[fold(n)]) for n in names if fold(n) in ix.alias]
    people = tuple(e for e in ids if ix.entity(e).kind == "person")
    return Referents(people, tuple(e for e in ids if ix.entity(e).kind != "person"))


def link_rivals(ix: ArticleIndex, words: list[str], taken: list[bool], names: list[Named]) -> None:
    """ "his rival", "X's opponent" (the language's ``rival_nouns``): when X is one of exactly
    two names the article's sides are taken on, the other one — the name is moved onto it."""
    nouns = ix.lang.lex.words.get("rival_nouns", frozenset())
    if not nouns or nouns.isdisjoint(words):
        return  # (most questions)
    targets = list(dict.fromkeys(st.target for st in ix.facts.stances if st.target is not None))
    if len(targets) != 2:
        return
    for i, nm in enumerate(names):
        if nm.end < len(words) and words[nm.end] in nouns and nm.entity in targets:
            other = targets[1] if nm.entity == targets[0] else targets[0]
            names[i] = Named(other, nm.start, nm.end + 1)
            taken[nm.end] = True
