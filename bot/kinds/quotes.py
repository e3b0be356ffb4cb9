"""Quotes and speakers — what someone said ("What did the minister say about trade?") and who
said something ("Who said the talks would resume?"), from the quotes the facts attribute."""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.actors import actor_at
from ..answering.agents import name_as_written
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    grounded,
    prefer_body,
    rank,
    remembered,
    score,
    shortened,
    verbatim_first,
)
from ..answering.index import ArticleIndex
from ..answering.polarity import PUNCTUATION
from ..answering.question.terms import SAY
from ..answering.registry import Pass, kind
from ..answering.sources import source_of_answer
from ..answering.wanted import wanted_name
from ..facts import Quote, SentenceFacts
from ..replies import Message
from ..text import fold, stem

_WORD = re.compile(r"\w+")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")
CONTENT = 2.0  # the topic's words count this much more than its names among the quotes
HEARD = 1.0  # a quote beside the audience asked about ("to her supporters")
FRAGMENT = 5  # words of a quoted fragment ("three or four days"), not a statement
FRAGMENT_OFF = 0.3  # what a fragment loses that does not itself say the topic
IN_ORDER = 0.5  # a quote that says two asked words side by side, as the question does
SHORT = 160  # characters of a quote in the short answer (the sentence is quoted in full below)


def quote_message(ix: ArticleIndex, x: Quote, terms=(), asked=None) -> Message:
    """ "X said: “…”", "X said that …", "According to X, …"; a long quote from its sentence
    that has the most of the question's words (``asked``: see :func:`_asked_words`), cut around
    the first of them it has (``terms``), when they come late in it."""
    content = x.content
    if asked and len(content) > SHORT:
        content = _asked_part(content, asked, ix.lang.concepts)
    if len(content) > SHORT:
        at = _first_met(content, terms)
        if at is not None and at > SHORT - 40:
            start = content.find(" ", max(0, at - 60)) + 1
            part = content[start:]
            if len(part) > SHORT - 4:
                part = part[: SHORT - 5].rsplit(" ", 1)[0] + "…"
            content = "…" + part
        else:
            content = content[: SHORT - 3].rsplit(" ", 1)[0] + "…"
    speaker = ix.name(x.speaker)
    if x.verb in ix.lang.attributions:
        return say("answer.quote.according_to", speaker=speaker, content=content.rstrip("."))
    if x.direct:
        return say("answer.quote.direct", speaker=speaker, verb=x.verb, content=content)
    return say("answer.quote.indirect", speaker=speaker, verb=x.verb, content=content.rstrip("."))


def _asked_words(ix: ArticleIndex, q) -> dict[str, int]:
    """The question's words (no stop words, no plain "say"), each as its folded form, its stem
    and its concept (not saying itself), to the word's place in the question."""
    lang, out = ix.lang, {}
    for k, w in enumerate(q.words):
        if w in lang.stop or w in lang.plain_say or not _WORD.fullmatch(w):
            continue
        st = stem(w)
        concept = lang.concepts.get(st)
        for key in (w, st, concept if concept != SAY else None):
            if key:
                out.setdefault(key, k)
    return out


def _asked_part(content: str, asked: dict[str, int], concepts: dict[str, str]) -> str:
    """A quote of several sentences from the later one that has more of the question's words
    than its first ("I thank the Lunorian people for their patience" for "what had the
    Norwegians shown the Lunorian people?"), else the whole quote."""
    starts = [0] + [m.end() for m in _SENTENCE_BREAK.finditer(content)]
    if len(starts) < 2:
        return content
    ends = [*starts[1:], len(content)]
    counts = [_met_count(content[a:b], asked, concepts) for a, b in zip(starts, ends, strict=True)]
    best = max(range(len(counts)), key=lambda i: (counts[i], -i))
    return content if counts[best] <= counts[0] else "…" + content[starts[best] :]


