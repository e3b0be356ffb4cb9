"""Places — where something happened: the place of the event asked about, with the phrase the
article gives it ("in front of the Prime Minister's Kirribilli residence in Sydney", "in the
West Bank city of Hebron"), not the first place of the sentence: a place before the asked verb
(the subject's "ambassador to Brazil") is not where it happened."""

from __future__ import annotations

from ..answer import Answer
from ..answering.actors import actor_at
from ..answering.agents import anchor
from ..answering.answers import Ask, say, unknown_reason
from ..answering.complements import described_name
from ..answering.evidence import best_sentence, subject_absent
from ..answering.index import ArticleIndex
from ..answering.origins import asks_origin, origin_phrase
from ..answering.polarity import not_done
from ..answering.question import Query
from ..answering.registry import Pass, kind
from ..answering.saying_place import asks_where_said, place_of_saying, speakers
from ..answering.settlements import asks_settlement, not_a_settlement
from ..answering.timing import held_of_person, only_its_noun, participle
from ..facts import Place, SentenceFacts
from ..languages.places import is_country
from ..text import fold

_PUNCT = frozenset(',;:()"“”—–')
ON_REACH = 3  # words from "on" to the name of the place a place is on
REACH = 10  # words from a preposition to its place, and after the place to the phrase's end


@kind("where", passes=("object",), after_answer="where")
def where(ask: Ask) -> Answer | Pass:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    dl = ix.article.dateline
    if not q.entity_ids and q.has(lang.article_words) and dl:
        lead = [ix.article.lead] if ix.article.lead else []
        return ask.answer(say("answer.dateline_place", place=dl.place, dateline=dl.text), lead, 0.9)
    said_at = _where_saying(ask)  # "where was he speaking?": the place of that saying
    if said_at is not None:
        return said_at
    # the place asked about is not a topic word: "which city" says nothing of the sentence
    terms = [t for t in q.terms if t.word not in lang.place_nouns]
    must = participle(lang, q, ix.persons)
    held = must is not None and not terms and must.word in lang.light
    if held:
        # "where is he being held?": a light verb, yet what is asked, and the only word that
        # ranks besides the name ("where is the man being held?": the man's sentence)
        terms = [must]
    inside = _inside(ix, q)
    city = asks_settlement(ix, q)
    first = None
    for r in _ranked(ask, terms)[:3]:
        found = best_sentence(ix, q, pool=ix.placed, terms=terms, must=must, ranked=[r])
        if found is None or only_its_noun(lang, q, must, found.info):
            continue  # "where was the footage recorded?" of "footage found in X"
        if held and not _held_here(ix, q, found.info, must.word):
            continue  # "where is X being held?": not "the final will be held in Y"
        first = first or found
        if _owner_only(ix, found.info, q):
            continue  # "where is X hiding?": not "X's fighters have been hiding in Y"
        if subject_absent(ix, q, found.info, True):
            continue  # "where did X go in July?" of "in July, Z went to Y": not X's going
        at = _verb_anchor(ix, found.info, q) or anchor(ix, found.info, q, terms)
        if at is not None and not_done(lang, found.info, at, q.words):
            continue  # "where did she go?" is not "preparations for her trip to Oslo"
        got = _where_said(ix, found.info, q) or _place_of(ix, found.info, at, q)
        if got is not None and asks_origin(lang, q) and not origin_phrase(lang, got[1]):
            continue  # "which country is the woman from?": not where she is held
        if got is not None and q.has(lang.country_nouns) and not is_country(got[0].name):
            continue  # "which country is X from?": not "in the X depot in Pellham"
        if got is not None and inside and not _placed_inside(found.info, got[0], inside):
            continue  # "which city in X?": a place the article does not put inside X
        if got is not None and city and got[0].entity is not None:
            if not_a_settlement(ix, q, got[0].entity, found.info):
                # "which city will X visit?" of "a visit to <a country>": the article names no
                # city of that visit (not the city of another sentence's trip)
                return ask.decline(say("decline.where"))
        if got is not None and _around_asked(ix, q, found.info, got[0]):
            continue  # "where did it come down, how far out of X?": not "near X in <region>"
        if got is not None and _addressed(lang, q, found.info, got[0]):
            continue  # "where did he say it?": not "(gratitude) to Ardenia", whom he told
        if got is not None and not _said_by_asked(ix, q, found.info):
            continue  # "where did X say that?": not where Y said something
        if got is not None and _in_what_was_said(ix, q, found.info, got[0]):
            continue  # "where did he say that?": not "(said) … a visit to Russia"
        if got is not None:
            place, phrase = got
            said = say("answer.place", place=place.name, phrase=phrase)
            if place.name == phrase:  # a place with no name: "at several regional forums"
                said = say("answer.verbatim", text=phrase[:1].upper() + phrase[1:] + ".")
            return ask.answer(said, [found.info], found.coverage, q.entity_ids)
    medium = _medium(ask)
    if medium is not None:
        return medium
    described = described_name(ix, q)
    if described is not None:  # "which country did X call a leader?": "Y as a leader"
        info, eid = described
        return ask.answer(say("answer.name", name=ix.name(eid)), [info], 0.8, [eid])
    if q.words[0] in lang.which_words and len(q.words) > 2 and q.words[2] in lang.aux and q.names:
        # "which country did X break ties with?": not where, but with whom
        return Pass("object", unknown_reason(q) or say("decline.where"))
    return ask.decline(unknown_reason(q) or say("decline.where"))


