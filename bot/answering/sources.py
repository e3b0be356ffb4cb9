"""Who says what an answer stated: "says who?", "according to whom?", "who said that?" — asked
with no words of their own after an answer — are about the sentences that answer quoted, and
their source is the one those sentences give it:

- the speaker of a sentence's quotation or reported words ("X said …", "…, according to X");
- a source the sentence opens with "according to" ("According to initial police reports, …");
- the subject of a verb of finding ("A study has found …");
- else the article's own report: its agency, by its dateline — or, without one, no one.

Never the speaker of another sentence on the same subject.
"""

from __future__ import annotations

from ..answer import Answer
from ..facts import SentenceFacts
from ..text import fold
from .actors import actor_at
from .agents import name_as_written
from .answers import Ask, say

TRAILING = 8  # words at most of a speaker between a sentence's last comma and its "said."


def bare_source_question(ask: Ask) -> bool:
    """Is the question only a source asked ("says who?", "according to whom?"): a follow-up's
    own words with no term but verbs of saying and source words, after an answer?"""
    q, lang = ask.q, ask.ix.lang
    if not q.focus or not q.own:
        return False
    sources = lang.lex.words.get("source_words", frozenset())
    return not any(
        0 <= t.index < q.own and t.word not in lang.say and t.word not in sources for t in q.terms
    ) and not any(nm.start < q.own and nm.entity is not None for nm in q.names)


def source_of_answer(ask: Ask) -> Answer | None:
    """The source of the previous answer's sentences (see the module), as an answer quoting
    the sentence that gives it; a decline when none gives one and the article has no agency;
    None when the question is not a bare source question, or asks who did something of "it"
    that none of them says."""
    if not bare_source_question(ask):
        return None
    ix = ask.ix
    infos = [ix.facts.sentences[i] for i in ask.q.focus if 0 <= i < len(ix.facts.sentences)]
    for info in infos:
        got = (
            _speaker(ask, info)
            or _according_to(ask, info)
            or _finder(ask, info)
            or _trailing_speaker(ask, info)
        )
        if got is not None:
            return got
    if not only_a_source(ix.lang, ask.q):
        return None  # "who announced it?": who did that, wherever the article says it
    dl = ix.article.dateline
    if infos and dl is not None and dl.agency and not any(_ends_saying(ix.lang, i) for i in infos):
        # (a sentence that ends "…, X said." of a speaker it does not read is not the agency's)
        said = say("answer.source.agency", agency=dl.agency, dateline=dl.text)
        return ask.answer(said, infos[:1], 0.7)
    if any(0 <= t.index < ask.q.own for t in ask.q.terms):
        return None  # "who says so?": a speaker the quotes name, found by its verb
    return ask.decline("decline.who")


def only_a_source(lang, q) -> bool:
    """ "says who?", "according to whom?" — a source word and nothing else of its own (not
    "who announced it?", which asks who did a deed of "it"): the source of what the answer's
    sentences state, whichever verb they say it with, or none."""
    sources = lang.lex.words.get("source_words", frozenset())
    it = lang.event_pronouns | lang.lex.writing.get("thing_pronouns", frozenset())
    own = q.words[: q.own_end]
    return (
        any(w in sources for w in own)
        and not any(w in it for w in own)
        and all(w in sources or w in lang.relative_pronouns or w in lang.stop for w in own)
    )


def _ends_saying(lang, info: SentenceFacts) -> bool:
    """Does the sentence end with a verb of saying ("…, officials said.")?"""
    words = [t for t in info.tokens if any(c.isalnum() for c in t.norm)]
    return bool(words) and words[-1].norm in lang.say


def _trailing_speaker(ask: Ask, info: SentenceFacts) -> Answer | None:
    """ "…, two people familiar with the matter said.": a speaker the facts do not read, in the
    words between the sentence's last comma and the verb of saying that ends it."""
    words = [t for t in info.tokens if any(c.isalnum() for c in t.norm)]
    if len(words) < 3 or not _ends_saying(ask.ix.lang, info):
        return None
    text = info.sentence.text
    cut = text.rfind(",", 0, words[-1].start)
    if cut < 0:
        return None
    who = text[cut + 1 : words[-1].start].strip()
    if not who or len(who.split()) > TRAILING or any(c in who for c in '"“”«»'):
        return None
    words_ = who[:1].upper() + who[1:]
    return ask.answer(say("answer.speaker", speaker=words_, verb=words[-1].text), [info], 0.8)


def _speaker(ask: Ask, info: SentenceFacts) -> Answer | None:
    """The speaker of the sentence's quotation (named, or in the article's words)."""
    x = info.quote
    if x is None:
        return None
    if x.speaker is not None:
        speaker = name_as_written(ask.ix, info, x.speaker)
        return ask.answer(say("answer.speaker", speaker=speaker, verb=x.verb), [info], 0.8,
                          [x.speaker])  # fmt: skip
    if x.speaker_text:
        words = x.speaker_text[:1].upper() + x.speaker_text[1:]
        return ask.answer(say("answer.speaker", speaker=words, verb=x.verb), [info], 0.8)
    return None


def _according_to(ask: Ask, info: SentenceFacts) -> Answer | None:
    """ "According to initial police reports, …": the words after a source phrase of the
    writing ("according to"), to the next comma or the sentence's end."""
    phrases = ask.ix.lang.lex.writing.get("attributions", ())
    text = info.sentence.text
    folded = fold(text)
    for phrase in sorted(phrases, key=len, reverse=True):
        at = folded.find(phrase + " ")
        if at < 0 or (at > 0 and folded[at - 1].isalnum()):
            continue
        start = at + len(phrase) + 1
        end = min((k for k in (text.find(",", start), text.find(".", start)) if k > 0),
                  default=len(text))  # fmt: skip
        words = text[start:end].strip()
        if not words:
            continue
        source = words[:1].upper() + words[1:]
        return ask.answer(say("answer.speaker", speaker=source, verb=phrase),
                          [info], 0.8)  # fmt: skip
    return None


def _finder(ask: Ask, info: SentenceFacts) -> Answer | None:
    """ "A study has found …": the subject of a verb of finding."""
    ix = ask.ix
    finding = ix.lang.lex.words.get("finding_verbs", frozenset())
    for k, t in enumerate(info.tokens):
        actor = actor_at(ix, info, k) if t.norm in finding else None
        if actor is not None:
            source = actor.text[:1].upper() + actor.text[1:]
            said = say("answer.speaker", speaker=source, verb=t.text)
            return ask.answer(said, [info], 0.8, [actor.entity] if actor.entity else [])
    return None
