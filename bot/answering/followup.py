"""Follow-up questions: a question read against the previous answer's facts (its
:class:`~bot.answering.context.About`) and rebuilt as the question it stands for.

- SWAP: "and Italy?", "what about Spain?", "Germany?", "did the UK?", "and Peru's central bank?"
  — the same question about another name, swapped into the first question of the chain (each
  one of a row, not the last; a declined "and Japan's regulator?" leaves the chain as it was);
- REPAIR: "i mean Okafor" — the last question with its name (or a pronoun that stood for no one)
  put right;
- ELLIPSIS: "when?", "why?", "how many?", "signed by who", "what happened?", "when was it
  signed?" — a question with nothing of its own to ask about, or about "it"/"that": asked of
  the previous answer's event by the kind the registry says (``after_answer``) — the event's
  question merged in, only the sentences of its paragraphs weighed (its own sentences first
  among equals), and of those only the ones that meet the words the question has of its own;
  after a quote, the event is what was said ("when?"), unless the question asks about the
  saying ("when did he say it?");
- TOPIC: "and the election?", "and injured?" after "when did X …?", "how many were killed?" —
  the same question (its frame) about something else;
- FRESH: anything else is a question of its own; its pronouns ("he", "they", "its", "that
  country") are read as the previous answer's names, "the list" as the list it gave, "else" (and
  "the other …" of a swap or topic) as not what it quoted, "what is it?" as what the thing the
  answer gave is, and after an answer about the article itself "it" is the article.

With no previous answer, a question that opens like a follow-up ("and …", "what about …") is a
fresh question — "what about the spokesman?" asks who that is — and about nothing at all ("and
when?", "and who backed him?") it declines: never an answer about nothing.
"""

from __future__ import annotations

import dataclasses
from functools import partial
from typing import NamedTuple

from ..answer import Answer
from ..replies import Message
from ..text import stem
from . import standins
from .answers import say
from .context import (
    About,
    carried,
    compact,
    kept,
    referents_of,
    said_before,
    seen_before,
    with_named,
)
from .index import ArticleIndex
from .intent import Classifier
from .language import FOLLOW, REPAIR
from .pronoun_nouns import they_the_noun
from .question import Named, Query, Unknown, read
from .question.words import BLANK
from .rebuild import (
    asked_for,
    asks_about,
    choice_dropped,
    frame,
    merged,
    pair_spliced,
    retopic,
    spans,
    splice,
    subject_slot,
    untensed,
)
from .registry import Registry
from .same_noun import noun_swapped
from .saying_place import asks_where_said
from .sides_asked import (
    LISTS,
    SIDE_KINDS,
    asks_who_else,
    other_camp,
    other_choice,
    others_on_the_side,
)
from .sources import only_a_source
from .stray_word import stray_word
from .urged import urged_of, urging
from .wanted import is_person, wanted_name

FRESH, SWAP, ELLIPSIS, TOPIC = "fresh", "swap", "ellipsis", "topic"
NOWHERE = frozenset({-1})  # a scope no sentence is in
ABOUT_A_NAME = "whois"  # the kind that says what a name is ("what about the spokesman?")
A_LIST = "member"  # the kind that answers about the list the previous answer gave
EXCEPTIONS = "excluded"  # the kind that names the exceptions of a side ("excluding X")
ORDER = "order"  # "which came first, that or Y?": "that" is the previous answer's event
WHEN = "when"  # the kind that dates an event: its tense is the event's, not the chain's
WHERE = "where"  # the kind that places an event: "where else?" asks for another place
YES_NO = "confirm"  # the kind that says yes or no
QUOTE = "quote"  # the kind that quotes what someone said
DOER = "who_did"  # the kind that names who did a deed ("who was preparing it?")


class Plan(NamedTuple):
    """How a question is answered: as which kind, read as which question."""

    how: str  # FRESH, SWAP, REPAIR, ELLIPSIS, TOPIC
    intent: str | None
    query: Query
    used: bool = False  # the question uses the context (its names, its event)
    slot: int | None = None  # SWAP, REPAIR: the word where the new name was put in
    decline: Message | None = None  # the question is about nothing: this decline
    asked: Query | None = None  # the question's own reading, when ``query`` is rebuilt


