"""Words of a question the article never uses: names it does not mention ("Atlantis", "the UK")
and topics it does not have ("dividend")."""

from __future__ import annotations

from ...text import Token
from ..index import ArticleIndex
from .query import Unknown


def unknown_words(
    ix: ArticleIndex, toks: list[Token], words: list[str], taken: list[bool], mixed: bool
) -> list[Unknown]:
    lang = ix.lang
    out = []
    for k, w in enumerate(words):
        raw = toks[k].text
        if (
            not taken[k]
            and (len(w) == 2 or raw.isupper())  # what an acronym needs, checked first
            and _acronym(lang, raw, w, words, k, mixed)
            and raw.upper() not in ix.caps_vocab
        ):
            # "the US", "UK": an acronym the article does not have is a name it never mentions
            out.append(Unknown(raw.upper(), k, k + 1))
            continue
        if taken[k] or w in lang.known or w in ix.vocab or toks[k].stem in ix.vocab or w.isdigit():
            continue
        if not w.isalpha() and not any(c.isalpha() for c in w):
            continue
        # capitalised after a dropped opening ("and Japan's regulator?"): not the capital of a
        # sentence's first word, a name the article never mentions
        after_opening = k == 0 and toks[0].start > 0 and mixed and raw[:1].isupper()
        out.append(Unknown(raw, k, k + 1, name=after_opening))
    return out


def _acronym(lang, raw: str, w: str, words: list[str], k: int, mixed: bool) -> bool:
    if raw.isupper() and 2 <= len(raw) <= 4 and mixed and raw.lower() not in lang.not_acronyms:
        return True
    return len(w) == 2 and w in lang.stop and k > 0 and words[k - 1] in lang.the
