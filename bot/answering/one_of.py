"""One of a kind: "is X one of the networks?", "is X among the sponsors?" — yes when a sentence
lists X right after that noun ("all four networks - A, B and X -", "sponsors such as X");
None (so the yes/no goes on as before) otherwise: a list that leaves X out may be partial."""

from __future__ import annotations

from ..facts import SentenceFacts
from .agents import name_lists
from .index import ArticleIndex
from .question import Query

# what may stand between the noun and the list it heads: punctuation of an apposition (a comma
# alone may end a clause: "after the talks, X and Y left")
_OPENERS = ("-", "—", "–", ":", "(")


def listed_under(ix: ArticleIndex, q: Query) -> SentenceFacts | None:
    """The sentence that lists the question's one name right after the noun it asks it is one
    of (None: not so asked, or no sentence does)."""
    noun = _noun_asked(ix, q)
    if noun is None:
        return None
    eid = q.entity_ids[0]
    for info in ix.body:
        if eid in info.entities and _heads_list_with(ix, info, noun, eid):
            return info
    return None


def _noun_asked(ix: ArticleIndex, q: Query) -> str | None:
    """The stem of the noun after "one of the" / "among the" in a question of one name about
    it: the last word of that phrase, before the question ends."""
    heads = ix.lang.lex.words.get("membership_heads", frozenset())
    if len(q.entity_ids) != 1 or not heads:
        return None
    text = " ".join(q.words)
    for head in sorted(heads, key=len, reverse=True):
        at = f" {text} ".find(f" {head} ")
        if at < 0:
            continue
        start = len(text[:at].split()) + len(head.split())
        if any(n.start >= start for n in q.names):
            return None  # "one of the X …": the name is in the phrase, not the noun
        after = [t for t in q.terms if t.index >= start and t.weight >= 0.3]
        return after[-1].stem if after else None
    return None


def _heads_list_with(ix: ArticleIndex, info: SentenceFacts, noun: str, eid: int) -> bool:
    """Does the noun, right before a list of names that has the entity, head that list: only
    punctuation of an apposition or a list's head ("including") between them?"""
    toks, text = info.tokens, info.sentence.text
    heads = ix.lang.lex.words.get("enumeration_heads", frozenset())
    for run in name_lists(ix, info):
        if eid not in run:
            continue
        starts = [m.start for m in info.mentions if m.entity == run[0] and m.start > 0]
        for start in starts:
            k = start - 1
            between: list[str] = []
            while k >= 0 and toks[k].stem != noun and len(between) < 2:
                between.insert(0, toks[k].norm)
                k -= 1
            if k < 0 or toks[k].stem != noun or (between and " ".join(between) not in heads):
                continue
            gap = text[toks[k].end : toks[start].start].strip()
            if between or gap[:1] in _OPENERS:
                return True
    return False
