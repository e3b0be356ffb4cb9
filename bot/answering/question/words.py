"""A question's text → its tokens: cut to size, the chat address dropped (``@bot``, ``/ask``,
first or last),
chat spellings expanded ("whos" → "who is"), filler openings dropped ("lol ok tell me …"), and
typos of known words corrected ("wht" → "what")."""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

from rapidfuzz.fuzz import ratio

from ...text import NORM, Token, fold, stem, tokenize
from ..index import ArticleIndex
from ..language import FOLLOW, REPAIR, SWITCH, Language
from .tags import opening_length

MAX_QUESTION_CHARS = 400
MAX_QUESTION_WORDS = 60
_LEADING_ADDRESS = re.compile(r"^\s*(?:[@/][^\s,:]+[\s,:]*)+")
_TRAILING_ADDRESS = re.compile(
    r"(?:[\s,]+@\w+)+\s*([?!.]*)\s*$"
)  # "… or not? @bot", "…, right @bot?"
_WORD_RUN = re.compile(r"\w+")
_PREFIXED = re.compile(r"\w+(?:-\w+)+")  # "anti-X", "pro-X-Y"


def normalise(
    lang: Language, question: str, whole: Collection[str] = ()
) -> tuple[str, list[Token], str]:
    """The question's text as read (address dropped, spellings expanded), its tokens, and what
    its dropped opening says (``language.FOLLOW``, ``REPAIR``, ``SWITCH`` or ""). ``whole``:
    the words the article writes with a prefix ("anti-X"), kept whole."""
    text = question[:MAX_QUESTION_CHARS]
    if text.lstrip()[:1] in ("@", "/"):
        text = _LEADING_ADDRESS.sub("", text)
    if "@" in text:
        text = _TRAILING_ADDRESS.sub(r"\1", text)
    if _RARE.search(text) is not None:  # (most questions: one sentence, no "+" or blank)
        text = _rarely(lang, text)
    text = _unconditioned(lang, text)
    if "," in text:
        text = _without_role_aside(lang, text)  # "did X, as a member of Y, back Z?"
    if " who " in text or " Who " in text:  # "Varga who support?": "who support Varga?"
        text = _who_after_name(lang, text)
    if ":" in text or "—" in text or "–" in text or " - " in text:
        text = _choice_first(lang, text)  # "A or B — which one backed X?"
    if "," in text:
        text = _quoted_first(lang, text)  # "when it says X, …?": "X - …?"
    text = _after_label(lang, text)
    text = _embedded_asked(lang, text)
    text = _asked_last(lang, text)
    # chat spellings: "whos" → "who is", "wat" → "what" (the regex only where one may be: the
    # spellings are whole words, so one is there only if a run of word characters is one)
    if lang.spelling_re is not None and not lang.spelling.keys().isdisjoint(
        _WORD_RUN.findall(text.lower())
    ):
        text = lang.spelling_re.sub(lambda m: lang.spelling[m.group().lower()], text)
    if lang.prefix_re is not None and "-" in text:
        text = _prefixes_apart(lang, text, whole)  # "pro-X": "pro X"
    toks, opening = strip_openings(lang, tokenize(text)[:MAX_QUESTION_WORDS])
    return text, _vote_sides(lang, _asked_plainly(lang, toks)), opening


@functools.cache
def _pairs(pairs: frozenset[str]) -> dict[str, str]:
    """ "yes for" pairs as a map: the first word read as the second."""
    return dict(p.split(None, 1) for p in pairs if " " in p)


@functools.cache
def _vote_stems(phrases: frozenset[str]) -> frozenset[str]:
    """The stems of the verbs of voting (the first words of ``vote_for``: "vote for")."""
    return frozenset(stem(p.split()[0]) for p in phrases if p.split())


def _vote_sides(lang: Language, toks: list[Token]) -> list[Token]:
    """ "who voted no?", "did X vote yes?": the side of the vote as the article writes it
    ("voted against", "voted for"; the language's ``vote_answers``)."""
    answers = _pairs(lang.lex.words.get("vote_answers", frozenset()))
    if not answers or answers.keys().isdisjoint(map(NORM, toks)):
        return toks  # (most questions)
    out = list(toks)
    voting = _vote_stems(lang.lex.words.get("vote_for", frozenset()))
    for k in range(1, len(out)):
        side = answers.get(out[k].norm)
        if side is not None and out[k - 1].stem in voting:
            out[k] = out[k]._replace(text=side, norm=side, stem=stem(side))
    return out


