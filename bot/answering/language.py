"""What the answering core needs of a language, read once from its lexicon.

The core speaks these names (``lang.question_words``, ``lang.count_re``); the words behind them are
``intents/<lang>/vocabulary.yaml``'s. Nothing here is English: another language is another
vocabulary file with the same keys.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from ..lexicon import Lexicon
from ..text import fold, stem
from .fuzzy import Near
from .record import Record


def _alternation(words) -> str:
    """``a|b|c`` of escaped words, longest first (so that "million" is tried before "m")."""
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def _phrase_re(phrases) -> re.Pattern | None:
    """Whole phrases inside a space-padded folded text (" what did she say ")."""
    if not phrases:
        return None
    return re.compile(r"(?<= )(" + _alternation(phrases) + r")(?= )")


class Language(Record):
    """Word sets and the patterns made of them, for reading questions and weighing sentences."""

    lex: Lexicon
    # -- reading a question
    question_words: frozenset[str]
    question_words_near: Near  # the typo targets of short words ("wht" → "what")
    question_anagrams: dict[str, str]  # sorted letters → the one question word of them ("waht")
    typo_targets: Near  # the language's words, for typos of longer words
    known: frozenset[str]
    # openings by their first word: (the words, kind: "" a filler, or FOLLOW, REPAIR, SWITCH),
    # the longest first
    openings: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    masculine_pronouns: frozenset[str]
    feminine_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    named_thing_pronouns: frozenset[str]
    event_pronouns: frozenset[str]
    pointing_words: frozenset[str]
    list_nouns: frozenset[str]
    else_words: frozenset[str]
    other_words: frozenset[str]
    degree_words: frozenset[str]
    closings: frozenset[str]
    closing_phrases: dict[str, tuple[tuple[str, ...], ...]]  # last word → closings, longest first
    tag_phrases: dict[
        str, tuple[tuple[str, ...], ...]
    ]  # last word → tags ("isn't he"), longest first
    tag_auxiliary: frozenset[str]  # the auxiliary a tagged statement is asked with ("did")
    tag_openers: dict[str, tuple[tuple[str, ...], ...]]  # first word → openers, longest first
    name_joiner: frozenset[str]  # "Ardenia-Ostmark relations" read as "A and B relations"
    question_particles: frozenset[str]  # "what exactly did X say?": read as "what did X say?"
    imperatives: frozenset[str]  # "name the official who …": "which official …"
    # ("isation", "ization"): either way round, by their last two letters ("on": …)
    spelling_endings: dict[str, tuple[tuple[str, str], ...]]
    imperative_objects: frozenset[str]  # "give me …"
    imperative_relatives: frozenset[str]  # "the official who …"
    imperative_which: frozenset[str]  # "which"
    imperative_what: frozenset[str]  # "what is"
    imperative_who: frozenset[str]  # "who is"
    question_prepositions: frozenset[str]
    person_question_words: frozenset[str]
    each_words: frozenset[str]
    institution_words: frozenset[str]
    topic_words: frozenset[str]
    calling_words: frozenset[str]
    recognize_as: frozenset[str]  # "accept" in "accept X as president": recognize
    prefix_re: re.Pattern | None  # "pro-" of "pro-X": read as the word "pro"
    given_name_words: frozenset[str]
    family_name_words: frozenset[str]
    besides: dict[str, tuple[tuple[str, ...], ...]]  # first word → "apart from"s, longest first
    spelling: dict[str, str]
    spelling_re: re.Pattern | None
    pair_joiners: frozenset[str]  # "and" and its chat spellings ("n"): two questions in one
    person_pronouns: frozenset[str]
    pronouns: frozenset[str]
    not_topics: frozenset[str]  # stopwords, light verbs, "else", pronouns: never a topic word
    weak_words: frozenset[str]  # honorifics, number words, party and measure nouns: half a topic
    the: frozenset[str]
    a: frozenset[str]  # indefinite articles: "did a Polish official …"
    description_stops: frozenset[str]
    of_words: frozenset[str]
    titles: dict[str, str]  # folded title → kind
    title_stems: frozenset[str]
    generic_titles: frozenset[str]
    synonym_title_kinds: frozenset[str]
    not_acronyms: frozenset[str]
    concepts: dict[str, str]  # stem → concept
    concept_phrases: dict[str, str]
    placed_phrases: frozenset[str]  # concept phrases ending in a place's preposition ("going to")
    phrase_re: re.Pattern | None
    stop: frozenset[str]
    light: frozenset[str]
    time_vocab: frozenset[str]
    weekdays: frozenset[str]
    months: frozenset[str]
    # -- word classes and lists the kinds weigh
    say: frozenset[str]
    plain_say: frozenset[str]
    support: frozenset[str]
    oppose: frozenset[str]
    recognize: frozenset[str]
    abstain: frozenset[str]
    react: frozenset[str]
    lead: frozenset[str]  # "leads" of "who leads X?": X's leader
    aux: frozenset[str]
    negations: frozenset[str]
    honorifics: frozenset[str]  # "Mr", "Dr": courtesy titles, never a role
    org_words: frozenset[str]  # words that make a name an organisation's
    party_nouns: frozenset[str]
    measure_nouns: frozenset[str]
    place_nouns: frozenset[str]
    role_nouns: frozenset[str]  # "job", "title": a question about a role
    article_words: frozenset[str]
    group_nouns: frozenset[str]
    number_words: frozenset[str]
    ordinals: frozenset[str]
    quantity_words: frozenset[str]
    amount_words: frozenset[str]
    focus_before: frozenset[str]
    future_markers: frozenset[str]
    future_hints: frozenset[str]
    future_auxiliaries: frozenset[str]
    year_words: frozenset[str]
    day_words: frozenset[str]  # "what day(s)", "which date": asks for a day
    country_nouns: frozenset[str]  # "which country …?": a country, not a city
    stranded_prepositions: frozenset[str]  # "who were they looking for?": the object asked
    day_times: frozenset[str]  # "today", "tomorrow": a relative time that names a day
    against_words: frozenset[str]
    clause_breaks: frozenset[str]
    negators: frozenset[str]  # one word each; the phrases below
    negator_phrases: tuple[str, ...]  # "yet to", "instead of"
    hedges: frozenset[str]
    hedge_phrases: tuple[str, ...]  # "close to", "set to"
    undecided: frozenset[str]
    relative_pronouns: frozenset[str]
    subject_skips: frozenset[str]
    determiners: frozenset[str]
    phrase_joiners: frozenset[str]
    phrase_ends: frozenset[str]
    coordinators: frozenset[str]
    person_nouns: frozenset[str]
    counted_people: frozenset[str]
    repetition_nouns: frozenset[str]
    multiples: frozenset[str]
    currency_symbols: frozenset[str]
    place_openers: frozenset[str]
    reason_markers: frozenset[str]
    choice_words: frozenset[str]
    count_idioms: tuple[str, ...]
    counted_times: frozenset[str]
    past_auxiliaries: frozenset[str]
    opposites: dict[str, frozenset[str]]  # stem → the stems of the opposite meaning
    alternatives: frozenset[str]
    present_auxiliaries: frozenset[str]  # "are X taking part?": a plan, asked as the future
    alone_words: tuple[str, ...]  # "on his own", "alone": done by nobody else
    shared_words: tuple[str, ...]  # "jointly", "shares … with": done with someone else
    participle_auxiliaries: frozenset[str]
    participle_endings: tuple[str, ...]
    passive_endings: tuple[str, ...]
    agent_prepositions: frozenset[str]
    first_person: frozenset[str]
    origin_prepositions: frozenset[str]
    scope_prepositions: frozenset[str]
    from_words: frozenset[str]
    attributions: frozenset[str]
    list_gaps: frozenset[str]
    list_phrases: frozenset[str]
    which_words: frozenset[str]
    naming_words: frozenset[str]
    deed_words: frozenset[str]
    name_of: tuple[str, ...]
    # -- patterns, each compiled the first time it is asked for (see __getattr__): most are
    # of amounts and counts, which few questions read ("lang.count_re")
    patterns: dict[str, Callable[[], re.Pattern]]

    def __getattr__(self, name: str) -> re.Pattern:
        make = self.__dict__.get("patterns", {}).get(name)
        if make is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        got = self.__dict__[name] = make()  # (kept: a Record's fields are never set again)
        return got

    @classmethod
    def of(cls, lex: Lexicon) -> Language:
        w, c = lex.words, lex.classes
        known = lex.known_words
        return cls(
            lex=lex,
            **{name: w[name] for name in _SAME_LISTS},
            **{name: frozenset(c[cls_]) for name, cls_ in _CLASSES.items()},
            **{name: tuple(sorted(w[name])) for name in _SORTED_LISTS},
            question_words_near=Near(sorted(w["question_words"])),
            question_anagrams=_anagrams(w["question_words"]),
            typo_targets=Near(sorted(x for x in known if len(x) >= 3 and x.isalpha())),
            known=known,
            **_openings(w),
            closing_phrases=_by_last_word(w["closings"]),
            tag_phrases=_by_last_word(w["tag_closings"]),
            tag_openers=_by_first_word(w["tag_openings"]),
            **_spellings(lex),
            pronouns=w["person_pronouns"] | w["other_pronouns"],
            not_topics=w["stopwords"]
            | w["light_verbs"]
            | w["else_words"]
            | w["masculine_pronouns"]
            | w["feminine_pronouns"]
            | w["plural_pronouns"]
            | w["named_thing_pronouns"]
            | w.get("according_words", frozenset()),  # "according to who?": no topic
            weak_words=w["honorifics"]
            | w["number_words"]
            | frozenset(c["party_noun"])
            | frozenset(c["measure_noun"]),
            besides=_by_first(w["besides_words"]),
            the=w["definite_articles"],
            a=w["indefinite_articles"],
            titles=lex.titles,
            title_stems=frozenset(stem(t) for t in lex.titles if " " not in t),
            concepts=lex.concepts,
            concept_phrases=lex.concept_phrases,
            phrase_re=_phrase_re(lex.concept_phrases),
            prefix_re=re.compile(rf"(?i)\b({_alternation(w['side_prefixes'])})-(?=\w)")
            if w["side_prefixes"]
            else None,
            placed_phrases=frozenset(
                ph for ph in lex.concept_phrases if ph.split()[-1] in w["place_prepositions"]
            ),
            stop=w["stopwords"],
            light=w["light_verbs"],
            time_vocab=w["months"] | w["weekdays"],
            weekdays=w["weekdays"],
            months=w["months"],
            **_split("negators", w["negators"]),
            **_split("hedges", w["hedges"]),
            opposites=_opposites(w["opposites"], lex.rules.stem),
            count_idioms=tuple(sorted(w["count_idioms"])),
            spelling_endings=_endings(w["spelling_endings"]),
            patterns=_patterns(w),
        )


def _endings(pairs) -> dict[str, tuple[tuple[str, str], ...]]:
    """ "isation ization" → both ways round, the longest endings first, by their last two
    letters (a word's own last two letters find the few that may be its ending)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for pair in pairs:
        a, b = pair.split()
        for end, other in ((a, b), (b, a)):
            out.setdefault(end[-2:], []).append((end, other))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in out.items()}


