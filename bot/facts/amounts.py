"""Amounts and counts: every number of a sentence with what it counts or measures — "$10
million of aid", "85 per cent", "between $5,000 and $7,000", "14 of them Australians", "six of
the eight employees", "48 hours", "a four-year jail sentence", "shot twice", "the 11th cut",
"nearly one third of the staff" (a share: 33.3 per cent).

A number is tied to the noun it counts (``Amount.noun``); never "one of …", never a number
inside a name ("Boeing 767", "Channel-4"), a date, a year or a clock time. The words (number
words, currencies, units, approximations) come from the language's writing.yaml; the regex
that reads them is built in :mod:`~bot.facts.words`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import partial
from operator import attrgetter

from ..text import Token
from .caseless import lowered
from .model import Amount, TimeExpr
from .words import Words

_UNIT_KINDS = ("duration", "distance", "weight")
_START = attrgetter("start")
_NUMBER_GROUPS = ("num", "ordinal", "times", "fraction")
_WORD_END = re.compile(r"[\w.,-]*\w|\w?")
_JOINER = re.compile(r"[-'’.]")  # what joins the parts of a word (bot.text's words)
_KNOWN_MAX = 1 << 16  # words whose anchors are remembered (Words.anchor_offsets), at most
AnchorFinder = Callable[[int], tuple[int, int] | None]  # a position → the next anchor's span


def find_amounts(
    w: Words, si: int, text: str, toks: list[Token], times: list[TimeExpr]
) -> list[Amount]:
    """The amounts of one sentence, in order."""
    # "in three weeks", "three hours after launch": a count of time, which lasts
    dates = [(t.start, t.end) for t in times if t.kind not in ("within", "counted")]
    out: list[Amount] = []
    pos = 0
    anchor = _anchor_finder(w, text, toks)
    while (m := _next(w, text, pos, anchor)) is not None:
        pos = max(m.end(), pos + 1)
        at = _number_start(m)
        if (dates and any(a <= at < b for a, b in dates)) or m.group("clock") or _year(m):
            continue  # "September 11", "in 1995", "at 8:46am"
        if _inside_name(text, at):
            pos = _WORD_END.match(text, at).end()
            continue  # "Boeing 767-300", "Soyuz MS-29"
        tail = _range(w, text, m)
        if tail is False:
            pos = w.range_tail.match(text, m.end()).end()
            continue  # "drew 0-0": a score
        end = tail.end() if tail else m.end()
        pos = max(pos, end)
        amount = _read(w, si, text, toks, m, tail, end)
        if amount is not None:
            out.append(amount)
    return out


def _number_start(m: re.Match) -> int:
    """Where the number of an amount's match starts (its digits, number word or "twice")."""
    for g in _NUMBER_GROUPS:
        if m.group(g):
            return m.start(g)
    raise ValueError("an amount without a number")  # the regex has one in every match


def _next(w: Words, text: str, pos: int, anchor: AnchorFinder) -> re.Match | None:
    """The next amount from ``pos``: found from its digit or number word (``anchor``: see
    :func:`_anchor_finder`), with what comes before it ("more than", "between", "US$")."""
    while (hit := anchor(pos)) is not None:
        at = hit[0]
        m = w.amount.match(text, _prefix_start(w, text, max(pos, at - 32), at))
        if m is not None and m.end() > at:
            return m
        pos = hit[1]
    return None


def _anchor_finder(w: Words, text: str, toks: list[Token]) -> AnchorFinder:
    """Where the next digit or number word of a sentence is from a position, as the anchor
    regex (``w.amount_anchor``) finds it: its fast twin tried only where one may start (see
    :func:`_anchor_starts`), not at every character; the regex itself where the twin may not
    read the text."""
    low = lowered(text)
    fast = w.amount_anchor.fast
    if low is None or fast is None or w.number_firsts is None:
        return partial(w.amount_anchor.span, text)
    return partial(_first_anchor, fast.match, low, _anchor_starts(w, toks))


