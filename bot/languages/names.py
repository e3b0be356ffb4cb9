"""The article's names in a question written in another language or script: an alias written as
the article writes it ("Ortega", "Costa Rica"); a place by its name in the language (CLDR, by
stems: "России", "Bielorrusia", "США"); an organisation by the English words of its name in any
order ("Tribunal Supremo", "Верховный суд" → Supreme Court); a place's adjective ("российский",
"chileno"); a person's name in Cyrillic, transliterated and compared with the article's
spelling by rapidfuzz ("Петрова" → Petrov, "Гуэрра" → Guerra).
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from ..answering.index import ArticleIndex
from ..text import fold, is_demonym, stem
from .places import Places
from .vocabulary import QuestionLanguage

NEAR = 80  # rapidfuzz ratio of a transliterated word to an alias of the article
FIRST_NAME = 60  # … of a word beside a person's name to a word of that person's full name
CACHE = 50_000  # words whose lookups are remembered
_KEY_SUBS = (("kh", "h"), ("ck", "k"), ("ph", "f"), ("c", "k"), ("q", "k"), ("x", "ks"))
_KEY_SUBS2 = (("w", "v"), ("y", "i"), ("j", "i"), ("h", ""))
_DOUBLE = re.compile(r"(.)\1+")


def latin_key(word: str) -> str:
    """A Latin spelling reduced to what transliterations agree on: "Yablokov"/"Jablokov",
    "Cordoba"/"Kordoba", "Juan"/"Huan" meet."""
    s = fold(word)
    for a, b in _KEY_SUBS + _KEY_SUBS2:
        s = s.replace(a, b)
    return _DOUBLE.sub(r"\1", s)


def _en_stems(words) -> frozenset[str]:
    return frozenset(stem(w) for w in words)


class NameFinder:
    """One language's way to the names of one article."""

    def __init__(self, qlang: QuestionLanguage, ix: ArticleIndex, places: Places):
        self.q, self.ix, self.places = qlang, ix, places
        singles = sorted({a for a in ix.alias if " " not in a and len(a) >= 3})
        self._keys = [latin_key(a) for a in singles]
        self._key_alias = dict(zip(self._keys, singles, strict=True))
        stop = ix.lang.stop
        self.bags: dict[frozenset[str], str] = {}  # English stems of a long alias → the alias
        for a in ix.alias:
            words = [w for w in a.split() if w not in stop]
            if len(words) >= 2:
                self.bags.setdefault(_en_stems(words), a)
        self.bag_words = frozenset(w for bag in self.bags for w in bag)
        self._seen: dict[tuple[str, str], object] = {}  # (what, word) → found: words recur
        self._place_entity: dict[str, int | None] = {}
        self._entity: dict[str, int | None] = {}  # an alias → entity()

    def entity(self, alias: str) -> int | None:
        """The most mentioned entity of an alias of the article (None: no alias), remembered."""
        if alias in self._entity:
            return self._entity[alias]
        ids = self.ix.alias.get(alias)
        found = max(ids, key=lambda e: self.ix.facts.entities[e].mentions) if ids else None
        if ids:  # only the article's aliases are kept: a bounded dict
            self._entity[alias] = found
        return found

    def place_entity(self, pid: str) -> int | None:
        """The article's entity of a place, by any of its English names (None: not in it)."""
        if pid not in self._place_entity:
            found = None
            for name in self.places.english.get(pid, ()):
                a = fold(name)
                a = a[4:] if a.startswith("the ") else a
                found = self.entity(a.replace(".", "")) or self.entity(a)
                if found is not None:
                    break
            self._place_entity[pid] = found
        return self._place_entity[pid]

    def article_word(self, pid: str) -> str | None:
        """A place or organisation the article writes as a word, not a name ("Palace" of
        "Palace Spokesman"): that word."""
        for name in self.places.english.get(pid, ()):
            a = fold(name)
            if " " not in a and (a in self.ix.vocab or a in self.ix.role_title_words):
                return a
        return None

    def bag(self, words: list[str]) -> int | None:
        """An organisation named by its English words in any order ("court supreme")."""
        alias = self.bags.get(_en_stems(words))
        return self.entity(alias) if alias else None

    def remembered(self, what: str, word: str, find):
        """``find(word)``, remembered (up to CACHE words)."""
        key = (what, word)
        if key not in self._seen:
            if len(self._seen) >= CACHE:
                self._seen.clear()
            self._seen[key] = find(word)
        return self._seen[key]

    def demonym(self, word: str) -> str | None:
        """The place a folded adjective is of: the vocabulary's irregular ones by stem, the rest by
        an adjective's ending after most of a place's name ("российский" → Россия)."""
        q = self.q
        english = q.demonyms.get(q.stem(word))
        if english is not None:
            return self._pid_of_english(english)
        if not word.endswith(q.demonym_endings):
            return None
        end = next(e for e in q.demonym_endings if word.endswith(e))
        if len(word) - len(end) < 3:
            return None
        root = word[: len(word) - len(end)]
        for name, pid in self.places.singles.get(root[:3], ()):
            shared = _shared(root, name)
            if shared >= 3 and shared >= min(4, len(name) - 1) and shared >= len(root) - 2:
                return pid
        return None

    def _pid_of_english(self, english: str) -> str | None:
        for pid, names in self.places.english.items():
            if english in names:
                return pid
        return None

    def transliterated(self, word: str) -> int | None:
        """The article's name a word in another script (or spelling) is: its transliteration,
        whole or stemmed, near one of the article's one-word aliases."""
        q = self.q
        best, best_score = None, 0.0
        for form in {q.rules.to_latin(word), q.rules.to_latin(q.stem(word))}:
            if len(form) < 4:
                continue
            m = process.extractOne(
                latin_key(form), self._keys, scorer=fuzz.ratio, score_cutoff=NEAR
            )
            if m and m[1] > best_score:
                best, best_score = m[0], m[1]
        return self.entity(self._key_alias[best]) if best else None

    def first_name(self, word: str, eid: int) -> bool:
        """Is a word beside a person's name a spelling of one of that person's other names?"""
        e = self.ix.facts.entities[eid]
        if e.kind != "person":
            return False
        key = latin_key(self.q.rules.to_latin(word))
        return any(fuzz.ratio(key, latin_key(w)) >= FIRST_NAME for w in fold(e.name).split())

    def names_role(self, eid: int, place: int) -> bool:
        """Does a person's role name this place or organisation ("Ardenian …", "Palace …")?"""
        role = self.ix.roles.get(eid)
        if role is None:
            return False
        name = fold(self.ix.facts.entities[place].name)
        words = name.split()
        if all(w in role.set for w in words):
            return True
        return any(is_demonym(r, name) or r == name for r in role.words)

    def role_adjective(self, eid: int, pid: str) -> str | None:
        """ "X es ruso": the word of a person's role that is the adjective of this place
        ("russian" of "Russian Deputy Foreign Minister"), or None."""
        role = self.ix.roles.get(eid)
        if role is None:
            return None
        names = [fold(n) for n in self.places.english.get(pid, ())]  # (the article may not name it)
        return next((r for r in role.words for n in names if is_demonym(r, n)), None)


def _shared(a: str, b: str) -> int:
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k
