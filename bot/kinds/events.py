"""Doers — who did something and to whom: the sentence that meets the question's words, and the
subject (or a passive's agent) of the verb asked, or the name after it. (When and for how long:
:mod:`bot.kinds.times`; why and how someone reacted: :mod:`bot.kinds.reasons`; where:
:mod:`bot.kinds.places`; whether it happened: :mod:`bot.kinds.yesno`.)"""

from __future__ import annotations

import re

from ..answer import Answer
from ..answering.actors import (
    Actor,
    first_person_before,
    personal,
    phrase_after,
    reduced_relative,
)
from ..answering.agents import (
    anchor,
    apposed_run,
    asked_verb,
    asked_verb_index,
    light_agent,
    name_lists,
    who,
)
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    Found,
    asked_speaker,
    best_sentence,
    grounded,
    points_back,
    rank,
    said_by,
    says,
    term_keys,
    written,
)
from ..answering.index import ArticleIndex
from ..answering.origins import is_nationality
from ..answering.polarity import PUNCTUATION
from ..answering.question import Query, Term
from ..answering.question.names import demonym
from ..answering.registry import Pass, kind
from ..answering.timing import future_in
from ..answering.wanted import is_person, wanted_name
from ..facts import SentenceFacts
from ..facts.words import Words
from ..replies import Listed
from ..text import fold
from .people import by_name, role_names


def _deed_back(ix, q, info) -> bool:
    """ "Who made the move?" of "X dismissed *the move* as a coup": a noun of a deed the
    sentence points back to ("the", "that") — whoever it names did something to the deed, and
    who made it is said before (or not at all)."""
    deeds = ix.lang.lex.words.get("deed_nouns", frozenset())
    # the question's own words ("staged by who?" merged with "… X's move" asks no deed)
    asked = {t.word for t in q.terms if t.word in deeds and 0 <= t.index < q.own_end}
    return bool(asked) and points_back(ix, info, asked)


UNNAMED_REACH = 4  # words between "anyone" and the verb it does ("anyone involved in making")


def _unnamed_doer(ix: ArticleIndex, q: Query, verb: Term | None, info: SentenceFacts) -> bool:
    """Is the asked verb done here by "anyone", "someone" … a few words before it, with no name
    between — no one named does it?"""
    words = ix.lang.lex.words.get("unnamed_doers", frozenset())
    verb = verb or next(iter(q.terms), None)  # "who made threats?": the noun of a light verb
    if verb is None or not words:
        return False
    k = anchor(ix, info, q, [verb])
    if k is None:
        return False
    toks = info.tokens
    for j in range(k - 1, max(-1, k - 1 - UNNAMED_REACH), -1):
        if any(m.start <= j < m.end for m in info.mentions):
            return False  # a name before the verb: it may be its doer
        if toks[j].norm in words:
            return True
    return False


def _light_doer(ix: ArticleIndex, q: Query, info: SentenceFacts):
    """The doer of a light verb's noun ("who carried out the study?"), unless "anyone" does it
    ("charges against anyone making threats": no one named)."""
    by = light_agent(ix, info, q)
    return None if by is None or _unnamed_doer(ix, q, None, info) else by


@kind("who_did", after_answer="who_did")
def who_did(ask: Ask) -> Answer:
    """The subject (or a passive verb's agent) of the verb asked about, in the first of the
    best sentences that has that verb and a subject for it."""
    ix, q = ask.ix, ask.q
    if _object_asked(ix.lang, q):
        return _object_of(ask)
    own = _own_subject(ix.lang, q)  # "who did X meet?": of a sentence that names X
    described = _described_person(ask)
    if described is not None:  # "who is the deputy minister who went to X?": who that is
        return described
    k = asked_verb_index(ix, q)
    verb = next((t for t in q.terms if t.index == k), None) if k is not None else None
    # "who will win?" asks about the future; "who said the unions will not rest?" does not
    future = any(w in ix.lang.future_auxiliaries for w in q.words[1 : k if k else 2])
    ranked = rank(ix, q)
    speaker = asked_speaker(ix, q)  # "who does X say is charged?": only X's sentences
    wanted = wanted_name(ix, q)  # "which minister …": a person; "which country …": no person
    first = unnamed = None
    # the best sentences that have the asked verb, then (a synonym the language does not know)
    # the best sentence
    if verb is None:  # "who carried out the study?": a sentence giving the noun its doer
        for r in ranked[:3]:
            found = best_sentence(ix, q, ranked=[r])
            by = _light_doer(ix, q, found.info) if found is not None else None
            if by is not None and _fits(ix, wanted, by) and not _deed_back(ix, q, found.info):
                return _actor_answer(ask, by, found)
    # "who set up X?": a verb of two words is a phrase term; a sentence must have it too
    must_have = verb or _phrase_verb(q, k)
    for rows, must in ((ranked[:3], must_have), (ranked[:1], None)):
        for r in rows if must is not None or first is None else ():
            found = best_sentence(ix, q, must=must, ranked=[r])
            if found is None:
                continue
            if first is not None and _less_met(ix, q, verb, first.info, found.info):
                continue  # "who was named swimmer of the year?": not "X was named coach of …"
            first = first or found
            if must is None and verb is not None and _stray_word(q, verb, found.info):
                continue  # the verb unmet and a word the article never uses: about another
            if future and not future_in(ix, found.info, q):
                continue  # "Who will win the runoff?" is not answered by who won the first round
            if verb is None and _deed_back(ix, q, found.info):
                continue  # "who made the move?": not who dismissed "the move" after it
            if _desire_unmet(ix, q, found.info):
                continue  # "who does X want to deliver?": not who promised to
            if not said_by(ix, speaker, found.info):
                continue  # "who does X say is charged?": not what Y says
            if own is not None and own not in found.info.entities:
                continue  # "who did X meet?": not who met someone in a sentence without X
            actor = who(ix, found.info, q) or _with_partner(ix, q, found.info)
            if actor is not None and _is_asked_object(ix, q, k, actor):
                actor = None  # "who found the tape?" — "a tape found in X": no finder named
            if actor is not None and _other_patient(ix, found.info, q, k):
                actor = None  # "who staged the visit?" — "a coup staged by X": no visit staged
            if actor is not None and _unnamed_doer(ix, q, verb, found.info):
                actor = None  # "who made threats?" — "anyone involved in making threats"
            if actor is not None and _companion_unmet(ix, q, found.info):
                actor = None  # "who went with him?": no one is said to be with him
            if actor is not None and actor.entity is not None and actor.entity in q.besides:
                actor = None  # "who else was there?": not the one the conversation is about
            if actor is not None and _fits(ix, wanted, actor, found.info):
                if actor.entity is None and must is not None and _patient_asked(ix.lang, q):
                    # "who was charged?" of "the first person has been charged": a name later
                    unnamed = unnamed or (actor, found)
                    continue
                return _actor_answer(ask, actor, found)
            named = _included(ix, found.info, q) if actor is not None and wanted else []
            if named and is_person(ix.lang, wanted):
                # "officials who are giving evidence, including the union's X": X
                names = Listed.of([ix.name(e) for e in named])
                return ask.answer(
                    say("answer.names", names=names), [found.info], found.coverage, named
                )
    if unnamed is not None:
        return _actor_answer(ask, *unnamed)
    if first is None:
        return ask.decline(unknown_reason(q))
    if future and not future_in(ix, first.info, q):
        return ask.decline("decline.who_will")
    return ask.decline("decline.who")


