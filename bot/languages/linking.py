"""Names in a foreign question: the article's names as the question writes them — in Latin or
another script, inflected ("Остмарка", "Kessél"), places by the language's own names, names said
as bags of glossed words ("Группа Лимы"), a given name alone — linked to the article's
entities (a part of :class:`ForeignReader`, which reads the whole question)."""

from __future__ import annotations

from ..answering.index import ArticleIndex
from ..answering.question import Named, Unknown
from ..text import Token, fold, stem
from .roles import CLASS, GLOSS, NAME, PART, QUESTION, STOP

CACHE = 4096  # written words whose tokens and alias key are remembered
_ASKING = frozenset((QUESTION, PART))  # the roles of a question word or phrase's words
_NATIVE = frozenset((STOP, GLOSS, CLASS, QUESTION))  # the roles of a word of the language


class Words:
    """One question's tokens as they are being read: per token its English word (or None), its
    role, and whether a name took it."""

    def __init__(self, toks: list[Token]):
        n = len(toks)
        self.toks = toks
        self.english: list[str | None] = [None] * n
        self.role: list[str | None] = [None] * n
        self.taken = [False] * n
        self.names: list[Named] = []
        self.unknown: list[Unknown] = []

    def take(self, named: Named) -> None:
        self.names.append(named)
        for k in range(named.start, named.end):
            self.taken[k] = True
            self.role[k] = NAME

    def free(self, k: int) -> bool:
        return not self.taken[k] and self.role[k] not in _ASKING


def remember(cache: dict, key, value):
    """``value`` kept under ``key`` (the cache emptied first when it holds CACHE keys)."""
    if len(cache) >= CACHE:
        cache.clear()
    cache[key] = value
    return value


def merge(w: Words) -> None:
    """Adjacent names of one entity are one name ("Николас" "Мадуро")."""
    if len(w.names) < 2:
        return  # (most questions: nothing to merge or sort)
    w.names.sort(key=lambda nm: nm.start)
    out: list[Named] = []
    for nm in w.names:
        if out and out[-1].entity == nm.entity is not None and out[-1].end == nm.start:
            out[-1] = Named(nm.entity, out[-1].start, nm.end)
        else:
            out.append(nm)
    w.names[:] = out


def name_words(ix: ArticleIndex, w: Words) -> None:
    """ "el grupo de X", "группа X": a word before a name (a short function word between
    them) that is a word of the name as the article writes it ("X Group") is part of the name, so the question reads "<name> apoyó …" as it would with the name alone."""
    for nm in list(w.names):
        k = nm.start - 1
        if k > 0 and w.role[k] == STOP and len(w.toks[k].norm) <= 3:
            k -= 1
        if k < 0 or w.role[k] != GLOSS or not w.free(k) or nm.entity is None:
            continue  # (most names, quickly)
        e = ix.entity(nm.entity)
        if e is not None and e.kind != "person" and w.english[k] in fold(e.name).split():
            w.names.remove(nm)
            w.take(Named(nm.entity, k, nm.end))


