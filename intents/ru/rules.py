"""Russian rules that are code, for reading questions: folding, the Snowball stemmer (PyStemmer)
that meets inflected forms ("России", "Россию", "Россией"), and transliteration to the Latin script
(cyrtranslit) that meets a name written in Cyrillic with the article's spelling ("Песков").

A question language's ``rules.py`` defines ``fold``, ``stem`` and ``to_latin``
(:data:`bot.languages.vocabulary.REQUIRED`); it imports nothing from ``bot``. The libraries are
imported when first used, so loading the module costs nothing.
"""

from __future__ import annotations

from functools import lru_cache

_stemmer = None


def fold(word: str) -> str:
    """Lowercase, "ё" written "е" (as most people type it)."""
    return word.lower().replace("ё", "е")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter) stem of a folded word: "пескова" → "песков", "россию" → "росс"."""
    global _stemmer
    if _stemmer is None:
        import Stemmer

        _stemmer = Stemmer.Stemmer("russian")
    return _stemmer.stemWord(word)


@lru_cache(maxsize=16384)
def to_latin(word: str) -> str:
    """A folded word in the Latin script: "гуайдо" and "гуаидо" both → "guaido" (й read as и,
    as names transliterated in the press write it)."""
    import cyrtranslit

    return cyrtranslit.to_latin(word.replace("й", "и"), "ru").lower()


_INSTRUMENTAL = ("ом", "ем", "ой", "ей", "ами", "ями")
_PREPOSITIONS = frozenset({"с", "со", "над", "под", "перед", "между", "за"})


def predicative(title: str, before: str, content: bool) -> bool:
    """ "объявил себя президентом", "стал министром": a title in the instrumental case (not after a
    preposition: "с президентом") says what someone is or became; it names no one."""
    return title.endswith(_INSTRUMENTAL) and before not in _PREPOSITIONS