def _phrase_verb(q: Query, k: int | None) -> Term | None:
    """The phrase term that starts at the question's verb ("who *set up* X?"), if any."""
    if k is None or k >= len(q.words):
        return None
    return next((t for t in q.terms if t.index < 0 and t.word.split()[0] == q.words[k]), None)


def _desire_unmet(ix: ArticleIndex, q, info: SentenceFacts) -> bool:
    """ "Who does X want to deliver?": the one X wishes would do it (a word of wishing after the
    question's subject); "who wants to repair X?": the one wishing it — both unmet by a sentence
    with no word of wishing or urging ("X says the Council promised to deliver" tells of a
    promise, not of whom X wants to deliver, nor that X wants anything)."""
    lang = ix.lang
    asked = lang.lex.words.get("desire_asked", frozenset())
    if not q.has(asked) or len(q.words) < 3:
        return False
    at = next(i for i, w in enumerate(q.words) if w in asked)
    if at != 1 and (q.words[1] not in lang.aux or at < 3 or len(q.words) < 4):
        return False  # "who is wanted …?", "who said they wanted …?"
    wishes = lang.lex.words.get("desire_words", frozenset())
    return not any(t.norm in wishes for t in info.tokens)


COMPANION_REACH = 3  # words between "with" and the companion's name ("with the minister X")


def _companion_unmet(ix: ArticleIndex, q, info: SentenceFacts) -> bool:
    """ "who went with him?", "who travelled with X?": a companion asked (a verb of going, not
    "who talks with X?") — unmet when the sentence has no "with" (or the like) right before a
    mention of the one named."""
    lang = ix.lang
    withs = lang.lex.words.get("companion_words", frozenset())
    k = next((i for i, w in enumerate(q.words[:-1]) if w in withs), None)
    going = lang.lex.words.get("companion_verbs", frozenset())  # not "talk with X": to X
    if k is None or not any(w in going for w in q.words[:k]):
        return False
    named = next((nm for nm in q.names if nm.start == k + 1 and nm.entity is not None), None)
    if named is None:
        return False
    return not any(
        m.entity == named.entity
        and any(t.norm in withs for t in info.tokens[max(0, m.start - COMPANION_REACH) : m.start])
        for m in info.mentions
        if m.start >= 0
    )


def _with_partner(ix: ArticleIndex, q, info: SentenceFacts) -> Actor | None:
    """ "Who signed the deal with X?" of "X signed the deal with Y": Y — the one the sentence
    puts "with" after X (X its subject, as no other doer was found)."""
    withs = ix.lang.lex.words.get("companion_words", frozenset())
    k = next((i for i, w in enumerate(q.words[:-1]) if w in withs), None)
    named = next((nm for nm in q.names if k is not None and nm.start == k + 1), None)
    if named is None or named.entity is None:
        return None
    mentions = [m for m in info.mentions if m.start >= 0]
    first = next((k for k, m in enumerate(mentions) if m.entity == named.entity), None)
    if first is None:
        return None
    for m in mentions[first + 1 :]:
        near = info.tokens[max(0, m.start - COMPANION_REACH) : m.start]
        if not m.possessive and m.entity not in q.entity_ids and any(t.norm in withs for t in near):
            return Actor(m.entity, ix.name(m.entity))
    return None