# fields that are the vocabulary list of the same name
_SAME_LISTS = (
    "question_words person_pronouns description_stops of_words generic_titles synonym_title_kinds "
    "not_acronyms negations group_nouns number_words ordinals quantity_words amount_words "
    "focus_before future_markers future_hints present_auxiliaries future_auxiliaries year_words country_nouns day_words stranded_prepositions day_times against_words "
    "alternatives participle_auxiliaries agent_prepositions first_person origin_prepositions "
    "scope_prepositions "
    "from_words plain_say attributions list_gaps list_phrases which_words naming_words deed_words "
    "masculine_pronouns feminine_pronouns plural_pronouns named_thing_pronouns "
    "event_pronouns pointing_words list_nouns else_words other_words degree_words closings question_prepositions person_question_words each_words given_name_words calling_words "
    "institution_words topic_words recognize_as "
    "family_name_words "
    "honorifics org_words clause_breaks undecided relative_pronouns subject_skips determiners "
    "phrase_joiners phrase_ends coordinators person_nouns counted_people repetition_nouns "
    "multiples currency_symbols place_openers reason_markers choice_words counted_times "
    "past_auxiliaries tag_auxiliary name_joiner question_particles imperatives "
    "imperative_objects imperative_relatives imperative_which imperative_what imperative_who"
).split()
_SORTED_LISTS = (
    "participle_endings",
    "passive_endings",
    "name_of",
    "alone_words",
    "shared_words",
)  # kept in a fixed order
# fields that are a word class of vocabulary.yaml (the class's name)
_CLASSES = {
    "say": "say",
    "support": "support",
    "oppose": "oppose",
    "recognize": "recognize",
    "abstain": "abstain",
    "react": "react",
    "lead": "lead",
    "aux": "aux",
    "party_nouns": "party_noun",
    "measure_nouns": "measure_noun",
    "place_nouns": "place_noun",
    "role_nouns": "role_noun",
    "article_words": "article",
}


