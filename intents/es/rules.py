"""Spanish rules that are code, for reading questions: folding (people type without accents, so
nothing relies on them) and the Snowball stemmer (PyStemmer) that meets conjugated and inflected
forms ("apoyó", "apoyaron", "apoyan"). Names are already in the Latin script.

A question language's ``rules.py`` defines ``fold``, ``stem`` and ``to_latin``
(:data:`bot.languages.vocabulary.REQUIRED`); it imports nothing from ``bot``.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_stemmer = None


# words told from another only by their accent: "él" (he) is not "el" (the)
_KEEP_ACCENT = frozenset({"él"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase, no accents, "ñ" written "n": "Sebastián" → "sebastian", "años" → "anos" ("él", the
    pronoun, keeps its accent)."""
    word = word.lower()
    if word.isascii() or word in _KEEP_ACCENT:
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball stem of a folded word: "apoyaron" → "apoy", "venezolanos" → "venezolan"."""
    global _stemmer
    if _stemmer is None:
        import Stemmer

        _stemmer = Stemmer.Stemmer("spanish")
    st = _stemmer.stemWord(word)
    # Snowball reads "-ió", "-ía" with their accents; typed without them ("exigio", "tenia") the
    # "i" stays: cut it, so "exigió" meets "exigir" and "tenía" meets "tener"
    return st[:-1] if len(st) >= 5 and st.endswith("i") else st


def to_latin(word: str) -> str:
    """Spanish is written in the Latin script already."""
    return word


def predicative(title: str, before: str, content: bool) -> bool:
    """ "se proclamó presidente", "fue nombrado ministro": a title right after a verb (not after an
    article or a preposition: "el presidente", "del portavoz") says what someone is or became; it
    names no one."""
    return content


def plural(word: str) -> bool:
    """Is a folded noun (a title) plural: "lideres", "ministros", "portavoces"?"""
    return word.endswith("s") and len(word) > 3


# the synthetic future: the infinitive and "-á", "-án", "-é", "-ás", "-emos" ("visitará")
_FUTURE = re.compile(r"\w+[aei]r(?:a|an|as|e|emos)")
_ACCENTED_FUTURE = re.compile(r"\w+r(?:á|án|ás|é|ía|ían)", re.IGNORECASE)
# futures whose stem is not the infinitive, without their ending ("tendrá", "hará", "dirá")
_IRREGULAR = (
    "ir",
    "tendr",
    "podr",
    "har",
    "dir",
    "vendr",
    "saldr",
    "habr",
    "querr",
    "sabr",
    "pondr",
)


def future(word: str, text: str) -> bool:
    """Is a verb in the future tense ("visitará", "visitara" typed without its accent, "tendrá")?
    The caller knows it is a verb of the vocabulary."""
    if _ACCENTED_FUTURE.fullmatch(text):
        return True
    if word.endswith(("a", "an", "as", "e", "emos")) and word.rstrip("aenmos") in _IRREGULAR:
        return True
    return _FUTURE.fullmatch(word) is not None
