"""Stances and yes/no on them — who took which side ("Which countries backed X?"), whether a
party did ("Did Spain support X?"), and who was left out ("Which member was excluded?")."""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..answer import Answer
from ..answering.answers import Ask, say, unknown_reason
from ..answering.index import ArticleIndex
from ..answering.question import Named, Query
from ..answering.registry import Pass, kind
from ..answering.stances import (
    ABSTAIN,
    OPPOSE,
    agrees,
    asked_kind,
    dismissed_by,
    excluded_in,
    negated,
    party_in,
    sentence_of,
    stances_for,
    target_name,
    text_stances,
    words_of,
)
from ..answering.wanted import wanted_name
from ..facts import Party, Stance
from ..replies import Listed, Message
from ..text import fold, stem
from .what import what as what_kind

NOBODY = 10**6  # the position of a name the question does not have


def parties(st: Stance, besides: tuple[int, ...] = ()) -> Listed:
    """ "A, B (excluding C) and D" (less the names a question leaves out: "besides A")."""
    return Listed.of(party_said(p) for p in kept(st, besides))


def party_said(p: Party) -> str | Message:
    """A party as an answer names it: with its exceptions ("the Union (excluding Holm)") — a
    side said of a group is not said of the members the article leaves out."""
    if not p.excluded:
        return p.name
    return say("answer.party", party=p.name, excluded=Listed.of(p.excluded, conjunction=False))


def kept(st: Stance, besides: tuple[int, ...]) -> list:
    """The parties of a side, less those a question leaves out ("besides A, who …")."""
    return [p for p in st.parties if p.entity is None or p.entity not in besides]


def _stance_answer(ask: Ask, message: Message, st: Stance, score: float, entities=()) -> Answer:
    """An answer quoting the sentence the stance was read from."""
    return ask.answer(message, [sentence_of(ask.ix, st)], score, entities)


def _order_unmet(ix: ArticleIndex, q: Query, st: Stance) -> bool:
    """Does the question ask for an order ("the first to recognize X") that the side's sentence
    does not give (no such ordinal in it)?"""
    order = [w for w in q.words if w in ix.lang.ordinals]
    stems = ix.facts.sentences[st.sentence].stems
    return bool(order) and not any(w in stems for w in order)