def _described_person(ask: Ask) -> Answer | None:
    """ "Who is the deputy minister who went to X?", "кто у Кремля пресс-секретарь?": a person
    the question names by a description (not by a word of their name), with "who is" before
    it or no verb at all — who that is, when a sentence naming them has every other word of
    the question (the relative clause: "went to X"); a decline when none has."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    spans = [nm for nm in q.names if nm.entity is not None]
    if not spans or ix.entity(spans[0].entity).kind != "person":
        return None
    first = spans[0]
    e = ix.entity(first.entity)
    words = q.words[first.start : first.end]
    if by_name(ask, first) or all(w in lang.pronouns for w in words):
        return None  # named by their name, or "he": who did what, as asked
    if ix.role_holders.rank_missing(e.id, set(q.words)):
        return None  # "the foreign minister" of a deputy one: not theirs to answer here
    be = lang.lex.writing.get("be_forms", frozenset())
    opened = len(q.words) > 2 and q.words[0] in lang.relative_pronouns and q.words[1] in be
    outside = [w for k, w in enumerate(q.words) if not first.start <= k < first.end]
    bare = not q.terms and not any(
        w in lang.say for w in outside
    )  # "кто у Кремля пресс-секретарь?"
    if not opened and not bare:
        return None
    if opened and first.start > 3:
        return None
    rest = [t for t in q.terms if t.index >= first.end]
    others = [nm.entity for nm in spans[1:]]
    for info in ix.body:
        if e.id in info.entities and all(x in info.entities for x in others):
            if grounded(ix, q, info, rest, need=1.0):
                said = (
                    say("answer.role", name=e.name, role=e.role)
                    if e.role
                    else say("answer.name", name=e.name)
                )
                return ask.answer(said, [info], 0.85, [e.id])
    return ask.decline("decline.who")


def _less_met(ix: ArticleIndex, q: Query, verb, best: SentenceFacts, info: SentenceFacts) -> bool:
    """Does a later sentence miss a word asked (besides the verb) that the best one has — the
    verb's doer there is of another thing ("named coach of the year" for "swimmer of …")?"""
    if info is best:
        return False
    rest = [t for t in q.terms if verb is None or t.index != verb.index]
    return any(_has_word(best, t) and not _has_word(info, t) for t in rest)


def _has_word(info: SentenceFacts, t: Term) -> bool:
    """Does the sentence have the term's stem or word (its concept not counted)?"""
    return t.stem in info.stems or t.word in info.stems


def _relative_after_name(lang, q: Query) -> bool:
    """ "Who is the X who/that …": a relative pronoun right after the question's first name."""
    nm = next((nm for nm in q.names if nm.entity is not None), None)
    return nm is not None and nm.end < len(q.words) and q.words[nm.end] in lang.relative_pronouns


def _described_by_name(lang, q: Query) -> bool:
    """ "Who is the Lunor diplomatic source?": "who" and a form of "be", then a description
    holding a name and ending the question with no verb ("who is the X meeting?" has one) —
    who that is, not whom X did anything to."""
    w, be = q.words, lang.lex.writing.get("be_forms", frozenset())
    if len(w) < 5 or w[1] not in be or w[2] not in lang.the:
        return False
    nm = next((nm for nm in q.names if nm.start == 3), None)
    if nm is None or nm.end >= len(w):
        return False
    terms = {t.index for t in q.terms}
    past = lang.lex.writing.get("irregular_past", frozenset())
    rules = lang.lex.rules
    return all(
        k in terms and not (rules.is_gerund(x) or rules.is_past(x) or x in past)
        for k, x in enumerate(w[nm.end :], nm.end)
    )


def _patient_asked(lang, q: Query) -> bool:
    """ "Who was charged?", "who has been arrested?": a form of "be" after the question word —
    whom it was done to, a person the article may name in a later sentence."""
    be = lang.lex.writing.get("be_forms", frozenset())
    return any(w in be for w in q.words[1:3])


def _stray_word(q: Query, verb: Term, info: SentenceFacts) -> bool:
    """Does the sentence lack the asked verb while the question also qualifies its noun by a
    word the article never uses ("who won the *junior* relay?" of a sentence about a relay and
    no winning)? A verb in other words is a stretch the rest of the question must not stretch
    further: the qualifier asks for another one of the noun than the sentence's."""
    if says(info, verb):
        return False
    nouns = {t.index for t in q.terms if t.index != verb.index}
    return any(
        not u.name and not u.text[:1].isupper() and u.start != verb.index and u.end in nouns
        for u in q.unknown
    )


def _is_asked_object(ix: ArticleIndex, q: Query, k: int | None, actor: Actor) -> bool:
    """Is the actor found only the question's own object ("who found *the tape*?" read from "a
    tape found in the field")? A thing done to is not its doer."""
    if k is None:
        return False
    lang = ix.lang
    obj = {w for w in q.words[k + 1 :] if w not in lang.stop}
    words = [fold(w) for w in re.findall(r"\w+", actor.text)]
    words = [w for w in words if w not in lang.stop and w not in lang.determiners]
    return bool(words) and all(w in obj for w in words)


def _other_patient(ix: ArticleIndex, info: SentenceFacts, q: Query, k: int | None) -> bool:
    """Is the asked verb, in the sentence, one done to a noun the question does not ask about
    ("who staged the visit?" of "a coup staged by X")? The question's words after its verb
    (when it has any) must meet the noun before the sentence's participle."""
    if k is None or ix.lang.agent_prepositions.isdisjoint(written(info)):
        return False  # (no "by" in the sentence: no "<noun> <participle> by Z")
    at = asked_verb(ix, info, q)
    if at is None or reduced_relative(ix, info, at) is None:
        return False
    keys, _ = term_keys(t for t in q.terms if t.index > k)
    if not keys:
        return False  # "who staged it?"
    toks, j = info.tokens, at - 1
    while j >= 0 and toks[j].norm not in ix.lang.stop:
        if toks[j].stem in keys or toks[j].norm in keys:
            return False
        j -= 1
    return True


def _object_asked(lang, q: Query) -> bool:
    """ "Who were the troops looking for?", "who were the troops trying to catch?": a subject of
    its own after the auxiliary and a preposition left at the end (or "to" and a verb) — whom
    the verb is about, not who did it."""
    w = q.words
    modals = lang.lex.writing.get("modal_words", frozenset())  # "who should he deliver for?"
    return (
        len(w) >= 5
        and (w[1] in lang.aux or w[1] in modals)
        and (
            w[2] in lang.determiners or w[2] in lang.pronouns or any(n.start == 2 for n in q.names)
        )
        and (w[-1] in lang.stranded_prepositions or _to_verb_last(lang, q))
    )


