"""Ages: "Name, 61," — the wire convention for a person's age, right after the name; and "The
champion 19-year-old dominated …", a sentence whose subject is someone's age."""

from __future__ import annotations

from operator import itemgetter, methodcaller

from ..text import Token
from .words import Words

_NORM = itemgetter(Token._fields.index("norm"))


def age_before(w: Words, word: str) -> str | None:
    """The age of a word written before a name ("28-year-old", "Twenty-eight-year-old"), or
    None: its number in digits, or spelt in number words joined by hyphens."""
    suffix = next((x for x in w.age_suffixes if word.endswith(x)), None)
    if suffix is None:
        return None
    number = word[: -len(suffix)]
    if number.isdigit():
        return number
    parts = number.split("-")
    if not all(p in w.number_values for p in parts):
        return None
    return str(int(sum(w.number_values[p] for p in parts)))


def age_after(w: Words, text: str, pos: int) -> str | None:
    """The age written right after a name that ends at character ``pos``, or None."""
    m = w.age.match(text, pos)
    return m.group(1) if m else None


def age_as_subject(w: Words, text: str, toks: list[Token]) -> str | None:
    """ "The champion 19-year-old dominated …": the age of a sentence whose subject is "the …
    N-year-old" followed by its verb (not "the 54-year-old pilot"), or None; after an opening
    set off by a comma too ("Today, the 35-year-old changed his mind")."""
    # an ASCII sentence whose text, in lowercase, holds no age's ending has no word ending so
    # (a word's folded form is its lowercase there): most sentences, told by one search each
    if text.isascii() and not any(map(text.lower().__contains__, w.age_suffixes)):
        return None
    # the age is among the first four words after the opening, so among the first eight: most
    # sentences have no word ending as an age does there (one test of each, in C)
    ends = methodcaller("endswith", tuple(w.age_suffixes))
    return _age_as_subject(w, text, toks) if any(map(ends, map(_NORM, toks[:8]))) else None


def _age_as_subject(w: Words, text: str, toks: list[Token]) -> str | None:
    """:func:`age_as_subject` read word by word."""
    endings = tuple(w.age_suffixes)
    opening = next((k for k, t in enumerate(toks[:5]) if t.norm in w.definite_articles), 0)
    if opening and "," not in text[toks[opening - 1].end : toks[opening].start]:
        opening = 0
    toks = toks[opening:]
    for k, t in enumerate(toks[:4]):
        if not t.norm.endswith(endings):
            continue
        suffix = next((x for x in w.age_suffixes if t.norm.endswith(x)), None)
        if suffix is None:
            continue
        number = t.norm[: -len(suffix)]
        before_ok = toks[0].norm in w.definite_articles and all(
            x.norm not in w.stop for x in toks[1:k]
        )
        verb = toks[k + 1].norm if k + 1 < len(toks) else ""
        said = verb in w.say  # "the 41-year-old said"
        finite = said or (w.rules.is_finite(verb) and verb not in w.stop)
        if number.isdigit() and before_ok and finite:
            return number
        return None
    return None