@kind("sides", passes=("exceptions", "no_side_taken"), after_answer="sides")
def sides(ask: Ask) -> Answer | Pass:
    ix, q = ask.ix, ask.q
    if _side_of_subject(ix.lang, q):  # "who on the X side said …?": who did it, no side
        return Pass("no_side_taken")
    if negated(ix.lang, q):
        return _refusals(ask)
    if _asks_a_thing(ix, q):  # "which right of X does Y support?": what, not whose side
        return _the_thing(ask)
    ids = q.entity_ids
    if not ids and any(nm.entity is None for nm in q.names):
        return ask.decline("decline.who")  # "who backed him?" with no one before: not a thing
    kind_ = asked_kind(ix.lang, q)
    if q.has(ix.lang.each_words) and _asks_sides(ix.lang, q):
        both = _each_side(ask)  # "who was on each side?"
        if both is not None:
            return both
    # "which side was X on, A's or B's?": the side X (a party, named first) took — A and B are
    # its choices, not the question's subject
    party_first = bool(ids) and _asks_sides(ix.lang, q) and ix.only_a_party(ids[0])
    owned = _owners(ix.lang, q)  # "who helped prepare X's trip?": the trip, not X, was helped
    refused = None  # "who did X back, A or B?": A's backers lack X; B's may not
    for eid in () if party_first else [e for e in ids if e not in owned]:
        sts = [
            s
            for s in stances_for(ix, target=eid, kind=kind_)
            if kind_ != OPPOSE or s.kind == OPPOSE
        ]
        if kind_ != OPPOSE:
            sts = [s for s in sts if s.kind != OPPOSE]
        st = _besides_side(ix, q, eid, sts[0]) if sts else None
        if sts and (st is None or _order_unmet(ix, q, st)):  # (or "first …" with no order)
            return ask.decline("decline.who")
        if st is not None:
            chosen = _chosen(ask, st, eid)
            if chosen is not None and not chosen.answered:
                refused = refused or chosen
                continue
            if chosen is not None:  # "who recognized X, A or B?": the one of them who did
                return chosen
            names, target = parties(st, q.besides), ix.name(st.target)
            if _anyone(ix.lang, q):  # "did anyone recognize X?": yes, and who
                said = say("answer.stance.yes", party=names, verb=st.verb, target=target)
            else:
                said = say("answer.sides", parties=names, verb=st.verb, target=target)
            return _stance_answer(ask, said, st, 0.95, [st.target])
    if refused is not None:
        return refused
    # about a thing rather than a name: "which organisations condemned the ban?"
    sts = text_stances(ix, q, kind_) if not any(stances_for(ix, party=e) for e in ids) else []
    if sts:
        st = sts[0]
        said = say(
            "answer.sides", parties=parties(st, q.besides), verb=st.verb, target=st.target_text
        )
        return _stance_answer(ask, said, st, 0.85)
    # the question names a party: whom did it side with? (not "which countries backed X?" when X
    # only backs others: nobody is said to back X)
    asked = [e for e in ids if not asked_as_target(ix.lang, q, e)]
    taken = _sides_taken(ix, [e for e in asked if not party_first or ix.only_a_party(e)])
    if taken:
        messages = [
            say("answer.side_taken", party=names, verb=st.verb, target=target_name(ix, st))
            for st, names in taken
        ]
        infos = list(dict.fromkeys(sentence_of(ix, st) for st, _ in taken))
        targets = [st.target for st, _ in taken]
        return ask.answer(_in_turn(messages), infos, 0.9, targets)
    who = q.words[:1] != () and q.words[0] in ix.lang.relative_pronouns
    if who and any(ix.only_a_party(e) for e in ids if asked_as_target(ix.lang, q, e)):
        # "who recognized the Union?" of a party of a side that no one took a side on: not the
        # others who took that side with it
        return ask.decline("decline.who")
    reason = unknown_reason(q)
    if reason:
        return ask.decline(reason)
    if not ids and not q.unknown and ix.facts.stances and not q.terms:
        return ask.decline("decline.whose_side")
    if not ids and _pronoun_taken(ix.lang, q):
        return ask.decline("decline.who")  # "who recognized it?" with nothing it stands for
    return Pass("no_side_taken")


def _besides_side(ix: ArticleIndex, q: Query, eid: int, st: Stance) -> Stance | None:
    """ "Who recognized him, besides the Union?": the names set aside are on the side asked. A
    side on what a pronoun stands for without them is another side ("him" the last person
    named, not the one the Union recognized): the one side they are on, of the kind asked
    (None: no such side, the target is asked of no side)."""
    if not q.besides or any(party_in(ix, st, b) for b in q.besides):
        return st
    pronoun = any(nm.entity == eid and q.words[nm.start] in ix.lang.pronouns for nm in q.names)
    if not pronoun:
        return st  # "who recognized X besides Y?" of a Y on no side of X: X's side, less none
    theirs = [
        x
        for x in ix.facts.stances
        if x.target is not None
        and (x.kind == OPPOSE) == (st.kind == OPPOSE)
        and any(party_in(ix, x, b) for b in q.besides)
    ]
    return theirs[0] if len({x.target for x in theirs}) == 1 else None


def _side_of_subject(lang, q) -> bool:
    """ "Who on the X side talked about …?", "who from the X camp said …?": the side noun only
    says whose people the question asks about (right after "who" and a preposition); it asks
    who did something, when no other word of taking sides is in it."""
    w = q.words
    preps = lang.lex.words.get("side_of_subject", frozenset())
    if len(w) < 5 or w[0] not in lang.person_question_words or w[1] not in preps:
        return False
    side = frozenset(lang.lex.classes.get("side", ()))
    at = next((i for i in range(2, min(6, len(w) - 1)) if w[i] in side), None)
    if at is None or all(x in lang.stop or x in lang.aux for x in w[at + 1 :]):
        return False  # ("who on X's side was there?": no deed of its own asked)
    verbs, phrases = _side_verbs(lang)
    stem_ = lang.lex.rules.stem
    rest = [x for i, x in enumerate(w) if i != at]
    stance = lang.support | lang.oppose | lang.recognize | lang.abstain
    if any(x in stance - side or stem_(x) in verbs for x in rest):
        return False  # "who on the X side backed Y?": a side is asked
    text = f" {' '.join(rest)} "
    return not any(f" {p} " in text for p in phrases)


