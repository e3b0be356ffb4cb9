"""The symbol string the intents' patterns match: the question's words, ``<e>`` for a name of the
article, ``<x>`` for a run of words it never uses, ``<n>`` for a number written in digits ("1,000"
is one), ``s`` after a possessive; each followed by a space ("who is <e> s spokesman ")."""

from __future__ import annotations

from ...text import Token
from .query import Named, Unknown

NAME, UNKNOWN, NUMBER, POSSESSIVE = "<e>", "<x>", "<n>", "s"


def symbols_of(
    toks: list[Token],
    words: list[str],
    names: list[Named],
    unknown: list[Unknown],
    skip: frozenset[int] = frozenset(),
) -> str:
    """``skip``: words that are not read (``besides X``)."""
    n = len(words)
    unk_at = {u.start for u in unknown}
    name_end = {nm.start: nm.end for nm in names}
    out = []
    k = 0
    while k < n:
        if k in skip:
            k += 1
            continue
        if k in name_end:
            out.append(NAME)
            if toks[name_end[k] - 1].possessive:
                out.append(POSSESSIVE)
            k = name_end[k]
            continue
        if k in unk_at:
            out.append(UNKNOWN)
            if toks[k].possessive:
                out.append(POSSESSIVE)
            while k + 1 < n and k + 1 in unk_at:
                k += 1
            k += 1
            continue
        if words[k].isdigit():  # "1,000" is read as "1" "000": one number
            out.append(NUMBER)
            while k + 1 < n and len(words[k + 1]) == 3 and words[k + 1].isdigit():
                k += 1
        else:
            out.append(words[k])
        if toks[k].possessive:
            out.append(POSSESSIVE)
        k += 1
    return " ".join(out) + " "