def _met_count(part: str, asked: dict[str, int], concepts: dict[str, str]) -> int:
    """How many of the question's words the part meets (by form, stem or concept)."""
    met = set()
    for m in _WORD.finditer(part):
        w = fold(m.group())
        st = stem(w)
        for key in (w, st, concepts.get(st)):
            if key is not None and key != SAY and key in asked:
                met.add(asked[key])
    return len(met)


def _first_met(content: str, terms) -> int | None:
    """Where the first word of the content that meets one of the terms starts (None: none)."""
    if not terms:
        return None
    keys = {t.stem for t in terms} | {t.word for t in terms}
    for m in _WORD.finditer(content):
        w = fold(m.group())
        if w in keys or stem(w) in keys:
            return m.start()
    return None


@kind("quote")
def quote(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    ids = q.entity_ids
    if not ids:
        return ask.decline(unknown_reason(q) or say("decline.who_do_you_mean"))
    ids = _according_first(ask)  # "what did X express, according to Y?": Y's words on X
    speaker = ids[0]
    theirs = ix.quotes_by.get(speaker, ())
    if q.scope and theirs:  # "what else did he say?": not the quotes already given
        theirs = tuple(x for x in theirs if x.sentence in q.scope)
        if not theirs:
            return ask.decline("decline.quoted_no_more", name=ix.name(speaker))
    quotes = [x for x in theirs if ix.sentence(x.sentence).sentence.kind == "body"] or list(theirs)
    # "what was X's statement?", "X's exact words?": a word for what was said is no topic
    statement = lang.lex.classes.get("statement", ())
    qualifiers = lang.lex.classes.get("statement_qualifier", ())
    nouns = _said_as_nouns(lang, q)  # "what did X say about the *claims*?": a topic
    topic_terms = [
        t
        for t in q.terms
        if (t.word not in lang.say or t.index in nouns)
        and t.word not in statement
        and t.word not in qualifiers
    ]
    topic_ents = _topics(ask, ids)
    # "what did X say to her supporters?": whom X spoke to, met beside a quote, not in it
    audience = [t for t in topic_terms if t.index in _audience(lang, q, nouns)]
    if audience and any(_heard(ix, x, audience) for x in quotes):
        topic_terms = [t for t in topic_terms if t not in audience]
    else:
        audience = []
    if not quotes:
        # "… ," the Federal Open Market Committee said in a statement: a sentence it says
        said, met = _said_by(ask, speaker, topic_terms, topic_ents)
        if said is not None and met:
            return ask.answer(say("answer.verbatim", text=shortened(said)), [said], 0.7, [speaker])
        if said is not None:
            return _not_on(ask, speaker, topic_terms)
        return ask.decline("decline.not_quoted", name=ix.name(speaker))
    if q.has(lang.calling_words) and (topic_terms or topic_ents or q.has(lang.event_pronouns)):
        called = _called(ask, speaker, topic_terms)  # "what did X call the move?"
        if called is not None:
            return called
    verb_words = {
        stem(w)
        for k, w in enumerate(q.words)
        if w in lang.say and w not in lang.plain_say and k not in nouns
    }
    verb_words -= {stem(w) for w in statement}  # "which words of X does the article quote?"
    if q.unknown and not topic_ents and not topic_terms:
        return ask.decline(unknown_reason(q))
    if not (topic_terms or topic_ents or verb_words or audience):
        x = quotes[0]
        return ask.answer(quote_message(ix, x), [ix.sentence(x.sentence)], 0.9, [speaker])
    best, info, x = _best_quote(ask, quotes, topic_terms, topic_ents, verb_words, audience)
    if best <= 0.25:
        return _not_on(ask, speaker, topic_terms)
    if (topic_terms or topic_ents) and not _named(ix, info, topic_terms, topic_ents):
        # the quote only near the topic (or "it's …": no pronoun names it): a sentence where X
        # says something of it itself
        said, met = _said_by(ask, speaker, topic_terms, topic_ents)
        if said is not None and met:
            return ask.answer(say("answer.verbatim", text=shortened(said)), [said], 0.7, [speaker])
    if topic_terms and x.direct and _led_in(ix, info, x, topic_terms):
        # "X said planes had been pounding the hills but stopped 'due to our gains'": the words
        # asked about are those the sentence reports before its quote, not the quote's
        said = say("answer.verbatim", text=shortened(info))
        return ask.answer(said, [info], min(1.0, 0.5 + best / 4), [speaker])
    said = quote_message(ix, x, topic_terms, _asked_words(ix, q))
    return ask.answer(said, [info], min(1.0, 0.5 + best / 4), [speaker])


def _said_as_nouns(lang, q) -> frozenset[int]:
    """Where a word of saying is a noun, after a determiner ("the *claims*", "his *comments*"):
    what was said about, not how."""
    w = q.words
    if lang.determiners.isdisjoint(w):
        return frozenset()  # (most questions)
    return frozenset(
        k for k in range(1, len(w)) if w[k] in lang.say and w[k - 1] in lang.determiners
    )


def _audience(lang, q, nouns: frozenset[int]) -> frozenset[int]:
    """Where the question names whom the speaker spoke to: the words after "say to" (and its
    determiners: "to *her supporters*") or right after "tell" ("tell *reporters*")."""
    w, words = q.words, lang.lex.words
    to, telling = words.get("audience_words", frozenset()), words.get("telling_verbs", frozenset())
    terms = {t.index for t in q.terms}
    out: set[int] = set()
    for k, word in enumerate(w):
        if word not in lang.say or k in nouns:
            continue
        j = k + 1
        if j < len(w) and w[j] in to:
            j += 1
        elif word not in telling:
            continue
        while j < len(w) and w[j] in lang.determiners:
            j += 1
        while j < len(w) and j in terms:
            out.add(j)
            j += 1
    return frozenset(out)


def _span(info: SentenceFacts, x: Quote) -> tuple[int, int]:
    """Where the quoted words are in their sentence's text: (start, end); (-1, -1) if not
    found."""
    at = info.sentence.text.find(x.content[:20])
    return (at, at + len(x.content)) if at >= 0 else (-1, -1)


def _says_in_it(ix: ArticleIndex, info: SentenceFacts, x: Quote, keys: set[str]) -> bool:
    """Do the quoted words themselves have one of these stems or concepts ("we send each other
    *letters*" for "what do they write about?")?"""
    at, end = _span(info, x)
    if at < 0:
        return False
    concepts = ix.lang.concepts
    return any(
        at <= t.start < end and (t.stem in keys or concepts.get(t.stem) in keys)
        for t in info.tokens
    )


def _led_in(ix: ArticleIndex, info: SentenceFacts, x: Quote, terms) -> bool:
    """Does the sentence meet the terms (stem, word or concept) before its quote starts
    (reported words leading into a quoted phrase) and not in the quote itself — not only in an
    attribution after it ("…," X said in an interview)?"""
    at = _span(info, x)[0]
    keys = {t.stem for t in terms} | {t.word for t in terms}
    keys |= {t.concept for t in terms if t.concept}
    concepts = ix.lang.concepts
    return (
        at > 0
        and any(
            t.start < at and (t.stem in keys or t.norm in keys or concepts.get(t.stem) in keys)
            for t in info.tokens
        )
        and not _says_in_it(ix, info, x, keys)
    )


def _heard(ix: ArticleIndex, x: Quote, audience) -> bool:
    """Does the article name the audience asked about beside the quote: in its sentence but
    outside the words quoted ("X told *supporters*: …"), or in the sentence before it in its
    paragraph ("X addressed *supporters*. '…,' she said")?"""
    info = ix.sentence(x.sentence)
    at, end = _span(info, x)
    keys = {t.stem for t in audience} | {t.word for t in audience}
    concepts = {t.concept for t in audience if t.concept}
    if any((t.stem in keys or t.norm in keys) and not at <= t.start < end for t in info.tokens):
        return True
    if info.sentence.index == 0:
        return False
    prev = ix.sentence(info.sentence.index - 1)
    if prev.sentence.paragraph != info.sentence.paragraph:
        return False
    return bool(keys & prev.stems) or bool(concepts & prev.concepts)


def _topics(ask: Ask, ids: tuple[int, ...]) -> tuple[int, ...]:
    """The names the quote is asked to be about: after "about"/"on" when the question has one
    ("what did he tell *them* about Russia?": not the ones told), else all but the speaker."""
    q, lang = ask.q, ask.ix.lang
    at = next((k for k, w in enumerate(q.words) if w in lang.topic_words), None)
    if at is None:
        return ids[1:]
    after = {nm.entity for nm in q.names if nm.start > at and nm.entity is not None}
    # "about trust between him and Y?": the names after "between" are whose the trust is, not
    # topics of their own — the topic is the noun
    between = lang.lex.words.get("relation_words", frozenset())
    at_b = next((k for k in range(at + 1, len(q.words)) if q.words[k] in between), None)
    if at_b is not None and any(at < t.index < at_b for t in q.terms):
        return tuple(e for e in ids[1:] if e in after and _before(q, e, at_b))
    return tuple(e for e in ids[1:] if e in after) or ids[1:]


def _before(q, entity: int, k: int) -> bool:
    """Is the entity named in the question before word ``k``?"""
    return any(nm.entity == entity and nm.start < k for nm in q.names)


def _according_first(ask: Ask) -> tuple[int, ...]:
    """The question's names, the one after "according to" ("según", "по словам") first: it
    is the speaker."""
    q = ask.q
    words = ask.ix.lang.lex.words.get("according_words", frozenset())
    for nm in q.names:  # "según X", "according to X": the word, or the word before that
        if nm.entity is not None and words & set(q.words[max(0, nm.start - 2) : nm.start]):
            return (nm.entity, *(e for e in q.entity_ids if e != nm.entity))
    return q.entity_ids


def _called(ask: Ask, speaker: int, topic_terms) -> Answer | None:
    """ "What did X call the move?": "X dismissed the move as a plot hatched by Y" — the verb X
    does to the thing asked about, and what follows its "as"."""
    ix, lang = ask.ix, ask.ix.lang
    as_words = lang.lex.writing.get("role_as_words", frozenset())
    vague = lang.lex.classes.get("vague_nouns", ())
    keys = {t.stem for t in topic_terms if t.word not in lang.calling_words and t.word not in vague}
    # "what did X call it / the Y thing?": no noun of its own — the thing "the <noun>" stands for
    anaphoric = (
        not keys
        and (ask.q.has(lang.event_pronouns) or ask.q.has(frozenset(vague)))
        and all(e == speaker or ix.entity(e).kind == "person" for e in ask.q.entity_ids)
    )  # (not "what did he call Russia in it?": Russia is what he called something)
    found: list[Answer] = []
    for info in ix.body:
        if speaker not in info.entities:
            continue
        toks = info.tokens
        for j, t in enumerate(toks):
            if t.norm not in as_words or j < 2:
                continue
            noun = next(
                (
                    n
                    for n in range(j - 1, max(0, j - 4), -1)
                    if toks[n].stem in keys
                    or (anaphoric and n == j - 1 and toks[n - 1].norm in lang.the)
                ),
                None,
            )
            if noun is None:
                continue
            v = noun - 1
            while v > 0 and (toks[v].norm in lang.determiners or toks[v].possessive):
                v -= 1
            actor = actor_at(ix, info, v)
            if actor is None or actor.entity != speaker:
                continue
            end = _phrase_end(ix, info, j)
            if end > j:
                text = info.sentence.text[toks[v].start : toks[end].end]
                said = say("answer.verbatim", text=text[:1].upper() + text[1:] + ".")
                found.append(ask.answer(said, [info], 0.85, [speaker]))
                if not anaphoric:
                    return found[0]
    if anaphoric:  # "it": only when the speaker calls one thing so
        return found[0] if len(found) == 1 else None
    return _called_complement(ask, speaker, keys)


def _called_complement(ask: Ask, speaker: int, keys: set[str]) -> Answer | None:
    """ "What does X call the proceedings?": "X says the proceedings brought by Y … are
    baseless" — what follows the "be" of the clause X says whose subject is the thing asked."""
    ix, lang = ask.ix, ask.ix.lang
    be = lang.lex.writing.get("be_forms", frozenset())
    rules = lang.lex.rules
    for x in ix.quotes_by.get(speaker, ()):
        info = ix.sentence(x.sentence)
        toks = info.tokens
        at = _span(info, x)[0]  # the thing asked, in what X says
        noun = next((k for k, t in enumerate(toks) if t.stem in keys and t.start >= at), None)
        if at < 0 or noun is None:
            continue
        cop = next((k for k in range(noun + 1, len(toks)) if toks[k].norm in be), None)
        if cop is None or cop + 1 >= len(toks):
            continue
        first = toks[cop + 1].norm
        if first in be or rules.is_gerund(first) or rules.is_past(first):
            continue  # "are being …", "were brought": a verb, no name for the thing
        end = _phrase_end(ix, info, cop)
        if cop < end <= cop + 4:
            text = info.sentence.text[toks[cop + 1].start : toks[end].end]
            said = say("answer.verbatim", text=text[:1].upper() + text[1:] + ".")
            return ask.answer(said, [info], 0.8, [speaker])
    return None


def _phrase_end(ix: ArticleIndex, info: SentenceFacts, j: int) -> int:
    """The last word of the phrase after word ``j``: to punctuation, a clause break or "and"."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    end = j
    while end + 1 < len(toks) and end - j < 12:
        if PUNCTUATION & set(text[toks[end].end : toks[end + 1].start]):
            break
        if toks[end + 1].norm in lang.clause_breaks or toks[end + 1].norm in lang.coordinators:
            break
        end += 1
    return end


def _not_on(ask: Ask, speaker: int, topic_terms) -> Answer:
    """ "The article does not quote X on fares."."""
    about = " ".join(t.word for t in topic_terms)
    if about:
        return ask.decline("decline.not_quoted_on", name=ask.ix.name(speaker), topic=about)
    return ask.decline("decline.not_quoted_on_that", name=ask.ix.name(speaker))


def _said_by(ask: Ask, speaker: int, topic_terms, topic_ents) -> tuple[SentenceFacts | None, bool]:
    """A sentence whose verb of saying has the speaker for subject ("X said", "X of the union
    says", "said X"), the one that best meets the topic asked about; and whether it meets it
    (when one is asked)."""
    ix = ask.ix
    best, best_score = None, 0.0
    for info in ix.body:
        if speaker not in info.entities or not _says(ix, info, speaker):
            continue
        s = 1.0
        if topic_terms or topic_ents:  # the topic in the sentence itself, not a name nearby
            s = score(ix, info, ask.q, ents=topic_ents, terms=topic_terms)[0]
            if not _meets(ix, info, topic_terms, topic_ents):
                s = 0.0
        if best is None or s > best_score:
            best, best_score = info, s
    return best, not ((topic_terms or topic_ents) and best_score <= 0.25)


def _meets(ix: ArticleIndex, info: SentenceFacts, terms, ents) -> bool:
    return any(e in info.entities for e in ents) or any(
        t.stem in info.stems or t.word in info.stems or (t.concept and t.concept in info.concepts)
        for t in terms
    )


def _named(ix: ArticleIndex, info: SentenceFacts, terms, ents) -> bool:
    """Does the sentence meet the topic in its own words (a name asked about not only as a
    pronoun, or among those a quotation's "we" stands for)?"""
    named = {m.entity for m in info.mentions if m.how != "pronoun"}
    named |= ix.partners.get(info.sentence.index, frozenset())
    return any(e in named for e in ents) or _meets(ix, info, terms, ())


def _says(ix: ArticleIndex, info: SentenceFacts, speaker: int) -> bool:
    """Is the speaker the subject of a verb of saying of the sentence ("said X" too)?"""
    lang, toks = ix.lang, info.tokens
    for k, t in enumerate(toks):
        if t.norm not in lang.say:
            continue
        actor = actor_at(ix, info, k)
        if actor is not None and actor.entity == speaker:
            return True
        if t.norm not in lang.lex.writing.get("reporting_verbs", frozenset()):
            continue  # "…," said the agency; but "called him" names whom he called
        after = k + 1
        while after < len(toks) and toks[after].norm in lang.determiners:
            after += 1
        if any(
            m.entity == speaker and m.start == after and m.how != "pronoun" for m in info.mentions
        ):
            return True  # "…," said the agency
    return False


def _near(ix: ArticleIndex, info: SentenceFacts, ents, by: int | None = None) -> bool:
    """Does a name asked about appear in the quote's paragraph (up to its sentence; up to the
    last of the quotes of speaker ``by`` that follow it there, when given: the quote has the
    words asked about, and the speaker goes on about the same) or in the paragraph before (a
    quote often goes on with the topic of the one before)?"""
    para = info.sentence.paragraph
    last = info.sentence.index
    while by is not None and last + 1 < len(ix.facts.sentences):
        after = ix.sentence(last + 1)
        if after.sentence.paragraph != para or after.quote is None or after.quote.speaker != by:
            break
        last += 1
    for i in range(last, -1, -1):
        other = ix.sentence(i)
        if other.sentence.paragraph < para - 1:
            break
        if any(e in other.entities for e in ents):
            return True
    return False


def _here(info: SentenceFacts, prev: SentenceFacts | None, ents) -> bool:
    """Is a name asked about in the quote's sentence or the one before it in its paragraph?"""
    return any(e in info.entities or (prev is not None and e in prev.entities) for e in ents)


def _in_order(ix: ArticleIndex, info: SentenceFacts, q, terms) -> bool:
    """Does the sentence say an asked word right after the question's word before it, as the
    question does ("what does X say the government promised?" of "X says the Government
    promised …", not of "… this Government, a lot of promises")?"""
    before = [(q.words[t.index - 1], t.stem) for t in terms if t.index > 0]
    pairs = {(stem(w), s) for w, s in before if w not in ix.lang.not_topics}
    return bool(pairs) and not pairs.isdisjoint(_stem_pairs(info))


_STEM_PAIRS: dict[str, frozenset[tuple[str, str]]] = {}  # a sentence's text → its pairs (a memo)


def _stem_pairs(info: SentenceFacts) -> frozenset[tuple[str, str]]:
    """The stems of each two words in a row of the sentence, read once per sentence text."""
    return remembered(_STEM_PAIRS, info, _pairs_of)


def _pairs_of(info: SentenceFacts) -> frozenset[tuple[str, str]]:
    stems = [t.stem for t in info.tokens]
    return frozenset(zip(stems, stems[1:], strict=False))


def _best_quote(ask: Ask, quotes, topic_terms, topic_ents, verb_words, audience=()):
    """(score, sentence, quote) of the quote that best meets the topic asked about (and the
    audience asked, beside it)."""
    ix, q = ask.ix, ask.q
    scored: list[tuple[float, SentenceFacts, Quote]] = []
    # "how does X describe the relations?": a quote with "relations characterized by …"
    calling = {stem(w) for w in ix.lang.calling_words} if q.has(ix.lang.calling_words) else set()
    described = [t for t in topic_terms if t.word not in ix.lang.calling_words]
    keys = {t.stem for t in described} | {t.concept for t in described if t.concept}
    concepts = ix.lang.concepts
    # "what do they write about?": a quote of "letters" exchanged, when none is "written"
    # (not "what did X claim?": "the claims" in a quote are its topic; no verb of calling:
    # "what did X call it?" asks for no "phone calls")
    saying = verb_words if q.has(ix.lang.topic_words) else set()
    saying -= {stem(w) for w in ix.lang.calling_words}
    saying |= {c for w in saying if (c := concepts.get(w)) and c != SAY}
    # "what did X say about oil near Holm?": of words asked about that no quote (nor the
    # sentence before one) has, only a quote that names a name asked may be X's word on it
    strong = [t for t in topic_terms if t.weight >= 1.0]
    met = not strong
    for x in quotes:
        info = ix.sentence(x.sentence)
        prev = ix.sentence(info.sentence.index - 1) if info.sentence.index else None
        if prev is not None and prev.sentence.paragraph != info.sentence.paragraph:
            prev = None
        # the words asked about: they count over a name merely near them
        content = score(ix, info, q, ents=(), terms=topic_terms, we=False)[0] if topic_ents else 0
        by = x.speaker if content > 0 else None
        if topic_ents and not _near(ix, info, topic_ents, by):
            continue  # "what did X say about Holm?": a quote that never comes near Holm
        if topic_ents and not topic_terms and not _here(info, prev, topic_ents):
            continue  # "what does X think of Holm?": Holm in the quote or just before it
        met = met or _meets(ix, info, strong, ()) or bool(prev and _meets(ix, prev, strong, ()))
        s, _cov = score(ix, info, q, ents=topic_ents, terms=topic_terms, we=False)
        s += CONTENT * content
        toks = info.tokens
        if calling and any(
            toks[k].stem in calling
            and (toks[k - 1].stem in keys or concepts.get(toks[k - 1].stem) in keys)
            for k in range(1, len(toks))
        ):
            s += 1.0
        # a quote often answers the sentence before it ("… welcomed the plan. 'This is a
        # sensible step,' said X"): that sentence's words count a little
        if prev is not None:
            s += 0.4 * score(ix, prev, q, ents=topic_ents, terms=topic_terms, we=False)[0]
        if verb_words and stem(fold(x.verb)) in verb_words:
            s += 1.5
        elif saying and _says_in_it(ix, info, x, saying):
            s += 1.0
        s += 0.2 if x.direct else 0
        s += IN_ORDER if _in_order(ix, info, q, topic_terms) else 0
        if keys and x.direct and len(x.content.split()) <= FRAGMENT:
            # "could sign in 'three or four days' after a meeting": a quoted fragment that
            # says nothing of the topic met around it is a weaker quote of it
            s -= FRAGMENT_OFF if not _says_in_it(ix, info, x, keys) else 0
        if audience and _heard(ix, x, audience):
            s += HEARD
        scored.append((s - info.sentence.index * 0.001, info, x))
    if not met:
        scored = [t for t in scored if _named(ix, t[1], (), topic_ents)]
    if not scored:
        return 0.0, None, None
    scored.sort(key=lambda t: -t[0])
    return scored[0]


@kind("who_said", passes=("no_quote",), after_answer="who_said")
def who_said(ask: Ask) -> Answer | Pass:
    ix, q = ask.ix, ask.q
    source = source_of_answer(ask)  # "says who?" after an answer: its sentences' source
    if source is not None:
        return source
    terms = [t for t in q.terms if t.word not in ix.lang.say]
    ranked = verbatim_first(q, rank(ix, q, pool=ix.quoted, terms=terms))
    if ranked:
        _s, cov, info = ranked[0]
        if cov >= 0.45 and grounded(ix, q, info, terms, need=0.75):
            x = info.quote
            info = prefer_body(ix, info)
            x = info.quote or x
            as_asked = _says_as_asked(ix, q, x, info) or _saying_goes_on(ix, q, x, info)
            # (a name of the question's own: "who said so?" after "what does X plan?" is X)
            own = {nm.entity for nm in q.names if nm.start < q.own_end}
            if x.speaker not in own and as_asked and _holds_asked_title(ix, q, x):
                speaker = name_as_written(ix, info, x.speaker)
                return ask.answer(_speaker(ix, speaker, x.verb), [info], cov, [x.speaker])
    unnamed = _unnamed_speaker(ask, terms)
    return unnamed if unnamed is not None else Pass("no_quote")


def _holds_asked_title(ix: ArticleIndex, q, x: Quote) -> bool:
    """ "Which minister said …?": the speaker's role has the title asked ("Deputy Foreign
    Minister" is one); a question that asks for no title ("who said …?") asks anyone."""
    wanted = wanted_name(ix, q)
    if wanted is None or wanted.word not in ix.lang.titles:
        return True
    return wanted.word in fold(ix.entity(x.speaker).role or "").split()


def _unnamed_speaker(ask: Ask, terms) -> Answer | None:
    """ "…," an Israeli security source said, describing the meeting as positive: a speaker
    the article does not name, in its words."""
    ix, q = ask.ix, ask.q
    pool = [i for i in ix.body if i.quote is not None and i.quote.speaker is None]
    pool = [i for i in pool if i.quote.speaker_text]
    ranked = verbatim_first(q, rank(ix, q, pool=pool, terms=terms)) if pool else []
    if not ranked:
        return None
    _s, cov, info = ranked[0]
    if not set(q.entity_ids) <= info.entities:
        return None  # the question's names are what was said ("who says they hunted X?")
    if cov < 0.45 or not grounded(ix, q, info, terms, need=0.75):
        return None
    x = info.quote
    if not (_says_as_asked(ix, q, x, info) or _saying_goes_on(ix, q, x, info)):
        return None
    words = x.speaker_text[:1].upper() + x.speaker_text[1:]
    return ask.answer(_speaker(ix, words, x.verb), [info], cov)


def _speaker(ix: ArticleIndex, speaker: str, verb: str):
    """ "X (said)." — or only "X." when the verb is a participle ("…, X calling it Y"): the
    parenthesis names how the sentence says it, and "(calling)" says nothing."""
    if ix.lang.lex.rules.is_gerund(verb):
        return say("answer.verbatim", text=f"{speaker}.")
    return say("answer.speaker", speaker=speaker, verb=verb)


def _saying_goes_on(ix: ArticleIndex, q, x: Quote, info: SentenceFacts) -> bool:
    """ "…," X said, *describing* the meeting as positive: the asked verb as the participle
    right after the attribution is the speaker's too."""
    lang, stem_ = ix.lang, ix.lang.lex.rules.stem
    asked = {stem_(w) for w in q.words if w in lang.say and w not in lang.plain_say}
    toks = info.tokens
    return any(
        t.stem in asked
        and lang.lex.rules.is_gerund(t.norm)
        and k > 0
        and toks[k - 1].norm == fold(x.verb)
        and "," in info.sentence.text[toks[k - 1].end : t.start]
        for k, t in enumerate(toks)
    )


def _says_as_asked(ix: ArticleIndex, q, x: Quote, info: SentenceFacts) -> bool:
    """ "Who wrote a letter…?" is not answered by a quote "stated" in the same sentence when
    the sentence has the asked verb besides: whoever wrote is the subject of "written". (Nor
    is "who said X was shot?" answered by X.)"""
    lang, stem_ = ix.lang, ix.lang.lex.rules.stem
    asked = {stem_(w) for w in q.words if w in lang.say and w not in lang.plain_say}
    asked |= {c for w in asked if (c := lang.concepts.get(w))}
    verb = stem_(fold(x.verb))
    if not asked or verb in asked or lang.concepts.get(verb) in asked:
        return True
    return not any(t.stem in asked or lang.concepts.get(t.stem) in asked for t in info.tokens)
