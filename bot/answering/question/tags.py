"""Tag questions: a statement made a yes/no by its closing tag ("X backed Y, didn't it?", "X went
to Z in July, right?", "X is the minister, isn't he?") is asked as the question it stands for —
the tag dropped, the auxiliary after its subject put first ("is X the minister") or the
language's tag auxiliary before it ("did X go to Z in July")."""

from __future__ import annotations

from ...text import Token
from ..language import Language
from .query import Named

SUBJECT_REACH = 5  # words an auxiliary may stand after the statement's start and be its own


def tag_length(lang: Language, toks: list[Token]) -> int:
    """How many closing words are a tag making a statement a question (0: none). Not after "or"
    ("… or no?" is a choice), not when little is left, not after a question that is one
    already (opened by an auxiliary or a question word: "is it true?")."""
    ends = lang.tag_phrases.get(toks[-1].norm) if len(toks) > 2 else None
    if not ends:
        return 0
    norms = tuple(t.norm for t in toks)
    tag = next((c for c in ends if norms[-len(c) :] == c), None)
    if tag is None or len(toks) - len(tag) < 2 or norms[-len(tag) - 1] in lang.alternatives:
        return 0
    if norms[0] in lang.aux or norms[0] in lang.question_words:
        return 0
    return len(tag)


def opening_length(lang: Language, toks: list[Token]) -> int:
    """How many opening words ("is it true that", "i heard") make the statement after them a
    yes/no question (0: none, or nothing left after them)."""
    openers = lang.tag_openers.get(toks[0].norm) if toks else None
    if not openers:
        return 0  # (most questions: no such opening)
    norms = tuple(t.norm for t in toks[:8])
    for opener in openers:
        if norms[: len(opener)] == opener and len(toks) - len(opener) >= 2:
            return len(opener)
    return 0


def is_statement(
    lang: Language, raw: str, words: list[str], names: list[Named], possessive: bool
) -> bool:
    """Is the question a statement with a question mark ("X says Y is a leader?", "X backed
    Y?"): a name opening it and a verb right after the name (a verb of saying or of taking
    sides, or a past tense: "-ed" or irregular), no question word, no auxiliary first, the name no
    possessive ("X's words on Y?" is no statement)?"""
    if not raw.rstrip().endswith("?") or len(words) < 3 or words[0] in lang.aux:
        return False
    end = _subject_end(lang, words, names, possessive)
    if end is None or end >= len(words) - 1:
        return False
    if any(w in lang.question_words and w not in lang.aux for w in words):
        return False
    verb = words[end]
    if verb in lang.say or verb in lang.support or verb in lang.oppose:
        return True
    if _progressive(lang, verb) and len(words) - end >= 3 and names and names[-1].end == len(words):
        return True  # "X in touch with Y?": "is X in touch with Y?"
    if _gerund_statement(lang, words, names, end):
        return True  # "X asking Y for money?": "is X asking Y for money?"
    if _present_statement(lang, words, names, end):
        return True  # "X thanks also the Lunor people?": "did X thank the Lunor people?"
    if verb in lang.lex.writing.get("be_forms", frozenset()) and end + 1 < len(words):
        return True  # "X was on Y's side?": "was X on Y's side?"
    if verb in lang.aux and names and end + 1 < len(words):
        return True  # "X and Y have met?": "have X and Y met?"
    if verb in lang.lex.writing.get("irregular_past", frozenset()):
        return True  # "X went to Y?"
    if verb in lang.lex.words.get("bare_past_verbs", frozenset()):
        return True  # "X cut ties with Y?"
    return verb.endswith("ed") and verb not in lang.not_topics and len(verb) > 3


def _gerund_statement(lang: Language, words: list[str], names: list[Named], end: int) -> bool:
    """Does a name's statement go on with a known verb's "-ing" form and its object ("X asking the
    government for money?", "X meeting Y?"): a statement asked with "is"? (Not "X bombing
    victims?": a noun, not an object, after it.)"""
    verb = words[end]
    if not names or names[0].start != 0 or not lang.lex.rules.is_gerund(verb) or verb in lang.stop:
        return False
    if verb not in lang.known and lang.lex.rules.stem(verb) not in lang.known:
        return False  # a typo ("visting"): the statement, asked, would meet nothing
    return _object_follows(lang, words, names, end + 1)


def _present_statement(lang: Language, words: list[str], names: list[Named], end: int) -> bool:
    """Does the subject go on with a known verb's present "-s" form and its object right after
    it (past "also", "too"): "X thanks the Lunor people?", "he thanks also Y?" — a statement?
    (Not "X relations with Y?": a preposition, not an object, after the noun.)"""
    verb = words[end]
    rules = lang.lex.rules
    if verb.endswith("ed") or not rules.is_finite(verb) or verb in lang.stop:
        return False
    if verb not in lang.known and rules.stem(verb) not in lang.known:
        return False
    k = end + 1
    while k < len(words) and words[k] in lang.lex.words.get("same_side_words", frozenset()):
        k += 1
    if k >= len(words) or words[k] in lang.lex.words.get("object_prepositions", frozenset()):
        return False
    return _object_follows(lang, words, names, k)


