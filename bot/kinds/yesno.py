"""Yes/no on events — "Was the curfew lifted?", "Did the board approve the sale?": yes when a
sentence states it with the question's own words and its subject doing it; no when that
sentence denies it ("was not able to", "still to receive") or one says the opposite
("acquitted" for "convicted", "shelved" for "approve"); "not known" when the article says it is
open ("has not said whether"); a decline when it only hedges ("could sign") or says nothing."""

from __future__ import annotations

from dataclasses import replace

from ..answer import Answer
from ..answering.actors import actor_at, by_after_past, first_person_before, wanted_by
from ..answering.agents import anchor, enumerated, name_lists
from ..answering.answers import Ask, say, unknown_reason
from ..answering.apart import given_apart
from ..answering.denials import object_denied, passive_denied
from ..answering.disclosure import disclosed, embedded_at
from ..answering.doers import be_before as _be_before
from ..answering.doers import denied_to_all, doer, other_named, owner_agent
from ..answering.doers import terms_at as _terms_at
from ..answering.evidence import (
    Found,
    first_mention,
    grounded,
    names_nearby,
    prefer_body,
    rank,
    role_sentences,
    says,
    unknown_blocks,
)
from ..answering.index import ArticleIndex
from ..answering.one_of import listed_under
from ..answering.polarity import (
    DENIES,
    EXPECTED,
    HEDGES,
    STATES,
    UNDECIDED,
    clause_end,
    clause_start,
    opposite_at,
    polarity,
)
from ..answering.question import Query, Term, read
from ..answering.question.descriptions import role_says
from ..answering.registry import Pass, kind
from ..answering.together import alone_span, says_alone, shared_at, with_whom
from ..facts import SentenceFacts
from ..facts.roles import HEAD_OF_STATE
from ..replies import Message
from ..text import fold
from .continued import carried
from .people import origin


def _role_check(ask: Ask) -> Answer | None:
    """ "Is X deputy foreign minister?": yes when every word after X's name (past an article)
    is a word of X's role as the article gives it; otherwise not answered here (a role the
    article leaves out is no "no")."""
    ix, q = ask.ix, ask.q
    lang = ix.lang
    ents = {x.entity for x in q.names if x.entity is not None}
    if len(ents) != 1 or q.unknown:
        return None  # (a description of the same person after it: "a deputy", "the president")
    nm = q.names[0]
    if nm.entity is None:
        return None  # "is she the spokesman?" with no one "she" stands for: not a yes
    if nm.start == 1 and q.words[0] in lang.aux:  # "is X the minister?"
        at = list(range(nm.end, len(q.words)))
    elif nm.start == 0 and q.words[nm.end : nm.end + 1] and q.words[nm.end] in lang.aux:
        at = list(range(nm.end + 1, len(q.words)))  # "X is the minister?"
    else:
        return None
    e = ix.entity(next(iter(ents)))
    if e.kind != "person" or not e.role:
        return None
    articles = lang.lex.writing.get("articles", frozenset())
    # the words of a description read as X ("the president of Holm") say X's role already
    described = {k for x in q.names[1:] if x.entity == e.id for k in range(x.start, x.end)}
    now = lang.lex.words.get("present_holder_words", frozenset())  # "is X *still* the Y?"
    rest = [
        q.words[k]
        for k in at
        if q.words[k] not in articles and k not in described and q.words[k] not in now
    ]
    plain = [k for k in at if q.words[k] not in articles and q.words[k] not in now]
    if not rest and plain and described.issuperset(plain):
        rest = [w for w in fold(e.role).split()][:1]  # all of it a description of X: yes
    role_words = set(fold(e.role).split())
    if not rest or not all(w in role_words for w in rest):
        return None
    ranks = lang.lex.writing.get("rank_modifiers", frozenset())
    if any(q.words[k] in lang.titles for k in at) and any(
        w in ranks and w not in q.words for w in role_words
    ):
        return None  # "is X the foreign minister?" of a deputy foreign minister: not a yes
    said = say("answer.role_yes", name=e.name, role=e.role)
    # the sentence that says the holder is the present one ("the *incumbent* president"), if
    # asked so, else the role's
    asked = [q.words[k] for k in at if q.words[k] in now]
    saying = [
        info
        for info in ix.body
        if e.id in info.entities and all(w in {t.norm for t in info.tokens} for w in asked)
    ]
    if asked and not saying:  # "is X *still* the Y?": a sentence that says X is it now
        saying = [i for i in ix.body if e.id in i.entities and any(t.norm in now for t in i.tokens)]
        if not saying:
            return None  # the article may tell of a post once held: no yes
    quoted = (saying if asked else [])[:1] or role_sentences(ix, e)[:1] or [first_mention(ix, e)]
    return ask.answer(said, quoted, 0.9, [e.id])


def _role_of_another(ask: Ask) -> Answer | None:
    """ "Is X the Kremlin spokesman?" when the rest of the question is a description of another
    person Y (Y's role, not X's): no — Y is, and X is what the article calls X."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if len(q.names) != 2 or q.unknown or not q.words or q.words[0] not in lang.aux:
        return None
    x, y = q.names
    if x.start != 1 or y.start != x.end or y.end != len(q.words) or None in (x.entity, y.entity):
        return None
    if x.entity == y.entity or not {x.entity, y.entity} <= ix.persons:
        return None
    ex, ey = ix.entity(x.entity), ix.entity(y.entity)
    articles = lang.lex.writing.get("articles", frozenset())
    asked = {w for w in q.words[y.start : y.end] if w not in articles}
    if not ex.role or not ey.role or asked <= set(fold(ex.role).split()):
        return None  # X's own role has every word asked: not settled as a no here
    role_words = set(fold(ey.role).split())
    if not asked <= role_words:
        return None  # Y read by a name, not by the role asked
    ranks = lang.lex.writing.get("rank_modifiers", frozenset())
    if any(w in ranks and w not in asked for w in role_words):
        return None  # "the trade minister" of a deputy one: not who the article calls that
    said = say("answer.role_other", other=ey.name, role=ey.role, name=ex.name, own=ex.role)
    quoted = role_sentences(ix, ey)[:1] + role_sentences(ix, ex)[:1]
    return ask.answer(said, quoted, 0.85, [ey.id, ex.id])


def _origin_check(ask: Ask) -> Answer | None:
    """ "Is X from Y?": yes when where the article has X from is Y (a native of Y, a Y title);
    otherwise not answered here (a person may be from a town and its country)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    names = [nm for nm in q.names if nm.entity is not None]
    if len(names) != 2 or q.unknown or not q.words or q.words[0] not in lang.aux:
        return None
    who, where = names
    if who.start != 1 or who.entity not in ix.persons or where.entity in ix.persons:
        return None
    if q.words[who.end : who.end + 1] != (q.words[where.start - 1],):
        return None  # "from" right between them
    if q.words[who.end] not in lang.origin_prepositions or where.end != len(q.words):
        return None
    found = origin(replace(ask, q=replace(q, entity_ids=(who.entity,))))
    if not found.answered or fold(ix.name(where.entity)) not in fold(found.text or ""):
        return None
    return ask.answer(say("answer.confirm.yes"), list(found.sentences), 0.8, [who.entity])