def _to_verb_last(lang, q: Query) -> bool:
    """Does the question end in "to" and a verb of its own ("… trying to catch?") — not after
    a word of wishing or meaning to ("who does he want to deliver?": whom he wants to do it;
    "whom is X expected to meet?": no one X met)?"""
    markers = lang.lex.writing.get("infinitive_markers", frozenset())
    n = len(q.words)
    return (
        q.words[-2] in markers
        and any(t.index == n - 1 for t in q.terms)
        and not q.has(lang.lex.words.get("desire_asked", frozenset()))
        and not q.has(lang.lex.writing.get("frame_verbs", frozenset()))
    )


def _own_subject(lang, q: Query) -> int | None:
    """ "Who did X meet (before that)?": the name right after the auxiliary, the subject of the
    verb asked (so "who" is whom it was done to: a sentence without X cannot tell) — None
    when there is none, or X says or wishes it ("who did X say won?", "who does X want to
    deliver?")."""
    w = q.words
    named = next((n.entity for n in q.names if n.start == 2), None)
    if len(w) < 4 or w[1] not in lang.aux or named is None:
        return None
    wishes = lang.lex.words.get("desire_asked", frozenset())
    return None if any(x in lang.say or x in wishes for x in w[3:]) else named


def _object_of(ask: Ask) -> Answer:
    """The name right after the question's verb and its preposition ("were looking for X") in
    the best sentence that has them; else a decline."""
    ix, q = ask.ix, ask.q
    verbs = [t for t in q.terms if t.index >= 3]
    # or a phrase of a concept that ends in the preposition ("looking for" ~ hunting)
    phrases = [t for t in q.terms if t.index < 0 and t.word.split()[-1] == q.words[-1]]
    asked = phrases[-1:] or verbs[-1:]
    found = best_sentence(ix, q, must=asked[0]) if asked else None
    if found is None:
        return ask.decline(unknown_reason(q) or say("decline.who"))
    info = found.info
    if not all(e in info.entities for e in q.entity_ids):
        return ask.decline("decline.who")  # "who was X meeting with?": a sentence with X
    start = _after_verb(ix, info, q, asked[0], not phrases)
    if start < 0:  # (not a mention written nowhere: a speaker's, at -1)
        return ask.decline("decline.who")
    m = next((m for m in info.mentions if m.start == start and m.entity not in q.entity_ids), None)
    if m is None and _to_verb_last(ix.lang, q):
        return ask.decline("decline.who")  # "trying to catch the X": whom, only by a name
    if m is None:
        phrase = _phrase_from(ix, info, start)  # "handed over X to tribal elders": no name
        if phrase is None:
            return ask.decline("decline.who")
        phrase = phrase[:1].upper() + phrase[1:]
        return ask.answer(say("answer.name", name=phrase), [info], found.coverage, [])
    return ask.answer(
        say("answer.name", name=ix.name(m.entity)), [info], found.coverage, [m.entity]
    )


def _after_verb(ix: ArticleIndex, info: SentenceFacts, q: Query, term, one_word: bool) -> int:
    """Where the name after the asked verb and its preposition starts in the sentence (-1: no
    such place): after "looking for", the question's word or a phrase of its concept."""
    toks = info.tokens
    if one_word:
        k = anchor(ix, info, q, [term])
        if k is None:
            return -1
        if q.words[-1] not in ix.lang.stranded_prepositions:
            return k + 1  # "trying to catch?" of "… to catch X": right after the verb
        j = _preposition_after(ix.lang, info, k, q.words[-1])
        return j + 1 if j is not None else -1
    norms = [t.norm for t in toks]
    for phrase, cid in ix.lang.concept_phrases.items():
        words = phrase.split()
        if cid != term.concept or words[-1] != q.words[-1]:
            continue
        n = len(words)
        for k in range(len(norms) - n):
            if norms[k : k + n] == words:
                return k + n
    return -1


OBJECT_GAP = 4  # words between a verb and its preposition ("handed over *the X province* to")
PHRASE_WORDS = 5  # words of a phrase that answers "who …?" with no name ("to tribal elders")


def _preposition_after(lang, info: SentenceFacts, k: int, prep: str) -> int | None:
    """Where the preposition asked stands after the verb at word ``k``: right after it, or past
    a particle and its object ("handed over the X province to") within the clause (no comma,
    no clause break, no other preposition of the list between); None when it does not."""
    toks, text = info.tokens, info.sentence.text
    breaks = lang.lex.words.get("clause_breaks", frozenset())
    for j in range(k + 1, min(len(toks), k + 2 + OBJECT_GAP)):
        if any(c in text[toks[j - 1].end : toks[j].start] for c in PUNCTUATION):
            return None
        if toks[j].norm == prep:
            return j
        if toks[j].norm in breaks or toks[j].norm in lang.stranded_prepositions:
            return None
    return None


def _phrase_from(ix: ArticleIndex, info: SentenceFacts, start: int) -> str | None:
    """The noun phrase that starts at word ``start`` ("tribal elders", "the farming
    community"), up to a comma, a clause break or a preposition; None when there is none or it
    runs on past a few words."""
    toks, text, lang = info.tokens, info.sentence.text, ix.lang
    breaks = lang.lex.words.get("clause_breaks", frozenset())
    end = start
    while end < len(toks) and end - start <= PHRASE_WORDS:
        t = toks[end]
        if end > start and any(c in text[toks[end - 1].end : t.start] for c in PUNCTUATION):
            break
        if t.norm in breaks or t.norm in lang.stranded_prepositions:
            break
        end += 1
    if end == start or end - start > PHRASE_WORDS:
        return None
    if all(t.norm in lang.stop for t in toks[start:end]):
        return None
    return text[toks[start].start : toks[end - 1].end]


