"""A plural pronoun that stands for a noun of the question before, not for a name: "who cut
them?" after "why did talks with X fail?" — the talks, not the names the answer gave.

Read only when the previous answer gave no list and was about fewer than two people (then "they"
would be those): the question is read again with the noun phrase in the pronoun's place ("who cut
the talks?")."""

from __future__ import annotations

from .context import About
from .index import ArticleIndex
from .question import Query, read

# the kinds whose answer is no new thing a "they" may stand for (a reason, a time, a place, a yes):
# after them the question's own noun is still what is talked about (after "who arrived first?"
# — "the soldiers" — "they" are the answer's)
KEPT_TOPIC = frozenset({"why", "when", "where", "how_long", "confirm"})
MIN_NOUN = 4  # letters of a plural noun at least ("rows")


def they_the_noun(ix: ArticleIndex, q: Query, ctx: About) -> Query | None:
    """The question with its plural pronoun replaced by the plural noun of the previous
    question ("them" → "the talks"); None when there is no such pronoun or noun, or the
    pronoun may stand for names (a list, two people)."""
    lang, refs = ix.lang, ctx.referents
    if refs.members or len(refs.people) >= 2 or ctx.intent not in KEPT_TOPIC:
        return None
    group = lang.lex.words.get("group_pronouns", frozenset())
    at = next((k for k, w in enumerate(q.words) if w in group), None)
    if at is None:
        return None
    noun = _plural_noun(ix, ctx.query)
    if noun is None or noun in q.words:
        return None  # ("how many talks did they cut?": the question says the noun itself)
    words = [min(lang.the), noun]
    if q.words[at] in lang.lex.words.get("group_possessives", frozenset()):
        words[-1] += "'"  # "their" → "the talks'"
    return read(ix, " ".join((*q.words[:at], *words, *q.words[at + 1 :])))


def _plural_noun(ix: ArticleIndex, before: Query) -> str | None:
    """The one plural common noun of a question, in a noun's place (after an article, a
    preposition or an auxiliary: "why did talks with X fail?"); None when it has none, or
    several. (Its head only: the words before it may be a name's, "the tank incursions".)"""
    lang = ix.lang
    rules, w = lang.lex.rules, before.words
    units = lang.lex.words.get("duration_units", frozenset()) | lang.lex.words.get(
        "amount_units", frozenset()
    )
    found = []
    for t in before.terms:
        k = t.index
        if k <= 0 or t.weight < 1.0 or k >= len(w):
            continue
        noun = w[k]
        if (
            len(noun) < MIN_NOUN
            or not rules.is_plural(noun)
            or noun.endswith(("ss", "us", "is"))
            or noun in units
            or noun in lang.stop
            or noun in before.time_words
        ):
            continue
        prev = w[k - 1]  # a noun's place: after "the", "with", "did" — not "what", "he"
        if prev in lang.pronouns or (prev in lang.question_words and prev not in lang.aux):
            continue  # "what *happens* …": a verb
        if prev in lang.stop or prev in lang.aux:
            found.append(noun)
    return found[0] if len(found) == 1 else None