def _pronoun_taken(lang, q) -> bool:
    """Is the side taken on a pronoun ("who recognized *it*?") — no name or thing asked?"""
    verbs, _ = _side_verbs(lang)
    stem_ = lang.lex.rules.stem
    pronouns = lang.pronouns | lang.event_pronouns
    w = q.words
    return any(stem_(w[k]) in verbs and w[k + 1] in pronouns for k in range(len(w) - 1))


def _owners(lang, q) -> frozenset[int]:
    """The names the question gives only as a thing's owner ("X's trip"): a possessive with a
    word it asks about right after it — a thing, not a side or a party ("X's side", "X's
    backers")."""
    things = {t.index for t in q.terms if t.stem not in _party_stems(lang)}
    return frozenset(
        nm.entity
        for nm in q.names
        if nm.entity is not None
        and nm.end in things
        and (tok := q.token(nm.end - 1)) is not None
        and tok.possessive
    )


def _asks_a_thing(ix, q) -> bool:
    """ "Which right of X does Y support?": the noun after "which" is no party, person, place
    or side but a thing the article has after a word of taking sides ("support for its right
    to …") — what was supported, not who sided with whom."""
    lang = ix.lang
    if not q.words or q.words[0] not in lang.choice_words:
        return False
    noun = wanted_name(ix, q)
    if noun is None or noun.word in ix.alias or noun.stem in _party_stems(lang):
        return False
    verbs, _ = _side_verbs(lang)
    stem_ = lang.lex.rules.stem
    for i in sorted(ix.with_stem.get(noun.stem, ())):  # "support for its *right* to …"
        info = ix.facts.sentences[i]
        if info.sentence.kind != "body":
            continue
        at = next((k for k, t in enumerate(info.tokens) if stem_(t.norm) in verbs), None)
        if at is not None and any(t.stem == noun.stem for t in info.tokens[at + 1 :]):
            return True
    return False


def _the_thing(ask: Ask) -> Answer:
    """ "Which right of X does Y support?" asked as "what right …": a thing, not a name of one
    of a kind (which the choice word "which" asks for)."""
    lang, q = ask.ix.lang, ask.q
    plain = sorted(lang.which_words - lang.choice_words)
    if plain:
        q = dataclasses.replace(q, words=(plain[0], *q.words[1:]))
    got = what_kind(dataclasses.replace(ask, q=q, intent="what"))
    return got if isinstance(got, Answer) and got.answered else ask.decline()


_PARTY_STEMS: dict[int, tuple[object, frozenset[str]]] = {}  # id(language) → (it, its stems)


def _party_stems(lang) -> frozenset[str]:
    """The stems of the nouns that name parties, people, places and sides (once a language)."""
    known = _PARTY_STEMS.get(id(lang))
    if known is None or known[0] is not lang:
        known = _PARTY_STEMS[id(lang)] = (lang, _party_stems_of(lang))
    return known[1]


def _party_stems_of(lang) -> frozenset[str]:
    classes = lang.lex.classes
    groups = (
        lang.party_nouns,
        lang.place_nouns,
        lang.counted_people,
        lang.titles,
        lang.lex.words.get("group_nouns", ()),
        classes.get("organisation_noun", ()),
        classes.get("side", ()),
        classes.get("supporters", ()),
    )
    stem_ = lang.lex.rules.stem
    words = {w for group in groups for w in group if " " not in w}
    return frozenset(stem_(w) for w in words) | lang.title_stems


def _either_party(ask: Ask) -> Answer | None:
    """ "Did A or B recognize X?" (two parties joined by "or" first, the target last): which
    of them took that side, in the article's words; None when the question is no such choice."""
    ix, q = ask.ix, ask.q
    named = [nm for nm in q.names if nm.entity is not None]
    if len(named) != 3 or q.unknown or not q.has(ix.lang.alternatives):
        return None
    a, b, target = named
    if not any(w in ix.lang.alternatives for w in q.words[a.end : b.start]):
        return None
    sts = [st for st in stances_for(ix, target=target.entity) if st.kind != OPPOSE]
    if not sts:
        return None
    if not any(p.entity in (a.entity, b.entity) for p in sts[0].parties):
        # neither took that side: the side each took ("No — A and B backed Z")
        each = _each(ask, (a.entity, b.entity), (target.entity,))
        return each if isinstance(each, Answer) and each.answered else None
    return _chosen(ask, sts[0], target.entity)


