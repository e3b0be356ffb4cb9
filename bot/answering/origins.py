"""Where people or things described by a demonym are from: "40 Kestrian migrants" are from
Kestria. The place is the article's own when it names it, else the one country CLDR names in
English that the adjective is of ("Sri Lankan" → Sri Lanka) — never "British X" for "British"
(a name that starts with the adjective is another place), and none when two fit as well."""

from __future__ import annotations

from functools import lru_cache

from ..languages.places import codes_by_english_name, is_country, native_territory
from ..resources import intents_dir
from ..text import fold
from .index import ArticleIndex
from .question.names import demonym


def place_of_demonym(ix: ArticleIndex, adjective: str) -> str | None:
    """The name of the place a (capitalised, possibly multi-word) adjective is of, if one."""
    key = fold(adjective)
    if " " not in key:
        own = demonym(ix, key)
        if own is not None:
            return ix.name(own)
    is_demonym = ix.lang.lex.rules.is_demonym
    best: list[tuple[int, str]] = []
    for name, code in codes_by_english_name(intents_dir()).items():
        if name.startswith(key) or not is_demonym(key, name):
            continue
        best.append((_shared(key, name), code))
    if not best:
        return None
    best.sort(reverse=True)
    if len(best) > 1 and best[1][0] == best[0][0] and best[1][1] != best[0][1]:
        return None  # two places fit as well
    return native_territory("en", best[0][1])


def is_nationality(ix: ArticleIndex, name: str) -> bool:
    """Is the one-word name an adjective of a place ("Kestrian", "Dutch") rather than a name of
    its own — a word the language lists, or the demonym of a place the article or CLDR names?"""
    key = fold(name)
    if " " in key:
        return False
    if key in ix.lang.lex.words.get("nationality_words", ()) or demonym(ix, key) is not None:
        return True
    return _of_a_country(key, ix.lang.lex.rules.is_demonym)


@lru_cache(maxsize=256)
def _of_a_country(key: str, is_demonym) -> bool:
    """Is the folded word the adjective of a country CLDR names in English (once per word)?"""
    return any(
        not name.startswith(key) and is_demonym(key, name)
        for name in codes_by_english_name(intents_dir())
    )


def _shared(a: str, b: str) -> int:
    """How many first letters two words share."""
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k


def asks_origin(lang, q) -> bool:
    """Does the question ask where someone is from ("what nationality is X?", "which country is
    X from?", "where does X come from?") — not where they went or came from on a trip ("where
    had the plane been flying from?")?"""
    words = lang.lex.words
    w = q.words[: q.own_end]
    if not words.get("origin_question_nouns", frozenset()).isdisjoint(w):
        return True
    if len(w) < 3 or w[-1] not in lang.from_words:
        return False
    if w[0] in lang.which_words and w[1] not in lang.country_nouns | lang.place_nouns:
        return False  # "which ministry is he from?": whom he works for
    if w[-2] in words.get("origin_question_verbs", frozenset()):
        return True
    be = lang.lex.writing.get("be_forms", frozenset())
    verbs = [x for x in w[1:-1] if lang.lex.rules.is_participle(x) or x in lang.light]
    return any(x in be for x in w[1:3]) and not verbs


def cue_words(lang) -> list[list[str]]:
    """The origin cues ("from", "native of", "born in"), each as its words, longest first."""
    cues = lang.lex.words.get("origin_cues", frozenset())
    return sorted((c.split() for c in cues), key=len, reverse=True)


def cue_at(lang, toks, k: int) -> int:
    """How many words of an origin cue start at word ``k`` ("of", "a native of" → 0 for none)."""
    for c in cue_words(lang):
        if [t.norm for t in toks[k : k + len(c)]] == c:
            return len(c)
    return 0


def origin_phrase(lang, phrase: str) -> bool:
    """Does a place's phrase open with an origin cue ("from Karaganda", "a native of Ghana")?"""
    words = [fold(x) for x in phrase.split()]
    if words and words[0] in lang.lex.writing.get("articles", frozenset()):
        words = words[1:]
    return any(words[: len(c)] == c for c in cue_words(lang))


def origin_said(ix: ArticleIndex, info) -> bool:
    """Does the sentence say where someone is from: a demonym before a noun ("a French Moroccan
    man"), or an origin cue of more than a preposition, or "from", before a name ("a native of
    Ghana", "from Kestria")?"""
    lang = ix.lang
    toks = info.tokens
    cues = [c for c in cue_words(lang) if len(c) > 1 or c[0] in lang.from_words]
    for k in range(len(toks)):
        if _demonym_before_noun(ix, toks, k):
            return True
        for c in cues:
            end = k + len(c)
            if end < len(toks) and [x.norm for x in toks[k:end]] == c:
                if toks[end].text[:1].isupper():
                    return True
    return False


def _demonym_before_noun(ix: ArticleIndex, toks, k: int) -> bool:
    """Is word ``k`` a demonym before a noun or another demonym ("French Moroccan man"), not a
    word of a name ("Royal Australian Air Force")?"""
    t = toks[k]
    if not t.text[:1].isupper() or t.norm in ix.lang.stop or k + 1 >= len(toks):
        return False
    if not is_nationality(ix, t.text):
        return False
    nxt = toks[k + 1]
    return not nxt.text[:1].isupper() or is_nationality(ix, nxt.text)


def demonym_of_person(ix: ArticleIndex, eid: int):
    """ "Norwegian pilot Lina Vos", "Kenya's Amina Wanjiru": a demonym, or a place's owner form,
    right before a name or before the lowercase words of its title (three at most) — (sentence,
    place, phrase), or None."""
    lang = ix.lang
    for info in ix.body:
        toks, text = info.tokens, info.sentence.text
        for m in info.mentions:
            if m.entity != eid or m.how != "name" or m.start <= 0:
                continue
            k = m.start - 1
            while k > 0 and m.start - k <= 3 and _plain_word(lang, toks, text, k):
                k -= 1
            t = toks[k]
            if text[t.end : toks[k + 1].start] not in (" ", "'s ", "’s "):
                continue
            if t.possessive:
                place = _place_owner(ix, info, k)
            elif _demonym_before_noun(ix, toks, k) or k + 1 == m.start:
                place = place_of_demonym(ix, t.text) if is_nationality(ix, t.text) else None
            else:
                place = None
            if place is not None:
                return info, place, text[t.start : toks[m.end - 1].end]
    return None


def _plain_word(lang, toks, text: str, k: int) -> bool:
    """Is word ``k`` a lowercase word of a title ("pilot", "fast bowler"), spaced from the next?"""
    t = toks[k]
    return (
        t.text[:1].islower()
        and t.norm.isalpha()
        and t.norm not in lang.stop
        and text[t.end : toks[k + 1].start] == " "
    )


def _place_owner(ix: ArticleIndex, info, k: int) -> str | None:
    """The country a possessive word ``k`` names ("Kenya's"), if one: not "Westpac's X", whom X
    works for."""
    for o in info.mentions:
        if o.start <= k < o.end and o.end == k + 1 and is_country(ix.name(o.entity)):
            return ix.name(o.entity)
    return None