_CHOICE_AFTER = re.compile(r"^(.+?)\s+(\w+)\s*\?+\s+([^?]+?)\s*\?*\s*$")
CHOICE_WORDS = 8  # at most this many words in the choice after the question


def _choice_after(lang: Language, text: str) -> str:
    """ "Sova support who? Varga or Kessel?": a question word closing a statement, then the
    choice it asks for — the choice in the question word's place ("Sova support Varga or
    Kessel?", a yes/no of two)."""
    if text.count("?") < 2:
        return text  # (most questions)
    m = _CHOICE_AFTER.match(text.strip())
    if m is None or fold(m.group(2)) not in lang.question_words or fold(m.group(2)) in lang.aux:
        return text
    options = fold(m.group(3)).split()
    if len(options) > CHOICE_WORDS or lang.alternatives.isdisjoint(options[1:-1]):
        return text
    if any(w in lang.question_words for w in fold(m.group(1)).split()):
        return text  # "who did X back? A or B?": asked already
    return f"{m.group(1)} {m.group(3)}?"


_CHOICE_FIRST = re.compile(r"^\s*([^?:—–]+?)\s*(?::|—|–|\s-)\s*(\S.*?)\s*\?*\s*$")


def _choice_first(lang: Language, text: str) -> str:
    """ "Georgia or Bolivia — which one recognized X?", "A or B: who went?": a choice offered
    before the question that asks for it, asked after it ("which one recognized X, A or B?")."""
    m = _CHOICE_FIRST.match(text)
    if m is None:
        return text
    options = fold(m.group(1)).split()
    if len(options) > CHOICE_WORDS or lang.alternatives.isdisjoint(options[1:-1]):
        return text
    first = re.split(r"['’]", fold(m.group(2).split()[0]))[0]
    if first not in lang.question_words or first in lang.aux:
        return text
    return f"{m.group(2)}, {m.group(1)}?"


@functools.cache
def _quoting_re(phrases: frozenset[str]) -> re.Pattern:
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)^\s*(?:{alternation})\b\s*")


def _quoted_first(lang: Language, text: str) -> str:
    """ "When it says X is 'severing ties', ties with whom?": the words the article is said to
    write, then the question about them ("X is 'severing ties' - ties with whom?") — never a
    question of when (the language's ``quoting_clauses``)."""
    phrases = lang.lex.words.get("quoting_clauses", frozenset())
    m = _quoting_re(phrases).match(text) if phrases else None
    if m is None or "," not in text[m.end() :]:
        return text
    said, asked = text[m.end() :].split(",", 1)
    if not said.strip() or not asked.strip():
        return text
    return f"{said.strip()} - {asked.strip()}"


_NAME_WHO = re.compile(
    r"^\s*([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+[Ww]ho\s+(\w+)(?:\s+(\w+))?\s*\?*\s*$"
)


def _who_after_name(lang: Language, text: str) -> str:
    """ "Varga who support?", "Kessel who recognize her?" (a learner's): a capitalised name,
    then "who" and a verb (and a pronoun for the name) — asked as "who support Varga?"."""
    m = _NAME_WHO.match(text)
    if m is None:
        return text
    named = [fold(w) for w in m.group(1).split()]
    if any(w in lang.question_words or w in lang.stop or w in lang.openings for w in named):
        return text  # "And who backed him?": an opening, no name
    verb, rest = m.group(2), m.group(3)
    if rest is not None and fold(rest) not in lang.pronouns:
        return text  # "X who went home": no learner's question
    return f"{m.group(0)[: m.start(1)]}who {verb} {m.group(1)}?"


def _unconditioned(lang: Language, text: str) -> str:
    """ "Could you tell me, if the article mentions it, which …?", "And why, if it is stated?":
    the question without the condition it sets on itself (the language's ``asked_conditions``)."""
    if lang.condition_start_re.search(text) is None:
        return text  # (most questions)
    return lang.condition_re.sub(" ", text).strip()


