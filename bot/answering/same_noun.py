"""A follow-up that names another owner of the same noun: "and Lunorian growers?" after "what
did Varga say about Ardenian growers?" asks the same question with "Lunorian" in the place of
"Ardenian" — the noun after the name is the one the question before had right after its name."""

from __future__ import annotations

from .context import About
from .index import ArticleIndex
from .question import Query
from .rebuild import spans, splice


def noun_swapped(ix: ArticleIndex, q: Query, ctx: About) -> tuple[int, Query] | None:
    """(the word the new name went in at, the chain's question with it) when the follow-up is
    a name and then only the words that follow a name of the chain's question there, else
    None."""
    base = ctx.base
    if base is None or len(q.names) != 1 or q.unknown:
        return None
    new = q.names[0]
    rest = q.words[new.end :]
    if new.entity is None or new.start != 0 or not rest or new.entity in base.entity_ids:
        return None
    if any(w in ix.lang.question_words or w in ix.lang.aux for w in q.words):
        return None
    for at, e in spans(base).items():
        old = next((nm for nm in base.names if nm.start == at), None)
        if old is None or e is None or base.words[old.end : old.end + len(rest)] != rest:
            continue
        return at, splice(base, at, q, new)
    return None