class FollowUps:
    """Plans each question of a conversation against the context it is asked in."""

    def __init__(self, ix: ArticleIndex, intents: Classifier, registry: Registry):
        self.ix = ix
        self.intents = intents
        self.registry = registry

    def plan(self, q: Query, ctx: About | None) -> Plan:
        if ctx is None or BLANK.search(q.raw):  # "Fill in: …____…" is a question of its own
            return self._alone(standins.dislocated(self.ix, q) or q)
        # "who else?" after a yes on a side; "and C or D?" after a choice of two names
        others = (
            others_on_the_side(self.ix, q, ctx)
            or other_camp(self.ix, q, ctx)  # "and the other camp?"
            or other_choice(self.ix, q, ctx)
        )
        if others is not None:
            intent, asked = others
            intent = intent or self.intents.classify(asked.symbols)
            return Plan(FRESH, intent, asked, True, asked=q)
        plan = _saying_or_stray(self.ix, self._plan(q, ctx), q, ctx)
        elsewhere = self._elsewhere(plan, q, ctx)
        if elsewhere is not None:
            return elsewhere
        plan = _someone_else(self.ix, plan, q, ctx)
        other = plan.how in (SWAP, TOPIC) and q.has(self.ix.lang.other_words)
        if plan.intent == QUOTE and not other and q.has(self.ix.lang.else_words):
            return _said_else(self.ix, plan, q, ctx)
        if ctx.sentences and (other or q.has(self.ix.lang.else_words)):
            # "what else did he say?": not what the conversation has quoted; "how else do
            # they keep in touch?" after where they met: that sentence may say more; "and the
            # other lines?" after where the first one runs: not the sentence that answered
            gone = set(ctx.seen)
            if plan.intent == ctx.intent or other:
                gone |= set(ctx.sentences)
            if gone:
                scope = plan.query.scope or frozenset(range(len(self.ix.facts.sentences)))
                rest = dataclasses.replace(plan.query, scope=scope - gone)
                return plan._replace(query=rest, asked=plan.asked or q, used=True)
        return plan

    def _elsewhere(self, plan: Plan, q: Query, ctx: About) -> Plan | None:
        """ "where else?" after a place: the same event somewhere besides the places the
        answer's sentences gave ("in Moscow and at various forums": the forums)."""
        if plan.intent != WHERE or ctx.intent != WHERE or not q.has(self.ix.lang.else_words):
            return None
        facts = self.ix.facts.sentences
        given = {p.entity for i in ctx.sentences for p in facts[i].places}
        besides = tuple(e for e in ctx.referents.things if e in given)
        if not besides:
            return None
        query = dataclasses.replace(plan.query, besides=(*plan.query.besides, *besides))
        return plan._replace(query=query, asked=plan.asked or q, used=True)

    def _plan(self, q: Query, ctx: About) -> Plan:
        names_only = self.intents.is_follow_up(q.symbols)
        new = _the_name(q)
        if q.opening == REPAIR and new is not None:
            if ctx.slot is not None and ctx.base is not None:  # "i mean Spain" after "and Italy?"
                return self._swap(REPAIR, ctx.base, ctx.base_intent, ctx.slot, q, new)
            if spans(ctx.query):
                return self._swap(REPAIR, ctx.query, ctx.intent, None, q, new)
        stood_in = self._stand_in(q, ctx)
        if stood_in is not None:
            return stood_in
        if names_only and isinstance(new, Named) and ctx.base is not None:
            instead = self._instead_of_any(ctx.base, new)  # "and the EU?" after "did any
            if instead is not None:  # organisation recognize X?": did the EU recognize X
                return Plan(SWAP, self.intents.classify(instead.symbols), instead, True, asked=q)
        if names_only and self._a_party_of_the_list(ctx, new):
            # "and Belarus?" after "who recognized X?": is it among them (not "who recognized
            # Belarus?" — it took a side, no one took one on it)
            among = dataclasses.replace(q, focus=self._the_list(ctx))
            return Plan(SWAP, A_LIST, among, True, ctx.slot, asked=q)
        if names_only and new is not None and ctx.base is not None and spans(ctx.base):
            return self._swap(SWAP, ctx.base, ctx.base_intent, ctx.slot, q, new)
        if (swap := _pair_or_owner(self.ix, q, ctx)) is not None:  # "and A and B?", "and X's Y?"
            return Plan(SWAP, ctx.base_intent, swap[1], True, swap[0], asked=q)
        used = self._uses(q, ctx)
        intent = self.intents.classify(q.symbols)
        kind = self.registry.kinds.get(intent) if intent else None
        event = _event_pronoun(self.ix.lang, q)
        # "when was it published?" after "what is the article about?"; "what date?" after
        # "which agency is this from?": the article's date
        of_it = standins.article_asked(self.ix, self.intents, self.registry, q, ctx, intent)
        if of_it is not None:
            return Plan(FRESH, of_it, q, True)
        if intent == A_LIST and (ctx.referents.members or self._a_side_in(ctx.sentences)):
            # "any organisations?", "including X?", "was X included?": among the list the
            # previous answer's sentences give
            return Plan(FRESH, intent, dataclasses.replace(q, focus=self._the_list(ctx)), True)
        if ctx.intent == LISTS and _which_countries(self.ix.lang, q):
            # "and which countries?" after "which organisation recognised X?": the same side,
            # asked of parties of another kind (not the first country named anywhere)
            focused = merged(self.ix, q, ctx.topic or ctx.query, ctx.sentences)
            return Plan(ELLIPSIS, LISTS, focused, True, asked=q)
        if intent in SIDE_KINDS and self._side_of_its_own(q):
            # "who did that country back?": a side asked with its own verb about the name the
            # pronoun stands for — not the previous question's target again
            return Plan(FRESH, intent, q, used)
        if self._topic_swap(q, ctx):
            base = untensed(self.ix, ctx.base) if ctx.base_intent == WHEN else ctx.base
            framed = merged(self.ix, frame(self.ix, base), q, ())
            no_claim = _subject_swapped(self.ix, q, ctx)
            return Plan(TOPIC, ctx.base_intent, framed, True, decline=no_claim, asked=q)
        # "what happened there in July?" after an answer about January: a time of its own (a
        # yes/no question, "was it on Sunday?", is still about the same event)
        elsewhen = (
            self._new_time(q, ctx) and q.words[:1] != () and q.words[0] not in self.ix.lang.aux
        )
        if (
            kind is not None
            and kind.after_answer
            and not elsewhen
            and ((event and not _elsewhere(self.ix, q, ctx)) or not self._own(q, ctx))
        ):
            scope = _meeting(self.ix, q, _paragraphs(self.ix, ctx.sentences))
            told = _telling(self.ix, q, ctx.topic or ctx.query) if scope == NOWHERE else None
            if told:  # "it" told of further on: a sentence that names it too
                scope = _meeting(self.ix, q, told)
            if not scope or scope == NOWHERE or scope & set(ctx.sentences):
                topic = self._said(q, ctx, ctx.topic or ctx.query)
                focused = merged(self.ix, q, topic, ctx.sentences)
            else:  # "who worked on preparing it?" after "X said the visit …": another
                focused = _merged_unless_own(self.ix, q, ctx.topic or ctx.query)  # its words
            focused = dataclasses.replace(focused, scope=scope)
            return Plan(ELLIPSIS, kind.after_answer, focused, True, asked=q)
        if names_only:
            return self._about_a_name(q)
        if (doer := _doer_dropped(self.ix, q, ctx)) is not None:  # "went where?" after X: X's
            return Plan(FRESH, intent, dataclasses.replace(q, entity_ids=(doer,)), True)
        return Plan(FRESH, intent, _focused(self.ix, q, ctx, intent, event), used)

    def _stand_in(self, q: Query, ctx: About) -> Plan | None:
        """A follow-up whose words stand for a part of the question before: a new topic, the
        exceptions of a side, "one", "this article", "it"."""
        topic = _new_topic(self.ix, q, ctx)  # "and about the visit?"
        if topic is not None:
            return Plan(TOPIC, ctx.base_intent, topic, True, asked=q)
        if self._which_not(q, ctx):  # "which one didn't?" after "did all X members back Y?"
            return Plan(ELLIPSIS, EXCEPTIONS, ctx.query, True, asked=q)
        whole = standins.totality_instead(self.ix, q, ctx)  # "all of its members?"
        if whole is not None:  # (remembered as rebuilt: its party, not all "them" stood for)
            return Plan(FRESH, self.intents.classify(whole.symbols), whole, True)
        one = standins.one_instead(self.ix, q, ctx) or standins.other_one_instead(self.ix, q, ctx)
        if one is not None:
            return Plan(SWAP, self.intents.classify(one.symbols), one, True, asked=q)
        # "and this article?" after "when was X's announcement?": the article's date
        article = standins.the_article_instead(self.ix, self.intents, self.registry, q, ctx)
        if article is not None:
            return Plan(FRESH, article, q, True)
        # "did it recognize X?" after "and Belarus?"; "what is it?" after "the Harlow Cup"
        # "they" after "how many X …?"; "do they …?" after an answer about two people
        counted = (
            standins.they_counted(self.ix, q, ctx)
            or standins.they_two(self.ix, q, ctx)
            or they_the_noun(self.ix, q, ctx)  # "who cut them?" after "why did talks …?"
            or standins.after_count(self.ix, q, ctx)  # "names?", "and guides?" after a count
            or standins.which_one(self.ix, q, ctx)  # "who?" after "did an official go?"
            or standins.title_named(self.ix, q, ctx)  # "the minister's title?" after X
        )
        if counted is not None:
            return Plan(FRESH, self.intents.classify(counted.symbols), counted, True)
        named = standins.it_named(self.ix, q, ctx) or self._what_it_is(q, ctx)
        if named is not None:
            return Plan(FRESH, self.intents.classify(named.symbols), named, True)
        return None

    # -- the kinds of follow-up ----------------------------------------------------------------
    def _alone(self, q: Query) -> Plan:
        """No previous answer: a fresh question; one that opens like a follow-up and is about
        nothing declines."""
        if q.opening != FOLLOW and _only_names(q):  # "lind?": what that name is
            return self._about_a_name(q)
        if q.opening != FOLLOW:
            return Plan(FRESH, self.intents.classify(q.symbols), q)
        if self.intents.is_follow_up(q.symbols):
            return self._about_a_name(q)
        intent = self.intents.classify(q.symbols)
        named_before = lambda nm: any(  # noqa: E731 — "and X, who's he?": he is X
            o.entity is not None and o.end <= nm.start for o in q.names
        )
        if any(nm.entity is None and not named_before(nm) for nm in q.names):
            return Plan(FRESH, intent, q, decline=say("decline.who_do_you_mean"))
        if not q.names and not q.terms and not q.unknown:
            return Plan(FRESH, intent, q, decline=say("decline.about_what"))
        return Plan(FRESH, intent, q)

    def _about_a_name(self, q: Query) -> Plan:
        """ "what about the spokesman?" with nothing before it: who or what that is."""
        if ABOUT_A_NAME in self.registry.kinds:
            return Plan(FRESH, ABOUT_A_NAME, q)
        return Plan(FRESH, self.intents.classify(q.symbols), q)

    def _swap(
        self, how: str, into: Query, intent: str | None, slot: int | None, q: Query, new
    ) -> Plan:
        """``into`` with one of its names replaced by the follow-up's name (or unknown word)."""
        places = spans(into)
        at = (
            slot
            if slot in places
            else subject_slot(self.ix, into, places, new) or self._slot(places, new)
        )
        into = choice_dropped(self.ix, into, at)  # "and C?" after "did A or B …?": C alone
        return Plan(how, intent, splice(into, at, q, new), True, at, asked=q)

    def _slot(self, spans: dict[int, int | None | Unknown], new: Named | Unknown) -> int:
        """Where the new name goes: in place of a pronoun that stood for no one, else of the
        first name of its kind (a person for a person; a word the article never uses for
        anything but a person), else of the first name."""
        for at, e in spans.items():
            if e is None:
                return at
        person = _a_person(self.ix, new)
        for at, e in spans.items():
            if isinstance(new, Named) and e == new.entity:
                continue
            is_person = isinstance(e, int) and self.ix.entity(e).kind == "person"
            if is_person == person:
                return at
        return next(iter(spans))

    def _a_party_of_the_list(self, ctx: About, new) -> bool:
        """Is the new name of a swap a party (or an exception) of the sides the chain's list
        question asked about, and never a side's target — or a name the article never mentions
        ("and Canada?": not among them) — with the previous answer's list at hand?"""
        named = isinstance(new, Named) and new.entity is not None  # else a name never mentioned
        if not (named or isinstance(new, Unknown)) or not (
            ctx.referents.members or self._a_side_in(ctx.sentences)
        ):
            return False
        if ctx.base_intent != LISTS or A_LIST not in self.registry.kinds:
            return False
        if (
            named
            and ctx.base is not None
            and any(self.ix.only_a_party(e) for e in ctx.base.entity_ids)
            and not _parties_offered(self.ix, ctx.base)
        ):
            return False  # "whose side is X on?": the same asked of the new party
        return not named or self.ix.only_a_party(new.entity) or self.ix.only_excluded(new.entity)

    def _the_list(self, ctx: About) -> tuple[int, ...]:
        """The sentences of the list the conversation is about: those of the side whose parties
        are the list it gave (kept through "was X included?", "and Y?"), else the previous
        answer's."""
        members = set(ctx.referents.members)
        if members:
            for st in self.ix.facts.stances:
                if members <= {p.entity for p in st.parties}:
                    return (st.sentence,)
        return ctx.sentences

    def _a_side_in(self, sentences: tuple[int, ...]) -> bool:
        """Do these sentences give a side with a list of parties?"""
        return any(len(st.parties) >= 2 for i in sentences for st in self.ix.stances_in.get(i, ()))

    def _instead_of_any(self, base: Query, new: Named) -> Query | None:
        """The chain's question with its "any <kind>" ("any international organisation") put
        as the new name, when that name is of no kind the question names already (a body
        after a question about a person), read afresh."""
        ix = self.ix
        lang = ix.lang
        if new.entity is None or new.entity in ix.persons:
            return None
        if any(e is not None and e not in ix.persons for e in base.entity_ids):
            return None
        kinds = lang.institution_words | lang.party_nouns
        taken = {k for nm in base.names for k in range(nm.start, nm.end)}
        for k, w in enumerate(base.words):
            if w not in lang.a:
                continue
            end = next(
                (j for j in range(k + 1, min(k + 4, len(base.words))) if base.words[j] in kinds),
                None,
            )
            if end is None or taken & set(range(k, end + 1)):
                continue
            name = ix.entity(new.entity).name
            words = (*base.words[:k], name, *base.words[end + 1 :])
            return read(ix, " ".join(words))
        return None

    def _which_not(self, q: Query, ctx: About) -> bool:
        """ "which one didn't?", "who didn't?" after a question about a side: only question
        words and a negation — the exceptions the side's list names."""
        lang = self.ix.lang
        if ctx.intent not in SIDE_KINDS or EXCEPTIONS not in self.registry.kinds or q.names:
            return False
        words = [w for w in q.words if w not in lang.stop]
        asks_names = lang.which_words | lang.relative_pronouns  # "which", "who" (not "why")
        return (
            bool(q.words)
            and q.words[0] in asks_names
            and any(w in lang.negations for w in q.words)
            and all(w in lang.question_words or w in lang.negations for w in words)
        )

    def _what_it_is(self, q: Query, ctx: About) -> Query | None:
        """ "what is it?" — a question word, a verb and "it", nothing else — after an answer
        that gave a thing (a place, a body, an event's name): that thing, read as what is
        asked about ("what is <it>?")."""
        lang = self.ix.lang
        it = lang.lex.writing.get("thing_pronouns", frozenset())
        w = q.words
        if len(w) != 3 or w[0] not in lang.which_words or w[1] not in lang.aux or w[2] not in it:
            return None
        about_a_person = ctx.intent == ABOUT_A_NAME and any(
            e in self.ix.persons for e in ctx.query.entity_ids
        )  # after "who is X?" the "it" is no thing of the answer's
        if not ctx.referents.things or about_a_person:
            return None
        name = self.ix.entity(ctx.referents.things[0]).name
        return read(self.ix, " ".join((*w[:2], name)), ctx.referents)

    def _side_of_its_own(self, q: Query) -> bool:
        """A question word, a verb of taking sides and only names a pronoun or "that <noun>"
        stands for ("who did it back?", "whom does that country support?")."""
        lang = self.ix.lang
        return (
            bool(q.names)
            and q.words[0] in lang.question_words
            and all(_pointing(self.ix, q, nm) for nm in q.names)
            and any(w in lang.support or w in lang.oppose for w in q.words)
        )

    def _topic_swap(self, q: Query, ctx: About) -> bool:
        """ "and the election?" after "when did X …?", "and injured?" after "how many were
        killed?": no question word, words of its own, and the chain's question is about an
        event."""
        lang = self.ix.lang
        if any(w in lang.question_words for w in q.words) or ctx.base is None:
            return False
        if q.names and not set(lang.lex.classes.get("role_noun", ())).isdisjoint(q.words):
            return False  # "and his title?": who that is, not the event asked of him
        if not set(lang.lex.classes.get("react", ())).isdisjoint(q.words):
            return False  # "and the unions' reaction?": how they reacted, not when
        if q.names and not q.terms and all(nm.entity in self.ix.persons for nm in q.names):
            wanted = wanted_name(self.ix, ctx.base)
            if wanted is not None and not is_person(lang, wanted):
                return False  # "and the author?" after "which university …?": no university
        kind = self.registry.kinds.get(ctx.base_intent) if ctx.base_intent else None
        return kind is not None and kind.after_answer == kind.id and bool(q.terms or q.names)

    def _said(self, q: Query, ctx: About, topic: Query) -> Query:
        """The event of an answer that quoted someone: what was said ("when?" after "Y said the
        deal would close next year": next year) — unless the question asks about the saying
        itself ("when did he say it?")."""
        if q.has(self.ix.lang.say):
            return topic
        who = set(ctx.referents.people) | set(ctx.referents.things)
        for i in ctx.sentences:
            x = self.ix.facts.sentences[i].quote
            if x is not None and x.speaker in who and x.content:
                return merged(self.ix, topic, read(self.ix, x.content), ())
        return topic

    # -- what a question has of its own ----------------------------------------------------------
    def _uses(self, q: Query, ctx: About) -> bool:
        """Does the question use the context: a pronoun or a description that stands for one of
        its names, or its list?"""
        refs = ctx.referents
        if refs.members and q.has(self.ix.lang.list_nouns):  # "is X on the list?"
            return True
        mine = set(refs.people) | set(refs.things) | set(refs.members)
        return any(nm.entity in mine and _pointing(self.ix, q, nm) for nm in q.names)

    def _new_time(self, q: Query, ctx: About) -> bool:
        """Does the question ask about a time the previous answer's sentences never name ("what
        happened there in July?" after an answer about January)?"""
        said = self._stems_said(ctx)
        return any(w not in said and stem(w) not in said for w in q.time_words)

    def _stems_said(self, ctx: About) -> frozenset[str]:
        """The stems of the previous answer's sentences."""
        facts = self.ix.facts.sentences
        return frozenset().union(*(facts[i].stems for i in ctx.sentences))

    def _own(self, q: Query, ctx: About) -> bool:
        """Has the question anything to ask about of its own: a name (not a pronoun), a word the
        article never uses, or a word that is neither the thing asked for ("which *city*", "how
        many *times*"), nor a verb of saying ("says who?"), nor a word of the previous answer's
        sentences ("signed by who")?"""
        lang = self.ix.lang
        if q.unknown or any(not _pointing(self.ix, q, nm) for nm in q.names):
            return True
        asked = asked_for(self.ix, q)
        said = self._stems_said(ctx)
        return any(
            t.index not in asked
            and t.word not in lang.say
            and t.stem not in said
            and t.word not in said
            for t in q.terms
        )