def _chosen(ask: Ask, st: Stance, target: int) -> Answer | None:
    """ "Who recognized X, A or B?": of the options (the names other than the target, joined by
    "or"), those among the side's parties, or a decline when none is; None when the question
    offers no choice."""
    q = ask.q
    if not q.has(ask.ix.lang.alternatives):
        return None
    options = [e for e in q.entity_ids if e != target]
    if len(options) < 2:
        return None
    chosen = [p for p in st.parties if p.entity in options]
    if not chosen:
        return ask.decline("decline.who")
    names = Listed.of(p.name for p in chosen)
    said = say("answer.sides", parties=names, verb=st.verb, target=ask.ix.name(st.target))
    return _stance_answer(ask, said, st, 0.95, [st.target])


def _anyone(lang, q) -> bool:
    """ "Did anyone recognize X?": a yes/no on whether any side was taken (a yes names them)."""
    w = q.words
    return len(w) > 1 and w[0] in lang.aux and w[1] in lang.lex.words.get("anyone_words", ())


def _sides_taken(ix, parties_asked: list[int]) -> list[tuple[Stance, Listed | str | Message]]:
    """The side each party asked took, those of one side together ("which side were A and B
    on?": "A and B voiced support for X"; "which side were A and C on?": A's, then C's)."""
    sides: dict[Stance, list[str | Message]] = {}
    for eid in parties_asked:
        sts = stances_for(ix, party=eid)
        if sts:
            p = party_in(ix, sts[0], eid)
            sides.setdefault(sts[0], []).append(party_said(p))
    return [
        (st, Listed.of(dict.fromkeys(names)) if len(set(names)) > 1 else names[0])
        for st, names in sides.items()
    ]


def asked_as_target(lang, q, eid: int) -> bool:
    """Is ``eid`` named after a verb of taking sides ("which countries backed X?", "… stood with
    X?"), so that the question asks who sided with it — not which side it took?"""
    first = next((n.start for n in q.names if n.entity == eid), None)
    if first is None:
        return False
    verbs, phrases = _side_verbs(lang)
    stem_ = lang.lex.rules.stem
    before = q.words[:first]
    if len(before) > 1 and before[-1] in lang.of_words and stem_(before[-2]) in verbs:
        # "who won the support of X?": X's support (X took the side), unless "in support of X"
        return before[-3:-2] != [] and before[-3] in lang.lex.words.get("in_support_words", ())
    if any(stem_(w) in verbs for w in before):
        return True
    text = f" {' '.join(before)} "  # "stood by X", "rallied behind X"
    return any(f" {w} " in text for w in phrases)


def _side_verbs(lang) -> tuple[frozenset[str], tuple[str, ...]]:
    """The stems of the one-word verbs of taking a side (not "side" itself), "with"/"behind",
    and the phrases of several words ("stood by")."""
    classes = lang.lex.classes
    return _side_verbs_of(
        lang.lex.rules.stem,
        lang.support,
        lang.oppose,
        lang.abstain,
        frozenset(classes.get("side", ())),
        frozenset(classes.get("alongside", ())),
    )


@lru_cache(maxsize=8)  # once per language's vocabulary, not per question
def _side_verbs_of(stem_, support, oppose, abstain, side, alongside):
    verbs = {stem_(w) for words in (support, oppose, abstain) for w in words if " " not in w}
    verbs -= {stem_(w) for w in side}
    verbs |= {stem_(w) for w in alongside}
    phrases = tuple(sorted(w for words in (support, oppose) for w in words if " " in w))
    return frozenset(verbs), phrases


def _asks_sides(lang, q) -> bool:
    """Does the question ask about sides ("side", "sides", "camps")?"""
    stem_ = lang.lex.rules.stem
    sides = {stem_(w) for w in lang.lex.classes.get("side", ())}
    if any(stem_(w) in sides for w in q.words):
        return True
    # "what is X's position on Y?": a view on something is a side
    views, on = lang.lex.classes.get("view_nouns", ()), lang.lex.classes.get("view_on", ())
    w = q.words
    return any(w[k] in views and w[k + 1] in on for k in range(len(w) - 1))


