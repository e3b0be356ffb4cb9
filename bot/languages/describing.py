"""People described by their title in a question written in another language, whose qualifiers
stand on either side of the title ("замминистра иностранных дел России", "el viceministro ruso de
Exteriores", "пресс-секретарь Кремля"): the person whose role has the title and every qualifier
(a place or organisation by name or adjective). A definite title with qualifiers that fit no one
while someone holds the bare title ("el presidente de Bolivia") is a title the article does not
mention: the question is about someone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..answering.question import Named
from ..text import fold
from .roles import CLASS, GLOSS, NAME, PART, QUESTION, STOP

if TYPE_CHECKING:
    from .reading import ForeignReader, Words

LEFT, RIGHT = 2, 4  # qualifiers looked for before and after a title
STEM = 4  # letters of a stem read in place of its word (shorter: the word itself)
HOLDERS = 4096  # descriptions whose holder is remembered (ForeignReader.holders)


def describe(reader: ForeignReader, w: Words) -> str | None:
    """Link every described person (in place of the names their titles swallow); the missing
    title, if any, in the question's own words."""
    lang, missing = reader.ix.lang, None
    if lang.titles.keys().isdisjoint(w.english):
        return None  # (most questions: no title)
    for k in range(len(w.toks)):
        title = w.english[k]
        if w.taken[k] or title not in lang.titles:
            continue
        start, end, words, places = k, k + 1, [], []
        j = k - 1
        while j >= 0 and k - j <= LEFT and _role_word(reader, w, j):
            start, j = j, j - 1
        for j in range(start, k):
            _qualifier(reader, w, j, words, places)
        j = k + 1
        while j < len(w.toks) and j - k <= RIGHT:
            if w.role[j] in (STOP, PART) and w.english[j] in lang.of_words | lang.the | {None}:
                j += 1  # "del", "de", the second word of a phrase
                continue
            if w.role[j] in (STOP, QUESTION) or _person(reader, w, j):
                break
            if w.role[j] == NAME and not any(nm.start == j for nm in w.names):
                break
            end = _qualifier(reader, w, j, words, places)
            j = end
        if _predicate(reader, w, k, start):
            continue  # "объявил себя президентом", "se proclamó presidente": no one is named
        eid = resolve(reader, title, words, places)
        if eid is not None:
            for nm in [nm for nm in w.names if start <= nm.start < end]:
                w.names.remove(nm)
            w.take(Named(eid, start, end))
        elif (words or places) and resolve(reader, title, [], []) is not None:
            prev = start - 1
            definite = prev >= 0 and w.english[prev] in lang.the
            if not reader.articles:  # no articles: a title right after the question word
                definite = _after_question(reader, w, prev)
            if definite and missing is None:
                missing = " ".join(t.text for t in w.toks[k:end])
    return missing


def _after_question(reader: ForeignReader, w: Words, j: int) -> bool:
    """Does the question word stand right before word ``j`` (and the words before it), but for
    function words and the article's own name ("кто в статье пресс-секретарь …")?"""
    article = reader.q.classes.get("article", ())
    while j >= 0 and (w.role[j] == STOP or reader.lemma(w.toks[j]) in article):
        j -= 1
    return j >= 0 and w.role[j] == QUESTION


def _predicate(reader: ForeignReader, w: Words, k: int, start: int) -> bool:
    """Is the title at ``k`` (its description starting at ``start``) a predicate — what someone
    is or became — by the language's rule? Never after a verb of saying or naming ("сказал
    пресс-секретарь", "назван президентом")."""
    prev = start - 1
    if prev < 0:
        return False
    before = reader.lemma(w.toks[prev])
    q = reader.q
    if before in q.classes.get("say", ()) or before in q.classes.get("naming", ()):
        return False
    # a content word, or a name ("se proclamó Sova presidente": the title is what he became)
    content = w.role[prev] in (GLOSS, CLASS, None) or w.role[prev] == NAME
    return q.rules.predicative(w.toks[k].norm, w.toks[prev].norm, content)


def _role_word(reader: ForeignReader, w: Words, j: int) -> bool:
    """Is the word before a title one of its qualifiers ("российский", "бывший")?"""
    if w.role[j] == NAME:
        return any(nm.start == j and _is_place(reader, nm.entity) for nm in w.names)
    e = w.english[j]
    return not w.taken[j] and e is not None and e in reader.ix.role_title_words


def _qualifier(reader: ForeignReader, w: Words, j: int, words: list[str], places: list[int]) -> int:
    """Add the word (or the name starting) at ``j``; the index after it. A word of no English
    is read in the Latin script by its stem ("Ардении", "Ардения" as "arden", the root of a
    role's "Ardenian")."""
    nm = next((nm for nm in w.names if nm.start == j), None)
    if nm is not None:
        if nm.entity is not None:
            places.append(nm.entity)
        return nm.end
    t = w.toks[j]
    words.append(w.english[j] or reader.q.rules.to_latin(t.stem if len(t.stem) >= STEM else t.norm))
    return j + 1


def _person(reader: ForeignReader, w: Words, j: int) -> bool:
    return any(
        nm.start == j and nm.entity is not None and not _is_place(reader, nm.entity)
        for nm in w.names
    )


def _is_place(reader: ForeignReader, eid: int | None) -> bool:
    return eid is not None and reader.ix.facts.entities[eid].kind != "person"


def resolve(reader: ForeignReader, title: str, words: list[str], places: list[int]) -> int | None:
    """The person whose role has the title and every qualifier, and names every place given (the
    one resolver of "the <adjective> <title>", in its question mode)."""
    ix = reader.ix
    folded = [fold(x) for x in words]
    # a pure function of the article and these words: remembered (the search of every holder
    # of the title is the costliest step of reading a question that names a title)
    key = (title, tuple(folded), tuple(places))
    if key not in reader.holders:
        if len(reader.holders) >= HOLDERS:
            reader.holders.clear()
        reader.holders[key] = ix.role_holders.resolve(
            folded,
            title,
            heads=ix.lang.generic_titles,
            accept=lambda eid: all(reader.finder.names_role(eid, p) for p in places),
        )
    return reader.holders[key]