def _where_saying(ask: Ask) -> Answer | None:
    """ "where was he speaking?", "speaking from where?" of a speaker asked or quoted before:
    the place or occasion the article gives that saying (:mod:`~bot.answering.saying_place`),
    else the medium it was said on, else a decline; None for any other question."""
    ix, q = ask.ix, ask.q
    if not asks_where_said(ix, q):
        return None
    who = speakers(ix, q)
    if not who:
        return None
    got = place_of_saying(ix, q, who)
    if got is None:
        return _medium(ask) or ask.decline(say("decline.where"))
    info, phrase, place = got
    medium = _medium_in(ix, info, phrase)  # "in an interview with X TV": X TV
    if place is not None:
        said = say("answer.place", place=place.name, phrase=phrase)
    elif medium is not None:
        said = say("answer.name", name=ix.entity(medium).name)
    else:
        said = say("answer.verbatim", text=phrase[:1].upper() + phrase[1:] + ".")
    return ask.answer(said, [info], 0.8, q.entity_ids)


def _medium_in(ix: ArticleIndex, info: SentenceFacts, phrase: str) -> int | None:
    """The medium (a name with a word of the media: "TV", "radio") named in the phrase."""
    start = info.sentence.text.find(phrase)
    for m in sorted(info.mentions, key=lambda m: m.start):
        if m.start < 0 or m.entity is None:
            continue
        at = info.tokens[m.start].start
        if start <= at < start + len(phrase) and _is_medium(ix, m.entity):
            return m.entity
    return None


def _is_medium(ix: ArticleIndex, eid: int) -> bool:
    """Is the entity a medium: a name with a word of the media ("X TV", "Y Radio")?"""
    media = ix.lang.lex.words.get("media_words", frozenset())
    return not media.isdisjoint(fold(ix.entity(eid).name).split())


def _held_here(ix: ArticleIndex, q: Query, info: SentenceFacts, w: str) -> bool:
    """Does the sentence say the light participle ``w`` ("held") of a person, and of the one
    asked: it names them, or the previous answer was about it ("where is he being held?" after
    "who is X?" answered by the sentence's "A Lunorian engineer, being held at …")?"""
    if not held_of_person(ix.lang, info, ix.persons, w):
        return False  # "the final will be held in Y"
    index = info.sentence.index
    return index in q.focus or any(e in info.entities for e in q.entity_ids)


