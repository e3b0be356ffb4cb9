"""Whether a sentence states, denies, leaves open or only hedges what a yes/no question asks.

The word asked about has a clause: it ends at punctuation and at the language's clause breaks
("but", "who"). Before the word, in its clause, a negator denies it ("was *not able to* receive",
"*no* projects will be scrapped"), a hedge leaves it unsaid ("*could* sign", "*close to* signing",
"said it *would*"), and "whether" leaves it open; the marker nearest the word decides, and a word
the question itself uses is none of them (but its "whether": "has it been decided whether …"
is left open by the article's). A word of the opposite meaning ("acquitted" for
"convicted") denies it as well.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache

from ..facts import SentenceFacts
from ..text import fold
from .language import Language

STATES, DENIES, HEDGES, UNDECIDED = "states", "denies", "hedges", "undecided"
EXPECTED = "expected"  # a question about the future, the sentence expecting it ("is set to")
_BREAKS = frozenset(',;:()"“”—–')
PUNCTUATION = _BREAKS | {"."}  # what ends a phrase read after a word ("as a plot hatched by Y")


def clause_start(lang: Language, info: SentenceFacts, k: int) -> int:
    """The first word of the clause of word ``k``."""
    bounds = _clause_bounds(lang, info)
    if 0 <= k < len(bounds[0]):
        return bounds[0][k]
    toks, text = info.tokens, info.sentence.text
    a = k
    while a > 0:
        if _breaks_before(lang, toks, text, a):
            break
        a -= 1
    return a


def clause_end(lang: Language, info: SentenceFacts, k: int) -> int:
    """One past the last word of the clause of word ``k``."""
    bounds = _clause_bounds(lang, info)
    if 0 <= k < len(bounds[1]):
        return bounds[1][k]
    toks, text = info.tokens, info.sentence.text
    b = k + 1
    while b < len(toks):
        if _breaks_before(lang, toks, text, b):
            break
        b += 1
    return b


def _breaks_before(lang: Language, toks, text: str, a: int) -> bool:
    """Does a clause start at word ``a`` (a clause break, or punctuation before it)?"""
    return toks[a].norm in lang.clause_breaks or not _BREAKS.isdisjoint(
        text[toks[a - 1].end : toks[a].start]
    )


# (a sentence's text, the language's clause breaks) → each word's clause start and end (a memo)
_CLAUSES: dict[tuple[str, frozenset[str]], tuple[tuple[int, ...], tuple[int, ...]]] = {}
CLAUSES_MEMO = 50_000  # texts remembered, then forgotten all at once


def _clause_bounds(lang: Language, info: SentenceFacts) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The first word and one past the last word of each word's clause, read once per text."""
    key = (info.sentence.text, lang.clause_breaks)
    got = _CLAUSES.get(key)
    if got is not None:
        return got
    if len(_CLAUSES) >= CLAUSES_MEMO:
        _CLAUSES.clear()
    toks, text = info.tokens, info.sentence.text
    n = len(toks)
    breaks = {a for a in range(1, n) if _breaks_before(lang, toks, text, a)}
    starts, ends = [0] * n, [n] * n
    start = 0
    for j in range(n):
        start = j if j in breaks else start
        starts[j] = start
    end = n
    for j in range(n - 1, -1, -1):
        ends[j] = end
        end = j if j in breaks else end
    got = _CLAUSES[key] = (tuple(starts), tuple(ends))
    return got


def polarity(lang: Language, info: SentenceFacts, k: int, words: Sequence[str]) -> str:
    """Does the sentence state word ``k``, deny it, leave it open or only hedge it? The marker
    nearest the word decides ("could not sign" denies, "has not said whether" leaves it open).
    ``words``: the question's own ("did they fail to…" asks about failing, "will they…" about
    the future), never a marker. A question about the future ("is she going to travel?") is
    answered by a sentence that expects it ("she is expected to travel"): EXPECTED."""
    asked, asked_text, future = _asked(lang, tuple(words))
    toks = info.tokens
    a = clause_start(lang, info, k)
    negating, hedging = _by_last(lang.negator_phrases), _by_last(lang.hedge_phrases)
    elsewhere = k  # the first word of a phrase that is about another noun than word k
    subjects = lang.lex.writing.get("subject_pronouns", frozenset())
    crossed = False  # a subject pronoun passed: a negator before it denies another verb
    for j in range(k - 1, a - 1, -1):
        t = toks[j]
        if j >= elsewhere:
            continue
        if _phrase_ends(negating, toks, a, j, asked_text):
            return HEDGES if crossed else DENIES  # "still to receive", though "to" is asked
        hedge = _phrase_ends(hedging, toks, a, j, asked_text, first=True)
        if hedge and toks[j].norm in lang.stop and not _object_of(lang, toks, j, k):
            # "plans for Y's visit … during his trip": not the trip
            elsewhere = j - hedge.count(" ")
            continue
        if hedge:
            first = hedge.split()[0]
            return EXPECTED if future and first in lang.future_markers else HEDGES
        if t.norm in subjects and j < k - 1:
            crossed = True  # (even a pronoun the question has: "did *he* see it?")
        if t.norm in asked or t.stem in asked:
            continue
        if t.norm in lang.negators:
            # "his eyes were not deceiving him as *he* saw the wave": not the seeing
            return HEDGES if crossed else DENIES
        if t.norm in lang.undecided:
            return UNDECIDED
        if t.norm in lang.hedges:
            return EXPECTED if future and t.norm in lang.future_markers else HEDGES
    return STATES


