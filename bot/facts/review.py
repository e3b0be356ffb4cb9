"""The facts as YAML for an editor to review (``article-bot facts``): the article's parts, the
people and names, the quotations, the events (sentences with a time or a place), the stances, the
amounts, and the actions (who did what to whom)."""

from __future__ import annotations

import yaml

from ..article import Article
from .model import Facts


def to_yaml(article: Article, facts: Facts) -> str:
    """The facts as YAML, for an editor to review (``article-bot facts``)."""
    doc = {
        "article": _article(article),
        "people": [
            {
                "name": e.name,
                "honorific": e.honorific,
                "role": e.role,
                "description": e.description,
                "age": e.age,
                "aliases": sorted(e.aliases),
                "mentions": e.mentions,
            }
            for e in facts.entities
            if e.kind == "person"
        ],
        "names": [
            {"name": e.name, "aliases": sorted(e.aliases)}
            for e in facts.entities
            if e.kind != "person"
        ],
        "quotes": _quotes(article, facts),
        "events": _events(facts),
        "stances": _stances(article, facts),
        "amounts": _amounts(facts),
        "actions": _actions(facts),
    }
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def _name(facts: Facts, eid: int | None) -> str | None:
    e = facts.entity(eid)
    return e.name if e else None


def _article(article: Article) -> dict:
    d = article.dateline
    return {
        "source": article.source,
        "headline": article.headline,
        "subheadline": article.subheadline,
        "caption": article.caption,
        "credit": article.credit,
        "dateline": None
        if not d
        else {"text": d.text, "place": d.place, "date": d.date, "agency": d.agency},
        "paragraphs": len(article.paragraphs),
        "sentences": len(article.sentences),
    }


def _quotes(article: Article, facts: Facts) -> list[dict]:
    """Every sentence's quotation, with its speaker's name (or the words for an unnamed one)."""
    return [
        {
            "speaker": _name(facts, q.speaker) or q.speaker_text,
            "named": q.speaker is not None,
            "verb": q.verb,
            "direct": q.direct,
            "said": q.content,
            "sentence": article.sentences[q.sentence].text,
        }
        for q in (f.quote for f in facts.sentences)
        if q is not None
    ]


def _events(facts: Facts) -> list[dict]:
    """The body's sentences with a time or a place: when, where, who."""
    out = []
    for f in facts.sentences:
        if f.sentence.kind != "body" or not (f.times or f.places):
            continue
        who = {
            _name(facts, m.entity) for m in f.mentions if facts.entities[m.entity].kind == "person"
        }
        out.append(
            {
                "when": [t.text for t in f.times] or None,
                "where": [p.phrase for p in f.places] or None,
                "who": sorted(who) or None,
                "sentence": f.sentence.text,
            }
        )
    return out


def _stances(article: Article, facts: Facts) -> list[dict]:
    return [
        {
            "stance": st.kind,
            "verb": st.verb,
            "target": _name(facts, st.target) or st.target_text,
            "head": st.head,
            "parties": [p.name for p in st.parties],
            "excluded": list(st.excluded) or None,
            "sentence": article.sentences[st.sentence].text,
        }
        for st in facts.stances
    ]


def _number(x: float | None) -> int | float | None:
    return int(x) if x is not None and x == int(x) else x


def _amounts(facts: Facts) -> list[dict]:
    """Every number with what it counts: the words, kind, value (and top of a range), unit,
    the noun counted, and the sentence's number."""
    return [
        {
            "amount": a.text,
            "kind": a.kind,
            "value": _number(a.value),
            "high": _number(a.high),
            "unit": a.unit,
            "noun": a.noun,
            "sentence": a.sentence,
        }
        for a in facts.amounts
    ]


def _actions(facts: Facts) -> list[dict]:
    """Every event: who did what to whom, what turns it (not / refused / failed / postponed /
    cancelled), who reports it, and the sentence's number."""
    out = []
    for ev in facts.events:
        turn = [x for x in ("not" if ev.negated else None, ev.mode) if x]
        out.append(
            {
                "who": _name(facts, ev.agent) or ev.agent_text,
                "did": ev.verb,
                "to": _name(facts, ev.patient) or ev.patient_text,
                "passive": ev.passive,
                "turned": " ".join(turn) or None,
                "reported_by": _name(facts, ev.reported_by),
                "sentence": ev.sentence,
            }
        )
    return out
