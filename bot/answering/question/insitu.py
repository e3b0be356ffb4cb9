"""Question words left in place after a preposition: "X cut ties with whom?", "met with
whom?" (a chat's fragment after an answer) are asked as "whom did X cut ties with?", "whom did he meet with?" — the
question word put first with the language's tag auxiliary, and a stand-in subject (a pronoun:
whom the previous answer was about) when the fragment opens on its verb."""

from __future__ import annotations

from ...text import NORM, Token
from ..language import Language
from .query import Named


def in_situ(lang: Language, toks: list[Token]) -> bool:
    """Does the question end on a preposition and a question word for a person ("… with
    whom?") after words of its own — a verb, not a source ("according to whom?") — that no
    question word or auxiliary opens?"""
    if len(toks) < 2 or toks[-1].norm not in lang.person_question_words:
        return False
    objects = lang.lex.words.get("object_question_words", frozenset())
    if toks[-2].norm not in lang.stranded_prepositions:
        # "says who?", "X thanked whom?": read as they are; a fragment of a verb and "whom"
        # ("met whom?") is asked
        if len(toks) != 2 or toks[0].norm in lang.stop or toks[0].norm in lang.say:
            return False  # ("says who?": the source asked)
        # "met whom?", and "recognized who?" (a past form: "who" asked as its object)
        return toks[-1].norm in objects or lang.lex.rules.is_past(toks[0].norm)
    if len(toks) < 3:
        return False
    if toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return False
    sources = lang.lex.words.get("source_words", frozenset())
    return any(t.norm not in lang.stranded_prepositions | sources for t in toks[:-2])


THING_VERB_REACH = 4  # words from the start of "X called it what?" within which its verb stands


def what_last(lang: Language, toks: list[Token]) -> bool:
    """ "X called Y's move what?", "he declared himself what?": a statement closed by a
    question word for a thing, a past form (or a verb of saying) among its first words, no
    question word or auxiliary opening it — asked as "what did X call Y's move?"."""
    last = lang.lex.words.get("object_what_words", frozenset())
    if len(toks) < 3 or toks[-1].norm not in last:
        return False
    if toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return False
    pronouns = lang.lex.writing.get("subject_pronouns", frozenset())
    if toks[0].norm in pronouns and toks[1].norm not in lang.stop:
        return True  # a learner's "he declare himself what?": the verb right after "he"
    past = lang.lex.writing.get("irregular_past", frozenset())
    return any(
        t.norm in lang.say or t.norm in past or lang.lex.rules.is_past(t.norm)
        for t in toks[1 : min(len(toks) - 1, THING_VERB_REACH + 1)]
    )


VERB_FINAL_REACH = 2  # words after the question word of a learner's verb-final question


def verb_final(lang: Language, text: str, toks: list[Token]) -> str | None:
    """ "X himself president where declared?", "Y to Z when went?": a learner's order — the
    subject and object first, then the question word, then only the verb in a past form —
    asked in the usual order ("where did X himself president declared"); None when it is none."""
    if len(toks) < 4 or toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return None
    if toks[0].norm in lang.stop or toks[0].norm in lang.imperatives:
        return None
    at = next((k for k, t in enumerate(toks) if t.norm in lang.question_words), None)
    if at is None or at < 2 or toks[at].norm in lang.aux or len(toks) - at - 1 > VERB_FINAL_REACH:
        return None
    if at == len(toks) - 1 or set(text[toks[0].start : toks[at].start]) & set(",;:-–—"):
        return None  # "X, where did he go": a topic set off (read as such elsewhere)
    past = lang.lex.writing.get("irregular_past", frozenset())
    rest = toks[at + 1 :]
    if any(t.norm in lang.stop or t.norm in lang.aux for t in rest):
        return None
    if not any(lang.lex.rules.is_past(t.norm) or t.norm in past for t in rest):
        return None
    words = [t.text for t in toks]
    return " ".join([words[at], min(lang.tag_auxiliary), *words[:at], *words[at + 1 :]])


WHICH_NOUN_REACH = 3  # words of the noun after "which" that close the question ("which bank")


def which_last(lang: Language, text: str, toks: list[Token]) -> str | None:
    """ "X works for which bank?", "Lording is with which bank?", "he thanked which country?":
    a statement closed by "which" and its noun right after a preposition or a verb, no question
    word, auxiliary or request opening it — asked with them first ("which bank did X works
    for", "which bank is Lording with"); None when it is none. ("the bank which X leads" is a
    clause: a noun stands before its "which".)"""
    which = lang.lex.words.get("which_last_words", frozenset())
    if len(toks) < 4 or not text.rstrip().endswith("?") or toks[0].norm in lang.question_words:
        return None
    if toks[0].norm in lang.aux or toks[0].norm in lang.stop or toks[0].norm in lang.imperatives:
        return None
    at = next((k for k in range(2, len(toks) - 1) if toks[k].norm in which), None)
    if at is None or len(toks) - at - 1 > WHICH_NOUN_REACH:
        return None
    if any(t.norm in lang.stop or t.norm in lang.aux or t.possessive for t in toks[at + 1 :]):
        return None  # "X is which country's leader?": a possessive asks on
    before = toks[at - 1].norm
    if before in lang.of_words:
        return None  # "X is the capital of which country?": a noun's "of", not a verb's
    verb = before in lang.say or before in lang.aux or lang.lex.rules.is_past(before)
    if not verb and before not in lang.stranded_prepositions:
        return None
    words = [t.text for t in toks]
    aux = next((k for k in range(1, at) if toks[k].norm in lang.aux), None)
    if aux is not None:  # "X is with which bank": "which bank is X with"
        return " ".join([*words[at:], words[aux], *words[:aux], *words[aux + 1 : at]])
    return " ".join([*words[at:], min(lang.tag_auxiliary), *words[:at]])


