"""What — the catch-all kind: "which TV channel …" answered by a name, "which official …" by
who did it, "is it …?" as a yes/no question, and any other question by the sentence that meets
its words. A question that asks for a name ("which court …", "what was the pilot's name?") is
answered by a name or declined, never by a sentence that names nothing."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..answer import Answer
from ..answering.actors import actor_at, noun_agent
from ..answering.agents import anchor, name_as_written, name_lists, words_at
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import (
    best_sentence,
    first_mention,
    grounded,
    points_back,
    rank,
    role_sentences,
    says,
    shortened,
    subject_absent,
    unknown_blocks,
)
from ..answering.index import ArticleIndex
from ..answering.origins import asks_origin, is_nationality, origin_said
from ..answering.polarity import PUNCTUATION
from ..answering.question import Term
from ..answering.question.descriptions import reflexives
from ..answering.question.names import demonym
from ..answering.registry import Pass, kind
from ..answering.settlements import asks_settlement, not_a_settlement
from ..answering.stances import stances_for
from ..answering.wanted import is_kind, is_person, kind_unmet, wanted_name
from ..facts import SentenceFacts
from ..languages.places import is_country
from ..replies import Listed
from ..text import fold
from .aside import aside_terms, other_than
from .continued import asked_verb, continued, undergone

MENTIONS = 3  # sentences quoted for "what does the article say about X?"
LIST_GAP = 3  # words between a list of names and the question's words it does ("sent search and")
MEANS_GAP = 3  # words between a verb and its means ("shot dead by")
SPEAKER_GAP = 5  # words between a speaker and its verb of saying ("the unions, who …, said")


@kind("what", passes=("yes_no", "who_said", "who_did", "whom", "deeds"), after_answer="what")
def what(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if q.words and q.words[0] in lang.aux:
        return Pass("yes_no")  # a yes/no question: yes from the article, or decline
    if unknown_blocks(q) or (not q.terms and not q.entity_ids):
        return ask.decline(unknown_reason(q))
    occasion = _at_occasion(ask) if _asks_occasion(lang, q) else None
    if occasion is not None:
        return occasion  # "at what event did X …?": "at a rally"
    titled = _titled_people(ask)  # "name the ministers behind the plan": A, B and C
    if titled is not None:
        return titled
    wanted = wanted_name(ask.ix, q)
    if wanted is not None and is_person(lang, wanted) and wanted.index + 1 < len(q.words):
        # "which leader is X in touch with?": whom X is in touch with, a person
        if q.words[wanted.index + 1] in lang.aux and any(
            nm.start == wanted.index + 2 for nm in q.names
        ):
            return Pass("whom")
        # "which minister said …", "which official signed …": who did it, a person
        return Pass("who_said" if q.has(lang.say) else "who_did")
    named = _name_asked(ask)  # "what is the depot manager's name?"
    if named is not None:
        return named
    done = _done(ask)
    if done is not None:
        return done
    model = _model_asked(ask)  # "what kind of plane crashed?": "a Holm 300 jet"
    if model is not None:
        return model
    # "which TV channel…": the name next to the noun asked about
    if q.has(lang.which_words) and q.terms:
        if wanted is not None and _ranks_none(ask):
            return ask.decline()  # "which casino made the most?": the article ranks no one
        named = _which_name(ask)
        if named:
            return named
        if q.has(lang.naming_words):
            return ask.decline()  # "what was the pilot's name?": the article gives none
    if not q.terms and len(q.entity_ids) == 1 and q.has(lang.article_words):
        # "what does the article say about X?": the sentences that name X
        e = ix.entity(q.entity_ids[0])
        named = [
            i for i in ix.body if any(m.entity == e.id and m.how == "name" for m in i.mentions)
        ]
        if named:
            return ask.answer(say("answer.mentioned", name=e.name), named[:MENTIONS], 0.6, [e.id])
    if not q.terms and len(q.entity_ids) < 2:
        if _asks_deeds(ask):
            if stances_for(ix, party=q.entity_ids[0]):
                # "what did the league do?": the side it took, if it took one
                return Pass("deeds", decline=say("decline.about_them"))
            done = _deed(ask, q.entity_ids[0])  # "what did the court do?": what it did
            if done is not None:
                return done
        # only names: a sentence where they all appear together
        return ask.decline("decline.about_them")
    # "apart from X, what else …?": not X's sentence ("apart from X, which Y …" may share it)
    aside = aside_terms(lang, q) if wanted is None and q.has(lang.else_words) else ()
    found = _of_the_future(ask) or (
        other_than(ix, q, aside) if aside else best_sentence(ix, q, _pool(ask), need=0.5)
    )
    if not found:
        return ask.decline(unknown_reason(q))
    found = continued(ix, q, found) or found  # "… They will play audio": where the verb is
    found = undergone(ix, q, found) or found  # "what happened to X?": "… He was wounded"
    if _verb_unmet(ask, found[0]):
        return ask.decline(unknown_reason(q))  # "what did he promise …?": nothing promised
    if _refers_back(ask, found[0]):
        return ask.decline(unknown_reason(q))  # "which move …?" of "dismissed *the move* as …"
    return _from_sentence(ask, *found, wanted)


def _refers_back(ask: Ask, info: SentenceFacts) -> bool:
    """ "Which move was he calling a coup?" of "… dismissed *the move* as a coup": the noun of a
    deed the question asks which one of stands in the sentence after "the" (or "this",
    "that") — the sentence points back to it and does not say which; quoting it answers
    nothing."""
    q, lang = ask.q, ask.ix.lang
    w = q.words
    deeds = lang.lex.words.get("deed_nouns", frozenset())
    if len(w) < 3 or w[0] not in lang.which_words or w[1] not in deeds:
        return False
    return points_back(ask.ix, info, (w[1],))


def _verb_unmet(ask: Ask, info: SentenceFacts) -> bool:
    """ "What did X <verb> …?" of a person X: the sentence has neither the verb nor a word of
    its concept, and X is neither its speaker nor a doer in it — what it says is not what was
    asked ("what did he promise?" of a sentence that only names him as recognized)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    w = q.words
    if len(w) < 4 or w[0] not in lang.which_words or w[1] not in lang.aux:
        return False
    subject = next((nm for nm in q.names if nm.start == 2), None)
    if subject is None or subject.entity not in ix.persons:
        return False
    verb = next((t for t in q.terms if t.index == subject.end), None)
    if verb is None or verb.word in lang.say or verb.word in lang.light:
        return False
    if (
        verb.stem in info.stems
        or verb.word in info.stems
        or (verb.concept is not None and verb.concept in info.concepts)
    ):
        return False
    # the verb unmet, and X neither says nor does anything there ("… recognized him"); the
    # events are read (once per article) only when X is not the speaker
    if info.quote is not None and info.quote.speaker == subject.entity:
        return False
    return all(ev.agent != subject.entity for ev in info.events)