def _each_side(ask: Ask) -> Answer | None:
    """ "Who was on each side?": the first two lists of parties the article gives on different
    targets (on the targets the question names, if it names any)."""
    ix, q = ask.ix, ask.q
    found: list[Stance] = []
    for st in ix.facts.stances:
        if st.target is None or st.kind == ABSTAIN or len(st.parties) < 2:
            continue  # a side is a list of parties
        if any(x.target == st.target for x in found):
            continue
        if q.entity_ids and not set(q.entity_ids) & {st.target, *(p.entity for p in st.parties)}:
            continue
        found.append(st)
    if len(found) < 2:
        return None
    one, other = found[:2]
    said = say(
        "answer.sides.each",
        one=parties(one, q.besides),
        verb=one.verb,
        target=ix.name(one.target),
        other=parties(other, q.besides),
        other_verb=other.verb,
        other_target=ix.name(other.target),
    )
    sents = [sentence_of(ix, one), sentence_of(ix, other)]
    return ask.answer(said, sents, 0.85, [one.target, other.target])


def _refusals(ask: Ask) -> Answer | Pass:
    """ "Which suburbs refused to join?": a side the article states as a refusal."""
    ix = ask.ix
    stems = {t.stem for t in ask.q.terms}
    for st in ix.facts.stances:
        verb = [fold(w) for w in st.verb.split()]
        if verb and verb[0] in ix.lang.negations and stems & {stem(w) for w in verb[1:]}:
            said = say(
                "answer.sides", parties=parties(st), verb=st.verb, target=target_name(ix, st)
            )
            return _stance_answer(ask, said, st, 0.85)
    # "which member did not recognize him?": an exception the article names, if any
    if any(st.excluded for st in ix.facts.stances):
        return Pass("exceptions")
    return ask.decline("decline.who_refused")


@kind("excluded", after_answer="excluded")
def excluded(ask: Ask) -> Answer:
    ix, ids = ask.ix, ask.q.entity_ids
    for st in ix.facts.stances:
        for p in st.parties:
            # of the group asked, else of a side on the name asked (not of another name: "the
            # rest of X" where X is no party of the side, nor what it was taken on)
            if p.excluded and (
                not ids
                or any(party_in(ix, st, e) is p for e in ids)
                or all(e == st.target for e in ids)
            ):
                left_out = Listed.of(p.excluded, conjunction=False)
                said = say("answer.excluded", excluded=left_out, group=p.name)
                # ("that country" next is the one left out, not the first of the list)
                named = [e for x in p.excluded for e in ix.alias.get(fold(x), ())[:1]]
                return _stance_answer(ask, said, st, 0.9, named)
    return ask.decline("decline.none_excluded")


