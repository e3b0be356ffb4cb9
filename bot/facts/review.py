"""The facts as YAML for an editor to review (``article-bot facts``)."""

from __future__ import annotations

import yaml

from ..article import Article
from .model import Facts


def to_yaml(article: Article, facts: Facts) -> str:
    """The facts as YAML, for an editor to review (``article-bot facts``)."""

    def sent(i):
        return article.sentences[i].text

    def name(eid):
        e = facts.entity(eid)
        return e.name if e else None

    doc = {
        "article": {
            "source": article.source,
            "headline": article.headline,
            "subheadline": article.subheadline,
            "caption": article.caption,
            "credit": article.credit,
            "dateline": None
            if not article.dateline
            else {
                "text": article.dateline.text,
                "place": article.dateline.place,
                "date": article.dateline.date,
                "agency": article.dateline.agency,
            },
            "paragraphs": len(article.paragraphs),
            "sentences": len(article.sentences),
        },
        "people": [
            {
                "name": e.name,
                "role": e.role,
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
        "quotes": [
            {
                "speaker": name(q.speaker),
                "verb": q.verb,
                "direct": q.direct,
                "said": q.content,
                "sentence": sent(q.sentence),
            }
            for q in facts.quotes
        ],
        "events": [
            {
                "when": [t.text for t in f.times] or None,
                "where": [p.phrase for p in f.places] or None,
                "who": sorted(
                    {
                        name(m.entity)
                        for m in f.mentions
                        if facts.entities[m.entity].kind == "person"
                    }
                )
                or None,
                "sentence": f.sentence.text,
            }
            for f in facts.sentences
            if f.sentence.kind == "body" and (f.times or f.places)
        ],
        "stances": [
            {
                "stance": st.kind,
                "verb": st.verb,
                "target": name(st.target) or st.target_text,
                "head": st.head,
                "parties": [p.name for p in st.parties],
                "excluded": list(st.excluded) or None,
                "sentence": sent(st.sentence),
            }
            for st in facts.stances
        ],
    }
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