def _included(ix: ArticleIndex, info: SentenceFacts, q: Query) -> list[int]:
    """The people a sentence names after "including" ("…, including the CFMEU's Martin
    Kingham"), those of the question's names when it has any ("which CFMEU official …")."""
    heads = ix.lang.lex.words.get("enumeration_heads", frozenset())
    toks = info.tokens
    at = next((k for k, t in enumerate(toks) if t.norm in heads), None)
    if at is None:
        return []
    owners = {m.end: m.entity for m in info.mentions if m.possessive and m.start >= 0}
    out = []
    for m in sorted(info.mentions, key=lambda m: m.start):
        if m.start <= at or m.possessive or not personal(ix, m.entity):
            continue
        if q.entity_ids and owners.get(m.start) not in q.entity_ids:
            continue
        out.append(m.entity)
    return list(dict.fromkeys(out))


def _fits(
    ix: ArticleIndex, wanted: Term | None, actor: Actor, info: SentenceFacts | None = None
) -> bool:
    """Is the actor of the kind asked for ("which judge …" is no court's)? A name of no known
    kind fits a noun of people when the sentence puts that noun before it ("Workers A and B
    were acquitted": "which workers …?")."""
    if wanted is None:
        return True
    if actor.entity is None:
        return False
    e = ix.entity(actor.entity)
    if wanted.word not in ix.lang.country_nouns and is_nationality(ix, e.name):
        return False  # "which company …?": "Kestrian ferry firm workers" name no firm
    if e.kind == "name" and info is not None and is_person(ix.lang, wanted):
        return _noun_before(info, wanted, actor.entity)
    return (e.kind == "person") == is_person(ix.lang, wanted)


NOUN_REACH = 4  # words between a noun of people and the names it goes before ("Workers A and B")


def _noun_before(info: SentenceFacts, noun: Term, eid: int) -> bool:
    """Does the noun (or its stem) stand right before the first name of the run the entity is
    named in ("Workers A and B": B's run starts after "Workers")?"""
    at = next((m.start for m in info.mentions if m.entity == eid and m.start >= 0), None)
    if at is None:
        return False
    words = info.tokens[max(0, at - NOUN_REACH) : at]
    return any(t.norm == noun.word or t.stem == noun.stem for t in words)


WE_REACH = 3  # words between a quotation's "we" and the verb asked ("we constantly exchange")


def _we_did(ix: ArticleIndex, q, info: SentenceFacts, eid: int) -> tuple[int, ...]:
    """The speaker and the others a quotation's "we" stands for, when "we" is the subject of
    the verb asked (a few words before it) and the speaker is the actor — not those the
    question names ("who trades letters with Y?": X alone); () otherwise."""
    x = info.quote
    partners = ix.partners.get(info.sentence.index)
    if not partners or x is None or x.speaker != eid:
        return ()
    we = ix.lang.lex.writing.get("we_words", frozenset())
    asked = {t.stem for t in q.terms if t.index >= 0}
    toks = info.tokens
    for k, t in enumerate(toks):
        if t.stem in asked and any(u.norm in we for u in toks[max(0, k - WE_REACH) : k]):
            others = sorted(e for e in partners if e not in q.entity_ids)  # not "with Y"
            return (eid, *others) if others else ()
    return ()


def _actor_answer(ask: Ask, actor: Actor, found: Found) -> Answer:
    ix, q = ask.ix, ask.q
    info, cov = found
    if actor.entity is None:  # "the board of X", "two policemen": no name, the phrase
        phrase = actor.text[:1].upper() + actor.text[1:]
        return ask.answer(say("answer.name", name=phrase), [info], cov, q.entity_ids)
    together = _we_did(ix, q, info, actor.entity)
    if together:  # "'We exchange letters,' X said" of X and Y: "who exchanges letters?" both
        names = Listed.of([ix.name(e) for e in together])
        return ask.answer(say("answer.names", names=names), [info], cov, list(together))
    # the list the actor is named in: "centuries from A and B, and half centuries from C and D"
    runs = [r for r in name_lists(ix, info) if actor.entity in r]
    listed = list(dict.fromkeys(max(runs, key=len, default=[])))
    many = _how_many_asked(ix, q)  # "which two leaders head the list?": both
    if len(listed) < many and actor.entity in ix.persons:
        listed = apposed_run(ix, info, actor.entity)[:many]  # "A, head of X, and B, head of Y"
        listed = listed if len(listed) == many else []
    if listed and listed[0] != actor.entity and _placed(ix, info, listed[0]):
        listed = listed[listed.index(actor.entity) :]  # "In X, the Union challenged …": no X
    if len(listed) >= 2:  # "Norway, Japan and Canada have pledged"
        names = Listed.of([ix.name(e) for e in listed])
        return ask.answer(say("answer.names", names=names), [info], cov, listed)
    return ask.answer(say("answer.name", name=actor.text), [info], cov, [actor.entity])


def _how_many_asked(ix: ArticleIndex, q: Query) -> int:
    """How many doers the question asks for by a number after its question word ("which two
    leaders …?": 2); 1 when it names none."""
    spelt = Words.of(ix.lang.lex).number_values
    for k in range(1, min(len(q.words), 3)):
        if q.words[k - 1] in ix.lang.question_words and q.words[k] in spelt:
            return int(spelt[q.words[k]])
    return 1


def _placed(ix: ArticleIndex, info: SentenceFacts, eid: int) -> bool:
    """Is the name's first mention in the sentence right after a preposition of place ("in X,
    the Union …"): where, not one of the doers listed after it?"""
    places = ix.lang.lex.words.get("place_prepositions", frozenset())
    m = next((m for m in info.mentions if m.entity == eid and m.start >= 0), None)
    return m is not None and m.start > 0 and info.tokens[m.start - 1].norm in places