def excluded_count(ask: Ask) -> Answer | None:
    """ "How many members of the group did not back X?" where the article lists the group
    "(excluding A)": the ones it leaves out, counted. Only for a group the question names: the
    article does not count all who did not."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not negated(lang, q) or not q.has(lang.support | lang.recognize | lang.oppose):
        return None
    for st in ix.facts.stances:
        for p in st.parties:
            if p.excluded and any(party_in(ix, st, e) is p for e in q.entity_ids):
                names = Listed.of(p.excluded)
                said = say("answer.count", n=len(p.excluded), parties=names)
                return _stance_answer(ask, said, st, 0.85)
    if any(
        fold(st.verb).split()[:1] and fold(st.verb).split()[0] in lang.negations
        for st in ix.facts.stances
    ):
        return None  # "three suburbs refused to join": a side of refusals, counted as any
    # the lists of sides count who did: never a count of who did not
    return ask.decline("decline.no_number")


@kind("stance_check", passes=("no_list", "no_party"))
def stance_check(ask: Ask) -> Answer | Pass:
    ix, q = ask.ix, ask.q
    if negated(ix.lang, q):
        return _side_not_asked(ask)  # "so X did NOT recognize Y?": the side X took, no yes/no
    if not q.names and q.unknown:
        return ask.decline(unknown_reason(q))
    either = _either_party(ask)  # "did A or B recognize X?": the one of them who did
    if either is not None:
        return either
    # the party is the first name asked about; an unknown one first means it isn't in the article
    first_name = q.names[0].start if q.names else NOBODY
    first_unknown = q.unknown[0].start if q.unknown else NOBODY
    if first_unknown < first_name:
        return ask.decline(unknown_reason(q))
    if not q.entity_ids:  # "does his family support …": the sentences may say so
        return Pass("no_party") if q.terms else ask.decline()
    joined = _joined_parties(ask)
    if joined is None:  # "Did Holm and Japan back X?": one of the parties is not in the article
        return ask.decline(unknown_reason(q))
    if len(joined) >= 2 and len(q.entity_ids) > len(joined):
        return _each(ask, joined, q.entity_ids[len(joined) :])
    found = _check(ask, q.entity_ids[0], _verb_object_first(ix.lang, q, q.entity_ids[1:]))
    if isinstance(found, Answer) and q.has(ix.lang.lex.classes.get("totality", ())):
        return partly(ask, q.entity_ids[0], found)
    if isinstance(found, Answer) and q.has(ix.lang.lex.classes.get("exclusive", ())):
        return _alone(ask, q.entity_ids[0], q.entity_ids[1:], found)
    return found


def _verb_object_first(lang, q: Query, targets: tuple[int, ...]) -> tuple[int, ...]:
    """The targets with the one the question's last verb of taking sides is asked of first:
    "did X, which backs A, recognize B?" (or "X (an ally of A) …") asks about B, not A."""
    if len(targets) < 2 or q.has(lang.alternatives):
        return targets
    verbs, _ = _side_verbs(lang)
    stem_ = lang.lex.rules.stem
    last = max(
        (
            k
            for k, w in enumerate(q.words)
            if stem_(w) in verbs and w not in lang.against_words and w not in lang.stop
        ),
        default=None,
    )  # ("back A against B": a yes or no on A)
    if last is None:
        return targets
    after = [nm.entity for nm in q.names if nm.start > last and nm.entity in targets]
    if not after or after[0] == targets[0]:
        return targets
    return (after[0], *(t for t in targets if t != after[0]))


def _side_not_asked(ask: Ask) -> Answer:
    """ "So X did NOT recognize Y?": a yes or a no would be read both ways — the side X took,
    said as it is ("X voiced support for Z"), when the article gives X one; else a decline."""
    ix, q = ask.ix, ask.q
    party = q.entity_ids[0] if q.entity_ids and not q.unknown else None
    mine = stances_for(ix, party=party) if party is not None else []
    if not mine:
        return ask.decline("decline.who_refused")
    st = mine[0]
    name = party_said(party_in(ix, st, party))
    said = say("answer.side_taken", party=name, verb=st.verb, target=target_name(ix, st))
    return _stance_answer(ask, said, st, 0.7, [party, st.target])


def _alone(ask: Ask, party: int, targets: tuple[int, ...], found: Answer) -> Answer:
    """ "Was X the only one to back Y?": no, when the article names others on X's side (them,
    in its words); when it names none, it still does not say that nobody else did."""
    m = found.message
    if m is None or m.key != "answer.stance.yes":
        return found
    ix = ask.ix
    for st in stances_for(ix, party=party):
        if targets and st.target not in targets:
            continue
        if any(p is not party_in(ix, st, party) for p in st.parties):
            said = say(
                "answer.stance.not_alone",
                parties=parties(st, (party,)),
                verb=st.verb,
                target=ix.name(st.target),
            )
            return _stance_answer(ask, said, st, 0.85, [party])
    return ask.decline("decline.only")


def partly(ask: Ask, party: int, found: Answer) -> Answer:
    """ "Did the whole X recognize Y?" where the article says "most of the X states", or "X
    (excluding Z)": not all of them, in the article's words."""
    ix = ask.ix
    m = found.message
    if m is None or m.key != "answer.stance.yes":
        return found
    vague = ix.lang.lex.words.get("vague_quantifiers", frozenset())
    for st in stances_for(ix, party=party):
        p = party_in(ix, st, party)
        if p is None or dict(m.fields)["party"] not in (p.name, party_said(p)):
            continue
        fields = tuple((k, p.name if k == "party" else v) for k, v in m.fields)
        if p.excluded:
            excluded = Listed.of(list(p.excluded))
            said = Message("answer.stance.partly_except", (*fields, ("excluded", excluded)))
        elif fold(p.name).split()[0] in vague:
            said = Message("answer.stance.partly", fields)
        else:
            return found
        return ask.answer(said, found.sentences, found.score, [party])
    return found


