"""Events: who did what to whom in each clause, as the sentence says it — "Foreign Minister
Ada Holm signed the understanding", "the management at Villawood stopped him", "Mr
Blake was shot dead by pirates", "A said B had signed the order" (B signed; A reported it) — with
what turns it: a negation ("was not able to receive the honour in person", "no projects will be
scrapped"), a refusal, a failure or a postponement ("refused to cooperate", "failed to resolve",
"postponed the vote").

A verb group is found from its auxiliaries and its main verb (a past form, an irregular past of
the language's list, or any word after an auxiliary or "to"); its agent is the noun phrase or
name right before it (after "who" in a relative clause: the one before "who"; after "by" in a
passive); its patient the one right after it. The words are the language's (writing.yaml).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import compress

from ..text import Token
from .entities import EntityTable
from .model import Event, Mention, Quote
from .quotes import quotation_spans
from .reading import Reading
from .words import Words

# what a word can be in a verb group: the bits of EventReader.kinds (its word alone decides)
_AUX, _AUX_WORD, _NEG, _MOD, _INF, _TO_VERB, _BE, _PARTICLE = (1 << i for i in range(8))
_PAST, _GERUND, _BARE, _MODE, _NOT_VERB, _OPENS = (1 << i for i in range(8, 14))


RELATIVE_SPAN = 20  # words of a relative clause set off between a subject and its verb


@dataclass
class _Group:
    """A verb group: tokens start..end, its main verb, and what the auxiliaries say."""

    start: int
    end: int
    main: int
    negated: bool
    passive: bool
    mode: str | None


class EventReader:
    """The events of the sentences, one sentence at a time."""

    def __init__(self, r: Reading, table: EntityTable):
        self.w = r.words
        self.r = r
        self.table = table
        self.kinds: dict[str, int] = {}  # word → what it can be in a verb group (per word, once)
        self.nouns: dict[str, str] = {}  # word → what it can be in a noun phrase (_noun_kind)
        self.pasts: dict[str, bool] = {}  # word → is it a past form (_participle)
        self.groups: dict[str, list[_Group]] = {}  # a sentence's text → its verb groups

    def sentence(
        self, si: int, text: str, toks: list[Token], ms: list[Mention], quote: Quote | None
    ) -> list[Event]:
        s = None
        groups = self.groups.get(text)
        if groups is None:
            s = self._clause(si, text, toks)
            groups = self.groups[text] = self._groups(s, self.r.norms[si])
        if not groups:  # most sentences: their mentions and quotations are not looked at
            return []
        if s is None:  # a text read before
            s = self._clause(si, text, toks)
            s.read_kinds(self.kinds)
        s.placed(ms, quote, self.r.quote_spans[si])
        return [e for e in map(s.event, groups) if e is not None]

    def _clause(self, si: int, text: str, toks: list[Token]) -> _Clause:
        s = _Clause(self.w, self.table, si, text, toks)
        s.is_demonym, s.nouns, s.pasts = self.r.is_demonym, self.nouns, self.pasts
        return s

    def _groups(self, s: _Clause, norms: list[str]) -> list[_Group]:
        """The verb groups of a sentence, in order (its words alone decide them: read once
        per text)."""
        flags = s.read_kinds(self.kinds, norms)
        out = []
        end = 0
        # only the words that can open a verb group are tried, each after the group before
        for k in compress(range(len(norms)), map(_OPENS.__and__, flags)):
            group = s.group(k) if k >= end else None
            if group is not None:
                out.append(group)
                end = group.end
        return out


class _Clause:
    """One sentence read for its verb groups and the phrases around them."""

    def __init__(self, w, table, si, text, toks):
        self.w: Words = w
        self.table: EntityTable = table
        self.si, self.text, self.toks = si, text, toks
        self.nouns: dict[str, str] = {}  # the reader's, shared by its sentences
        self.pasts: dict[str, bool] = {}  # the reader's, shared by its sentences
        self.flags: list[int] = []  # what each token's word can be in a verb group (_kind)

    def read_kinds(self, kinds: dict[str, int], norms: list[str] | None = None) -> list[int]:
        """The flags of the tokens' words, from ``kinds`` (the reader's: a word not met
        before is decided once, and remembered there)."""
        norms = [t.norm for t in self.toks] if norms is None else norms
        try:
            self.flags = list(map(kinds.__getitem__, norms))
        except KeyError:  # words not met before
            for t in self.toks:
                if t.norm not in kinds:
                    kinds[t.norm] = self._kind(t)
            self.flags = list(map(kinds.__getitem__, norms))
        return self.flags

    def _kind(self, t: Token) -> int:
        """What token t's word can be in a verb group, as bits (its word alone decides)."""
        w, norm = self.w, t.norm
        past = self._participle(t)
        return (
            _AUX * self._auxiliary(t)
            | _AUX_WORD * (norm in w.auxiliaries)
            | _NEG * self._negation(t)
            | _MOD * self._modifier(t)
            | _INF * (norm in w.infinitive_markers)
            | _TO_VERB * (norm in w.chain_verbs or norm in w.mode_of)
            | _BE * (norm in w.be_forms)
            | _PARTICLE * (norm in w.verb_particles)
            | _PAST * past
            | _GERUND * bool(w.rules.is_gerund(norm))
            | _BARE * (norm in w.bare_participles)
            | _MODE * (norm in w.mode_of)
            | _NOT_VERB * self._not_verb(norm)
            | _OPENS * self.may_open(t)
        )

    def _not_verb(self, norm: str) -> bool:
        """A word that is no main verb: not a word of letters, a function word, or a verb of
        saying (speech is read as quotations)."""
        w = self.w
        return (
            not norm.isalpha()
            or norm in w.stop
            or norm in w.reporting_verbs
            or norm in w.reporting_verbs_with_object
        )

    def placed(self, ms: list[Mention], quote: Quote | None, spans=None) -> _Clause:
        """The clause with its mentions and quotation, which its events need (its verb groups
        do not: a sentence without one never reads them)."""
        self.quote = quote
        self.named = {m.end: m for m in ms if m.start >= 0}  # mentions by where they end
        self.starting = {m.start: m for m in ms if m.start >= 0}
        self.spans = quotation_spans(self.text, spans)
        self.reported_from = self._reported_from()
        return self

    # ------------------------------------------------------------------ verb groups
    def may_open(self, t: Token) -> bool:
        """Can a verb group start at token t? Only at an auxiliary, a negation or adverb, a verb
        that takes "to", or a past form: what :meth:`group` needs first (its word alone decides)."""
        w = self.w
        return (
            self._auxiliary(t)
            or self._modifier(t)
            or t.norm in w.chain_verbs
            or t.norm in w.mode_of
            or self._participle(t)
        )

    def group(self, k: int) -> _Group | None:
        """The verb group that starts at token k, if one does: its auxiliaries (negations and
        adverbs among them), "to" after a verb that takes one ("refused to", "was not able
        to"), its main verb and a particle ("shot dead")."""
        w, toks, f, n = self.w, self.toks, self.flags, len(self.toks)
        j, negated, passive, mode, last = k, False, False, None, None
        while j < n:
            fj = f[j]
            if fj & _AUX:
                last = toks[j].norm
            elif not (
                (fj & _MOD and (last or (j + 1 < n and f[j + 1] & _AUX_WORD)))
                or (fj & _INF and last in w.chain_verbs)  # "will have to"
            ):
                break
            negated = negated or bool(fj & _NEG)
            passive = passive or bool(fj & _BE)
            j += 1
        while j + 1 < n and f[j + 1] & _INF and f[j] & _TO_VERB:
            mode = w.mode_of.get(toks[j].norm, mode)  # "refused to cooperate"
            j, last, passive = j + 2, "to", False
        if j >= n or not self._verb(j, last, k):
            return None
        if f[j] & _MODE and mode is None:
            mode = w.mode_of[toks[j].norm]  # "postponed the vote"
        passive = passive and bool(f[j] & _PAST)
        end = j + 1
        if end < n and f[end] & _PARTICLE:
            end += 1  # "shot dead", "called off"
        return _Group(k, end, j, negated, passive, mode)

    def _auxiliary(self, t: Token) -> bool:
        w = self.w
        return t.norm in w.auxiliaries or (t.norm.endswith("n't") and t.norm[:-3] in w.auxiliaries)

    def _modifier(self, t: Token) -> bool:
        """A negation or an adverb inside a verb group ("was not", "was quickly shot")."""
        return self._negation(t) or t.norm in self.w.verb_adverbs

    def _negation(self, t: Token) -> bool:
        return t.norm in self.w.negation_words or t.norm.endswith("n't")

    def _verb(self, j: int, last: str | None, k: int) -> bool:
        """Is token j a main verb after the auxiliary ``last`` (None: with none)?"""
        w, f = self.w, self.flags[j]
        if f & _NOT_VERB or self.toks[j].text[:1].isupper():
            return False
        if last in w.be_forms:
            # "was killed", "is investigating", "was cut" ("is responsible": no verb)
            return bool(f & (_PAST | _GERUND | _BARE))
        if last in w.have_forms:
            return bool(f & (_PAST | _BARE))  # "has signed", "has cut"
        if last is not None:
            return True  # "will meet", "to win", "did not give"
        return bool(f & (_PAST | _MODE)) and self._no_adjective(k)

    def _no_adjective(self, k: int) -> bool:
        """Is the past form at token k, with no auxiliary, a verb: not an adjective ("the
        injured crew"), nor before a noun it may qualify with no subject before it?"""
        w = self.w
        prev = self.toks[k - 1] if k else None
        nxt = self.toks[k + 1] if k + 1 < len(self.toks) else None
        # "the injured crew", "a botched attempt", "two injured", "that unidentified people",
        # "of murdered sea hero": an adjective, not a verb
        if (
            prev is not None
            and (
                prev.norm in w.articles
                or prev.norm in w.possessive_determiners
                or self.is_demonym(prev.norm)  # "the Israeli armed forces"
                or prev.norm[:1].isdigit()
                or prev.norm in w.number_values
                or prev.possessive
            )
        ):
            return False
        before_noun = nxt is not None and self._noun_word(nxt) and not nxt.text[:1].isupper()
        return not (before_noun and (prev is None or self._no_subject(prev)))

    def _no_subject(self, t: Token) -> bool:
        """A word no subject ends with: a function word, a preposition, a verb of saying."""
        w = self.w
        return t.norm in w.stop or t.norm in w.say or t.norm in w.place_prepositions

    def _participle(self, t: Token) -> bool:
        """A past form: regular ("signed", "died"; not "red", "need") or of the language's list
        (its word alone decides: once per word)."""
        found = self.pasts.get(t.norm)
        if found is None:
            norm = t.norm
            regular = self.w.rules.is_past(norm) and len(norm) > 3 and not norm.endswith("eed")
            found = self.pasts[norm] = regular or norm in self.w.irregular_past
        return found

    # ------------------------------------------------------------------ the event
    def event(self, g: _Group) -> Event | None:
        w, toks, text = self.w, self.toks, self.text
        subject = self.before(g.start)
        after = self.after(g.end)
        if g.passive:
            agent = self.after(g.end + 1) if self._at(g.end, w.agent_prepositions) else None
            agent, patient = agent, subject
        else:
            agent, patient = subject, after
        if agent is None and patient is None:
            return None
        negated = g.negated or (subject is not None and subject[1].split()[0].lower() in w.no_words)
        return Event(
            sentence=self.si,
            verb=text[toks[g.start].start : toks[g.end - 1].end],
            lemma=toks[g.main].stem,
            agent=agent[0] if agent else None,
            agent_text=agent[1] if agent else None,
            patient=patient[0] if patient else None,
            patient_text=patient[1] if patient else None,
            negated=negated,
            mode=g.mode,
            passive=g.passive,
            reported_by=self._reporter(g),
            start=toks[g.start].start,
            end=toks[g.end - 1].end,
        )

    def _who(self, m: Mention) -> int | None:
        """The entity a mention names; a pronoun inside a quotation names no one for sure ("He
        had driven her somewhere," the prosecutor said)."""
        if m.how == "pronoun" and self._in_quote(self.toks[m.start].start):
            return None
        return m.entity

    def _in_quote(self, pos: int) -> bool:
        return (
            self.quote is not None
            and self.quote.direct
            and any(x <= pos < y for x, y in self.spans)
        )

    def _at(self, k: int, words) -> bool:
        return k < len(self.toks) and self.toks[k].norm in words

    def _reported_from(self) -> int | None:
        """The character where the reported words of an indirect quotation start."""
        q = self.quote
        if q is None or q.direct or not q.content:
            return None
        at = self.text.find(q.content)
        return at if at >= 0 else None

    def _reporter(self, g: _Group) -> int | None:
        """Who reports the event: the speaker of the quotation it is inside."""
        q = self.quote
        if q is None:
            return None
        pos = self.toks[g.main].start
        inside = (
            any(x <= pos < y for x, y in self.spans)
            if q.direct
            else (
                self.reported_from is not None
                and self.reported_from <= pos < self.reported_from + len(q.content)
            )
        )
        return q.speaker if inside else None

    # ------------------------------------------------------------------ phrases
    def before(self, k: int) -> tuple[int | None, str] | None:
        """The subject of a verb group that starts at token k: a name, a pronoun, or a noun
        phrase ("the management at Villawood"); before "who", the one before it."""
        w, toks = self.w, self.toks
        j = k
        while j > 0 and toks[j - 1].norm in w.verb_adverbs:
            j -= 1
        if j > 1 and toks[j - 1].norm in w.relative_pronouns:
            if toks[j - 2].norm in w.say or toks[j - 2].norm in w.stop:
                return None  # "told X that …": "that" opens what was said
            j -= 1  # "pirates who bordered his yacht"
        if j > 0 and toks[j - 1].norm in w.first_person and self._in_quote(toks[j - 1].start):
            q = self.quote  # "I submitted a formal request": the speaker
            return (q.speaker, toks[j - 1].text) if q is not None else None
        if j > 0 and self.text[toks[j - 1].end : toks[j].start].strip():
            return self._set_off(j)  # punctuation between: a name set off by commas, or none
        return self._phrase_ending(j)

    def _set_off(self, j: int, relative: bool = True) -> tuple[int | None, str] | None:
        """ "The Immigration Minister, Per Lund, has written", "Anna Berg, the foreign
        minister, said": a person set off by commas before the verb, or named before its
        appositive — also over a relative clause set off after it ("Anna Berg, the foreign
        minister, whose visit was cancelled by the court, said")."""
        toks, text = self.toks, self.text
        if text[toks[j - 1].end : toks[j].start].strip() != ",":
            return None
        found = self._set_off_name(j)
        if found is not None or not relative:
            return found
        k = _clause_start(toks, text, j)
        if k > 1 and toks[k].norm in self.w.relative_pronouns and k < j - 1:
            return self._set_off(k, relative=False)
        return None

    def _set_off_name(self, j: int) -> tuple[int | None, str] | None:
        """The person named right before the comma at token j, or before its appositive."""
        toks, text = self.toks, self.text
        m = self.named.get(j)
        if m is not None and self.table.is_person(m.entity):
            return self._who(m), text[toks[m.start].start : toks[j - 1].end]
        k = j - 1
        while k > 0 and text[toks[k - 1].end : toks[k].start] == " " and j - k < 8:
            k -= 1
        m = self.named.get(k)
        if k > 0 and m is not None and text[toks[k - 1].end : toks[k].start].strip() == ",":
            if self.table.is_person(m.entity):
                return self._who(m), text[toks[m.start].start : toks[k - 1].end]
        return None

    def _phrase_ending(self, j: int) -> tuple[int | None, str] | None:
        w, toks, text = self.w, self.toks, self.text
        m = self.named.get(j)
        first = j
        if m is not None:
            first = m.start
            while first > 0 and toks[first - 1].norm in w.courtesy_titles:
                first -= 1  # "Mr Blake"
            head = _Head(self._who(m), m.start)
        else:
            while first > 0 and j - first < 4 and self._noun_before(first):
                first -= 1
            if first == j:
                return None
            head = _Head(None, first)
        # "The board of Qantas", "the management at Villawood": a noun phrase owns the name
        while first >= 3 and toks[first - 1].norm in w.phrase_owners:
            k = first - 1
            nouns = k
            while nouns > 0 and self._noun_word(toks[nouns - 1]) and k - nouns < 3:
                nouns -= 1
            if nouns == k:
                break
            first, head = nouns, _Head(None, nouns)
        while first > 0 and toks[first - 1].norm in w.articles_or_possessives:
            first -= 1
        if first > 0 and toks[first - 1].norm in w.no_words:
            first -= 1  # "no projects"
        if m is None and toks[j - 1].norm in w.stop:
            return None
        words = text[toks[first].start : toks[j - 1].end]
        if first == 0 and m is None and len(words.split()) == 1 and toks[0].text[:1].isupper():
            return None  # a capitalised word opening the sentence that is no name
        return head.entity, words

    def _noun_before(self, k: int) -> bool:
        """Does the noun phrase that ends before token k go on over token k-1? Not across
        punctuation, nor over a verb after an auxiliary ("will mean Australian farmers")."""
        toks, text = self.toks, self.text
        if text[toks[k - 1].end : toks[k].start] not in (" ", "-"):
            return False
        f = self.flags
        if k >= 2 and f[k - 2] & _AUX:
            return False
        t = toks[k - 1]
        if f[k - 1] & (_PAST | _GERUND):
            # "The injured crew" (after a determiner), not "Unions representing workers"
            return k >= 2 and toks[k - 2].norm in self.w.articles_or_possessives
        return self._noun_word(t)

    def _noun_word(self, t: Token) -> bool:
        """Can token t be a word of a noun phrase: a noun (not a possessive one) or a number?
        What its word is decided once per word (:func:`_noun_kind`)."""
        kind = self.nouns.get(t.norm)
        if kind is None:
            kind = self.nouns[t.norm] = _noun_kind(self.w, t)
        return kind == "number" or (kind == "noun" and not t.possessive)

    def after(self, k: int, owned: bool = False) -> tuple[int | None, str] | None:
        """The patient of a verb group that ends before token k (or the agent after "by"): a
        name, a pronoun, or a noun phrase ("the understanding", "a letter of complaint",
        "Australia's latest airline")."""
        w, toks, text = self.w, self.toks, self.text
        if k >= len(toks) or (text[toks[k - 1].end : toks[k].start].strip() and not owned):
            return None
        m = self.starting.get(k)
        if m is not None and not toks[m.end - 1].possessive:
            return self._who(m), text[toks[k].start : toks[m.end - 1].end]
        if m is not None:  # "unveiled Australia's latest airline": the owner's thing
            thing = self.after(m.end, owned=True)
            return (
                (
                    None,
                    text[toks[k].start : text.index(thing[1], toks[m.end - 1].end) + len(thing[1])],
                )
                if owned
                else None
            )
        j = k
        while j < len(toks) and toks[j].norm in w.phrase_openers:
            j += 1
        if j < len(toks) and toks[j].possessive:
            j += 1  # "Australia's latest airline"
            m = self.starting.get(j)
            if m is not None and not toks[m.end - 1].possessive:
                return self._who(m), text[toks[k].start : toks[m.end - 1].end]  # "the country's
                # Supreme Court": the name owned
        if j + 1 < len(toks) and toks[j].norm in w.courtesy_or_titles:
            m = self.starting.get(j + 1)  # "asked Mr Varga"
            if m is not None:
                return self._who(m), text[toks[j].start : toks[m.end - 1].end]
        start, nouns = j, j
        while nouns < len(toks) and self._noun_word(toks[nouns]) and nouns - start < 4:
            if nouns > start and (
                text[toks[nouns - 1].end : toks[nouns].start] != " "
                or toks[nouns].text[:1].isupper()
            ):
                break  # "research Dr Sultan conducted": a name starts another phrase
            nouns += 1
        if nouns == start:
            return None
        if nouns + 1 < len(toks) and toks[nouns].norm in w.genitive_words:
            m = self.starting.get(nouns + 1)
            if m is not None or self._noun_word(toks[nouns + 1]):
                nouns = m.end if m is not None else nouns + 2  # "a letter of complaint"
        return None, text[toks[k].start : toks[nouns - 1].end]


@dataclass
class _Head:
    entity: int | None
    start: int


def _clause_start(toks: list[Token], text: str, j: int) -> int:
    """The first token of the clause set off by commas that ends before token j (a few words
    back at most)."""
    k = j - 1
    while k > 0 and j - k < RELATIVE_SPAN and "," not in text[toks[k - 1].end : toks[k].start]:
        k -= 1
    return k


def _noun_kind(w: Words, t: Token) -> str:
    """ "number" (a digit or a number word), "noun" (a word that is no function word,
    verb of saying, preposition, negation, adverb or past form), else ""."""
    if t.norm[:1].isdigit() or t.norm in w.number_values:
        return "number"
    return (
        "noun"
        if (
            t.norm.replace("-", "").isalpha()
            and t.norm not in w.stop
            and t.norm not in w.say
            and t.norm not in w.place_prepositions
            and t.norm not in w.time_prepositions
            and t.norm not in w.date_prepositions
            and t.norm not in w.negation_words
            and t.norm not in w.verb_adverbs
            and not w.rules.is_past(t.norm)
            and not w.rules.is_adverb(t.norm)
            and t.norm not in w.irregular_past
        )
        else ""
    )
