"""Reasons — why something happened and how someone reacted: the sentence that meets the
question and gives a reason ("because", "citing", a purpose, the event that set off a change),
or what the one asked about did next."""

from __future__ import annotations

import functools

from ..answer import Answer
from ..answering.actors import actor_at
from ..answering.agents import (
    anchor,
    asked_verb_index,
    name_lists,
    words_at,
)
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    Found,
    best_sentence,
    rank,
    shortened,
)
from ..answering.index import ArticleIndex
from ..answering.registry import kind
from ..answering.stances import negated, party_in, target_name
from ..facts import SentenceFacts
from ..replies import Message

REACT = "react"  # the concept (vocabulary.yaml `concepts`) of reacting


@kind("why", after_answer="why")
def why(ask: Ask) -> Answer:
    """The sentence that meets the question and gives a reason: a word of reasons ("because",
    "after", "citing", "for") or a purpose after the asked verb ("flying … to collect a boy");
    a sentence that only mentions the event says nothing of why."""
    if not ask.q.terms and not ask.q.focus:
        # "why did X say no?" with nothing before it: no event of the article is asked about
        return ask.decline(unknown_reason(ask.q) or say("decline.why"))
    found = _in_focus(ask) or _reasoned(ask)
    if not found or not _gives_reason(ask, found.info) or _sought(ask.ix.lang, found.info):
        return ask.decline(unknown_reason(ask.q) or say("decline.why"))
    info, cov = found
    if not _done_by_asked(ask, info):
        return ask.decline("decline.why")  # "why did C decline?": "A and B declined, citing …"
    if negated(ask.ix.lang, ask.q) and not any(
        t.norm in ask.ix.lang.negations for t in info.tokens
    ):
        return ask.decline("decline.why")  # "why not?": a sentence that says nothing was not done
    text = shortened(info, at=words_at(ask.ix, info, ask.q))
    return ask.answer(say("answer.verbatim", text=text), [info], cov, ask.q.entity_ids)


TIE = 0.05  # sentences this close to the best meet the question as well
NAMED_CAUSE = ("attribute", "cause")  # concepts of naming a cause: "X attributes Y to Z"


def _reasoned(ask: Ask) -> Found | None:
    """The best sentence for the question — or, when it gives no reason, one that meets the
    question as well and names a cause ("X attributes the decline to Y" beside "figures show a
    decline")."""
    ranked = rank(ask.ix, ask.q)
    found = best_sentence(ask.ix, ask.q, need=0.5, ranked=ranked)
    if found is None or _gives_reason(ask, found.info):
        return found
    for r in ranked[1:3]:
        if r.coverage < found.coverage - TIE:
            break
        if not any(ask.ix.lang.concepts.get(t.stem) in NAMED_CAUSE for t in r.info.tokens):
            continue  # (a weaker marker, "for", "as", gives no reason that beats the best)
        tied = best_sentence(ask.ix, ask.q, need=0.5, ranked=[r])
        if tied is not None and _gives_reason(ask, tied.info):
            return tied
    return found


def _in_focus(ask: Ask):
    """ "why?" right after an answer: the answer's own sentence, when it meets the question and
    gives a reason — not a sentence further on that has more of the earlier question's words."""
    ix, q = ask.ix, ask.q
    if not q.focus:
        return None
    pool = [ix.facts.sentences[i] for i in q.focus]
    found = best_sentence(ix, q, pool=pool, need=0.5)
    return found if found is not None and _gives_reason(ask, found.info) else None


SOUGHT = 4  # words between a noun of reasons and a word that says it is still sought


def _sought(lang, info: SentenceFacts) -> bool:
    """Is the sentence's reason one still sought ("… to determine the cause of the crash", "the
    reason is unclear")? Then it gives none."""
    nouns = lang.lex.words.get("reason_nouns", frozenset())
    sought = lang.lex.words.get("reason_sought", frozenset())
    toks = info.tokens
    return any(
        t.norm in nouns and any(o.norm in sought for o in toks[max(0, k - SOUGHT) : k + SOUGHT + 1])
        for k, t in enumerate(toks)
    )


def _done_by_asked(ask: Ask, info: SentenceFacts) -> bool:
    """Is the asked verb, when the sentence has it and a named doer, done by whom the question
    names as its subject (or a list with them) — not "A and B declined to join, citing the cost, and C
    abstained" for "why did C decline?"."""
    ix, q = ask.ix, ask.q
    k = asked_verb_index(ix, q)  # "why did *Greenfield* decline": the subject, then the verb
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    if k is None or any(w in be for w in q.words[1:k]):
        return True  # "why was X fined?": X underwent it, someone else did it
    named = next((nm for nm in q.names if nm.start == k and nm.entity is not None), None)
    verb = next((t for t in q.terms if named is not None and t.index == named.end), None)
    at = anchor(ix, info, q, [verb]) if verb is not None else None
    actor = actor_at(ix, info, at) if at is not None else None
    if actor is None or actor.entity is None or actor.entity == named.entity:
        return True
    return any(actor.entity in run and named.entity in run for run in name_lists(ix, info))


def _gives_reason(ask: Ask, info: SentenceFacts) -> bool:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    toks = info.tokens
    markers = [k for k, t in enumerate(toks) if t.norm in lang.reason_markers]
    if any(not _in_idiom(lang, toks, k) for k in markers):
        return True
    k = anchor(ix, info, q, q.terms, exact_first=True)
    if k is not None and _trigger_after(lang, info, k):
        return True
    to = lang.lex.writing.get("infinitive_markers", frozenset())
    return k is not None and any(
        toks[j].norm in to
        and toks[j + 1].norm not in lang.stop
        and not toks[j + 1].text[:1].isupper()
        for j in range(k + 1, len(toks) - 1)
    )