@kind("confirm", passes=("no_claim", "choice_of_times"), after_answer="confirm")
def confirm(ask: Ask) -> Answer | Pass:
    """A yes/no question: yes when a sentence states it with the question's own words and its
    first name doing it; no when that sentence denies it ("was not able to"), or when one says
    the opposite ("acquitted" for "convicted"); a decline when it only hedges ("could sign"), or
    when nothing says it."""
    q = ask.q
    # "is X the Y spokesman?" (yes, or no: the article's Y spokesman is another), "is X from Y?"
    role = _role_check(ask) or _role_of_another(ask) or _origin_check(ask)
    if role is not None:
        return role
    listed = listed_under(ask.ix, q)  # "is X one of the networks?": "networks - A, B and X"
    if listed is not None:
        return ask.answer(say("answer.confirm.yes"), [listed], 0.9, q.entity_ids)
    spelt = _spelt_so(ask)
    if spelt is not None:  # "Spelling check: is it Ivo Holt?": the article's very name
        return spelt
    if not q.terms and len(set(q.entity_ids)) == 1 and not q.unknown and not q.has(ask.ix.lang.say):
        return Pass(
            "no_claim"
        )  # "Holm?", "а Австралия?": nothing to say yes to (not "did he say why?")
    if len(q.time_words) >= 2 and q.has(ask.ix.lang.alternatives):
        return Pass("choice_of_times")  # "on Monday or Tuesday?": when, not yes or no
    choice = _choice_at(ask.ix.lang, q)
    if choice is not None:  # "… by the court or by parliament?": which one, never a yes
        return _choose(ask, choice)
    told = embedded_at(ask.ix, q)
    if told is not None:  # "has X said how much …": whether X told, not what
        found = disclosed(ask.ix, q, told)
        if found is None:
            return ask.decline("decline.not_in_those_words")
        yes, (info, cov) = found
        key = "answer.confirm.yes" if yes else "answer.confirm.otherwise"
        return ask.answer(say(key), [info], cov, q.entity_ids)
    alone = alone_span(ask.ix.lang, q.words)
    if alone is not None:  # "did X win it on his own?": no, when X shares it
        shared = _shared(ask, alone)
        if shared is not None:
            return ask.answer(
                say("answer.confirm.otherwise"), [shared.info], shared.coverage, q.entity_ids
            )
    talked = _talked_about(ask)  # "did X talk about Y?": X's own words on Y
    if talked is not None:
        return ask.answer(say("answer.confirm.yes"), [talked], 0.9, q.entity_ids)
    denied = passive_denied(ask.ix, q) or object_denied(ask.ix, q)  # "… has not been paid"
    if denied is not None and not _else_unmet(ask, denied.info):
        return ask.answer(say("answer.confirm.otherwise"), [denied.info], 0.8, q.entity_ids)
    found = _met(ask)
    if found is not None and given_apart(ask.ix, q, found.info):  # "its own separate management"
        return ask.answer(
            say("answer.confirm.otherwise"), [found.info], found.coverage, q.entity_ids
        )
    if found is not None:
        said = _asked_reply(ask.ix.lang, found.info) or _said(ask, found.info)
        if said is not None and said.key in _YES:
            said = _yes_in_full(ask, found.info, alone, said)
            if said is None:
                return ask.decline("decline.not_in_those_words")
        if said is not None and _else_unmet(ask, found.info):
            return ask.decline("decline.not_in_those_words")  # no word on anyone else
        if said is not None:
            return ask.answer(said, [found.info], found.coverage, q.entity_ids)
        if not q.entity_ids or _subject_at(ask, found.info) is not None:
            return ask.decline("decline.not_in_those_words")
    other = _opposite(ask)
    if other is not None:
        return ask.answer(
            say("answer.confirm.otherwise"), [other.info], other.coverage, q.entity_ids
        )
    if found is None:
        return ask.decline(unknown_reason(q))
    return ask.decline("decline.not_in_those_words")


_YES = frozenset({"answer.confirm.yes", "answer.confirm.expected"})
ASKED_AT = 3  # words a sentence may open with before "asked if" ("When asked if …")
REPLY_REACH = 3  # words between the verb of saying and the yes or no that ends the sentence


def _asked_reply(lang, info: SentenceFacts) -> Message | None:
    """ "Asked if he rang X on the day, he said: "No"": the sentence puts the question to
    someone and ends with the yes or no they said — that is the answer (what the question
    met is only what was asked)."""
    toks = info.tokens
    words = lang.lex.words
    no, yes = words.get("reply_no", frozenset()), words.get("reply_yes", frozenset())
    if len(toks) < 4 or (toks[-1].norm not in no and toks[-1].norm not in yes):
        return None
    if not any(t.norm in lang.say for t in toks[-1 - REPLY_REACH : -1]):
        return None
    asked = words.get("asked_if", frozenset())
    if not any(
        f"{a.norm} {b.norm}" in asked
        for a, b in zip(toks[:ASKED_AT], toks[1 : ASKED_AT + 1], strict=True)
    ):
        return None
    return say("answer.confirm.otherwise" if toks[-1].norm in no else "answer.confirm.yes")


def _yes_in_full(ask: Ask, info: SentenceFacts, alone, yes: Message) -> Message | None:
    """A yes the sentence gives, checked against what the question adds to its verb: kept when
    the sentence says that too; a no when it names another doer after "by" ("cancelled by
    parliament?" of "… by the court") or more than the "only" asked ("in X and at Y"); None
    when it does not say it in those words ("on his own?", "in parliament?", "only in X?")."""
    if alone is not None and not says_alone(ask.ix.lang, info):
        return None  # X won it: alone?
    if _else_unmet(ask, info):
        return None  # "was anyone else in it?": "a body in it" is no one else
    if _loosely_met(ask, info):
        return None  # "did he appeal?": "he submitted a request" is not in those words
    if _place_unmet(ask, info):
        return None  # "in parliament?": not a place
    if _agent_unmet(ask, info):
        return say("answer.confirm.otherwise")
    if _only_asked(ask, info):
        return say("answer.confirm.otherwise") if _joined_after(ask, info) else None
    return yes