def _subject_absent(ask: Ask, info: SentenceFacts) -> bool:
    """ "What did/has X <verb> …?", "what <noun> did X <verb>?": the sentence says it of
    someone else (:func:`subject_absent`)."""
    return subject_absent(ask.ix, ask.q, info)


def _from_sentence(ask: Ask, info: SentenceFacts, cov: float, wanted: Term | None) -> Answer:
    """The answer the best sentence gives: the people "we" stands for, the name asked, the
    sentence itself — or a decline when it does not say what is asked."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    partners = _partners_asked(ask, info)
    if partners:  # "with whom?" after a quote's "we exchange letters": whom "we" stands for too
        names = Listed.of([ix.name(e) for e in partners])
        return ask.answer(say("answer.names", names=names), [info], cov, list(partners))
    if _preposition_unmet(lang, q, info):
        return ask.decline("decline.who")  # "with whom?": the sentence names no one it was with
    if _subject_absent(ask, info):
        return ask.decline()  # "what has X suggested?": not "Y has suggested …"
    if _only_whose(ask, info):
        return ask.decline()  # "what ultimatum did X give?": "an ultimatum from X" says whose
    if _possessed_unmet(lang, q, info) or _figure_unmet(lang, q, info):
        return ask.decline()  # "what is X's party?", "X's new rate?": none named, no figure
    if asks_origin(lang, q) and not origin_said(ix, info):
        return ask.decline()  # "what nationality was the crew?": no origin of anyone said
    if kind_unmet(ix, q, info):
        return ask.decline()  # "what injury did X have?" of "after a long injury layoff"
    if _time_a_reference(lang, q, info):
        return ask.decline()  # "what was the rate in July 1961?" of "lowest since July 1961"
    if q.has(lang.say) and not _said_there(ask, info):
        # "what did the union say about fares?": a sentence with the union and fares, or none
        return ask.decline()
    if wanted is not None and _asks_many(lang, wanted):
        doers = _listed_doers(ask, wanted, cov)
        if doers is not None:
            return doers
    if wanted is not None and _left_vague(lang, info, wanted):
        return ask.decline()  # "which unions?" of "negotiating with various unions"
    if wanted is not None and wanted.word in lang.country_nouns and not _country_named(ask, info):
        return ask.decline()  # "which countries took part?" of a sentence that names none
    if wanted is not None and not _names_one(ask, info, is_person(lang, wanted)):
        # "which court tried X?", "what was the pilot's name?": the sentence names no one asked
        return ask.decline()
    if wanted is not None and is_kind(lang, wanted):
        named = _object_name(ask, info, wanted)
        if named is not None and asks_settlement(ix, q) and not_a_settlement(ix, q, named, info):
            return ask.decline()  # "which Ardenian city did X visit?": not "visit to Ardenia"
        if named is not None:
            return ask.answer(say("answer.name", name=ix.name(named)), [info], cov, [named])
        if q.unknown:  # "which tobacco companies …?": none of that kind named doing it
            return ask.decline()
    if _noun_only_derived(ask, info):
        return ask.decline()  # "which boat?" of "a boating trip": no boat named
    if _manner_unmet(ask, info):
        return ask.decline()  # "how did the woman catch it?": a sentence without catching
    means = _means(ask, info)  # "how does X keep in touch with Y?": how, in X's own words
    if means is not None:
        info = means
    text = shortened(info, at=_deed_at(ask, info) or words_at(ix, info, q))
    return ask.answer(say("answer.verbatim", text=text), [info], cov, q.entity_ids)


def _deed_at(ask: Ask, info: SentenceFacts) -> int | None:
    """ "What did X do in January?": where the sentence's verb of X's deed stands (a long sentence
    is cut there, not at its date) — None unless X is asked what they did and does it here."""
    q, lang = ask.q, ask.ix.lang
    if len(q.words) < 5 or q.words[1] not in lang.aux or not q.names or q.names[0].start != 2:
        return None
    subject = q.names[0]
    if subject.entity is None or q.words[subject.end] not in lang.deed_words:
        return None
    for ev in ask.ix.facts.events:
        if ev.sentence == info.sentence.index and ev.agent == subject.entity and not ev.negated:
            at = info.sentence.text.find(ev.verb)
            return at if at > 0 else None
    return None


def _noun_only_derived(ask: Ask, info: SentenceFacts) -> bool:
    """ "In which boat …?" of "a boating accident": the noun right after the which-word
    met only by another word of its stem (neither it nor its plural) — the sentence names no
    one of that kind."""
    q, lang = ask.q, ask.ix.lang
    w = q.words[: q.own_end]
    wh = next((k for k, x in enumerate(w) if x in lang.choice_words), None)
    if wh is None or wh + 2 >= len(w) or w[wh + 2] not in lang.aux:
        return False  # "which boat did …", not "which Ardenian channel …"
    noun = next((t for t in q.terms if t.index == wh + 1), None)
    if noun is None:
        return False
    met = [t.norm for t in info.tokens if t.stem == noun.stem]
    plural = lang.lex.rules.is_plural
    return bool(met) and all(w != noun.word and not plural(w) for w in met)


def _asks_occasion(lang, q) -> bool:
    """Is an occasion asked for: "what/which (kind of) event", "на каком мероприятии"?"""
    occasion = lang.lex.words.get("occasion_question", frozenset())
    w = q.words
    if occasion.isdisjoint(w):
        return False  # (most questions)
    return any(
        w[k] in occasion and any(x in lang.which_words for x in w[max(0, k - 3) : k])
        for k in range(len(w))
    )


def _at_occasion(ask: Ask) -> Answer | None:
    """ "At what event did X declare …?": the occasion phrase of the sentence that meets the
    question's other words ("at a rally"); None when it has none (an event by its name: "after
    which event …" of "following the Sydney Games" is asked as any "which")."""
    occasion = ask.ix.lang.lex.words.get("occasion_question", frozenset())
    q = dataclasses.replace(ask.q, terms=tuple(t for t in ask.q.terms if t.word not in occasion))
    ask = dataclasses.replace(ask, q=q)
    found = best_sentence(ask.ix, q, _named(ask), need=0.5) if q.terms else None
    phrase = _occasion(ask, found.info) if found else None
    if phrase is None:
        return None
    got = ask.answer(
        say("answer.verbatim", text=phrase), [found.info], found.coverage, q.entity_ids
    )
    return got if got.answered else None


