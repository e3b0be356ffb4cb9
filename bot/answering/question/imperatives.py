"""Questions asked by telling: an opening verb of the language's ``imperatives`` ("Name the
official who went to X.", "List the countries that backed Y.", "Give the date of the rally.",
"Confirm X's official title.") reads as the question it stands for — "which official went to
X", "which countries backed Y", "what is the date of the rally", "what is X's official title";
before a question of its own ("Confirm: did X back Y?") the verb is only dropped."""

from __future__ import annotations

from ...text import Token
from ..language import Language
from .tags import opening_length
from .words import first_words

RELATIVE_REACH = 6  # words of the noun phrase before "who"/"that" ("the two Ardenian officials")


def imperative(lang: Language, toks: list[Token]) -> str | None:
    """The question an opening imperative stands for, as text; None when it opens none."""
    if len(toks) < 3:
        return None
    opener = toks[0].norm
    told = opener in lang.imperatives
    if told:
        k = 2 if toks[1].norm in lang.imperative_objects else 1  # "give me the date"
    elif opener in first_words(lang.imperative_what):  # "what's the name of …"
        k = 2 if toks[1].norm in lang.aux else 1
    elif opener in lang.the or opener in _naming_starts(lang):
        k = 0  # "the name of the official who …?": asked by naming it alone
    else:
        return None  # (most questions)
    named = _naming(lang, toks[k:])
    if not told and not named:
        return None
    rest = toks[k + named :]
    if len(rest) < 2:
        return None
    if named and not any(t.norm in lang.titles for t in rest[:RELATIVE_REACH]):
        # "the name of the man who was rescued": a name asked of no one with a title — as
        # asked (an answer must name him; "which man …" would quote a sentence that does not)
        return _text(toks[:k] + rest) if told else None
    if named and not any(t.norm in lang.imperative_relatives for t in rest[:RELATIVE_REACH]):
        return f"{min(lang.imperative_who)} {_text(rest)}"  # "the name of the minister"
    first = rest[0]
    if first.norm in lang.aux or first.norm in lang.question_words or opening_length(lang, rest):
        return _text(rest)  # "confirm: did X …?", "state whether …"
    if not (first.norm in lang.determiners or first.norm in lang.number_words or _named(first)):
        return None  # "name change?": no noun phrase after the verb
    adverbs = lang.lex.words.get("imperative_adverbs", frozenset())
    for r in range(1, min(len(rest) - 1, RELATIVE_REACH + 1)):
        if rest[r].norm in adverbs and rest[r - 1].norm not in lang.stop:
            return _text(rest[r:])  # "the capital where X did Y": where X did Y
        if rest[r].norm in lang.imperative_relatives:
            if rest[r - 1].norm in lang.stop:
                break  # "the month in which …": no noun right before it
            # "the two guides who …": which guides (the names answer how many)
            noun = [t for t in rest[:r] if t.norm not in lang.the and not _counted(lang, t)]
            return f"{min(lang.imperative_which)} {_text(noun)} {_text(rest[r + 1 :])}"
    if first.norm in lang.a:
        return None  # "give me a summary": no one thing asked for
    head = _head(lang, rest)
    are = lang.lex.words.get("imperative_plural", frozenset())
    if are and len(head) < len(rest) and lang.lex.rules.is_plural(head[-1].norm):
        # "Name the countries on X's side": which countries are on X's side
        noun = [t for t in head if t.norm not in lang.the and not _counted(lang, t)]
        return f"{min(lang.imperative_which)} {_text(noun)} {min(are)} {_text(rest[len(head) :])}"
    if any(t.norm in lang.titles for t in head):  # "Name the opposition leader"
        return f"{min(lang.imperative_who)} {_text(rest)}"
    return f"{min(lang.imperative_what)} {_text(rest)}"


def _naming(lang: Language, toks: list[Token]) -> int:
    """How many words open the phrase with a name asked for by its noun ("the full name and
    title of …"); 0 when it does not."""
    asked = lang.lex.words.get("naming_asked", frozenset())
    k = 1 if toks and toks[0].norm in lang.the else 0
    if len(toks) <= k or toks[k].norm not in first_words(asked):
        return 0  # (most questions)
    for end in range(min(len(toks) - 1, k + 6), k + 1, -1):
        if " ".join(t.norm for t in toks[k:end]) in asked:
            return end
    return 0


def _naming_starts(lang: Language) -> frozenset[str]:
    return first_words(lang.lex.words.get("naming_asked", frozenset()))


def _head(lang: Language, phrase: list[Token]) -> list[Token]:
    """The noun phrase's words up to its first function word ("the month" of "the month in
    which the minister …")."""
    end = next((k for k, t in enumerate(phrase) if k and t.norm in lang.stop), len(phrase))
    return phrase[:end]


def _counted(lang: Language, t: Token) -> bool:
    return t.norm in lang.number_words or t.norm.isdigit()


def _named(t: Token) -> bool:
    return t.text[:1].isupper()


def _text(toks: list[Token]) -> str:
    return " ".join(t.text for t in toks)