@kind("whom", passes=("no_object",))
def whom(ask: Ask) -> Answer | Pass:
    """ "Who did X thank?": the first name after X's verb in the sentence that says it."""
    ix, q = ask.ix, ask.q
    if _relative_after_name(ix.lang, q):  # "who is the spokesman who went to X?": not whom
        described = _described_person(ask)  # the spokesman went to, but who that is
        if described is not None:
            return described
    if _described_by_name(ix.lang, q):  # "who is the Ardenian security source?": who that is
        return ask.decline("decline.who_that_is")
    subject = _whose(ask)
    belongs = _affiliation(ask, subject)
    if belongs is not None:
        return belongs
    blamed = _blamed(ask, subject)
    if blamed is not None:
        return blamed
    if subject is None:
        return _no_object(ask)
    wanted = wanted_name(ix, q)  # "which Polish leader is X in touch with?"
    qualifiers = [nm.entity for nm in q.names if nm.end <= subject.start and nm.entity]
    qualifiers += [  # "which *Polish* leader": an adjective of a place the article names
        e for t in q.terms if 0 <= t.index < subject.start and (e := demonym(ix, t.word))
    ]
    verb = next((t for t in q.terms if t.index >= subject.end), None) or next(
        (t for t in q.terms if t.index < 0),
        None,  # a phrase: "in touch"
    )
    framed = _framed(ix.lang, q, verb)  # "who does X want to defend?": defend
    aim, verb = framed is not verb, framed
    if verb is None:
        verb = _verb_first(ask, subject)
        if verb is not None and verb.word in _sides(ix.lang):
            return ask.decline("decline.who")  # "кого поддержала X?": not read as asked
    found = best_sentence(ix, q) if verb is not None else None
    if not found:
        return _no_object(ask)
    info, cov = found
    if subject.entity is not None and subject.entity not in info.entities:
        return _no_object(ask)  # "who did X cut ties with?": a sentence of someone else's ties
    k = anchor(ix, info, q, [verb])
    if k is None and _preposition_first(ask):
        # "with whom does X keep up contact?": the verb in other words, the next word asked
        later = (t for t in q.terms if t.index > verb.index >= 0)
        k = next((j for t in later if (j := anchor(ix, info, q, [t])) is not None), None)
    if k is None or (aim and not _meant(ix.lang, info, k)):
        return _no_object(ask)  # "who does X want to meet?": not "X met Y"
    prep = q.words[0] if _preposition_first(ask) else None
    eid = _object_after(ask, info, k, prep, wanted, qualifiers)
    if eid is None and not aim and prep is None:
        # "who did X meet?" of "the meeting … talks between X and …": "X met with Y" further on
        later = _verb_sentence(ask, subject, verb, info, (wanted, qualifiers))
        if later is not None:
            found, eid = later
    if eid is not None:
        return _names_from(ask, found, eid)
    # "We have met many times," X said after naming Y: whom X met is who "we" takes in
    x, partners = info.quote, ix.partners.get(info.sentence.index, frozenset())
    others = [e for e in sorted(partners) if e not in q.entity_ids]
    if others and x is not None and x.speaker == subject.entity:
        if first_person_before(ix, info, k):
            names = Listed.of([ix.name(e) for e in others])
            return ask.answer(say("answer.names", names=names), [info], cov, others)
    return _no_object(ask)


OBJECT_REACH = 8  # words between the asked verb and the name of whom it is done to
VERB_SENTENCES = 3  # the best sentences looked through for the asked verb itself
DOER_GAP = 2  # words between a doer's name and its verb ("X has also met")


def _object_after(ask: Ask, info: SentenceFacts, k: int, prep, wanted, qualifiers) -> int | None:
    """The first name after the asked verb (at ``k``) that is not the question's own, nor a
    place, nor an employer before its titled person; after ``prep`` when it asks "with whom"."""
    ix, q = ask.ix, ask.q
    after = sorted(
        (m for m in info.mentions if k < m.start <= k + OBJECT_REACH), key=lambda m: m.start
    )
    for m in after:
        if m.entity in q.entity_ids or m.entity in q.besides or m.possessive:
            continue  # "who did he thank besides X?": not X
        if _located(ix, info, m, q) or _before_titled_person(ix, info, m, q):
            continue  # "met Holm Club chairman Ada Lind": not the club, the chairman
        if prep is not None and not _after_word(ix, info, m.start, prep):
            continue  # "with whom?": the name after "with", not any name after the verb
        if wanted is not None and not _wanted(ix, wanted, m.entity, qualifiers):
            continue
        return m.entity
    return None


def _verb_sentence(ask: Ask, subject, verb: Term, seen: SentenceFacts, sought):
    """ "Who did X meet?" when the best sentence has the verb but no one after it ("the meeting
    followed talks between X and …"): the next of the best sentences that has X right before
    the verb, and a person named after it ("X met with Y") — that sentence and Y; None."""
    ix, q = ask.ix, ask.q
    for r in rank(ix, q)[:VERB_SENTENCES]:
        found = best_sentence(ix, q, must=verb, ranked=[r])
        info = found.info if found is not None else None
        if info is None or info.sentence.index == seen.sentence.index:
            continue
        k = anchor(ix, info, q, [verb])
        if k is None or not any(
            m.entity == subject.entity and 0 <= k - m.end <= DOER_GAP for m in info.mentions
        ):
            continue  # "X met with Y": X right before the verb, its doer
        eid = _object_after(ask, info, k, None, *sought)
        if eid is not None and ix.entity(eid).kind == "person":
            return found, eid
    return None


TITLE_WORDS = 3  # words of a title between an employer's name and its holder's