def _anchor_starts(w: Words, toks: list[Token]) -> list[int]:
    """Where a digit or a number word may start in a sentence, in order: at a digit of a word,
    or at a part of a word (between its hyphens, apostrophes or dots) that is the first word of
    a spelt number ("twenty-five", "a dozen") — read once per word as written. Every match of
    the anchor regex starts at one: a digit (its first branch), or a spelt number between word
    boundaries, which is such a part."""
    known = w.anchor_offsets
    if len(known) > _KNOWN_MAX:
        known.clear()
    out: list[int] = []
    for t in toks:
        offsets = known.get(t.text)
        if offsets is None:
            offsets = known[t.text] = _anchor_offsets(w, t.text)
        if offsets:
            out.extend([t.start + k for k in offsets])
    return out


def _anchor_offsets(w: Words, word: str) -> tuple[int, ...]:
    """Where in a word (as written) a digit or a spelt number may start."""
    found = set()
    k = 0
    for part in _JOINER.split(word.lower()):
        if part in w.number_firsts:
            found.add(k)
        found.update(k + j for j, c in enumerate(part) if c.isdecimal())  # what \d matches
        k += len(part) + 1
    return tuple(sorted(found))


def _first_anchor(match, low: str, starts: list[int], pos: int) -> tuple[int, int] | None:
    """The span of the first match of the anchor regex's twin in ``low`` from ``pos``, tried
    at ``starts`` (in order). At a digit the twin's first branch (a digit) matches that digit
    alone: its span is known without the regex."""
    for at in starts:
        if at >= pos:
            if low[at].isdecimal():  # what \d matches
                return at, at + 1
            if (m := match(low, at)) is not None:
                return m.span()
    return None


def _prefix_start(w: Words, text: str, back: int, at: int) -> int:
    """Where what comes before the amount at ``at`` starts, read from ``back`` (``at`` when
    nothing does): a prefix longer than the space before it holds an approximator, an opener or
    a currency symbol (a mark); where no mark is between (read in the text's lowercase), the
    prefix is that space or nothing — decided without the regex."""
    marks = w.amount_prefix_marks
    if at - back >= 2 and marks is not None:
        low = lowered(text)
        if low is not None and (
            not _may_end_prefix(w, low, back, at) or marks.search(low, back, at) is None
        ):
            return at - 1 if text[at - 1].isspace() else at  # the regex's \s?$ on one character
    prefix = w.amount_prefix.search(text, back, at)
    return prefix.start() if prefix else at


def _may_end_prefix(w: Words, low: str, back: int, at: int) -> bool:
    """Can a prefix longer than the space before ``at`` end there, as the lowercase text ``low``
    reads from ``back``? Only after an approximator's or an opener's last word and spaces, or
    after a currency symbol and a space or none (True when the language's words do not let
    this be told)."""
    ends = w.amount_prefix_ends
    if ends is None:
        return True
    words, symbols = ends
    j = at
    while j > back and low[j - 1].isspace():
        j -= 1  # the spaces before the amount (what \s matches)
    if j == back:
        return False
    return (at - j <= 1 and low[j - 1] in symbols) or (j < at and low.endswith(words, back, j))


def _range(w: Words, text: str, m: re.Match) -> re.Match | None | bool:
    """The top of a range after an amount, None when there is none, False for a score ("0-0"):
    "12 to 18", "between $5,000 and $7,000" ("and" only after "between"), "12-18"; "rose 6% to
    $71" is a change, not a range (money and percentages take a range only after an opener)."""
    tail = w.range_tail.match(text, m.end())
    if tail is None or m.group("hyphen") or m.group("compound") or not m.group("num"):
        return None
    low, high = _number(w, m.group("num"), None), _number(w, tail.group("num2"), None)
    if low is None or high is None:
        return None
    if tail.group("dash") and high <= low:
        return False
    if tail.group("and") and not m.group("opener"):
        return None
    unit = bool(m.group("cur") or m.group("pct") or m.group("curword"))
    if unit and not m.group("opener"):
        return None
    same = bool(m.group("pct")) == bool(tail.group("pct2")) or not tail.group("pct2")
    return tail if same and high > low else None