def _occasion(ask: Ask, info: SentenceFacts) -> str | None:
    """ "At what event did X declare …?": the sentence's phrase of an occasion after a
    preposition ("at a rally"), the first after the words asked about, if it has one."""
    lang, q = ask.ix.lang, ask.q
    words = lang.lex.words
    nouns = words.get("occasion_nouns", frozenset())
    preps = words.get("place_prepositions", frozenset()) | lang.lex.writing.get(
        "date_prepositions", frozenset()
    )
    toks = info.tokens
    start = words_at(ask.ix, info, q) or 0
    for k in range(len(toks)):
        if toks[k].norm not in nouns or toks[k].start < start:
            continue
        p = next((j for j in range(k - 1, max(-1, k - 4), -1) if toks[j].norm in preps), None)
        if p is not None:
            text = info.sentence.text[toks[p].start : toks[k].end]
            return text[:1].upper() + text[1:] + "."
    return None


def _time_a_reference(lang, q, info: SentenceFacts) -> bool:
    """Does the sentence name the question's time only as a point of reference ("at its
    lowest level *since* July 1961", "*before* May") — saying nothing of what was then?"""
    if not q.time_words:
        return False  # (most questions: no time asked)
    asked = [w for w in q.words if w in q.time_words]
    if not asked:
        return False
    rel = lang.lex.writing.get("events_placed_against", frozenset())
    if rel & set(q.words):
        return False  # "what happened since July?" asks it so
    toks = info.tokens
    spots = [k for k, t in enumerate(toks) if t.norm in asked]
    return bool(spots) and all(any(t.norm in rel for t in toks[max(0, k - 2) : k]) for k in spots)


def _manner_unmet(ask: Ask, info: SentenceFacts) -> bool:
    """ "How did X <verb> …?" of a sentence that has no form (nor concept) of the verb: it says
    nothing of how X did it."""
    manner = ask.ix.lang.lex.classes.get("manner_question", ())
    verb = asked_verb(ask.ix, ask.q, manner)
    return verb is not None and not says(info, verb)


def _means(ask: Ask, info: SentenceFacts) -> SentenceFacts | None:
    """ "How does X keep in touch with Y?" of "X said he maintained constant contact with Y."
    followed by "'We exchange letters and have phone calls,' X stressed.": a sentence that only
    says it happens says nothing of how; the speaker's own words right after it do."""
    ix, q = ask.ix, ask.q
    manner = ix.lang.lex.classes.get("manner_question", ())
    if not q.words or q.words[0] not in manner or info.quote is None:
        return None
    if any(t.index == 1 for t in q.terms):
        return None  # "how close is X to a deal?": a degree (the word after "how"), not a means
    means = ix.lang.lex.classes.get("means_words", ())
    if any(t.norm in means for t in info.tokens):
        return None  # "members will decide by secret ballot": it says how
    k = info.sentence.index + 1
    if k >= len(ix.facts.sentences):
        return None
    nxt = ix.facts.sentences[k]
    same = nxt.sentence.paragraph == info.sentence.paragraph
    if not same or nxt.quote is None or nxt.quote.speaker != info.quote.speaker:
        return None
    return nxt if nxt.quote.direct and not info.quote.direct else None


def _only_whose(ask: Ask, info: SentenceFacts) -> bool:
    """ "What warning did X give?": a sentence that meets the noun only as "a warning from X"
    (the question's subject its doer, and nothing more of the question met) says whose it was,
    not what it was."""
    ix, q = ask.ix, ask.q
    w = q.words
    if len(w) < 5 or w[0] not in ix.lang.which_words or w[2] not in ix.lang.aux:
        return False
    noun = next((t for t in q.terms if t.index == 1), None)
    subject = next((nm for nm in q.names if nm.start == 3 and nm.entity is not None), None)
    if noun is None or subject is None or any(t.index > 1 for t in q.terms):
        return False
    for k, t in enumerate(info.tokens):
        if t.stem == noun.stem or t.norm == noun.word:
            by = noun_agent(ix, info, k)
            if by is None or (
                by.entity != subject.entity and ix.name(subject.entity) not in by.text
            ):
                return False
    return True


def _pool(ask: Ask) -> list[SentenceFacts] | None:
    """The sentences a question may be answered from (None: any)."""
    named = _named(ask)
    return named if named is not None else _with_means(ask)


def _with_means(ask: Ask) -> list[SentenceFacts] | None:
    """ "How was X killed?", "how did X die?": the sentences that say the asked verb (or a word
    of its concept) with a word of means right after it ("shot dead *by* pirates") — one that
    only names the deed ("the murdered hero", "would not say how he died") says that it
    happened, not how. None when the question is not of that shape or no sentence says how."""
    ix = ask.ix
    verb = asked_verb(ix, ask.q, ix.lang.lex.classes.get("manner_question", ()))
    if verb is None:
        return None
    means = ix.lang.lex.classes.get("means_words", ())
    concepts = ix.lang.lex.concepts
    pool = []
    for info in ix.body:
        toks = info.tokens
        for k, t in enumerate(toks):
            if (
                t.stem != verb.stem
                and t.norm != verb.word
                and (verb.concept is None or concepts.get(t.stem) != verb.concept)
            ):
                continue
            if any(x.norm in means for x in toks[k + 1 : k + 1 + MEANS_GAP]):
                pool.append(info)
                break
    return pool or None


def _named(ask: Ask) -> list[SentenceFacts] | None:
    """ "Name the guides who …": a question opened by a word of naming is answered by a sentence
    that names someone or something, never by one that names no one (None: any sentence)."""
    if not ask.q.words or ask.q.words[0] not in ask.ix.lang.naming_words:
        return None
    return [i for i in ask.ix.facts.sentences if i.entities]


FUTURE = "future"  # the concept of what is still to come (vocabulary.yaml): "plan", "will"


