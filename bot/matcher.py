"""Stage 3 — question → intent + entities + facts → :class:`~bot.answer.Answer`.

The question is normalised (mention and emoji dropped, accents folded, typos corrected with
rapidfuzz against the article's names and the lexicon's words), its names are linked to the
article's entities, its kind is read off the intents' patterns, and a handler per kind looks the
answer up in the facts. Every handler either returns sentences of the article that support its
short answer or declines; nothing is ever quoted that the question's words do not meet.
"""

from __future__ import annotations

import re

from .answer import Answer
from .answering import agents, evidence, stances, timing
from .answering.index import ArticleIndex
from .answering.language import Language
from .answering.question import Query
from .answering.question import read as read_question
from .answering.question.descriptions import resolve_role
from .answering.question.names import demonym
from .article import Article
from .facts import Entity, Facts, SentenceFacts, Stance
from .lexicon import Lexicon
from .text import fold, is_demonym, stem

_QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were did does do has have had will "
    "would can could".split()
)


_RELATIVE = re.compile(r"^\s*(?:whose|who|whom|which)\b", re.I)


def _linked(text: str, t_start: int, t_end: int, anchor: int) -> bool:
    """Is a time at [t_start, t_end) in the same clause as the word at ``anchor``? Not when one
    of them sits in a relative clause ("…, whose … had been cancelled") the other is outside."""
    if t_start < anchor:
        parts = text[t_end:anchor].split(",")
        return not (len(parts) > 1 and _RELATIVE.match(parts[-1]))
    parts = text[anchor:t_start].split(",")
    return not any(_RELATIVE.match(p) for p in parts[1:])


_NUMBER = re.compile(
    r"\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|numerous|several)\b(?:\s+\w+)?",
    re.I,
)
_AMOUNT = re.compile(
    r"(?:[$€£¥]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m))?"
    r"|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|rubles|roubles|yuan|yen|rupees|percent|per cent|%))",
    re.I,
)
_BESIDE = 30  # characters between a number and the noun it counts
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten both".split())
_FOLLOW_UP = re.compile(
    r"^(?:and|what about|how about|and what about|what of) (?:the )?<e> (?:then )?$"
)


