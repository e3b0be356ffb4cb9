"""Stage 2 — article → facts: people and names with roles and aliases, quotations with speakers,
times and places per sentence, and stances (who supported, recognized or opposed whom).

Everything is extracted from the article's text with the generic vocabulary of the lexicon; no
knowledge of any particular article lives here. Every fact remembers its sentence.

    facts = extract(article, lexicon)      # -> Facts
    print(to_yaml(article, facts))         # what ``article-bot facts`` prints
"""

from .extract import extract
from .model import (
    Entity,
    Facts,
    Mention,
    Party,
    Place,
    Quote,
    SentenceFacts,
    Stance,
    TimeExpr,
)
from .review import to_yaml

__all__ = [
    "Entity",
    "Facts",
    "Mention",
    "Party",
    "Place",
    "Quote",
    "SentenceFacts",
    "Stance",
    "TimeExpr",
    "extract",
    "to_yaml",
]