@functools.cache
def _role_aside_re(openers: frozenset[str]) -> re.Pattern | None:
    """ ", as a member of Y," — an aside set off by commas that opens with one of ``openers``."""
    if not openers:
        return None
    alts = "|".join(re.escape(o) for o in sorted(openers, key=len, reverse=True))
    return re.compile(rf",\s*(?:{alts})\s[^,?]{{1,{ROLE_ASIDE_CHARS}}},\s*", re.IGNORECASE)


ROLE_ASIDE_CHARS = 60  # the longest aside read as one ("as a member of the Y Group")


def _without_role_aside(lang: Language, text: str) -> str:
    """ "Is it accurate that X, as a member of Y, recognized Z?": the question without the
    aside that says what X is (the language's ``role_asides``) — whether X did it is asked."""
    found = _role_aside_re(lang.lex.words.get("role_asides", frozenset()))
    return text if found is None else found.sub(" ", text)


# a "+", a blank, or a sentence break: what _rarely reads
_RARE = re.compile(r"[+&]|__|[.!?][\s\"”']*\s\S")


def _rarely(lang: Language, text: str) -> str:
    """The question's text with "X + Y" read as "X and Y", a blank as a word of its own, a
    choice after a question word in its place, and small talk after or before it dropped."""
    if "+" in text or "&" in text:  # "X + Y talk on the phone??": "X and Y …"
        text = _PLUS.sub(f" {min(lang.name_joiner)} ", text)
    if "__" in text:  # "Fill in: … staged by ____.": the blank a word of its own
        blank = min(lang.lex.words.get("blank_words", frozenset()) or ("",))
        text = BLANK.sub(f" {blank} ", text)
    text = _choice_after(lang, text)
    text = _before_small_talk(lang, text)
    return _after_small_talk(lang, text)


def _prefixes_apart(lang: Language, text: str, whole: Collection[str]) -> str:
    """ "is X pro-Y?": the prefix a word of its own ("pro Y"), unless the article writes the
    whole as one word ("the anti-Lunor alliance" asked of by its own word)."""

    def apart(m: re.Match) -> str:
        word = _PREFIXED.match(text, m.start())
        if word is not None and fold(word.group()) in whole:
            return m.group()
        return m.group(1) + " "

    return lang.prefix_re.sub(apart, text)


def _asked_plainly(lang: Language, toks: list[Token]) -> list[Token]:
    """ "Didn't X back Y?", "didnt X …" ("did not X …"): a question opened by a negated
    auxiliary asks what "did X back Y?" asks (yes when X did) — the auxiliary without its
    negation (the contraction read by the spellings: "didn't" → "did not"); "what exactly did
    X say?" asks what "what did X say?" asks."""
    if len(toks) < 3:
        return toks
    first = toks[0].norm
    particles = lang.question_particles
    if first in lang.question_words and toks[1].norm in first_words(particles):
        if toks[1].norm in particles:
            return [toks[0], *toks[2:]]  # "what exactly did X say?"
        if f"{toks[1].norm} {toks[2].norm}" in particles:
            return [toks[0], *toks[3:]]  # "who the hell is X?"
    who = lang.person_question_words
    if first in who:
        person = _person_asked(lang, toks)
        if person is not None:
            return person  # "who's the guy who …", "who is this X guy", "who is recognize X?"
    elif toks[-1].norm in who:
        last_who = _who_last(lang, toks)
        if last_who is not None:
            return last_who  # "he is who?", "Holt is who, exactly?": "who is he?"
    embedded = _embedded(lang, toks)
    if embedded is not None:
        return embedded  # "(could you tell me) what the headline is": "what is the headline"
    if first in lang.aux:
        if toks[1].norm in lang.negations:
            return [toks[0], *toks[2:]]  # "did not X …" (a chat "didnt" spelt out)
        if toks[1].norm in lang.lex.words.get("pair_openers", ()):
            return [toks[0], *toks[2:]]  # "did both A and B …", "did either A or B …"
        return toks
    if "'" not in first and "’" not in first:
        return toks  # (most questions: no contraction to read)
    spelt = lang.spelling.get(first.replace("'", "").replace("’", ""), "").split()
    if len(spelt) == 2 and spelt[0] in lang.aux and spelt[1] in lang.negations:
        return [toks[0]._replace(text=spelt[0], norm=spelt[0], stem=stem(spelt[0])), *toks[1:]]
    return toks


