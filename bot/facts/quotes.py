"""Quotations: the quotation (or reported speech) of a sentence and who said it — "According
to X, …", "'…,' X said", "X told reporters that …", "'…,' she said" after a quotation of hers,
"…, the Federal Reserve said" (organisations speak too), "…, experts said" (a speaker the
article does not name: kept as words), a quotation with no attribution that goes on from
the one before, and one that opens a quotation the next sentence attributes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from ..text import Token, positions, quote_spans
from .entities import EntityTable
from .model import Mention, Quote
from .words import Words

_LEADING_COMMA = re.compile(r"^,\s*")
# between an organisation and its verb: nothing, its acronym, or one word ("AIP also said")
_SUBJECT_GAP = re.compile(r"^\s*(?:\([^)]*\)\s*)?(?:(?P<word>[\w'-]+)\s+)?$")
_CLAUSE_END = re.compile(r"[,;:\"”]\s*$")
_OPENING = '"“„«'
CIRCUMSTANCE_REACH = 4  # words of one phrase after a verb of saying: its preposition and more
_NORM = itemgetter(Token._fields.index("norm"))


@dataclass
class SpeechSoFar:
    """What the sentences before tell about who is speaking."""

    last_speaker: int | None = None
    persons: tuple[int, ...] = ()  # people the previous body sentence was about, in order
    quote: Quote | None = None  # the quotation just before (direct or reported), same paragraph
    thing: int | None = None  # what the previous body sentence was about ("It said …")


def quotation_spans(text: str, spans: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """The quotations of a sentence (quote marks included); a sentence that opens a quotation
    it does not close is one, to its end (the quotation goes on into the next paragraph).
    ``spans``: its ``quote_spans`` when known (Reading.quote_spans)."""
    spans = quote_spans(text) if spans is None else spans
    if text[:1] in _OPENING and not any(x == 0 for x, _ in spans):
        return [(0, len(text) + 1)]
    return spans


class _Quoted:
    """One sentence's quotation marks: which positions are inside, and the quoted words."""

    def __init__(self, text: str, spans: list[tuple[int, int]] | None = None):
        self.text = text
        self.spans = quotation_spans(text, spans)
        self.direct = bool(self.spans) and any(
            len(text[x:y].split()) >= 4 or x == 0 for x, y in self.spans
        )

    def inside(self, pos: int) -> bool:
        return any(x <= pos < y for x, y in self.spans)

    def content(self) -> str:
        parts = [
            self.text[x + 1 : y - 1].strip().rstrip(",")
            for x, y in self.spans
            if len(self.text[x:y].split()) >= 2
        ]
        return " … ".join(p for p in parts if p)


def opening_of(text: str, si: int, nxt: Quote | None) -> Quote | None:
    """'"It is the law, I was very angry. "We were told …," Mr X said.': a sentence that opens
    a quotation it does not close, followed by one the next sentence gives its speaker, is
    that speaker's too."""
    if nxt is None or nxt.speaker is None or not nxt.direct:
        return None
    qd = _Quoted(text)
    if qd.spans != [(0, len(text) + 1)]:
        return None
    content = qd.content()
    return Quote(nxt.speaker, nxt.verb, content, si, True, nxt.speaker_text) if content else None


def quote_of(
    w: Words,
    table: EntityTable,
    si: int,
    text: str,
    toks: list[Token],
    ms: list[Mention],
    before: SpeechSoFar,
    spans: list[tuple[int, int]] | None = None,
) -> Quote | None:
    """The quotation of sentence ``si`` with its speaker, or None (``spans``: the sentence's
    ``quote_spans`` when known)."""
    return _Sentence(w, table, si, text, toks, ms, before, spans).quote()


