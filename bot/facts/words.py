"""The words of news writing the recognisers share, read from the lexicon.

:class:`Words` is built from a :class:`~bot.lexicon.Lexicon` and owns every word set and compiled
regex the fact recognisers use; nothing is stored on the lexicon itself. The regexes' structure is
here; their words come from the lexicon. :meth:`Words.of` keeps one per live lexicon.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Callable

from ..lexicon import Lexicon
from .caseless import Caseless

_PARENTHESIS = re.compile(r"\s*,[^,]*,\s*(?:\w+\s+){0,2}")  # ", the minister," between X and said
_AGE = re.compile(r",\s*(\d{1,3})\s*,")  # "X, 61,"
_RUN = re.compile(r"[^\W_]+")  # letters and digits: what the words of a sentence are made of


def _longest_first(words) -> list[str]:
    return sorted(words, key=lambda x: (-len(x), x))


def alternation(words, spaced: bool = True) -> str:
    """A regex alternation of words and phrases, longest first; a phrase's spaces match any run
    of white space (``spaced``) or one space."""
    space = r"\s+" if spaced else r"\ "
    return "|".join(space.join(re.escape(p) for p in x.split(" ")) for x in _longest_first(words))


def _anchors(words) -> list[str]:
    """One word of each word or phrase, in lowercase: a match of any of them contains it."""
    return [max(x.lower().split(), key=len) for x in words]


def _start_test(first, digits: bool = True, glued=None, also=()) -> str:
    """A word boundary and a lookahead that pass where a match may start, when each of them
    starts with one of the words or phrases ``first`` (or, with ``digits``, with a digit): at
    the start of a word that begins with the first word of one of them (as a tree of their
    letters: a place that is no start fails after a letter or two, not after trying every
    alternative of the regex), or at a digit. Only the word boundary when one of them does not
    start with a letter or digit. With ``glued`` (the words a match may join to the next
    letter: "mid" of "midsummer"), every other first word must end a word there: "and" is no
    start of a match that starts with "an"; ``also``: other places a match may start (regexes)."""
    heads = {x.split()[0].lower() for x in first if x.strip()}
    if not heads or not all(re.match(r"\w", x) for x in first):
        return r"\b"
    digit = r"\d|" if digits else ""
    if glued is None:
        return rf"\b(?={digit}{_tree(heads)})"
    loose = {x for x in heads if x in glued or not re.search(r"\w$", x)}
    ended = rf"(?:{_tree(heads - loose)})\b" if heads - loose else ""
    return rf"\b(?={digit}{'|'.join(filter(None, (ended, _tree(loose), *also)))})"


def _ahead(first) -> str:
    """A lookahead that passes only where one of the words or phrases ``first`` may start (its
    first word's letters, or a digit): an alternation each of whose alternatives starts so fails
    at once elsewhere."""
    return rf"(?=\d|{_tree({x.split()[0].lower() for x in first if x.strip()})})"


def _tree(words: set[str]) -> str:
    """An alternation of ``words`` as a tree of their letters: (?:a(?:go|t)|in|…)."""
    branches: dict[str, set[str]] = {}
    for x in words:
        if x:
            branches.setdefault(x[0], set()).add(x[1:])
    if not branches:
        return ""
    alts = [re.escape(c) + _tree(rest) for c, rest in sorted(branches.items())]
    group = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{group})?" if "" in words else group


_FIRST_WORDS = ("months", "weekdays", "seasons", "clock_words")  # a time's own first words
_BUILT: dict[int, Words] = {}  # id of a live lexicon → its Words


class Words:
    """Word sets and regexes of one lexicon, as the fact recognisers use them. Every key of the
    language's writing.yaml is an attribute too: ``words.name_connectors``."""

    @classmethod
    def of(cls, lex: Lexicon) -> Words:
        """The Words of ``lex``, built once while the lexicon lives."""
        words = _BUILT.get(id(lex))
        if words is None:
            words = _BUILT[id(lex)] = cls(lex)
            weakref.finalize(lex, _BUILT.pop, id(lex), None)
        return words

    def __init__(self, lex: Lexicon):
        self.__dict__.update(lex.writing)
        self._later: dict[str, Callable[[], object]] = {}  # see __getattr__
        self.rules = lex.rules
        self.g = lex.writing
        w = lex.words
        self.titles = frozenset({t for t in lex.titles if " " not in t} | set(w["honorifics"]))
        self.title_kinds = lex.titles
        self.generic_titles = w["generic_titles"]  # titles that stand for any of their kind
        self.honorifics = w["honorifics"]
        self.org_words = w["org_words"]
        self.stop = w["stopwords"]
        self.known = lex.known_words
        self.name_suffixes = w["name_suffixes"]
        self.place_prepositions = w["place_prepositions"]
        self.relative_times = lex.times
        # "last", "week", "yesterday": the words of relative times ("Last week senior analyst X")
        self.time_words = frozenset(x for t in lex.times for x in t.split()) - self.stop
        self.group_nouns = w["group_nouns"]
        self.negations = w["negations"]
        self.months = w["months"]
        self.weekdays = w["weekdays"]
        self.enumeration_heads = _longest_first(w["enumeration_heads"])
        self.say = frozenset(x for x in lex.classes["say"] if " " not in x)
        self.support = frozenset(lex.classes["support"])
        self.oppose = frozenset(lex.classes["oppose"])
        self.recognize = frozenset(lex.classes["recognize"])
        self.abstain = frozenset(lex.classes["abstain"])
        self.parenthesis = _PARENTHESIS
        # "called", "known as": the words of each phrase naming a place, split once
        self.place_naming_words = [p.split() for p in sorted(self.g["place_naming"]) if p.split()]
        # unions the recognisers test words against, made once
        self.articles_or_possessives = self.g["articles"] | self.g["possessive_determiners"]
        self.phrase_openers = self.articles_or_possessives | self.g["no_words"]
        self.courtesy_or_titles = self.g["courtesy_titles"] | self.titles
        self.speaker_or_thing_pronouns = self.g["speaker_pronouns"] | self.g["thing_pronouns"]
        self.age = _AGE
        self._names_and_speech()
        self._stances(lex)
        self.time = Caseless(self._time_regex(lex), self._time_anchors(lex), words=True)
        self.time_apostrophes = any(x in self.time.pattern.pattern for x in "'’")
        # the phrases of concepts as a sentence's folded words show them: (" pay a visit ", id);
        # one that ends in a place's preposition ("going to") only before a name or "the"
        self.concept_phrases = [(f" {ph} ", cid) for ph, cid in lex.concept_phrases.items()]
        # the same by their first word (a sentence without it has none of them)
        self.concept_phrases_by_first: dict[str, list[tuple[str, str]]] = {}
        for ph, cid in self.concept_phrases:
            self.concept_phrases_by_first.setdefault(ph.split()[0], []).append((ph, cid))
        places = lex.words["place_prepositions"]
        self.placed_phrases = frozenset(
            f" {ph} " for ph in lex.concept_phrases if ph.split()[-1] in places
        )
        self._amounts()
        # what a word makes of an event: refused, failed, postponed
        self.mode_of = {
            word: mode
            for mode, key in (
                ("refused", "refusal_words"),
                ("failed", "failure_words"),
                ("postponed", "postponement_words"),
                ("cancelled", "cancellation_words"),
            )
            for word in self.g[key]
        }

    def _names_and_speech(self) -> None:
        g = self.g
        the = alternation(g["definite_articles"])
        # "Health Minister Grace Mbewe of Malawi": the place after the name belongs to the title
        self.of_place = re.compile(
            rf"\s+(?P<of>{alternation(g['genitive_words'])})\s+"
            rf"(?P<place>(?:(?:{the})\s+)?[A-Z][\w'’-]*(?:\.[A-Za-z][\w'’-]*)*"  # "One.Tel"
            rf"(?:\s+[A-Z][\w'’-]*)*)"
        )
        self.relative_clause = re.compile(rf"\s+(?:{alternation(g['relative_pronouns'])})\s+")
        # "Name, <role>," and "Name, an advisor to X said": the appositive after a name
        said = alternation(g["reporting_verbs"] | g["reporting_verbs_with_object"])
        self.appositive = re.compile(
            rf",\s*([^,;()]{{3,160}}?)(?:\s*(?:[,;]|\.(?:\s|$))|(?P<said>(?=\s+(?:{said})\b)))"
        )
        # "Name, who lost his son Scott, says": a person described by a relative clause
        self.described = re.compile(
            rf",\s*((?:{alternation(g['person_relatives'])})\s[^,;()]{{3,160}}?)"
            rf"(?:\s*(?:[,;]|\.(?:\s|$)))"
        )
        # "Name of the Harbour Workers Union", "Name, of the Harbour Workers Union, says": the
        # organisation a person is of
        joiner = alternation(self.g["genitive_words"] | g["conjunctions"] | g["definite_articles"])
        self.affiliation = re.compile(
            rf",?\s+(?:{alternation(g['affiliation_prepositions'])})\s+(?:(?:{the})\s+)?"
            rf"(?P<org>[A-Z][\w'’-]*(?:\s+(?:(?:{joiner})\s+)?[A-Z][\w'’-]*)*)"
        )
        self.after_affiliation = re.compile(r"\s*(?:\([^)]*\)\s*)?,?\s*(\w+)(?:\s+(\w+))?")
        # "Director of the Health Emergencies" / "Director of Health and Safety": inside a title
        self.title_joiners = g["genitive_words"] | g["definite_articles"] | g["conjunctions"]
        self.thing_words = g["thing_pronouns"] | g["thing_possessives"]
        self.attribution_words = [x.split() for x in _longest_first(g["attributions"])]
        self.attribution_starts = frozenset(x[0] for x in self.attribution_words)
        # "told reporters that …", "said on Monday that …": up to where the reported words start
        # "told reporters that …" — not "the weather was calm that night": no verb before it
        verbs = alternation(g["be_forms"] | g["modal_words"])
        self.up_to_complementizer = re.compile(
            rf"^(?:(?!(?:{verbs})\s)[\w’'-]+\s+){{0,4}}?(?:{alternation(g['complementizers'])})\s+",
            re.I,
        )
        self.leading_preposition = re.compile(rf"^(?:{alternation(g['speech_prepositions'])}|,)\s+")
        # a time's prefix that belongs to it ("end of", "early", "next"), unlike a bare preposition
        self.part_of_time = re.compile(
            alternation(
                g["period_parts"]
                | g["time_modifiers"]
                | g["time_prefixes"]
                | g["future_modifiers"]
                | g["past_modifiers"]
                | g["present_modifiers"],
                False,
            )
        )

    def _stances(self, lex: Lexicon) -> None:
        g, w = self.g, lex.words
        # the words a stance recogniser starts from
        self.stance_words = (
            self.support
            | self.oppose
            | self.abstain
            | g["neutral_words"]
            | g["stance_prepositions"]
        )
        the = alternation(g["definite_articles"])
        self.clause_split = re.compile(
            rf",\s+(?:{alternation(g['clause_contrasts'])})\s+|;\s+"
            rf"|,\s+(?:{alternation(g['conjunctions'])})\s+(?!(?:{the})\s+[A-Z])(?=[a-z])"
        )
        self.exclusion = re.compile(
            r"\((?:{})\s+([^)]+)\)".format(alternation(w["exclusion_words"], False))
        )
        self.default_issue = min(g["default_issue"])
        self.vote_verb = min(g["vote_verbs"])
        one_of = self._one_of
        # "Among those voting in favour were A, B and C"; "Those voting against included A"
        self.vote_list = Caseless(
            re.compile(
                rf"(?:(?:{one_of('vote_list_openers')}\s+)?{one_of('voters')}\s+)?"
                rf"{one_of('voting_words')}\s+(?P<side>{one_of('vote_for', 'vote_against')})\s+"
                rf"(?:{one_of('vote_list_objects')}\s+)?{one_of('vote_list_verbs')}\s+"
                rf"(?P<list>[^;.]+?)(?=,\s+{one_of('clause_contrasts')}\b|;|\.\s|\.$|$)",
                re.I,
            ),
            _anchors(g["voting_words"]),
        )
        # "A and B have said they would": the reporting words between a subject and its verb
        self.reported = re.compile(
            rf"\s+{one_of('reporting_adverbs')}?\s*"
            rf"(?:{one_of('reporting_verbs')}|{one_of('reporting_verbs_with_object')}\s+\w+)"
            rf"(?:\s+{one_of('complementizers')})?\s+{one_of('reported_subjects')}"
            rf"(?:\s+{one_of('reported_modals')})?\s*$",
            re.I,
        )
        # "X said it would remain neutral": the auxiliary before "remain"
        self.trailing_auxiliary = re.compile(rf"\s+(?:{alternation(g['neutral_auxiliaries'])})$")
        # what "opposed it", "welcomed that" point back to
        self.pointers = g["back_references"] | g["demonstratives"]
        determiners = alternation(g["issue_determiners"])
        self.on_issue = re.compile(
            rf"\s+(?:{alternation(g['issue_prepositions'])})\s+"
            rf"((?:{determiners})\s+[\w-]+(?:\s+[\w-]+)?)"
        )
        self.issue_stems = frozenset(self.rules.stem(x) for x in w["issue_nouns"])
        # "the resolution", "a $1.2 billion transit plan" — in lowercase: "The … Policy Council"
        # is a name
        self.issue = re.compile(
            rf"\b(?i:{determiners})\s+(?:[a-z0-9$.,-]+\s+){{0,3}}?"
            rf"(?:{alternation(w['issue_nouns'], False)})\b"
        )
        # the nouns as a sentence's words show them, when each is a plain lowercase word (see
        # Issues.may_hold_one); else None
        nouns = w["issue_nouns"]
        plain = all(len(x) > 2 and x.isascii() and x.isalpha() and x.islower() for x in nouns)
        self.issue_nouns = frozenset(nouns) if plain else None

    def __getattr__(self, name: str) -> object:
        """A regex made the first time it is asked for: those of amounts, which few questions
        read (an article's amounts are read when a question first asks for them), cost a cold
        start time to compile."""
        make = self.__dict__.get("_later", {}).pop(name, None)
        if make is None:
            raise AttributeError(f"{type(self).__name__} has no attribute {name!r}")
        value = self.__dict__[name] = make()
        return value

    def _amounts(self) -> None:
        """The tables and the regex of amounts ("about $10 million", "12 to 18 month", "48
        hours", "four-year", "twice", "the 11th")."""
        g, one_of = self.g, self._one_of

        def values(key: str) -> dict[str, float]:
            return {k.strip(): float(v) for k, _, v in (x.partition("=") for x in g[key])}

        self.number_values = values("number_words")
        self.scale_values = values("scale_words")
        self.ordinal_values = values("ordinal_words")
        self.times_values = values("times_words")
        self.fraction_values = values("fraction_words")  # "third" → 3
        self.numerator_values = values("fraction_numbers")  # "one" → 1 ("one third")
        self.alone_values = values("fraction_alone")  # "half" → 2 ("half of the staff")
        self.times_noun = min(g["times_nouns"])
        self.units = {k: g[f"{k}_units"] for k in ("duration", "distance", "weight")}
        digits = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        words = alternation(self.number_values)
        scale = alternation(self.scale_values)
        currency = rf"(?:\b[A-Z]{{1,2}})?(?:{alternation(g['currency_symbols'])})"
        pct = alternation(g["percent_words"])
        joined = alternation(set().union(*self.units.values()) | g["age_units"], spaced=False)
        suffix = one_of("ordinal_suffixes")
        number = rf"{digits}|\b(?:{words})\b"
        fraction = _fraction(self)
        self._later["amount"] = lambda: re.compile(
            rf"(?P<approx>\b{one_of('approximators')}\s+)?"
            rf"(?:\b(?P<opener>{one_of('range_openers')})\s+)?"
            rf"(?P<cur>{currency})?\s?"
            rf"(?:{fraction}(?P<ordinal>\b\d+{suffix}\b|\b{one_of('ordinal_words_plain')}\b)"
            rf"|(?P<times>\b{one_of('times_words_plain')}\b)"
            rf"|(?P<num>{number}|\b{one_of('vague_counts')}\b))"
            rf"(?P<clock>:\d\d|\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w))?"
            rf"(?:\s?(?P<scale>{scale})\b)?"
            rf"(?:-(?P<hyphen>{joined})\b|(?P<compound>-[^\W\d_][\w-]*))?"
            rf"(?:\s?(?P<pct>{pct})(?!\w))?(?:\s(?P<curword>{one_of('currency_words')})\b)?",
            re.IGNORECASE,
        )
        # where an amount may be: a digit or a number word (found first, cheaply); and what may
        # come before it ("about", "between", "US$"), read backwards from there
        plain = {k.partition("=")[0].strip() for k in g["ordinal_words"] | g["times_words"]}
        fractions = set(self.numerator_values) | set(self.alone_values)  # "one third", "half"
        spelt = set(self.number_values) | plain | g["vague_counts"] | fractions
        numerators = f"|{alternation(fractions)}" if fractions else ""
        self._later["amount_anchor"] = lambda: Caseless(
            re.compile(
                rf"\d|{_start_test(spelt, digits=False)}(?:{words}{numerators}"
                rf"|{one_of('ordinal_words_plain', 'times_words_plain')}"
                rf"|{one_of('vague_counts')})\b",
                re.IGNORECASE,
            ),
            _anchors(spelt),
            digits=True,
        )
        # the first words of the spelt numbers, when the words of a sentence can tell where the
        # anchor regex may find one (see amounts._anchor_starts: each a run of letters or digits,
        # none a part of a possessive ending cut off a word); else None
        firsts = {x.split()[0].lower() for x in spelt}
        endings = {x.lower() for s in self.rules.POSSESSIVE_SUFFIXES for x in _RUN.findall(s)}
        plain_firsts = all(_RUN.fullmatch(x) for x in firsts) and not firsts & endings
        self.number_firsts = frozenset(firsts) if plain_firsts else None
        self.anchor_offsets: dict[str, tuple[int, ...]] = {}  # a word → where anchors may start
        _amount_prefixes(self, currency)
        # the top of a range: "12 to 18", "between $5,000 and $7,000", "12-18"
        self._later["range_tail"] = lambda: re.compile(
            rf"\s?(?:(?P<dash>-|–)|\b{one_of('range_joiners')}\b|(?P<and>\b{one_of('range_and')}\b))"
            rf"\s?(?P<cur2>{currency})?\s?(?P<num2>{number})(?:\s?(?P<scale2>{scale})\b)?"
            rf"(?:\s?(?P<pct2>{pct})(?!\w))?",
            re.IGNORECASE,
        )

    def _one_of(self, *keys: str, spaced: bool = True) -> str:
        """A regex group matching any word or phrase of these writing.yaml keys ("<key>_plain":
        the words of a "word=value" list)."""
        found = set()
        for k in keys:
            if k.endswith("_plain"):
                found |= {x.partition("=")[0].strip() for x in self.g[k.removesuffix("_plain")]}
            else:
                found |= self.g[k]
        return f"(?:{alternation(found, spaced)})"

    def _time_anchors(self, lex: Lexicon) -> list[str]:
        """Words one of which every match of :attr:`time` contains: its months, weekdays,
        seasons, quarter words, relative times and the centuries of its years."""
        w = lex.words
        found = ["19", "20"]  # (?:19|20)\d\d
        for words in (
            w["months"],
            w["weekdays"],
            w["seasons"],
            w["clock_suffixes"],  # "3:00pm"
            w["clock_words"],  # "midnight"
            self.g["quarter_words"],
            self.g["duration_units"],  # "in three days"
            lex.times,
        ):
            found += _anchors(words)
        return found

    def _time_starts(self, lex: Lexicon, the: str) -> str:
        """Where the time regex may match: at a digit or the first word of a time or of what
        may come before one (a cheap test of each place the regex is tried at: see
        _start_test); at an article or a preposition that starts nothing else, only when what
        may come before a time follows ("the end of", "in the first half of")."""
        g = self.g
        keys = "period_parts time_modifiers time_prefixes future_modifiers past_modifiers"
        before = [x for k in f"{keys} present_modifiers".split() for x in g[k]]
        first = before + list(lex.times) + [x.partition("=")[0].strip() for x in g["number_words"]]
        first += [x for k in ("ordinals", "within_words", "counted_time_openers") for x in g[k]]
        first += [x for k in _FIRST_WORDS for x in lex.words[k]]
        heads = {x.split()[0].lower() for x in first if x.strip()}
        preps = {x.lower() for x in g["time_prepositions"] if len(x.split()) == 1} - heads
        articles = {x.lower() for x in g["definite_articles"] if len(x.split()) == 1} - heads
        articles -= preps
        first += [
            x
            for k in ("time_prepositions", "definite_articles")
            for x in g[k]
            if x.lower() not in preps | articles
        ]
        also = [rf"{_tree(preps)}\s+{the}?{_ahead(before)}"] if preps else []
        also += [rf"{_tree(articles)}\s+{_ahead(before)}"] if articles else []
        return _start_test(first, glued={x.lower() for x in g["time_prefixes"]}, also=also)

    def _time_regex(self, lex: Lexicon, quick: bool = True) -> re.Pattern:
        """Dates, months, weekdays, seasons, quarters, years, clock times ("3:00pm"), relative
        times and times counted ahead ("in three or four days"), each with what may come before
        it ("by the end of", "early", "next"). Every alternative must contain a word of
        :meth:`_time_anchors` (a new one: add its words there). ``quick``: with the lookaheads
        that only fail early where no match can be (the same matches: tests/test_fast_paths.py)."""
        w, one_of = lex.words, self._one_of
        months = alternation(w["months"])
        the = rf"(?:{one_of('definite_articles')}\s+)"
        of = one_of("genitive_words")
        suffix = rf"{one_of('ordinal_suffixes')}?"
        directed = one_of("future_modifiers", "past_modifiers", "present_modifiers")
        # "around 3:00pm", "at 10am"; "in three or four days", "within two weeks"
        clock = rf"(?:{alternation(w['clock_suffixes'])})(?!\w)"
        hours = rf"|(?:{alternation(w['clock_words'])})\b" if w["clock_words"] else ""
        count = rf"(?:\d+|{one_of('number_words_plain')})"
        units = one_of("duration_units")
        within = one_of("within_words")
        either = alternation(w["alternatives"])
        pre = (
            rf"(?P<pre>(?:{one_of('time_prepositions')}\s+)?{the}?"
            rf"(?:{one_of('period_parts', spaced=False)}\s+{of}\s+{the}?"
            rf"|{one_of('time_modifiers')}\s+|{one_of('time_prefixes')}-?\s*|{directed}\s+))?"
        )
        starts = self._time_starts(lex, the)
        # what may come after what is before a time: a digit or the first word of a time
        core = _ahead(
            [x for k in ("months", "weekdays", "seasons", "clock_words") for x in w[k]]
            + list(self.g["ordinals"])
        )
        relative = _ahead(lex.times)
        if not quick:
            starts = core = relative = ""
        return re.compile(
            rf"{starts}(?:"
            # "November 1997" is a month and its year, never "November 19"
            rf"\b{pre}{core}(?:(?P<date>(?:{months})\.?\s+\d{{1,2}}(?!\d){suffix}(?:,?\s+\d{{4}})?"
            rf"|\d{{1,2}}{suffix}\s+(?:{months})\b\.?(?:,?\s+\d{{4}})?)"
            rf"|(?P<month>(?:{months})(?:\s+\d{{4}})?)\b"
            rf"|(?P<weekday>(?:{alternation(w['weekdays'])})(?:\s+{one_of('day_parts')})?)\b"
            rf"|(?P<season>(?:{alternation(w['seasons'])})(?:\s+\d{{4}})?)\b"
            rf"|(?P<quarter>{one_of('ordinals')}\s+{one_of('quarter_words')}"
            rf"(?:\s+{of}\s+{directed}\s+{one_of('year_words')}|\s+{of}\s+\d{{4}}|\s+\d{{4}})?)\b"
            # "the 2000-2001 financial year", "2000-01": a year and the one after it, one time
            rf"|(?P<year>(?:19|20)\d\d(?:[-–/](?:(?:19|20)\d\d|\d\d)(?![\d-]))?)\b"
            rf"|(?P<clock>\d{{1,2}}(?:[:.]\d{{2}})?\s?{clock}{hours}))"
            rf"|\b(?P<within>{within}\s+[\"“]?{count}(?:\s+{either}\s+{count})?\s+{units}\b[\"”]?)"
            # "a month before the vote", "two weeks later": counted from another time
            rf"|\b(?P<counted>(?:{count}|{one_of('counted_time_openers')})\s+{units}"
            rf"\s+{one_of('counted_time_relations')})\b"
            # "now-defunct", "long-ago": a word of a compound is no time
            rf"|\b{relative}(?<![\w]-)(?P<relative>{alternation(lex.times, False)})\b(?!-\w))",
            re.IGNORECASE,
        )


def _fraction(w: Words) -> str:
    """The amount regex's branch of a fraction read as a share: with a number above it only
    before "of" ("one third of the staff", "two-thirds of voters": groups ``numerator``,
    ``denominator``), or a fraction that stands alone ("half of the staff", "around half their
    income": group ``alone``) before "of" or a possessive or definite determiner, never after an
    ordinal ("the second half of the season" is a time); group ``fraction`` either way. "" when
    the language lists no fractions."""
    g, one_of, out = w.g, w._one_of, []
    of = one_of("genitive_words")
    if w.fraction_values and w.numerator_values:
        out.append(
            rf"\b(?P<numerator>{alternation(w.numerator_values)})[\s-]+"
            rf"(?P<denominator>{alternation(w.fraction_values)})\b(?=\s+{of}\b)"
        )
    if w.alone_values:
        not_after = "".join(rf"(?<!\b{re.escape(x)}\s)" for x in sorted(g["ordinals"]))
        then = one_of("genitive_words", "possessive_determiners", "definite_articles")
        out.append(rf"{not_after}\b(?P<alone>{alternation(w.alone_values)})\b(?=\s+{then}\b)")
    return rf"(?P<fraction>{'|'.join(out)})|" if out else ""


def _amount_prefixes(w: Words, currency: str) -> None:
    """What may stand before an amount ("about", "between", "US$"): its regex, and the
    marks and endings that tell cheaply where none can be."""
    g, one_of = w.g, w._one_of
    w._later["amount_prefix"] = lambda: re.compile(
        rf"(?:\b{one_of('approximators')}\s+)?(?:\b{one_of('range_openers')}\s+)?"
        rf"(?:{currency})?\s?$",
        re.IGNORECASE,
    )
    # a word or symbol one of which every prefix longer than a space holds, in lowercase:
    # where none is before an amount, its prefix is at most the space before it
    marks = _anchors(g["approximators"] | g["range_openers"]) + [
        x.lower() for x in g["currency_symbols"]
    ]
    w.amount_prefix_marks = (
        re.compile("|".join(map(re.escape, _longest_first(marks))))
        if all(marks) and marks
        else None
    )
    # what a prefix longer than the space before an amount ends with, in lowercase: the last
    # word of an approximator or an opener (then spaces), or a currency symbol (then a space
    # or none); None when one is not a plain word or symbol
    ends = {x.lower().split()[-1] for x in g["approximators"] | g["range_openers"]}
    symbols = frozenset(x[-1:].lower() for x in g["currency_symbols"])
    w.amount_prefix_ends = (
        (tuple(sorted(ends)), symbols)
        if ends and all(_RUN.fullmatch(x) for x in ends) and "" not in symbols
        else None
    )
