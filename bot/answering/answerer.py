"""The answering core's pipeline for one article: read the question (its pronouns against the
previous answer), plan it as a follow-up or a fresh question (:mod:`.followup`), classify it by
the intents' patterns, let its kind answer (with the fallbacks the registry declares), and leave
what the answer was about for the next question (:mod:`.context`)."""

from __future__ import annotations

import copy
import dataclasses
import functools
import re

from ..answer import Answer
from ..article import Article
from ..facts import Facts
from ..lexicon import Lexicon
from ..replies import Message, Replies
from ..text import fold
from . import pairs
from .about import describe, examples
from .answers import Ask, Voice, say
from .context import About, about_of
from .exact import inexact_decline
from .followup import FRESH, SWAP, TOPIC, FollowUps, Plan, remember
from .index import ArticleIndex
from .intent import Classifier
from .language import SWITCH, Language
from .question import NO_ONE, Query, read
from .question.words import as_spoken
from .registry import Registry
from .topics import name_last, topic_first


class Answerer:
    """Answers questions about one article with one registry of kinds."""

    languages = None  # the other languages questions may be asked in (bot.languages.speakers)
    reader = staticmethod(read)  # question text → Query (another language has its own)
    eager = False  # compile every language's patterns when it is loaded (see :meth:`warm`)

    def __init__(
        self, article: Article, facts: Facts, lex: Lexicon, texts: Replies, registry: Registry
    ):
        self.ix = ArticleIndex.build(article, facts, Language.of(lex))
        self.lex = lex
        self.intents = Classifier(lex)
        self.texts = texts
        self.registry = registry
        self.follow = FollowUps(self.ix, self.intents, registry)
        self.examples: tuple[Message, ...] = tuple(examples(self.ix))
        self.voice = Voice.of(texts, self.examples)

    # -- the question's language: detected before it is read --------------------------------
    def for_question(
        self, question: str, lang: str | None = None, hint: str | None = None, prior=None
    ):
        """The answerer of the question's language (``lang``, else detected; ``hint``: the
        sender's language, which breaks a tie; ``prior``: the conversation's language, which
        a short follow-up keeps)."""
        if self.languages is None:
            return self
        return self.languages.answerer(self, lang or self.languages.detect(question, hint, prior))

    def speaking(self, lex, texts: Replies, reader) -> Answerer:
        """This answerer for questions in another language: the same article, index and kinds;
        that language's patterns, reading and reply texts."""
        other = copy.copy(self)
        other.lex, other.intents, other.texts = lex, Classifier(lex), texts
        if self.eager:
            other.intents.compile_all()
        other.voice = Voice.of(texts, self.examples)
        other.reader, other.languages = reader, None
        other.follow = FollowUps(self.ix, other.intents, self.registry)
        return other

    def warm(self) -> None:
        """Ready for many questions: the question patterns compiled now, and those of each
        other language as it is loaded, instead of at the first question that needs them."""
        self.eager = True
        self.intents.compile_all()

    def read(self, question: str, context: Answer | About | None = None) -> Query:
        ctx = about_of(context)
        q = self.reader(self.ix, question, ctx.referents if ctx else NO_ONE)
        if ctx is not None and q.opening == SWITCH:  # "btw, …": the context is no context
            q = self.reader(self.ix, question, NO_ONE)
        return q

    def classify(self, question: str, context: Answer | About | None = None) -> str | None:
        return self.intents.classify(self.read(question, context).symbols)

    def answer(self, question: str, context: Answer | About | None = None) -> Answer:
        """The answer in this answerer's language (:meth:`for_question` picks the answerer)."""
        spoken = as_spoken(self.ix.lang, question)  # "hi, hope you're well. who …?"
        pair = pairs.split(self.ix.lang, spoken)
        if pair is not None:  # "who is X and where did he go?": both, in turn
            return pairs.both(self.answer, pair, question, context, self.texts)
        topic = topic_first(self.ix, spoken, self.reader, alone=about_of(context) is None)
        if topic is None and context is not None:  # "the other one, Varby?": "Varby?"
            topic = name_last(self.ix, question, self.reader)
        if topic is not None:  # "Holt - where did he go?": "where did Holt go?"
            return dataclasses.replace(self.answer(topic, context), question=question)
        stated = pairs.stated_first(self.ix.lang, spoken)
        if stated is not None:  # "X thanked Y - where did he say that?": the statement first
            first = self.answer(stated[0], context)
            if first.answered:
                return dataclasses.replace(self.answer(stated[1], first), question=question)
        ctx = about_of(context)
        q = self.read(question, ctx)
        if q.opening == SWITCH:
            ctx = None
        if not q.tokens:
            plan = Plan("fresh", None, q)
            answer = self._ask(question, q, None).decline("decline.not_a_question")
        else:
            plan = self.follow.plan(q, ctx)
            if other_gender(self.ix, q, ctx):  # "what did she say?" after an answer on a man
                plan = plan._replace(decline=say("decline.who_do_you_mean"))
            answer = self._answer(question, plan)
            if self._topic_unmet(plan, answer):
                # "and the author?" after "which university did the study?": no sentence of
                # the swapped question says the new words — the words asked on their own
                plan = Plan(FRESH, self.intents.classify(q.symbols), q, True)
                answer = self._answer(question, plan)
            elif _name_unmet(self.ix, plan, answer):  # as if asked first ("what about X?")
                plan = self.follow.plan(q, None)._replace(used=True)
                answer = self._answer(question, plan)
            answer = self._same_side(question, plan, ctx, answer)
        found = answer  # "when exactly?" answered "earlier": declined, about what was found
        inexact = inexact_decline(self.ix.lang, question, answer)
        if inexact is not None:
            answer = self._ask(question, plan.query, plan.intent).decline(inexact)
        return answer.remembering(lambda: remember(self.ix, plan, found, ctx))

    def _same_side(self, question: str, plan: Plan, ctx: About | None, answer: Answer) -> Answer:
        """ "cuba too?" after "Turkey voiced support for X": the side taken, said as a yes when
        it is the one the answer before gave (the same list of the same sentence)."""
        if ctx is None or plan.how != SWAP or not answer.answered or not ctx.sentences:
            return answer
        if answer.message is None or answer.message.key != "answer.side_taken":
            return answer
        words = self.ix.lang.lex.words.get("same_side_words", frozenset())
        asked = f" {' '.join(_WORDS.findall(fold(question)))} "
        if not any(f" {w} " in asked for w in words):
            return answer
        if not {s.index for s in answer.sentences} <= set(ctx.sentences):
            return answer
        message = Message("answer.stance.yes", answer.message.fields)
        return dataclasses.replace(answer, text=self.texts.render(message), message=message)

    def _topic_unmet(self, plan: Plan, answer: Answer) -> bool:
        """Was a follow-up's topic swapped into the previous question ("and the security?"
        after "how many workers …?") answered by sentences none of which has its words?"""
        if plan.how != TOPIC or not answer.answered or plan.asked is None:
            return False
        own = [t for t in plan.asked.terms if t.index >= 0]
        if not own or plan.asked.names:
            return False
        facts = self.ix.facts.sentences
        return not any(
            t.stem in facts[s.index].stems
            or t.word in facts[s.index].stems
            or (t.concept is not None and t.concept in facts[s.index].concepts)
            for s in answer.sentences
            if s.index >= 0
            for t in own
        )

    def _answer(self, question: str, plan: Plan) -> Answer:
        q, intent = plan.query, plan.intent
        if (
            intent in _QUOTE_ASKERS
            and _quoted(question)
            and _quoted_in(self.ix.lang).search(question)
        ):
            # "who is 'he' in 'he said so'?": whom the quoted word stands for, as asked
            q, intent = plan.asked or q, REFERENT
        ask = self._ask(question, q, intent)
        if plan.decline is not None:
            return ask.decline(plan.decline)
        kind = self.registry.kinds.get(intent) if intent else None
        if kind is None:  # no pattern matched (the English intents end with a catch-all)
            return ask.decline()
        if q.unled is not None and kind.reads_names:  # "who leads X?" where no one's role does
            return ask.decline("decline.who_leads", name=q.unled)
        if q.missing_title and kind.reads_names:
            return ask.decline("decline.no_such_title", title=q.missing_title)
        if kind.reads_names and _nobody(q, self.ix.lang):
            return ask.decline("decline.who_do_you_mean")  # "who did he meet?", no one before
        return self.registry.run(intent, ask)

    def _ask(self, question: str, q: Query, intent: str | None) -> Ask:
        return Ask(question, q, self.ix, intent, self.voice)

    def suggestions(self, n: int) -> list[str]:
        """Questions this article can answer, made from its own facts."""
        return [self.texts.render(m) for m in self.examples[:n]]

    def describe(self, untitled: str, lead: bool) -> str:
        d = describe(self.ix, untitled, lead)
        return d if isinstance(d, str) else self.texts.render(d)