def _else_unmet(ask: Ask, info: SentenceFacts) -> bool:
    """ "Was anyone *else* in the flood?": the question asks of others than those named, and
    the sentence has no word of another (the language's ``another_words``: "another", "a
    second")."""
    lang = ask.ix.lang
    if not ask.q.has(lang.else_words):
        return False
    other = lang.lex.words.get("another_words", frozenset())
    return not any(t.norm in other for t in info.tokens)


def _loosely_met(ask: Ask, info: SentenceFacts) -> bool:
    """Is the word a broad concept is named by (the language's ``loose_concepts``: "appeal")
    asked, and met only by another of its words ("request"), itself not in the sentence? Its
    other words ("did X seek …?") keep theirs."""
    loose = ask.ix.lang.lex.words.get("loose_concepts", frozenset())
    asked = [t for t in ask.q.terms if t.concept in loose and t.concept in (t.word, t.stem)]
    if not asked:
        return False  # (most questions)
    places = ask.ix.word_places(info)
    return any(
        t.stem not in places.stems
        and t.word not in places.stems
        and t.stem not in places.norms
        and t.word not in places.norms
        for t in asked
    )


PLACE_REACH = 3  # words between a place preposition and its noun ("at a big rally")


def _spelt_so(ask: Ask) -> Answer | None:
    """ "is it Ivo Holt?": an auxiliary, "it" (or "that"), then a name written just as the
    article writes one of its names — yes, quoting where the article names them."""
    ix, q = ask.ix, ask.q
    it = ix.lang.lex.writing.get("thing_pronouns", frozenset()) | ix.lang.pointing_words
    if len(q.names) != 1 or len(q.words) < 3 or q.words[0] not in ix.lang.aux:
        return None
    nm = q.names[0]
    if q.words[1] not in it or nm.start != 2 or nm.end != len(q.words) or nm.entity is None:
        return None
    e = ix.entity(nm.entity)
    written = " ".join(t.norm for t in q.tokens[nm.start : nm.end])
    if written != fold(e.name) or " " not in written:
        return None  # a typo corrected, or a surname alone: not a spelling to confirm
    quoted = role_sentences(ix, e)[:1] or [first_mention(ix, e)]
    return ask.answer(say("answer.confirm.yes"), quoted, 0.9, [e.id])


AGENT_WORDS = 6  # words of an agent's phrase after "by" ("by the country's Supreme Court")
AGENT_REACH = 8  # words from the word asked to its passive verb ("appointment … had been")