def _read(
    w: Words, si: int, text: str, toks: list[Token], m: re.Match, tail, end: int
) -> Amount | None:
    """The amount a match stands for: its kind, unit and the noun it counts."""
    value = _value(w, m)
    first = bisect_left(toks, end, key=_START)  # the first word from ``end`` (words in order)
    after = toks[first : first + 6]
    if after and text[end : after[0].start] not in (" ", "-"):
        after = []  # "more than 2,400, officials said": the noun is not across a comma
    high = (
        _number(w, tail.group("num2"), tail.group("scale2") or m.group("scale")) if tail else None
    )
    found = (m, si, value, high, end)
    if m.group("hyphen"):  # "a four-year jail sentence", "the 54-year-old pilot"
        unit = m.group("hyphen").lower()
        kind = "age" if unit in w.age_units else _unit_kind(w, unit) or "measure"
        return _amount(*found, kind, unit, _noun(w, text, after))
    if m.group("compound"):  # "a ten-member council"
        return _amount(*found, "measure", m.group("compound")[1:].lower(), _noun(w, text, after))
    if m.group("times"):  # "shot twice"
        return _amount(*found, "count", None, w.times_noun)
    if m.group("fraction"):  # "nearly one third of the staff": a share, 33.3 per cent
        return _amount(*found, "percent", None, _of_noun(w, text, after))
    if m.group("ordinal"):  # "the 11th cut this year"
        return _amount(*found, "ordinal", None, _noun(w, text, after))
    unit = m.group("cur") or m.group("curword") or m.group("pct")
    if unit:  # "$10 million of aid", "85 per cent"
        kind = "percent" if m.group("pct") else "money"
        return _amount(*found, kind, unit.strip(), _of_noun(w, text, after))
    partitive = bool(after) and after[0].norm in w.partitive_words
    noun = _partitive(w, text, after) if partitive else _noun(w, text, after)
    if partitive and noun is None:
        return None  # "two of the towers": a part of something not counted here
    words = noun.split() if noun else []
    if len(words) > 1 and _unit_kind(w, words[0].lower()):
        # "a 12 to 18 month wage freeze": a duration of the noun after it
        kind = _unit_kind(w, words[0].lower())
        return _amount(*found, kind, words[0], " ".join(words[1:]))
    head = words[-1].lower() if words else ""
    kind = _unit_kind(w, head) or ("count" if noun else "number")
    return _amount(*found, kind, head if kind in _UNIT_KINDS else None, noun)


def _amount(m: re.Match, si: int, value, high, end: int, kind: str, unit, noun) -> Amount:
    approx = m.group("approx")
    return Amount(
        text=m.string[m.start() : end].strip(),
        value=value,
        high=high,
        kind=kind,
        unit=unit,
        noun=noun,
        approx=" ".join(approx.lower().split()) if approx else None,
        sentence=si,
        start=m.start(),
        end=end,
    )


def _value(w: Words, m: re.Match) -> float | None:
    """The number a match reads, or None for a vague one ("dozens")."""
    num = m.group("num")
    if num is not None:  # the regex's four numbers are alternatives: one of them matched
        return _number(w, num, m.group("scale"))
    if m.group("fraction"):  # "one third" → 33.3 (per cent), "half" → 50
        if m.group("alone"):
            return round(100 / w.alone_values[m.group("alone").lower()], 1)
        top = w.numerator_values[m.group("numerator").lower()]
        bottom = w.fraction_values[m.group("denominator").lower()]
        return round(top * 100 / bottom, 1)
    for group, table in (("ordinal", w.ordinal_values), ("times", w.times_values)):
        if m.group(group):
            word = m.group(group).lower()
            return table.get(word) or _number(w, re.sub(r"\D", "", word), None)
    return _number(w, m.group("num"), m.group("scale"))


def _number(w: Words, num: str | None, scale: str | None) -> float | None:
    """ "5,000" → 5000.0, "1.75" → 1.75, "ten" → 10.0, with a scale ("$10 million")."""
    if not num:
        return None
    word = num.lower()
    if word in w.number_values:
        value = w.number_values[word]
    elif word in w.vague_counts:
        return None
    else:
        try:
            value = float(word.replace(",", ""))
        except ValueError:
            return None
    return round(value * w.scale_values.get((scale or "").lower(), 1), 6)


