"""What a question wants for an answer: the name of one of a kind ("which *court* …", "what
*country* …", "what was the *pilot*'s name"), a person's ("which *minister* said …")."""

from __future__ import annotations

from .index import ArticleIndex
from .language import Language
from .question import Query, Term


def wanted_name(ix: ArticleIndex, q: Query) -> Term | None:
    """The noun a question asks the name of: "which *court* …", "which palace *official* …",
    "what *country* …", "what was the *pilot*'s name", "what is the name of the *channel*",
    "which *union*'s members …"."""
    lang = ix.lang
    if not q.words or q.words[0] not in lang.which_words:
        return None
    strong = [t for t in q.terms if t.index > 0 and t.word not in lang.naming_words]
    if any(w in lang.naming_words for w in q.words):
        return strong[0] if strong else None
    if len(q.words) < 2 or q.words[1] in lang.aux:
        return None
    # the noun right after the which-word, past a name or an adjective: the title or the kind
    # of thing of the words there ("which palace *official*"), else the first of them
    run = [t for t in strong if t.index <= 3]
    if not run or any(q.words[k] in lang.aux for k in range(1, run[0].index)):
        return None
    owner = next((t for t in run if (tok := q.token(t.index)) and tok.possessive), None)
    if owner is not None and owner.index == run[0].index:
        return owner  # "which union's members …": the union
    first = next((t for t in run if is_person(lang, t) or is_kind(lang, t)), run[0])
    # "which court", "what country"; but "what sentence did he get" asks for no name
    choice = q.words[0] in lang.choice_words
    return first if choice or (is_kind(lang, first) and first.index == 1) else None


def is_kind(lang: Language, noun: Term) -> bool:
    """ "country", "city", "party": a kind of thing that has a name."""
    return noun.word in lang.party_nouns or noun.word in lang.place_nouns


def is_person(lang: Language, noun: Term) -> bool:
    """Is the noun a person's (a title, or one of the words for people)? Never a noun of an
    organisation ("organisation" shares its stem with the title "organiser")."""
    if noun.word in lang.lex.classes.get("organisation_noun", ()):
        return False
    one = lang.lex.rules.singular(noun.word) if lang.lex.rules.is_plural(noun.word) else None
    return (
        noun.word in lang.titles
        or noun.stem in lang.title_stems
        or noun.word in lang.counted_people
        or one in lang.titles  # "which leaders …"
    )


def kind_unmet(ix: ArticleIndex, q: Query, info) -> bool:
    """ "What injury did X have?", "what illness did the boy suffer?": a noun asked of a verb that
    says nothing but that X had it (vocabulary ``have_verbs``) — the sentence must say which one:
    the noun (or a word of its concept) standing as a noun of its own, not only as the modifier of
    another ("after a long *injury* layoff" says no injury)."""
    lang = ix.lang
    w = q.words[: q.own_end]
    have = lang.lex.words.get("have_verbs", frozenset())
    if len(w) < 4 or w[0] not in lang.which_words or w[2] not in lang.aux or w[-1] not in have:
        return False
    noun = next((t for t in q.terms if t.index == 1), None)
    if noun is None or is_person(lang, noun) or is_kind(lang, noun):
        return False
    places = ix.word_places(info)
    at = [*places.stems.get(noun.stem, ()), *places.norms.get(noun.word, ())]
    if noun.concept is not None:
        at += places.concepts.get(noun.concept, ())
    toks = info.tokens
    return not any(
        k + 1 >= len(toks)
        or not toks[k + 1].norm.isalpha()
        or toks[k + 1].norm in lang.stop
        or toks[k + 1].text[:1].isupper()
        or info.sentence.text[toks[k].end : toks[k + 1].start] != " "
        for k in at
    )
