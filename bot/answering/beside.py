"""What a sentence writes beside a name the facts gave no role: the words that say who or what
it is when they are no known title.

- the words that open the sentence and run into the name, its subject: "Olympic 400 metres
  champion X will …", "Study author X says …", "The league's leading goal kicker, X, will …";
- the body after the name, set off by commas: "X, of the Harbour Workers Union, says …";
- an aside after the name that places it in a group or gives it a title: "X, one of the leaders
  of the Front.", "X, the deputy head of the port authority, said …".

Nothing is guessed: no such words, no description (the caller declines).
"""

from __future__ import annotations

from ..facts import SentenceFacts
from .index import ArticleIndex

JOINS = (" ", "'s ", "’s ", "' ", "’ ")  # between the words of a noun phrase
LONGEST = 8  # words of a description
_ENDS = frozenset(",.;:")


def beside(ix: ArticleIndex, eid: int) -> tuple[str, SentenceFacts] | None:
    """The first words, in reading order, that describe entity ``eid`` where a sentence names
    it, with that sentence."""
    for info in ix.facts.sentences:
        for m in info.mentions:
            if m.entity != eid or m.how != "name" or m.start < 0:
                continue
            words = _opening(ix, info, m.start, m.end) or _after(ix, info, m.start, m.end)
            if words:
                return words, info
    return None


def _between(info: SentenceFacts, a: int, b: int) -> str:
    """The text between word ``a`` and word ``b`` (its next)."""
    toks = info.tokens
    return info.sentence.text[toks[a].end : toks[b].start]


def _opening(ix: ArticleIndex, info: SentenceFacts, start: int, end: int) -> str | None:
    """ "Olympic 400 metres champion X will", "The AFL's leading goal kicker, X, will": the
    words from the sentence's start to the name, its subject, with no word of function or verb
    among them (an article or a possessive opens them: "The deal means X will" and "It's
    important X delivers" describe no one), the last a lowercase noun."""
    lang, toks = ix.lang, info.tokens
    if not 2 <= start <= LONGEST + 1 or end >= len(toks):
        return None
    comma, closing = _between(info, start - 1, start), _between(info, end - 1, end)
    if comma not in (" ", ", ") or closing not in (" ", ", ") or (comma, closing) == (", ", " "):
        return None  # "The X, Y, will": an aside set off on both sides; "X Y will": none
    if not _verb_after(ix, info, end):
        return None  # "Unions representing X maintenance workers": X is no subject
    first = 1 if toks[0].norm in lang.determiners else 0
    for k in range(first, start):
        if k < start - 1 and _between(info, k, k + 1) not in JOINS:
            return None
        if toks[k].norm in lang.stop or (k > 0 and _verb(ix, toks[k].norm)):
            return None
    last = toks[start - 1].text
    if start - first < 2 or not (last.islower() and last.isalpha()) or last.endswith("s"):
        return None  # "-s": a verb ("means") or many, not one person
    return info.sentence.text[toks[0].start : toks[start - 1].end]


def _verb(ix: ArticleIndex, word: str) -> bool:
    """A verb's form in no description: past ("told", "beat"), saying ("-ing" may be one:
    "leading goal kicker")."""
    lang = ix.lang
    past = lang.lex.writing.get("irregular_past", frozenset())
    return word in lang.say or word in past or lang.lex.rules.is_past(word)


def _verb_after(ix: ArticleIndex, info: SentenceFacts, end: int) -> bool:
    """Does a verb follow the name (past its letters: "X QC told"): an auxiliary ("will",
    "has"), a verb of saying, a past form?"""
    lang, toks = ix.lang, info.tokens
    posts = lang.lex.writing.get("post_nominals", frozenset())
    while end < len(toks) - 1 and toks[end].norm in posts:
        end += 1
    if end >= len(toks):
        return False
    w = toks[end].norm
    return w in lang.aux or w in lang.future_auxiliaries or _verb(ix, w)


def _after(ix: ArticleIndex, info: SentenceFacts, start: int, end: int) -> str | None:
    """ "X, of the Harbour Workers Union, says", "X, one of the leaders of the Front.": the aside
    after the name, closed by a comma or the sentence's end, that gives a body or a group or a
    title (not a list's next item: "A and X, the B of C"; not who said it: "X, an official
    said")."""
    lang, toks = ix.lang, info.tokens
    if end >= len(toks) - 1 or _between(info, end - 1, end) != ", ":
        return None
    if start > 0 and (
        toks[start - 1].norm in lang.list_gaps or _between(info, start - 1, start).strip()
    ):
        return None
    stop = end
    while stop < len(toks) - 1 and stop - end < LONGEST + 2:
        gap = _between(info, stop, stop + 1)
        if gap.strip():
            break
        stop += 1
    tail = info.sentence.text[toks[stop].end :].lstrip(" ")
    if (
        not tail
        or tail[0] not in _ENDS
        or "(" in info.sentence.text[toks[end].start : toks[stop].end]
    ):
        return None
    words = [t.norm for t in toks[end : stop + 1]]
    if any(w in lang.say or w in lang.list_gaps for w in words):
        return None  # "X, an official said"; "X, the Y Association and Z": a list
    aside = info.sentence.text[toks[end].start : toks[stop].end]
    affiliation = lang.lex.writing.get("affiliation_prepositions", frozenset())
    body = words[0] in affiliation and len(words) >= 3 and words[1] in lang.determiners
    group = any(aside.lower().startswith(idiom + " ") for idiom in lang.count_idioms)
    titled = (
        words[0] in lang.determiners
        and toks[end + 1].text.islower()  # "X, the Y Association": another name
        and any(w in lang.titles for w in words[1:])
    )
    # "of the Harbour Workers Union", "one of the leaders of …", "the deputy head of …"
    return aside if body or group or titled else None