class Matcher:
    def __init__(self, article: Article, facts: Facts, lex: Lexicon):
        self.article = article
        self.facts = facts
        self.lex = lex
        self.ix = ArticleIndex.build(article, facts, Language.of(lex))
        self.lang = self.ix.lang
        ix, lang = self.ix, self.lang
        self.stop = lang.stop
        self.alias = ix.alias
        self.role_title_words = ix.role_title_words
        self.para_entities = ix.para_entities
        self.time_vocab = lang.time_vocab
        self.say = lang.say
        self.support_words = lang.support
        self.oppose_words = lang.oppose
        self.recognize_words = lang.recognize
        self.abstain_words = lang.abstain
        self.negations = lang.negations
        self.aux = lang.aux
        self.dateline = ix.dateline
        self.idf = ix.idf
        self.party_nouns = lang.party_nouns
        self.measure_nouns = lang.measure_nouns
        self.group_nouns = lang.group_nouns
        self._handlers = {
            "greet": self.h_greet,
            "help": self.h_help,
            "thanks": self.h_thanks,
            "article_date": self.h_article_date,
            "about": self.h_about,
            "source": self.h_source,
            "excluded": self.h_excluded,
            "count": self.h_count,
            "stance_check": self.h_stance_check,
            "sides": self.h_sides,
            "reaction": self.h_reaction,
            "who_said": self.h_who_said,
            "whois": self.h_whois,
            "quote": self.h_quote,
            "when": self.h_when,
            "where": self.h_where,
            "why": self.h_why,
            "confirm": self.h_confirm,
            "who_did": self.h_who_did,
            "age": self.h_age,
            "origin": self.h_origin,
            "what": self.h_what,
        }

    # =================================================================== entry point
    def answer(self, question: str, context: Answer | None = None) -> Answer:
        q = self.analyse(question, context)
        if not q.tokens:
            return self.decline(
                question, None, "That doesn't look like a question I can answer from the article."
            )
        follow = self._follow_up(q, context)
        if follow is not None:
            return follow
        intent = self.lex.classify(q.symbols)
        if q.missing_title and intent not in (
            "greet",
            "help",
            "thanks",
            "about",
            "article_date",
            "source",
        ):
            return self.decline(
                question, intent, f"The article does not mention a {q.missing_title}."
            )
        handler = self._handlers.get(intent, self.h_what)
        return handler(question, q)

    def _follow_up(self, q: Query, context: Answer | None) -> Answer | None:
        """ "and Turkey?" after "Did Iran support X?": the previous question about the new name."""
        if context is None or not context.entities or not _FOLLOW_UP.match(q.symbols):
            return None
        new = [e for e in q.entity_ids]
        if len(new) != 1:
            return None
        old_q = context.question
        old_q_folded = fold(old_q)
        for old in context.entities:
            e_old = next((e for e in self.facts.entities if e.name == old), None)
            if e_old is None:
                continue
            for alias in sorted(e_old.aliases, key=len, reverse=True):
                m = re.search(rf"\b{re.escape(alias)}\b", old_q_folded)
                if m:
                    redo = old_q[: m.start()] + self.facts.entities[new[0]].name + old_q[m.end() :]
                    a = self.answer(redo)
                    return Answer(**{**a.__dict__, "question": q.raw})
        return None

    def classify(self, question: str, context: Answer | None = None) -> str:
        return self.lex.classify(self.analyse(question, context).symbols)

    # =================================================================== analysis
    def analyse(self, question: str, context: Answer | None = None) -> Query:
        return read_question(self.ix, question, tuple(context.entities) if context else ())

    # =================================================================== scoring
    def score(
        self, info: SentenceFacts, q: Query, ents=None, terms=None, times=True
    ) -> tuple[float, float]:
        return evidence.score(self.ix, info, q, ents, terms, times)

    def rank(
        self, q: Query, pool=None, ents=None, terms=None, times=True
    ) -> list[tuple[float, float, SentenceFacts]]:
        return evidence.rank(self.ix, q, pool, ents, terms, times)

    def grounded(self, q: Query, info: SentenceFacts, terms=None, need: float = 0.5) -> bool:
        return evidence.grounded(self.ix, q, info, terms, need)

    # =================================================================== answers
    def ok(self, question, intent, text, infos, score, entities=()) -> Answer:
        seen, sents = set(), []
        for i in infos:
            s = i.sentence if isinstance(i, SentenceFacts) else i
            if s.index not in seen:
                seen.add(s.index)
                sents.append(s)
        return Answer(
            question=question,
            answered=True,
            text=text,
            sentences=tuple(sents),
            intent=intent,
            score=max(0.0, min(1.0, round(score, 3))),
            dateline=self.dateline,
            entities=tuple(self.facts.entities[e].name for e in entities if e is not None),
        )

    def decline(self, question, intent, reason=None, score=0.0) -> Answer:
        return Answer(
            question=question,
            answered=False,
            text=None,
            intent=intent,
            score=score,
            dateline=self.dateline,
            reason=reason or "The article does not say.",
            suggestions=tuple(self.examples(3)),
        )

    def _unknown_reason(self, q: Query) -> str | None:
        if not q.unknown:
            return None
        names = [t for t, i, _ in q.unknown if t[:1].isupper() and (i > 0 or len(q.unknown) == 1)]
        if not names:
            return None
        return f"The article does not mention {names[0]}."

    def name(self, eid: int | None) -> str:
        e = self.facts.entity(eid)
        return e.name if e else "?"

    # ---------------------------------------------------------------- canned
    # Chit-chat is not answered from the article: a friendly decline that quotes nothing.
    def h_greet(self, question, q):
        return self.decline(
            question, "greet", f"Hello! I answer questions about: {self.describe()}", 1.0
        )

    def h_help(self, question, q):
        return self.decline(question, "help", f"I answer questions about: {self.describe()}", 1.0)

    def h_thanks(self, question, q):
        return self.decline(question, "thanks", "You're welcome.", 1.0)

    def describe(self) -> str:
        parts = [
            self.article.headline
            or (self.article.lead.text if self.article.lead else "the article")
        ]
        if self.dateline:
            parts.append(self.dateline)
        return " — ".join(parts)

    # ---------------------------------------------------------------- the article itself
    def h_article_date(self, question, q):
        dl = self.article.dateline
        if not dl or not dl.date:
            return self.decline(question, "article_date", "The article carries no date.")
        lead = self.article.lead
        return self.ok(
            question, "article_date", f"{dl.date} ({dl.text})", [lead] if lead else [], 1.0
        )

    def h_about(self, question, q):
        a = self.article
        sents = [s for s in a.sentences if s.kind == "headline"][:1]
        if a.lead:
            sents.append(a.lead)
        text = a.headline or (a.lead.text if a.lead else "")
        return self.ok(question, "about", text, sents, 0.9)

    def h_source(self, question, q):
        a = self.article
        bits = []
        if a.dateline and a.dateline.agency:
            bits.append(f"{a.dateline.agency} ({a.dateline.text})")
        elif a.dateline:
            bits.append(a.dateline.text)
        if a.credit:
            bits.append(f"photo: © {a.credit}")
        if not bits:
            return self.decline(question, "source", "The article does not name its source.")
        return self.ok(question, "source", "; ".join(bits), [], 0.9)

    # ---------------------------------------------------------------- stances
    def stances_for(
        self, target: int | None = None, party: int | None = None, kind: str | None = None
    ) -> list[Stance]:
        return stances.stances_for(self.ix, target, party, kind)

    def party_in(self, st: Stance, eid: int):
        return stances.party_in(self.ix, st, eid)

    def excluded_in(self, st: Stance, eid: int) -> str | None:
        return stances.excluded_in(self.ix, st, eid)

    def asked_kind(self, q: Query) -> str:
        return stances.asked_kind(self.lang, q)

    def target_name(self, st: Stance) -> str:
        return stances.target_name(self.ix, st)

    def text_stances(self, q: Query, kind: str) -> list[Stance]:
        return stances.text_stances(self.ix, q, kind)

    def yes_no(self, asked: str, st: Stance) -> str:
        if st.kind == "abstain" or asked == "abstain":
            return "Yes" if st.kind == asked else "No"
        pro = st.kind != "oppose"
        return "Yes" if (pro if asked != "oppose" else not pro) else "No"

    def party_list(self, st: Stance) -> str:
        names = []
        for p in st.parties:
            names.append(p.name + (f" (excluding {', '.join(p.excluded)})" if p.excluded else ""))
        if len(names) > 1:
            return ", ".join(names[:-1]) + " and " + names[-1]
        return names[0] if names else ""

    def stance_answer(self, question, intent, text, st: Stance, score, entities=()) -> Answer:
        """An answer quoting the sentence a stance was read from."""
        return self.ok(question, intent, text, [self.stance_sentence(st)], score, entities)

    def stance_sentence(self, st: Stance) -> SentenceFacts:
        return stances.sentence_of(self.ix, st)

    def h_sides(self, question, q):
        if self._negated(q):
            # "which suburbs refused to join?": a side the article states as a refusal
            stems = {t[1] for t in q.terms}
            for st in self.facts.stances:
                verb = [fold(w) for w in st.verb.split()]
                if verb and verb[0] in self.negations and stems & {stem(w) for w in verb[1:]}:
                    return self.stance_answer(
                        question,
                        "sides",
                        f"{self.party_list(st)} — {st.verb} {self.target_name(st)}.",
                        st,
                        0.85,
                    )
            # "which member did not recognize him?": an exception the article names, if any
            if any(st.excluded for st in self.facts.stances):
                return self.h_excluded(question, q)
            return self.decline(
                question, "sides", "The article does not say who refused or did not."
            )
        reason = self._unknown_reason(q)
        ids = q.entity_ids
        kind = self.asked_kind(q)
        for eid in ids:
            sts = [
                s
                for s in self.stances_for(target=eid, kind=kind)
                if kind != "oppose" or s.kind == "oppose"
            ]
            if kind != "oppose":
                sts = [s for s in sts if s.kind != "oppose"]
            if sts:
                st = sts[0]
                return self.stance_answer(
                    question,
                    "sides",
                    f"{self.party_list(st)} — {st.verb} {self.name(st.target)}.",
                    st,
                    0.95,
                    [st.target],
                )
        # about a thing rather than a name: "which organisations condemned the ban?"
        sts = self.text_stances(q, kind) if not any(self.stances_for(party=e) for e in ids) else []
        if sts:
            st = sts[0]
            return self.stance_answer(
                question, "sides", f"{self.party_list(st)} — {st.verb} {st.target_text}.", st, 0.85
            )
        # the question names a party: whom did it side with?
        for eid in ids:
            sts = self.stances_for(party=eid)
            if sts:
                st = sts[0]
                p = self.party_in(st, eid)
                return self.stance_answer(
                    question,
                    "sides",
                    f"{p.name} {st.verb} {self.target_name(st)}.",
                    st,
                    0.9,
                    [st.target],
                )
        if reason:
            return self.decline(question, "sides", reason)
        if not ids and not q.unknown and self.facts.stances and not q.terms:
            return self.decline(question, "sides", "Whose side do you mean?")
        return self.h_who_did(question, q, intent="sides")

    def h_stance_check(self, question, q):
        if self._negated(q):
            return self.decline(
                question, "stance_check", "The article does not say who refused or did not."
            )
        if not q.names and q.unknown:
            return self.decline(question, "stance_check", self._unknown_reason(q))
        # the party is the first name asked about; an unknown one first means it isn't in the article
        first_ent = q.names[0][1] if q.names else 10**6
        first_unk = q.unknown[0][1] if q.unknown else 10**6
        if first_unk < first_ent:
            return self.decline(question, "stance_check", self._unknown_reason(q))
        ids = q.entity_ids
        if not ids:
            return self.decline(question, "stance_check")
        party, targets = ids[0], ids[1:]
        kind = self.asked_kind(q)
        for t in targets[:1]:
            for st in self.stances_for(target=t):
                group = self.excluded_in(st, party)
                if group:
                    return self.stance_answer(
                        question,
                        "stance_check",
                        f"No — {self.name(party)} is named as an exception: {group} {st.verb} {self.name(t)}, excluding {self.name(party)}.",
                        st,
                        0.85,
                        [party, t],
                    )
        mine = self.stances_for(party=party)
        if not mine:
            pname = self.name(party)
            if targets:
                return self.decline(
                    question,
                    "stance_check",
                    f"The article does not say where {pname} stands on {self.name(targets[0])}.",
                )
            return self.decline(
                question, "stance_check", f"The article does not say where {pname} stands."
            )
        pname = self.party_in(mine[0], party).name
        if len(targets) >= 2:  # "did X back A or B"
            for st in mine:
                if st.target in targets and st.kind != "oppose":
                    return self.stance_answer(
                        question,
                        "stance_check",
                        f"{self.name(st.target)} — {pname} {st.verb} {self.name(st.target)}.",
                        st,
                        0.95,
                        [party, st.target],
                    )
        if not targets:
            st = mine[0]
            # "Did X support the ban?": yes or no when the thing asked about is what X took a
            # side on (its words meet the target, or it is the only side X took)
            stems = {
                t[1]
                for t in q.terms
                if t[0] not in self.support_words and t[0] not in self.oppose_words
            }
            meets = [
                x for x in mine if stems & {stem(fold(w)) for w in self.target_name(x).split()}
            ]
            if meets or (len(mine) == 1 and stems):
                st = (meets or mine)[0]
                return self.stance_answer(
                    question,
                    "stance_check",
                    f"{self.yes_no(kind, st)} — {pname} {st.verb} {self.target_name(st)}.",
                    st,
                    0.8,
                    [party, st.target],
                )
            return self.stance_answer(
                question,
                "stance_check",
                f"{pname} {st.verb} {self.target_name(st)}.",
                st,
                0.7,
                [party, st.target],
            )
        target = targets[0]
        for st in mine:
            if st.target == target:
                pro = st.kind != "oppose"
                yes = pro if kind != "oppose" else not pro
                word = "Yes" if yes else "No"
                return self.stance_answer(
                    question,
                    "stance_check",
                    f"{word} — {pname} {st.verb} {self.name(target)}.",
                    st,
                    0.95,
                    [party, target],
                )
        # the party stayed neutral ("said it would remain neutral in the runoff")
        for st in mine:
            if st.kind == "abstain" and kind != "abstain":
                return self.stance_answer(
                    question,
                    "stance_check",
                    f"No — {pname} {st.verb} ({st.target_text}).",
                    st,
                    0.85,
                    [party, target],
                )
        # the party sided with someone else, and the article lists who sided with the target
        st = mine[0]
        theirs = self.stances_for(target=target)
        if st.kind != "oppose" and st.target is not None and theirs:
            sents = [self.stance_sentence(st)] + [self.stance_sentence(t) for t in theirs[:1]]
            if kind == "oppose":
                return self.ok(
                    question,
                    "stance_check",
                    f"Yes, in effect — {pname} {st.verb} {self.name(st.target)}, not {self.name(target)}.",
                    sents,
                    0.7,
                    [party, target],
                )
            return self.ok(
                question,
                "stance_check",
                f"No — {pname} {st.verb} {self.name(st.target)}, not {self.name(target)}.",
                sents,
                0.85,
                [party, target],
            )
        # no list of sides for that target: maybe a sentence says it outright, with the party as
        # the one doing it (the same test as any yes/no question)
        confirmed = self.h_confirm(question, q)
        if confirmed.answered:
            return confirmed
        return self.decline(
            question,
            "stance_check",
            f"The article does not say where {pname} stands on {self.name(target)}.",
        )

    def h_count(self, question, q):
        reason = self._unknown_reason(q)
        kind = self.asked_kind(q)
        has_stance_word = kind == "for" or any(
            w in self.support_words or w in self.oppose_words or w in self.abstain_words
            for w in q.words
        )
        for eid in q.entity_ids:
            sts = [st for st in self.stances_for(target=eid, kind=kind) if self._countable(st)]
            if sts and (has_stance_word or not q.terms):
                st = sts[0]
                n = len(st.parties)
                return self.stance_answer(
                    question, "count", f"{n} — {self.party_list(st)}.", st, 0.9, [st.target]
                )
        if reason:
            return self.decline(question, "count", reason)
        if has_stance_word and not q.entity_ids:
            # "Six members, including A, B and C, voted for the cut": the head gives the count
            for st in self.text_stances(q, kind):
                m = _NUMBER.match(st.head or "")
                if m and m.group(1)[:1].isdigit() or (m and m.group(1).lower() in _NUMBER_WORDS):
                    return self.stance_answer(
                        question, "count", f"{st.head} — including {self.party_list(st)}.", st, 0.85
                    )
            sts = [st for st in self.text_stances(q, kind) if self._countable(st)]
            if sts:
                st = sts[0]
                n = len(st.parties)
                return self.stance_answer(
                    question, "count", f"{n} — {self.party_list(st)}.", st, 0.85
                )
        much = "much" in q.words[:3]
        wants_list = any(w in self.party_nouns for w in q.words)
        best = self.rank(q)
        choices = []  # (distance from the words asked about, rank, answer, sentence, coverage)
        for rank, (_s, cov, info) in enumerate(best[:3]):
            if cov < 0.5 or not self.grounded(q, info, need=0.75):
                break  # "how much do drivers earn": a pay rise's percentage is not earnings
            text = info.sentence.text
            if kind == "for" and any(
                st.sentence == info.sentence.index and st.kind == "oppose"
                for st in self.facts.stances
            ):
                continue  # "how many voted for": not the list of those against
            uncountable = any(
                st.sentence == info.sentence.index and not self._countable(st)
                for st in self.facts.stances
            )
            counted = self._counted_chars(info, q)
            # "how many members…": a number in a sentence without members counts something else
            # (a list of names may still answer "how many countries")
            noun = self._counted_noun(q)
            numbers_ok = bool(counted) or noun is None or noun[3] < 1.0  # "countries": weak
            spots = counted or self._matched_chars(info, q)
            if wants_list and not much and not uncountable:
                listed = self._enumerated(info)
                if len(listed) >= 2:
                    names = ", ".join(self.name(e) for e in listed)
                    first = next(m for m in info.mentions if m.entity == listed[0] and m.start >= 0)
                    at = info.tokens[first.start].start
                    dist = min((abs(at - p) for p in spots), default=0)
                    choices.append((dist, rank, f"{len(listed)} — {names}.", info, cov))
            dates = [(t.start, t.end) for t in info.times]
            for m in (_AMOUNT if much else _NUMBER).finditer(text if numbers_ok else ""):
                if any(a <= m.start() < b for a, b in dates):
                    continue  # "January 23" is not a count of 23
                if m.start() >= 2 and text[m.start() - 1] == "-" and text[m.start() - 2].isalpha():
                    continue  # "Channel-24" is a name
                if not counted and noun is not None and not self._counts_a_term(m.group(0), q):
                    continue  # "how many members": "9 percent" is not a count of members
                # the gap between the number and the word: "312 people", "injuring more than 2,400"
                dist = min((max(p - m.end(), m.start() - p, 0) for p in spots), default=len(text))
                if dist <= _BESIDE:  # a number is an answer only right beside what is counted
                    choices.append((dist, rank, m.group(0).strip(), info, cov))
        if choices:
            # a number beside the counted noun ("18,000 books") beats one beside other words
            has_noun = {id(c[3]): bool(self._counted_chars(c[3], q, exact=True)) for c in choices}
            _d, _r, text, info, cov = min(
                choices,
                key=lambda c: (
                    not has_noun[id(c[3])],
                    not any(ch.isdigit() for ch in c[2]),  # "118 votes" before "several"
                    c[1] > 0 and c[0] > 40,
                    c[0],
                    c[1],
                ),
            )
            return self.ok(question, "count", text, [info], cov, q.entity_ids)
        return self.decline(question, "count", "The article does not give that number.")

    def _countable(self, st: Stance) -> bool:
        return stances.countable(self.ix, st)

    def _counts_a_term(self, number: str, q: Query) -> bool:
        """ "118 votes": the word after the number is one the question asks about."""
        after = number.split()[1:2]
        if not after:
            return False
        w = fold(after[0])
        st = stem(w)
        return any(
            st == t[1] or w == t[0] or (t[2] and self.lex.concepts.get(st) == t[2]) for t in q.terms
        )

    def _counted_noun(self, q: Query):
        """The noun after "how many" ("how many *books*"), as a question term, if any."""
        if "many" not in q.words[:3] and "much" not in q.words[:3]:
            return None
        k = q.words.index("many") if "many" in q.words[:3] else q.words.index("much")
        return next((t for t in q.terms if t[4] == k + 1), None)

    def _counted_chars(self, info: SentenceFacts, q: Query, exact: bool = False) -> list[int]:
        """Where the counted noun ("how many *books*") is in the sentence."""
        if "many" not in q.words[:3] and "much" not in q.words[:3]:
            return []
        noun = self._counted_noun(q)
        if noun is None:
            return []
        return [
            t.start
            for t in info.tokens
            if t.stem == noun[1]
            or t.norm == noun[0]
            or (not exact and noun[2] and self.lex.concepts.get(t.stem) == noun[2])
        ]

    def _negated(self, q: Query) -> bool:
        return stances.negated(self.lang, q)

    def _matched_chars(self, info: SentenceFacts, q: Query) -> list[int]:
        return agents.matched_chars(self.ix, info, q)

    def _enumerated(self, info: SentenceFacts) -> list[int]:
        return agents.enumerated(self.ix, info)

    def h_excluded(self, question, q):
        for st in self.facts.stances:
            for p in st.parties:
                if p.excluded and (
                    not q.entity_ids
                    or any(self.party_in(st, e) is p for e in q.entity_ids)
                    or not any(self.party_in(st, e) for e in q.entity_ids)
                ):
                    return self.stance_answer(
                        question,
                        "excluded",
                        f"{', '.join(p.excluded)} (excluded from {p.name}).",
                        st,
                        0.9,
                    )
        return self.decline(question, "excluded", "The article does not say anyone was excluded.")

    # ---------------------------------------------------------------- people and quotes
    def h_whois(self, question, q):
        title_at = [  # "secretary-general" is a title too
            k
            for k, w in enumerate(q.words)
            if w in self.lex.titles or any(x in self.lex.titles for x in w.split("-"))
        ]
        if title_at:
            role_words = [
                w
                for w in q.words[: title_at[-1] + 1]
                if w not in self.stop and w not in _QUESTION_WORDS
            ]
            ent_words = {q.words[k] for _, a, b in q.names for k in range(a, b)}
            role_words = [w for w in role_words if w not in ent_words]
            eid = resolve_role(self.ix, role_words) if role_words else None
            qualifiers = [e for e in q.entity_ids if self.facts.entities[e].kind != "person"]
            if eid is not None and qualifiers and not self._role_names(eid, qualifiers):
                # "the president of Bolivia": a president, but not of Bolivia
                return self.decline(question, "whois", "The article does not say who that is.")
            if eid is not None and eid not in q.entity_ids:
                e = self.facts.entities[eid]
                return self.ok(
                    question,
                    "whois",
                    f"{e.name} — {e.role}.",
                    self._role_sentences(e),
                    0.85,
                    [e.id],
                )
        ids = q.entity_ids
        if not ids:
            if q.unknown:
                return self.decline(question, "whois", self._unknown_reason(q))
            # "who is the interim president?": a sentence that names someone so, every word met
            found = self._event(q, need=0.9) if q.terms else None
            if found and self.grounded(q, found[0], need=1.0):
                who = self.agent(found[0], q)
                if who is not None:
                    return self.ok(
                        question, "whois", f"{self.name(who)}.", [found[0]], found[1], [who]
                    )
            return self.decline(question, "whois", "The article does not say who that is.")
        e = self.facts.entities[ids[0]]
        if title_at and e.kind != "person":
            # "Who is the UN Secretary-General?": a title of something named, not found above
            return self.decline(question, "whois", "The article does not say who that is.")
        qualifiers = [x for x in ids[1:] if self.facts.entities[x].kind != "person"]
        if title_at and "of" in q.words and qualifiers and not self._role_names(e.id, qualifiers):
            # "the president of Bolivia" is not the article's president of somewhere else
            return self.decline(question, "whois", "The article does not say who that is.")
        if e.role:
            return self.ok(
                question, "whois", f"{e.name} — {e.role}.", self._role_sentences(e), 0.95, [e.id]
            )
        if e.kind != "person":
            first = self._first_mention(e)
            if first is not None:
                return self.ok(
                    question,
                    "whois",
                    f"{e.name} is mentioned in the article.",
                    [first],
                    0.5,
                    [e.id],
                )
        return self.decline(question, "whois", f"The article does not say who {e.name} is.")

    def h_origin(self, question, q):
        """ "Where is X from?": the country in X's title ("Mexican President" → Mexico)."""
        ids = q.entity_ids
        if not ids:
            return self.decline(question, "origin", self._unknown_reason(q))
        e = self.facts.entities[ids[0]]
        for word in re.findall(r"[A-Z][\w'-]+", e.role or ""):
            place = demonym(self.ix, fold(word))
            if place is not None:
                return self.ok(
                    question,
                    "origin",
                    f"{self.name(place)} ({e.name} — {e.role}).",
                    self._role_sentences(e),
                    0.8,
                    [e.id],
                )
        # "Aigerim Temirova from Karaganda", "Vistula Capital in Krakow": a place right after
        # the name (or "the Chicago-based company" is not tied to a name, so not here)
        for info in self.facts.sentences:
            for m in info.mentions:
                if m.entity != e.id or m.start < 0:
                    continue
                for p in info.places:
                    first = fold(p.phrase.split()[0])
                    near = 0 < p.token - m.end <= 2 and first in ("from", "in", "of")
                    # "Temirova, a 34-year-old engineer from Karaganda, …": in her appositive
                    apposed = (
                        first == "from"
                        and 0 < p.token - m.end <= 10
                        and info.sentence.text[info.tokens[m.end - 1].end :].startswith(",")
                        and not any(
                            o.entity != e.id and m.end <= o.start < p.token
                            for o in info.mentions
                            if o.start >= 0
                        )
                    )
                    if near or apposed:
                        return self.ok(
                            question,
                            "origin",
                            f"{p.name} ({p.phrase}).",
                            [self._prefer_body(info)],
                            0.7,
                            [e.id],
                        )
        return self.decline(question, "origin", f"The article does not say where {e.name} is from.")

    def _role_names(self, person: int, places: list[int]) -> bool:
        """Does the person's role name one of these (by name or adjective: "Mexican")?"""
        e = self.facts.entities[person]
        role = [fold(w) for w in re.findall(r"[\w'-]+", e.role or "")]
        if e.role_sentence is not None:
            # "The town council of Millbrook voted… Mayor Dana Okafor said…": named nearby
            para = self.facts.sentences[e.role_sentence].sentence.paragraph
            if any(p in self.para_entities.get(para, ()) for p in places):
                return True
        for p in places:
            name = fold(self.facts.entities[p].name)
            if name in " ".join(role) or any(is_demonym(w, name) for w in role):
                return True
        return False

    def _role_sentences(self, e: Entity) -> list[SentenceFacts]:
        return evidence.role_sentences(self.ix, e)

    def h_age(self, question, q):
        ids = q.entity_ids
        if not ids:
            return self.decline(
                question, "age", self._unknown_reason(q) or "Whose age do you mean?"
            )
        e = self.facts.entities[ids[0]]
        if e.age is None or e.age_sentence is None:
            return self.decline(question, "age", f"The article does not give {e.name}'s age.")
        return self.ok(
            question,
            "age",
            f"{e.name} is {e.age}.",
            [self.facts.sentences[e.age_sentence]],
            0.9,
            [e.id],
        )

    def _prefer_body(self, info: SentenceFacts) -> SentenceFacts:
        return evidence.prefer_body(self.ix, info)

    def _first_mention(self, e: Entity) -> SentenceFacts | None:
        return evidence.first_mention(self.ix, e)

    def quotes_of(self, eid: int) -> list:
        return [qq for qq in self.facts.quotes if qq.speaker == eid]

    def h_quote(self, question, q):
        ids = q.entity_ids
        if not ids:
            return self.decline(question, "quote", self._unknown_reason(q) or "Who do you mean?")
        speaker = ids[0]
        quotes = [
            x
            for x in self.quotes_of(speaker)
            if self.facts.sentences[x.sentence].sentence.kind == "body"
        ] or self.quotes_of(speaker)
        if not quotes:
            return self.decline(
                question, "quote", f"The article does not quote {self.name(speaker)}."
            )
        topic_terms = [t for t in q.terms if t[0] not in self.say]
        topic_ents = ids[1:]
        verb_words = {
            stem(w)
            for w in q.words
            if w in self.say and w not in ("say", "said", "says", "tell", "told")
        }
        if q.unknown and not topic_ents and not [t for t in topic_terms]:
            return self.decline(question, "quote", self._unknown_reason(q))
        pool = [self.facts.sentences[x.sentence] for x in quotes]
        if topic_terms or topic_ents or verb_words:
            scored = []
            for info, x in zip(pool, quotes, strict=True):
                s, cov = self.score(info, q, ents=topic_ents, terms=topic_terms)
                # a quote often answers the sentence before it ("… welcomed the plan. 'This is
                # a sensible step,' said X"): that sentence's words count a little
                prev = (
                    self.facts.sentences[info.sentence.index - 1] if info.sentence.index else None
                )
                if prev is not None and prev.sentence.paragraph == info.sentence.paragraph:
                    s += 0.4 * self.score(prev, q, ents=topic_ents, terms=topic_terms)[0]
                if verb_words and stem(fold(x.verb)) in verb_words:
                    s += 1.5
                s += 0.2 if x.direct else 0
                scored.append((s - info.sentence.index * 0.001, info, x))
            scored.sort(key=lambda t: -t[0])
            best_s, info, x = scored[0]
            if best_s <= 0.25:
                about = " ".join(w for w, *_ in topic_terms) or "that"
                return self.decline(
                    question,
                    "quote",
                    f"The article does not quote {self.name(speaker)} on {about}.",
                )
            return self.ok(
                question,
                "quote",
                self._quote_text(x),
                [info],
                min(1.0, 0.5 + best_s / 4),
                [speaker],
            )
        x = quotes[0]
        return self.ok(
            question,
            "quote",
            self._quote_text(x),
            [self.facts.sentences[x.sentence]],
            0.9,
            [speaker],
        )

    def _quote_text(self, x) -> str:
        content = x.content  # the sentence itself is quoted below the short answer: keep it short
        if len(content) > 160:
            content = content[:157].rsplit(" ", 1)[0] + "…"
        if x.verb == "according to":
            return f"According to {self.name(x.speaker)}, {content.rstrip('.')}."
        if x.direct:
            return f"{self.name(x.speaker)} {x.verb}: “{content}”"
        return f"{self.name(x.speaker)} {x.verb} {content.rstrip('.')}."

    def h_who_said(self, question, q):
        terms = [t for t in q.terms if t[0] not in self.say]
        pool = [self.facts.sentences[x.sentence] for x in self.facts.quotes]
        ranked = self.rank(q, pool=pool, terms=terms)
        if ranked:
            s, cov, info = ranked[0]
            if cov >= 0.45 and self.grounded(q, info, terms):
                x = info.quote
                info = self._prefer_body(info)
                x = info.quote or x
                return self.ok(
                    question,
                    "who_said",
                    f"{self.name(x.speaker)} ({x.verb}).",
                    [info],
                    cov,
                    [x.speaker],
                )
        return self.h_who_did(question, q, intent="who_said")

    # ---------------------------------------------------------------- events
    def _participle(self, q: Query):
        return timing.participle(self.lang, q)

    def _event(self, q: Query, pool=None, need=0.45, terms=None, must=None, ranked=None):
        return evidence.best_sentence(self.ix, q, pool, need, terms, must, ranked)

    def _unknown_blocks(self, q: Query) -> bool:
        return evidence.unknown_blocks(q)

    def agent(self, info: SentenceFacts, q: Query) -> int | None:
        return agents.agent(self.ix, info, q)

    def h_who_did(self, question, q, intent="who_did"):
        found = self._event(q)
        if not found:
            return self.decline(question, intent, self._unknown_reason(q))
        info, cov = found
        if q.has(self.lang.future_auxiliaries) and not self._future_in(info, q):
            # "Who will win the runoff?" is not answered by who won the first round
            return self.decline(question, intent, "The article does not say who will.")
        who = self.agent(info, q)
        if who is None:
            return self.decline(question, intent, "The article does not say who.")
        listed = self._enumerated(info)
        if who in listed and len(listed) >= 2:  # "Norway, Japan, Canada and Germany have pledged"
            names = ", ".join(self.name(e) for e in listed[:-1]) + " and " + self.name(listed[-1])
            return self.ok(question, intent, f"{names}.", [info], cov, listed)
        return self.ok(question, intent, f"{self.name(who)}.", [info], cov, [who])

    def _nearest_time(self, q: Query, ranked, found):
        return timing.nearest_time(self.ix, q, ranked, found)

    def _future_in(self, info: SentenceFacts, q: Query) -> bool:
        return timing.future_in(self.ix, info, q)

    def h_reaction(self, question, q):
        ids = q.entity_ids
        if not ids:
            return self.decline(question, "reaction", self._unknown_reason(q))
        actor = ids[0]
        rest_terms = [
            t for t in q.terms if t[2] != "react" and t[0] not in self.lex.classes["react"]
        ]
        rest_ents = ids[1:]
        event = None
        if rest_terms or rest_ents:
            ranked = self.rank(q, ents=rest_ents, terms=rest_terms)
            if ranked and ranked[0][1] >= 0.4:
                event = ranked[0][2]
        candidates = [
            i for i in self.facts.sentences if i.sentence.kind == "body" and actor in i.entities
        ]
        if event is not None:
            after = [i for i in candidates if i.sentence.index > event.sentence.index]
            if after:
                info = after[0]
                return self.ok(
                    question, "reaction", self._clause_from(info, actor), [info], 0.8, [actor]
                )
        react = [i for i in candidates if "react" in i.concepts]
        if react:
            return self.ok(
                question, "reaction", self._clause_from(react[0], actor), [react[0]], 0.6, [actor]
            )
        return self.decline(
            question, "reaction", f"The article does not say how {self.name(actor)} reacted."
        )

    def _clause_from(self, info: SentenceFacts, eid: int) -> str:
        for m in info.mentions:
            if m.entity == eid and m.start >= 0 and not m.possessive:
                rest = info.sentence.text[info.tokens[m.end - 1].end :].strip(" ,")
                rest = re.sub(r"^(in turn|however|meanwhile|also),\s*", "", rest)
                return f"{self.name(eid)} {rest}"
        return info.sentence.text

    def h_when(self, question, q):
        pool = [i for i in self.facts.sentences if i.times]
        ranked = self.rank(q, pool=pool)  # once, for the best sentence and its close rivals
        found = self._event(q, must=self._participle(q), ranked=ranked)
        if found:
            found = self._nearest_time(q, ranked, found)
        if not found:
            if not q.terms and not q.entity_ids:
                return self.h_article_date(question, q)
            return self.decline(
                question, "when", self._unknown_reason(q) or "The article does not say when."
            )
        info, cov = found
        future = q.has(self.lang.future_hints)
        times = list(info.times)
        if q.has(self.lang.year_words) and not any(re.search(r"\b\d{4}\b", t.text) for t in times):
            return self.decline(question, "when", "The article does not give the year.")
        k = self._anchor(info, q, q.terms)
        # the time nearest to what the question is about: its verb and its names
        spots = [info.tokens[k].start] if k is not None else []
        spots += [
            info.tokens[m.start].start
            for m in info.mentions
            if m.entity in q.entity_ids and m.start >= 0
        ][:2]

        text = info.sentence.text
        anchor = info.tokens[k].start if k is not None else None

        def key(t):
            wrong_way = (t.direction == "past") if future else (t.direction == "future")
            # a time in another clause than the verb asked about belongs to something else
            other_clause = (
                anchor is not None and "," in text[min(t.end, anchor) : max(t.start, anchor)]
            )
            before_verb = future and anchor is not None and t.start < anchor
            return (
                wrong_way,
                t.kind == "relative" and not future,
                other_clause,
                before_verb,
                sum(abs(t.start - p) for p in spots),
            )

        times.sort(key=key)
        if anchor is not None:
            # "…on January 23, when X, whose appointment had been cancelled…": a time outside
            # the relative clause the asked verb sits in does not date that verb
            times = [t for t in times if _linked(text, t.start, t.end, anchor)]
            if not times:
                return self.decline(question, "when", "The article does not say when.")
        return self.ok(
            question,
            "when",
            times[0].text[:1].upper() + times[0].text[1:] + ".",
            [info],
            cov,
            q.entity_ids,
        )

    def h_where(self, question, q):
        if (
            not q.entity_ids
            and any(w in self.lex.classes["article"] for w in q.words)
            and self.article.dateline
        ):
            dl = self.article.dateline
            lead = [self.article.lead] if self.article.lead else []
            return self.ok(question, "where", f"{dl.place} ({dl.text})", lead, 0.9)
        pool = [i for i in self.facts.sentences if i.places]
        terms = q.terms
        # the place asked about is not a topic word: "which city" says nothing of the sentence
        terms = [t for t in terms if t[0] not in self.lex.classes["place_noun"]]
        found = self._event(q, pool=pool, terms=terms, must=self._participle(q))
        if not found:
            return self.decline(
                question, "where", self._unknown_reason(q) or "The article does not say where."
            )
        info, cov = found
        places = [p for p in info.places if p.entity not in q.entity_ids] or list(info.places)
        anchor = self._anchor(info, q, terms)
        if anchor is not None:
            after = [p for p in places if p.token > anchor]
            places = after or places
        p = places[0]
        return self.ok(question, "where", f"{p.name} ({p.phrase}).", [info], cov, q.entity_ids)

    def _anchor(self, info, q, terms):
        return agents.anchor(self.ix, info, q, terms)

    def h_why(self, question, q):
        found = self._event(q, need=0.5)
        if not found:
            return self.decline(
                question, "why", self._unknown_reason(q) or "The article does not say why."
            )
        info, cov = found
        return self.ok(question, "why", self._short(info), [info], cov, q.entity_ids)

    def h_confirm(self, question, q):
        found = self._event(q, need=0.75)
        if not found:
            return self.decline(
                question, "confirm", self._unknown_reason(q) or "The article does not say."
            )
        info, cov = found
        # every real word met (weak ones may miss when a name says who); with no name in the
        # question, every word — "did the teachers union join" is not "the Dockers Union joined"
        if not self.grounded(q, info, need=0.85 if q.entity_ids else 1.0):
            return self.decline(question, "confirm", "The article does not say.")
        # "Did X win?": the sentence must have X doing it, not someone else ("Y beat X")
        if q.entity_ids:
            k = self._anchor(info, q, q.terms)
            if k is not None:
                before = [m for m in info.mentions if 0 <= m.start < k and not m.possessive]
                listed = self._enumerated(info)
                subject = bool(before) and (
                    before[-1].entity == q.entity_ids[0]
                    or (q.entity_ids[0] in listed and before[-1].entity in listed)
                )
                if not subject:
                    return self.decline(
                        question, "confirm", "The article does not say so in those words."
                    )
        # "Did X sign?" / "X declined to sign", "Did X vote for it?" / "X voted against it":
        # the sentence says the opposite of what is asked — no, never yes
        k = self._anchor(info, q, q.terms)
        if k is not None:
            near = {t.norm for t in info.tokens[max(0, k - 3) : k + 3]}
            asked = set(q.words)
            if (near & self.negations) - asked or ("against" in near and "against" not in asked):
                return self.ok(
                    question,
                    "confirm",
                    "No — the article says otherwise.",
                    [info],
                    cov,
                    q.entity_ids,
                )
            if near & self.abstain_words and not asked & self.abstain_words:
                return self.ok(
                    question,
                    "confirm",
                    "No — the article says they abstained.",
                    [info],
                    cov,
                    q.entity_ids,
                )
        return self.ok(question, "confirm", "Yes — the article says so.", [info], cov, q.entity_ids)

    def h_what(self, question, q):
        if q.words and q.words[0] in self.aux:
            return self.h_confirm(
                question, q
            )  # a yes/no question: yes from the article, or decline
        if self._unknown_blocks(q) or (not q.terms and not q.entity_ids):
            return self.decline(question, "what", self._unknown_reason(q))
        # "which TV channel…": the name next to the noun asked about
        if any(w in ("which", "what") for w in q.words) and q.terms:
            named = self._which_name(q)
            if named:
                return named
        terms = q.terms
        if not terms:
            # only names: a sentence where they all appear together
            if len(q.entity_ids) < 2:
                return self.decline(question, "what", "What would you like to know about them?")
        found = self._event(q, need=0.5)
        if not found:
            return self.decline(question, "what", self._unknown_reason(q))
        info, cov = found
        return self.ok(question, "what", self._short(info), [info], cov, q.entity_ids)

    def _which_name(self, q: Query):
        """ "which TV channel…": the name the asked-for noun belongs to in a matching sentence."""
        wh = next(i for i, w in enumerate(q.words) if w in ("which", "what"))
        terms = [t for t in q.terms if t[0] not in ("name", "names", "called") and t[4] > wh]
        if not terms:
            return None
        noun = terms[0]
        # "which channel…", "what TV channel…", "what is the name of the channel…"
        named = " ".join(q.words[wh : wh + 5]).startswith(f"{q.words[wh]} is the name of")
        if noun[4] not in (wh + 1, wh + 2) and not (named and noun[4] <= wh + 7):
            return None
        for info in self.facts.sentences:
            if not self.grounded(q, info):
                continue
            toks = info.tokens
            for k, t in enumerate(toks):
                same = t.stem == noun[1] or t.norm == noun[0]
                if not same and not (
                    noun[2] and self.lex.concepts.get(t.stem) == noun[2] and t.norm not in self.stop
                ):
                    continue
                # the name around the noun: "X TV channel", "the channel X" ("broadcaster" ~ channel)
                for m in info.mentions:
                    if m.start >= 0 and (
                        m.start <= k < m.end or m.end == k or m.end == k - 1 or m.start == k + 1
                    ):
                        e = self.facts.entities[m.entity]
                        if e.kind != "person" and all(x in info.entities for x in q.entity_ids):
                            return self.ok(q.raw, "what", f"{e.name}.", [info], 0.8, [e.id])
        return None

    def _short(self, info: SentenceFacts) -> str:
        return evidence.shortened(info)

    # ---------------------------------------------------------------- examples
    def examples(self, n: int = 4) -> list[str]:
        """Questions this article can answer, made from its own facts."""
        out = []
        people = sorted(
            (e for e in self.facts.entities if e.kind == "person"), key=lambda e: -e.mentions
        )
        quoted = [p for p in people if self.quotes_of(p.id)]
        if quoted:
            out.append(f"What did {quoted[0].short} say?")
        for st in self.facts.stances[:1]:
            verb = {"recognize": "recognized", "oppose": "opposed", "abstain": "abstained on"}.get(
                st.kind, "supported"
            )
            if st.target is not None:
                out.append(f"Who {verb} {self.facts.entities[st.target].short}?")
            elif st.target_text:
                out.append(f"Who {verb} {st.target_text[:1].lower() + st.target_text[1:]}?")
        roled = [p for p in people if p.role and p not in quoted[:1]]
        if roled:
            out.append(f"Who is {roled[0].short}?")
        if self.article.headline or self.article.lead:
            out.append("What is this article about?")
        return out[:n]
