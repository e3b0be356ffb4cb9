"""Stage 2 — article → facts: people and names with roles and aliases, quotations with speakers,
times and places per sentence, and stances (who supported, recognized or opposed whom).

Everything is extracted from the article's text with the generic vocabulary of the lexicon; no
knowledge of any particular article lives here. Every fact remembers its sentence.

    facts = extract(article, lexicon)      # -> Facts
    print(to_yaml(article, facts))         # what ``article-bot facts`` prints

The modules, in the order extraction uses them:

* ``model`` — the frozen results (Entity, Mention, Quote, TimeExpr, Place, Party, Stance,
  SentenceFacts, Facts); ``entities`` — the mutable drafts while reading, and the alias index;
* ``words`` — the language's word sets and regexes (from ``intents/<lang>/``), once per lexicon;
  ``reading`` — the article's tokens and capitalisation; ``names`` — capitalised runs, aliases;
* ``people`` (passes 1–2) with ``roles`` — who is a person, titles, appositives, and the one
  resolver of "the <adjective> <title>";
* ``mentions`` (pass 3) with ``quotes`` and ``ages`` — names, descriptions, pronouns and
  quotations with their speakers, in reading order;
* ``stances`` (pass 4) with ``parties`` and ``issues`` — one function per recogniser;
  ``times``, ``places`` — per sentence;
* ``extract`` runs the passes; ``review`` writes the YAML for an editor.
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