def _of_the_future(ask: Ask):
    """ "What does X plan for Y?": a question of what is to come is answered by a sentence
    that speaks of it ("we will continue …"), the best of those that meet it — not by a better
    ranked one that says only what is."""
    ix, q = ask.ix, ask.q
    if not any(t.concept == FUTURE for t in q.terms):
        return None
    ranked = rank(ix, q)
    if not ranked or FUTURE in ranked[0].info.concepts:
        return None  # the best sentence speaks of the future already
    later = [r for r in ranked if FUTURE in r.info.concepts][:1]
    return best_sentence(ix, q, need=0.5, ranked=later) if later else None


def _ranks_none(ask: Ask) -> bool:
    """ "Which casino made the most money?" (a superlative over the kind asked for) where the best
    sentence ranks no name: no superlative in it, or one whose clause's subject is no name
    ("gambling was the biggest winner for casinos") — what it ranks is something else, and no
    one of the kind is singled out ("X recorded the biggest decrease" does)."""
    ix, q = ask.ix, ask.q
    most = frozenset(ix.lang.lex.classes.get("superlative", ()))
    if not q.has(most):
        return False
    found = best_sentence(ix, q, need=0.5)
    if found is None:
        return False
    info = found.info
    for k, t in enumerate(info.tokens):
        if t.norm not in most:
            continue
        j = k - 1
        while j > 0 and info.tokens[j].norm in ix.lang.determiners:
            j -= 1  # "recorded *the* biggest": the verb before it
        actor = actor_at(ix, info, j, q.entity_ids) if j > 0 else None
        if actor is not None and actor.entity is not None:
            return False
    return True


def _preposition_unmet(lang, q, info: SentenceFacts) -> bool:
    """ "With whom?", "to whom?": a preposition and a question word of a person open the question,
    and the sentence has no such preposition (so it says nothing of whom)."""
    w = q.words
    if (
        len(w) < 2
        or w[0] not in lang.stranded_prepositions
        or w[1] not in lang.person_question_words
    ):
        return False
    return not any(t.norm == w[0] for t in info.tokens)


def _partners_asked(ask: Ask, info: SentenceFacts) -> tuple[int, ...]:
    """ "With whom?" (a preposition and a question word of a person open the question) of a
    quote whose "we" stands for its speaker and others: those others (none: not asked so)."""
    lang, w = ask.ix.lang, ask.q.words
    if len(w) < 2 or w[0] not in lang.stranded_prepositions:
        return ()
    if w[1] not in lang.person_question_words:
        return ()
    return tuple(sorted(ask.ix.partners.get(info.sentence.index, ())))


def _possessed_unmet(lang, q, info: SentenceFacts) -> bool:
    """ "What is X's (political) party?", "what was X's time in the final?": the noun X owns
    (the question's last word, or the last of the words right after X's before a preposition)
    is not in the sentence (nor a word of its concept) — the sentence is about X, not about
    what is asked."""
    n = min(len(q.tokens), len(q.words))  # a follow-up's merged words have no tokens
    owners = [nm for nm in q.names if nm.end < n and q.tokens[nm.end - 1].possessive]
    if not owners:
        return False
    after = [t for t in q.terms if owners[-1].end <= t.index < n]
    if not after:
        return False
    nouns = [after[-1]] if after[-1].index == n - 1 else []
    run = [t for t in after if t.index >= 0]
    k = 0
    while k + 1 < len(run) and run[k + 1].index == run[k].index + 1:
        k += 1
    preps = lang.lex.words.get("object_prepositions", frozenset()) | lang.lex.words.get(
        "place_prepositions", frozenset()
    )
    if run and run[0].index == owners[-1].end and q.words[run[k].index + 1 : run[k].index + 2]:
        if q.words[run[k].index + 1] in preps:
            nouns.append(run[k])  # "X's time in the final": the time
    return any(
        noun.stem not in info.stems
        and noun.word not in info.stems
        and not (noun.concept and noun.concept in info.concepts)
        for noun in nouns
    )


def _figure_unmet(lang, q, info: SentenceFacts) -> bool:
    """ "What is the X rate?", "what was the total?", "X's salary?": the question ends in a noun
    of a figure (or of a sum of money) and the sentence gives no amount of it ("the 11th cut to the X rate" counts cuts)."""
    words = [t for t in q.terms if t.index >= 0]
    last = max(words, key=lambda t: t.index, default=None)
    if last is None:
        return False
    money = lang.lex.classes.get("money_noun", ())
    if last.word in money:
        # "what is X's salary?" ("what does X want to know about the budget?" asks no sum)
        be = lang.lex.writing.get("be_forms", frozenset())
        if len(q.words) > 1 and q.words[1] in be:
            return not any(a.kind in _SUMS for a in info.amounts)  # "twice his salary": no sum
    if _money_asked(lang, q.words, money):
        return not any(a.kind in _FIGURES for a in info.amounts)  # "what pay rise …?": a figure
    if (
        last.word not in lang.measure_nouns
        and _head_asked(lang, q, words) not in lang.measure_nouns
    ):
        return False  # "what rate cuts …", "what share of X …": the figure is not what is asked
    return not any(a.kind in _FIGURES for a in info.amounts)


def _money_asked(lang, w: list[str], money) -> bool:
    """ "What pay rise do the nurses want?", "which fee did X charge?": the noun phrase between the
    which-word and its verb holds a noun of a sum of money — a figure is asked."""
    if len(w) < 4 or w[0] not in lang.which_words:
        return False
    verb = next((k for k in range(1, len(w)) if w[k] in lang.aux), 1)
    return any(x in money for x in w[1:verb])


def _head_asked(lang, q, words: list[Term]) -> str | None:
    """ "What is the Lunor bank rate after the cut?": the last word of the noun asked about
    right after "what is" ("rate"), when more follows it."""
    be = lang.lex.writing.get("be_forms", frozenset())
    if len(q.words) < 3 or q.words[0] not in lang.which_words or q.words[1] not in be or not words:
        return None
    head = words[0]
    for t in words[1:]:
        if t.index != head.index + 1:
            break
        head = t
    return head.word


_FIGURES = ("money", "percent", "count", "number", "measure")
_SUMS = ("money", "number")