def _anagrams(words) -> dict[str, str]:
    """Sorted letters → the word, for the words no other word shares its letters with ("who"
    and "how" share theirs: neither is a typo of the other)."""
    by: dict[str, list[str]] = {}
    for w in words:
        by.setdefault("".join(sorted(w)), []).append(w)
    return {k: ws[0] for k, ws in by.items() if len(ws) == 1 and len(k) >= 3}


FOLLOW, REPAIR, SWITCH = "follow", "repair", "switch"  # what an opening says of a question


def _by_first_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """{first word: the phrases starting with it, as word tuples, longest first}."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(sorted(v, key=lambda c: -len(c))) for k, v in out.items()}


def _by_last_word(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """{last word: the phrases ending in it, as word tuples, longest first}."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        out.setdefault(words[-1], []).append(words)
    return {k: tuple(sorted(v, key=lambda c: -len(c))) for k, v in out.items()}


def _openings(w: dict[str, frozenset[str]]) -> dict:
    """The openings dropped from a question's start, by their first word, each with what it
    says: nothing (a filler), a follow-up ("and"), a correction of the last question ("i mean"),
    a new subject ("btw")."""
    kinds = {"fillers": "", "follow_up_openers": FOLLOW, "repair_openers": REPAIR}
    kinds["topic_switches"] = SWITCH
    found = {tuple(phrase.split()): kind for key, kind in kinds.items() for phrase in w[key]}
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for words, kind in sorted(found.items(), key=lambda wk: (-len(wk[0]), wk[0])):
        by_first.setdefault(words[0], []).append((words, kind))
    return {"openings": {first: tuple(v) for first, v in by_first.items()}}