def _saying_or_stray(ix: ArticleIndex, plan: Plan, q: Query, ctx: About) -> Plan:
    """ "speaking from where?": asked of the speakers of the sentences the conversation quoted
    (:mod:`.saying_place`); "and the weather?", a swap of a word the article never uses:
    declined (:mod:`.stray_word`)."""
    if plan.intent == WHERE and not q.names and asks_where_said(ix, plan.query):
        seen = dataclasses.replace(plan.query, focus=plan.query.focus or seen_before(ctx))
        plan = plan._replace(query=seen, used=True)
    if plan.how in (SWAP, TOPIC) and plan.decline is None:
        stray = stray_word(ix, q)
        if stray is not None:
            plan = plan._replace(decline=stray)
    return plan


def _said_else(ix: ArticleIndex, plan: Plan, q: Query, ctx: About) -> Plan:
    """ "what else did he say?": not the quotes the conversation gave — only those count as
    said already; a sentence given only as evidence (where or when he said it, how he
    reacted) still has words to quote, and with no topic asked ("what else did he
    announce?") those words come first."""
    facts = ix.facts.sentences
    speakers = set(plan.query.entity_ids)
    unsaid = [
        i
        for i in seen_before(ctx)
        if i not in ctx.said and (x := facts[i].quote) is not None and x.speaker in speakers
    ]
    lang = ix.lang
    topic = any(t.word not in lang.say for t in plan.query.terms) or plan.query.unknown
    scope = plan.query.scope or frozenset(range(len(facts)))
    if unsaid and not topic:
        scope = scope & frozenset(unsaid)
    else:
        scope = scope - set(ctx.said)
    if scope == plan.query.scope:
        return plan
    rest = dataclasses.replace(plan.query, scope=scope)
    return plan._replace(query=rest, asked=plan.asked or q, used=True)