def _object_follows(lang: Language, words: list[str], names: list[Named], k: int) -> bool:
    """Does an object open at word ``k``: a name, a determiner ("the", "his"), a preposition
    or an object pronoun?"""
    if k >= len(words):
        return False
    lex, after = lang.lex, words[k]
    return (
        any(nm.start == k for nm in names)
        or after in lex.words.get("determiners", frozenset())
        or after in lex.words.get("object_prepositions", frozenset())
        or after in lex.writing.get("person_object_pronouns", frozenset())
    )


def _subject_end(
    lang: Language, words: list[str], names: list[Named], possessive: bool = False
) -> int | None:
    """Where the statement's subject ends: a name opening it, or a subject pronoun ("he cut
    ties with them?"), or a noun phrase opened by an article or a name's possessive ("the
    interview aired on Monday?", "X's appointment got cancelled?") up to its verb; None when
    it opens with none of these (or the noun phrase reaches no verb: "X's words on Y?")."""
    opens = bool(names) and names[0].start == 0
    if opens and not possessive:
        return _joined_end(lang, words, names)
    if words[0] in lang.lex.writing.get("subject_pronouns", ()):
        return 1
    articles = lang.lex.writing.get("articles", frozenset())
    if opens or words[0] in articles:
        start = names[0].end if opens else 1
        named = {k for nm in names for k in range(nm.start, nm.end)}
        for k in range(start + 1, min(len(words) - 1, start + SUBJECT_REACH)):
            if words[k] in articles and words[k - 1] not in lang.of_words:
                return None  # "the day the interview was broadcast?": a clause, no statement
            if k not in named and _verb_like(lang, words[k]):
                return k
            if k not in named and _takes_sides(lang, words, names, k):
                return k  # "X's family backs his comeback?"
    return None


def _verb_like(lang: Language, w: str) -> bool:
    """Is the word a verb a noun phrase's statement goes on with: a form of "be", an
    auxiliary, a past form (not "calls": "X's words on the phone calls?" states nothing)?"""
    writing = lang.lex.writing
    if lang.lex.rules.is_gerund(w):
        return False  # "X's line about Y *being* a leader?": no verb of the statement
    return (
        w in lang.aux
        or w in writing.get("be_forms", frozenset())
        or w in writing.get("irregular_past", frozenset())
        or (w.endswith("ed") and w not in lang.not_topics and len(w) > 3)
    )


def _takes_sides(lang: Language, words: list[str], names: list[Named], k: int) -> bool:
    """Is word ``k`` a present verb of taking sides before its object ("backs his comeback",
    "opposes the plan")? (Not a noun: "X's phone calls?".)"""
    w = words[k]
    return (
        (w in lang.support or w in lang.oppose)
        and lang.lex.rules.is_finite(w)
        and _object_follows(lang, words, names, k + 1)
    )


def _joined_end(lang: Language, words: list[str], names: list[Named]) -> int:
    """Where the subject opening with the first name ends: after a second name joined to it
    ("X and Y have met?"), else after the first."""
    end = names[0].end
    if len(names) > 1 and end < len(words) and words[end] in lang.name_joiner:
        if names[1].start == end + 1:
            return names[1].end
    return end


def _progressive(lang: Language, w: str) -> bool:
    """Is the word after the subject a preposition ("X in touch with Y?"): a statement asked
    with "is"?"""
    return w in lang.lex.words.get("place_prepositions", frozenset())


def as_question(lang: Language, toks: list[Token], names: list[Named]) -> str:
    """The statement's words (``toks``, the tag dropped) asked as a yes/no: its auxiliary put
    before it when one stands right after its subject (a name at its start, or the words before
    the first auxiliary), else the language's tag auxiliary ("did") before it all."""
    texts = [t.text for t in toks]
    first = next((nm for nm in names if nm.start <= 1), None)
    if first is not None and not toks[first.end - 1].possessive:
        end = _joined_end(lang, [t.norm for t in toks], names) if first.start == 0 else first.end
        at = end if end < len(toks) and toks[end].norm in lang.aux else None
    else:  # (a noun phrase: "the interview was aired …", "X's appointment was cancelled")
        reach = range(1, min(len(toks), SUBJECT_REACH))
        at = next((k for k in reach if toks[k].norm in lang.aux), None)
    if at is not None:
        return " ".join([texts[at], *texts[:at], *texts[at + 1 :]]) + "?"
    end = first.end if first is not None else 1
    be = lang.lex.writing.get("be_forms", frozenset())
    if (
        end < len(toks)
        and be
        and (_progressive(lang, toks[end].norm) or lang.lex.rules.is_gerund(toks[end].norm))
    ):
        present = be & lang.present_auxiliaries
        aux = min(present or be, key=len)  # "is X in touch with Y?"
        return " ".join([aux, *texts]) + "?"
    return " ".join([min(lang.tag_auxiliary), *texts]) + "?"
