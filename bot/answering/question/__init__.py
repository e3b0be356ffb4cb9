"""Reading a question into a :class:`Query`, step by step:

1. normalise: the chat address, spellings and filler openings dropped; tokens (``words``);
2. typos of known words corrected (``words.correct_typos``);
3. the article's names linked (``names``), then people described by title (``descriptions``),
   then pronouns from the previous answer (``names.link_pronouns``); "accept X as president"
   read as recognising X (``words.recognized_as``); names the question leaves out ("besides X")
   set aside (``besides``);
4. a title no one in the article holds (``descriptions.missing_title``);
5. words the article never uses (``unknown``);
6. the symbols the intents' patterns match (``symbols``);
7. the content terms that weigh sentences (``terms``).
"""

from __future__ import annotations

import functools
import re
from dataclasses import replace

from ...text import fold
from ..index import ArticleIndex
from .besides import set_aside
from .descriptions import link_descriptions, missing_title
from .imperatives import imperative
from .insitu import (
    bare_topic_first,
    count_in_place,
    fronted,
    in_situ,
    uninverted,
    verb_final,
    what_last,
    which_last,
)
from .names import link_names, link_pronouns, link_rivals, referents
from .other_names import link_other_names
from .query import Named, Query, Referents, Term, Unknown
from .symbols import symbols_of
from .tags import as_question, is_statement, opening_length, tag_length
from .terms import content_terms, may_hold_phrases
from .unknown import unknown_words
from .words import SENTENCE_BREAK, correct_typos, normalise, recognized_as

__all__ = ["NO_ONE", "Named", "Query", "Referents", "Term", "Unknown", "read"]


NO_ONE = Referents()
NO_TIMES: frozenset[str] = frozenset()


def _phrase_sides(ix: ArticleIndex, words: list[str]) -> frozenset[int]:
    """The words of taking a side ("back") inside a phrase of another meaning ("coming back",
    "gone back"): not read as a side by the question's patterns."""
    lang = ix.lang
    if lang.phrase_re is None or (lang.support.isdisjoint(words) and lang.oppose.isdisjoint(words)):
        return frozenset()  # (most questions, quickly)
    if not may_hold_phrases(lang, words):
        return frozenset()
    sides = lang.support | lang.oppose
    padded = " " + " ".join(words) + " "
    out = set()
    for m in lang.phrase_re.finditer(padded):
        if lang.concept_phrases[m.group(1)] == "support":
            continue
        first = len(padded[: m.start()].split())
        out.update(first + j for j, w in enumerate(m.group(1).split()) if j and w in sides)
    return frozenset(out)


_HYPHENED = re.compile(r"\b([^\W\d_][\w']*)-([^\W\d_][\w']*)\b")


def _names_apart(ix: ArticleIndex, question: str) -> str:
    """ "Ardenia-Ostmark relations", "US-China talks": two names of the article joined by a
    hyphen are two names (not when the article writes the whole as one name)."""
    if "-" not in question:
        return question

    def apart(m: re.Match) -> str:
        a, b, whole = fold(m.group(1)), fold(m.group(2)), fold(m.group())
        if whole in ix.alias or a not in ix.alias or b not in ix.alias:
            return m.group()
        return f"{m.group(1)} {min(ix.lang.name_joiner)} {m.group(2)}"

    return _HYPHENED.sub(apart, question)


BESIDES_REACH = 6  # words of a "besides …," clause before the question


