"""The article described in one line, and the questions it can answer (suggested after a
decline), made once from its own facts."""

from __future__ import annotations

from ..replies import Field, Message
from .answers import say
from .index import ArticleIndex

UNTITLED, UNNAMED = "article.untitled", "article.unnamed"


def describe(ix: ArticleIndex, untitled: str = UNNAMED, lead: bool = True) -> Field:
    """The headline (else, with ``lead``, the lead sentence; else ``untitled``) and the dateline."""
    a = ix.article
    title: Field = a.headline or (a.lead.text if lead and a.lead else say(untitled))
    if ix.dateline:
        return say("article.describe", title=title, dateline=ix.dateline)
    return title


_SIDES = {k: f"example.sides.{k}" for k in ("recognize", "oppose", "abstain")}  # else support


def examples(ix: ArticleIndex) -> list[Message]:
    """Questions this article can answer, made from its own facts, best first."""
    facts = ix.facts
    out = []
    people = sorted((e for e in facts.entities if e.kind == "person"), key=lambda e: -e.mentions)
    quoted = [p for p in people if ix.quotes_by.get(p.id)]
    if quoted:
        out.append(say("example.quote", name=quoted[0].short))
    for st in facts.stances[:1]:
        key = _SIDES.get(st.kind, "example.sides.support")
        if st.target is not None:
            out.append(say(key, target=facts.entities[st.target].short))
        elif st.target_text:
            out.append(say(key, target=st.target_text[:1].lower() + st.target_text[1:]))
    roled = [p for p in people if p.role and p not in quoted[:1]]
    if roled:
        out.append(say("example.whois", name=roled[0].short))
    if ix.article.headline or ix.article.lead:
        out.append(say("example.about"))
    return out
