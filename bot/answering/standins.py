"""Follow-ups whose words stand for a part of the question before: "and the lunorian one?"
after "what's the ardenian president called?" ("one" is the description's noun), "and this
article?" after "when was X's announcement?" (the chain's question asked of the article
itself), "when was it published?" after an answer about the article ("it" is the article), "did
it recognize X?" after "and Belarus?" ("it" is that name)."""

from __future__ import annotations

from ..text import fold
from .context import About
from .index import ArticleIndex
from .intent import Classifier
from .numbers import counted
from .question import Query, read
from .rebuild import asked_for
from .registry import Registry
from .sides_asked import choice

COUNT = "count"  # the kind that counts: "they" after it may be the ones counted
PHOTO, CREDIT = "photo", "credit"  # "who took it?" after the photo: its credit
WHERE, DATELINE = "where", "dateline"  # "from which city?" after the source: the dateline's
WHEN, ARTICLE_DATE = "when", "article_date"  # "what date?" after the source: the article's


def one_instead(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "and the lunorian one?" after "what's the ardenian president called?": the chain's
    question with the description "one" stands for put in ("the lunorian president")."""
    lang, base = ix.lang, ctx.base
    ones = lang.lex.writing.get("substitute_ones", frozenset())
    if base is None or len(q.words) < 2 or q.words[-1] not in ones or q.names[1:]:
        return None
    span = next(
        (
            nm
            for nm in base.names
            if nm.end - nm.start >= 2 and base.words[nm.end - 1] in lang.titles
        ),
        None,
    )
    if span is None:
        return None
    words = (*q.words[:-1], base.words[span.end - 1])
    text = " ".join((*base.words[: span.start], *words, *base.words[span.end :]))
    return read(ix, text, ctx.referents)


def other_one_instead(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "which countries backed the other one?" after "which side did X take, A's or B's?"
    answered with A's: the question with B's name for "the other one"."""
    lang = ix.lang
    ones = lang.lex.writing.get("substitute_ones", frozenset())
    w = q.words
    if len(w) < 4 or w[-1] not in ones or w[-2] not in lang.other_words or q.names:
        return None
    targets = {st.target for st in ix.facts.stances if st.sentence in ctx.sentences}
    pairs = [p for src in (ctx.query, ctx.base) if src is not None for p in _choice_of(ix, src)]
    if pairs:
        a, b = pairs[0]
        if (a.entity in targets) == (b.entity in targets):
            return None  # the answer took neither, or both: no "other" to tell
        other = b.entity if a.entity in targets else a.entity
    else:  # no choice asked (or a decline since): the one other target the article has
        others = {st.target for st in ix.facts.stances if st.target is not None} - targets
        if not targets or len(others) != 1:
            return None
        other = others.pop()
    cut = len(w) - 3 if w[-3] in lang.the else len(w) - 2
    return read(ix, " ".join((*w[:cut], ix.entity(other).name)), ctx.referents)


def _choice_of(ix: ArticleIndex, q: Query) -> list[tuple]:
    """The two names of the question's "A or B" (:func:`.sides_asked.choice`), if it has one."""
    span = choice(ix, q)
    if span is None:
        return []
    names = [nm for nm in q.names if nm.entity is not None and span[0] <= nm.start < span[1]]
    return [(names[0], names[-1])] if len(names) >= 2 else []


def it_named(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "did it recognize X?" after an answer about a name alone ("and Belarus?", "what
    does the article say about Mexico?"): "it" as the subject of a yes/no question is that
    name, not the event of the answer — the question read again with the name in its
    place."""
    lang, asked = ix.lang, ctx.query.entity_ids
    it = lang.lex.writing.get("thing_pronouns", frozenset())
    if ctx.query.terms and q.has(lang.support | lang.oppose | lang.recognize):
        # "who did it back?" after "did the league side with X?": the one name of the
        # question that is no person took the side
        asked = tuple(e for e in asked if e not in ix.persons)
    elif ctx.query.terms:
        return None
    if len(asked) != 1 or asked[0] in ix.persons:
        return None
    k = next((k for k, w in enumerate(q.words[:3]) if w in it), None)
    if not k or q.words[k - 1] not in lang.aux:
        return None
    name = ix.entity(asked[0]).name
    return read(ix, " ".join((*q.words[:k], name, *q.words[k + 1 :])), ctx.referents)


def they_counted(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "how many murders did they carry out?" after "how many militia members were found
    guilty?": "they" are the ones counted (no name of the answer's sentence), the question read
    again with them in its place ("… did the militia members carry out?")."""
    lang, before = ix.lang, ctx.query
    group = lang.lex.words.get("group_pronouns", frozenset())
    at = next((k for k, w in enumerate(q.words) if w in group), None)
    if at is None or ctx.intent != COUNT or ctx.referents.people or ctx.referents.members:
        return None
    noun = counted(lang, before)
    if noun is None or before.names:
        return None
    end, stops = noun.index, lang.aux | lang.stop
    while end < len(before.words) and before.words[end] not in stops:
        end += 1
    if not lang.lex.rules.is_plural(before.words[end - 1]):
        return None  # "how much money …": no group "they" stands for
    phrase = [min(lang.the), *before.words[noun.index : end]]
    if q.words[at] in lang.lex.words.get("group_possessives", frozenset()):
        phrase[-1] += "'"  # "their" → "the members'"
    return read(ix, " ".join((*q.words[:at], *phrase, *q.words[at + 1 :])))


def after_count(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """A follow-up of a count: its names ("names?"), or another noun counted ("and guides?")."""
    return names_counted(ix, q, ctx) or noun_counted(ix, q, ctx)


def dislocated(ix: ArticleIndex, q: Query) -> Query | None:
    """ "(and) the company staff, what are they charged with?": a noun phrase set before the
    question, which its pronoun stands for — the question read with the phrase in the pronoun's
    place ("what are the company staff charged with"); None for any other question."""
    lang, w = ix.lang, q.words
    k = next((i for i, x in enumerate(w) if x in lang.question_words), None)
    if not k or q.names and any(nm.start < k for nm in q.names):
        return None
    lead = w[:k]
    if lead[0] not in lang.the or not any(t.index < k for t in q.terms):
        return None
    if f"{lead[-1]}, {w[k]}" not in fold(q.raw):
        return None  # the phrase set off by a comma
    group = lang.lex.words.get("group_pronouns", frozenset())
    at = next((nm.start for nm in q.names if nm.entity is None and w[nm.start] in group), None)
    if at is None:
        return None
    return read(ix, " ".join((*w[k:at], *lead, *w[at + 1 :])))


def noun_counted(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "and guides?" after "how many people died?": the count asked again of another noun the
    article counts ("three guides"), in the place of the counted one ("how many guides died?")
    — not "and injured?" (no count of that), which asks the same count of another event."""
    lang = ix.lang
    own = [w for w in q.words if w not in lang.determiners]
    if ctx.intent != COUNT or q.names or q.unknown or len(own) != 1 or len(q.terms) != 1:
        return None
    new, before = q.terms[0], ctx.query
    noun = counted(lang, before)
    if noun is None or noun.stem == new.stem or not lang.lex.rules.is_plural(new.word):
        return None
    if not any(
        a.kind == "count" and a.noun and fold(a.noun.split()[-1]) in (new.word, new.stem)
        for a in ix.facts.amounts
    ):
        return None
    words = before.words
    return read(ix, " ".join((*words[: noun.index], new.word, *words[noun.index + 1 :])))


def names_counted(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "names?", "which ones?" after a count: the count's question asked with "which" ("how
    many countries backed X?" → "which countries backed X?"), or without the count noun that
    closes a terse one ("X backers, count?" → "X backers?")."""
    words = ix.lang.lex.words
    if ctx.intent != COUNT or " ".join(q.words) not in words.get("names_asked", frozenset()):
        return None
    if not ctx.query.names:
        return None  # "how many countries did?": a follow-up itself, asked again otherwise
    before = list(ctx.query.words)
    many = words.get("count_many", frozenset())
    which = words.get("imperative_which", frozenset())
    if len(before) > 2 and " ".join(before[:2]) in many and which:
        return read(ix, " ".join([min(which), *before[2:]]))
    if len(before) > 1 and before[-1] in words.get("count_nouns", frozenset()):
        return read(ix, " ".join(before[:-1]))
    return None


def which_one(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "who?" after "did a Lunorian official go to Holm?": which one — the yes/no asked with
    "which" in place of its auxiliary and article ("which Lunorian official went to Holm")."""
    lang = ix.lang
    if len(q.words) != 1 or q.words[0] not in lang.person_question_words or q.names:
        return None
    before = ctx.query.words
    some = lang.lex.writing.get("articles", frozenset()) - lang.the
    which = lang.lex.words.get("imperative_which", frozenset())
    if len(before) < 4 or before[0] not in lang.aux or before[1] not in some or not which:
        return None
    return read(ix, " ".join([min(which), *before[2:]]))


def title_named(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "the minister's full title?" after an answer about a deputy minister: the title stands
    for the person the answer was about — asked again by their name (a title alone may be no
    one's in the article: "the minister" of a deputy one)."""
    if len(q.names) != 1 or not q.words or q.words[0] in ix.lang.aux:
        return None  # "is he the leader?" stays a yes/no; "the president of that country?"
    nm = q.names[0]
    words = q.words[nm.start : nm.end]
    if nm.entity not in ctx.referents.people[:1] or not any(w in ix.lang.titles for w in words):
        return None
    e = ix.entity(nm.entity)
    if set(words) & set(fold(e.name).split()):
        return None  # named by their name already
    name = e.name + ("'s" if q.tokens and q.tokens[nm.end - 1].possessive else "")
    return read(ix, " ".join((*q.words[: nm.start], name, *q.words[nm.end :])))


def they_two(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "do they write to each other?" after an answer about two people (or a list of two: "did
    A and B back X?"): the yes/no asked of them by name ("do X and Y write to each other?"), as
    the kinds read a subject of two names."""
    lang, people = ix.lang, ctx.referents.people
    group = lang.lex.words.get("group_pronouns", frozenset())
    members = set(ctx.referents.members)
    if len(members) == 2 and members != set(people):
        people = ctx.referents.members  # "did A and B back X?" — "did they recognize Y?"
    elif len(people) != 2 or (members and members != set(people)):
        return None  # (a list's members: "did they …?" asks of the list)
    if not q.words or q.words[0] not in lang.aux:
        return None
    at = next((k for k, w in enumerate(q.words) if w in group), None)
    if at != 1:
        return None  # (the subject right after the auxiliary only)
    names = f"{ix.name(people[0])} {min(lang.name_joiner)} {ix.name(people[1])}"
    return read(ix, " ".join((q.words[0], names, *q.words[2:])))


def totality_instead(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "all of its members?", "all of them?" after "did the X group recognize Y?": the chain's
    yes/no asked of all of them ("did all the X group recognize Y?" — "not all", if the article
    names exceptions)."""
    lang, base = ix.lang, ctx.base or ctx.query
    if base is None or not base.words or not _all_of_it(ix, q):
        return None
    if base.words[0] not in lang.aux:
        return part_asked_whole(ix, q, ctx)  # "all of them?" after "what did most X do?"
    if not ctx.sentences or any(nm.entity not in ctx.query.entity_ids for nm in q.names):
        return None
    whole = min(lang.lex.classes.get("totality", ()), key=len)
    return read(ix, " ".join((base.words[0], whole, *base.words[1:])), ctx.referents)


def _all_of_it(ix: ArticleIndex, q: Query) -> bool:
    """Is the question only "all of them?", "all of its members?" — a word of totality and
    nothing of its own?"""
    lang = ix.lang
    whole = frozenset(lang.lex.classes.get("totality", ()))
    members = set(lang.lex.classes.get("party_noun", ())) | set(lang.list_nouns)
    bare = lang.stop | lang.pronouns | lang.named_thing_pronouns | whole
    return q.has(whole) and all(w in bare or w in members for w in q.words)


def part_asked_whole(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """ "all of them?" after "what did most X states do about Y?" (its auxiliary second): the
    side the answer quoted, asked of all of a party the article gives only in part ("most of
    the X states", "X members (excluding Z)") — "did all X recognize Y?" (no: not all). "them"
    may stand for all the names of the list the answer quoted."""
    lang, base = ix.lang, ctx.base or ctx.query
    if base is None or len(base.words) < 2 or base.words[0] in lang.aux:
        return None
    if base.words[1] not in lang.aux or not ctx.sentences or not _all_of_it(ix, q):
        return None
    if any(
        nm.entity not in ctx.query.entity_ids and q.words[nm.start] not in lang.pronouns
        for nm in q.names
    ):
        return None
    whole = min(lang.lex.classes.get("totality", ()), key=len)
    vague = lang.lex.words.get("vague_quantifiers", frozenset())
    asked = ctx.query.entity_ids
    for st in ix.facts.stances:
        if st.sentence not in ctx.sentences or st.target is None or st.target not in asked:
            continue
        for p in st.parties:
            if p.entity is None or p.entity not in asked or p.entity == st.target:
                continue
            if p.excluded or fold(p.name).split()[0] in vague:
                said = (base.words[1], whole, ix.name(p.entity), st.verb, ix.name(st.target))
                return read(ix, " ".join(said), ctx.referents)
    return None


def the_article_instead(
    ix: ArticleIndex, intents: Classifier, registry: Registry, q: Query, ctx: About
) -> str | None:
    """ "and this article?" after "when was X's announcement?": the kind that asks the chain's
    question (its words before what it is about) of the article itself."""
    lang, base = ix.lang, ctx.base
    if base is None or q.names or q.terms or q.unknown or not q.has(lang.article_words):
        return None
    asked = asked_for(ix, base)
    about = [nm.start for nm in base.names] + [
        t.index for t in base.terms if t.index >= 0 and t.index not in asked
    ]
    if not about or not base.words or base.words[0] not in lang.question_words:
        return None
    head = list(base.words[: min(about)])
    while head and head[-1] in lang.determiners:  # "what day was *the* interview"
        head.pop()
    return _article_kind(intents, registry, " ".join((*head, _the_article(ix))))


def about_the_article(registry: Registry, ctx: About) -> bool:
    """Was the previous answer about the article itself (its kind reads no names)?"""
    kind = registry.kinds.get(ctx.intent) if ctx.intent else None
    return kind is not None and not kind.reads_names


def article_asked(
    ix: ArticleIndex, intents: Classifier, registry: Registry, q: Query, ctx: About, intent
) -> str | None:
    """After an answer about the article itself: "when was it published?" ("it" the article),
    a bare "what date?" or "when?" (its date) — the kind to ask, or None."""
    photo = _photo_asked(ix, intents, q, ctx)
    if photo is not None:  # "who took it?" after who is in the photo: its credit
        return photo
    event = any(w in ix.lang.event_pronouns for w in q.words)
    times = ix.lang.lex.classes.get("time_noun", ())
    bare = not q.names and not q.unknown and all(t.word in times for t in q.terms)
    # "from which city?", "where was it filed?": where it was filed, its dateline
    placed = not q.names and not q.unknown and all(t.word in ix.lang.place_nouns for t in q.terms)
    if not (event or bare or placed) or not about_the_article(registry, ctx):
        return None
    of_it = of_the_article(ix, intents, registry, q)
    filed = registry.kinds[ctx.intent].after_answer is None  # (not after what it is about)
    if of_it is None and (event or placed) and intent == WHERE and filed:
        return DATELINE if DATELINE in registry.kinds else None
    return ARTICLE_DATE if of_it is None and bare and intent == WHEN else of_it


def _photo_asked(ix: ArticleIndex, intents: Classifier, q: Query, ctx: About) -> str | None:
    """After an answer about the photo (who is in it, its credit): "who took it?", "who is in
    it?" — "it" read as the photo; the kind to ask, or None."""
    if ctx.intent not in (PHOTO, CREDIT):
        return None
    it = ix.lang.lex.writing.get("thing_pronouns", frozenset())
    nouns = ix.lang.lex.words.get("photo_nouns", frozenset())
    if not nouns or not any(w in it for w in q.words):
        return None
    photo = f"{min(ix.lang.the)} {min(nouns)}"
    symbols = " ".join(photo if w in it else w for w in q.symbols.split())
    intent = intents.classify(symbols + " ")
    return intent if intent in (PHOTO, CREDIT) else None


def of_the_article(
    ix: ArticleIndex, intents: Classifier, registry: Registry, q: Query
) -> str | None:
    """The kind of question about the article itself this one is, "it" read as the article
    ("when was it published?"), if it is one."""
    the_article = _the_article(ix)
    symbols = " ".join(the_article if w in ix.lang.event_pronouns else w for w in q.symbols.split())
    return _article_kind(intents, registry, symbols)


def _the_article(ix: ArticleIndex) -> str:
    lang = ix.lang
    return f"{min(lang.the)} {min(lang.article_words)}"


def _article_kind(intents: Classifier, registry: Registry, symbols: str) -> str | None:
    """The kind these words are classified as, if it is one about the article (it reads no
    names)."""
    intent = intents.classify(symbols + " ")
    kind = registry.kinds.get(intent) if intent else None
    return intent if kind is not None and not kind.reads_names else None