def _where_said(ix: ArticleIndex, info: SentenceFacts, q: Query) -> tuple[Place, str] | None:
    """Asked where something was said ("where?" after "what did X say?"): the place right after
    the sentence's verb of saying ("X said *in Berlin* that …"), with its phrase — not a place
    of what was said, further on. Not when the question's words go on past its verb of saying
    ("where did X say Y was working?")."""
    lang = ix.lang
    if not q.has(lang.say):
        return None
    own = q.words[: q.own_end]  # (its own words, not a merged follow-up's)
    k = next((i for i, w in enumerate(own) if w in lang.say), len(own))
    if any(w not in lang.stop for w in own[k + 1 :]):
        return None  # "where did X say Y was working?": where Y was, by X's words
    preps = lang.lex.words.get("place_prepositions", frozenset())
    toks = info.tokens
    for p in info.places:
        k = p.token
        if k >= 2 and toks[k - 1].norm in preps and toks[k - 2].norm in lang.say:
            return p, _phrase(ix, info, p, k - 2)
    return None


def _owner_only(ix: ArticleIndex, info: SentenceFacts, q: Query) -> bool:
    """Is the one the question names (not as an owner: "where is X hiding?") named in the
    sentence only as an owner ("X's fighters have been hiding in Y"), the question's verb in
    "-ing" after it: someone else is doing it ("X's visit" is X's own)?"""
    toks = q.tokens
    if q.own or len(toks) != len(q.words):
        return False  # (a follow-up merged with its question: "where?" of "X's visit")
    asked = {
        nm.entity for nm in q.names if nm.entity is not None and not toks[nm.end - 1].possessive
    }
    if len(asked) != 1:
        return False
    ms = [m for m in info.mentions if m.start >= 0 and m.entity in asked]
    if not ms or not all(info.tokens[m.end - 1].possessive for m in ms):
        return False
    end = max(nm.end for nm in q.names if nm.entity in asked)
    verbs = {t.stem for t in q.terms if t.index >= end and ix.lang.lex.rules.is_gerund(t.word)}
    return any(t.stem in verbs for t in info.tokens[ms[0].end :])


