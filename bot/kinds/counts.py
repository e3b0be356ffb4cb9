"""Counts and amounts — "How many countries backed X?", "how much did the deal cost?": the length of
a list of sides, the head of a list ("Six members, including …"), or a number right beside what
is counted."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..answer import Answer
from ..answering.agents import enumerated
from ..answering.answers import Ask, say, unknown_reason
from ..answering.evidence import grounded, names_nearby, rank, says
from ..answering.index import ArticleIndex
from ..answering.language import Language
from ..answering.numbers import (
    Counted,
    Number,
    attached,
    beside,
    counted,
    noun_tokens,
    noun_words,
    numbers_in,
    with_noun,
)
from ..answering.question import Query
from ..answering.registry import kind
from ..answering.relative import much_numbers
from ..answering.shares import (
    asked_people,
    deed_said,
    fractions_asked,
    is_share,
    other_group,
    share_of,
)
from ..answering.stances import (
    FOR,
    OPPOSE,
    asked_kind,
    countable,
    sentence_of,
    stances_for,
    text_stances,
)
from ..facts import SentenceFacts, Stance
from ..replies import Listed, Message
from ..text import fold
from .stances import asked_as_target, excluded_count, kept, parties
from .times import how_long

BESIDE = 30  # characters between a number and the noun it counts
FAR = 40  # a number this far from what is counted, in a lower-ranked sentence, comes last


class Choice(NamedTuple):
    dist: int  # characters from the words asked about
    rank: int  # of its sentence
    message: Message
    digits: bool  # "118 votes" before "several"
    exact: bool  # its sentence has the counted noun itself, not only a word of its concept
    attached: bool  # right beside the counted noun ("48 hours", "nine of them children")
    info: SentenceFacts
    coverage: float
    part: bool = False  # a part of a whole: "four of those counts"
    placed: bool = True  # its clause names the place asked: "184 who died at X, thousands in Y"


def _other_unit(lang: Language, noun, text: str) -> bool:
    """Does a duration answer give another unit than the one asked ("how many *years*" of "in
    three or four *days*"), and not the asked one ("12 to 18 month")?"""
    units = lang.lex.words.get("duration_units", ())
    words = re.findall(r"\w+", fold(text))
    asked = {noun.word, noun.word.rstrip("s"), noun.word + "s"}
    return any(w in units for w in words) and not any(w in asked for w in words)


@kind("count", after_answer="count")
def count(ask: Ask) -> Answer:
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    asked = asked_kind(lang, q)
    supporters = lang.lex.classes.get("supporters", ())  # "how many allies does X have?"
    has_stance_word = asked == FOR or any(
        w in lang.support or w in lang.oppose or w in lang.abstain or w in supporters
        for w in q.words
    )
    left_out = excluded_count(ask)  # "how many members of X did not back Y?": the exceptions
    if left_out is not None:
        return left_out
    measured = _measured(ask) or _in_a_row(ask)
    if measured is not None:
        return measured
    if _vague_party(ix, q, asked):  # "How many countries of the EU recognized X?" — "most of
        return ask.decline("decline.no_number")  # the EU states" is no number: not the list's
    noun = counted(lang, q)
    if (
        noun is not None
        and noun.word in lang.lex.words.get("duration_units", ())
        and not _unit_of(lang, q, noun)
    ):
        lasted = how_long(ask)  # "how many months would the freeze last?": how long
        if lasted.answered and _other_unit(lang, noun, lasted.text or ""):
            return ask.decline("decline.no_number")  # "how many years?" of "in three days"
        if lasted.answered:
            return lasted
    # "how many people live in those countries?": no count of the list's names
    listed = _focused_list(ask) if noun is None or not noun.people else None
    if listed is not None:
        said = _count(listed, q.besides)
        return ask.answer(said, [sentence_of(ix, listed)], 0.9, [listed.target])
    for eid in q.entity_ids if noun is None or not noun.people else ():
        sts = [st for st in stances_for(ix, target=eid, kind=asked) if countable(ix, st)]
        if sts and (has_stance_word or not q.terms or asked_as_target(lang, q, eid)):
            st = sts[0]
            said = _count(st, q.besides)
            return ask.answer(said, [sentence_of(ix, st)], 0.9, [st.target])
    reason = unknown_reason(q)
    if reason:
        return ask.decline(reason)
    if has_stance_word and not q.entity_ids:
        sided = _sides_in_text(ask, asked)
        if sided is not None:
            return sided
    scoped = _scoped(q, lang)  # "how many died in X?": not a number of another place's clause
    choices = [
        c
        for c in _choices(ask, asked)
        if (c.placed or not scoped) and _in_scope(q, c.info, lang) and _in_year(q, c.info)
    ]
    if not choices:
        return ask.decline("decline.no_number")
    # a number beside the counted noun ("18,000 books") beats one beside other words; a
    # sentence that names whom the question names beats one that names others near them
    if _asks_part_and_whole(lang, q):  # "how many …, and out of how many?": both, or none
        choices = [c for c in choices if _part_of_whole(lang, c.info)]
        if not choices:
            return ask.decline("decline.no_number")
    part = _asks_part(lang, q)
    best = min(
        choices,
        key=lambda c: (
            part and not c.part,  # "how many of the counts …?": "four of those", not "six"
            not c.placed,
            not c.exact,
            not all(e in c.info.entities for e in q.entity_ids),
            not c.attached,
            not c.digits,
            c.rank > 0 and c.dist > FAR,
            c.dist,
            c.rank,
        ),
    )
    return ask.answer(best.message, [best.info], best.coverage, q.entity_ids)


STREAK_REACH = 3  # the sentences looked through for "the third consecutive year"


def _sides_in_text(ask: Ask, asked: str | None) -> Answer | None:
    """How many took a side the question names by its words alone, or None."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    # "Six members, including A, B and C, voted for the cut": the head gives the count
    for st in text_stances(ix, q, asked):
        m = lang.count_re.match(st.head or "")
        if m and (m.group(1)[:1].isdigit() or m.group(1).lower() in lang.number_words):
            said = say("answer.count.head", head=st.head, parties=parties(st))
            return ask.answer(said, [sentence_of(ix, st)], 0.85)
    sts = [st for st in text_stances(ix, q, asked) if countable(ix, st)]
    if sts:
        return ask.answer(_count(sts[0], q.besides), [sentence_of(ix, sts[0])], 0.85)
    return None


def _in_a_row(ask: Ask) -> Answer | None:
    """ "How many years in a row?", "how many consecutive titles?": the ordinal of a streak the
    best sentences give ("for the *third consecutive* year", "a *fifth* title in a row") is
    the count — "3 (third consecutive year)"."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    streak = lang.lex.words.get("streak_words", frozenset())
    if streak.isdisjoint(q.words):
        return None  # (most questions)
    ordinals = dict(p.split("=") for p in lang.lex.writing.get("ordinal_words", ()))
    terms = [t for t in q.terms if t.word not in streak]
    for _s, cov, info in rank(ix, q, terms=terms)[:STREAK_REACH]:
        toks = info.tokens
        for k, t in enumerate(toks[:-1]):
            if t.norm not in ordinals:
                continue
            j = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j].norm in streak), 0)
            if not j:
                continue  # "the third test": no streak
            # "third consecutive year": up to the noun after; "third year in a row": the "row"
            end = toks[min(j + 1, len(toks) - 1) if j == k + 1 else j].end
            phrase = info.sentence.text[t.start : end]
            said = say("answer.verbatim", text=f"{ordinals[t.norm]} ({phrase}).")
            return ask.answer(said, [info], cov, q.entity_ids)
    return None