def _asks_deeds(ask: Ask) -> bool:
    """ "What did X do?", "what has X done?": X's own deeds asked — also with the verb before X
    (Spanish "qué hizo X", read "what do the X")."""
    q, lang = ask.q, ask.ix.lang
    if len(q.entity_ids) != 1 or len(q.words) < 3:
        return False
    if q.words[1] in lang.deed_words and q.names and q.names[-1].end == len(q.words):
        return all(w in lang.the for w in q.words[2 : q.names[-1].start])
    if len(q.words) < 4 or q.words[1] not in lang.aux:
        return False
    if q.words[-1] in lang.deed_words:
        return True
    # "what did X do in May?": a deed and its time ("may" no term: the verb "may" is none)
    at = next((k for k in range(3, len(q.words) - 1) if q.words[k] in lang.deed_words), None)
    tail = q.words[at + 2 :] if at is not None else ()
    return bool(tail) and all(w in q.time_words for w in tail)


def _deed(ask: Ask, eid: int) -> Answer | None:
    """The first thing the article says ``eid`` did (the agent of an event, active or passive:
    "… had been cancelled by the court"), quoted; None when it says of none."""
    ix, times = ask.ix, ask.q.time_words
    for ev in ix.facts.events:
        if ev.agent == eid and not ev.negated and ev.reported_by is None:
            info = ix.sentence(ev.sentence)
            if times and not all(any(w in fold(t.text).split() for t in info.times) for w in times):
                continue  # "what did X do in May?": a deed of another time
            at = info.sentence.text.find(ev.verb)
            text = shortened(info, at=at if at >= 0 else None)
            return ask.answer(say("answer.verbatim", text=text), [info], 0.7, [eid])
    return None


def _of_a_name(lang, t: Term) -> bool:
    """Is the word one of asking for a name or a part of it ("surname", "first", "full")?"""
    w = t.word
    return (
        w in lang.naming_words
        or w in lang.given_name_words
        or w in lang.family_name_words
        or w in lang.lex.classes.get("full_name", ())
    )


def _name_part(lang, q, name: str) -> str:
    """The part of the name asked for: "first name" its first word, "surname" its last."""
    words = name.split()
    if len(words) >= 2 and q.has(lang.given_name_words):
        return words[0]
    if len(words) >= 2 and q.has(lang.family_name_words):
        return words[-1]
    return name


def _done(ask: Ask) -> Answer | None:
    """ "What did X declare himself?", "what did the union sign?": what follows the verb the
    question's subject does, in the sentence that says it ("declared himself interim
    president")."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if len(q.words) < 4 or q.words[1] not in lang.aux or not q.names or q.names[0].start != 2:
        return None
    subject = q.names[0]
    verb = next((t for t in q.terms if t.index == subject.end), None)
    if subject.entity is None or verb is None:
        return None
    rest = q.words[verb.index + 1 : q.own_end]
    if any(w not in reflexives(lang) for w in rest):
        return None  # more asked than the verb ("what did X thank Y for?")
    found = best_sentence(ix, q, terms=[verb], must=verb)
    if found is None:
        return None
    info = found.info
    k = anchor(ix, info, q, [verb], exact_first=True)
    actor = actor_at(ix, info, k) if k is not None else None
    if actor is None or actor.entity != subject.entity:
        return None
    end = _object_end(ix, info, k)
    if end <= k:
        return None
    text = info.sentence.text[info.tokens[k].start : info.tokens[end].end]
    said = say("answer.verbatim", text=text[:1].upper() + text[1:] + ".")
    return ask.answer(said, [info], found.coverage, q.entity_ids)


def _object_end(ix, info: SentenceFacts, k: int) -> int:
    """The last word of what follows the verb at word ``k``: up to punctuation, a clause break
    or a preposition of place or time ("declared himself interim president *at* a rally")."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    stops = (
        lang.clause_breaks
        | lang.lex.words.get("place_prepositions", frozenset())
        | lang.lex.writing.get("time_prepositions", frozenset())
    )
    end = k
    while end + 1 < len(toks) and end - k < 10:
        gap = text[toks[end].end : toks[end + 1].start]
        if PUNCTUATION & set(gap) or toks[end + 1].norm in stops:
            break
        end += 1
    return _listed_on(lang, info, end) if end > k else end


LIST_ITEM = 4  # words of one item of a list read on after an object ("coercion")


def _listed_on(lang, info: SentenceFacts, end: int) -> int:
    """ "claims of corruption, coercion and anti-competitive behaviour": an object followed by
    a comma and more items, the last after "and"/"or" — the last word of the whole list (each
    item a few words, none a word that says, a verb in the past or a stop word but a
    determiner; else ``end``)."""
    toks, text = info.tokens, info.sentence.text
    past = lang.lex.writing.get("irregular_past", frozenset())
    items, commas, joined, last = 0, 0, False, end
    for j in range(end + 1, len(toks)):
        gap, w = set(text[toks[j - 1].end : toks[j].start]), toks[j].norm
        if gap & (PUNCTUATION - {","}) or ("," in gap and joined):
            break
        if "," in gap:
            if j - 1 > end and not items:
                return end
            commas, items = commas + 1, 0
        if w in lang.coordinators:
            if joined or not commas or (commas == 1 and not items):
                return end  # "A and B", "A, and then …": no list of three
            joined, items = True, 0
            continue
        if w in lang.say or lang.lex.rules.is_past(w) or w in past:
            return end  # "A, B and C said", "A, B and C rejected it": a clause, no list
        if w in lang.stop and w not in lang.determiners:
            break
        items, last = items + 1, j
        if items > LIST_ITEM:
            return end
    return last if joined and items else end