def _in_idiom(lang, toks, k: int) -> bool:
    """Is the word at ``k`` part of a phrase that holds words of reasons but gives none ("as
    well as", "voted for")?"""
    for i, parts in _idioms_of(lang.lex.words.get("reason_marker_idioms", frozenset())).get(
        toks[k].norm, ()
    ):
        if k >= i and [t.norm for t in toks[k - i : k - i + len(parts)]] == parts:
            return True
    return False


@functools.lru_cache(maxsize=8)
def _idioms_of(idioms: frozenset[str]) -> dict[str, tuple[tuple[int, list[str]], ...]]:
    """Each word of the idioms: where it stands in each idiom that has it, and the idiom's words."""
    out: dict[str, list[tuple[int, list[str]]]] = {}
    for idiom in idioms:
        parts = idiom.split()
        for i, p in enumerate(parts):
            out.setdefault(p, []).append((i, parts))
    return {w: tuple(v) for w, v in out.items()}


def _trigger_after(lang, info: SentenceFacts, k: int) -> bool:
    """ "The crisis worsened on May 2, when X resigned": after the asked words, a verb of a change
    of state, its time, a comma and a clause of "when" — what happened then is why."""
    when = lang.lex.writing.get("trigger_clauses", frozenset())
    changes = lang.lex.writing.get("trigger_changes", frozenset())
    text, toks = info.sentence.text, info.tokens
    if not any(t.norm in changes for t in toks[k : k + 6]):
        return False  # an action's "when" clause only dates it
    for j in range(k + 1, min(k + 12, len(toks))):
        if toks[j].norm in when:
            return text[toks[j - 1].end : toks[j].start].strip() == ","
        if text[toks[j - 1].end : toks[j].start].strip() not in ("",):
            return False  # another clause before any "when"
    return False


@kind("reaction")
def reaction(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not q.entity_ids:
        return ask.decline(unknown_reason(q))
    actor = q.entity_ids[0]
    rest_terms = [t for t in q.terms if t.concept != REACT and t.word not in lang.react]
    rest_ents = q.entity_ids[1:]
    event = None
    if rest_terms or rest_ents:
        ranked = rank(ix, q, ents=rest_ents, terms=rest_terms)
        if ranked and ranked[0].coverage >= 0.4:
            event = ranked[0].info
    # a sentence where the actor does something ("X, in turn, dismissed …"), not one that only
    # names X ("… a plot hatched by X")
    candidates = [i for i in ix.body if actor in i.entities and _acts(ix, i, actor)]
    if event is not None and event in candidates and _own_verb(ix, q, event):
        # "how did X view the requests?": "X says he viewed the requests as inappropriate"
        return ask.answer(_clause_from(ix, event, actor), [event], 0.8, [actor])
    if event is not None:
        after = [i for i in candidates if i.sentence.index > event.sentence.index]
        if after:
            return ask.answer(_clause_from(ix, after[0], actor), [after[0]], 0.8, [actor])
    react = [i for i in candidates if REACT in i.concepts]
    if react:
        return ask.answer(_clause_from(ix, react[0], actor), [react[0]], 0.6, [actor])
    return ask.decline("decline.how_reacted", name=ix.name(actor))


def _own_verb(ix: ArticleIndex, q, info: SentenceFacts) -> bool:
    """Does the sentence say the question's verb, the word right after its first name ("how did
    X *view* …")?"""
    verb = next((t for t in q.terms if q.names and t.index == q.names[0].end), None)
    return verb is not None and (verb.stem in info.stems or verb.word in info.stems)


def _acts(ix: ArticleIndex, info: SentenceFacts, eid: int) -> bool:
    """Is the entity named where a doer stands: not after a preposition ("staged *by* X",
    "ties *with* X"), though inside a noun phrase ("most *of* the X states") it may be?"""
    lang, toks = ix.lang, info.tokens
    for m in info.mentions:
        if m.entity != eid or m.start < 0 or m.possessive:
            continue
        j = m.start - 1
        while j >= 0 and (toks[j].norm in lang.determiners or toks[j].norm in lang.honorifics):
            j -= 1  # "pressure on Mr X": the courtesy title is X's, the preposition before it
        if j < 0 or toks[j].norm not in lang.stop or toks[j].norm in lang.of_words:
            return True
        if toks[j].norm in lang.coordinators:
            return True
    return False


def _clause_from(ix: ArticleIndex, info: SentenceFacts, eid: int) -> Message:
    """ "X, in turn, dismissed the move": X and what follows the name; a party of a list
    ("…, including X, Y and Z, recognized him"): the side it took, not the rest of the list."""
    for st in ix.facts.stances:
        if st.sentence == info.sentence.index and (p := party_in(ix, st, eid)) is not None:
            return say("answer.side_taken", party=p.name, verb=st.verb, target=target_name(ix, st))
    for m in info.mentions:
        if m.entity == eid and m.start >= 0 and not m.possessive:
            rest = info.sentence.text[info.tokens[m.end - 1].end :].strip(" ,")
            rest = ix.lang.clause_opener_re.sub("", rest)
            return say("answer.reaction", name=ix.name(eid), clause=rest)
    return say("answer.verbatim", text=info.sentence.text)