def _before_titled_person(ix: ArticleIndex, info: SentenceFacts, m, q: Query) -> bool:
    """Is the name written right before a title ("chairman", "foreign minister") and a person's
    name ("Holm Club chairman Ada Lind") — an employer that describes the person, who is the
    one asked for by "who"?"""
    if not q.words or q.words[0] not in ix.lang.person_question_words:
        return False
    held = next((o for o in info.mentions if m.end < o.start <= m.end + TITLE_WORDS), None)
    if held is None or ix.entity(held.entity).kind != "person":
        return False
    toks, text = info.tokens, info.sentence.text
    title = toks[m.end : held.start]
    return (
        title[-1].norm in ix.lang.titles
        and not _PUNCT.search(text, toks[m.end - 1].end, toks[held.start].start)
        and all(t.text[:1].islower() and t.norm not in ix.lang.stop for t in title)
    )


_PUNCT = re.compile(r"[^\w\s]")


def _names_from(ask: Ask, found: Found, eid: int) -> Answer:
    """The name found after the verb, or the list of names it opens ("X took A, B and C", "met
    A and the deputy minister B"): all of the list from it on, less the names the question
    gives."""
    ix, q = ask.ix, ask.q
    info, cov = found
    run = next((r for r in name_lists(ix, info, described=True) if eid in r), [eid])
    given = {*q.entity_ids, *q.besides}
    names = [e for e in dict.fromkeys(run[run.index(eid) :]) if e not in given]
    titled = _titled_next(ix, info, run[-1])
    if titled is not None and titled not in given and ix.entity(eid).kind == "person":
        names.append(titled)  # "A and Foreign Minister B": B too
    if len(names) < 2:
        return ask.answer(say("answer.name", name=ix.name(eid)), [info], cov, [eid])
    listed = Listed.of([ix.name(e) for e in names])
    return ask.answer(say("answer.names", names=listed), [info], cov, names)


def _titled_next(ix: ArticleIndex, info: SentenceFacts, eid: int) -> int | None:
    """The person named after the name ``eid`` past "and" and a title only ("… A and Foreign
    Minister B"): one more of the list, the title B's."""
    lang, toks = ix.lang, info.tokens
    ends = [m for m in info.mentions if m.start >= 0 and m.entity == eid]
    if not ends:
        return None
    end = ends[-1].end
    nxt = next((m for m in info.mentions if m.start > end), None)
    if nxt is None or ix.entity(nxt.entity).kind != "person" or nxt.start - end < 2:
        return None
    gap = toks[end : nxt.start]
    if gap[0].norm not in lang.list_gaps or gap[-1].norm not in lang.titles:
        return None
    if any(_gap_punct(info, i) for i in range(end - 1, nxt.start - 1)):
        return None
    return nxt.entity if all(t.text[:1].isupper() for t in gap[1:]) else None


def _gap_punct(info: SentenceFacts, i: int) -> bool:
    """Is there punctuation between words ``i`` and ``i + 1``?"""
    toks = info.tokens
    return bool(_PUNCT.search(info.sentence.text, toks[i].end, toks[i + 1].start))


def _framed(lang, q: Query, verb: Term | None) -> Term | None:
    """ "Who does X want to defend?", "whom does X hope to meet?": a verb of meaning to
    (writing.yaml's frame_verbs) and "to" frame the verb asked, the term after them."""
    frames = lang.lex.writing.get("frame_verbs", frozenset())
    k = verb.index if verb is not None else -1
    if k < 0 or verb.word not in frames or k + 2 >= len(q.words):
        return verb
    markers = lang.lex.writing.get("infinitive_markers", frozenset())
    be = lang.lex.writing.get("be_forms", frozenset())
    if q.words[k + 1] not in markers or be.intersection(q.words[:k]):
        return verb  # "whom is X expected to meet?": what others expect, not X's aim
    return next((t for t in q.terms if t.index == k + 2), verb)


def _meant(lang, info: SentenceFacts, k: int) -> bool:
    """Is the verb at word ``k`` one meant or to come ("we *must* defend", "hopes *to*
    meet") — a modal, "to" or a verb of meaning to right before it — not one done?"""
    w = lang.lex.writing
    words = (
        w.get("modal_words", frozenset())
        | w.get("infinitive_markers", frozenset())
        | w.get("frame_verbs", frozenset())
    )
    return any(t.norm in words for t in info.tokens[max(0, k - 2) : k])


def _verb_first(ask: Ask, subject) -> Term | None:
    """ "¿A quién agradeció X?", "Кого поблагодарил X?": a language that puts the subject
    last — the verb before it, when the subject ends a question opened by "who" (a verb of
    taking sides is declined by the caller: "кого поддержала X" would read as "who supported
    X")."""
    q, lang = ask.q, ask.ix.lang
    if subject.end != len(q.words) or not q.words or q.words[0] in lang.which_words:
        return None
    return next((t for t in q.terms if 0 <= t.index < subject.start), None)


def _sides(lang) -> frozenset[str]:
    """The words of taking a side ("support", "recognized", "opposed", "abstained")."""
    return lang.support | lang.oppose | lang.recognize | lang.abstain


