"""A sentence that carries the one before it on by a pronoun: "The networks will broadcast a
simulcast. *They* will play audio from …". What the networks play is said where playing is, in
the second sentence, though the first meets more of "What will the networks play in the
simulcast?"; and "Did the plane catch fire?" is answered by "*It* slid on before catching
fire", the plane named in the sentence before."""

from __future__ import annotations

from collections.abc import Collection

from ..answering.evidence import Found, says
from ..answering.index import ArticleIndex
from ..answering.question import Query, Term
from ..facts import SentenceFacts


def asked_verb(ix: ArticleIndex, q: Query, openers: Collection[str]) -> Term | None:
    """ "<opener> <aux> <subject> <verb> …?" ("what will the networks play …", "how did X
    keep …"): the verb — the first word asked after the subject (a name, or the first noun
    asked); None when the question is not of that shape."""
    w = q.words
    if len(w) < 3 or w[0] not in openers or w[1] not in ix.lang.aux:
        return None
    name = next((nm for nm in q.names if 2 <= nm.start <= 3), None)
    subject = next((t for t in q.terms if t.index >= 2), None)
    after = name.end if name is not None else (subject.index + 1 if subject else None)
    if after is None:
        return None
    if name is None and subject is not None:
        # "how did the Russian people react?": a subject of several words, then a verb of a
        # concept the language knows (not "how did the woman catch typhoid?": "catch")
        run = [t for t in q.terms if t.index > subject.index]
        if len(run) > 1 and run[0].concept is None and run[-1].concept is not None:
            if all(b.index == a.index + 1 for a, b in zip([subject, *run[:-1]], run, strict=True)):
                return run[-1]
    return next((t for t in q.terms if t.index >= after), None)


def continued(ix: ArticleIndex, q: Query, found: Found) -> Found | None:
    """The sentence after the best one, in its paragraph and opened by a pronoun, that says
    the verb the question asks what its subject does — when the best one does not."""
    verb = asked_verb(ix, q, ix.lang.which_words)
    if verb is None or says(found.info, verb):
        return None
    k = found.info.sentence.index + 1
    if k >= len(ix.facts.sentences):
        return None
    nxt = ix.facts.sentences[k]
    if before_in_paragraph(ix, nxt) is None or not opens_with_pronoun(ix, nxt):
        return None
    return Found(nxt, found.coverage) if says(nxt, verb) else None


def opens_with_pronoun(ix: ArticleIndex, info: SentenceFacts) -> bool:
    lang = ix.lang
    return bool(info.tokens) and info.tokens[0].norm in lang.pronouns | lang.event_pronouns


def before_in_paragraph(ix: ArticleIndex, info: SentenceFacts) -> SentenceFacts | None:
    k = info.sentence.index - 1
    if k < 0:
        return None
    prev = ix.facts.sentences[k]
    return prev if prev.sentence.paragraph == info.sentence.paragraph else None


def carried(ix: ArticleIndex, q: Query, found: Found) -> Found | None:
    """ "Did the plane catch fire?" (no name asked; the subject its first word asked) of the
    best sentence, opened by a pronoun, that has every other word asked but not the subject,
    named in the sentence before it: that sentence, met in full."""
    info = found.info
    if q.names or len(q.terms) < 2 or not opens_with_pronoun(ix, info):
        return None
    subject, rest = q.terms[0], q.terms[1:]
    if says(info, subject) or not all(says(info, t) for t in rest):
        return None
    prev = before_in_paragraph(ix, info)
    if prev is None:
        return None
    # the subject of the sentence before: one of its first words ("The plane came down …"),
    # not a word further on ("… short of the runway")
    return Found(info, 1.0) if any(_meets(ix, t, subject) for t in prev.tokens[:SUBJECT]) else None


SUBJECT = 3  # the words a sentence's subject is among, from its start ("The old plane …")


def _meets(ix: ArticleIndex, t, term: Term) -> bool:
    """Is the word the term (its stem, its word, or a word of its concept)?"""
    if t.stem == term.stem or t.norm == term.word:
        return True
    return term.concept is not None and ix.lang.concepts.get(t.stem) == term.concept


def undergone(ix: ArticleIndex, q: Query, found: Found) -> Found | None:
    """ "What happened to X?" of a sentence where X only does something ("X tried to …"), the
    next one in its paragraph opened by a word pointing back ("The man", "He") whose verb is
    passive ("was wounded", "was shot"): what was done to X is there."""
    asked = ix.lang.lex.words.get("undergo_question", frozenset())
    w = q.words
    if not any(" ".join(w[k : k + 2]) in asked for k in range(len(w) - 1)):
        return None
    if _passive_at(ix, found.info, 0, len(found.info.tokens)):
        return None  # the sentence says what was done to someone
    k = found.info.sentence.index + 1
    if k >= len(ix.facts.sentences):
        return None
    nxt = ix.facts.sentences[k]
    toks = nxt.tokens
    if before_in_paragraph(ix, nxt) is None or len(toks) < 3:
        return None
    lang = ix.lang
    if toks[0].norm in lang.lex.writing.get("subject_pronouns", frozenset()):
        start = 1  # "He was wounded"
    elif toks[0].norm in lang.determiners and not toks[1].text[:1].isupper():
        start = 2  # "The man was wounded"
    else:
        return None
    return Found(nxt, found.coverage) if _passive_at(ix, nxt, start, start + 3) else None


def _passive_at(ix: ArticleIndex, info: SentenceFacts, a: int, b: int) -> bool:
    """Does a form of "be" among words ``a``…``b`` open a passive ("was (seriously) hurt")?"""
    lang, toks = ix.lang, info.tokens
    be = lang.lex.writing.get("be_forms", frozenset())
    for k in range(a, min(b, len(toks) - 1)):
        if toks[k].norm not in be:
            continue
        j = k + 1
        while j < len(toks) - 1 and lang.lex.rules.is_adverb(toks[j].norm):
            j += 1
        if _participle(lang, toks[j].norm):
            return True
    return False


def _participle(lang, w: str) -> bool:
    """Is the word a past participle ("wounded", "shot", "hurt")?"""
    irregular = lang.lex.writing.get("irregular_past", frozenset())
    bare = lang.lex.writing.get("bare_participles", frozenset())
    if w in irregular or w in bare:
        return True
    return w.endswith(lang.passive_endings) and not lang.lex.rules.is_gerund(w)