def fronted(lang: Language, toks: list[Token], names: list[Named], person: bool = True) -> str:
    """The question with its question word first: "whom did X cut ties with?"; a stand-in
    subject before the verb when no name opens the rest ("whom did he meet with?"; "they"
    when the previous answer was about no person: "recognized who?" after "what did the OAS
    do?")."""
    texts = [t.text for t in toks[:-1]]
    stand_in = lang.lex.words.get("stand_in_subject" if person else "stand_in_subject_thing", ())
    subject = [] if names and names[0].start == 0 else sorted(stand_in)[:1]
    return " ".join([toks[-1].text, min(lang.tag_auxiliary), *subject, *texts]) + "?"


def count_in_place(lang: Language, text: str, toks: list[Token]) -> str | None:
    """ "X gonna take how many asylum seekers in total?": a statement with "how many" and its
    noun inside it, no question word, auxiliary or "apart from" opening it — asked with them
    first ("how many asylum seekers X gonna take in total"); None when it is none. (A closing
    "how many" is a pattern of its own; "Leaving X aside, how many …" opens a question.)"""
    if len(toks) < 4 or toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return None
    besides = {p.split()[0] for p in lang.lex.words.get("besides_words", ())}
    if toks[0].norm in lang.stop or toks[0].norm in lang.imperatives or toks[0].norm in besides:
        return None
    words = list(map(NORM, toks))
    for phrase in lang.lex.words.get("count_many", ()):
        asked = phrase.split()
        n = len(asked)
        at = next((k for k in range(1, len(words) - n) if words[k : k + n] == asked), None)
        if at is None or "," in text[toks[at - 1].end : toks[at].start]:
            continue
        end = at + n
        while end < len(words) and words[end] not in lang.stop and words[end] not in lang.aux:
            end += 1  # the noun counted: "asylum seekers", up to "in total"
        if end == at + n:
            return None  # "X took how many of them?": no noun of its own
        texts = [t.text for t in toks]
        return " ".join([*texts[at:end], *texts[:at], *texts[end:]])
    return None


UNINVERTED_REACH = 3  # words of the question phrase before the subject ("how often", "which city")


def uninverted(lang: Language, toks: list[Token]) -> str | None:
    """ "how often they are talking?", "where he was born?": a question word, then a subject
    pronoun before its auxiliary (as a learner or a quick typist writes it) — the question with
    the auxiliary put before the subject ("how often are they talking"); None when it is none."""
    if len(toks) < 4 or toks[0].norm not in lang.question_words or toks[0].norm in lang.aux:
        return None
    subjects = lang.lex.writing.get("subject_pronouns", frozenset())
    for p in range(1, min(len(toks) - 1, UNINVERTED_REACH + 1)):
        if toks[p].norm in lang.aux:
            return None  # inverted already ("how often do they …")
        if toks[p].norm in subjects and toks[p + 1].norm in lang.aux and p + 2 < len(toks):
            words = [t.text for t in toks]
            return " ".join([*words[:p], words[p + 1], words[p], *words[p + 2 :]])
    return None


TOPIC_REACH = 4  # words of a topic put before the question ("aus championships where r they …")


def bare_topic_first(lang: Language, text: str, toks: list[Token]) -> str | None:
    """ "X's trial, when was it?", "aus championships where r they held", "Ivo Rekk what he say
    bout fares": a topic first, then a question whose subject pronoun stands for it — asked with
    the topic in the pronoun's place ("where are aus championships held", "what did Ivo Rekk
    say bout fares"; "who is Ivo Rekk" of "This Ivo Rekk, who he is?"); None when it is none."""
    if len(toks) < 4 or toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return None
    demonstratives = lang.lex.writing.get("demonstratives", frozenset())
    start = 1 if toks[0].norm in demonstratives else 0
    if toks[start].norm in lang.stop or toks[start].norm in lang.imperatives:
        return None
    subjects = lang.lex.writing.get("subject_pronouns", frozenset())
    wh = next(
        (
            k
            for k in range(start + 1, min(len(toks), start + TOPIC_REACH + 1))
            if toks[k].norm in lang.question_words and toks[k].norm not in lang.aux
        ),
        None,
    )
    if wh is None or set(text[toks[wh - 1].end : toks[wh].start]) & set("-–—"):
        return None  # "X - where did he go?": a topic set off by a dash is read as such
    if any(t.norm in lang.stop or t.norm in lang.aux for t in toks[start:wh]):
        return None  # "Ivo says what …", "the rise in fares, how …": not a bare topic
    p = next((j for j in range(wh + 1, min(len(toks), wh + 4)) if toks[j].norm in subjects), None)
    if p is None or p + 1 >= len(toks):
        return None
    words = [t.text for t in toks]
    topic, asked, rest = words[start:wh], words[wh:p], words[p + 1 :]
    if any(t.norm in lang.aux for t in toks[wh + 1 : p]):
        return " ".join([*asked, *topic, *rest])  # "where are they held": inverted already
    if toks[p + 1].norm in lang.aux:
        return " ".join([*asked, rest[0], *topic, *rest[1:]])  # "who he is": "who is X"
    return " ".join([*asked, min(lang.tag_auxiliary), *topic, *rest])  # "what did X say"
