"""Follow-ups on a side or on a choice of names: "who else?" after a yes on a side ("is X in
Y's camp?": the others of X's side), "and C or D?" after "who recognized X, A or B?" (the same
question with the other two names as its choice). Each gives the kind to ask (None: classify
the question) and the question to ask it, or None when the follow-up is no such one."""

from __future__ import annotations

import dataclasses

from .context import About
from .index import ArticleIndex
from .question import Query, read

LISTS = "sides"  # the kind that gives a list of the parties of a side
SIDE_KINDS = frozenset({"stance_check", LISTS, "member"})  # questions about a side


def asks_who_else(lang, words: tuple[str, ...]) -> bool:
    """Does the question open with "who else"?"""
    return (
        len(words) >= 2 and words[0] in lang.person_question_words and words[1] in lang.else_words
    )


def others_on_the_side(ix: ArticleIndex, q: Query, ctx: About) -> tuple[str, Query] | None:
    """ "who else?" after "did X back Y?" (X took a side on Y): the others of X's side; "who
    else was on that side?" after an answer that quoted X's side."""
    lang = ix.lang
    w = q.words
    if not asks_who_else(lang, w):
        return None
    if len(w) > 2 and not _only_the_side(lang, w[2:]):
        return None
    sided = ctx.intent in SIDE_KINDS
    if not ctx.query.entity_ids or not (sided or len(w) > 2):
        return None
    party = ctx.query.entity_ids[0]
    sts = [
        st
        for st in ix.facts.stances
        if (
            (sided and st.target in ctx.query.entity_ids)
            or (st.sentence in ctx.sentences and (not sided or len(ctx.query.entity_ids) == 1))
        )
        and any(p.entity == party for p in st.parties)
    ]  # (the side asked about: not "who else?" after "did X back Z?" — no, X backed Y; after
    # "which side was X on?" the side its answer quoted)
    if not sts or len(sts[0].parties) < 2:
        return None
    st = sts[0]
    asked = read(ix, f"{w[0]} {st.verb} {ix.name(st.target)}", ctx.referents)
    return LISTS, dataclasses.replace(asked, besides=(party,))


def other_camp(ix: ArticleIndex, q: Query, ctx: About) -> tuple[str, Query] | None:
    """ "and the other camp?", "who was on the other side?" after an answer that gave one side
    (a list of it, its sentence): the parties of the one other side the article gives (a side
    taken on another target), asked as a list."""
    lang = ix.lang
    if not ctx.sentences or q.names or not q.has(lang.other_words):
        return None
    asking = lang.person_question_words | lang.which_words  # "which countries were on …"
    nouns = frozenset(lang.lex.classes.get("party_noun", ()))
    rest = [w for w in q.words if w not in lang.other_words and w not in asking and w not in nouns]
    if not q.has(_side_words(lang)) or not _only_the_side(lang, rest):
        return None
    given = [st for st in ix.facts.stances if st.sentence in ctx.sentences]
    asked = [st for st in given if st.target in ctx.query.entity_ids] or given
    targets = {st.target for st in asked}
    others = {
        st.target for st in ix.facts.stances if st.target is not None and st.target not in targets
    }
    if not given or len(others) != 1:
        return None
    target = others.pop()
    st = next(st for st in ix.facts.stances if st.target == target)
    w = min(lang.person_question_words)
    return LISTS, read(ix, f"{w} {st.verb} {ix.name(target)}", ctx.referents)


def _side_words(lang) -> frozenset[str]:
    """The words for a side and its supporters ("side", "camp", "backers")."""
    classes = lang.lex.classes
    return frozenset(classes.get("side", ())) | frozenset(classes.get("supporters", ()))


def _only_the_side(lang, words) -> bool:
    """Are these words only "was on that side", "is with them" — nothing asked of its own?"""
    side = _side_words(lang)
    return all(
        w in lang.stop
        or w in lang.aux
        or w in lang.pointing_words
        or w in side
        or w in lang.pronouns
        for w in words
    )


def other_choice(ix: ArticleIndex, q: Query, ctx: About) -> tuple[None, Query] | None:
    """ "and C or D?" after "who recognized X, A or B?": the same question with the other two
    names as its choice."""
    ours = choice(ix, q)
    if ours is None or ours != (0, len(q.words)):
        return None
    # the chain's question (after one swap, the asked "C or D?" is no question of its own)
    src = next((x for x in (ctx.base, ctx.query) if x is not None and choice(ix, x)), None)
    base = choice(ix, src) if src is not None else None
    if base is None or base == (0, len(src.words)):
        return None
    words = src.words  # (a remembered question keeps its words, not its tokens)
    text = " ".join([*words[: base[0]], *(t.text for t in q.tokens), *words[base[1] :]])
    return None, read(ix, text, ctx.referents)


def choice(ix: ArticleIndex, q: Query) -> tuple[int, int] | None:
    """Where "A or B" stands in the question (two names, "or" between, past "the"s): the words
    from A's start to B's end; None when it has no such choice."""
    names = [nm for nm in q.names if nm.entity is not None]
    for a, b in zip(names, names[1:], strict=False):
        between = q.words[a.end : b.start]
        if (
            between
            and between[0] in ix.lang.alternatives
            and all(w in ix.lang.alternatives or w in ix.lang.the for w in between)
        ):
            start = a.start - 1 if a.start > 0 and q.words[a.start - 1] in ix.lang.the else a.start
            return start, b.end
    return None