def _agent_unmet(ask: Ask, info: SentenceFacts) -> bool:
    """ "Was X cancelled by parliament?" of "… had been cancelled by the Supreme Court": the
    question names a doer after "by" and the sentence, right after the verb asked, another —
    none of the asked doer's words in the sentence's (a title word elsewhere is no doer)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    by = next((k for k, w in enumerate(q.words) if w in lang.agent_prepositions), None)
    if by is None:
        return False
    asked = {w for w in q.words[by + 1 :] if w not in lang.stop and w not in lang.determiners}
    k = _subject_at(ask, info)
    if k is None or not asked:
        return False
    # the verb itself, or past the noun it is asked of ("X's appointment … had been cancelled")
    spots = (by_after_past(ix, info, j) for j in range(k, min(len(info.tokens), k + AGENT_REACH)))
    at = next((b for b in spots if b is not None), None)
    if at is None:
        return False
    toks = info.tokens
    end = min(len(toks), at + 1 + AGENT_WORDS)
    agent = set()
    for t in toks[at + 1 : end]:
        if "," in info.sentence.text[toks[at].end : t.start]:
            break
        agent |= {t.norm, t.stem}
    stem = lang.lex.rules.stem
    return not any(w in agent or stem(w) in agent for w in asked)


def _only_asked(ask: Ask, info: SentenceFacts) -> bool:
    """ "Did they only ever meet in X?": a word of exclusiveness the question has and the
    sentence does not — its yes is no yes to "only"."""
    only = ask.ix.lang.lex.classes.get("exclusive", frozenset())
    return ask.q.has(only) and not any(t.norm in only for t in info.tokens)


def _joined_after(ask: Ask, info: SentenceFacts) -> bool:
    """Is the question's last name followed, in the sentence, by "and" or a comma and more
    ("in X and at various forums"): something else beside it, so not it alone?"""
    q, lang, toks = ask.q, ask.ix.lang, info.tokens
    last = q.names[-1].entity if q.names else None
    for m in info.mentions:
        if m.entity != last or m.start < 0 or m.end + 1 >= len(toks):
            continue
        text = info.sentence.text[toks[m.end - 1].end : toks[m.end].start]
        if "," in text or toks[m.end].norm in lang.coordinators:
            return True
    return False


def _place_unmet(ask: Ask, info: SentenceFacts) -> bool:
    """ "did X declare himself president in parliament?": a noun the question puts after a place
    preposition ("in parliament") that the sentence has only as a word of a title ("parliament
    speaker"), never after a preposition of its own — the place is not said."""
    lang, q, toks = ask.ix.lang, ask.q, info.tokens
    asked = lang.lex.words.get("place_asked_prepositions", frozenset())
    preps = lang.lex.words.get("place_prepositions", frozenset())
    named = {k for nm in q.names for k in range(nm.start, nm.end)}
    for t in q.terms:
        k = t.index
        if k <= 0 or k in named:
            continue
        at = k - 2 if k >= 2 and q.words[k - 1] in lang.determiners else k - 1
        if q.words[at] not in asked:
            continue  # ("at a rally": the preposition, an article, the noun)
        spots = [j for j, o in enumerate(toks) if o.stem == t.stem or o.norm == t.word]
        titled = all(j + 1 < len(toks) and toks[j + 1].norm in lang.titles for j in spots)
        placed = any(any(x.norm in preps for x in toks[max(0, j - PLACE_REACH) : j]) for j in spots)
        if spots and titled and not placed:
            return True
    return False


def _talked_about(ask: Ask) -> SentenceFacts | None:
    """ "Did X talk about Y?", "did X mention Y?": the first of X's quotations (or reported
    words) that has every content word asked after the verb of talking — a yes; none: the
    question is asked as any other (never a "no": not saying it here is no denial)."""
    ix, q = ask.ix, ask.q
    talk = ix.lang.lex.words.get("talk_about_words", frozenset())
    calling = ix.lang.calling_words  # "did X call Y a Z?": Z's words in X's own about Y
    at = next((k for k, w in enumerate(q.words) if w in talk or w in calling), None)
    if at is None or not q.entity_ids:
        return None  # (most yes/no questions)
    speaker = q.entity_ids[0]
    first = next((nm for nm in q.names if nm.entity == speaker), None)
    if first is None or first.end > at:
        return None
    if q.words[0] not in ix.lang.aux and first.start != 0:
        return None  # "did X …?", or a language with no auxiliary: "X назвал Y Z?"
    topic = [t for t in q.terms if t.index > at]
    others = [
        e for e in q.entity_ids[1:] if any(nm.entity == e and nm.start > at for nm in q.names)
    ]
    if q.words[at] in calling and q.words[at] not in talk:
        topic = [t for t in topic if t.word not in calling]
        if not topic:
            return None  # "did X call Y?": a call, or naming Y: not what X said Y is
    if not topic and not others:
        return None
    calls = q.words[at] not in talk  # "did X call Y …?": a call, or what X called Y
    for quote in ix.quotes_by.get(speaker, ()):
        info = ix.facts.sentences[quote.sentence]
        if calls and _asked_reply(ix.lang, info) is not None:
            continue  # "asked if he rang Y …, he said: No": the words asked, not X's of Y
        if all(e in info.entities for e in others) and all(
            t.stem in info.stems or t.word in info.stems for t in topic
        ):
            return info
    return None


def _choose(ask: Ask, at: int) -> Answer:
    """ "Was it cancelled by the court or by parliament?": the one of the two the article says
    yes to (each asked as a yes/no of its own: the question with only that one), quoting it; a
    decline when it says yes to neither or to both."""
    q, ix = ask.q, ask.ix
    texts = [t.text for t in q.tokens]
    for nm in q.names:  # "was *his* appointment …": each option asked of the one he is
        if (
            nm.entity is not None
            and nm.end == nm.start + 1
            and nm.start < len(texts)
            and q.words[nm.start] in ix.lang.pronouns
        ):
            owners = ix.lang.lex.writing.get("possessive_determiners", frozenset())
            own = q.words[nm.start] in owners
            texts[nm.start] = ix.name(nm.entity) + ("'s" if own else "")
    after = at + 1
    named = next((nm for nm in q.names if nm.end == at), None)
    if after < len(texts) - 1 and named is not None and named.start > 0:
        if q.words[after] == q.words[named.start - 1]:  # "by A or by B": the same preposition
            after += 1
    start = named.start if named is not None else max(0, at - (len(texts) - after))
    yes = []
    glossed = ask.voice.texts.lang != ix.lang.lex.lang  # a question read from another language
    for lo, hi in ((start, at), (after, len(texts))):
        asked = " ".join([*texts[:start], *texts[lo:hi]]) + "?"
        option = _option(q, start, lo, hi) if glossed else read(ix, asked)
        got = confirm(replace(ask, question=asked, q=option))
        if isinstance(got, Answer) and got.answered and got.message and got.message.key in _YES:
            yes.append(((lo, hi), got))
    if len(yes) != 1:
        worded = _worded(ask, (start, at), (after, len(texts)))
        return worded or ask.decline("decline.not_in_those_words")
    (lo, hi), got = yes[0]
    # the option's names as the question already read them (no second reading of its words)
    ids = [nm.entity for nm in q.names if lo <= nm.start and nm.end <= hi and nm.entity is not None]
    name = ix.name(ids[0]) if len(ids) == 1 else " ".join(q.words[lo:hi])
    name = name[:1].upper() + name[1:]
    return ask.answer(say("answer.name", name=name), got.sentences, got.score, ids)


def _option(q: Query, start: int, lo: int, hi: int) -> Query:
    """The question with only one of its options: its words before the first option, then the
    option's (words ``lo``..``hi``) — cut from the reading itself (a question read from another
    language has no English text to read again)."""
    shift = start - lo

    def keep(x) -> bool:
        return x.end <= start or (lo <= x.start and x.end <= hi)

    def moved(x):
        return x if x.end <= start else x._replace(start=x.start + shift, end=x.end + shift)

    names = tuple(moved(nm) for nm in q.names if keep(nm))
    terms = tuple(
        t if t.index < start else t._replace(index=t.index + shift)
        for t in q.terms
        if 0 <= t.index < start or lo <= t.index < hi
    )
    return replace(
        q,
        tokens=(),
        words=(*q.words[:start], *q.words[lo:hi]),
        names=names,
        unknown=tuple(moved(u) for u in q.unknown if keep(u)),
        terms=terms,
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
    )


def _worded(ask: Ask, one: tuple[int, int], other: tuple[int, int]) -> Answer | None:
    """ "Is the Russian president called A or B?", "does he call the support strong or firm?",
    "is the spokesman with the Kremlin or the ministry?": a choice of words (the question asks
    how something is worded, or what someone is) that no yes settles — the option the best
    sentence for the rest of the question writes, when it writes one and not the other; never
    a choice of places (where someone went is no wording)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    wording = lang.lex.words.get("wording_words", frozenset())
    be = lang.lex.writing.get("be_forms", frozenset())
    past = lang.lex.writing.get("irregular_past", frozenset())
    done = any(lang.lex.rules.is_past(w) or w in past for w in q.words[: one[0]])
    if not (q.has(wording) or (q.words[0] in be and not q.has(lang.say) and not done)):
        return None  # "was the interview conducted in A or B?": no wording, an event
    places = {p for info in ix.placed for p in (x.entity for x in info.places)}
    spans = (one, other)
    opts = [[w for w in q.words[a:b] if w not in lang.stop] for a, b in spans]
    if not all(opts) or any(nm.entity in places for nm in q.names if nm.start >= one[0]):
        return None
    rest = [t for t in q.terms if not any(a <= t.index < b for a, b in spans)]
    own = [e for nm in q.names if nm.end <= one[0] and (e := nm.entity) is not None]
    for r in rank(ix, q, terms=rest)[:3]:
        if not set(own) <= r.info.entities:
            continue
        has = {t.norm for t in r.info.tokens} | {t.stem for t in r.info.tokens}
        met = [all(w in has or lang.lex.rules.stem(w) in has for w in o) for o in opts]
        if met.count(True) == 1:
            a, b = spans[met.index(True)]
            name = " ".join(t.text for t in q.tokens[a:b] if t.norm not in lang.the)
            name = name[:1].upper() + name[1:]
            return ask.answer(say("answer.name", name=name), [r.info], r.coverage, own)
        if any(met):
            return None
    return None


def _choice_at(lang, q: Query) -> int | None:
    """Where the question offers a choice ("… by the court or by parliament?", "… to A or B?"):
    the index of its "or" — not "or not", "or no" (a yes/no asked twice)."""
    negs = lang.negations
    for k, w in enumerate(q.words[1:-1], 1):
        if w in lang.alternatives and q.words[k + 1] not in negs:
            return k
    return None


def _shared(ask: Ask, alone: tuple[int, int]) -> Found | None:
    """A sentence that has the question's first name do it with someone else ("X shares the
    prize with Y"; "Y shares it with X"), and says every other word the question asks but the
    asked one, which the shared word stands for."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not q.entity_ids or unknown_blocks(q):
        return None
    rest = [t for t in q.terms if not alone[0] <= t.index < alone[1]]
    asked = _asked_term(lang, q)
    needed = [t for t in rest if t is not asked and t.weight >= 1.0]
    eid = q.entity_ids[0]
    for _s, cov, info in rank(ix, q, terms=rest)[:3]:
        k = shared_at(lang, info)
        if k is None or not all(e in info.entities for e in q.entity_ids[1:]):
            continue
        if not all(says(info, t) for t in needed) or not names_nearby(ix, q, info):
            continue
        after = with_whom(lang, info, k)
        partner = any(
            m.entity == eid and after <= m.start < clause_end(lang, info, k) for m in info.mentions
        )
        if not partner and not _subject(ix, info, k, eid):
            continue
        if polarity(lang, info, k, q.words) == STATES:
            return Found(prefer_body(ix, info), cov)
    return None


def _met(ask: Ask) -> Found | None:
    """Of the best few sentences, the first that meets the question's words: every real word
    (weak ones may miss when a name says who); with no name in the question, every word — "did
    the teachers union join" is not "the Dockers Union joined"."""
    ix, q = ask.ix, ask.q
    if unknown_blocks(q):
        return None
    ranked = rank(ix, q)
    for _s, cov, info in ranked[:3]:
        if cov < 0.75:
            break
        if grounded(ix, q, info, need=0.85 if q.entity_ids else 1.0) and names_nearby(ix, q, info):
            return Found(prefer_body(ix, info), cov)
    dated = _met_but_the_day(ask)  # "did X go to Y in June?" of "In July, X … trip to Y"
    if dated is not None:
        return dated
    # "It slid on before catching fire": the plane asked about named in the sentence before
    return carried(ix, q, Found(ranked[0].info, ranked[0].coverage)) if ranked else None


DAY_MET = 0.7  # the coverage a sentence needs, its time aside, to say "no — in July"


def _met_but_the_day(ask: Ask) -> Found | None:
    """ "Did X go to Y in June?": a sentence that meets every other word of the question and
    names another month (weekday) than the one asked — its answer is no, and when."""
    ix, q = ask.ix, ask.q
    days = ix.lang.weekdays | ix.lang.months
    if not q.entity_ids or not q.time_words & days:
        return None
    rest = replace(q, terms=tuple(t for t in q.terms if t.word not in days))
    for _s, cov, info in rank(ix, rest)[:3]:
        if cov < DAY_MET:
            break
        if (
            grounded(ix, rest, info, need=0.85)
            and names_nearby(ix, rest, info)
            and _other_day(ix, q, info)
        ):
            return Found(prefer_body(ix, info), cov)
    return None


def _asked_terms(lang, q: Query) -> list[Term]:
    """The words a yes/no question may ask about, the likeliest first: the content words after
    its first name ("did X *sign* …"), then those before it (a language that puts the verb
    first: "поддерживает ли X …"); with no name, its last word first ("were the guides
    *convicted*"). In "is the X *board* interested …" the noun right after the name is the
    name's: the word after it first."""
    # "is X planning to visit …": the plan is how it is asked, the visit is what; so is "at
    # first" in "did they cooperate at first?"
    order = lang.lex.classes.get("order_adverbs", ())
    strong = sorted(
        (
            t if t.index >= 0 else t._replace(index=_place(q, t))
            for t in q.terms
            if t.weight >= 1.0 and t.word not in lang.future_hints and t.word not in order
        ),
        key=lambda t: t.index,
    )
    strong = [t for t in strong if t.index >= 0]
    if not q.names:
        return strong[::-1]
    first = q.names[0]
    after = [t for t in strong if t.index >= first.end]
    cands = after[:1]
    if len(after) > 1 and after[0].index == first.end and _owns(lang, q, first):
        cands = [after[1], after[0]]  # "is the X board interested …": the board is X's
    # never a word further on, which may be anyone's ("Did Y declare himself acting minister?")
    return cands + [t for t in strong if t.index < first.end][::-1]


def _place(q: Query, t: Term) -> int:
    """A term's word in the question; a phrase's ("taking part"), its first word's (-1: none)."""
    if t.index >= 0 or " " not in t.word:
        return t.index
    parts = t.word.split()
    for i in range(len(q.words) - len(parts) + 1):
        if list(q.words[i : i + len(parts)]) == parts:
            return i
    return -1


def _owns(lang, q: Query, first) -> bool:
    """Is the noun right after the question's first name the name's: "is the X board …",
    "is his family …", "did X's family …"?"""
    owner = q.token(first.end - 1)
    if (owner is not None and owner.possessive) or (
        q.words[first.end - 1] in lang.lex.writing.get("possessive_determiners", ())
    ):
        return True
    if first.end < len(q.words) and q.words[first.end] in lang.group_nouns | lang.counted_people:
        return True  # "are X staff taking part?": X's staff
    if first.end < len(q.words) and q.words[first.end] in lang.org_words:
        return first.start > 1 and q.words[first.start - 1] in lang.determiners  # "the X board"
    be = lang.lex.writing.get("be_forms", frozenset())
    return first.start > 0 and q.words[0] in be and q.words[first.start - 1] in lang.determiners


def _owned(lang, q: Query, terms: list[Term]) -> bool:
    """Are the asked words a word after a noun the first name owns, then that noun ("is his
    *family* behind …": behind, then family)?"""
    if not q.names or len(terms) < 2:
        return False
    first = q.names[0]
    return terms[1].index == first.end < terms[0].index and _owns(lang, q, first)


def _asked_term(lang, q: Query) -> Term | None:
    """The word a yes/no question asks about, most likely (see :func:`_asked_terms`)."""
    terms = _asked_terms(lang, q)
    return terms[0] if terms else None


def _subject_at(ask: Ask, info: SentenceFacts) -> int | None:
    """The word asked about, where the question's first name does it ("Did X win?" is not
    answered by "Y beat X"; "Did X travel?" by "X discussed Y's visit … during his trip");
    None when someone else does."""
    ix, q = ask.ix, ask.q
    reported = _reported(ask, info)
    if reported is not None:
        return reported
    terms = _asked_terms(ix.lang, q)
    owned = _owned(ix.lang, q, terms)
    tried = [(t, _terms_at(ix, info, t)) for t in terms[:1]]
    if not tried or not tried[0][1]:
        k = anchor(ix, info, q, q.terms)
        tried = [(tried[0][0] if tried else None, [k] if k is not None else [])]
    if q.entity_ids:  # other words the question may ask about, once the likeliest fails
        tried += [(t, _terms_at(ix, info, t)) for t in terms[1:]]
    passive = _passive_asked(ix, q)
    for n, (t, spots) in enumerate(tried):
        for k in spots:
            if passive and not _be_before(ix, info, k) and not _done_to(ix, info, k):
                continue  # "was X freed?" is not answered by "X freed Y": X did it
            if q.entity_ids and not _subject(ix, info, k, doer(q)):
                if not (owned and n == 1 and _named_after(ix, info, k, q.entity_ids[0])):
                    if not (owned and n == 0 and owner_agent(ix, info, k, q, terms[1])):
                        if not denied_to_all(ix, info, k, q, t):
                            continue
            if not q.entity_ids and t is not None and not _described_subject(ix, info, k, q, t):
                continue
            if not _object(ix, info, k, q.entity_ids[1:]):
                continue
            return k
        if n == 0 and owned:
            continue  # "was X's appointment cancelled?": the appointment is, not X
        if n == 0 and q.entity_ids and spots and _done_by_another(ix, info, spots, q):
            return None  # "Did Y declare himself president?": X declared it, so not Y
    return None


def _passive_asked(ix: ArticleIndex, q: Query) -> bool:
    """ "Was X freed?", "has X been taken?": a form of "be" right after the first name, or
    opening the question before it, then a past form — X is what was done to."""
    be = ix.lang.lex.writing.get("be_forms", frozenset())
    w, names = q.words, q.names
    if len(w) < 3 or w[0] not in ix.lang.aux or not names or names[0].start != 1:
        return False
    at = names[0].end
    while at < len(w) and w[at] in be:
        at += 1  # "has X *been* freed"
    if at >= len(w) or not (w[0] in be or w[at - 1] in be):
        return False
    if w[at - 1] in ix.lang.lex.words.get("passive_be", ()) and w[at] not in ix.lang.stop:
        return True  # "will X *be* run by Y?": whatever its form ("run", "put"), done to X
    past = ix.lang.lex.writing.get("irregular_past", frozenset())
    return ix.lang.lex.rules.is_past(w[at]) or w[at] in past


def _done_to(ix: ArticleIndex, info: SentenceFacts, k: int) -> bool:
    """Is the word at ``k`` no verb done by a subject before it ("the lifted curfew", "after
    the curfew was lifted"): a past form right after an article or a noun phrase's start."""
    return k > 0 and info.tokens[k - 1].norm in ix.lang.determiners


def _named_after(ix: ArticleIndex, info: SentenceFacts, k: int, eid: int) -> bool:
    """ "X staff" written "staff from X" (or "of X", or from a list of names that has X): the
    noun at word ``k``, then "from", then the name, or a list of names it is in."""
    lang, toks = ix.lang, info.tokens
    if k + 2 >= len(toks) or toks[k + 1].norm not in lang.from_words | lang.of_words:
        return False
    after = [m for m in info.mentions if k + 2 <= m.start <= k + 3]
    if not after:
        return False
    first = after[0]
    if first.entity == eid:
        return True
    runs = name_lists(ix, info)
    return any(run and run[0] == first.entity and eid in run for run in runs)


def _reported(ask: Ask, info: SentenceFacts) -> int | None:
    """ "Does X say (think) a trend can be seen?" of a sentence that quotes X: the clause X
    says is asked, whoever its subject — the first word of it the sentence has (None: not so
    asked, or not X's words)."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    if not q.names or q.names[0].entity is None or info.quote is None:
        return None
    at = q.names[0].end
    if at >= len(q.words) or q.words[at] not in lang.say or info.quote.speaker != q.names[0].entity:
        return None
    for t in q.terms:
        if t.index > at and t.weight >= 1.0:
            spots = _terms_at(ix, info, t)
            if spots:
                return spots[0]
    return None


def _done_by_another(ix: ArticleIndex, info: SentenceFacts, spots: list[int], q: Query) -> bool:
    """Does a name other than the question's first (and not of its list) do the word at every
    one of these places?"""
    eid = q.entity_ids[0]
    listed = enumerated(ix, info)
    for k in spots:
        actor = actor_at(ix, info, k)
        if actor is None or actor.entity is None or actor.entity == eid:
            return False
        if eid in listed and actor.entity in listed:
            return False
    return True


def _object(ix: ArticleIndex, info: SentenceFacts, k: int, objects: tuple[int, ...]) -> bool:
    """ "Did X travel to Varby?": the first name after the word asked about, in its clause, is
    one the question names after it ("X's visit to Oskarby" is no trip to Varby)."""
    if not objects:
        return True
    we = ix.partners.get(info.sentence.index, frozenset())
    if we and info.quote is not None:
        we = we | {info.quote.speaker}  # the speaker is in the "we" too
    if set(objects) <= we:
        return True  # "Has X met Y?" / "We have met in Oslo," X said: Y is in the "we"
    end = clause_end(ix.lang, info, k)
    after = sorted((m for m in info.mentions if k < m.start < end), key=lambda m: m.start)
    if not after:  # no one named after the word: the sentence names them, or "met *her*"
        return set(objects) <= info.entities or _pronoun_for(ix, info, k, end, objects)
    return after[0].entity in objects


def _pronoun_for(ix: ArticleIndex, info: SentenceFacts, k: int, end: int, objects) -> bool:
    """ "He has met *her* twice": an object pronoun after the word, standing for the names of
    the sentence before (in its paragraph)."""
    pronouns = ix.lang.lex.writing.get("person_object_pronouns", frozenset())
    if not any(t.norm in pronouns for t in info.tokens[k + 1 : end]):
        return False
    i = info.sentence.index
    prev = ix.facts.sentences[i - 1] if i else None
    if prev is None or prev.sentence.paragraph != info.sentence.paragraph:
        return False
    return set(objects) <= prev.entities


def _said(ask: Ask, info: SentenceFacts) -> Message | None:
    """Yes, no, or abstained, from the clause of the word asked about; None: not in those words."""
    q, lang = ask.q, ask.ix.lang
    k = _subject_at(ask, info)
    if k is None:
        return None
    if _other_day(ask.ix, q, info):  # "was it on Sunday?" / "… on Monday": no, and when
        when = _day_said(ask.ix, q, info)
        return (
            say("answer.confirm.other_time", time=when) if when else say("answer.confirm.otherwise")
        )
    claimed = _claimed(lang, info, k)
    if claimed is not None:  # "the claim that X … has been found to be untrue": no; a claim
        return say("answer.confirm.otherwise") if claimed else None  # alone says nothing
    said = _polarity(ask, info, k)
    if said == DENIES:
        return say("answer.confirm.otherwise")
    if said == UNDECIDED:
        return say("answer.confirm.undecided")
    if said == HEDGES:
        return None
    if said == EXPECTED:
        return say("answer.confirm.expected")
    # "Did X vote for it?" / "X voted against it"; "X abstained"
    near = {t.norm for t in info.tokens[max(0, k - 3) : k + 3]}
    asked = set(q.words)
    if (near & lang.against_words) - asked:
        return say("answer.confirm.otherwise")
    if near & lang.abstain and not asked & lang.abstain:
        return say("answer.confirm.abstained")
    return say("answer.confirm.yes")


def _claimed(lang, info: SentenceFacts, k: int) -> bool | None:
    """Is the word asked about (at ``k``) only a claim's ("the claim his relatives have links
    to Y", "allegations that …")? True when the sentence then refutes it ("has been found to
    be untrue", "were dismissed"), False when it only reports it; None: no claim before it."""
    nouns = lang.lex.words.get("claim_nouns", frozenset())
    if not nouns or not any(t.norm in nouns for t in info.tokens[:k]):
        return None
    refuting = lang.lex.words.get("refutations", frozenset())
    after = " " + " ".join(t.norm for t in info.tokens[k + 1 :]) + " "
    return any(f" {w} " in after for w in refuting)


def _polarity(ask: Ask, info: SentenceFacts, k: int) -> str:
    """The polarity at word ``k``; when the question's subject is a noun its name owns ("is
    his family behind …"), and ``k`` is that noun, the asked word after it may deny what the
    noun alone does not ("his family, who do not support …"): the first that is not plain."""
    lang, q = ask.ix.lang, ask.q
    said = polarity(lang, info, k, q.words)
    if said == HEDGES and _last_denied(ask, info, k):
        return DENIES  # "did X say some projects will be scrapped?" / "… no projects will be"
    terms = _asked_terms(lang, q)
    if said == STATES and not q.names and _verb_denied_after(ask, info, k, terms):
        return DENIES  # "did the board resolve the issue?" / "the issue was not resolved"
    if said != STATES or not _owned(lang, q, terms):
        return said
    for j in _terms_at(ask.ix, info, terms[0]):
        if j > k:
            return polarity(lang, info, j, q.words)
    return said


def _verb_denied_after(ask: Ask, info: SentenceFacts, k: int, terms: list[Term]) -> bool:
    """A question with no name, asked of its last word (a noun, ``k``): another of its words
    further on in ``k``'s clause, denied there ("the *issue* … was not *resolved*")."""
    lang = ask.ix.lang
    end = clause_end(lang, info, k)
    return any(
        polarity(lang, info, j, ask.q.words) == DENIES
        for t in terms[1:]
        for j in _terms_at(ask.ix, info, t)
        if k < j < end
    )


def _last_denied(ask: Ask, info: SentenceFacts, k: int) -> bool:
    """Does the sentence deny the question's last word further on than word ``k`` ("… consider
    delaying some projects, but says no projects will be scrapped": the scrapping)?"""
    last = max((t for t in ask.q.terms if t.index >= 0), key=lambda t: t.index, default=None)
    if last is None:
        return False
    return any(
        polarity(ask.ix.lang, info, j, ask.q.words) == DENIES
        for j in _terms_at(ask.ix, info, last)
        if j > k
    )


def _opposite(ask: Ask) -> Found | None:
    """A sentence that says the opposite of a word asked about, and meets the rest of the
    question: "Were the guides convicted?" / "Two guides who survived were acquitted"."""
    ix, q, lang = ask.ix, ask.q, ask.ix.lang
    asked = _asked_term(lang, q)
    terms = _asked_terms(lang, q)
    owned = _owned(lang, q, terms)  # "did X's court cancel …": the court, X's
    firsts = [asked] if asked is not None else []
    how = _qualified(lang, q.words)  # "straight away": the opposite denies it all the same
    for t in firsts + [x for x in q.terms if x.weight >= 1.0 and x is not asked]:
        if not (lang.opposites.get(t.stem) or lang.opposites.get(t.word)):
            continue
        rest = [x for x in q.terms if x is not t and x.index not in how]
        rest = [x for x in rest if not _verdict_verb(lang, q, x, t)]
        for _s, cov, info in rank(ix, q, terms=rest)[:3]:
            k = opposite_at(lang, info, (t.stem, t.word))
            if k is not None and k > 0 and info.tokens[k - 1].norm in lang.determiners:
                continue  # "X regrets *the deaths*": a noun of what happened, not X's fate
            if (
                k is None
                or not _meets_rest(ix, q, info, rest)
                or not _objects_in_clause(ix, info, k, t, rest)
            ):
                continue
            if q.entity_ids and not _subject(ix, info, k, doer(q)):
                if not (owned and owner_agent(ix, info, k, q, terms[1])):
                    continue
            if q.entity_ids and not other_named(ix, info, k, q):
                continue  # "kept ties with Y?" / "severed ties with Z": no word on Y
            if not q.entity_ids and not _described_subject(ix, info, k, q, t):
                continue
            if polarity(lang, info, k, q.words) == STATES:
                return Found(prefer_body(ix, info), cov)
    return None


def _verdict_verb(lang, q: Query, x: Term, t: Term) -> bool:
    """Is term ``x`` a past verb right before the opposite word ``t`` that it only pronounces
    ("*found* guilty", "*declared* dead")? A sentence saying the other side ("were acquitted")
    needs no such verb."""
    if t.index < 1 or x.index != t.index - 1:
        return False
    w = lang.lex.writing
    return x.word in w.get("irregular_past", frozenset()) or lang.lex.rules.is_past(x.word)


def _qualified(lang, words: tuple[str, ...] | list[str]) -> set[int]:
    """The question's words that say how soon or how well it was done ("straight away")."""
    out: set[int] = set()
    for phrase in lang.lex.words.get("deed_qualifiers", ()):
        p = phrase.split()
        for k in range(len(words) - len(p) + 1):
            if list(words[k : k + len(p)]) == p:
                out.update(range(k, k + len(p)))
    return out


def _objects_in_clause(
    ix: ArticleIndex, info: SentenceFacts, k: int, t: Term, rest: list[Term]
) -> bool:
    """ "Did they agree to give evidence?" / "they refused to cooperate, but … to give
    evidence": the words the question puts after the asked one are not only in a clause after
    the one of the word of opposite meaning."""
    end = clause_end(ix.lang, info, k)
    toks = info.tokens[:end]
    return all(
        any(tok.stem == x.stem or tok.norm == x.word for tok in toks)
        or (x.concept and any(ix.lang.concepts.get(tok.stem) == x.concept for tok in toks))
        for x in rest
        if x.index > t.index and x.weight >= 1.0
    )


def _meets_rest(ix: ArticleIndex, q: Query, info: SentenceFacts, rest: list[Term]) -> bool:
    if rest and not grounded(ix, q, info, rest, need=0.85 if q.entity_ids else 1.0):
        return False
    return names_nearby(ix, q, info) and not unknown_blocks(q)


def _described_subject(ix: ArticleIndex, info: SentenceFacts, k: int, q: Query, t: Term) -> bool:
    """ "Did the nurse survive?": the words before the asked one (the nurse) are in word ``k``'s
    clause, or its clause has no subject of its own (or is a relative clause) and the clause
    before has them — not "the pilot was killed, but the nurse …"; of a passive that names its
    doer ("passed by shareholders"), in the doer's words."""
    lang = ix.lang
    subject = [x for x in q.terms if x.index < t.index]
    if not subject:
        return True
    keys = {x.stem for x in subject} | {x.word for x in subject}

    def has(a: int, b: int) -> bool:
        return any(tok.stem in keys or tok.norm in keys for tok in info.tokens[a:b])

    be = lang.lex.writing.get("be_forms", frozenset())
    active = be.isdisjoint(q.words[: t.index]) if t.index >= 0 else False
    by = by_after_past(ix, info, k) if active and _be_before(ix, info, k) else None
    if by is not None:  # "… was passed by shareholders": the doer is named — the subject?
        return has(by + 1, min(len(info.tokens), by + 1 + AGENT_WORDS))
    a, b = clause_start(lang, info, k), clause_end(lang, info, k)
    if has(a, b):
        return True
    own = [tok for tok in info.tokens[a:k] if tok.norm not in lang.stop]
    relative = info.tokens[a].norm in lang.relative_pronouns  # "two guides who survived were…"
    return (not own or relative) and a > 0 and has(clause_start(lang, info, a - 1), a)


def _other_day(ix: ArticleIndex, q: Query, info: SentenceFacts) -> bool:
    """Does the question name a weekday (or month) the sentence does not, where the sentence
    names another?"""
    said = ix.time_words[info.sentence.index]
    for names in (ix.lang.weekdays, ix.lang.months):
        asked = q.time_words & names
        if asked and not asked & said and said & names:
            return True
    return False


def _day_said(ix: ArticleIndex, q: Query, info: SentenceFacts) -> str | None:
    """The sentence's own time of the kind the question names another of ("In July" for "in
    June?"), as written; None when it has none or more than one."""
    for names in (ix.lang.weekdays, ix.lang.months):
        if not q.time_words & names:
            continue
        said = [t.text for t in info.times if set(fold(t.text).split()) & names]
        return said[0] if len(said) == 1 else None
    return None


def _subject(ix: ArticleIndex, info: SentenceFacts, k: int, eid: int) -> bool:
    """Is the entity (or the list it is in) the last name before word ``k``; or, for a noun
    ("an *apology* from X", "his *trip*"), the one it is of; or the speaker of a quote that
    says "we"/"I" right before it ("We have met…," X stressed)?"""
    lang, toks = ix.lang, info.tokens
    x = info.quote
    if x is not None and x.direct and x.speaker == eid and first_person_before(ix, info, k):
        return True
    if x is not None and x.direct and eid in ix.partners.get(info.sentence.index, frozenset()):
        # "We have met numerous times," X stressed: the other one of the "we" met X too
        we = lang.lex.writing.get("we_words", frozenset())
        if any(t.norm in we for t in toks[max(0, k - 3) : k]):
            return True
    if k > 0 and (toks[k - 1].possessive or toks[k - 1].norm in lang.determiners):
        owner = next((m for m in info.mentions if m.possessive and m.end == k), None)
        if owner is not None:
            return owner.entity == eid  # "Lund's trip", "his trip"
        if toks[k - 1].norm in lang.person_pronouns:  # "his trip", the facts saying not whose
            people = [
                m
                for m in info.mentions
                if 0 <= m.start < k and ix.entity(m.entity).kind == "person" and not m.possessive
            ]
            return bool(people) and people[-1].entity == eid
        by = lang.agent_prepositions | lang.from_words
        if k + 2 < len(toks) and toks[k + 1].norm in by:
            after = [m for m in info.mentions if k + 2 <= m.start <= k + 3]
            if after:
                return after[0].entity == eid  # "an apology from Adventure World"
    listed = enumerated(ix, info)
    actor = actor_at(ix, info, k)
    if actor is not None and actor.entity is not None:
        # "X, whose appointment had been cancelled by Y, declared …": X, not Y
        if actor.entity == eid or (eid in listed and actor.entity in listed):
            return True
        if _leads(ix, actor.entity, eid):
            return True  # "Is Ardenia cutting ties?" / "Ardenian President X said he was …"
        return _heads(ix, info, eid, actor.entity, k)
    wants = wanted_by(ix, info, k)
    if wants is not None:  # "Does X intend to draft Y?" / "… and it intends to draft him"
        lead = actor_at(ix, info, wants)
        if lead is not None and lead.entity is not None:
            return lead.entity == eid
    before = sorted(
        (m for m in info.mentions if 0 <= m.start < k and not m.possessive), key=lambda m: m.start
    )
    if before and (before[-1].entity == eid or (eid in listed and before[-1].entity in listed)):
        return True
    # "X of Y in Z, whose son W died in …, is disappointed": the subject past its asides, and
    # the person that heads it
    actor = actor_at(ix, info, k, passive_asked=True)
    if actor is None or actor.entity is None:
        return False
    return actor.entity == eid or _heads(ix, info, eid, actor.entity, k)


def _leads(ix: ArticleIndex, person: int, place: int) -> bool:
    """Does the person head the country asked about: a head of state's title naming it
    ("Ardenian President")?"""
    e = ix.entity(person)
    if e.kind != "person" or ix.entity(place).kind == "person" or not e.role:
        return False
    words = [fold(w) for w in e.role.split()]
    heads = any(ix.lang.titles.get(w) == HEAD_OF_STATE for w in words)
    return heads and role_says(ix, person, [place])


def _heads(ix: ArticleIndex, info: SentenceFacts, eid: int, other: int, k: int) -> bool:
    """Does the person ``eid`` head the phrase that ends in ``other`` before word ``k`` ("Bill
    Peel of Mackay in north Queensland"): no punctuation, verb or other person between?"""
    text, toks = info.sentence.text, info.tokens
    head = next((m for m in info.mentions if m.entity == eid and 0 <= m.start < k), None)
    end = max((m.end for m in info.mentions if m.entity == other and 0 <= m.start < k), default=0)
    if head is None or ix.entity(eid).kind != "person" or not head.end <= end:
        return False
    between = text[toks[head.end - 1].end : toks[end - 1].start]
    people = [
        m
        for m in info.mentions
        if head.end <= m.start < end and ix.entity(m.entity).kind == "person"
    ]
    verbs = [
        t
        for t in toks[head.end : end]
        if t.norm in ix.lang.say or ix.lang.lex.rules.is_past(t.norm)
    ]
    return not people and not verbs and not any(ch in between for ch in ',;:()"')