def _by_first(phrases: frozenset[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases as their words, by their first word, the longest first."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=lambda p: (-len(p.split()), p)):
        words = tuple(p.split())
        out.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in out.items()}


def _split(name: str, words: frozenset[str]) -> dict:
    """A list's single words (``name``) and its phrases (``<singular>_phrases``), longest first."""
    phrases = tuple(sorted((x for x in words if " " in x), key=lambda x: (-len(x), x)))
    return {name: frozenset(x for x in words if " " not in x), f"{name[:-1]}_phrases": phrases}


def _opposites(entries: frozenset[str], stem) -> dict[str, frozenset[str]]:
    """ "a b | c d" entries → {stem: the stems of the other side}, both ways."""
    out: dict[str, set[str]] = {}
    for entry in sorted(entries):
        left, _, right = entry.partition("|")
        one, other = {stem(w) for w in left.split()}, {stem(w) for w in right.split()}
        for a in one:
            out.setdefault(a, set()).update(other - one)
        for b in other:
            out.setdefault(b, set()).update(one - other)
    return {k: frozenset(v) for k, v in out.items()}


def _spellings(lex: Lexicon) -> dict:
    """Chat spellings, any case; one of a single letter ("r" for "are") only in lower case and
    not an initial ("U.S.", "George R. Martin")."""
    spelling = {fold(k): v for k, v in lex.spellings.items()}
    joined = lex.words.get("name_joiner", frozenset())
    joiners = frozenset(joined) | {k for k, v in spelling.items() if v in joined}  # "and", "n"
    if not spelling:
        return {"spelling": spelling, "spelling_re": None, "pair_joiners": joiners}
    words = [k for k in spelling if len(k) > 1]
    letters = [k for k in spelling if len(k) == 1]
    alts = [f"(?i:{_alternation(words)})"] if words else []
    if letters:
        alts.append(f"(?<![.\\w])(?:{_alternation(letters)})(?![.\\w])")
    spelling_re = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
    return {"spelling": spelling, "spelling_re": spelling_re, "pair_joiners": joiners}


def _time_tail(w: dict[str, frozenset[str]]) -> re.Pattern:
    """ "tomorrow[ morning][ at 11am]": a part of the day and a clock time after a time."""
    parts = _alternation(w["day_parts"])
    clock = rf"\d{{1,2}}(?:[:.]\d{{2}})?\s?(?:{_alternation(w['clock_suffixes'])})\b"
    at = _alternation(w["clock_prepositions"])
    return re.compile(rf"(?:\s+(?:{parts})\b)?(?:\s+(?:{at})\s+{clock})?", re.I)


def _patterns(w: dict[str, frozenset[str]]) -> dict[str, Callable[[], re.Pattern]]:
    """What makes each of the language's regular expressions, of its word lists (what each
    matches: the comments on the fields of :class:`Language` and in the table below)."""
    money = _alternation(w["currency_symbols"])
    scales = _alternation(w["amount_scales"])
    short_scales = _alternation(w["amount_scales"] | w["amount_short_scales"])
    units = _alternation(w["amount_units"])
    return {
        # "24", "several", "a million", "several thousand"
        "count_re": partial(
            re.compile,
            rf"\b((?:\d[\d,.]*|{_alternation(w['count_words'])}|an?)\s+(?:{scales})"
            rf"|\d[\d,.]*|{_alternation(w['count_words'])})\b(?:\s+\w+)?",
            re.I,
        ),
        # "$A8,800", "US$3 bn", "7,500 Swiss francs": a currency's country beside it
        "amount_re": partial(
            re.compile,
            rf"(?:(?:\b(?-i:[A-Z]{{1,3}}))?(?:{money})(?-i:[A-Z]{{1,2}}(?=\d))?\s?\d[\d,.]*"
            rf"(?:\s*(?:{short_scales}))?"
            rf"|\b\d[\d,.]*\s*(?:{scales})?\s*(?:(?-i:[A-Z][a-z]+)\s+)?(?:{units})"
            # "several hundred million dollars", "three billion euros": a count in words
            rf"|\b(?:{_alternation(w['count_words'])})(?:\s+(?:{scales}))+\s+(?:{units})\b)",
            re.I,
        ),
        # "180 days", "two-hour", "a 12 to 18 month freeze", "three or four days"
        "duration_re": partial(
            re.compile,
            rf"\b(?:(?:\d[\d,.]*|{_alternation(w['count_words'])})\s+"
            rf"(?:{_alternation(w['range_joiners'] | w['alternatives'])})\s+)?"
            rf"(?:\d[\d,.]*|{_alternation(w['count_words'])})[\s-]+"
            rf"(?:{_alternation(w['duration_units'])})\b",
            re.I,
        ),
        "time_tail_re": partial(_time_tail, w),
        "time_count_re": partial(
            re.compile,
            rf"\b(?:\d[\d,.]*|{_alternation(w['count_words'] | w['number_words'])}|a|an)"
            rf"\s+[a-z]+\s+$",
            re.I,
        ),
        "vague_re": partial(re.compile, rf"^(?:{_alternation(w['vague_quantifiers'])})\b", re.I),
        "partitive_re": partial(re.compile, rf"^\s+(?:{_alternation(w['partitives'])})\s+$", re.I),
        "qualifier_re": partial(
            re.compile,
            rf"\b(?:{_alternation(w['amount_qualifiers'])})\s+"
            rf"(?:(?:{money})?\s?\d[\d,.]*\s*(?:{scales})?\s+"
            rf"(?:{_alternation(w['range_joiners'])})\s+)?$",
            re.I,
        ),
        "range_re": partial(
            re.compile,
            rf"^\s*(?:{_alternation(w['range_joiners'])})\s*(?:{money})?\s?\d[\d,.]*"
            rf"(?:\s*(?:{short_scales})\b)?(?:\s*(?:{units})\b)?",
            re.I,
        ),
        "change_re": partial(
            re.compile,
            rf"^(?:\s+[^\W\d_]+){{1,3}}?\s+(?:{_alternation(w['range_joiners'])})\s*"
            rf"(?:{money})?\s?\d(?:[\d,.]*\d)?(?:\s*(?:{short_scales})\b)?(?:\s*(?:{units})\b)?",
            re.I,
        ),
        "relative_re": partial(
            re.compile, rf"^\s*(?:{_alternation(w['relative_pronouns'])})\b", re.I
        ),
        "vote_for_re": partial(re.compile, rf"\b(?:{_alternation(w['vote_for'])})\b"),
        "clause_opener_re": partial(re.compile, rf"^(?:{_alternation(w['clause_openers'])}),\s*"),
        "condition_re": partial(
            re.compile, rf"(?i),?\s*\b(?:{_alternation(w['asked_conditions'])})\b\s*(?:,\s*)?"
        ),
        "condition_start_re": partial(
            re.compile,
            rf"(?i)\b(?:{_alternation({c.split()[0] for c in w['asked_conditions']})})\b",
        ),
    }