def _said_there(ask: Ask, info: SentenceFacts) -> bool:
    """ "What did X say about Y?": Y in the sentence, X in it or in the one before it (a
    quotation goes on after "X says …")."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    said = next(k for k, w in enumerate(q.words) if w in lang.say)
    topic = [t for t in q.terms if t.index > said]
    speaker = [t for t in q.terms if t.index < said]
    if topic and not grounded(ix, q, info, topic, need=1.0):
        return False
    # "what did the unions say?": the unions saying it, not "negotiating with the unions" (the
    # speaker: the words after the question word before "say")
    wh = max((k for k in range(said) if q.words[k] in lang.question_words), default=-1)
    subject = [t for t in speaker if t.index > wh] if q.words[said] in lang.plain_say else []
    # "which station did X talk to?": a sentence whose speaker is someone else is not X's words
    asked = {nm.entity for nm in q.names if wh < nm.start < said and nm.entity in ix.persons}
    speakers = {m.entity for m in info.mentions if m.how == "speaker"}
    if asked and speakers and not asked & speakers:
        return False

    def speaks(i: SentenceFacts) -> bool:
        return grounded(ix, q, i, speaker, need=1.0) and (not subject or _speaks(ix, i, subject))

    if not speaker or speaks(info):
        return True
    i = info.sentence.index
    prev = ix.sentence(i - 1) if i > 0 else None
    return prev is not None and prev.sentence.paragraph == info.sentence.paragraph and speaks(prev)


def _speaks(ix, info: SentenceFacts, speaker: list[Term]) -> bool:
    """Does the sentence have the speaker saying something: the speaker's words in its quote's
    attribution, or right before or after a verb of saying ("the unions said", "said the
    unions") — not only the speaker as an object ("negotiating with the unions")?"""
    toks = info.tokens
    at = [[k for k, t in enumerate(toks) if t.stem == w.stem or t.norm == w.word] for w in speaker]
    if not all(at):
        return False
    says = [k for k, t in enumerate(toks) if t.norm in ix.lang.say]
    return any(-SPEAKER_GAP <= j - k <= SPEAKER_GAP for k in at[-1] for j in says)


def _left_vague(lang, info: SentenceFacts, wanted: Term) -> bool:
    """Does the sentence give the noun asked for only with a vague quantifier ("various
    unions", "several officials") — naming none of them?"""
    toks = info.tokens
    for k in range(1, len(toks)):
        if toks[k].stem == wanted.stem and lang.vague_re.match(toks[k - 1].norm):
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            if nxt is None or not nxt.text[:1].isupper():  # "several members, A and B": named
                return True
    return False


def _names_one(ask: Ask, info: SentenceFacts, person: bool) -> bool:
    """Does the sentence name someone (``person``) or something the question does not?"""
    ix, q = ask.ix, ask.q
    return any(
        m.start >= 0
        and m.entity not in q.entity_ids
        and (ix.entity(m.entity).kind == "person") == person
        for m in info.mentions
    )


def _country_named(ask: Ask, info: SentenceFacts) -> bool:
    """Does the sentence name a country the question does not: by its name, or a place the
    article also names by an adjective ("Ardenia", "Ardenian") — never a people ("Ardenians")?"""
    ix, q = ask.ix, ask.q
    adjectived, plural = _countries(ix), ix.lang.lex.rules.is_plural
    return any(
        m.start >= 0
        and m.entity not in q.entity_ids
        and (
            is_country(name := ix.name(m.entity))
            or (m.entity in adjectived and not plural(fold(name)))
        )
        for m in info.mentions
    )


def _object_name(ask: Ask, info: SentenceFacts, wanted: Term) -> int | None:
    """ "Which country have the officers entered?": the name right after the question's last
    word in the sentence ("entered Somalia"), when it is no person and not one the question
    names."""
    ix, q = ask.ix, ask.q
    verb = [t for t in q.terms if t.index > wanted.index][-1:]
    k = anchor(ix, info, q, verb) if verb else None
    if k is None:
        return None
    for m in sorted(info.mentions, key=lambda m: m.start):
        if k < m.start <= k + 2 and not m.possessive and m.entity not in q.entity_ids:
            return m.entity if ix.entity(m.entity).kind != "person" else None
    return None


def _listed_doers(ask: Ask, wanted: Term, cov: float) -> Answer | None:
    """ "Which countries sent rescue teams?" of "A, B and C sent search and rescue teams": a list
    of names (none a person, none the question's) right before the question's other words, in
    one of the sentences that meet the question about as well as the best."""
    ix, q = ask.ix, ask.q
    others = [t for t in q.terms if t.index > wanted.index]
    if not others:
        return None
    body = not is_kind(ix.lang, wanted)  # "which unions …": names that say they are unions
    for r in rank(ix, q)[:3]:
        low = r.coverage < cov - 0.05  # met less well than the best: only by names of the noun
        info = r.info
        k = anchor(ix, info, q, others)
        ends = {m.entity: m.end for m in info.mentions if m.start >= 0}
        for run in name_lists(ix, info):
            if (
                len(run) > 1
                and (not (low or body) or _carry_noun(ix, run, wanted, info, low))
                and k is not None
                and 0 <= k - ends[run[-1]] <= LIST_GAP
                and not set(run) & set(q.entity_ids)
                and all(ix.entity(x).kind != "person" for x in run)
            ):
                names = Listed.of([name_as_written(ix, info, x, listed=True) for x in run])
                return ask.answer(say("answer.names", names=names), [info], r.coverage, run)
    return None


def _asks_many(lang, wanted: Term) -> bool:
    """ "Which countries …?", "which unions …?": a plural noun of a kind of named thing or of a
    body — the answer may be a list of names."""
    bodies = lang.lex.classes.get("organisation_noun", ())
    return (is_kind(lang, wanted) or wanted.word in bodies) and lang.lex.rules.is_plural(
        wanted.word
    )


def _carry_noun(ix, run: list[int], wanted: Term, info: SentenceFacts, low: bool) -> bool:
    """ "Which unions are talking to X?" of "the AWU and AMWU are still talking to X", where
    the AWU is the article's "Y Workers Union": a name of the list carries the noun asked, so
    the sentence meets it though it never writes it (``low``: it met the question less well
    than the best only for want of that noun)."""
    rules = ix.lang.lex.rules
    if low and any(t.stem == wanted.stem for t in info.tokens):
        return False  # the noun is there, and the sentence met the question less well anyway
    return any(rules.stem(fold(w)) == wanted.stem for x in run for w in ix.name(x).split())


def _referent(ask: Ask, info: SentenceFacts, k: int) -> int | None:
    """What "the <noun>" at word ``k`` stands for: the last name before it in the sentence that
    is a country (the article calls something by its adjective: "Ardenian"), not one the
    question names."""
    ix, q = ask.ix, ask.q
    before = [
        m.entity
        for m in sorted(info.mentions, key=lambda m: m.start)
        if 0 <= m.start and m.end <= k and m.entity not in q.entity_ids
    ]
    countries = _countries(ix)
    return next((e for e in reversed(before) if e in countries), None)


@lru_cache(maxsize=8)  # once per article, not per question
def _countries(ix) -> frozenset[int]:
    """The places the article names by an adjective ("Ardenian" → Ardenia)."""
    out = set()
    for info in ix.facts.sentences:
        for t in info.tokens:
            if t.text[:1].isupper():
                place = demonym(ix, t.norm)
                if place is not None:
                    out.add(place)
    return frozenset(out)


def _listed(ask: Ask, info: SentenceFacts, eid: int, noun: Term, plural: bool) -> list[int]:
    """ "which banks …?" (the question's noun plural, the sentence's not): the names listed
    with this one ("the A Bank, B and the C Bank"), none of them a person; else this one."""
    if not plural:
        return [eid]
    ix = ask.ix
    runs = [
        r
        for r in name_lists(ix, info)
        if len(r) > 1 and all(ix.entity(x).kind != "person" for x in r)
    ]
    # of several lists, the one nearest the question's other words ("… stayed at work")
    others = [t for t in ask.q.terms if t.index > noun.index]
    at = anchor(ix, info, ask.q, others) if others else None
    if at is not None and len(runs) > 1:
        first = {m.entity: m.start for m in reversed(info.mentions) if m.start >= 0}
        return list(dict.fromkeys(min(runs, key=lambda r: abs(first[r[0]] - at))))
    mine = next((r for r in runs if eid in r), None)
    return list(dict.fromkeys(mine)) if mine else [eid]


def _noun_of_a_name(ask: Ask, wh: int, noun: Term) -> bool:
    """ "what is the capital of X?", "what is X's capital?" (X no person): the noun asked is
    the one of a name, after the question word and a form of "be"."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    be = lang.lex.writing.get("be_forms", frozenset())
    between = q.words[wh + 1 : noun.index]
    if len(between) != 2 or between[0] not in be:
        return False
    if between[1] in lang.the:
        return noun.index + 1 < len(q.words) and q.words[noun.index + 1] in lang.of_words
    return (
        noun.index - 1 < len(q.tokens)
        and q.tokens[noun.index - 1].possessive
        and any(
            nm.end == noun.index and nm.entity is not None and nm.entity not in ix.persons
            for nm in q.names
        )
    )


def _which_name(ask: Ask) -> Answer | None:
    """ "which TV channel…": the name the asked-for noun belongs to in a matching sentence."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    wh = next(i for i, w in enumerate(q.words) if w in lang.which_words)
    terms = [t for t in q.terms if t.word not in lang.naming_words and t.index > wh]
    if not terms:
        return None
    noun = terms[0]
    if noun.word in ix.alias or noun.word in ix.alias_starts:
        return None  # "what did Ola Dahl say": a name the facts did not link, no noun
    endings = lang.lex.writing.get("person_noun_endings", frozenset())
    if is_person(lang, noun) or any(noun.word.endswith(e) for e in endings):
        return None  # "the name of the woman": a person's, never "an Ardenian woman"'s adjective
    # "which channel…", "what TV channel…", "what is the name of the channel…"
    named = any(
        " ".join(q.words[wh + 1 : wh + 1 + len(p.split())]).startswith(p) for p in lang.name_of
    )
    if any(w in lang.person_question_words for w in q.words[wh + 1 : noun.index]):
        return None  # "to what who cut the rate": "what" asks of no noun ("cut" is a verb)
    of_x = _noun_of_a_name(ask, wh, noun)
    if noun.index not in (wh + 1, wh + 2) and not of_x and not (named and noun.index <= wh + 7):
        return None
    phrase = _phrase_asked(q, terms) if named else [noun]
    if any(is_person(lang, t) for t in phrase[1:]):
        return None  # "the name of the Ardenian security official": a person's
    city = asks_settlement(ix, q)
    owner = _owner_named(ask, phrase[0])
    # the best sentence first: "which guides were acquitted?" is not "lead guide X" of a
    # sentence before the one that says who was acquitted
    for info in (r.info for r in rank(ix, q)):
        if not grounded(ix, q, info):
            continue
        for k in _noun_places(ix, info, phrase[-1]):
            if k < len(phrase) - 1 or not all(
                _same_noun(lang, info.tokens[k - j], w) for j, w in enumerate(phrase[::-1])
            ):
                continue  # "the Lunor rebel group": the phrase's words together, its head last
            if owner is not None and not _owned_here(info, k - len(phrase) + 1, k, owner):
                continue  # "which EU countries …?": not "the United States" beside "EU states"
            if k > 0 and info.tokens[k - 1].norm in lang.the and is_kind(lang, phrase[-1]):
                # "Portena is the capital of which country?" / "… Ardenia … the country's
                # capital of Portena": the country "the country" stands for
                back = _referent(ask, info, k)
                if back is not None:
                    return ask.answer(say("answer.name", name=ix.name(back)), [info], 0.7, [back])
            found = _name_around(ask, info, k, len(phrase), phrase[-1], city)
            if found is not None:
                return found
    return None


def _owner_named(ask: Ask, noun: Term) -> int | None:
    """ "which League countries …?", "which Nordic League members …?": the name (of no person) right
    before the noun asked — whose members are asked — or None."""
    ix = ask.ix
    for nm in ask.q.names:
        if nm.end == noun.index and nm.entity is not None and nm.entity not in ix.persons:
            return nm.entity
    return None


def _owned_here(info: SentenceFacts, start: int, end: int, owner: int) -> bool:
    """Does the sentence write the owner's name right before the noun phrase (``start`` to
    ``end``) and a name of one of them right after it ("EU member Malta") — a member of the
    owner's named? ("most of the EU states, A and B": A and B are no EU states.)"""
    mentions = [m for m in info.mentions if m.start >= 0]
    toks, text = info.tokens, info.sentence.text
    if end + 1 >= len(toks) or text[toks[end].end : toks[end + 1].start].strip():
        return False  # "the EU states, A": a comma — A is another item
    return any(m.entity == owner and m.end == start for m in mentions) and any(
        m.entity != owner and m.start == end + 1 for m in mentions
    )


def _titled_people(ask: Ask) -> Answer | None:
    """ "Name the ministers behind the plan", "which ministers made the submission?": the people
    of that title the best sentence that meets the rest names — two or more, in its order."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    w, rules = q.words, lang.lex.rules
    if not w or w[0] not in lang.which_words:
        return None
    k = 1
    while k < len(w) and (w[k] in lang.aux or w[k] in lang.the):
        k += 1
    noun = next((t for t in q.terms if t.index == k), None)
    if noun is None or not rules.is_plural(noun.word) or not is_person(lang, noun):
        return None
    one = rules.singular(noun.word) or noun.word
    for info in (r.info for r in rank(ix, q)):
        if not grounded(ix, q, info):
            continue
        found = []
        for m in info.mentions:
            e = ix.entity(m.entity)
            if (
                m.start >= 0
                and e.kind == "person"
                and e.id not in found
                and e.id not in q.entity_ids
            ):
                if e.role and one in fold(e.role).split():
                    found.append(e.id)
        if len(found) > 1:
            names = Listed.of([ix.name(x) for x in found])
            return ask.answer(say("answer.names", names=names), [info], 0.8, found)
        return None
    return None


def _model_asked(ask: Ask) -> Answer | None:
    """ "what kind of plane crashed?": the model a sentence writes before the noun (or one of
    its concept), a name with its number ("a Holm 300 jet": Holm 300) — a name of no
    organisation, place or person, and never a name alone ("a Lunor Airways jet" is whose)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    w = q.words
    kinds = lang.lex.words.get("kind_nouns", frozenset())
    if len(w) < 4 or w[0] not in lang.which_words or w[1] not in kinds or w[2] not in lang.of_words:
        return None
    noun = next((t for t in q.terms if t.index == 3), None)
    if noun is None:
        return None
    for info in (r.info for r in rank(ix, q)):
        if not grounded(ix, q, info):
            continue
        toks = info.tokens
        for k in _noun_places(ix, info, noun):
            if k < 2 or not any(ch.isdigit() for ch in toks[k - 1].norm):
                continue
            for m in info.mentions:
                if m.start < 0 or m.end not in (k - 1, k):
                    continue
                e = ix.entity(m.entity)
                if e.kind == "person" or e.id in q.entity_ids or _owner_name(ix, e.id):
                    continue
                name = info.sentence.text[toks[m.start].start : toks[k - 1].end]
                return ask.answer(say("answer.name", name=name), [info], 0.75, [e.id])
    return None


def _owner_name(ix: ArticleIndex, eid: int) -> bool:
    """Is the name an organisation's, a place's or a nationality's (whose thing it is, not of
    what kind)?"""
    name = ix.name(eid)
    return (
        any(x in ix.lang.org_words for x in fold(name).split())
        or is_nationality(ix, name)
        or is_country(name)
        or any(p.entity == eid for i in ix.facts.sentences for p in i.places)
    )


def _phrase_asked(q, terms: list[Term]) -> list[Term]:
    """ "what is the name of the Ardenian rebel group?": the words of the noun phrase that ends
    the question, its head last; else the first word asked alone ("… of the channel that aired
    it?")."""
    run = terms[:1]
    for t in terms[1:]:
        if t.index != run[-1].index + 1:
            return terms[:1]
        run.append(t)
    return run if run[-1].index == len(q.words) - 1 else terms[:1]


def _noun_places(ix: ArticleIndex, info: SentenceFacts, noun: Term) -> list[int]:
    """Where the sentence has the noun asked, as :func:`_same_noun` finds it, in order."""
    places = ix.word_places(info)
    found = {*places.stems.get(noun.stem, ()), *places.norms.get(noun.word, ())}
    if noun.concept:
        stop = ix.lang.stop
        found.update(
            k for k in places.concepts.get(noun.concept, ()) if info.tokens[k].norm not in stop
        )
    return sorted(found)


def _same_noun(lang, tok, noun: Term) -> bool:
    """Is the sentence's word the noun asked, or one of its concept ("broadcaster" ~ channel)?"""
    if tok.stem == noun.stem or tok.norm == noun.word:
        return True
    return (
        bool(noun.concept)
        and lang.concepts.get(tok.stem) == noun.concept
        and (tok.norm not in lang.stop)
    )


def _name_around(ask: Ask, info: SentenceFacts, k: int, n: int, noun: Term, city) -> Answer | None:
    """The name around the ``n`` words of the noun phrase asked that end at word ``k``: "X TV
    channel", "the channel X"; never a name inside the phrase ("the Ardenian rebel group" is no
    name of the group), nor one joined to it ("X and unions …": X is no union)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    t, start = info.tokens[k], k - n + 1
    of = k + 2 < len(info.tokens) and info.tokens[k + 1].norm in lang.of_words
    for m in info.mentions:
        if m.start >= 0 and (
            (m.start <= start and k < m.end)
            or m.end == start
            or (m.end == start - 1 and info.tokens[m.end].norm not in lang.coordinators)
            or (m.start == k + 1 and not t.possessive)  # not "the country's court"
            or (of and m.start == k + 2)  # "the country's capital of Portena"
        ):
            e = ix.entity(m.entity)
            if m.entity in q.entity_ids:
                continue  # "which country have US officers entered?": not the US
            if city and not_a_settlement(ix, q, m.entity, info):
                continue  # "which Ardenian city …?": not Ardenia, not a city elsewhere
            if noun.word not in lang.country_nouns and is_nationality(ix, e.name):
                continue  # "which bank …?": "Dutch bank clerks" name no bank
            if m.end == start and is_nationality(ix, e.name.split()[-1]):
                continue  # "which country …?": "the South American country" is only described
            if e.kind != "person" and all(x in info.entities for x in q.entity_ids):
                # "which organisation" of "the Organization of …": one, spelt otherwise
                variant = t.stem == noun.stem and not lang.lex.rules.is_plural(t.norm)
                plural = (t.norm != noun.word and not variant) or lang.lex.rules.is_plural(
                    noun.word
                )
                listed = _listed(ask, info, m.entity, noun, plural)
                if len(listed) > 1:  # "which banks?": "A, B and C"
                    names = Listed.of([ix.name(x) for x in listed])
                    return ask.answer(say("answer.names", names=names), [info], 0.8, listed)
                return ask.answer(say("answer.name", name=e.name), [info], 0.8, [e.id])
    return None


def _name_asked(ask: Ask) -> Answer | None:
    """ "What is the depot manager's name?": the person the description is, by name."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not (q.has(lang.naming_words) and q.entity_ids):
        return None
    reflexive = reflexives(lang)
    w = q.words
    if any(w[k] in lang.naming_words and w[k + 1] in reflexive for k in range(len(w) - 1)):
        return None  # "what did X name himself?": a title X took, not X's name
    if not all(_of_a_name(lang, t) for t in q.terms):
        return None
    e = ix.entity(q.entity_ids[0])
    if e.kind != "person":
        return None
    said = say("answer.name", name=_name_part(lang, q, e.name))
    first = first_mention(ix, e)
    quoted = role_sentences(ix, e) or ([first] if first is not None else [])
    return ask.answer(said, quoted, 0.85, [e.id])