class NameLinking:
    """The name-linking steps of a foreign question's reading (mixed into ForeignReader)."""

    def link(self, w: Words, mixed: bool) -> None:
        """The article's names: Latin aliases, places (CLDR), organisations by their English
        words, adjectives of places, transliterated names; then first names beside a surname."""
        toks = w.toks
        starts, place_starts = self._starts_alias, self.places.longest_from
        # (the lists are read as they go: a name taken marks the words after it)
        for i, (t, taken, role) in enumerate(zip(toks, w.taken, w.role, strict=False)):
            if taken or role in _ASKING:  # "la" of "día de la semana"
                continue
            start = starts.get(t.text)
            if start is None:
                start = self._may_start_alias(t.text)
            if start:
                self._latin_alias(w, i, mixed)
        for i, t in enumerate(toks):
            if t.stem in place_starts and w.free(i):
                self._place(w, i)
        self._bags(w)
        # (free, and neither a question word nor a later word of a phrase)
        for i, (t, taken, role) in enumerate(zip(toks, w.taken, w.role, strict=False)):
            if not taken and (role is None or role == GLOSS) and len(t.norm) >= 4:
                self._single(w, i)
        self._first_names(w)
        name_words(self.ix, w)
        merge(w)

    def _may_start_alias(self, text: str) -> bool:
        """Does a written word start an alias of the article, or is it one? Remembered."""
        first = self._alias_key(text)
        self._starts_alias[text] = found = first in self.ix.alias_starts or first in self.ix.alias
        return found

    def _latin_alias(self, w: Words, i: int, mixed: bool) -> None:
        toks = w.toks
        first = self._alias_key(toks[i].text)
        # only the lengths of the aliases (of two words or more) that start with this word,
        # longest first, then the word alone
        for size in self._alias_sizes.get(first, ()):
            if i + size > len(toks):
                continue
            span = toks[i : i + size]
            if any(w.taken[k] or not t.text.isascii() for k, t in enumerate(span, i)):
                continue
            eid = self.finder.entity(" ".join(self._alias_key(t.text) for t in span))
            if eid is not None:
                w.take(Named(eid, i, i + size))
                return
        text = toks[i].text
        if w.taken[i] or not text.isascii():
            return
        eid = self.finder.entity(first)
        if eid is None:
            return
        if w.role[i] in _NATIVE and not (text.isupper() and mixed and len(text) > 1):
            return  # "la", "es" are words here, not the article's "LA" or "ES"
        w.take(Named(eid, i, i + 1))

    def _alias_key(self, text: str) -> str:
        key = self._alias_keys.get(text)
        if key is None:
            if len(self._alias_keys) >= CACHE:
                self._alias_keys.clear()
                self._starts_alias.clear()
            key = self._alias_keys[text] = fold(text).replace(".", "")
        return key

    def _place(self, w: Words, i: int) -> None:
        toks, places = w.toks, self.places
        longest = places.longest_from.get(toks[i].stem, 0)
        for size in range(min(longest, len(toks) - i), 0, -1):
            span = range(i, i + size)
            if any(not w.free(k) for k in span):
                continue
            stems = tuple(toks[k].stem for k in span)
            words = tuple(toks[k].norm for k in span)
            capital = toks[i].text[:1].isupper() and (i > 0 or size > 1)
            if size == 1 and w.role[i] == STOP and not capital:
                continue
            pid = places.find(stems, words, capital or toks[i].text[:1].isupper())
            if pid is None:
                continue
            self._place_found(w, pid, i, i + size)
            return

    def _place_found(self, w: Words, pid: str, start: int, end: int) -> None:
        said = self._said_of(w, start) if end == start + 1 else None
        word = self.finder.role_adjective(said, pid) if said is not None else None
        if word is not None:  # "X es ruso": the adjective of X's role, as English asks it
            w.english[start], w.role[start] = word, GLOSS
            return
        eid = self.finder.place_entity(pid)
        if eid is not None:
            w.take(Named(eid, start, end))
            return
        word = self.finder.article_word(pid)
        if word is not None:  # "Palace" in "Palace Spokesman": a word of the article, no name
            w.english[start], w.role[start] = word, GLOSS
            for k in range(start + 1, end):
                w.role[k] = PART
            return
        text = " ".join(t.text for t in w.toks[start:end])  # a place the article never names
        for k in range(start, end):  # one per word, as the symbols have them; the first says all
            w.unknown.append(Unknown(text[:1].upper() + text[1:], k, k + 1, name=True))
            w.taken[k] = True

    def _bags(self, w: Words) -> None:
        """ "Tribunal Supremo": two to four English words that are a name of the article."""
        n, in_bag = len(w.toks), self._in_bag
        starts = [
            i
            for i, e in enumerate(w.english)
            if e is not None and (in_bag.get(e) if e in in_bag else self._bag_word(e))
        ]
        if not starts:
            return
        for size in (4, 3, 2):
            for i in starts:
                if i + size > n:
                    continue
                span = [k for k in range(i, i + size) if w.free(k)]
                if len(span) < size or w.role[i] not in (GLOSS, None):
                    continue
                english = [w.english[k] for k in span if w.role[k] != STOP]
                if len(english) < 2 or None in english:
                    continue
                eid = self.finder.bag(english)
                if eid is not None:
                    w.take(Named(eid, i, i + size))

    def _bag_word(self, english: str) -> bool:
        """Is an English word (of the glossary: a few hundred) a word of a long name? Remembered."""
        self._in_bag[english] = found = stem(english) in self.finder.bag_words
        return found

    def _single(self, w: Words, i: int) -> None:
        t, finder = w.toks[i], self.finder
        pid = finder.remembered("demonym", t.norm, finder.demonym)
        if pid is not None:
            self._place_found(w, pid, i, i + 1)
            return
        if w.role[i] is not None:
            return  # a word of the language, not a name
        eid = finder.remembered("latin", t.norm, finder.transliterated)
        if eid is None and t.text.isascii():
            eid = finder.remembered("alias", t.norm, self._near_alias)
        if eid is not None:
            w.take(Named(eid, i, i + 1))

    def _said_of(self, w: Words, i: int) -> int | None:
        """The person a word says something of: "X es|is <word>" (the name right before "is")."""
        k = i - 1
        if k < 1 or w.english[k] not in self.ix.lang.aux:
            return None
        nm = next((nm for nm in w.names if nm.end == k and nm.entity is not None), None)
        e = self.ix.entity(nm.entity) if nm is not None else None
        return e.id if e is not None and e.kind == "person" else None

    def _near_alias(self, word: str) -> int | None:
        """The article's one-word alias a Latin word is a typo of ("otrega" → Ortega)."""
        m = self.ix.alias_singles.best(word, 80)
        return self.finder.entity(m) if m else None

    def _first_names(self, w: Words) -> None:
        """ "Хуан Гуайдо": a word right before a person's name that is one of their names."""
        for nm in list(w.names):
            k = nm.start - 1
            if nm.entity is None or k < 0 or not w.free(k) or w.role[k] is not None:
                continue
            if w.toks[k].text[:1].isupper() and self.finder.first_name(w.toks[k].norm, nm.entity):
                w.names.remove(nm)
                w.take(Named(nm.entity, k, nm.end))