def _besides_a_kind(ix: ArticleIndex, text: str) -> str:
    """ "Besides leading the opposition, what post did X hold?": a "besides" clause with no word
    of a name the article knows, nor a kind of party, narrows nothing the article names — the
    question after its comma ("besides Chile, how many …?", "apart from countries, which
    organisation …?" keep theirs: what they name is left out of the answer)."""
    if "," not in text:
        return text  # (most questions)
    head, _, rest = text.partition(",")
    words = fold(head).split()
    if not rest.strip() or not 2 <= len(words) <= BESIDES_REACH:
        return text
    opens = ix.lang.lex.words.get("besides_words", frozenset())
    low = " ".join(words)
    if not any(low.startswith(w + " ") for w in opens):
        return text
    if any(w in ix.alias or w in ix.alias_starts or w.isdigit() for w in words[1:]):
        return text
    if any(w in ix.lang.party_nouns for w in words[1:]):
        return text  # "apart from countries, which organisation …?": a kind the answer leaves
    if any(w in ix.lang.else_words for w in fold(rest).split()):
        return text  # "apart from the program, what else …?": the clause is what "else" leaves
    return rest.strip()


INTRODUCTION_WORDS = 16  # at most this many words of sentences before the question


def _introduced(ix: ArticleIndex, question: str) -> tuple[str, Referents] | None:
    """ "My grandson mentioned a man called X. What did he do in January?": sentences before the
    question that name one person of the article, the question naming no one and pointing at
    them by a pronoun — the question, with the one named as whom its pronouns stand for."""
    if "." not in question and "!" not in question:
        return None  # (most questions: one sentence)
    parts = SENTENCE_BREAK.split(question.strip())
    if len(parts) < 2:
        return None
    before, last = " ".join(parts[:-1]), parts[-1]
    if "?" in before or len(before.split()) > INTRODUCTION_WORDS:
        return None
    lang = ix.lang
    asked = fold(last).split()
    if not lang.pronouns.intersection(w.strip("?!.,") for w in asked):
        return None
    told = read(ix, before)
    people = [e for e in told.entity_ids if ix.entity(e).kind == "person"]
    if len(people) != 1 or len(told.entity_ids) != 1 or read(ix, last).entity_ids:
        return None
    return last, Referents(people=(people[0],))


@functools.lru_cache(maxsize=64)
def _agency_re(agency: str) -> tuple[re.Pattern, re.Pattern]:
    """The agency's name anywhere (a quick search: most questions hold none), and the name with
    the words around it."""
    name = re.escape(agency)
    return re.compile(rf"(?i){name}"), re.compile(rf"(?i)\b(\w+)\s+{name}(['’]s)?\s+(\w+)")


AGENCY_QUESTION_WORDS = 5  # at least this many words in "this <agency> report …"


def _agency_as_article(ix: ArticleIndex, question: str) -> str:
    """ "In which month was this TASS report filed?", "which official does TASS cite?",
    "what's TASS's source for …?": the agency of the dateline (when the body does not name it)
    as the article — "this report", "does the article cite", "the article's source"; nowhere
    else ("was it given to TASS?" is not "to the article")."""
    dl = ix.article.dateline
    agency = dl.agency if dl is not None else None
    if not agency or fold(agency) in ix.alias:
        return question
    named, around = _agency_re(agency)
    m = around.search(question) if named.search(question) else None
    if m is None:
        return question  # (most questions)
    before, owner, after = fold(m.group(1)), m.group(2), fold(m.group(3))
    lang = ix.lang
    article = f"{min(lang.the)} {min(lang.article_words)}"
    if owner:  # "TASS's source": "the article's source"
        return f"{question[: m.end(1)]} {article}'s {question[m.start(3) :]}"
    if after in lang.article_words and (before in lang.the or before in lang.pointing_words):
        if len(question.split()) >= AGENCY_QUESTION_WORDS:  # ("and the TASS report?": a swap)
            return f"{question[: m.end(1)]} {question[m.start(3) :]}"  # "this report"
        return question
    if before in lang.aux and after not in lang.stop:  # "does TASS cite …": "does the article …"
        return f"{question[: m.end(1)]} {article} {question[m.start(3) :]}"
    return question


