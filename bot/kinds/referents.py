"""Referents — "who is 'the Lunorian leader' in that sentence?", "what does 'him' refer to in
'recognized him'?": whom the article's own words stand for, when its facts link those words (a
pronoun, a description) to a name. Words the article does not write, or writes of no one it
names, are asked as any question; words it writes of two are declined."""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.answers import Ask, say
from ..answering.evidence import rank
from ..answering.registry import Pass, kind
from ..facts import SentenceFacts
from ..text import fold, quote_spans

# 'the move', 'him': single quotes around a phrase (not an apostrophe: "X's", "didn't")
_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'([^'\n]{1,60}?)'(?=[\s?.,!:;)\]]|$)")
LINKED = ("pronoun", "description")  # the mentions that stand for a name


@kind("referent", reads_names=False, passes=("no_phrase",))
def referent(ask: Ask) -> Answer | Pass:
    phrases = quoted(ask.q.raw)
    if not phrases:
        return Pass("no_phrase")  # "what does the ruling mean for X?": asked as any question
    asked, place = fold(phrases[0]), fold(phrases[1]) if len(phrases) > 1 else ""
    ix = ask.ix
    personal = ix.lang.masculine_pronouns | ix.lang.feminine_pronouns
    found: dict[int, SentenceFacts] = {}
    written = False
    # the sentences that meet the question's other words first ("… in the sentence about X")
    ranked = [r.info for r in rank(ix, ask.q)]
    seen = {i.sentence.index for i in ranked}
    for info in ranked + [i for i in ix.facts.sentences if i.sentence.index not in seen]:
        text = " ".join(fold(info.sentence.text).split())
        if asked not in text or place not in text:
            continue
        written = True
        for m in info.mentions:
            if m.how in LINKED and m.start >= 0 and _words(info, m.start, m.end) == asked:
                if asked in personal and ix.entity(m.entity).kind != "person":
                    continue  # "he" read as an organisation: no one the article names
                found.setdefault(m.entity, info)
        if not found:
            titled = _titled(ix, info, asked)  # "Incumbent" of "Incumbent Mayor X"
            if titled is not None:
                found.setdefault(titled, info)
    if not written or not found:
        # words the article does not write, or writes of no one it names ("'in turn'"):
        # asked as any question (the sentence that writes them)
        return Pass("no_phrase")
    if len(found) > 1:
        return ask.decline()  # of two: which one is not said
    eid, info = next(iter(found.items()))
    return ask.answer(say("answer.name", name=ix.name(eid)), [info], 0.9, [eid])


TITLE_REACH = 6  # words of a title run before a name ("Incumbent Lunorian Mayor X")


def _titled(ix, info: SentenceFacts, asked: str) -> int | None:
    """The person whose name the asked words open the title of: the words right before the
    name, capitalised each up to it ("'incumbent'" of "Incumbent Lunorian Mayor X")."""
    lang, words = ix.lang, asked.split()
    title_words = lang.titles.keys() | lang.lex.words.get("present_holder_words", frozenset())
    if not all(w in title_words for w in words):
        return None  # "'Harbour'", "'Lunorian'": a name's words, not the person's title
    toks, n = info.tokens, len(words)
    for m in info.mentions:
        if m.how != "name" or m.start < 1 or ix.entity(m.entity).kind != "person":
            continue
        for a in range(max(0, m.start - TITLE_REACH), m.start - n + 1):
            run = toks[a : m.start]
            if _words(info, a, a + n) == asked and all(t.text[:1].isupper() for t in run):
                return m.entity
    return None


def quoted(text: str) -> list[str]:
    """The phrases the question quotes, in order: in double quotes or guillemets, or single."""
    out = [(a, text[a + 1 : b - 1]) for a, b in quote_spans(text)]
    out += [(m.start(), m.group(1)) for m in _SINGLE.finditer(text)]
    return [" ".join(p.split()) for _, p in sorted(out) if p.strip()]


def _words(info: SentenceFacts, start: int, end: int) -> str:
    """The sentence's words from ``start`` up to ``end``, folded."""
    toks = info.tokens
    return " ".join(fold(info.sentence.text[toks[start].start : toks[end - 1].end]).split())
