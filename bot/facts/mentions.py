"""Mentions: every place a sentence refers to an entity — by name, by description ("the
Ardenian leader"), as the speaker of its quotation, or by a pronoun — read in reading order,
since a pronoun refers to someone already read (pass 3). People's ages are read with their names.
"""

from __future__ import annotations

from functools import partial
from operator import attrgetter

from ..text import Token, fold, positions
from .ages import age_after, age_as_subject, age_before
from .descriptions import Descriptions
from .entities import EntityTable
from .model import Mention, Quote
from .people import NameAt
from .quotes import SpeechSoFar, opening_of, quote_of
from .reading import Reading
from .roles import RoleHolders

_START, _ENTITY = attrgetter("start"), attrgetter("entity")


def _body_pos(r: Reading, si: int) -> int:
    """Reading position: the headline and other front matter count as read last."""
    return si if r.is_body(si) else 10**8


class MentionReader:
    """Reads the sentences in order, remembering who and what the sentences before were about."""

    def __init__(self, r: Reading, table: EntityTable, names: list[list[NameAt]]):
        self.r = r
        self.w = r.words
        self.table = table
        self.names = names
        self.roles = RoleHolders(table.drafts, self.w.title_kinds, self.w.rules)
        self.headline_people = [
            x.entity
            for s in r.sentences
            if s.kind != "body"
            for x in names[s.index]
            if table.is_person(x.entity)
        ]
        self.descriptions = Descriptions(
            self.roles,
            table.drafts,
            partial(_body_pos, r),
            self.headline_people,
            self.w.generic_titles,
        )
        self.speech = SpeechSoFar()
        self.prev_thing: int | None = None
        # the words _pronouns reads (any other word is none of its cases)
        w = self.w
        self.pronouns = w.thing_words | w.person_object_pronouns | w.person_subject_pronouns

    def read(self) -> tuple[list[list[Mention]], list[Quote | None]]:
        """Mentions and the quotation of every sentence."""
        mentions, quotes = [], []
        for si in range(len(self.r.sentences)):
            ms, q = self.sentence(si)
            mentions.append(ms)
            quotes.append(q)
        sentences = self.r.sentences
        for si in range(len(sentences) - 2, -1, -1):
            if quotes[si] is not None or sentences[si].paragraph != sentences[si + 1].paragraph:
                continue
            q = opening_of(self.r.text(si), si, quotes[si + 1])  # a quotation's first sentence
            if q is not None:
                quotes[si] = q
                mentions[si].append(Mention(q.speaker, si, -1, -1, "speaker"))
        return mentions, quotes

    def sentence(self, si: int) -> tuple[list[Mention], Quote | None]:
        r, toks, text = self.r, self.r.tokens[si], self.r.text(si)
        if toks and toks[0].norm in self.w.story_switches:
            # "Meanwhile, the cricket team …": another story on the same line; no pronoun or
            # quotation goes on from the one before
            self.speech, self.prev_thing = SpeechSoFar(), None
        ms = self._names(si, toks, text)
        ms.extend(self._descriptions(si, toks, {m.start for m in ms}))
        ms.extend(self._short_forms(si, toks, {k for m in ms for k in range(m.start, m.end)}))
        ms.sort(key=lambda m: m.start)
        prev = self.speech.quote
        same_para = (
            prev is not None and r.sentences[prev.sentence].paragraph == r.sentences[si].paragraph
        )
        before = SpeechSoFar(
            self.speech.last_speaker,
            self.speech.persons,
            prev if same_para else None,
            self.prev_thing,
        )
        q = quote_of(self.w, self.table, si, text, toks, ms, before, r.quote_spans[si])
        self.speech.quote = q
        if q is not None and q.speaker is not None:
            self.speech.last_speaker = q.speaker
            ms.append(Mention(q.speaker, si, -1, -1, "speaker"))
        ms.extend(self._pronouns(si, toks, ms, q))
        self._remember(si, ms)
        return ms, q

    def _names(self, si: int, toks: list[Token], text: str) -> list[Mention]:
        described = age_as_subject(self.w, text, toks)
        if described and self.speech.persons and self.r.is_body(si):
            e = self.table[self.speech.persons[0]]  # "X won. The champion 19-year-old …"
            if e.age is None:
                e.age, e.age_sentence = described, si
        out = []
        for a, b, eid in self.names[si]:
            out.append(Mention(eid, si, a, b, "name", toks[b - 1].possessive))
            e = self.table[eid]
            if e.age is None and (e.is_person or self._aged_name(toks, a, b)):
                # the first age written after a person's name, or right before it
                age = age_after(self.w, text, toks[b - 1].end) if e.is_person else None
                before = self._age_word(toks, a)
                if not age and before is not None:
                    age = age_before(self.w, toks[before].norm)
                if age:
                    e.age, e.age_sentence = age, si
        return out

    def _aged_name(self, toks: list[Token], a: int, b: int) -> bool:
        """Is the name (words ``a`` to ``b``), no person's as far as read, one an age stands
        right before ("eight-year-old Sarah Payne") — no place's adjective ("a 26-year-old
        Australian man")?"""
        if self._age_word(toks, a) is None:
            return False  # (nearly always)
        return not any(self.r.is_place(t.norm) for t in toks[a:b])

    def _age_word(self, toks: list[Token], a: int) -> int | None:
        """The word that may be the age of the name starting at word ``a``: the one right before
        it ("eight-year-old Sarah"), or before a relative's noun ("his 26-year-old son Ivo")."""
        if a > 1 and toks[a - 1].norm in self.w.kin_nouns and "-" in toks[a - 2].norm:
            return a - 2  # (a relative's noun may have hyphens of its own: "daughter-in-law")
        return a - 1 if a > 0 and "-" in toks[a - 1].norm else None

    def _aged(self, eid: int, si: int, words: list[str]) -> None:
        """The age in a description of a person ("the 63-year-old UN chief"), if it has none."""
        e = self.table[eid]
        for x in words:
            suffix = next((s for s in self.w.age_suffixes if x.endswith(s)), None)
            number = x[: -len(suffix)] if suffix else ""
            if number.isdigit() and e.is_person and e.age is None:
                e.age, e.age_sentence = number, si

    def _descriptions(self, si: int, toks: list[Token], taken: set[int]) -> list[Mention]:
        """ "the French leader" → the known person whose role fits best."""
        out = []
        titles = self.w.titles
        for k in positions(self.r.norms[si], titles):
            t = toks[k]
            if k in taken:
                continue
            j = k - 1
            adjs = []
            while j >= 0 and toks[j].norm not in self.w.articles and k - j <= 4:
                if toks[j].norm in self.w.stop:
                    break
                adjs.append(toks[j].norm)
                j -= 1
            if j < 0 or toks[j].norm not in self.w.definite_articles:
                continue
            ages = [x for x in adjs if x.endswith(tuple(self.w.age_suffixes))]
            kept = [x for x in adjs if x not in ages]  # an age says nothing of the role
            eid = self.descriptions.resolve(kept, t.norm, _body_pos(self.r, si))
            if eid is not None:
                out.append(Mention(eid, si, j, k + 1, "description", t.possessive))
                self._aged(eid, si, ages)  # "the 63-year-old UN chief"
        return out

    def _short_forms(self, si: int, toks: list[Token], taken: set[int]) -> list[Mention]:
        """ "the commission" after "the Royal Commission into …": the one organisation named
        before whose name has that word of an organisation (none when two have it)."""
        out = []
        w = self.w
        for k in range(1, len(toks)):
            t = toks[k]
            if (
                t.norm not in w.org_words
                or k in taken
                or toks[k - 1].norm not in w.definite_articles
            ):
                continue
            if k + 1 < len(toks) and toks[k + 1].norm not in w.stop:
                continue  # "the Commission for Trade", "the radio station": another one
            table = self.table
            fits = [
                e
                for e in table.organisations
                if table[e].first_sentence < si and t.norm in fold(table[e].name).split()
            ]
            if len(fits) == 1:
                out.append(Mention(fits[0], si, k - 1, k + 1, "description", t.possessive))
        return out

    def _pronouns(
        self, si: int, toks: list[Token], ms: list[Mention], q: Quote | None
    ) -> list[Mention]:
        """ "its", "him", "she": the thing or person the pronoun refers back to."""
        w = self.w
        persons = self.speech.persons
        out = []
        pronouns = self.pronouns
        for k in positions(self.r.norms[si], pronouns):
            t = toks[k]
            if k == 0 and t.norm in w.thing_words and self.prev_thing is not None:
                # "Its members must…": the thing the previous sentence was about
                owner = t.norm in w.thing_possessives
                out.append(Mention(self.prev_thing, si, 0, 1, "pronoun", owner))
            elif (
                t.norm in w.person_object_pronouns
                and persons
                and not (  # "her team": a possessive, not the person
                    t.norm in w.possessive_determiners
                    and k + 1 < len(toks)
                    and not toks[k + 1].capitalized
                    and toks[k + 1].norm not in w.stop
                )
            ):
                # object pronouns: the most prominent person of the previous sentence
                out.append(Mention(persons[0], si, k, k + 1, "pronoun"))
            elif t.norm in w.person_subject_pronouns and not any(
                m.start <= k < m.end for m in ms + out
            ):
                refs = (self._subject_before(ms + out, k, toks), q.speaker if q else None)
                ref = next((x for x in (*refs, *persons[:1]) if x is not None), None)
                if ref is not None:
                    out.append(Mention(ref, si, k, k + 1, "pronoun"))
        return out

    def _subject_before(self, ms: list[Mention], k: int, toks: list[Token]) -> int | None:
        """The person who is the subject of the clause a pronoun sits in ("X said he…"); never
        one joined to a pronoun ("X said he and Y agree, but that he …": the pronoun is not Y,
        who is the other one of the pair)."""
        for m in sorted(ms, key=lambda m: -m.start):
            if 0 <= m.start < k and self.table.is_person(m.entity) and not m.possessive:
                if not self._paired_with_pronoun(toks, m):
                    return m.entity
        return None

    def _paired_with_pronoun(self, toks: list[Token], m: Mention) -> bool:
        """ "he and Y", "Y and he": a name joined to a subject pronoun by a conjunction."""
        w, pronouns = self.w, self.w.person_subject_pronouns
        before = m.start >= 2 and toks[m.start - 1].norm in w.conjunctions
        after = m.end + 1 < len(toks) and toks[m.end].norm in w.conjunctions
        return (before and toks[m.start - 2].norm in pronouns) or (
            after and toks[m.end + 1].norm in pronouns
        )

    def _remember(self, si: int, ms: list[Mention]) -> None:
        """Who and what this sentence is about, for the pronouns of the next; count mentions."""
        table = self.table
        if self.r.is_body(si):
            # in reading order, the speakers (no place in the sentence) last
            in_order = sorted([m for m in ms if m.start >= 0], key=_START)
            in_order += [m for m in ms if m.start < 0]
            persons = [m.entity for m in in_order if table.is_person(m.entity) and not m.possessive]
            if persons:
                self.speech.persons = tuple(dict.fromkeys(persons))
            things = [
                m.entity
                for m in ms
                if m.start >= 0
                and m.how == "name"
                and not table.is_person(m.entity)
                and not m.possessive
            ]
            self.prev_thing = things[0] if things else None
        entities = list(map(_ENTITY, ms))
        for eid in entities:
            table[eid].mentions += 1
        self.descriptions.mentioned(entities)