_WORDS = re.compile(r"\w+")
# "'him' in 'backed him'?": a quoted word in a quoted phrase of the article
REFERENT = "referent"
_QUOTE_ASKERS = frozenset({"what", "whois", "who_did"})


@functools.cache
def _quoted_in_re(words: frozenset[str]) -> re.Pattern:
    """ "'him' in 'backed him'?": a quoted word, a word of the language's ``quoted_in_words``,
    and a quoted phrase of the article."""
    joined = "|".join(map(re.escape, sorted(words))) or "(?!)"
    return re.compile(
        rf"['\"“‘«]([^'\"”’»]{{1,60}})['\"”’»]\s+(?:{joined})\s+['\"“‘«][^'\"”’»]{{1,80}}['\"”’»]"
    )


def _quoted(question: str) -> bool:
    """Has the question a quotation mark at all (what :func:`_quoted_in_re` needs first)?"""
    return not _QUOTE_MARKS.isdisjoint(question)


_QUOTE_MARKS = frozenset("'\"“‘«")  # the marks that open a quoted word in _quoted_in_re


def _quoted_in(lang: Language) -> re.Pattern:
    return _quoted_in_re(lang.lex.words.get("quoted_in_words", frozenset()))


def other_gender(ix: ArticleIndex, q: Query, ctx: About | None) -> bool:
    """Is a pronoun of the question one that stands for no one because each person of the answer
    before is of the other gender ("what is her name?" after "Varga's mother said …", Varga a
    man): someone that answer did not name — asked of nobody, never of the man."""
    if ctx is None:
        return False
    lang = ix.lang
    people = [e for e in ctx.referents.people if ix.entity(e).kind == "person"]
    for nm in q.names:
        if nm.entity is not None or not people or nm.start >= len(q.words):
            continue
        w = q.words[nm.start]
        g = "m" if w in lang.masculine_pronouns else "f" if w in lang.feminine_pronouns else None
        if g is not None and all(ix.genders.get(e, g) != g for e in people):
            return True
    return False


def _name_unmet(ix: ArticleIndex, plan: Plan, answer: Answer) -> bool:
    """Was a name swapped into the previous question ("what about Holm?" after "is Rekk
    visiting Lunor soon?") answered by the catch-all from sentences none of which names it?
    Then the words are asked on their own ("what about Holm?": who Holm is)."""
    if plan.how != SWAP or not answer.answered or plan.asked is None or answer.intent != "what":
        return False
    swapped = {nm.entity for nm in plan.asked.names if nm.entity is not None}
    if not swapped:
        return False
    facts = ix.facts.sentences
    return not any(
        m.entity in swapped
        for s in answer.sentences
        if s.index >= 0
        for m in facts[s.index].mentions
    )


def _nobody(q: Query, lang) -> bool:
    """Is the question's subject a pronoun that stands for no one ("who did *he* meet
    there?" with nothing before it)?"""
    return any(
        nm.entity is None
        and nm.start == 2
        and q.words[0] in lang.question_words
        and q.words[1] in lang.aux
        for nm in q.names
    )
