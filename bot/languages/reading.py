"""Reading a question written in another language into the :class:`Query` an English question
gives: the same entity links, the same English words for the kinds to read ("признала" →
"recognized", "сколько" → "many", "el" → "the"), the same content terms meeting the article's
stems and concepts. Only the symbols the intents' patterns match are the language's own words
(each inflected form read as the form its vocabulary lists), so that the language's
``intents.yaml`` classifies it.

Steps: the address, spellings and fillers dropped; tokens folded and stemmed; each word glossed
(question words, phrases, words by stem, months and weekdays from CLDR); the article's names found
(:mod:`.names`); typos of the language's words corrected; people described by a title
("замминистра иностранных дел Франции", "el portavoz del Elíseo"); pronouns; the English
question's own steps (missing titles, symbols); then the English words the question implies but
the language does not write ("will" before a verb in the future tense, "how" of "how many") and
the content terms.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..answering.index import ArticleIndex
from ..answering.question import NO_ONE, Named, Query, Referents, Unknown
from ..answering.question.besides import set_aside
from ..answering.question.descriptions import missing_title
from ..answering.question.names import link_pronouns, referents
from ..answering.question.symbols import symbols_of
from ..answering.question.terms import content_terms
from ..answering.question.words import MAX_QUESTION_CHARS, MAX_QUESTION_WORDS
from ..text import NORM, Token, stem
from .calendar import native_calendar, native_months
from .describing import describe
from .inversion import verb_after_subject
from .linking import NameLinking, Words, merge, remember
from .names import NameFinder
from .places import places
from .roles import CLASS, GLOSS, PART, QUESTION, STOP
from .vocabulary import QuestionLanguage

_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_ADDRESS = re.compile(r"^\s*(?:[@/][^\s,:]+[\s,:]*)+")
NEGATION_REACH = 4  # words from a negated opening to the negation it expects a yes to
TYPO = 85  # rapidfuzz ratio of a misspelt word's stem to a known stem
WILL = "will"  # the English auxiliary of the future
THAT = "that"  # the English conjunction of a said clause ("says that …")
IS = "is"  # the English copula a language may leave out ("X — пресс-секретарь?")
ABBREVIATION = 3  # letters of each part of an abbreviation written with dots ("EE.UU.")
MAX_OPENING = 4  # words of an opening question phrase ("в какой день", "en que mes")
_NOT_TERMS = frozenset((QUESTION, STOP, PART))  # roles of words that are no content term
_NOT_UNKNOWN = frozenset((QUESTION, STOP, PART, CLASS))  # roles of words that are no unknown word
_NONE: frozenset[int] = frozenset()


def _longest_from(keys) -> dict[tuple[str, str], int]:
    """{first two words: the length of the longest key (of two words or more) they start}."""
    out: dict[tuple[str, str], int] = {}
    for k in keys:
        if len(k) >= 2:
            out[k[:2]] = max(out.get(k[:2], 2), len(k))
    return out


def _alias_sizes(aliases) -> dict[str, tuple[int, ...]]:
    """{first word: the numbers of words (two or more) of the aliases it starts, largest first}."""
    sizes: dict[str, set[int]] = {}
    for a in aliases:
        words = a.split(" ")
        if len(words) >= 2:
            sizes.setdefault(words[0], set()).add(len(words))
    return {first: tuple(sorted(n, reverse=True)) for first, n in sizes.items()}


def english_plural(noun: str) -> str:
    """ "leader" → "leaders", "spokesman" → "spokesmen", "deputy" → "deputies"."""
    if noun.endswith("man"):
        return noun[:-3] + "men"
    if noun.endswith("y") and noun[-2:-1] not in "aeiou":
        return noun[:-1] + "ies"
    return noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s")


def insert(w: Words, words: list[str], unknown: list[Unknown], at: int, english: str):
    """Insert an English word the question implies at word ``at`` ("will", the "how" of "how
    many"): a word of no name and no symbol, the names and unknown words after it shifted; the
    unknown words."""
    toks = w.toks
    start = toks[at].start if at < len(toks) else (toks[-1].end if toks else 0)
    w.toks = [*toks[:at], Token("", english, english, start, start), *toks[at:]]
    words.insert(at, english)
    for lst, value in ((w.english, english), (w.role, STOP), (w.taken, False)):
        lst.insert(at, value)

    def shift(k: int) -> int:
        return k + 1 if k >= at else k

    def shift_end(k: int) -> int:  # a name that ends where the word goes stays before it
        return k + 1 if k > at else k

    w.names[:] = [Named(nm.entity, shift(nm.start), shift_end(nm.end)) for nm in w.names]
    return [u._replace(start=shift(u.start), end=shift_end(u.end)) for u in unknown]


def split_phrases(w: Words, words: list[str], unknown: list[Unknown]) -> list[Unknown]:
    """A question word English writes as several ("сколько", "cuántos" → "how many"; "cómo se
    llama" → "what is the name of"): its first English word, the next ones on the phrase's own
    later words, the others inserted after them."""
    if " " not in "".join(words):  # the common case, quickly
        return unknown
    k = 0
    while k < len(words):
        first, *rest = words[k].split(" ") if w.role[k] == QUESTION else (words[k],)
        if rest:
            words[k] = w.english[k] = first
            j = k + 1  # the phrase's own later words first ("cómo se llama": "what is the")
            while rest and j < len(words) and w.role[j] == PART and not w.taken[j]:
                words[j] = w.english[j] = rest.pop(0)
                j += 1
            for english in rest:
                unknown = insert(w, words, unknown, j, english)
                w.role[j] = PART
                j += 1
        k += 1
    return unknown


def unknown_words(ix: ArticleIndex, w: Words, words: list[str]) -> list[Unknown]:
    """Words neither the language nor the article knows (and places the article never
    names), as the English question would have them."""
    out = list(w.unknown)
    lang, vocab = ix.lang, ix.vocab
    for k, (t, taken, role) in enumerate(zip(w.toks, w.taken, w.role, strict=False)):
        if taken or role in _NOT_UNKNOWN or t.norm.isdigit():
            continue
        e = words[k]
        if role == GLOSS:  # "tres países": as "3 países"; a word the language or article knows
            if e in lang.number_words or e in lang.known or e in vocab or stem(e) in vocab:
                continue
        elif role is None and t.text.isascii() and (e in lang.known or e in vocab):
            continue
        if any(c.isalpha() for c in t.norm):
            out.append(Unknown(t.text, k, k + 1))
    out.sort(key=lambda u: u.start)
    return out


def strip_tag(q: QuestionLanguage, toks: list[Token]) -> list[Token]:
    """A closing tag dropped ("X apoya a Y, ¿no?", "X поддержал Y, не так ли?"): the statement
    before it is the yes/no question. Not after a function word ("… o no?", "… или нет?" is a
    choice; "dijo que no" says no), nor when little is left."""
    if not q.tags or not toks:
        return toks
    norms = tuple(t.norm for t in toks)
    for tag in q.tags:
        n = len(tag)
        if norms[-n:] == tag and len(norms) - n >= 2 and norms[-n - 1] not in q.stopwords:
            return toks[:-n]
    return toks


def ask_first(
    q: QuestionLanguage, words: dict[str, str], phrases: dict, text: str, toks: list[Token]
) -> list[Token]:
    """Russian and Spanish ask anywhere ("Министр себя кем назвал?", "agradeció a quién");
    English asks first. A question phrase or word that ends the question ("в каком месяце",
    "a quién", "где"; not a lone "кто"/"quién": "X это кто" asks who X is), or the first word
    that asks wherever it stands (``asked_anywhere``: "кем", "cuántas"; with the word after
    it, and a short function word before it: "с кем работал"), is read first: such a question
    is never read as a yes/no one. Not when the question starts with a question word, nor
    after a comma (a clause of its own: "сказал, кого …")."""
    n = len(toks)
    if n < 2 or toks[0].norm in words or (toks[0].norm, toks[1].norm) in phrases:
        return toks  # (most questions, quickly)
    norms = list(map(NORM, toks))
    last = norms[-1]
    if (
        last not in q.question_words_ends
        and words.get(last, "who") == "who"
        and q.asked_anywhere.isdisjoint(norms)
    ):
        return toks  # (a yes/no question, quickly)
    at = n
    if norms[-1] in q.question_words_ends:  # (a phrase's last word: "месяце", "quién")
        at = next((k for k in range(max(1, n - MAX_OPENING), n - 1) if _asks(q, norms[k:])), n)
    end = n
    if at == n and words.get(norms[-1], "who") != "who":
        at = n - 1
    if at == n:
        at = next((k for k in range(1, n) if norms[k] in q.asked_anywhere), n)
        end = min(at + 2, n)  # with the word it asks about: "кем работает", "cuántas veces"
        if 0 < at < n and norms[at - 1] in q.stopwords and len(norms[at - 1]) <= 3:
            at -= 1  # its preposition: "с кем"
    if at in (0, n) or "," in text[: toks[at].start]:
        return toks
    return [*toks[at:end], *toks[:at], *toks[end:]]


def _asks(q: QuestionLanguage, norms: list[str]) -> bool:
    return tuple(norms) in q.question_words


class ForeignReader(NameLinking):
    """Reads one language's questions about one article (built once per language and article)."""

    def __init__(self, qlang: QuestionLanguage, ix: ArticleIndex, base: Path):
        self.q, self.ix = qlang, ix
        self.places = places(qlang, base)
        self.finder = NameFinder(qlang, ix, self.places)
        self.calendar = native_calendar(qlang.lang)
        # "в июле", "в мае": a month in a case CLDR does not write, read by its stem
        self.month_stems = {qlang.rules.stem(k): v for k, v in native_months(qlang.lang).items()}
        # does the language write articles ("el", "un")? A demonstrative read as "the" ("тот")
        # is no article: a language with articles has an indefinite one too
        self.articles = {"the", "a"} <= set(qlang.glossary.values())
        self._fillers_from: dict[str, list[tuple[str, ...]]] = {}  # first word → longest first
        self._tag_ends = frozenset(tag[-1] for tag in qlang.tags if tag)  # last words of tags
        for f in qlang.fillers:
            self._fillers_from.setdefault(f[0], []).append(f)
        self._negated_first = frozenset(o[0] for o in qlang.negated_openers)
        # the first two words of a phrase, and its longest length from there
        self._phrase_from = _longest_from(k for k in qlang.question_words if len(k) > 1)
        self._phrase_from_stem = _longest_from(qlang.phrases)
        self._words: dict[str, tuple[tuple[str, str, str], ...]] = {}  # see _words_of
        self._alias_keys: dict[str, str] = {}  # a written word → as the article's aliases fold it
        self._starts_alias: dict[str, bool] = {}  # a written word → _may_start_alias
        self._alias_sizes = _alias_sizes(ix.alias)
        self._question_word = {k[0]: v for k, v in qlang.question_words.items() if len(k) == 1}
        self._phrase_norms = frozenset(k[0] for k in self._phrase_from)  # may start a phrase
        self._phrase_stems = frozenset(k[0] for k in self._phrase_from_stem)
        self._glossed: dict[str, tuple[str | None, str | None]] = {}  # see _gloss_word
        self._in_bag: dict[str, bool] = {}  # see _bag_word
        self._future: dict[tuple[str, str], bool] = {}  # see future_at
        self.holders: dict[tuple, int | None] = {}  # a description → its holder (describing)
        from rapidfuzz import process

        self._extract = process.extractOne
        self._known_stems = sorted(s for s in qlang.known_stems if len(s) >= 4)

    def __call__(
        self, ix: ArticleIndex, question: str, context: Referents | tuple[str, ...] = NO_ONE
    ) -> Query:
        if not isinstance(context, Referents):  # names (the previous answer's entities)
            context = referents(ix, tuple(context))
        text, toks = self.tokens(question)
        w = Words(toks)
        mixed = text != text.lower() and text != text.upper()
        self.gloss(w)
        self.link(w, mixed)
        self.correct_typos(w)
        missing = describe(self, w)
        self.copula(w)
        merge(w)
        verb_after_subject(self, w)  # "¿Reconoció X a Y?" as "X reconoció a Y"
        toks = w.toks
        words = [e if e is not None else t.norm for e, t in zip(w.english, toks, strict=True)]
        link_pronouns(ix, words, w.taken, w.names, context)
        w.names.sort(key=lambda nm: nm.start)
        parts = (
            frozenset([i for i, role in enumerate(w.role) if role == PART])
            if PART in w.role
            else _NONE
        )
        w.names, besides, aside = set_aside(ix, words, w.taken, w.names, parts)  # "кроме России"
        missing = missing or missing_title(ix, words, w.taken, toks, mixed)
        unknown = unknown_words(ix, w, words)
        fixed, class_stems = self.q.fixed, self.q.class_stems  # self.lemma(t) of each, quickly
        lemmas = [t.norm if t.norm in fixed else class_stems.get(t.stem, t.norm) for t in toks]
        symbols = symbols_of(toks, lemmas, w.names, unknown, aside)
        at = self.future_at(w, words)
        if at is not None:  # "посетит", "visitará": "will" as English writes it, after "when"
            unknown = insert(w, words, unknown, at, WILL)
        unknown = split_phrases(w, words, unknown)  # "сколько" → "how many"
        toks = w.toks
        skip = [
            taken or role in _NOT_TERMS
            for _, taken, role in zip(toks, w.taken, w.role, strict=False)  # one per token
        ]
        terms, time_words = content_terms(ix, words, skip, w.names)
        return Query(
            raw=question,
            tokens=tuple(toks),
            words=tuple(words),
            names=tuple(w.names),
            unknown=tuple(unknown),
            symbols=symbols,
            terms=tuple(terms),
            time_words=frozenset(time_words),
            missing_title=missing,
            entity_ids=tuple(dict.fromkeys(nm.entity for nm in w.names if nm.entity is not None)),
            besides=besides,
        )

    # -- tokens ---------------------------------------------------------------------------
    def tokens(self, question: str) -> tuple[str, list[Token]]:
        text = question[:MAX_QUESTION_CHARS]
        if text.lstrip()[:1] in ("@", "/"):
            text = _ADDRESS.sub("", text)
        toks: list[Token] = []
        new, find, end = tuple.__new__, text.find, 0
        # findall and find are cheaper than match objects (as in bot.text.tokenize): a word
        # starts with a letter or digit, which the regex never skips, so a word's first
        # occurrence after the one before is it
        for raw in _TOKEN.findall(text):
            words = self._words.get(raw) or self._words_of(raw)
            start = find(raw, end)
            end = start + len(raw)
            for spelt, norm, st in words:
                toks.append(new(Token, (spelt, norm, st, start, end, False)))
        toks = self.strip_particles(self.strip_fillers(self.unnegated(toks[:MAX_QUESTION_WORDS])))
        if toks and toks[-1].norm in self._tag_ends:  # (most questions end with no tag)
            toks = strip_tag(self.q, toks)
        toks = ask_first(self.q, self._question_word, self._phrase_from, text, toks)
        return text, self.subject_first(toks)

    def _words_of(self, raw: str) -> tuple[tuple[str, str, str], ...]:
        """A written word's tokens (as written, folded, stem), remembered: a chat spelling may
        stand for several ("чё" → "что", "xq" → "por que")."""
        q = self.q
        norm = q.fold(raw).replace("’", "'")
        if "." in norm and all(p.isalpha() and len(p) <= ABBREVIATION for p in norm.split(".")):
            norm = norm.replace(".", "")  # "EE.UU.", "С.Ш.А.": an abbreviation, as "EEUU"
        spelt = q.spellings.get(norm)
        if spelt is None:
            words = ((raw, norm, q.stem(norm)),)
        else:
            words = tuple((raw if x == norm else x, x, q.stem(x)) for x in spelt.split())
        return remember(self._words, raw, words)

    def unnegated(self, toks: list[Token]) -> list[Token]:
        """ "Разве X не признал Y?", "¿No es cierto que X no …?" (a question that expects a yes):
        asked as "X признал Y?" — the opening and the first negation after it dropped, as the
        English "didn't X …?" is asked as "did X …?"."""
        if not toks or toks[0].norm not in self._negated_first:
            return toks  # (most questions)
        for opener in self.q.negated_openers:
            if tuple(t.norm for t in toks[: len(opener)]) != opener:
                continue
            rest = toks[len(opener) :]
            at = next(
                (k for k, t in enumerate(rest[:NEGATION_REACH]) if t.norm in self.q.negations), None
            )
            return [*rest[:at], *rest[at + 1 :]] if at is not None else rest
        return toks

    def strip_fillers(self, toks: list[Token]) -> list[Token]:
        """Openings dropped from the start, never the whole question: an opening that is all
        that is left ("спасибо большое") stays whole, not cut to its last word."""
        changed = True
        while changed and toks and toks[0].norm in self._fillers_from:
            changed = False
            for f in self._fillers_from[toks[0].norm]:
                if tuple(t.norm for t in toks[: len(f)]) != f:
                    continue
                if len(toks) > len(f):
                    toks, changed = toks[len(f) :], True
                break
        return toks

    def strip_particles(self, toks: list[Token]) -> list[Token]:
        """Words of emphasis dropped right after a question word: "что же сказал X?", "что там
        сказал X?" ask what "что сказал X?" asks; and last ("кто такой X вообще?")."""
        particles, emphasis = self.q.particles, self.q.emphasis
        norms = set(map(NORM, toks))
        closing = self.q.closing_particles
        if particles.isdisjoint(norms) and emphasis.isdisjoint(norms) and closing.isdisjoint(norms):
            return toks  # (most questions, quickly)
        asks, last = self._question_word, len(toks) - 1
        asked = last >= 2 and toks[0].norm in asks  # "кто такой X вообще?": the last word dropped
        return [
            t
            for k, t in enumerate(toks)
            if not (k and t.norm in particles and toks[k - 1].norm in asks)
            and not (0 < k < last and t.norm in emphasis)  # "Грузия *правда* признала X?"
            and not (k == last and asked and t.norm in closing)
        ]

    # -- glossing -------------------------------------------------------------------------
    def gloss(self, w: Words) -> None:
        """Each word's English: question words and phrases first (longest first), then words
        by their form or stem, months and weekdays; function words are marked."""
        toks = w.toks
        norms = list(map(NORM, toks))
        glossed, i = self._glossed, 0
        while i < len(toks):
            t = toks[i]
            if t.norm in self.q.clause_words and self._joins_clause(w, i):
                w.english[i], w.role[i] = THAT, STOP
                i += 1
                continue
            # most words start no phrase: only those that may are looked at in pairs
            if t.norm in self._phrase_norms or t.stem in self._phrase_stems:
                size = self._phrase_at(w, norms, i)
                if size:
                    i += size
                    continue
            elif t.norm in self._question_word:
                w.english[i], w.role[i] = self._question_word[t.norm], QUESTION
                i += 1
                continue
            w.english[i], w.role[i] = glossed.get(t.norm) or self._gloss_word(t)
            i += 1

    def _says(self, t: Token) -> bool:
        says = self.q.classes.get("say", ())
        return t.norm in says or self.q.class_stems.get(t.stem) in says

    def _joins_clause(self, w: Words, i: int) -> bool:
        """ "¿Con quién dice X que mantiene …?": a clause word after another question word and,
        at most three words before it, a verb of saying joins what is said ("that")."""
        if QUESTION not in w.role[:i]:
            return False
        return any(self._says(t) for t in w.toks[max(0, i - 3) : i])

    def subject_first(self, toks: list[Token]) -> list[Token]:
        """ "¿Con quién dice X que …?": the one who says it before the verb of saying ("X dice
        que"), as English writes it ("X said that"), when a clause word follows them."""
        clause, asks = self.q.clause_words, self._question_word
        for k in range(2, len(toks)):
            if toks[k].norm not in clause or not any(t.norm in asks for t in toks[: k - 2]):
                continue
            j = next((j for j in range(k - 2, max(0, k - 4), -1) if self._says(toks[j])), None)
            if j is not None and toks[j - 1].norm not in clause:
                return [*toks[:j], *toks[j + 1 : k], toks[j], *toks[k:]]
        return toks

    def _gloss_word(self, t: Token) -> tuple[str | None, str | None]:
        """One word's English and role by itself, remembered by its folded form (its stem is
        that form's stem: no typo is corrected yet)."""
        q = self.q
        english = q.glossary.get(t.norm) or self.calendar.get(t.norm)
        if english is None and t.norm not in q.stopwords:
            english = self.month_stems.get(t.stem)
        if english is None and t.norm not in q.stopwords:
            english = q.gloss_stems.get(t.stem)
        if english in self.ix.lang.titles and q.rules.plural(t.norm):
            english = english_plural(english)  # "лидерами" → "leaders": no one person
        role = None
        if t.norm in q.stopwords:
            role = STOP
        elif english is not None:
            role = GLOSS
        elif t.norm in q.literals or t.stem in q.class_stems:
            role = CLASS
        return remember(self._glossed, t.norm, (english, role))

    def _phrase_at(self, w: Words, norms: list[str], i: int) -> int:
        """A question word or phrase (as written), or a glossary phrase (by stems), at ``i``."""
        q = self.q
        longest = 1
        if i + 1 < len(norms):  # a phrase starts with its first two words
            if (norms[i], norms[i + 1]) in self._phrase_from:
                longest = self._phrase_from[norms[i], norms[i + 1]]
            pair = (w.toks[i].stem, w.toks[i + 1].stem)
            if pair in self._phrase_from_stem:
                longest = max(longest, self._phrase_from_stem[pair])
        if longest == 1:  # no phrase starts here: a question word of one word, or none
            english = self._question_word.get(norms[i])
            if english is not None:
                w.english[i], w.role[i] = english, QUESTION
                return 1
            return 0
        for size in range(min(longest, len(norms) - i), 0, -1):
            words = tuple(norms[i : i + size])
            stems = tuple(t.stem for t in w.toks[i : i + size])
            for english, role in (
                (q.question_words.get(words), QUESTION),
                (q.phrases.get(stems), GLOSS),
            ):
                if english is None:
                    continue
                w.english[i], w.role[i] = english, role
                for k in range(i + 1, i + size):
                    w.role[k] = PART
                return size
        return 0

    # -- names ----------------------------------------------------------------------------
    def copula(self, w: Words) -> None:
        """ "Песков пресс-секретарь Кремля?": a person's name, then a description of that same
        person to the end, with no verb between (the language leaves "is" out): the question
        asks whether X holds that role, as English "is X the Kremlin spokesman?" does — "is"
        inserted between them (so the two are not read as one name, "who is X?")."""
        names, titles = w.names, self.ix.lang.titles
        if len(names) != 2 or names[0].start != 0 or names[1].start != names[0].end:
            return  # (most questions, quickly)
        first, desc = names
        if first.entity is None or first.entity != desc.entity or desc.end != len(w.toks):
            return
        if self.ix.entity(first.entity).kind != "person":
            return
        if any(w.english[k] in titles for k in range(first.start, first.end)):
            return  # "пресс-секретарь Кремля Песков": a title first, then the name
        if any(w.english[k] in titles for k in range(desc.start, desc.end)):
            w.unknown = insert(w, [e or "" for e in w.english], w.unknown, desc.start, IS)

    # -- typos, unknown words, symbols -------------------------------------------------------
    def correct_typos(self, w: Words) -> None:
        """A word the language does not know, near the stem of one it does ("подержала")."""
        q = self.q
        if None not in w.role:
            return  # (most questions: every word glossed, named or a function word)
        for k, t in enumerate(w.toks):
            if w.role[k] is not None or w.taken[k] or len(t.stem) < 5 or not t.norm.isalpha():
                continue
            m = self.finder.remembered("typo", t.stem, self._typo)
            if m:
                w.english[k] = q.gloss_stems.get(m)
                w.role[k] = GLOSS if w.english[k] else CLASS
                w.toks[k] = t._replace(stem=m)

    def _typo(self, st: str) -> str | None:
        from rapidfuzz import fuzz

        m = self._extract(st, self._known_stems, scorer=fuzz.ratio, score_cutoff=TYPO)
        return m[0] if m else None

    def future_at(self, w: Words, words: list[str]) -> int | None:
        """Where English would write "will" (after the opening question words, else first) when
        a verb the language knows is in the future tense and nothing says "will" already."""
        if WILL in words:
            return None
        future = self._future  # the rules' future is a few regexes: remembered per word
        for k, t in enumerate(w.toks):
            if w.role[k] in (GLOSS, CLASS):
                key = (t.norm, t.text)
                found = future.get(key)
                if found is None:
                    found = remember(future, key, self.q.rules.future(t.norm, t.text))
                if found:
                    break
        else:
            return None
        at = 0
        while at < len(words) and w.role[at] in (QUESTION, PART) and at < MAX_OPENING:
            at += 1
        return at

    def lemma(self, t: Token) -> str:
        """The word the patterns see: a literal as written, an inflected form as the class form
        it is ("поддержала" → "поддержать")."""
        q = self.q
        if t.norm in q.fixed:
            return t.norm
        return q.class_stems.get(t.stem, t.norm)