def _person_asked(lang: Language, toks: list[Token]) -> list[Token] | None:
    """ "who's the guy who declared …": "who declared …"; "who is this X guy": "who is X"; a
    learner's "who is recognize X?": "who recognize X?" — None when none of these."""
    if len(toks) > 5 and toks[2].norm in lang.determiners and toks[4].norm in _WHO_THAT:
        if toks[3].norm in lang.lex.words.get("person_placeholders", frozenset()):
            return [toks[0], *toks[5:]]
    if len(toks) > 3 and toks[1].norm in lang.lex.writing.get("be_forms", frozenset()):
        w = toks[2].norm
        if (w in lang.support or w in lang.say) and not _inflected(lang, w):
            return [toks[0], *toks[2:]]
        if _doing(lang, toks[2]):
            return [toks[0], *toks[2:]]  # "who was preparing the trip?": who did, not who is
    clause = _described_clause(lang, toks)
    if clause is not None:
        return clause  # "who is the Lunorian mayor he meets?": "which Lunorian mayor did he meet"
    return _pointed_person(lang, toks)


def _doing(lang: Language, t: Token) -> bool:
    """Is the word a verb's -ing form asked as a deed ("preparing"): not a function word, not
    "being", not one whose stem is a title's ("leading": "leaders" would meet it)?"""
    w = t.norm
    if not lang.lex.rules.is_gerund(w) or not t.text.islower() or w in lang.stop:
        return False
    if w in lang.aux or w in lang.lex.writing.get("be_forms", frozenset()):
        return False
    return t.stem not in _title_stems(lang)


def _title_stems(lang: Language) -> frozenset[str]:
    return _stems_of(frozenset(lang.titles))


@functools.cache
def _stems_of(words: frozenset[str]) -> frozenset[str]:
    """The words' stems, and their plurals' ("leaders" stems as "leading" does)."""
    return frozenset(stem(w) for w in words) | frozenset(stem(f"{w}s") for w in words)


DESCRIBED_REACH = 4  # at most this many words between "the" and the clause's subject


def _described_clause(lang: Language, toks: list[Token]) -> list[Token] | None:
    """ "who is the Lunorian mayor he keeps in touch with?": a description and a clause of its
    own after it (a subject pronoun and its verb) — asked as "which Lunorian mayor did he
    keep in touch with?"; None when the question is no such one."""
    be = lang.lex.writing.get("be_forms", frozenset())
    at = 2 if len(toks) > 2 and toks[1].norm in be else 1
    if len(toks) < at + 4 or toks[at].norm not in lang.the:
        return None
    pronouns = lang.lex.writing.get("subject_pronouns", frozenset())
    for k in range(at + 2, min(len(toks) - 1, at + DESCRIBED_REACH + 2)):
        w = toks[k].norm
        if w in pronouns:
            if toks[k + 1].norm in lang.stop:
                return None
            which = min(lang.imperative_which, default=None)
            if which is None:
                return None
            aux = min(lang.tag_auxiliary)
            return [
                toks[0]._replace(text=which, norm=which, stem=stem(which), possessive=False),
                *toks[at + 1 : k],
                toks[0]._replace(text=aux, norm=aux, stem=stem(aux), possessive=False),
                *toks[k:],
            ]
        if w in lang.stop:
            return None
    return None


def _inflected(lang: Language, w: str) -> bool:
    """Is the verb a gerund or a past form ("who is described as …": a passive)?"""
    rules = lang.lex.rules
    past = lang.lex.writing.get("irregular_past", frozenset())
    return rules.is_gerund(w) or rules.is_past(w) or w in past


WHO_LAST = 6  # at most this many words in "X is who?"