def _affiliation(ask: Ask, subject) -> Answer | None:
    """ "Which union does X represent?", "what club is X from?": a verb of belonging (vocabulary
    class `belonging`) and a kind of body after the which-word: the name of that kind right
    after X's name and "from"/"of" ("X from the Harbour Workers Union says …"), if any."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    belonging = lang.lex.classes.get("belonging", ())
    if subject is None or not any(w in belonging for w in q.words[subject.end :]):
        return None
    bodies = lang.lex.classes.get("organisation_noun", ())
    wanted = next((t for t in q.terms if t.index == 1 and t.word in bodies), None)
    if wanted is None or q.words[0] not in lang.which_words:
        return None
    for info in ix.body:
        toks = info.tokens
        for m in info.mentions:
            k = m.end
            if m.entity != subject.entity or m.start < 0 or k + 1 >= len(toks):
                continue
            if toks[k].norm not in lang.origin_prepositions | lang.from_words:
                continue
            body = next((o for o in info.mentions if k < o.start <= k + 2), None)
            if body is None or any(
                toks[j].norm not in lang.determiners for j in range(k + 1, body.start)
            ):
                continue
            name = ix.name(body.entity)
            if any(
                w == wanted.word or lang.lex.rules.stem(w) == wanted.stem
                for w in fold(name).split()
            ):
                return ask.answer(say("answer.name", name=name), [info], 0.8, [body.entity])
    return None


def _blamed(ask: Ask, subject) -> Answer | None:
    """ "Who did X blame for the coup?": in a sentence where X speaks or acts and names the
    coup, the doer the coup is given ("a coup staged *by Z*")."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    blame = lang.lex.writing.get("blame_verbs", frozenset())
    if subject is None or not any(w in blame for w in q.words):
        return None
    topics = [t for t in q.terms if t.index > subject.end and t.word not in blame]
    by = lang.lex.writing.get("agent_prepositions", frozenset())
    found: dict[tuple[int, str], tuple] = {}
    for info in ix.body:
        if subject.entity not in info.entities:
            continue
        toks = info.tokens
        for k, t in enumerate(toks):
            if topics and not any(t.stem == x.stem or t.norm == x.word for x in topics):
                continue
            if not topics and not lang.lex.rules.is_past(t.norm):
                continue  # "who did X blame?": any "<noun> <participle> by Z" of X's
            # the noun, a participle, "by", the doer: "a coup staged by Z"
            for j in range(k + 1, min(k + 4 if topics else k + 2, len(toks) - 1)):
                if toks[j].norm in by:
                    doer = phrase_after(ix, info, j + 1, (subject.entity,))
                    if doer is not None and (topics or doer.entity is not None):
                        found.setdefault((info.sentence.index, doer.text), (doer, info))
                    break
            if topics and found:
                break
        if topics and found:
            break
    if len(found) != 1:  # none, or (no topic asked) more than one: not beyond doubt
        return None
    doer, info = next(iter(found.values()))
    wanted = wanted_name(ix, q)  # "which official did X blame?": a person, not "Washington"
    if wanted is not None and is_person(lang, wanted):
        if doer.entity is None or ix.entity(doer.entity).kind != "person":
            return ask.decline("decline.who")
    ids = [doer.entity] if doer.entity is not None else []
    return ask.answer(say("answer.name", name=doer.text), [info], 0.8, ids)


def _no_object(ask: Ask) -> Answer | Pass:
    """No one after the verb: "who did X thank?" may still ask who did it, but "with whom did X
    talk?" (a preposition before the question word) asks only for the object, and so does
    "whom did X back?" (a verb of taking sides: who did it would be who backed X)."""
    if _preposition_first(ask) or any(t.word in _sides(ask.ix.lang) for t in ask.q.terms):
        return ask.decline("decline.who")
    return Pass("no_object")


def _after_word(ix: ArticleIndex, info: SentenceFacts, k: int, word: str) -> bool:
    """Is word ``k`` right after ``word``, past determiners and a title ("with *the* union",
    "with *Russian President* X")?"""
    j = k - 1
    while (
        j >= 0
        and k - j <= 4
        and (info.tokens[j].norm in ix.lang.determiners or info.tokens[j].text[:1].isupper())
    ):
        j -= 1
    return j >= 0 and info.tokens[j].norm == word


def _preposition_first(ask: Ask) -> bool:
    """Does the question open with a preposition and its question word ("with whom …")?"""
    words, lang = ask.q.words, ask.ix.lang
    return (
        len(words) >= 2
        and words[0] in lang.stranded_prepositions
        and words[1] in lang.question_words
    )


def _whose(ask: Ask):
    """The question's subject: its first name ("who did *X* thank?"), past the noun asked for
    and its names ("which Polish leader is *X* in touch with?")."""
    q, lang = ask.q, ask.ix.lang
    start = 0
    if q.words and q.words[0] in lang.which_words:
        start = next((k for k, w in enumerate(q.words) if w in lang.aux), len(q.words))
    nm = next((nm for nm in q.names if nm.start >= start), None)
    if nm is None or nm.entity is None:
        return None
    t = q.token(nm.end - 1)
    if t is not None and t.possessive and start == 0 and nm.start > 2:
        return None  # "who is preparing *X's* trip?": X owns the object; who does it is asked
    preps = lang.lex.words.get("place_asked_prepositions", frozenset())
    if start == 0 and nm.start > 0 and q.words[nm.start - 1] in preps:
        return None  # "who was *in X* to prepare the trip?": a place, no subject
    return nm


def _wanted(ix: ArticleIndex, wanted: Term, eid: int, qualifiers: list[int]) -> bool:
    """Is the name of the kind asked for ("which *leader*": a person), and of the places that
    qualify it ("which *Polish* leader": a role naming Poland)?"""
    person = ix.entity(eid).kind == "person"
    if person != is_person(ix.lang, wanted):
        return False
    return not (person and qualifiers) or role_names(ix, eid, qualifiers)


def _located(ix: ArticleIndex, info: SentenceFacts, m, q) -> bool:
    """Is the name a place the sentence puts something in ("met *in Oslo*"), with another
    preposition than the question's own ("who did she talk *to*")?"""
    preps = ix.lang.lex.words.get("place_prepositions", frozenset())
    asked = {w for w in q.words if w in preps}
    for p in info.places:
        if p.token == m.start:
            first = p.phrase.split()[0].lower()
            return first in preps and first not in asked
    return False