def _doer_dropped(ix: ArticleIndex, q: Query, ctx: About) -> int | None:
    """ "went where?", "left when?" after an answer about a person: a verb and a question
    word, nothing else (no name, no pronoun, no subject) — the person the answer was about did
    it; None for any other question."""
    w, lang = q.words, ix.lang
    if len(w) != 2 or q.names or not ctx.referents.people or ctx.referents.members:
        return None
    if w[1] not in lang.question_words or w[0] in lang.question_words or w[0] in lang.aux:
        return None
    if not any(t.index == 0 for t in q.terms):
        return None
    return ctx.referents.people[0]


def _focused(ix: ArticleIndex, q: Query, ctx: About, intent: str | None, event: bool) -> Query:
    """A fresh question that points at what the previous answer's sentences give: "is X on the
    list?" (the list they give), "which came first, that or Y?" (the event they tell)."""
    if (ctx.referents.members and q.has(ix.lang.list_nouns)) or (intent == ORDER and event):
        return dataclasses.replace(q, focus=ctx.sentences)
    if ctx.referents.counted and ctx.sentences and _the_counted(ix, q):
        # "how many of them were children?" after "Ten." of "ten people were killed": what
        # the count's sentences say of those counted, nothing the rest of the article says
        return dataclasses.replace(q, scope=frozenset(ctx.sentences))
    return q


