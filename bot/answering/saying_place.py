"""Where a statement was made: "where was he speaking?", "speaking from where?", "where did he
say that?" — asked of a speaker (named, or the one whose words the conversation quoted) — is the
place or occasion the article gives the saying itself:

- a phrase after the verb that attributes the speaker's words, outside what was said ("…,"
  X told the agency *from the eastern city of Y*; X said *in an interview with Z*);
- a sentence that situates the speaker's saying (X was speaking *during a cabinet meeting*
  …).

Never a place of what was said ("X said troops would go *to Y*"), nor a place of another
sentence about the speaker. None found: no place of that saying (the kind declines).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from ..facts import Place, SentenceFacts
from ..text import stem
from .actors import actor_at
from .index import ArticleIndex
from .question import Query

REACH = 8  # words from the verb of saying to the preposition of its place (its object between)
_STOPS = frozenset(',;:"“”«»()—–')


@lru_cache(maxsize=8)
def _say_stems(say: frozenset[str]) -> frozenset[str]:
    return frozenset(stem(w) for w in say)


def saying(lang, word: str) -> bool:
    """Is the word a verb of saying, in any of its forms ("speaking", "telling")?"""
    return word in lang.say or stem(word) in _say_stems(lang.say)


def asks_where_said(ix: ArticleIndex, q: Query) -> bool:
    """Does the question ask only where someone said something: a verb of saying of its own and
    no other word of its own to ask about ("where was he speaking?", "speaking from where?",
    "where did X say that?"; not "where did X say Y would go?")?"""
    lang = ix.lang
    own = q.own_end
    at = next((k for k, w in enumerate(q.words[:own]) if saying(lang, w)), None)
    if at is None or any(u.start < own for u in q.unknown):
        return False
    preps = lang.lex.words.get("place_prepositions", frozenset())
    after = lang.event_pronouns | lang.question_words | preps  # "say *that*", "speaking *from*"
    if any(w not in after for w in q.words[at + 1 : own]):
        return False  # "where does X think Y is?", "where is he believed to be?"
    return not any(0 <= t.index < own and not saying(lang, t.word) for t in q.terms)


def speakers(ix: ArticleIndex, q: Query) -> list[int]:
    """The speakers asked about: the people the question names (or its pronouns stand for),
    else the speakers of the quotes of the sentences the conversation is about, latest first."""
    own = [nm.entity for nm in q.names if nm.start < q.own_end and nm.entity in ix.persons]
    if own:
        return list(dict.fromkeys(own))
    facts = ix.facts.sentences
    # (a reported statement is often carried on by a direct quotation in the sentence after
    # it: "A spokesman said X. 'Y,' Z told the agency from W.")
    after = [i + 1 for i in reversed(q.focus) if _carried_on(ix, i)]
    quoted = [facts[i].quote for i in (*reversed(q.focus), *after) if 0 <= i < len(facts)]
    return list(dict.fromkeys(x.speaker for x in quoted if x is not None and x.speaker is not None))


def _carried_on(ix: ArticleIndex, i: int) -> bool:
    """Is sentence ``i`` followed, in its paragraph, by a direct quotation?"""
    facts = ix.facts.sentences
    if not 0 <= i < len(facts) - 1:
        return False
    nxt = facts[i + 1]
    same = nxt.sentence.paragraph == facts[i].sentence.paragraph
    return same and nxt.quote is not None and nxt.quote.direct


def place_of_saying(
    ix: ArticleIndex, q: Query, who: list[int]
) -> tuple[SentenceFacts, str, Place | None] | None:
    """The sentence, phrase and place (None: an occasion with no place named) of the saying of
    these speakers: first in the sentences the conversation is about, then in the article's."""
    facts = ix.facts.sentences
    order = [*reversed(q.focus), *range(len(facts))]
    for i in dict.fromkeys(order):
        if not 0 <= i < len(facts):
            continue
        info = facts[i]
        for k in _their_sayings(ix, info, who):
            got = _phrase_after(ix, info, k)
            if got is not None:
                return (info, *got)
    return None


def _their_sayings(ix: ArticleIndex, info: SentenceFacts, who: list[int]) -> Iterable[int]:
    """The words of the sentence that are a verb of saying whose speaker is one of ``who``."""
    lang, x = ix.lang, info.quote
    for k, t in enumerate(info.tokens):
        if not saying(lang, t.norm):
            continue
        if x is not None and x.speaker in who and t.text == x.verb:
            yield k
            continue
        actor = actor_at(ix, info, k)
        if actor is not None and actor.entity in who:
            yield k


def _phrase_after(ix: ArticleIndex, info: SentenceFacts, k: int) -> tuple[str, Place | None] | None:
    """The phrase of a place or an occasion after the verb of saying at word ``k`` (its object
    may stand between), to the next comma — not inside what was said, nor after a clause of
    its own (an auxiliary, "that")."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    preps = lang.lex.words.get("place_prepositions", frozenset()) | lang.lex.writing.get(
        "occasion_prepositions", frozenset()
    )
    content = _content_span(info)
    stop = lang.aux | lang.lex.writing.get("complementizers", frozenset()) | lang.say
    for j in range(k + 1, min(k + 1 + REACH, len(toks))):
        t = toks[j]
        if t.norm in _STOPS or t.text in _STOPS or t.norm in stop:
            return None
        if content is not None and content[0] <= t.start < content[1]:
            return None  # what was said ("said troops would go to Y")
        if t.norm not in preps or any(tm.start == t.start for tm in info.times):
            continue
        end = min((c for c in (text.find(",", t.start), text.find(";", t.start)) if c > 0),
                  default=len(text))  # fmt: skip
        phrase = text[t.start : end].rstrip(" .")
        if any(tm.start <= t.start < tm.end for tm in info.times) or len(phrase.split()) < 2:
            return None  # "said on Monday": a time, not a place
        place = next((p for p in info.places if t.start <= toks[p.token].start < end), None)
        return phrase, place
    return None


def _content_span(info: SentenceFacts) -> tuple[int, int] | None:
    """Where the sentence's quotation or reported words are, in its text."""
    x = info.quote
    if x is None or not x.content:
        return None
    at = info.sentence.text.find(x.content)
    return None if at < 0 else (at, at + len(x.content))