def _in_scope(q: Query, info: SentenceFacts, lang: Language) -> bool:
    """ "How many died in the northern province?": a number of the whole story, or of another
    place, is no number of the place the question narrows it to — the sentence must name it."""
    return all(n.entity in info.entities for n in _scope_names(q, lang))


def _scoped(q: Query, lang: Language) -> bool:
    """Does the question narrow the count to a named place ("how many died in X?")?"""
    return any(True for _ in _scope_names(q, lang))


def _scope_names(q: Query, lang: Language):
    """The names the question narrows its count to: each after "in", "inside" …"""
    return (
        n
        for n in q.names
        if n.entity is not None and n.start > 0 and q.words[n.start - 1] in lang.scope_prepositions
    )


_WORD = re.compile(r"\w+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _in_year(q: Query, info: SentenceFacts) -> bool:
    """ "How many died in 1999?": a number of a sentence dated another year, or not dated at all,
    is no number of the year the question names — the sentence must name it."""
    years = {w for w in q.words if _YEAR.fullmatch(w)}
    return not years or bool(years & set(_YEAR.findall(info.sentence.text)))


_RANGE_BEFORE = re.compile(r"\b(?:between|from)\s+[\d.,]+\s+(?:and|to)\s*$", re.IGNORECASE)
# the kinds of amounts a "how heavy/far", "what share" question asks for
MEASURES = ("weight", "distance", "percent")


def _measured(ask: Ask) -> Answer | None:
    """ "How heavy was the bomb?": the amount of the kind asked (a weight) in the best sentence
    that has one, the one whose noun the question names first ("a 6,800 kilogram bomb")."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    kind_of = next(
        (
            m
            for m in MEASURES
            if len(q.words) > 1 and q.words[1] in lang.lex.classes.get(f"{m}_question", ())
        ),
        None,
    )
    if kind_of is None:
        return None
    terms = [t for t in q.terms if t.index != 1]
    # "what share of the kids …?": only a percentage of them ("12 per cent of the children")
    people = asked_people(lang, q) if kind_of == "percent" else None
    for r in rank(ix, q, terms=terms)[:3]:
        info = r.info
        found = [a for a in info.amounts if a.kind == kind_of]
        if kind_of == "percent":  # "what share of the non-X population": not "of the X …"
            found = [a for a in found if not other_group(lang, q, info, a)]
        if people is not None:
            found = [a for a in found if is_share(lang, info, a, people)]
            if not deed_said(q, info, people):
                continue  # "what share of the kids cycle?": not "… of children walk"
        if not found or not grounded(ix, q, info, terms, need=0.5):
            continue
        keys = {t.stem for t in terms} | {t.word for t in terms}
        best = min(
            found,
            key=lambda a: (
                people is not None and share_of(lang, info, a, people) is None,
                not (
                    a.noun
                    and any(
                        w.lower() in keys or lang.lex.rules.stem(w.lower()) in keys
                        for w in a.noun.split()
                    )
                ),
            ),
        )
        unit = best.unit if best.unit and best.unit not in best.text else ""  # "80 per cent"
        text = f"{best.text} {unit}" if unit else best.text
        of = share_of(lang, info, best, people) if people is not None else None
        if of is not None:  # "Up to 12 per cent of the country's children"
            text = f"{text} {info.sentence.text[of[0] : of[1]]}"
        ranged = _RANGE_BEFORE.search(info.sentence.text[: best.start])
        if ranged is not None:  # "between 3 and 5 percent": the range, not its top
            text = f"{ranged.group().rstrip()} {text}"
        return ask.answer(say("answer.verbatim", text=text), [info], r.coverage, q.entity_ids)
    return ask.decline("decline.no_number")


def _vague_party(ix: ArticleIndex, q: Query, asked: str) -> bool:
    """Does the question name a group ("the EU") that a side on another name it asks about counts
    only vaguely ("most of the EU states")? Then the article gives no number of them."""
    ids = set(q.entity_ids)
    return any(
        p.entity in ids and p.entity != target and ix.lang.vague_re.match(p.name)
        for target in q.entity_ids
        for st in stances_for(ix, target=target, kind=asked)
        for p in st.parties
    )


def _unit_of(lang: Language, q: Query, noun) -> bool:
    """Does the asked unit of time count a noun after "of" ("how many hours of overtime?"): a
    count of that noun's hours, not how long anything lasted ("striking for 24 hours")?"""
    k = noun.index + 1
    return k + 1 < len(q.words) and q.words[k] in lang.lex.words.get("of_words", ())


def _unit_of_here(lang: Language, q: Query, info: SentenceFacts, n: Number, noun) -> bool:
    """Do the number's next words write the asked unit "of" the asked noun ("a million hours of
    overtime")?"""
    after = [fold(w).strip(".,;:!?\"'()[]") for w in info.sentence.text[n.start :].split()[:6]]
    stem = lang.lex.rules.stem
    of = lang.lex.words.get("of_words", ())
    want = stem(q.words[noun.index + 2])
    return any(
        stem(after[k]) == noun.stem and after[k + 1] in of and stem(after[k + 2]) == want
        for k in range(len(after) - 2)
    )


def _count(st: Stance, besides: tuple[int, ...]) -> Message:
    """ "9 — A, B, …", less the names the question leaves out ("besides A, how many …")."""
    return say("answer.count", n=len(kept(st, besides)), parties=parties(st, besides))


def _focused_list(ask: Ask) -> Stance | None:
    """ "how many?" after a list: the side of the previous answer's sentence whose target (or
    every party) the question is about."""
    ix, q = ask.ix, ask.q
    asked = set(q.entity_ids)
    for st in ix.facts.stances:
        if st.sentence in q.focus and countable(ix, st):
            ids = {p.entity for p in st.parties}
            if st.target in asked or (None not in ids and ids <= asked):
                return st
    return None


def _choices(ask: Ask, asked: str) -> list[Choice]:
    """The numbers (and lists of names) of the best sentences, beside what is counted."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    # "how much …", "what share of …": an amount (money, a percentage), not a count
    much = any(w in lang.amount_words or w in lang.measure_nouns for w in q.words[:3])
    wants_list = any(w in lang.party_nouns for w in q.words)
    noun = counted(lang, q)
    # "how many people", "how many times", "what percentage": what is counted is no topic of
    # the sentence (the asked verb is)
    generic = noun is not None and (noun.people or noun.repeats)
    terms = [
        t
        for t in q.terms
        if not (generic and t.index == noun.index)
        and not (much and t.word in lang.measure_nouns)
        and not (t.index < 3 and t.word in lang.amount_words)  # "how *big* is the shortfall"
    ]
    choices: list[Choice] = []
    keys = frozenset(x for t in q.terms for x in (t.stem, t.word, t.concept) if x is not None) | (
        lang.counted_people if noun is not None and noun.people else frozenset()
    )
    if noun is not None:
        keys |= {noun.stem, noun.word}
    phrase = noun_words(lang, q)
    target = _asks_target(lang, q)  # "how many will it grow to?": the number after "to"
    for r, (_s, cov, info) in enumerate(rank(ix, q, terms=terms)[:3]):
        if cov < 0.3:
            break
        exact = bool(noun_tokens(ix, info, noun, exact=True))
        spots = noun_tokens(ix, info, noun)
        if noun is not None and (noun.people or noun.repeats):
            spots += _verb_tokens(info, q, noun)
        numbers = numbers_in(lang, info, much, noun)
        if much:  # "asked for twice his annual pay": no sum, a multiple of one
            numbers = much_numbers(lang, q, info, numbers) + fractions_asked(lang, q, info)
        if cov < 0.5 and not (spots and any(attached(lang, info, spots, n) for n in numbers)):
            continue  # a weak sentence answers only with a number beside the counted noun
        if not grounded(ix, q, info, terms, need=_need(ix, q, info, noun, spots, numbers, much)):
            continue  # "how much do drivers earn": a pay rise's percentage is not earnings
        if not _done_here(ix, q, info, noun):
            continue  # "how many were prosecuted": not "thousands are involved"
        if _doer_unmet(ix, q, info, noun):
            continue  # "how many fighters does X command": not "four fighters were killed"
        here = [st for st in ix.facts.stances if st.sentence == info.sentence.index]
        if asked == FOR and any(st.kind == OPPOSE for st in here):
            continue  # "how many voted for": not the list of those against
        uncountable = any(not countable(ix, st) for st in here)
        # "how many members…": a number in a sentence without members counts something else
        # (a list of names may still answer "how many countries")
        numbers_ok = bool(spots) or noun is None or noun.weak
        near = _near(lang, q, info, spots, numbers, much)
        if wants_list and not much and not uncountable:
            listed = enumerated(ix, info)
            if len(listed) >= 2:
                names = Listed.of([ix.name(e) for e in listed], conjunction=False)
                first = next(m for m in info.mentions if m.entity == listed[0] and m.start >= 0)
                at = info.tokens[first.start].start
                dist = min((abs(at - info.tokens[k].start) for k in near), default=0)
                said = say("answer.count", n=len(listed), parties=names)
                choices.append(Choice(dist, r, said, True, exact, False, info, cov))
        if not numbers_ok:
            continue
        targets = [n for n in numbers if _after_target(lang, info, n)] if target else []
        for n in numbers:
            if targets and n not in targets:
                continue  # "an initial fleet of four … will be increased to 12": 12
            if not _counts_asked(lang, q, info, n, noun, spots):
                continue
            dist = beside(info, near, n)
            if not terms and noun is None and len(numbers) == 1 and info.sentence.index in q.focus:
                dist = 0  # a bare "how much?" after an answer: the one amount of its sentence
            if dist > BESIDE and much and _sum_in_clause(info, near, n, numbers):
                dist = BESIDE  # "a payout worth three times his salary at $5 million"
            if dist <= BESIDE:  # a number answers only beside what is counted
                said = say("answer.verbatim", text=with_noun(lang, info, n, keys, phrase))
                close = bool(spots) and attached(lang, info, spots, n)
                part = (close and _part(lang, info, spots, n)) or _part_kind(
                    lang, info, n
                ) is not None
                placed = _placed(ix, q, info, n)
                choices.append(
                    Choice(dist, r, said, n.digits, exact, close, info, cov, part, placed)
                )
    return choices


def _counts_asked(
    lang: Language, q: Query, info: SentenceFacts, n: Number, noun, spots: list[int]
) -> bool:
    """Can the number count what is asked, as far as its own words tell?"""
    if noun is not None and _unit_of(lang, q, noun) and not _unit_of_here(lang, q, info, n, noun):
        return False  # "how many hours of overtime?": not "striking for 24 hours"
    if _given(q, info, n):
        return False  # "how many of the 21 dead were …?": 21 is what the question gives
    if _other_part(lang, info, n, q):
        return False  # "how many were children?": not "21 people, 14 of them Australians"
    if not spots and noun is not None and not _counts_a_term(lang, info, n, q):
        return False  # "how many members": "9 percent" is not a count of members
    if noun is not None and _other_fate(lang, info, n, q, noun):
        return False  # "how many were killed": not "several more people wounded", and
        # "how many Palestinians were injured": not "Two Palestinians were killed"
    if noun is not None and noun.repeats and _other_repeat(lang, info, n, q):
        return False  # "how many times did X call": not "they met several times"
    if _whole_of_part(lang, info, n) and not _asks_whole(lang, q):
        return False  # "found six of the eight employees guilty": not eight
    if _added(lang, info, n, q):
        return False  # "how many in total?": not "an extra 400"
    if _later_than_asked(lang, info, n, q):
        return False  # "how many are in the camps now?": not "will take up to 1,200"
    if noun is None:  # "how many were convicted?": not "sentences of up to five-months"
        return not _a_measure(info, n)
    # "how many listeners voted?": not "the past 100 years"
    return not _measures_other(info, n, noun)


def _near(
    lang: Language, q: Query, info: SentenceFacts, spots: list[int], numbers, much: bool
) -> list[int]:
    """The words a number answers beside: the counted noun's, else the question's other words
    (and their concepts) — for "how much", none that is the unit of a rate ("and the shares?":
    "$1.48 per share" is earnings by the share, no amount of it)."""
    near = spots or _verb_tokens(info, q, None, concepts=lang.concepts)
    return [k for k in near if not _per_unit(lang, q, info, numbers, k)] if much else near


def _per_unit(lang: Language, q: Query, info: SentenceFacts, numbers: list[Number], k: int) -> bool:
    """Is the asked word ``k`` the unit an amount is given by ("$1.48 *per share*", "52 cents
    per *share*", "$52 a *share*"): an amount of something else for each of it, no amount of it
    — unless the question asks by the unit itself ("how much *per* share", "what is *a* share
    worth")?"""
    rates = lang.lex.words.get("rate_words", frozenset())
    toks = info.tokens
    if k < 2 or toks[k - 1].norm not in rates or _gap(info, k - 2):
        return False
    ends = {n.end for n in numbers}

    def amount(t) -> bool:
        return t.end in ends or any(ch.isdigit() for ch in t.norm) or t.norm in lang.number_words

    j = k - 2
    if not amount(toks[j]) and (j < 1 or _gap(info, j - 1) or not amount(toks[j - 1])):
        return False  # "52 cents per share": one unit word between
    asked = [i for i, w in enumerate(q.words) if w == toks[k].norm or w == toks[k].stem]
    asked += [t.index for t in q.terms if t.stem == toks[k].stem]
    return not any(i > 0 and q.words[i - 1] in rates for i in asked)


def _asks_target(lang: Language, q: Query) -> bool:
    """Does the question ask what a number changes to ("grow to", "be increased to")?"""
    verbs = lang.lex.words.get("change_verbs", frozenset())
    to = lang.lex.words.get("target_prepositions", frozenset())
    w = q.words
    return any(w[k] in verbs and w[k + 1] in to for k in range(len(w) - 1))


def _after_target(lang: Language, info: SentenceFacts, n: Number) -> bool:
    """Is the number what something changes to ("increased *to* 12")?"""
    to = lang.lex.words.get("target_prepositions", frozenset())
    before = info.sentence.text[: n.start].split()
    return bool(before) and before[-1].lower() in to


def _placed(ix: ArticleIndex, q: Query, info: SentenceFacts, n: Number) -> bool:
    """Is the number's clause (between commas) not about another place than the one asked ("how
    many died at X": "184 victims who died at X, the thousands more killed in Y")? True when
    the question asks about no place, or the clause names no place."""
    lang = ix.lang
    preps = lang.lex.words.get("place_prepositions", frozenset())
    places = set()
    for m in q.names:
        k = m.start - 1
        while k > 0 and q.words[k] in lang.determiners:
            k -= 1  # "at *the* X"
        if m.entity is not None and k >= 0 and q.words[k] in preps:
            places.add(m.entity)
    if not places:
        return True
    text, toks = info.sentence.text, info.tokens
    left = max(text.rfind(c, 0, n.start) for c in ",;")
    right = min((k for c in ",;" if (k := text.find(c, n.end)) >= 0), default=len(text))
    here = [m for m in info.mentions if m.start > 0 and left < toks[m.start].start < right]
    own = next(
        (
            m
            for m in here
            if toks[m.start].start > n.end and _after_word(lang, toks, m.start, preps)
        ),
        None,
    )
    if own is not None and own.entity not in places and _joined_after(lang, toks, own, here):
        return False  # "thousands killed in Y and those on a plane that crashed in X": Y's
    if any(m.entity in places for m in here):
        return True
    # another place in the clause ("killed *in Y*"): not the one asked; none: it may be
    return not any(_after_word(lang, toks, m.start, preps) for m in here)


def _joined_after(lang: Language, toks, own, here) -> bool:
    """Does a joining word ("and") follow the number's own place before the clause's other
    places: the place asked belongs to what is joined after it, not to the number?"""
    later = [m.start for m in here if m.start > own.end]
    return any(t.norm in lang.name_joiner for t in toks[own.end : min(later, default=own.end)])


def _after_word(lang: Language, toks, k: int, words: frozenset[str]) -> bool:
    """Is word ``k`` right after one of ``words``, past determiners ("in *the* Y")?"""
    k -= 1
    while k > 0 and toks[k].norm in lang.determiners:
        k -= 1
    return k >= 0 and toks[k].norm in words


_UNITS = ("duration", "distance", "weight")


def _a_measure(info: SentenceFacts, n: Number) -> bool:
    """Is the number a measure in a unit ("five-months", "12 km"), no count of anything?"""
    return any(a.start <= n.start < a.end and a.kind in _UNITS and a.unit for a in info.amounts)


def _measures_other(info: SentenceFacts, n: Number, noun: Counted) -> bool:
    """Is the number a measure in a unit that is not the counted noun ("100 years", "12 km"
    for "how many listeners")?"""
    for a in info.amounts:
        if a.start <= n.start < a.end and a.kind in _UNITS and a.unit:
            unit = fold(a.unit)
            return noun.word not in unit and noun.stem not in unit
    return False


def _need(
    ix, q: Query, info: SentenceFacts, noun: Counted | None, spots, numbers, much: bool
) -> float:
    """How much of the question a sentence must meet: less when a number stands right beside
    the counted noun ("they had 48 hours", "$10 million of aid", "14 of them Australians"), or
    an amount right after the asked verb ("fined between $5,000 and $7,000"), and the question's
    names are there — the rest of the question is often said in other words."""
    lang = ix.lang
    if noun is not None and not noun.people and spots:
        if any(attached(lang, info, spots, n) for n in numbers):
            if all(e in info.entities for e in q.entity_ids):
                return 0.4 if q.entity_ids else 0.5
            return 0.5 if names_nearby(ix, q, info) else 0.75
    if noun is not None and noun.people and spots and all(e in info.entities for e in q.entity_ids):
        # "injuring at least 18 people" for "how many people were hurt in the strike?": the asked
        # verb (or its concept) right before the number that counts the people
        verbs = _verb_tokens(info, q, noun, concepts=lang.concepts)
        for n in numbers:
            if attached(lang, info, spots, n) and any(
                info.tokens[v].end <= n.lead and beside(info, [v], n) <= 2 for v in verbs
            ):
                return 0.6
    if much and noun is None and all(e in info.entities for e in q.entity_ids):
        verbs = _verb_tokens(info, q, None)
        if any(
            info.tokens[v].end <= n.lead and beside(info, [v], n) <= 2
            for n in numbers
            for v in verbs
        ):
            return 0.5
    return 0.75


def _done_here(ix, q: Query, info: SentenceFacts, noun: Counted | None) -> bool:
    """ "How many Australians have been prosecuted?": the sentence has the (regular) past
    participle the question asks about after what it counts (its word, or one of its
    concept)."""
    if noun is None:
        return True
    lang = ix.lang
    verbs = [
        t
        for t in q.terms
        if t.index > noun.index
        and len(t.word) > 3  # "the fed" is no past participle
        and lang.lex.rules.is_past(t.word)
        and t.word not in lang.say
    ]
    done = not verbs or any(
        t.stem in info.stems or t.word in info.stems or (t.concept and t.concept in info.concepts)
        for t in verbs
    )
    return done and not _light_deed_unmet(lang, q, info, noun)


def _light_deed_unmet(lang: Language, q: Query, info: SentenceFacts, noun: Counted) -> bool:
    """ "How many prisoners are held at X?": a light verb (one with no term of its own) right
    after the counted noun and a form of "be" is still what they are counted doing — a sentence
    without that verb counts them doing something else ("a survey of 40 prisoners")."""
    be = lang.lex.writing.get("be_forms", frozenset())
    w = q.words
    k = noun.index + 1
    if k + 1 >= len(w) or w[k] not in be or w[k + 1] not in lang.light:
        return False
    verb = w[k + 1]
    return verb not in info.stems and lang.lex.rules.stem(verb) not in info.stems


def _sum_in_clause(info: SentenceFacts, near: list[int], n: Number, numbers) -> bool:
    """ "How much was the payout worth?" of "a payout worth three times his salary at $5
    million": the first sum after the words asked about, in their clause (no punctuation
    between, up to FAR characters on), is theirs though further than BESIDE."""
    before = [info.tokens[k].end for k in near if info.tokens[k].end <= n.lead]
    if not before:
        return False
    at = max(before)
    gap = info.sentence.text[at : n.lead]
    if len(gap) > FAR or any(ch in gap for ch in ',;:()—–"“”'):
        return False
    return not any(at <= m.start < n.start for m in numbers)


def _doer_unmet(ix, q: Query, info: SentenceFacts, noun: Counted | None) -> bool:
    """ "How many fighters does X command?" of a sentence that names X only near it, not in it,
    and has no form (nor concept) of the verb X does: its number counts some other fighters."""
    if noun is None:
        return False
    w, aux = q.words, ix.lang.aux
    k = next((i for i in range(noun.index + 1, min(noun.index + 4, len(w))) if w[i] in aux), None)
    doer = next((nm for nm in q.names if k is not None and nm.start == k + 1), None)
    if doer is None or doer.entity is None or doer.entity in info.entities:
        return False
    verb = next((t for t in q.terms if t.index >= doer.end), None)
    return verb is not None and not says(info, verb)


def _verb_tokens(info: SentenceFacts, q: Query, noun: Counted | None, concepts=None) -> list[int]:
    """ "more than 120 injured", "shot twice": the words of the sentence that meet the
    question's other words (and, given ``concepts``, their concepts)."""
    rest = [t for t in q.terms if noun is None or t.index != noun.index]
    keys = {t.stem for t in rest} | {t.word for t in rest}
    wanted = {t.concept for t in rest if t.concept} if concepts else set()
    return [
        k
        for k, t in enumerate(info.tokens)
        if t.stem in keys or t.norm in keys or (wanted and concepts.get(t.stem) in wanted)
    ]


def _other_repeat(lang: Language, info: SentenceFacts, n: Number, q: Query) -> bool:
    """ "How many times did X call Y?": "they met several times" counts another deed — the
    verb right before the number (a past form, or a word of a concept) is none the question
    asks, nor of its concepts."""
    before = [t for t in info.tokens if t.end <= n.start]
    if not before:
        return False
    t = before[-1]
    concept = lang.concepts.get(t.stem)  # "met" is no regular past: its concept says a verb
    if concept is None and not lang.lex.rules.is_past(t.norm):
        return False
    asked = {x.stem for x in q.terms} | {x.concept for x in q.terms if x.concept}
    return t.stem not in asked and concept not in asked


def _other_fate(lang: Language, info: SentenceFacts, n: Number, q: Query, noun: Counted) -> bool:
    """ "several more people wounded", "several more were wounded", "Two Palestinians were
    killed": the participle right after the counted noun (past it and "were") is another than
    the one asked about."""
    toks = info.tokens
    first = next((i for i, t in enumerate(toks) if t.start >= n.end), None)
    if first is None:
        return False
    for k in range(first, min(first + 4, len(toks))):
        t = toks[k]
        if k > first and _gap(info, k - 1):
            return False
        if t.norm in lang.stop or t.norm in lang.counted_people or t.stem == noun.stem:
            continue
        if t.text[:1].isupper() or not lang.lex.rules.is_past(t.norm):
            return False
        asked = {x.stem for x in q.terms} | {x.concept for x in q.terms if x.concept}
        if t.stem in asked or lang.concepts.get(t.stem) in asked:
            return False
        if _done_to(lang, toks[max(0, first - OBJECT_REACH) : first], asked):
            return False  # "vowed never to forget the 184 victims who died …": whom vowed of
        # of another noun than people, only when the sentence says the asked one elsewhere
        # ("… and more than 120 injured"): "18,000 books will be moved" may answer "have"
        return noun.people or any(
            lang.lex.rules.is_past(o.norm)
            and (o.stem in asked or lang.concepts.get(o.stem) in asked)
            for o in toks
        )
    return False


OBJECT_REACH = 6  # words between a verb and the number of its object ("vowed never to forget the")


def _done_to(lang: Language, before, asked: set) -> bool:
    """Is a past verb asked about right before the number (its object counted: "vowed never to
    forget the 184 victims")?"""
    return any(
        lang.lex.rules.is_past(t.norm) and (t.stem in asked or lang.concepts.get(t.stem) in asked)
        for t in before
    )


def _given(q: Query, info: SentenceFacts, n: Number) -> bool:
    """Does the question itself write the number in digits ("how many of the 21 dead …?")? A
    count it already gives is what the asked count is taken of, never its answer."""
    core = info.sentence.text[n.start : n.end].replace(",", "")
    return core.isdigit() and any(w.replace(",", "") == core for w in q.words if w[:1].isdigit())


def _whole_of_part(lang: Language, info: SentenceFacts, n: Number) -> bool:
    """Is the number the whole a part is taken of ("six of the eight employees"), a number
    and "of" (and "the") right before it? The verb is about the part."""
    words = fold(info.sentence.text[: n.lead]).split()
    if words and words[-1].endswith(("'s", "’s")):
        words.pop()  # "21 of the bloc's 27 countries"
    if words and words[-1] in lang.the:
        words.pop()
    if len(words) < 2 or words[-1] not in lang.of_words:
        return False
    part = words[-2]
    return part.isdigit() or part in lang.number_words


def _asks_whole(lang: Language, q: Query) -> bool:
    """ "How many countries are there in all?", "how many members does the bloc have?": the
    whole a part is taken of is asked, not the part."""
    c, w = lang.lex.classes, q.words
    return (
        _says_total(lang, q)
        or (bool(w) and w[-1] in c.get("whole_have", ()))  # "… does the bloc have?"
        or any(
            w[k] in c.get("whole_be", ()) and w[k + 1] in c.get("whole_in", ())
            for k in range(len(w) - 1)  # "… are in the bloc?"
        )
    )


def _asks_part_and_whole(lang: Language, q: Query) -> bool:
    """ "How many were found guilty, and out of how many?": both the part and the whole."""
    if not q.raw:
        return False
    asked = " " + " ".join(_WORD.findall(fold(q.raw))) + " "
    return any(f" {x} " in asked for x in lang.lex.classes.get("part_and_whole", ()))


def _part_of_whole(lang: Language, info: SentenceFacts) -> bool:
    """Does the sentence take a number of a number ("six of the eight employees")?"""
    words = fold(info.sentence.text).split()

    def number(w: str) -> bool:
        return w.replace(",", "").isdigit() or w in lang.number_words

    for k in range(len(words) - 2):
        if number(words[k]) and words[k + 1] in lang.of_words:
            rest = words[k + 2 : k + 4]
            if rest and (
                number(rest[0]) or (rest[0] in lang.the and len(rest) > 1 and number(rest[1]))
            ):
                return True
    return False


def _says_total(lang: Language, q: Query) -> bool:
    """Does the question, as asked, ask for a total ("in total", "altogether" — words a
    question's reading drops from its end as asking nothing else)?"""
    asked = " " + " ".join(_WORD.findall(fold(q.raw)) if q.raw else q.words) + " "
    return any(f" {x} " in asked for x in lang.lex.classes.get("total_question", ()))


def _added(lang: Language, info: SentenceFacts, n: Number, q: Query) -> bool:
    """Is the number an addition ("an extra 400", "another 50") when the question asks for a
    total or a whole ("how many in total?", "how many are in the camps?", "… does it have?")
    and names no addition itself?"""
    c = lang.lex.classes
    added = c.get("addition_words", ())
    if not _asks_whole(lang, q) or (q.raw and q.has(added)):
        return False  # (a follow-up's "and in total?" after "how many extra …?" asks a total)
    before = fold(info.sentence.text[: n.lead]).split()
    return bool(before) and before[-1] in added


def _later_than_asked(lang: Language, info: SentenceFacts, n: Number, q: Query) -> bool:
    """Is the number one the sentence puts in the future ("will take up to 1,200") when the
    question asks how many there are now ("… are in the camps now?")?"""
    now = lang.lex.classes.get("present_time", ())
    if not now or not q.raw:
        return False
    asked = " " + " ".join(_WORD.findall(fold(q.raw))) + " "
    if not any(f" {x} " in asked for x in now):
        return False
    before = fold(info.sentence.text[: n.lead]).split()[-4:]
    return any(w in lang.future_hints for w in before)


def _asks_part(lang: Language, q: Query) -> bool:
    """ "How many of the counts …?": a part of a whole is asked."""
    w = q.words
    return any(w[k] in lang.quantity_words and w[k + 1] in lang.of_words for k in range(len(w) - 1))


def _part(lang: Language, info: SentenceFacts, spots: list[int], n: Number) -> bool:
    """Is the number a part of the counted whole: "four of those counts", "two of them"?"""
    text = info.sentence.text
    return any(
        info.tokens[k].start > n.end
        and fold(text[n.end : info.tokens[k].start]).split()[:1] in ([w] for w in lang.of_words)
        for k in spots
    )


def _part_kind(lang: Language, info: SentenceFacts, n: Number) -> str | None:
    """The stem of what a part named by a pronoun is: "Australian" of "14 of them Australians";
    None when no "of them", "of whom were" … follows the number."""
    after = fold(info.sentence.text[n.end : n.end + 40]).split()
    partitives = lang.lex.words.get("partitives", ())
    k = next((k for k in (3, 2) if " ".join(after[:k]) in partitives), 0)
    if k < 2 or len(after) <= k:
        return None
    return lang.lex.rules.stem(after[k].strip(".,;:"))


def _other_part(lang: Language, info: SentenceFacts, n: Number, q: Query) -> bool:
    """Is the number a part of another kind than any the question names ("14 of them
    Australians" for "how many were children?")?"""
    kind = _part_kind(lang, info, n)
    return kind is not None and all(lang.lex.rules.stem(w) != kind for w in q.words)


def _gap(info: SentenceFacts, k: int) -> bool:
    """Punctuation between word ``k`` and the next."""
    toks = info.tokens
    return bool(info.sentence.text[toks[k].end : toks[k + 1].start].strip())


def _counts_a_term(lang: Language, info: SentenceFacts, n: Number, q: Query) -> bool:
    """ "118 votes": the word after the number is one the question asks about."""
    after = next((t for t in info.tokens if t.start >= n.end), None)
    if after is None:
        return False
    return any(
        after.stem == t.stem
        or after.norm == t.word
        or (t.concept and lang.concepts.get(after.stem) == t.concept)
        for t in q.terms
    )
