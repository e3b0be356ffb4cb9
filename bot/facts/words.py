"""The words of news writing the recognisers share, read once from the lexicon per extraction.

:class:`Words` is built from a :class:`~bot.lexicon.Lexicon` and owns every word set and compiled
regex the fact recognisers use; nothing is stored on the lexicon itself. The regexes' structure is
here; their words come from the lexicon.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon

_PARENTHESIS = re.compile(r"\s*,[^,]*,\s*(?:\w+\s+){0,2}")  # ", the minister," between X and said
_AGE = re.compile(r",\s*(\d{1,3})\s*,")  # "X, 61,"


def _longest_first(words) -> list[str]:
    return sorted(words, key=lambda x: (-len(x), x))


def alternation(words, spaced: bool = True) -> str:
    """A regex alternation of words and phrases, longest first; a phrase's spaces match any run
    of white space (``spaced``) or one space."""
    space = r"\s+" if spaced else r"\ "
    return "|".join(space.join(re.escape(p) for p in x.split(" ")) for x in _longest_first(words))


class Words:
    """Word sets and regexes of one lexicon, as the fact recognisers use them. Every key of the
    language's writing.yaml is an attribute too: ``words.name_connectors``."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.rules = lex.rules
        w = lex.words
        g = lex.writing
        self.g = g
        self.titles = frozenset({t for t in lex.titles if " " not in t} | set(w["honorifics"]))
        self.title_kinds = lex.titles
        self.honorifics = w["honorifics"]
        self.org_words = w["org_words"]
        self.stop = w["stopwords"]
        self.known = lex.known_words
        self.name_suffixes = w["name_suffixes"]
        self.place_prepositions = w["place_prepositions"]
        self.relative_times = lex.times
        self.group_nouns = w["group_nouns"]
        self.negations = w["negations"]
        self.months = w["months"]
        self.weekdays = w["weekdays"]
        self.enumeration_heads = _longest_first(w["enumeration_heads"])
        self.exclusion = re.compile(
            r"\((?:{})\s+([^)]+)\)".format(alternation(w["exclusion_words"], False))
        )
        self.say = frozenset(x for x in lex.classes["say"] if " " not in x)
        self.support = frozenset(lex.classes["support"])
        self.oppose = frozenset(lex.classes["oppose"])
        self.recognize = frozenset(lex.classes["recognize"])
        self.abstain = frozenset(lex.classes["abstain"])
        # the words a stance recogniser starts from
        self.stance_words = (
            self.support
            | self.oppose
            | self.abstain
            | g["neutral_words"]
            | g["stance_prepositions"]
        )
        self.clause_split = re.compile(
            rf",\s+(?:{alternation(g['clause_contrasts'])})\s+|;\s+"
            rf"|,\s+(?:{alternation(g['conjunctions'])})\s+(?!(?:{alternation(g['definite_articles'])})\s+[A-Z])"
            r"(?=[a-z])"
        )
        self.parenthesis = _PARENTHESIS
        self.age = _AGE
        self.default_issue = min(g["default_issue"])
        self.vote_verb = min(g["vote_verbs"])
        self.vote_list = self._vote_list_regex()
        self.reported = self._reported_regex()
        self.on_issue = re.compile(
            rf"\s+(?:{alternation(g['issue_prepositions'])})\s+"
            rf"((?:{alternation(g['issue_determiners'])})\s+[\w-]+(?:\s+[\w-]+)?)"
        )
        issues = w["issue_nouns"]
        self.issue_stems = frozenset(lex.rules.stem(x) for x in issues)
        # "the resolution", "a $1.2 billion transit plan" — lowercase: "The … Policy Council" is a name
        self.issue = re.compile(
            rf"\b(?i:{alternation(g['issue_determiners'])})\s+(?:[a-z0-9$.,-]+\s+){{0,3}}?(?:"
            + alternation(issues, False)
            + r")\b"
        )
        self.time = self._time_regex()
        self.relative_clause = re.compile(rf"\s+(?:{alternation(g['relative_pronouns'])})\s+")
        # "Director of the Health Emergencies" / "Director of Health and Safety": inside a title
        self.title_joiners = g["genitive_words"] | g["definite_articles"] | g["conjunctions"]
        self.thing_words = g["thing_pronouns"] | g["thing_possessives"]
        self.attribution_words = [x.split() for x in _longest_first(g["attributions"])]
        # "told reporters that …", "said on Monday that …": up to where the reported words start
        self.up_to_complementizer = re.compile(
            rf"^(?:[\w’'-]+\s+){{0,4}}?(?:{alternation(g['complementizers'])})\s+"
        )
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
        # "X said it would remain neutral": the auxiliary before "remain"
        self.trailing_auxiliary = re.compile(rf"\s+(?:{alternation(g['neutral_auxiliaries'])})$")
        # what "opposed it", "welcomed that" point back to
        self.pointers = g["back_references"] | g["demonstratives"]
        self.leading_preposition = re.compile(rf"^(?:{alternation(g['speech_prepositions'])}|,)\s+")
        the = alternation(g["definite_articles"])
        # "Health Minister Grace Mbewe of Malawi": the place after the name belongs to the title
        self.of_place = re.compile(
            rf"\s+(?P<of>{alternation(g['genitive_words'])})\s+"
            rf"(?P<place>(?:(?:{the})\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
        )

    def __getattr__(self, key: str) -> frozenset[str]:
        try:
            return self.__dict__["g"][key]
        except KeyError:
            raise AttributeError(key) from None

    def _vote_list_regex(self) -> re.Pattern:
        """ "Among those voting in favour were A, B and C"; "Those voting against included A"."""
        g = self.g
        sides = g["vote_for"] | g["vote_against"]
        return re.compile(
            rf"(?:(?:(?:{alternation(g['vote_list_openers'])})\s+)?(?:{alternation(g['voters'])})\s+)?"
            rf"(?:{alternation(g['voting_words'])})\s+(?P<side>{alternation(sides)})\s+"
            rf"(?:(?:{alternation(g['vote_list_objects'])})\s+)?(?:{alternation(g['vote_list_verbs'])})\s+"
            rf"(?P<list>[^;.]+?)(?=,\s+(?:{alternation(g['clause_contrasts'])})\b|;|\.\s|\.$|$)",
            re.I,
        )

    def _reported_regex(self) -> re.Pattern:
        """ "A and B have said they would": the reporting words between a subject and its verb."""
        g = self.g
        return re.compile(
            rf"\s+(?:{alternation(g['reporting_adverbs'])})?\s*"
            rf"(?:{alternation(g['reporting_verbs'])}|(?:{alternation(g['reporting_verbs_with_object'])})\s+\w+)"
            rf"(?:\s+(?:{alternation(g['complementizers'])}))?\s+(?:{alternation(g['reported_subjects'])})"
            rf"(?:\s+(?:{alternation(g['reported_modals'])}))?\s*$",
            re.I,
        )

    def _time_regex(self) -> re.Pattern:
        w, g = self.lex.words, self.g
        months = alternation(w["months"])
        days = alternation(w["weekdays"])
        seasons = alternation(w["seasons"])
        rel = alternation(self.lex.times, False)
        the = rf"(?:(?:{alternation(g['definite_articles'])})\s+)"
        of = alternation(g["genitive_words"])
        suffix = rf"(?:{alternation(g['ordinal_suffixes'])})?"
        directed = alternation(g["future_modifiers"] | g["past_modifiers"] | g["present_modifiers"])
        pre = (
            rf"(?P<pre>(?:(?:{alternation(g['time_prepositions'])})\s+)?{the}?"
            rf"(?:(?:{alternation(g['period_parts'], False)})\s+(?:{of})\s+{the}?"
            rf"|(?:{alternation(g['time_modifiers'])})\s+|(?:{alternation(g['time_prefixes'])})-?\s*"
            rf"|(?:{directed})\s+))?"
        )
        return re.compile(
            rf"\b{pre}(?:(?P<date>(?:{months})\.?\s+\d{{1,2}}{suffix}(?:,?\s+\d{{4}})?"
            rf"|\d{{1,2}}{suffix}\s+(?:{months})\b\.?(?:,?\s+\d{{4}})?)"
            rf"|(?P<month>(?:{months})(?:\s+\d{{4}})?)\b"
            rf"|(?P<weekday>(?:{days})(?:\s+(?:{alternation(g['day_parts'])}))?)\b"
            rf"|(?P<season>(?:{seasons})(?:\s+\d{{4}})?)\b"
            rf"|(?P<quarter>(?:{alternation(g['ordinals'])})\s+(?:{alternation(g['quarter_words'])})"
            rf"(?:\s+(?:{of})\s+(?:{directed})\s+(?:{alternation(g['year_words'])})"
            rf"|\s+(?:{of})\s+\d{{4}}|\s+\d{{4}})?)\b"
            rf"|(?P<year>(?:19|20)\d\d)\b)"
            rf"|\b(?P<relative>{rel})\b",
            re.IGNORECASE,
        )