@lru_cache(maxsize=256)
def _asked(lang: Language, words: tuple[str, ...]) -> tuple[frozenset[str], str, bool]:
    """What :func:`polarity` reads of the question's words (read once per question, not at each
    sentence it weighs): their words and stems, their text padded with spaces, and whether
    they ask about the future."""
    stem = lang.lex.rules.stem
    # "has it been decided whether …": the question's "whether" asks if it is open, so the
    # article's "whether" still leaves it open
    kept = [w for w in words if w not in lang.undecided]
    # "… or not?": the question's "not" is no word of its own — the article's "not" still denies
    kept = [
        w
        for i, w in enumerate(kept)
        if not (w in lang.negators and i and kept[i - 1] in lang.alternatives)
    ]
    asked = frozenset(kept) | {stem(w) for w in kept}
    asked_text = " " + " ".join(kept) + " "
    future = any(w in lang.future_hints for w in kept) or progressive(lang, kept)
    return asked, asked_text, future


def progressive(lang: Language, words: Sequence[str]) -> bool:
    """ "Are X staff taking part?": a present auxiliary first, a verb in -ing after it — a
    plan, which a sentence that expects it answers."""
    if not words or words[0] not in lang.present_auxiliaries:
        return False
    return any(lang.lex.rules.is_gerund(w) for w in words[2:])


def not_done(lang: Language, info: SentenceFacts, k: int, words: Sequence[str]) -> bool:
    """A question about what happened ("where did X go?", "when did X visit?") and a sentence
    that denies or only hedges word ``k`` ("was not able to go", "is expected to visit")."""
    if not _asks_done(lang, tuple(words)):
        return False  # "did": not "was built", whose hedged sentence may be the plan's
    return polarity(lang, info, k, words) in (DENIES, HEDGES)


@lru_cache(maxsize=256)
def _asks_done(lang: Language, words: tuple[str, ...]) -> bool:
    """Has the question an auxiliary of the past other than a form of "be" or "have" ("did")?
    (Read once per question, not at each sentence.)"""
    be = lang.lex.writing.get("be_forms", frozenset()) | lang.lex.writing.get("have_forms", ())
    return any(w in lang.past_auxiliaries and w not in be for w in words)


def planned(lang: Language, info: SentenceFacts, k: int, words: Sequence[str]) -> int | None:
    """The word where a hedge phrase ends whose noun is word ``k`` ("discussed plans *for* her
    trip"), if one does: a planned event (never "due to meet": a verb, not a noun)."""
    asked_text = " " + " ".join(words) + " "
    toks = info.tokens
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    a = clause_start(lang, info, k)
    hedging = _by_last(lang.hedge_phrases)
    for j in range(k - 1, a - 1, -1):
        if toks[j].norm not in lang.stop or toks[j].norm in to:
            continue
        hedge = _phrase_ends(hedging, toks, a, j, asked_text, first=True)
        if hedge:
            return j if _object_of(lang, toks, j, k) else None
    return None


def _object_of(lang: Language, toks, j: int, k: int) -> bool:
    """Is word ``k`` in the noun phrase right after the preposition at word ``j`` ("ahead of
    *her* visit"), with no other preposition between?"""
    return not any(
        t.norm in lang.stop and t.norm not in lang.determiners and not t.possessive
        for t in toks[j + 1 : k]
    )


def _phrase_ends(
    by_last: dict[str, tuple[tuple[str, tuple[str, ...]], ...]],
    toks,
    a: int,
    j: int,
    asked: str,
    first: bool = False,
) -> bool | str:
    """Does one of the phrases (``_by_last`` of them) end at word ``j`` (and start at ``a`` or
    after)? With ``first``: the phrase, if one does ("" if none)."""
    for p, words in by_last.get(toks[j].norm, ()):
        n = len(words)
        if j - n + 1 >= a and all(toks[j - n + 1 + i].norm == w for i, w in enumerate(words)):
            if f" {p} " not in asked:
                return p if first else True
    return "" if first else False


@cache
def _by_last(phrases: tuple[str, ...]) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
    """The phrases (and their words) by their last word, in their order."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[-1], []).append((p, words))
    return {k: tuple(v) for k, v in out.items()}


def opposite_at(lang: Language, info: SentenceFacts, stems: Iterable[str]) -> int | None:
    """The first word of the sentence whose meaning is the opposite of one of these stems."""
    opposite: set[str] = set()
    for st in stems:
        opposite |= lang.opposites.get(st, frozenset())
    if not opposite:
        return None
    for k, t in enumerate(info.tokens):
        if t.stem in opposite or fold(t.norm) in opposite:
            return k
    return None