def _joined_parties(ask: Ask) -> tuple[int, ...] | None:
    """ "Did Holm and Lund back X?": the names the question opens with, joined by "and",
    are all parties (not a party and a choice of targets); None when one of them is a name the
    article never mentions ("Did Holm and Japan back X?")."""
    lang, q = ask.ix.lang, ask.q
    named = sorted([*(nm for nm in q.names if nm.entity is not None), *q.unknown], key=_start)
    joined = named[:1]
    for x in named[1:]:
        if (x.start, x.end) == (joined[-1].start, joined[-1].end):
            joined.append(x)  # "did they back X?": "they" stands for the list before
            continue
        between = q.words[joined[-1].end : x.start]
        if not between or any(w not in lang.list_gaps or w in lang.alternatives for w in between):
            break
        joined.append(x)
    if any(not isinstance(x, Named) for x in joined):
        return None
    return tuple(dict.fromkeys(x.entity for x in joined))


def _start(x) -> int:
    return x.start


def _each(ask: Ask, joined: tuple[int, ...], targets: tuple[int, ...]) -> Answer | Pass:
    """Each party's answer; one answer for all when they say the same of each ("Yes — Holm
    and Lund voiced support for X"), else each party's in turn. A party the article does not
    answer for leaves the question to that party's answer (a decline, or the fallback)."""
    found = [_check(ask, party, targets) for party in joined]
    for k, a in enumerate(found):
        if isinstance(a, Pass) and any(isinstance(b, Answer) and b.answered for b in found):
            # "did A and B recognize C?" where the article gives A's side only: not a yes
            # from a sentence that names them both (A's side may be another)
            why = a.decline or say("decline.where_stands", party=ask.ix.name(joined[k]))
            return ask.decline(why)
        if isinstance(a, Pass) or not a.answered:
            return a
    messages = [a.message for a in found]
    rest = [tuple(kv for kv in m.fields if kv[0] != "party") for m in messages]
    if all(m.key == messages[0].key for m in messages) and all(r == rest[0] for r in rest):
        names = Listed.of(dict(m.fields)["party"] for m in messages)
        fields = tuple((k, names if k == "party" else v) for k, v in messages[0].fields)
        said = Message(messages[0].key, fields)
    else:
        said = _in_turn(messages)
    sentences = [s for a in found for s in a.sentences]
    return ask.answer(said, sentences, min(a.score for a in found), [*joined, *targets])


def _in_turn(messages: list[Message]) -> Message:
    """ "Yes — A …. No — B ….": one answer after another."""
    if len(messages) == 1:
        return messages[0]
    return say("answer.stance.each", first=messages[0], rest=_in_turn(messages[1:]))


def _check(ask: Ask, party: int, targets: tuple[int, ...]) -> Answer | Pass:
    """ "Did X back A?": X's side on A (an exception of a group that backed A, a side, no side)."""
    ix = ask.ix
    for t in targets[:1]:
        for st in stances_for(ix, target=t):
            group = excluded_in(ix, st, party)
            if group:
                said = say(
                    "answer.stance.exception",
                    party=ix.name(party),
                    group=group,
                    verb=st.verb,
                    target=ix.name(t),
                )
                return _stance_answer(ask, said, st, 0.85, [party, t])
    mine = stances_for(ix, party=party)
    if not mine and targets:
        dismissed = dismissed_by(ix, party, targets[0])  # "did B recognize A?" / "B dismissed
        if dismissed is not None:  # the move as a coup": no (yes, if asked "did B oppose A?")
            key = (
                "answer.confirm.yes"
                if asked_kind(ix.lang, ask.q) == OPPOSE
                else "answer.confirm.otherwise"
            )
            return ask.answer(say(key), [dismissed], 0.7, [party, targets[0]])
    if not mine:
        # "did X … at a protest?": no side X took; maybe a sentence says it outright
        if targets:
            why = say("decline.where_stands_on", party=ix.name(party), target=ix.name(targets[0]))
        else:
            why = say("decline.where_stands", party=ix.name(party))
        return Pass("no_list", why)
    if not targets:
        return _side_taken(ask, party, mine)
    return _on_target(ask, party, targets, mine)