def _who_last(lang: Language, toks: list[Token]) -> list[Token] | None:
    """ "he is who?", "the spokesman was who?": a be-form and "who" closing a short statement
    — asked as "who is he?"."""
    if not 3 <= len(toks) <= WHO_LAST:  # (the caller saw "who" close it)
        return None
    if toks[-2].norm not in lang.lex.writing.get("be_forms", frozenset()):
        return None
    if toks[0].norm in lang.question_words or toks[0].norm in lang.aux:
        return None
    return [toks[-1], toks[-2], *toks[:-2]]


def _pointed_person(lang: Language, toks: list[Token]) -> list[Token] | None:
    """ "who is this X guy?", "who's that X fellow" (tokens drop the "'s"): the one pointed at by
    a word standing for a person is X — "who is X?"."""
    placeholders = lang.lex.words.get("person_placeholders", frozenset())
    if len(toks) < 4 or toks[-1].norm not in placeholders:  # (the caller saw "who" open it)
        return None
    at = 2 if toks[1].norm in lang.lex.writing.get("be_forms", frozenset()) else 1
    if toks[at].norm not in lang.pointing_words or len(toks) < at + 3:
        return None
    return [*toks[:at], *toks[at + 1 : -1]]


def _embedded(lang: Language, toks: list[Token]) -> list[Token] | None:
    """ "what the headline of the article is", "where the talks were held" (a question asked
    inside a sentence, its opening dropped): the be-form that ends it, or the one right after
    the question word's phrase, put after the question word — None when it reads as asked."""
    first, last = toks[0].norm, toks[-1].norm
    if first not in lang.question_words or first in lang.aux or len(toks) < 4:
        return None
    if last not in lang.lex.writing.get("be_forms", frozenset()):
        return None
    if any(t.norm in lang.aux for t in toks[1:-1]):
        return None  # "what did X say it was": asked already
    if toks[-2].norm in lang.lex.words.get("expletive_subjects", frozenset()):
        return [*toks[:-2], toks[-1], toks[-2]]  # "how many people there were": "… were there"
    return [toks[0], toks[-1], *toks[1:-1]]


_WHO_THAT = frozenset({"who", "that"})  # (checked first: cheaper than the lexicon's lists)

_DASHED = re.compile(r"\s+[-–—:]\s+|:\s+")
ASKED_LAST = 2  # words of a question phrase set after a dash ("X in Y - what month?")


def _asked_last(lang: Language, text: str) -> str:
    """ "X in Y - what month?", "X's trip: when?": a short question phrase after a dash or a
    colon asks about what stands before it — read as "what month X in Y?"."""
    if " - " not in text and ":" not in text and "–" not in text and "—" not in text:
        return text
    parts = _DASHED.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return text
    before, after = parts
    words = after.lower().split()
    wh = lang.question_words - lang.aux
    if not words or words[0] not in wh or len(words) > ASKED_LAST or lang.aux.intersection(words):
        return text
    if any(w in wh for w in before.lower().split()):
        return text
    return f"{after.rstrip('?!. ')} {before}?"


_PLUS = re.compile(r"\s+[+&]\s+")
BLANK = re.compile(r"_{2,}")  # "staged by ____": a blank to fill in
SENTENCE_BREAK = re.compile(r"(?<=[.!])\s+(?=\S)")
SMALL_TALK_WORDS = 8  # at most this many words before the question, none a name


_ANY_BREAK = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _before_small_talk(lang: Language, text: str) -> str:
    """ "did X back Y right? thats what my buddy says", "prove X backs Y. go on": the question
    before a few words of small talk after it — sentences with no question mark, no digit, no
    capitalised word but their first, not opened by a question word ("X met Y. when" asks)."""
    if not _ANY_BREAK.search(text):
        return text  # (most questions: one sentence)
    parts = _ANY_BREAK.split(text.strip())
    while len(parts) > 1:
        last = parts[-1]
        words = last.split()
        if "?" in last or len(words) > SMALL_TALK_WORDS or any(c.isdigit() for c in last):
            break
        if any(w[:1].isupper() for w in words[1:]):
            break
        first = fold(words[0]).strip(".,!")
        if first in lang.question_words or first in lang.aux:
            break
        if _requests(lang, last):
            break  # "… ? I need the reporter's name": what is asked, said again
        parts.pop()
    return " ".join(parts)