def read(ix: ArticleIndex, question: str, context: Referents | tuple[str, ...] = NO_ONE) -> Query:
    """The question as the kinds see it. ``context``: whom its pronouns may stand for (the
    previous answer's referents, or names)."""
    refs = context if isinstance(context, Referents) else referents(ix, tuple(context))
    question = _agency_as_article(ix, question)
    introduced = _introduced(ix, question)
    if introduced is not None:  # "I read about X. What did he say?": "he" is X
        return replace(read(ix, introduced[0], introduced[1]), raw=question)
    asked_text = _besides_a_kind(ix, _names_apart(ix, question))
    text, toks, opening = normalise(ix.lang, asked_text, ix.vocab)
    told = imperative(ix.lang, toks)
    if told is not None:  # "Name the official who …": "which official …"
        return replace(read(ix, told, refs), raw=question, opening=opening)
    tag, lead = tag_length(ix.lang, toks), opening_length(ix.lang, toks)
    if tag or lead:  # "X backed Y, didn't it?", "is it true that X backed Y?": "did X backed Y?"
        stated = read(ix, " ".join(t.text for t in toks[lead : len(toks) - tag]), refs)
        asked = as_question(ix.lang, list(stated.tokens), list(stated.names))
        return replace(read(ix, asked, refs), raw=question, opening=opening)
    asked = (
        uninverted(ix.lang, toks)
        or count_in_place(ix.lang, text, toks)
        or bare_topic_first(ix.lang, text, toks)  # "aus championships where r they held"
        or which_last(ix.lang, text, toks)  # "X works for which bank?"
        or verb_final(ix.lang, text, toks)  # "X himself president where declared?"
    )
    if asked is not None:  # "how often they are talking?": "how often are they talking"
        return replace(read(ix, asked, refs), raw=question, opening=opening)
    if in_situ(ix.lang, toks) or what_last(ix.lang, toks):  # "X cut ties with whom?":
        # "whom did X cut ties with?"; "X called it what?": "what did X call it?"
        stated = read(ix, " ".join(t.text for t in toks[:-1]), refs)
        person = bool(refs.people) or not refs  # "recognized who?" after an answer on a party
        asked = fronted(ix.lang, list(stated.tokens) + toks[-1:], list(stated.names), person)
        return replace(read(ix, asked, refs), raw=question, opening=opening)
    mixed = text != text.lower() and text != text.upper()  # neither all caps nor all lower
    words = correct_typos(ix, toks)
    names, taken = link_names(ix, toks, words, mixed)
    link_other_names(ix, words, taken, names)  # "the USA" of an article's "the United States"
    owner = bool(names) and toks[names[0].end - 1].possessive
    if is_statement(ix.lang, text, words, names, owner):  # "X says Y?": "did X say Y?"
        asked = as_question(ix.lang, toks, names)
        return replace(read(ix, asked, refs), raw=question, opening=opening)
    unled = link_descriptions(ix, words, taken, toks, names)
    link_pronouns(ix, words, taken, names, refs)
    link_rivals(ix, words, taken, names)  # "his rival": the other side's name
    recognized_as(ix, words, taken)
    names.sort(key=lambda nm: nm.start)
    names, besides, skip = set_aside(ix, words, taken, names)
    skip = skip | _phrase_sides(ix, words)
    missing = missing_title(ix, words, taken, toks, mixed, names)
    unknown = unknown_words(ix, toks, words, taken, mixed)
    terms, time_words = content_terms(ix, words, taken, names)
    return Query(
        raw=question,
        tokens=tuple(toks),
        words=tuple(words),
        names=tuple(names),
        unknown=tuple(unknown),
        symbols=symbols_of(toks, words, names, unknown, skip),
        terms=tuple(terms),
        time_words=frozenset(time_words) if time_words else NO_TIMES,
        missing_title=missing,
        entity_ids=tuple(dict.fromkeys(nm.entity for nm in names if nm.entity is not None)),
        opening=opening,
        besides=besides,
        unled=unled,
    )