def _side_taken(ask: Ask, party: int, mine: list[Stance]) -> Answer:
    """ "Did X support the ban?": yes or no when the thing asked about is what X took a side on
    (its words meet the target, or it is the only side X took); else the side X took."""
    ix, q = ask.ix, ask.q
    if q.unknown:  # "Did Holm support Jones?": what it asks about is not in the article
        return ask.decline(unknown_reason(q))
    pname = party_said(party_in(ix, mine[0], party))
    lang = ix.lang
    standing = lang.lex.classes.get("stand", ())  # "where does X stand?" names no target
    stems = {
        t.stem
        for t in q.terms
        if t.word not in lang.support and t.word not in lang.oppose and t.word not in standing
    }
    meets = [x for x in mine if stems & words_of(target_name(ix, x))]
    # "did X support the ruling or condemn it?": a choice of sides, no yes or no
    choice = q.has(lang.alternatives) and q.has(lang.support) and q.has(lang.oppose)
    # "did X take a side?", "did X pick sides?": any side X took is a yes
    any_side = q.has(frozenset(lang.lex.classes.get("side", ()))) and not q.has(lang.alternatives)
    if (meets or (len(mine) == 1 and stems) or any_side) and not choice:
        st = (meets or mine)[0]
        key = "answer.stance.yes" if agrees(asked_kind(lang, q), st) else "answer.stance.no"
        said = say(key, party=pname, verb=st.verb, target=target_name(ix, st))
        return _stance_answer(ask, said, st, 0.8, [party, st.target])
    st = (meets or mine)[0]
    said = say("answer.side_taken", party=pname, verb=st.verb, target=target_name(ix, st))
    return _stance_answer(ask, said, st, 0.7, [party, st.target])


def _on_target(ask: Ask, party: int, targets: tuple[int, ...], mine: list[Stance]) -> Answer | Pass:
    """ "Did X back A?", "did X back A or B?": X's side on A, or the side X took instead."""
    ix = ask.ix
    pname = party_said(party_in(ix, mine[0], party))
    asked = asked_kind(ix.lang, ask.q)
    if len(targets) >= 2 and ask.q.has(ix.lang.alternatives):  # "did X back A or B" (not "A
        # against B": a yes or no on A)
        for st in mine:
            if st.target in targets and st.kind != OPPOSE:
                name = ix.name(st.target)
                said = say("answer.stance.choice", target=name, party=pname, verb=st.verb)
                return _stance_answer(ask, said, st, 0.95, [party, st.target])
    target = targets[0]
    for st in mine:
        if st.target == target:
            yes = (st.kind != OPPOSE) == (asked != OPPOSE)
            key = "answer.stance.yes" if yes else "answer.stance.no"
            said = say(key, party=pname, verb=st.verb, target=ix.name(target))
            return _stance_answer(ask, said, st, 0.95, [party, target])
    # the party stayed neutral ("said it would remain neutral in the runoff")
    for st in mine:
        if st.kind == ABSTAIN and asked != ABSTAIN:
            said = say("answer.stance.neutral", party=pname, verb=st.verb, issue=st.target_text)
            return _stance_answer(ask, said, st, 0.85, [party, target])
    # the party sided with someone else, and the article lists who sided with the target
    st = mine[0]
    theirs = stances_for(ix, target=target)
    if st.kind != OPPOSE and st.target is not None and theirs:
        sents = [sentence_of(ix, st), sentence_of(ix, theirs[0])]
        fields = dict(party=pname, verb=st.verb, other=ix.name(st.target), target=ix.name(target))
        if asked == OPPOSE:
            return ask.answer(say("answer.stance.in_effect", **fields), sents, 0.7, [party, target])
        return ask.answer(say("answer.stance.other_side", **fields), sents, 0.85, [party, target])
    # no list of sides for that target: maybe a sentence says it outright (a yes/no question)
    return Pass("no_list", say("decline.where_stands_on", party=pname, target=ix.name(target)))
