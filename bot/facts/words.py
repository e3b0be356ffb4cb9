"""The words of news writing the recognisers share, read once from the lexicon per extraction.

:class:`Words` is built from a :class:`~bot.lexicon.Lexicon` and owns every word set and compiled
regex the fact recognisers use; nothing is stored on the lexicon itself. The regexes' structure is
here; their words come from the lexicon.
"""

from __future__ import annotations

import re

from ..lexicon import Lexicon
from ..text import stem

_CONNECTORS = frozenset(
    {"of", "de", "del", "da", "la", "le", "van", "von", "bin", "al", "el", "du", "dos"}
)
_PRONOUNS_SUBJ = frozenset({"he", "she"})
_PRONOUNS_OBJ = frozenset({"him", "her"})
_NP_STOP = frozenset(
    "and but or in on at by from as because while after before since until which who that "
    "arguing saying citing without with despite subject unless if".split()
)
_MODALS = frozenset(
    "would will to did does do could should might may can not also unanimously".split()
)
_SUBJECT_PRONOUNS = frozenset("they we i you he she it".split())
_CLAUSE_SPLIT = re.compile(r",\s+(?:while|whereas|but)\s+|;\s+|,\s+and\s+(?!the\s+[A-Z])(?=[a-z])")
_VOTE_LIST = re.compile(
    r"(?:(?:among\s+)?(?:those|the\s+countries|countries|nations|states|members|delegations)\s+)?"
    r"voting\s+(?P<side>in\s+favou?r|for|against)\s+(?:of\s+it\s+)?(?:were|was|included|include|are)\s+"
    r"(?P<list>[^;.]+?)(?=,\s+while\b|;|\.\s|\.$|$)",
    re.I,
)
_REPORTED = re.compile(
    r"\s+(?:have|has|had|also|both|all)?\s*(?:said|say|says|stated|announced|told\s+\w+)"
    r"(?:\s+that)?\s+(?:they|it|he|she|we)(?:\s+(?:would|will|could|might|do|does|did|also))?\s*$",
    re.I,
)
_NEUTRAL_VERBS = frozenset("remain remains remained stay stays stayed be is was".split())
_BE = frozenset("is are was were been being".split())
_ON_ISSUE = re.compile(r"\s+(?:in|on|over|about)\s+((?:the|this|its)\s+[\w-]+(?:\s+[\w-]+)?)")
_PARENTHESIS = re.compile(r"\s*,[^,]*,\s*(?:\w+\s+){0,2}")
_AGE = re.compile(r",\s*(\d{1,3})\s*,")


def _longest_first(words) -> list[str]:
    return sorted(words, key=len, reverse=True)


class Words:
    """Word sets and regexes of one lexicon, as the fact recognisers use them."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        w = lex.words
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
        self.enumeration_heads = sorted(w["enumeration_heads"], key=lambda x: (-len(x), x))
        self.exclusion = re.compile(
            r"\((?:{})\s+([^)]+)\)".format(
                "|".join(re.escape(x) for x in _longest_first(w["exclusion_words"]))
            )
        )
        self.months = w["months"]
        self.weekdays = w["weekdays"]
        self.say = frozenset(x for x in lex.classes["say"] if " " not in x)
        self.support = frozenset(lex.classes["support"])
        self.oppose = frozenset(lex.classes["oppose"])
        self.recognize = frozenset(lex.classes["recognize"])
        self.abstain = frozenset(lex.classes["abstain"])
        # the words a stance recogniser starts from
        self.stance_words = self.support | self.oppose | self.abstain | {"neutral", "for"}
        self.praise = frozenset(
            x
            for x in lex.classes["support"]
            if x.startswith(("prais", "hail", "applaud", "welcom"))
        )
        self.connectors = _CONNECTORS
        self.person_subjects = _PRONOUNS_SUBJ
        self.person_objects = _PRONOUNS_OBJ
        self.subject_pronouns = _SUBJECT_PRONOUNS
        self.phrase_stops = _NP_STOP
        self.modals = _MODALS
        self.neutral_verbs = _NEUTRAL_VERBS
        self.be = _BE
        self.clause_split = _CLAUSE_SPLIT
        self.vote_list = _VOTE_LIST
        self.reported = _REPORTED
        self.on_issue = _ON_ISSUE
        self.parenthesis = _PARENTHESIS
        self.age = _AGE
        issues = _longest_first(w["issue_nouns"])
        self.issue_stems = frozenset(stem(x) for x in issues)
        # "the resolution", "a $1.2 billion transit plan" — lowercase: "The … Policy Council" is a name
        self.issue = re.compile(
            r"\b(?i:the|this|that|a|its|their)\s+(?:[a-z0-9$.,-]+\s+){0,3}?(?:"
            + "|".join(re.escape(x) for x in issues)
            + r")\b"
        )
        self.time = self._time_regex()

    def _time_regex(self) -> re.Pattern:
        lex = self.lex
        months = "|".join(_longest_first(lex.words["months"]))
        days = "|".join(_longest_first(lex.words["weekdays"]))
        seasons = "|".join(_longest_first(lex.words["seasons"]))
        rel = "|".join(re.escape(r) for r in _longest_first(lex.times))
        pre = (
            r"(?P<pre>(?:(?:by|at|until|before|after|in|on|from)\s+)?(?:the\s+)?"
            r"(?:(?:end|beginning|start|middle|first half|second half)\s+of\s+(?:the\s+)?"
            r"|early\s+|late\s+|mid-?\s*|next\s+|last\s+|this\s+))?"
        )
        return re.compile(
            rf"\b{pre}(?:(?P<date>(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
            rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{months})\b\.?(?:,?\s+\d{{4}})?)"
            rf"|(?P<month>(?:{months})(?:\s+\d{{4}})?)\b"
            rf"|(?P<weekday>(?:{days})(?:\s+(?:morning|afternoon|evening|night))?)\b"
            rf"|(?P<season>(?:{seasons})(?:\s+\d{{4}})?)\b"
            rf"|(?P<quarter>(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter"
            rf"(?:\s+of\s+(?:next|this|last)\s+year|\s+of\s+\d{{4}}|\s+\d{{4}})?)\b"
            rf"|(?P<year>(?:19|20)\d\d)\b)"
            rf"|\b(?P<relative>{rel})\b",
            re.IGNORECASE,
        )