def _the_counted(ix: ArticleIndex, q: Query) -> bool:
    """Does a plural pronoun of the question stand for no name (the ones a count gave)?"""
    plural = ix.lang.plural_pronouns
    return any(nm.entity is None and q.words[nm.start] in plural for nm in q.names)


def _subject_swapped(ix: ArticleIndex, q: Query, ctx: About) -> Message | None:
    """ "and the summit?" after "was X taken?" (or after "and Y?" swapped X): a thing put in
    the place of the yes/no's name, which the topic swap cannot do — it would ask only whether
    the article has the summit, and a yes would not be one to what was asked: a decline. A
    word that adds to the claim ("and arrogant?", "by phone?") is asked as before."""
    if ctx.base_intent != YES_NO or not q.words:
        return None
    if ctx.slot is None and q.words[0] not in ix.lang.determiners:
        return None
    return say("decline.not_in_those_words")


def _new_topic(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "and about the visit?" after "what did X say about the talks?": the chain's latest
    question with the topic after its own "about" replaced (or added: "what did Y say?")."""
    topic_words = ix.lang.topic_words
    base = ctx.base
    if base is not None and (urged := urged_of(ix, q, base)) is not None:
        return urged  # "what about X?" after "what does he recommend?": "… about X"
    if not q.words or q.words[0] not in topic_words or base is None or len(q.words) < 2:
        return None
    if q.words[1] in ix.lang.question_words:
        return None  # "on what day?": a question of its own, not "about what day"
    latest = ctx.topic if ctx.topic is not None and ctx.topic.has(ix.lang.say) else base
    cut = next((k for k, w in enumerate(latest.words) if w in topic_words), None)
    if cut is None and (latest.has(ix.lang.say) or urging(ix, latest)):
        return retopic(latest, len(latest.words), q, 0)  # "what did Y say?": "… about it"
    if cut is None:
        return None
    return retopic(latest, cut + 1, q, 1)


def _merged_unless_own(ix: ArticleIndex, q: Query, before: Query) -> Query:
    """ "who worked on preparing it?" after "X said the visit …": the question with the words of
    the one before — unless it has a subject of its own ("how did *the ministers* get there?"
    after "where was he speaking from?": the ministers' sentence, not his)."""
    w, lang = q.words, ix.lang
    if len(w) > 3 and w[0] in lang.question_words and w[1] in lang.aux and not q.names:
        k = 2
        while k < len(w) and w[k] in lang.determiners:
            k += 1
        if k > 2 and any(t.index == k and t.concept is None for t in q.terms):
            return q
    return merged(ix, q, before, ())


def _which_countries(lang, q: Query) -> bool:
    """Only "which/what" and a word for countries ("and which countries?")?"""
    countries = lang.lex.words.get("country_nouns", frozenset())
    w = [x for x in q.words if x not in lang.stop or x in lang.which_words]
    return len(w) == 2 and w[0] in lang.which_words and w[1] in countries


def _meeting(ix: ArticleIndex, q: Query, sentences: frozenset[int]) -> frozenset[int]:
    """Those of the sentences that meet every word the question has of its own ("who
    prepared it?": a sentence that says prepared); none meeting them: none at all (no
    sentences: any)."""
    lang = ix.lang
    asked = asked_for(ix, q)
    aspect = lang.lex.writing.get("aspect_verbs", frozenset())  # "who *worked on* preparing it"
    kinds = lang.lex.classes.get("time_noun", frozenset())  # "on what day of the *week*?"
    own = [
        t
        for t in q.terms
        if t.index not in asked
        and t.word not in lang.time_vocab
        and t.word not in kinds
        and not t.word.isdigit()
        and t.word not in aspect
    ]  # a time asked about may be another one ("was it on Sunday?": no, on Monday)
    if not own or not sentences or only_a_source(lang, q):
        return sentences
    facts = ix.facts.sentences
    met = frozenset(
        i
        for i in sentences
        if all(
            t.stem in facts[i].stems
            or t.word in facts[i].stems
            or (t.concept and t.concept in facts[i].concepts)
            for t in own
        )
    )
    return met or NOWHERE


def _telling(ix: ArticleIndex, q: Query, topic: Query) -> frozenset[int]:
    """Of a question about "it", the sentences that name every name of the topic ("Is X going
    to Y?": any sentence of X and Y), when it has a name; none otherwise."""
    it = ix.lang.lex.writing.get("thing_pronouns", frozenset())
    names = {e for e in topic.entity_ids if e is not None}
    if not names or not q.has(it):
        return frozenset()
    return frozenset(i for i, f in enumerate(ix.facts.sentences) if names <= f.entities)


def _pointing(ix: ArticleIndex, q: Query, nm: Named) -> bool:
    """Is this name of the question a pronoun or "that <noun>" (not a name of its own)?"""
    lang = ix.lang
    w = q.words[nm.start]
    return w in lang.pronouns or w in lang.named_thing_pronouns or w in lang.pointing_words


def _pair_or_owner(ix: ArticleIndex, q: Query, ctx: About) -> tuple[int, Query] | None:
    """ "what about A and B?" (both swapped in), "and Lunorian growers?" (the owner's noun):
    the slot and the chain's question with them; None when neither."""
    return _pair_swapped(ix, q, ctx) or noun_swapped(ix, q, ctx)


def _pair_swapped(ix: ArticleIndex, q: Query, ctx: About) -> tuple[int, Query] | None:
    """ "what about A and B?" after a yes/no on one party ("did C back X?"): the chain's
    question of both ("did A and B back X?") — the slot and the question; None when the
    follow-up is not two names joined, or the chain has no name to put them in place of."""
    base = ctx.base
    if base is None or ctx.base_intent is None or len(q.names) != 2:
        return None
    if q.names[0].start != 0 or q.words[q.names[0].end] not in ix.lang.name_joiner:
        return None
    places = spans(base)
    at = ctx.slot if ctx.slot in places else next(iter(places), None)
    if at is None or not isinstance(places[at], int) or not ix.only_a_party(places[at]):
        return None
    pair = pair_spliced(choice_dropped(ix, base, at), at, q)
    return None if pair is None else (at, pair)


def _the_name(q: Query) -> Named | Unknown | None:
    """The one name (or word the article never uses) a follow-up like "and Italy?" brings; of
    "and Peru's central bank?" the bank (the name its owner's possessive is written before)."""
    if len(q.names) == 1 and not q.unknown:
        return q.names[0]
    if len(q.names) == 2 and not q.unknown and q.names[0].end == q.names[1].start:
        owner = q.token(q.names[0].end - 1)
        if owner is not None and owner.possessive:
            return q.names[1]
    if not q.names and len(q.unknown) == 1:
        return q.unknown[0]
    return None


# ---------------------------------------------------------------- what the next question sees


def _parties_offered(ix: ArticleIndex, base: Query) -> bool:
    """Does the question offer parties to choose from ("which of these backed X: A, B or C?")?
    A new name after it asks whether it is among them."""
    parties = [e for e in base.entity_ids if ix.only_a_party(e)]
    return len(parties) >= 2 and base.has(ix.lang.alternatives)


def remember(ix: ArticleIndex, plan: Plan, answer: Answer, ctx: About | None) -> About:
    """The context an answer leaves for the next question (see :mod:`.context`)."""
    q = compact(plan.asked or plan.query)
    rebuilt = q if plan.asked is None else compact(plan.query)
    own = (
        plan.how == ELLIPSIS
        and asks_about(ix, plan.asked)
        and plan.asked is not None
        and bool(plan.asked.words)
        and (plan.asked.words[0] in ix.lang.aux or plan.asked.words[0] in ix.lang.question_words)
    )  # "do they talk on the phone?" starts a chain; "and about the people?" does not
    base, base_intent, slot = _chain(plan, q, rebuilt, ctx, own)
    if not answer.answered and ctx is not None and (_no_question(ix, plan) or _which_not(plan)):
        # "and Japan's regulator?" declined: the next "and X?" still swaps into the chain; so
        # after a declined "which ones didn't?" (the article names none of a side's exceptions)
        base, base_intent, slot = ctx.base, ctx.base_intent, ctx.slot
    made = partial(
        About,
        intent=plan.intent,
        query=q,
        base=base,
        base_intent=base_intent,
        slot=slot,
        lang=answer.lang,
    )
    if answer.answered:
        # an ellipsis continues the event; with words of its own ("when did he declare
        # himself president?") those are the event now
        same = plan.how == ELLIPSIS and ctx is not None and not asks_about(ix, plan.asked)
        # "and Iran?" after a list: is it on it — the list is still the topic ("how many?")
        same = same or (plan.how == SWAP and plan.intent == A_LIST and ctx is not None)
        topic = ctx.topic if same and ctx.topic is not None else rebuilt
        refs = referents_of(ix, answer, plan.query)
        if ctx is not None and (plan.how in (TOPIC, ELLIPSIS) or plan.intent == A_LIST):
            refs = kept(refs, ctx.referents)  # after "was X among them?" the list is the same
        mine = tuple(s.index for s in answer.sentences if s.index >= 0)  # (a caption: none)
        return made(
            topic=topic,
            referents=with_named(ix, refs, seen_before(ctx), mine),
            sentences=mine,
            answered=True,
            seen=seen_before(ctx),
            said=said_before(ctx, answer, answer.intent == QUOTE),
        )
    if ctx is None:
        return made(topic=q, referents=carried(ix, None, q), sentences=(), answered=False)
    # a decline about the same event keeps it; one with words of its own ("where will she
    # travel?") is the event a "when?" after it asks about
    # (a declined "what about North Korea?" swaps no new event in: the list is still the topic)
    # (a declined ellipsis that asks who did a deed of its own, "who was preparing it?" after
    # "X said the visit …", is that deed: a "where?" after it asks where it was done, not the
    # visit)
    doer = own and plan.intent == DOER
    same = (
        (plan.how in (ELLIPSIS, SWAP, TOPIC) and not doer)
        or not (q.terms or q.unknown)
        or _no_question(ix, plan)
    )
    # a declined swap onto a name the event's sentences do not write ("no, I meant Y"): the
    # sentences are no longer what "that" stands for
    kept_sentences = same and not (plan.how in (SWAP, REPAIR) and _elsewhere(ix, plan.query, ctx))
    return made(
        topic=ctx.topic if same else q,
        referents=carried(ix, ctx, q),
        sentences=ctx.sentences if kept_sentences else (),
        answered=False,
        idle=0 if plan.used else ctx.idle + 1,
        # (the sentences it drops were still seen)
        seen=ctx.seen if kept_sentences else seen_before(ctx),
        said=ctx.said,
    )


def _which_not(plan: Plan) -> bool:
    """Was the question "which one didn't?" after a side (its exceptions asked)?"""
    return plan.how == ELLIPSIS and plan.intent == EXCEPTIONS


def _no_question(ix: ArticleIndex, plan: Plan) -> bool:
    """Is the question a follow-up's bare words ("and Japan's regulator?"): opened as one, with
    neither a question word nor a verb to ask with?"""
    q, lang = plan.asked or plan.query, ix.lang
    return (
        plan.how == FRESH
        and q.opening == FOLLOW
        and not any(w in lang.question_words or w in lang.aux for w in q.words)
    )


def _elsewhere(ix: ArticleIndex, q: Query, ctx: About) -> bool:
    """Does the question name something (no pronoun) that the previous answer's sentences do
    not ("who went to Velgrad about it?" after a sentence of another event): not the same event,
    whatever "it" stands for."""
    said = {e for i in ctx.sentences for e in ix.mentioned[i]}
    return any(nm.entity is not None and nm.entity not in said and not _pointing(ix, q, nm)
               for nm in q.names)  # fmt: skip


def _only_names(q: Query) -> bool:
    """Is the question nothing but one name of the article ("lind?", "Ardenia?")?"""
    if len(q.names) != 1 or q.names[0].entity is None or q.unknown:
        return False
    return q.names[0].end - q.names[0].start == len(q.words)


def _chain(
    plan: Plan, q: Query, rebuilt: Query, ctx: About | None, own: bool = False
) -> tuple[Query | None, str | None, int | None]:
    """The question the next "and X?" swaps into, its kind, and the name it swaps (``own``:
    an ellipsis with words of its own, "do they talk on the phone?", starts a chain)."""
    if own and plan.intent is not None:
        return q, plan.intent, None
    if ctx is not None and (plan.how in (SWAP, TOPIC, ELLIPSIS)):
        return ctx.base, ctx.base_intent, plan.slot if plan.how == SWAP else ctx.slot
    if plan.how == REPAIR:
        return rebuilt, plan.intent, plan.slot
    if plan.intent is not None:
        return q, plan.intent, plan.slot
    if ctx is not None:
        return ctx.base, ctx.base_intent, ctx.slot
    return None, None, None


def _a_person(ix: ArticleIndex, new: Named | Unknown) -> bool:
    """Is the new name one of the article's people (not an unknown word, nor a name that
    stands for no one)?"""
    return (
        isinstance(new, Named) and new.entity is not None and ix.entity(new.entity).kind == "person"
    )


def _event_pronoun(lang, q: Query) -> bool:
    """Does a word of the question stand for the previous answer's event ("when was that?") —
    not a determiner of a name it starts ("that city": the city the answer named)?"""
    named = {k for n in q.names if n.entity is not None for k in range(n.start, n.end)}
    return any(w in lang.event_pronouns and k not in named for k, w in enumerate(q.words))


def _someone_else(ix: ArticleIndex, plan: Plan, q: Query, ctx: About) -> Plan:
    """ "who else was at the dinner?": someone besides the people the conversation is about —
    they are left out of the answer (none left: a decline)."""
    if not asks_who_else(ix.lang, q.words) or q.names or not ctx.referents.people:
        return plan
    besides = (*plan.query.besides, *ctx.referents.people)
    return plan._replace(query=dataclasses.replace(plan.query, besides=besides))


def _paragraphs(ix: ArticleIndex, sentences: tuple[int, ...]) -> frozenset[int]:
    """The sentences of the paragraphs these sentences are in."""
    facts = ix.facts.sentences
    paras = {facts[i].sentence.paragraph for i in sentences}
    return frozenset(i.sentence.index for i in facts if i.sentence.paragraph in paras)
