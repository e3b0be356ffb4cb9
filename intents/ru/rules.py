"""Russian rules that are code, for reading questions: folding, the Snowball stemmer (PyStemmer)
that meets inflected forms ("России", "Россию", "Россией"), and transliteration to the Latin script
(cyrtranslit) that meets a name written in Cyrillic with the article's spelling ("Песков").

A question language's ``rules.py`` defines ``fold``, ``stem`` and ``to_latin``
(:data:`bot.languages.vocabulary.REQUIRED`); it imports nothing from ``bot``. The libraries are
imported when first used, so loading the module costs nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

_stemmer = None


def fold(word: str) -> str:
    """Lowercase, "ё" written "е" (as most people type it), and the hard sign "ъ" the soft
    "ь" (a common slip: "обьявил" for "объявил"; no two words of a question part by it)."""
    return word.lower().replace("ё", "е").replace("ъ", "ь")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter) stem of a folded word: "пескова" → "песков", "россию" → "росс"; then
    the verb endings Snowball leaves, so that a verb's infinitive, present and past meet:
    "-нуть/-нул" ("подчеркнуть", "подчеркнул" → "подчеркн"), "-еть/-ел" ("прилететь",
    "прилетел" → "прилет", as "прилет" and "прилетит"), "-овать/-овал" ("планировать" →
    "планир", as "планирует"). A stem is cut only when at least three letters stay before it."""
    global _stemmer
    if _stemmer is None:
        import Stemmer

        _stemmer = Stemmer.Stemmer("russian")
    st = _stemmer.stemWord(word)
    if (
        len(st) >= 6
        and _PAST_OR_INFINITIVE.search(word)
        and st.endswith(("нут", "нул", "ет", "ел"))
    ):
        return st[:-2]
    if len(st) >= 7 and st.endswith(("ова", "ева")):  # only verbs keep these after Snowball
        return st[:-3]
    if len(st) >= 5 and st.endswith(("ок", "ек")):  # a fleeting vowel: "звонок" as "звонка"
        return st[:-2] + st[-1]
    return st


# the endings of an infinitive or a past form of the verbs in "-еть" and "-нуть"
_PAST_OR_INFINITIVE = re.compile(r"(?:ну|е)(?:ть|ться|л|ла|ло|ли|лся|лась|лось|лись)$")


@lru_cache(maxsize=16384)
def to_latin(word: str) -> str:
    """A folded word in the Latin script: "майор" and "маиор" both → "maior" (й read as и,
    as names transliterated in the press write it)."""
    import cyrtranslit

    return cyrtranslit.to_latin(word.replace("й", "и"), "ru").lower()


_INSTRUMENTAL = ("ом", "ем", "ой", "ей", "ами", "ями")
_PREPOSITIONS = frozenset({"с", "со", "над", "под", "перед", "между", "за"})


def predicative(title: str, before: str, content: bool) -> bool:
    """ "объявил себя президентом", "стал министром": a title in the instrumental case (not after a
    preposition: "с президентом") says what someone is or became; it names no one."""
    return title.endswith(_INSTRUMENTAL) and before not in _PREPOSITIONS


# the endings only a plural noun has (the nominative plural "-ы/-и" is also a singular's genitive:
# "главы МИД", so it is left out)
_PLURAL = ("ами", "ями", "ах", "ях", "ов", "ев", "ам", "ям")


def plural(word: str) -> bool:
    """Is a folded noun (a title) plural: "лидерами", "министров", "президентах"?"""
    return word.endswith(_PLURAL) and len(word) > 4


# A perfective verb's present form is its future ("посетит", "приедет", "встретится"): a prefix, a
# present ending, and none of the imperfective forms ("посещает", "поддерживает", "приходит").
_PREFIXED = re.compile(r"^(?:пере|при|про|под|раз|рас|вы|за|на|от|об|до|по|со|у)")
_PRESENT = re.compile(r"(?:[дшнжщ]ет|ит|[ую]т|[ая]т|ится|ется|утся|ются|атся|ятся)$")
_IMPERFECTIVE = re.compile(
    r"(?:[аяуыие]ет|[ая]ют|[аяуыие]ется|[ая]ются|(?:од|ос|оз)(?:ит|ят)(?:ся)?)$"
)


# Verbs of intending ("собирается в Москву", "планирует"): their present speaks of the future.
_INTENDING = ("собира", "намерева", "планиру")


def future(word: str, text: str) -> bool:
    """Is a folded verb in the future tense: a perfective present form ("посетит", "поддержат",
    "встретится"), or a verb of intending? ("будет" is a word of the vocabulary.)"""
    return word.startswith(_INTENDING) or (
        len(word) >= 6
        and _PREFIXED.match(word) is not None
        and _PRESENT.search(word) is not None
        and _IMPERFECTIVE.search(word) is None
    )