def _year(m: re.Match) -> bool:
    """A bare four-digit number from 1900 to 2099 is a year."""
    num = m.group("num") or ""
    if len(num) != 4 or not num.isdigit() or not 1900 <= int(num) <= 2099:
        return False
    return not (m.group("cur") or m.group("pct") or m.group("scale") or m.group("hyphen"))


def _inside_name(text: str, at: int) -> bool:
    """ "Boeing 767", "Channel-4", "MS-29": a number right after a capitalised word (not the
    first word of the sentence) is part of a name."""
    if at < 1 or text[at - 1] not in " -":
        return False
    words = text[: at - 1].rsplit(None, 1)  # the last word, and whether one is before it
    if len(words) < 2:
        return False
    last = words[-1]
    return last[:1].isupper() and last.isalnum() and not last.isdigit()


def _unit_kind(w: Words, word: str) -> str | None:
    for kind in _UNIT_KINDS:
        if word in w.units[kind]:
            return kind
    return None


def _noun(w: Words, text: str, after: list[Token]) -> str | None:
    """The noun phrase right after a number: "400 asylum seekers", "21 different channels",
    "14 Australians", "four Boeing 767-300 aircraft" — up to its plural head, a function word,
    a preposition, a verb or punctuation."""
    words: list[Token] = []
    for k, t in enumerate(after[:4]):
        if k and text[after[k - 1].end : t.start] not in (" ", "-"):
            break
        follows = _noun_follows(w, text, after, k)
        model = bool(words) and t.text[:1].isdigit()  # "Boeing 767-300"
        if not model and (_closes_noun(w, t) or (w.rules.is_past(t.norm) and not follows)):
            break  # "85 per cent acknowledged …", "21 people died", "1,200 under …"
        if t.text[:1].isupper() and not follows and not w.rules.is_plural(t.norm):
            break
        words.append(t)
        nxt = after[k + 1] if follows else None
        compound = nxt is not None and t.norm in w.plural_nouns and w.rules.is_plural(nxt.norm)
        plural = w.rules.is_plural(t.norm) or t.norm in w.plural_nouns
        if t.possessive or (plural and t.norm not in w.count_modifiers and not compound):
            break  # the head: "asylum seekers", "Australians", "people" ("crew members" goes on)
    while words and (not words[-1].norm[:1].isalpha() or words[-1].norm in w.count_modifiers):
        words.pop()
    if not words:
        return None
    return text[words[0].start : words[-1].end]


def _closes_noun(w: Words, t: Token) -> bool:
    """A word no noun phrase after a number goes on over."""
    return (
        (t.norm in w.stop and t.norm not in w.count_modifiers)
        or t.norm in w.reporting_verbs
        or t.norm in w.reporting_verbs_with_object
        or t.norm in w.date_prepositions
        or t.norm in w.place_prepositions
        or t.norm in w.time_prepositions
        or t.possessive
        or not t.norm[:1].isalpha()
    )


def _noun_follows(w: Words, text: str, after: list[Token], k: int) -> bool:
    nxt = after[k + 1] if k + 1 < len(after) else None
    return (
        nxt is not None
        and text[after[k].end : nxt.start] == " "
        and nxt.norm not in w.stop
        and (nxt.norm[:1].isalpha() or nxt.text[:1].isdigit())
    )


def _of_noun(w: Words, text: str, after: list[Token]) -> str | None:
    """ "$10 million of aid", "$195 million in entitlements": what a sum is of."""
    if len(after) >= 2 and after[0].norm in w.amount_of_words:
        return _noun(w, text, after[1:])
    return None


def _partitive(w: Words, text: str, after: list[Token]) -> str | None:
    """ "14 of them Australians", "six of the eight employees", "Four of those counts": the noun
    a part is of; None for "one of the towers" (no count of its own)."""
    rest = after[1:]
    if rest and rest[0].norm in w.partitive_pronouns:
        return _noun(w, text, rest[1:])
    if len(rest) > 2 and rest[0].norm in w.definite_articles:
        if rest[1].text[:1].isdigit() or rest[1].norm in w.number_values:
            return _noun(w, text, rest[2:])
    return None