class _Sentence:
    """One sentence read for its quotation."""

    def __init__(self, w, table, si, text, toks, ms, before, spans=None):
        self.w: Words = w
        self.table: EntityTable = table
        self.si: int = si
        self.text: str = text
        self.toks: list[Token] = toks
        self.norms: list[str] = list(map(_NORM, toks))
        self.ms: list[Mention] = ms
        self.before: SpeechSoFar = before
        self.qd = _Quoted(text, spans)

    def quote(self) -> Quote | None:
        found = self.according_to() or self.said()
        if found:
            return found
        # '"…," X said. "And more."' / 'X says … . "And more."': a quotation with no attribution
        # goes on from the one before
        prev, qd = self.before.quote, self.qd
        if qd.direct and prev is not None and qd.spans and qd.spans[0][0] == 0:
            return Quote(prev.speaker, prev.verb, qd.content(), self.si, True, prev.speaker_text)
        return None

    # ------------------------------------------------------------------ "according to X"
    def according_to(self) -> Quote | None:
        """ "According to X, …" / "…, according to X.": the one named right after."""
        w, toks, qd, norms = self.w, self.toks, self.qd, self.norms
        starts = w.attribution_starts
        for k in positions(norms, starts):
            t = toks[k]
            phrase = next((p for p in w.attribution_words if norms[k : k + len(p)] == p), None)
            if phrase is None or k + len(phrase) >= len(toks) or qd.inside(t.start):
                continue
            after = k + len(phrase)
            # the first name within a few words, with only a title before it ("according to
            # Deputy Minister X"; "according to initial police reports, Mr Blake …" is no one's)
            near = [m for m in self.ms if after <= m.start <= after + 4]
            if not near or not all(self._title_word(x) for x in toks[after : near[0].start]):
                continue
            if qd.direct:
                content = qd.content()
            else:
                content = self._around_attribution(t.start, toks[near[0].end - 1].end)
            return Quote(near[0].entity, " ".join(phrase), content, self.si, qd.direct)
        return None

    def _around_attribution(self, start: int, end: int) -> str:
        """The words "according to X" is about: the clause before it when it closes the sentence
        ("…, according to LSEG data."), else what follows its comma ("According to X, …")."""
        text = self.qd.text
        head = text[:start].rstrip()
        if head.endswith(","):
            return head.rstrip(",").strip()
        comma = text.find(",", end)
        rest = text[comma + 1 :] if comma != -1 else text[end:]
        return _LEADING_COMMA.sub("", (head + " " + rest).strip(" ,.")).strip()

    def _title_word(self, t: Token) -> bool:
        w = self.w
        return (
            t.text[:1].isupper()
            or t.norm in w.titles
            or t.norm in w.title_modifiers
            or t.norm in w.articles
        )

    # ------------------------------------------------------------------ "X said"
    def said(self) -> Quote | None:
        """A verb of saying outside the quotation, and its speaker."""
        w, toks, qd = self.w, self.toks, self.qd
        verbs = [
            k
            for k in positions(self.norms, w.say)  # a capitalised "States" in a name is no verb
            if not qd.inside(toks[k].start)
            and (k == 0 or toks[k].text[:1].islower())
            and not (k and toks[k - 1].norm in w.be_forms)  # "bin Tarek is said to be …"
        ]
        for k in verbs:
            speaker, start = self.speaker(k)
            if speaker is not None:
                content = qd.content() if qd.direct else self.reported(k, start)
                return Quote(speaker, toks[k].text, content, self.si, qd.direct)
        for k in verbs:  # no one named: "…, experts said" ("backs call for …" is no saying)
            if toks[k].norm not in w.organisation_say:
                continue
            found = self.unnamed(k)
            if found is not None:
                words, start = found
                content = qd.content() if qd.direct else self.reported(k, start)
                return Quote(None, toks[k].text, content, self.si, qd.direct, words)
        return None

    def reported(self, k: int, start: int) -> str:
        """The reported words of an indirect quotation: after the verb ("X said that …"), or
        before the attribution when it closes the sentence ("…, X said late Sunday.")."""
        w, toks, text = self.w, self.toks, self.text
        while start > 0 and (
            toks[start - 1].norm in w.titles
            or toks[start - 1].norm in w.courtesy_titles
            or toks[start - 1].norm in w.articles
        ):
            start -= 1  # "…, Ms Almao said", "…, the Foreign Minister said"
        head = text[: toks[start].start] if start >= 0 else ""
        tail = text[toks[k].end :].strip()
        if _CLAUSE_END.search(head) and self._adverbial(k):
            return head.rstrip(' ,;:"”').strip()
        if self._circumstances(k):
            return ""  # "X spoke to reporters in Y on Tuesday": nothing reported
        content = w.up_to_complementizer.sub("", tail)  # "told reporters that …"
        return w.leading_preposition.sub("", content).rstrip(".")

    def _circumstances(self, k: int) -> bool:
        """Is all that follows the verb at token k, to the sentence's end, whom it was said to
        and where or when ("spoke to reporters in Y on Tuesday", "talked with voters in Y"):
        short phrases, each opened by a preposition of the addressee, a place or a time, and
        no verb in them ("said on Monday the vote was fair" reports words)?"""
        w, toks, text = self.w, self.toks, self.text
        openers = w.addressee_prepositions | w.place_prepositions | w.time_prepositions
        verbs = w.be_forms | w.modal_words | w.complementizers
        if k + 1 >= len(toks) or toks[k + 1].norm not in openers:
            return False
        reach = 0
        for j in range(k + 1, len(toks)):
            t = toks[j]
            if j > k + 1 and text[toks[j - 1].end : t.start].strip():
                return False  # a comma, a dash, a quotation mark: more than circumstances
            if t.norm in openers:
                reach = 0
            elif t.norm in verbs or reach >= CIRCUMSTANCE_REACH:
                return False
            reach += 1
        return not text[toks[-1].end :].strip(" .")

    def _adverbial(self, k: int) -> bool:
        """Is what follows the verb at token k only when or how it was said ("said late Sunday",
        "said in a statement", "said after counting the ballots", "said, as teams searched"),
        not the reported words themselves?"""
        w, toks, text = self.w, self.toks, self.text
        if k + 1 >= len(toks) or text[toks[k].end : toks[k + 1].start].strip():
            return True  # nothing, or punctuation, after the verb
        if any(t.norm in w.complementizers for t in toks[k + 1 :]):
            return False  # "said on Monday that …"
        nxt = toks[k + 1].norm
        return (
            nxt in w.time_prepositions
            or nxt in w.place_prepositions
            or nxt in w.speech_prepositions
            or nxt in w.time_modifiers
            or nxt in w.weekdays
            or nxt in w.relative_times
            or w.rules.is_gerund(nxt)
            or w.rules.is_adverb(nxt)
        )

    def speaker(self, k: int) -> tuple[int | None, int]:
        """Who is the subject of the verb of saying at token k, and the token where they are
        named (-1 when by a pronoun)."""
        w, toks, qd, table = self.w, self.toks, self.qd, self.table
        for m in sorted(self.ms, key=lambda m: -m.start):
            if m.end > k or m.start < 0 or m.possessive or qd.inside(toks[m.start].start):
                continue
            between = qd.text[toks[m.end - 1].end : toks[k].start]
            if not table.is_person(m.entity):
                # "the Federal Open Market Committee said", "AIP said": an organisation
                if self._organisation_says(m, k, between):
                    return m.entity, m.start
                continue
            # the nearest person is the speaker only as the verb's subject: right before it
            # ("X also said"), across a parenthesis ("X, the minister, said"), as the subject
            # of a coordinated verb ("X dismissed … and said"), or before their organisation
            # ("Bill Shorten of the AWU says")
            coordinated = toks[k - 1].norm in w.conjunctions
            affiliated = w.affiliation.match(qd.text, toks[m.end - 1].end)
            if (
                k - m.end <= 2
                or w.parenthesis.fullmatch(between)
                or coordinated
                or (affiliated and _SUBJECT_GAP.match(qd.text[affiliated.end() : toks[k].start]))
            ):
                return self._apposed(m), m.start
            break
        # "…," said Smith / "…, said Smith" (not "Police said Mr Blake was shot": what he was)
        after = [m for m in self.ms if m.start > k and table.is_person(m.entity)]
        inverted = k == 0 or qd.text[: toks[k].start].rstrip()[-1:] in ',"”'
        if inverted and k > 0 and w.rules.is_gerund(toks[k].norm):
            # "X has played down reports, saying he and Y …": the sentence's subject says it
            first = min(
                (m for m in self.ms if 0 <= m.start < k), key=lambda m: m.start, default=None
            )
            if first is not None and first.start == 0 and table.is_person(first.entity):
                return self._apposed(first), first.start
            return None, -1
        if (
            inverted
            and after
            and after[0].start <= k + 4
            and not qd.inside(toks[after[0].start].start)
        ):
            return after[0].entity, after[0].start
        if k > 0 and toks[k - 1].norm in w.speaker_or_thing_pronouns:
            return self._pronoun(toks[k - 1].norm), -1
        return None, -1

    def _organisation_says(self, m: Mention, k: int, between: str) -> bool:
        """Is the organisation named by ``m`` the subject of the verb of saying at token k?
        Right before it ("AIP said", "the Committee said in a statement", "AIP also said"), by
        a verb organisations speak with ("the EU states" is no saying), opening its clause (not
        "officials in Washington said", "staged by Washington and said"), and not the body a
        person before it is of ("Bill Shorten of the AWU says")."""
        w, toks = self.w, self.toks
        gap = _SUBJECT_GAP.match(between)
        if (
            not gap
            or toks[k].norm not in w.organisation_say
            or not self.table.is_organisation(m.entity)
        ):
            return False
        word = gap.group("word")
        if word and not (word.lower() in w.reporting_adverbs or w.rules.is_adverb(word.lower())):
            return False
        j = m.start - 1
        if j >= 0 and toks[j].norm in w.articles:
            j -= 1  # "by the Workers Union"
        if j >= 0:
            prev = toks[j].norm
            return not (
                prev in w.place_prepositions
                or prev in w.genitive_words
                or prev in w.say
                or prev in w.agent_prepositions
                or prev in w.affiliation_prepositions
            )
        return True

    def _apposed(self, m: Mention) -> int:
        """ "Omar Abu Selim, an advisor to Mr Varga said": the person whose appositive names
        the person right before the verb."""
        text, toks = self.text, self.toks
        for m0 in sorted(self.ms, key=lambda x: -x.start):
            if m0.start < 0 or m0.end > m.start or not self.table.is_person(m0.entity):
                continue
            between = text[toks[m0.end - 1].end : toks[m.start].start]
            if between.startswith(",") and between.count(",") == 1:
                first = between[1:].split()
                if first and first[0].lower() in self.w.articles:
                    return m0.entity
            break
        return m.entity

    def _pronoun(self, pronoun: str) -> int | None:
        """ "…," she said: the speaker of the quotation just before, else the person the sentence
        before was about ("Coach X praised the team. '…,' she said."), else the last speaker;
        "It said": the thing the sentence before was about."""
        before, table = self.before, self.table
        if pronoun in self.w.thing_pronouns:  # "…, AIP said. It said …": the speaker before
            spoke = before.quote.speaker if before.quote else None
            return spoke if spoke is not None and not table.is_person(spoke) else before.thing
        person = pronoun in self.w.person_subject_pronouns
        for who in (
            before.quote.speaker if before.quote else None,
            before.persons[0] if before.persons else None,
            before.last_speaker,
        ):
            if who is not None and (table.is_person(who) or not person):
                return who
        return None

    def _title_for(self, start: int) -> int | None:
        """Where "a spokesman for" starts before the words at ``start`` ("the Government"): a
        title and "for"/"of" right before them, with its article and modifiers."""
        w, toks, text = self.w, self.toks, self.text
        t = start - 2
        if t < 0 or toks[start - 1].norm not in w.role_prepositions or toks[t].norm not in w.titles:
            return None
        if any(text[toks[i].end : toks[i + 1].start] != " " for i in range(t, start)):
            return None
        while (
            t > 0
            and text[toks[t - 1].end : toks[t].start] == " "
            and (toks[t - 1].norm in w.articles or toks[t - 1].norm in w.title_modifiers)
        ):
            t -= 1
        return t

    def unnamed(self, k: int) -> tuple[str, int] | None:
        """ "…, experts said", "a Palestinian official said", "the radio said": a speaker the
        article does not name — the words, and where they start."""
        w, toks, text = self.w, self.toks, self.text
        j = k
        if j > 0 and toks[j - 1].norm in w.reporting_adverbs:
            j -= 1
        start = j
        while start > 0 and j - start < 4:
            p = toks[start - 1]
            if text[p.end : toks[start].start] != " " or p.possessive or self.qd.inside(p.start):
                break
            if p.norm in w.articles or p.norm in w.possessive_determiners:
                start -= 1
                break
            named = any(m.start <= start - 1 < m.end for m in self.ms)
            if (p.norm in w.stop and not named) or w.rules.is_participle(p.norm) or p.norm in w.say:
                break  # a name spelt like a stop word ("US") is no stop word
            if named and toks[start].text[:1].isupper():
                break  # a name is no part of an unnamed speaker (an adjective is: "a Palestinian
                # official")
            start -= 1
        head = toks[j - 1] if j else None
        if start == j or head is None or head.norm in w.stop:
            return None
        titled = self._title_for(start)
        named = any(m.start <= j - 1 < m.end for m in self.ms)
        if titled is not None:
            start = titled  # "a spokesman for the Government": the title is the speaker
        elif named or (head.text[:1].isupper() and j - 1 > 0):
            return None  # a name is no unnamed speaker; "Unions say" opens a sentence
        opening = text[: toks[start].start]
        if opening.strip() and not _CLAUSE_END.search(opening):
            return None  # the words must open their clause
        return text[toks[start].start : toks[j - 1].end], start