def _requests(lang: Language, sentence: str) -> bool:
    """Does the sentence open by asking for something ("I need …", "give me …")?"""
    words = fold(sentence).split()
    asks = lang.lex.words.get("request_openings", frozenset())
    return bool(words) and (words[0] in lang.imperatives or " ".join(words[:2]) in asks)


_SPOKEN_MARKS = re.compile(r"[:—–,.!]| - |\?.")  # what as_spoken looks at


def as_spoken(lang: Language, text: str) -> str:
    """The question without the small talk before or after it, a choice offered before it put
    after it, and the words it quotes put first (what reading it does too): the text looked at
    for two questions in one."""
    if _SPOKEN_MARKS.search(text) is None:
        return text  # (most questions: no mark but a closing "?")
    if ":" in text or "—" in text or "–" in text or " - " in text:
        text = _choice_first(lang, text)  # "A or B — which one backed X?"
    if ":" in text or "," in text:
        text = _after_label(lang, text)  # "before we go live: which …, and what …?"
    if "," in text:
        text = _quoted_first(lang, text)  # "when it says X, …?": "X - …?"
    if "." not in text and "!" not in text and "?" not in text[:-1]:
        return text  # (most questions: one sentence)
    return _after_small_talk(lang, _before_small_talk(lang, text))


def _after_small_talk(lang: Language, text: str) -> str:
    """ "hi, hope you're well! what did X say?", "ugh long day. anyway did X …?": the question
    after a few words of small talk — sentences before it with no question mark, no digit and
    no capitalised word but their first (no name: "X met Y. When?" keeps its statement); a
    longer preamble ("I hope you are keeping well. My grandson mentioned this story …") only
    before a question of its own (opened by a question word or an auxiliary, closed by "?")."""
    if "." not in text and "!" not in text:
        return text  # (most questions: one sentence, no break to look for)
    parts = sentences(lang, text)
    if len(parts) < 2:
        return text
    before = " ".join(parts[:-1])
    words = before.split()
    if "?" in before or len(words) > PREAMBLE_WORDS or any(c.isdigit() for c in before):
        return text
    if len(words) > SMALL_TALK_WORDS and not _asks_on_its_own(lang, parts[-1]):
        return text
    mine = lang.lex.words.get("capital_pronouns", frozenset())
    for part in parts[:-1]:
        if any(w[:1].isupper() and fold(w) not in mine for w in part.split()[1:]):
            return text
    return parts[-1]


def sentences(lang: Language, text: str) -> list[str]:
    """The text's sentences, not broken after a title's abbreviation ("Mr. X") or an initial."""
    parts = SENTENCE_BREAK.split(text.strip())
    out = parts[:1]
    for part in parts[1:]:
        last = out[-1].rsplit(None, 1)[-1].rstrip(".")
        if last and (fold(last) in lang.honorifics or (len(last) == 1 and last.isupper())):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


PREAMBLE_WORDS = 40  # at most this many words of small talk before a question of its own


def _asks_on_its_own(lang: Language, question: str) -> bool:
    """Does this sentence ask by itself: a question word, an auxiliary or an opening that asks
    ("I read that …") first, "?" last?"""
    words = question.split()
    if not words or not question.rstrip().endswith("?"):
        return False
    first = re.split(r"['’]", fold(words[0]).strip("¿¡,"))[0]
    if first in lang.question_words or first in lang.aux:
        return True
    return first in lang.tag_openers and opening_length(lang, tokenize(question)) > 0


_LABEL = re.compile(r"^\s*([^:,?!.]{2,40})[:,]\s+(\S.*)$")
LABEL_WORDS = 5  # words of a label before the question ("Radio desk:", "For the on-air intro,")