def _said_by_asked(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """ "Where did X say …?" (X a person, the subject of the question's verb of saying): the
    sentence quotes X, or X is the subject of one of its verbs of saying."""
    lang = ix.lang
    says = {k for k, w in enumerate(q.words) if w in lang.say}
    be = lang.lex.writing.get("be_forms", frozenset())
    person = next(
        (
            nm.entity
            for nm in q.names
            if nm.end in says
            and nm.entity in ix.persons
            and not be.intersection(q.words[: nm.start])  # "is X believed to …": passive
        ),
        None,
    )
    if person is None:
        return True  # (the subject of the asked verb of saying is no person the article names)
    if info.quote is not None and info.quote.speaker == person:
        return True
    return any(
        t.norm in lang.say and (a := actor_at(ix, info, k)) is not None and a.entity == person
        for k, t in enumerate(info.tokens)
    )


def _in_what_was_said(ix: ArticleIndex, q: Query, info: SentenceFacts, place: Place) -> bool:
    """Asked where something was said, is the place one of what was said (inside the
    sentence's quotation or reported words), not where the saying was?"""
    x, say = info.quote, ix.lang.say
    own = q.words[: q.own_end]  # (its own words, not a merged follow-up's)
    if x is None or not x.content or not any(w in say for w in own):
        return False
    return place.name in x.content


def _around_asked(ix: ArticleIndex, q: Query, info: SentenceFacts, place: Place) -> bool:
    """Is the place one the sentence puts a place of the question inside ("near X in <region>",
    "near X, <country>"), the question naming X after a preposition, as where to measure from
    ("how far out of X?", "near X")? The region around X is no more than the asker knows."""
    lang = ix.lang
    preps = lang.lex.words.get("place_prepositions", frozenset()) | lang.of_words
    marks = {
        nm.entity
        for nm in q.names[:]
        if 0 < nm.start < q.own_end and q.words[nm.start - 1] in preps
    }
    marks.discard(place.entity)
    within = lang.lex.words.get("within_prepositions", frozenset())
    toks, text = info.tokens, info.sentence.text
    for m in info.mentions:
        if m.entity not in marks or m.start < 0 or m.end > place.token:
            continue
        gap = text[toks[m.end - 1].end : toks[place.token].start].strip()
        if gap == "," or (place.token == m.end + 1 and toks[m.end].norm in within):
            return True
    return False


def _addressed(lang, q: Query, info: SentenceFacts, place: Place) -> bool:
    """Is the place one a saying is addressed to ("gratitude to X"), asked where it was said?
    Not after a word of travel: "during a visit to X" is where the speaker was."""
    k = place.token
    asked_to = any(e == place.entity for e in q.entity_ids)  # "where did X thank Y?": not Y
    if not (q.has(lang.say) or asked_to) or k < 1 or k > len(info.tokens):
        return False
    toks = info.tokens
    if toks[k - 1].norm not in lang.lex.classes.get("addressed", ()):
        return False
    return k < 2 or lang.concepts.get(toks[k - 2].stem) != VISIT


VISIT = "visit"  # the concept of travel (vocabulary.yaml): "a visit to X" is being there


TIE = 0.02  # sentences this close in score meet the question as well as each other


def _medium(ask: Ask) -> Answer | None:
    """ "Where was the interview shown?": the medium the sentence that meets the question names
    ("… interview with X TV channel broadcast on Monday")."""
    ix, q = ask.ix, ask.q
    words = ix.lang.lex.words
    if not q.has(words.get("shown_words", frozenset())) and not q.has(ix.lang.say):
        return None  # "where was it shown?", "where did he say it?": on which channel
    if len(q.words) > 1 and q.words[0] in ix.lang.which_words and q.words[1] in ix.lang.place_nouns:
        return None  # "which country did X call a leader?": a country, never the channel
    found = best_sentence(ix, q, need=0.5)
    if found is None:
        return None
    for m in sorted(found.info.mentions, key=lambda m: m.start):
        if m.entity not in q.entity_ids and _is_medium(ix, m.entity):
            name = ix.entity(m.entity).name
            return ask.answer(
                say("answer.name", name=name), [found.info], found.coverage, [m.entity]
            )
    return None


def _ranked(ask: Ask, terms):
    """The sentences with places, best first; of those as good as the best, first the ones
    that have the question's phrasal verb as it is written ("came *down*", not "crashed"), or
    its light participle ("where is it being *held*?": no topic word, yet the verb asked)."""
    from ..answering.evidence import rank

    ranked = rank(ask.ix, ask.q, pool=ask.ix.placed, terms=terms)
    lang, own = ask.ix.lang, ask.q.words[1 : ask.q.own_end]
    phrases = [t.word.split()[1:] for t in terms if t.index < 0 and " " in t.word]
    phrases += [[w] for w in own if w in lang.light and w.endswith(lang.participle_endings)]
    preps = lang.lex.words.get("place_prepositions", frozenset())
    asked = {w for w in ask.q.words[1:] if w in preps}  # "where … flying *from*?"
    if not ranked or not (phrases or asked):
        return ranked
    top = ranked[0].score

    def literal(r) -> bool:
        norms = {t.norm for t in r.info.tokens}
        return any(all(w in norms for w in rest) for rest in phrases)

    def led(r) -> bool:  # a place after the question's own preposition ("from Port X")
        return any(p.token > 0 and r.info.tokens[p.token - 1].norm in asked for p in r.info.places)

    ties = [r for r in ranked if r.score >= top - TIE]
    return sorted(ties, key=lambda r: (not literal(r), not led(r))) + ranked[len(ties) :]


def _place_of(
    ix: ArticleIndex, info: SentenceFacts, at: int | None, q: Query
) -> tuple[Place, str] | None:
    """The place of the verb at word ``at``: the first place after it (or one opening the
    sentence: "In Brussels, …") — the first one after the question's own preposition, if it
    has one ("go *to*": not "from Cairns") —, with its phrase; none when every place comes
    before the verb."""
    places = [p for p in info.places if p.entity not in q.entity_ids] or list(info.places)
    places = [p for p in places if not _owned(info, p, q, at)] or places
    places = [p for p in places if not _in_aside(ix, info, p.token)] or places
    places = [p for p in places if not _attributive(ix, info, p)] or places
    places = [p for p in places if not _related(ix, info, p, q)]
    if at is not None:
        places = [
            p
            for p in places
            if p.token > at or p.token <= 2 or _where_of(ix, info, p, at) or _names(info, p, at)
        ]
        places = [p for p in places if not _past_purpose(ix, info, at, p)]
        places = places or _named_before(ix, info, at, q)
    else:
        places = _after_asked(ix, info, places, q)
    if q.besides:  # "where else, besides Oslo": another place, maybe one with no name
        aside = [p for p in places if p.entity in q.besides]
        places = [p for p in places if p.entity not in q.besides]
        if not places and aside:
            return _coordinated(ix, info, aside[0])
    if not places:
        return None
    preps = ix.lang.lex.words.get("place_prepositions", frozenset())
    asked = {w for w in q.words[: q.own_end] if w in preps}  # (its own words)
    toks = info.tokens
    led = [o for o in places if o.token > 0 and toks[o.token - 1].norm in asked]
    p = led[0] if led else places[0]
    phrase = _phrase(ix, info, p, at)
    inside = [o for o in places if o is not p and o.token > p.token and o.name in phrase]
    # "the West Bank city of Hebron": the place a place noun names is the more precise
    nouns = ix.lang.lex.writing.get("place_of_nouns", frozenset())
    precise = [o for o in inside if o.phrase.split()[0].lower() in nouns]
    return (precise[0] if precise else p), phrase


def _named_before(ix: ArticleIndex, info: SentenceFacts, at: int, q: Query) -> list[Place]:
    """ "where?" after "who travelled to X?": no other place is the verb's, and the place the
    question before named (not the question's own words) comes after the verb, no one else's —
    the place of that deed is X (not "Y's visit to Z", before it)."""
    own = {nm.entity for nm in q.names if nm.start < q.own_end}
    return [
        p
        for p in info.places
        if p.entity in q.entity_ids
        and p.entity not in own
        and p.token > at
        and not _owned(info, p, q, at)
        and not _in_aside(ix, info, p.token)
    ]


def _related(ix: ArticleIndex, info: SentenceFacts, p: Place, q: Query) -> bool:
    """ "still loyal to X", "hostile to X": whom someone is loyal to, no place anything happened
    (unless the question asks it: "which country were they loyal to?")."""
    toks = info.tokens
    k = p.token - 1
    if k > 0 and toks[k].norm in ix.lang.the:
        k -= 1
    if k < 1 or toks[k].norm not in ix.lang.lex.writing.get("title_places", frozenset()):
        return False
    adjective = toks[k - 1].norm
    related = ix.lang.lex.words.get("relation_adjectives", frozenset())
    return adjective in related and adjective not in q.words


def _attributive(ix: ArticleIndex, info: SentenceFacts, p: Place) -> bool:
    """Is the place's name used as an adjective ("in the Palestinian police headquarters in Gaza
    City"): a lower-case word that is no function word nor a time right after it?"""
    k = p.token + len(p.name.split())
    toks, lang = info.tokens, ix.lang
    if k >= len(toks) or info.sentence.text[toks[k - 1].end : toks[k].start].strip():
        return False  # the sentence goes on after a comma, a full stop, …
    w, preps = toks[k], lang.lex.words.get("place_prepositions", frozenset())
    if p.token > 0 and toks[p.token - 1].norm in preps:
        return False  # "a tape found *inside* X proves …": a preposition's place, no adjective
    return (
        w.text[:1].islower()
        and w.norm not in lang.stop
        and w.norm not in preps  # "the White Mountains *near* Jalalabad"
        and w.norm not in lang.time_vocab
        and w.norm not in lang.question_words  # "… *where* X is believed to be"
    )


def _verb_anchor(ix: ArticleIndex, info: SentenceFacts, q: Query) -> int | None:
    """ "where were they taking her?", "where was the plane taking the girl?": where in the
    sentence the question's verb is — the word after its question word, auxiliaries and subject
    (a name, or a determiner and a noun) — when the sentence has it after another of the
    question's words ("flying from X to collect a girl and *take* her to Y")."""
    lang, w = ix.lang, q.words
    n = q.own_end
    k = 1
    while k < n and w[k] in lang.aux:
        k += 1
    name = next((nm for nm in q.names if nm.start == k), None)
    if name is not None:
        k = name.end
    elif k + 1 < n and w[k] in lang.determiners:
        k += 2
    else:
        return None
    while k < n and w[k] in lang.aux:
        k += 1
    verb = next((t for t in q.terms if t.index == k), None)
    if verb is None or k >= n:
        return None
    at = anchor(ix, info, q, [verb])
    first = anchor(ix, info, q, [t for t in q.terms if t.index != k])
    return at if at is not None and first is not None and at > first else None


def _past_purpose(ix: ArticleIndex, info: SentenceFacts, at: int, p: Place) -> bool:
    """Is the place in a purpose clause after the verb's own place phrase ("deployed gunships
    *along the border* to try and stop him crossing *into X*"): X is where the crossing goes,
    not the deployment? (With no place phrase of its own before "to …", the verb's place may
    be the clause's: "went to attend a summit in Geneva".)"""
    if p.token <= at:
        return False
    lang, toks = ix.lang, info.tokens
    markers = lang.lex.writing.get("infinitive_markers", frozenset())
    preps = lang.lex.words.get("place_prepositions", frozenset()) - markers
    for k in range(at + 1, min(p.token, len(toks) - 1)):
        if toks[k].norm not in markers:
            continue
        nxt = toks[k + 1]
        if nxt.text[:1].isupper() or nxt.norm in lang.determiners or nxt.norm[:1].isdigit():
            continue  # "to Paris", "to the capital": a place of the verb's own
        return any(toks[j].norm in preps for j in range(at + 1, k))
    return False


def _inside(ix: ArticleIndex, q: Query) -> frozenset[int]:
    """The places a question puts the asked one inside: "which city in X?", "where in the X?",
    "which city of X?"."""
    lang = ix.lang
    within = lang.lex.words.get("within_prepositions", frozenset())
    of = lang.lex.writing.get("genitive_words", frozenset())
    words, inside = q.words, set()
    own = q.own_end  # a follow-up merged with its event's words: only its own
    for nm in q.names:
        if nm.start >= own:
            break
        before = [w for w in words[max(0, nm.start - 3) : nm.start] if w not in lang.the]
        last = before[-1] if before else ""
        if last in within:
            inside.add(nm.entity)
        elif last in of and len(before) > 1 and before[-2] in lang.place_nouns:
            inside.add(nm.entity)
    return frozenset(inside)


def _placed_inside(info: SentenceFacts, place: Place, inside: frozenset[int]) -> bool:
    """Does the sentence put the place inside one of these, next to it ("Kazan, X", "the X city
    of Kazan", "Kirribilli in X")? Without that the article does not say where inside X."""
    if place.entity in inside:
        return False
    return any(
        m.entity in inside and m.start >= 0 and abs(m.start - place.token) <= 3
        for m in info.mentions
    )


def _after_asked(
    ix: ArticleIndex, info: SentenceFacts, places: list[Place], q: Query
) -> list[Place]:
    """No verb of the question in the sentence: the place of the asked name is one after it
    ("the X Championships in Brisbane") or opening the sentence — not one before it ("an event
    to the X Championships, which double as the Y Games trials": nothing of where Y is) unless
    a relative clause of place names it ("the Y range, in which X is situated")."""
    starts = [m.start for m in info.mentions if m.entity in q.entity_ids and m.start >= 0]
    if not starts:
        return places
    first = min(starts)
    return [p for p in places if p.token > first or p.token <= 2 or _holds(ix, info, p, first)]


HOLDS = 4  # words from a place to the name its relative clause of place opens with


def _holds(ix: ArticleIndex, info: SentenceFacts, p: Place, k: int) -> bool:
    """ "the Y range, in which X is situated", "the Y valley, where X lies": a relative of place
    after the place, the name at word ``k`` opening its clause."""
    lang, toks = ix.lang, info.tokens
    where = lang.lex.writing.get("place_relatives", frozenset())
    within = lang.lex.words.get("within_prepositions", frozenset())
    end = next((m.end for m in info.mentions if m.start == p.token), p.token + 1)
    for j in range(end, min(k, end + HOLDS)):
        w = toks[j].norm
        if j + 1 == k and w in where:
            return True
        if j + 2 == k and w in within and toks[j + 1].norm in lang.relative_pronouns:
            return True
    return False


def _where_of(ix: ArticleIndex, info: SentenceFacts, p: Place, at: int) -> bool:
    """ "areas near X where Y is believed to be hiding": a place before the verb whose relative
    "where" (within a few words after it) opens the verb's clause."""
    rel = ix.lang.lex.writing.get("place_relatives", frozenset())
    return any(info.tokens[k].norm in rel for k in range(p.token + 1, min(p.token + 6, at)))


def _names(info: SentenceFacts, p: Place, at: int) -> bool:
    """ "its Adelaide plants", asked where the plants are: a place right before the asked word,
    naming it, is its place."""
    end = next((m.end for m in info.mentions if m.start == p.token), p.token + 1)
    return end == at and not _gap(info, end - 1)


def _coordinated(ix: ArticleIndex, info: SentenceFacts, p: Place) -> tuple[Place, str] | None:
    """ "in Oslo and at several regional forums", asked for another place than Oslo: the place
    joined to it by "and" and a preposition, named or not, to the end of its clause."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    preps = lang.lex.words.get("place_prepositions", frozenset())
    stops = lang.clause_breaks | lang.coordinators
    j = next((m.end for m in info.mentions if m.start == p.token), p.token + 1)
    if j + 1 >= len(toks) or toks[j].norm not in lang.coordinators or _gap(info, j - 1):
        return None
    if toks[j + 1].norm not in preps:
        return None
    end = j + 1
    while end + 1 < len(toks) and end - j <= REACH:
        if text[toks[end].end : toks[end + 1].start].strip() or toks[end + 1].norm in stops:
            break
        end += 1
    if end == j + 1:
        return None
    phrase = text[toks[j + 1].start : toks[end].end]
    return Place(phrase, phrase, None, j + 2), phrase


def _owned(info: SentenceFacts, p: Place, q: Query, at: int | None) -> bool:
    """ "discussed Y's visit to Moscow during his trip to Oslo", asked about X: the place of
    another name's own noun is not where X did it — when the question does not ask about that
    name, nor when it names it only inside what the asked verb acts on ("where did X discuss
    Y's visit?": the verb comes before Y's noun)."""
    return any(
        m.possessive
        and m.start >= 0
        and (m.entity not in q.entity_ids or (at is not None and at < m.start))
        and 0 < p.token - m.end <= 3
        for m in info.mentions
    )


def _in_aside(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is word ``k`` inside an aside set off by commas that opens with a participle or a
    relative pronoun ("X, wanted for the attacks in the United States, is hiding in Y")? Its
    place is not the sentence's."""
    toks, lang = info.tokens, ix.lang
    a = k
    while a > 0 and not _gap(info, a - 1):
        a -= 1
    b = k
    while b + 1 < len(toks) and not _gap(info, b):
        b += 1
    if a == 0 or b + 1 >= len(toks):
        return False
    opener = toks[a].norm
    closed = "," in info.sentence.text[toks[b].end : toks[b + 1].start]
    opened = "," in info.sentence.text[toks[a - 1].end : toks[a].start]
    verbal = lang.lex.rules.is_participle(opener) or opener in lang.relative_pronouns
    return opened and closed and verbal


def _gap(info: SentenceFacts, i: int) -> bool:
    toks = info.tokens
    return bool(_PUNCT & set(info.sentence.text[toks[i].end : toks[i + 1].start]))


def _phrase(ix: ArticleIndex, info: SentenceFacts, p: Place, at: int | None) -> str:
    """The article's phrase for the place: from the preposition that opens it (the first after
    the verb, "in front of the … residence in Sydney") to the end of its words ("headquarters
    of the Israeli armed forces"), within its clause."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    preps = lang.lex.words.get("place_prepositions", frozenset()) | lang.place_openers
    start = None
    lo = max(at + 1 if at is not None else 0, p.token - REACH)
    if at is not None and toks[at].norm in lang.say:  # "spoke to reporters in X": whom to
        preps = preps.difference(lang.lex.classes.get("addressed", ()))
    for i in range(lo, p.token):
        if toks[i].norm in preps and not any(
            _gap(info, j) or toks[j + 1].norm in lang.clause_breaks for j in range(i, p.token)
        ):
            start = i
            break
    if start is None:
        return p.phrase
    last = next((m.end - 1 for m in info.mentions if m.start == p.token), None)
    end = _words_after(ix, info, last if last is not None else p.token + len(p.name.split()) - 1)
    return text[toks[start].start : toks[_near_after(ix, info, end)].end]


def _near_after(ix: ArticleIndex, info: SentenceFacts, end: int) -> int:
    """The last word of the phrase when a nearer place follows it: "in the X region near the
    town of Y" — where, within the region, is the town's phrase too."""
    toks = info.tokens
    near = ix.lang.lex.classes.get("proximity", ())
    on = ix.lang.lex.classes.get("located_on", ())
    if end + 1 >= len(toks) or _gap(info, end):
        return end
    if toks[end + 1].norm in near:
        reach = REACH
    elif toks[end + 1].norm in on:
        reach = ON_REACH  # "in a protected area on the north coast's X Range"
    else:
        return end
    for o in info.places:
        if end + 1 < o.token <= end + 1 + reach and not any(
            _gap(info, j) for j in range(end, o.token)
        ):
            last = next((m.end - 1 for m in info.mentions if m.start == o.token), o.token)
            end = _words_after(ix, info, last)
    return end


def _words_after(ix: ArticleIndex, info: SentenceFacts, k: int) -> int:
    """The last word of the place's phrase that starts at word ``k``: the nouns right after the
    name when the phrase ends or goes on with "of" there ("the Westside branch", "the West Bank
    headquarters of the Israeli armed forces"), never "late on Sunday"."""
    lang, toks = ix.lang, info.tokens
    of_words = lang.of_words
    end = k
    j = k + 1
    while j < len(toks) and j - k <= 2 and not _gap(info, j - 1):
        t = toks[j]
        if t.norm in lang.stop or t.text[:1].isupper() or _counts(lang, t):
            break
        j += 1
    if j > k + 1 and (
        j >= len(toks)
        or _gap(info, j - 1)
        or toks[j].norm in of_words
        or toks[j].norm in lang.clause_breaks  # "in the Harl district when …"
        or _counts(lang, toks[j])  # "the X region two days ago"
    ):
        end = j - 1
    end = _listed_after(ix, info, end)  # "to Osaka, Nagoya and Fukuoka"
    if end + 1 < len(toks) and toks[end + 1].norm in of_words and not _gap(info, end):
        j = end + 1
        while j + 1 < len(toks) and j + 1 - end <= REACH and not _gap(info, j):
            nxt = toks[j + 1]
            if nxt.norm in lang.stop and nxt.norm not in lang.determiners:
                break
            j += 1
        end = j
    return end


def _counts(lang, t) -> bool:
    """A number (a word or digits): where a place's words end ("… region two days ago")."""
    return t.text[:1].isdigit() or t.norm in lang.number_words


def _listed_after(ix: ArticleIndex, info: SentenceFacts, end: int) -> int:
    """The last word of a list of names that goes on after word ``end`` (", B and C")."""
    lang, toks, text = ix.lang, info.tokens, info.sentence.text
    while end + 1 < len(toks):
        gap = text[toks[end].end : toks[end + 1].start].strip()
        j = end + 1
        if toks[j].norm in lang.list_gaps and gap in ("", ","):
            j += 1
        elif gap != ",":
            break
        if j >= len(toks) or not toks[j].text[:1].isupper():
            break
        while j + 1 < len(toks) and toks[j + 1].text[:1].isupper() and not _gap(info, j):
            j += 1
        end = j
    return end