def _after_label(lang: Language, text: str) -> str:
    """ "Radio desk: which governments …?", "For the on-air intro, what's X's first name?": the
    question after a short label — two to five words, no name in them but the first word,
    before a colon (or a comma, when it opens with a word of purpose: "for"), the question
    opening with a question word or an auxiliary."""
    if ":" not in text and "," not in text:
        return text
    m = _LABEL.match(text)
    if m is None:
        return text
    label, rest = m.group(1).split(), m.group(2)
    if not 2 <= len(label) <= LABEL_WORDS or any(w[:1].isupper() for w in label[1:]):
        return text
    if text[m.end(1)] == "," and fold(label[0]) not in lang.lex.words.get("purpose_leads", ()):
        return text
    first = re.split(r"['’]", fold(rest.split()[0]).strip("¿¡"))[0]  # "what's": what
    if first in lang.question_words or first in lang.aux or first in lang.imperatives:
        return rest  # (or asked by telling: "Quiz round: name the capital where …")
    # "Translator question: the word 'X' refers to …": a label that says it asks
    return rest if fold(label[-1]) in lang.lex.words.get("question_nouns", ()) else text


@functools.cache
def first_words(phrases: frozenset[str]) -> frozenset[str]:
    """The first words of these phrases."""
    return frozenset(p.split()[0] for p in phrases)


def _embedded_asked(lang: Language, text: str) -> str:
    """ "Does the article indicate which court cancelled it?", "does it say when …?": the
    question it embeds, asked ("which court cancelled it?") — an opening of the language's
    ``embedding_openings`` right before a question word."""
    openings = lang.lex.words.get("embedding_openings", frozenset())
    if not openings or fold(text[: text.find(" ")]) not in first_words(openings):
        return text  # (nearly every question: it opens with no such words)
    words = text.split()
    for n in (5, 4, 3):
        if len(words) > n and fold(" ".join(words[:n])) in openings:
            first = fold(words[n]).strip("¿¡")
            if first in lang.question_words and first not in lang.aux:
                return " ".join(words[n:])
    return text


def strip_openings(lang: Language, toks: list[Token]) -> tuple[list[Token], str]:
    """ "lol ok can you tell me who…" → "who…", "and what about Spain?" → "Spain?" (the
    openings are vocabulary.yaml's), and what the openings said: a new subject over a
    correction over a follow-up."""
    said: set[str] = set()
    while toks:
        cands = lang.openings.get(toks[0].norm)
        if not cands:
            break
        head = tuple([t.norm for t in toks[: len(cands[0][0])]])  # as long as the longest
        for hit in cands:  # longest first
            if head[: len(hit[0])] == hit[0]:
                break
        else:
            break  # no opening here
        if len(toks) <= len(hit[0]):
            break  # nothing would be left after it: "hi all" greets
        toks = toks[len(hit[0]) :]
        said.add(hit[1])
    while len(toks) > 1:  # "who is X, anyone?", "where was he at the time?"
        ends = lang.closing_phrases.get(toks[-1].norm)  # the closings by their last word
        tail = ends and next((c for c in ends if tuple(t.norm for t in toks[-len(c) :]) == c), None)
        if not tail or len(toks) <= len(tail):
            break
        if _verb_of_its_own(lang, toks, tail):
            toks = toks[: 1 - len(tail)]
            break  # "who did it back then?": "back" is its verb, "then" the closing
        toks = toks[: -len(tail)]
    if not said:
        return toks, ""  # (most questions)
    return toks, next((k for k in (SWITCH, REPAIR, FOLLOW) if k in said), "")


def _verb_of_its_own(lang: Language, toks: list[Token], tail: tuple[str, ...]) -> bool:
    """Is the closing's first word ("*back* then") the question's only verb — a verb of taking
    sides after an auxiliary that only pronouns follow ("who did it back then?")?"""
    if len(tail) < 2 or tail[0] not in lang.support:
        return False
    rest = [t.norm for t in toks[: -len(tail)]]
    aux = next((k for k, w in enumerate(rest) if w in lang.aux), None)
    pronouns = lang.pronouns | lang.event_pronouns
    return aux is not None and aux + 1 < len(rest) and all(w in pronouns for w in rest[aux + 1 :])


SPELLING_STEM = 3  # letters before an ending spelt two ways ("col-our"; "f-our" is no such word)


def _other_spelling(ix: ArticleIndex, w: str) -> str | None:
    """The article's other spelling of a word it does not write ("organisation" →
    "organization", "labor" → "labour"); None when it writes the word, or no other one."""
    if len(w) < 5 or w in ix.vocab:
        return None
    for end, other in ix.lang.spelling_endings.get(w[-2:], ()):
        if w.endswith(end) and len(w) - len(end) >= SPELLING_STEM:  # not "four" → "for"
            spelt = w[: len(w) - len(end)] + other
            if spelt in ix.vocab:
                return spelt
    return None


def _short_form(ix: ArticleIndex, w: str, rest: list[str]) -> str | None:
    """The article's short form of a name's word ("mount" → "mt" of "Mt X"), when the name it
    opens with the words after it is one of the article's."""
    for short in _short_forms(ix.lang.lex.writing.get("name_short_forms", ())).get(w, ()):
        if short in ix.vocab and _opens_name(ix, short, rest):
            return short
    return None


@functools.cache
def _short_forms(pairs: Collection[str]) -> dict[str, tuple[str, ...]]:
    """The ``name_short_forms`` pairs ("mount mt") by their long word: its short ones, in the
    pairs' order (read once, not at every word a question's article does not write)."""
    out: dict[str, tuple[str, ...]] = {}
    for pair in pairs:
        long, _, short = pair.partition(" ")
        out[long] = (*out.get(long, ()), short)
    return out


def _opens_name(ix: ArticleIndex, first: str, rest: list[str]) -> bool:
    """Does a many-word name of the article start with this word and the words after it?"""
    if first not in ix.alias_starts:
        return False
    return any(" ".join((first, *rest[:n])) in ix.alias for n in range(1, min(len(rest), 6) + 1))


def correct_typos(ix: ArticleIndex, toks: list[Token]) -> list[str]:
    """The folded words, typos of known words corrected ("wht" → "what", "boarders" →
    "borders"), so that names spelt around them still meet ("boarders first")."""
    lang = ix.lang
    words = list(map(NORM, toks))
    shorts = _short_forms(lang.lex.writing.get("name_short_forms", ()))
    for k, w in enumerate(words):
        if w in ix.vocab:
            continue  # (most words) the article writes it: no typo, nor another spelling
        other = (_other_spelling(ix, w) if len(w) >= 5 else None) or (
            _short_form(ix, w, words[k + 1 :]) if w in shorts else None
        )
        if other is not None and (w not in lang.known or _opens_name(ix, other, words[k + 1 :])):
            words[k] = other  # "labor" of the article's "labour"; a word of the language
            continue  # only in the name it opens ("the organisation of X states")
        if (
            len(w) < 3
            or not w.isalpha()
            or w in lang.known
            or w in ix.vocab
            # a stem of three letters meets too much by chance ("comming" → "com")
            or (len(toks[k].stem) > 3 and toks[k].stem in ix.vocab)
            or w in ix.alias
        ):
            continue
        # short words are only corrected into question words ("wht" → "what"), or their
        # letters swapped ("waht" → "what")
        if len(w) >= 5:
            m = lang.typo_targets.best(w, 90)
            near = ix.typo_targets.best(w, 90) if m is not None and len(w) >= 6 else None
            if near is not None and ratio(w, near) > ratio(w, m):
                m = near  # "draftd": the article's "drafted", not the language's "draft"
        else:
            m = lang.question_words_near.best(w, 85) or lang.question_anagrams.get(
                "".join(sorted(w))
            )
        if not m and len(w) >= 6:
            # the article's longer words at a stricter cutoff: "movie" is not the article's "move"
            m = ix.typo_targets.best(w, 88)
        if m:
            words[k] = m
    return words


def recognized_as(ix: ArticleIndex, words: list[str], taken: list[bool]) -> None:
    """ "Did X accept Y as president?": a verb that means recognising someone when the name and
    "as <title>" follow is read as the recognize class ("recognize"), in place."""
    lang = ix.lang
    if lang.recognize_as.isdisjoint(words):
        return  # (most questions)
    as_words = lang.lex.writing.get("role_as_words", frozenset())
    word = next(iter(lang.lex.classes["recognize"]), None)
    for k, w in enumerate(words):
        if w not in lang.recognize_as or word is None:
            continue
        j = k + 1
        while j < len(words) and taken[j]:
            j += 1  # the name recognised
        if j > k + 1 and j < len(words) and words[j] in as_words:
            if any(x in lang.titles for x in words[j + 1 : j + 4]):
                words[k] = word
