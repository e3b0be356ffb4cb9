"""A language questions are asked in, other than the article's: ``intents/<lang>/vocabulary.yaml``
(its words, and what each means in the article's English), ``intents.yaml`` (the same intent ids
as English, with the language's own patterns) and ``rules.py`` (folding, stemming,
transliteration) — loaded when first needed and validated (every problem as ``file:line``).

Words meet by their stem: a vocabulary lists a word once ("поддержать", "apoyar") and its
inflected forms ("поддержала", "apoyaron") are read as it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import ModuleType

import yaml

from ..datafile import check_header, line_of, mapping, strings
from ..errors import IntentsError
from ..intents_file import Intent, check_intents
from ..lexicon import load_rules, read_folder

# what a question language's rules.py defines
REQUIRED = ("fold", "stem", "to_latin", "predicative", "plural", "future")
LIST, CLASSES, PHRASES = "a list of words", "a mapping of name: [words]", "a mapping of words: text"

# Every key of a question language's vocabulary.yaml: its shape, and what it is for.
SCHEMA: dict[str, tuple[str, str]] = {
    "classes": (CLASSES, "word classes for intents.yaml patterns ({say}); forms meet by stem"),
    "question_words": (PHRASES, "words (or phrases) that shape a question: their English word"),
    "glossary": (CLASSES, "an English word of the article's language: the words that mean it"),
    "asked_anywhere": (LIST, "question words that ask wherever they stand (never a conjunction)"),
    "stopwords": (LIST, "function words: never a topic, never a name"),
    "exact": (LIST, "words read as written, never as another word of their stem"),
    "fillers": (LIST, "openings dropped from the start of a question"),
    "particles": (LIST, "words of emphasis dropped after a question word ('что же', 'что там')"),
    "closing_particles": (LIST, "words of emphasis dropped from the end of a question ('вообще')"),
    "emphasis": (LIST, "words of emphasis dropped inside a question ('X реально признала Y?')"),
    "negated_openers": (LIST, "openings that expect a yes, dropped with the negation after them"),
    "negations": (LIST, "the language's words of negation ('не', 'no')"),
    "tags": (LIST, "closing tags that make a statement a yes/no, dropped ('¿no?', 'не так ли')"),
    "clause_words": (LIST, "question words joining what a verb of saying says: 'that'"),
    "object_questions": (LIST, "question words asking for the object, the subject after the verb"),
    "yes_no_particles": (LIST, "words after the verb that opens a yes/no question ('ли')"),
    "spellings": (PHRASES, "chat spelling (one word): what it means, replaced first"),
    "names": (PHRASES, "other names of places, blocs and organisations: their English name"),
    "demonyms": (PHRASES, "adjectives of places not written like the place: its English name"),
    "demonym_endings": (LIST, "endings of a place's adjective written like the place"),
}
_TOKEN = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")


@dataclass(frozen=True, eq=False)
class QuestionLanguage:
    """The words of one question language, folded, and what they mean in English."""

    lang: str
    rules: ModuleType
    intents: tuple[Intent, ...]
    follow_ups: tuple[str, ...]
    classes: dict[str, tuple[str, ...]]  # class → folded forms (the patterns' {class})
    intents_file: str
    intents_line: int
    question_words: dict[tuple[str, ...], str]  # folded words → English
    glossary: dict[str, str]  # folded word → English (first listed wins)
    phrases: dict[tuple[str, ...], str]  # stems of a phrase's words → English
    stopwords: frozenset[str]
    asked_anywhere: frozenset[str]  # question words that ask in the middle of a question too
    question_words_ends: frozenset[str]  # the last words of the question phrases of two or more
    fillers: tuple[tuple[str, ...], ...]  # longest first
    particles: frozenset[str]  # dropped right after a question word
    closing_particles: frozenset[str]  # dropped last, after a question word opens ("кто X вообще?")
    emphasis: frozenset[str]  # dropped anywhere but first and last ("X правда признала Y?")
    negated_openers: tuple[tuple[str, ...], ...]  # "разве X не …?": "X …?" (longest first)
    negations: frozenset[str]
    tags: tuple[tuple[str, ...], ...]  # dropped from the end, longest first
    clause_words: frozenset[str]  # "que" of "¿con quién dice X que …?": the English "that"
    object_questions: frozenset[tuple[str, ...]]  # "a quién", "кого": the subject after the verb
    yes_no_particles: frozenset[str]  # "ли" of "разорвал ли X …?"
    spellings: dict[str, str]
    names: dict[str, str]  # a name as written → a CLDR code or its English name
    demonyms: dict[str, str]  # stem of an adjective → the English name of its place
    demonym_endings: tuple[str, ...]  # longest first
    literals: frozenset[str] = field(default=frozenset())  # words the patterns spell out
    fixed: frozenset[str] = field(default=frozenset())  # function and question words, as written
    gloss_stems: dict[str, str] = field(default_factory=dict)  # stem → English
    class_stems: dict[str, str] = field(default_factory=dict)  # stem → the class form it is
    known_stems: frozenset[str] = field(default=frozenset())  # every word's stem (typo targets)

    def fold(self, word: str) -> str:
        return self.rules.fold(word)

    def stem(self, word: str) -> str:
        return self.rules.stem(word)

    def words(self, text: str) -> list[str]:
        """The folded words of a text (a name, a phrase)."""
        return [self.rules.fold(w) for w in _TOKEN.findall(text)]


def load(lang: str, base: Path) -> QuestionLanguage:
    """``base/<lang>/``'s vocabulary.yaml, intents.yaml and rules.py, validated."""
    problems: list[str] = []
    folder, vocab_node, intents_node = read_folder(base, lang, problems)
    vocab_path, intents_path = folder / "vocabulary.yaml", folder / "intents.yaml"
    rules = load_rules(folder / "rules.py", problems, REQUIRED, "bot/languages/vocabulary.py")
    if problems:
        raise IntentsError(problems)
    vocab = _vocabulary(vocab_path, vocab_node, problems)
    classes = {k: [rules.fold(w) for w in v] for k, v in vocab.get("classes", {}).items()}
    intents = check_intents(intents_path, intents_node, classes, problems)
    if problems:
        raise IntentsError(problems)
    return _build(lang, rules, vocab, classes, intents, intents_path)


def _vocabulary(path: Path, node, problems: list[str]) -> dict:
    top = mapping(path, node, "vocabulary", problems)
    check_header(path, top, problems)
    out: dict = {}
    for key, (shape, what) in SCHEMA.items():
        if key not in top:
            problems.append(f"{path}:1: missing '{key}' ({what})")
            continue
        value = top[key][1]
        if shape == LIST:
            out[key] = strings(path, value, key, problems)
        elif shape == CLASSES:
            entries = mapping(path, value, key, problems)
            out[key] = {
                n: strings(path, v, f"{key}.{n}", problems) for n, (_, v) in entries.items()
            }
        else:
            out[key] = _phrases(path, key, value, problems)
    for key, (k, _) in top.items():
        if key not in SCHEMA and key not in ("version", "language"):
            problems.append(f"{path}:{line_of(k)}: unknown key '{key}'")
    return out


def _phrases(path: Path, key: str, node, problems: list[str]) -> dict[str, str]:
    out = {}
    for name, (k, val) in mapping(path, node, key, problems).items():
        if not isinstance(val, yaml.ScalarNode) or not val.value.strip():
            problems.append(f"{path}:{line_of(val)}: {key}.{name}: must be a non-empty string")
            continue
        if key == "spellings" and not re.fullmatch(r"\w+", name):
            problems.append(f"{path}:{line_of(k)}: spellings: {name!r} must be one word")
            continue
        out[name] = val.value
    return out


def _build(lang, rules, vocab, classes, intents, intents_path) -> QuestionLanguage:
    fold, stem = rules.fold, rules.stem

    def key(text: str) -> tuple[str, ...]:
        return tuple(fold(w) for w in _TOKEN.findall(text))

    question_words = {key(k): v for k, v in vocab["question_words"].items()}
    glossary: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    for english, forms in vocab["glossary"].items():
        for form in forms:
            words = key(form)
            if len(words) == 1:
                glossary.setdefault(words[0], english)
            elif words:
                phrases.setdefault(tuple(stem(w) for w in words), english)
    stopwords = frozenset(fold(w) for w in vocab["stopwords"])
    singles = list(glossary.items())
    class_forms = [f for forms in classes.values() for f in forms if " " not in f]
    class_stems = _first_by_stem(stem, [(f, f) for f in class_forms])
    exact = frozenset(fold(w) for w in vocab["exact"])  # "partido" is not "parte"
    fixed = stopwords | exact | {w for k in question_words for w in k}

    def as_read(pattern: str) -> str:
        """The pattern with each word it spells out as a question's reading writes it: a form
        of a class's word ("является") is read as that word ("являться")."""
        return " ".join(
            _read_token(tok, lambda w: w if w in fixed else class_stems.get(stem(w), w))
            for tok in pattern.split()
        )

    read_intents = tuple(
        replace(i, patterns=tuple(map(as_read, i.patterns))) for i in intents.intents
    )
    follow_ups = tuple(map(as_read, intents.follow_ups))
    literals = {
        alt
        for pat in [*(p for i in read_intents for p in i.patterns), *follow_ups]
        for tok in pat.split()
        for alt in tok.rstrip("?").split("|")
        if not alt.startswith(("{", "<")) and alt not in ("*", "$")
    }
    return QuestionLanguage(
        lang=lang,
        rules=rules,
        intents=read_intents,
        follow_ups=follow_ups,
        classes={k: tuple(v) for k, v in classes.items()},
        intents_file=str(intents_path),
        intents_line=intents.line,
        question_words=question_words,
        glossary=glossary,
        phrases=phrases,
        stopwords=stopwords,
        asked_anywhere=frozenset(fold(w) for w in vocab["asked_anywhere"]),
        question_words_ends=frozenset(k[-1] for k in question_words if len(k) > 1),
        fillers=tuple(sorted((key(f) for f in vocab["fillers"]), key=len, reverse=True)),
        particles=frozenset(fold(w) for w in vocab["particles"]),
        closing_particles=frozenset(fold(w) for w in vocab["closing_particles"]),
        emphasis=frozenset(fold(w) for w in vocab["emphasis"]),
        negated_openers=tuple(
            sorted((key(f) for f in vocab["negated_openers"]), key=len, reverse=True)
        ),
        negations=frozenset(fold(w) for w in vocab["negations"]),
        tags=tuple(sorted((key(f) for f in vocab["tags"]), key=len, reverse=True)),
        clause_words=frozenset(fold(w) for w in vocab["clause_words"]),
        object_questions=frozenset(key(w) for w in vocab["object_questions"]),
        yes_no_particles=frozenset(fold(w) for w in vocab["yes_no_particles"]),
        spellings={fold(k): v for k, v in vocab["spellings"].items()},
        names=dict(vocab["names"]),
        demonyms={stem(fold(k)): v for k, v in vocab["demonyms"].items()},
        demonym_endings=tuple(sorted(vocab["demonym_endings"], key=len, reverse=True)),
        literals=frozenset(literals) | fixed,
        fixed=fixed,
        gloss_stems=_first_by_stem(stem, singles),
        class_stems=class_stems,
        known_stems=frozenset(stem(w) for w in glossary if len(w) >= 3)
        | frozenset(stem(f) for f in class_forms),
    )


def _read_token(tok: str, read) -> str:
    """A pattern's token ("a|b?") with each spelt-out word replaced by ``read(word)``."""
    optional = tok.endswith("?") and len(tok) > 1
    alts = tok[:-1] if optional else tok
    out = "|".join(
        a if a.startswith(("{", "<")) or a in ("*", "$") else read(a) for a in alts.split("|")
    )
    return out + "?" if optional else out


def _first_by_stem(stem, pairs) -> dict[str, str]:
    """{stem: value} of (word, value) pairs, the first listed winning; stems of one or two letters
    are left out (they meet too many words). A listed word of four letters or more is also a stem
    of its own forms when Snowball cuts the word itself shorter than them ("визит" → "виз", but
    "визитом", "визита" → "визит"): after every real stem, so a real stem always wins."""
    out: dict[str, str] = {}
    for word, value in pairs:
        st = stem(word)
        if len(st) >= 3:
            out.setdefault(st, value)
    for word, value in pairs:
        if len(word) >= 4 and word.isalpha():
            out.setdefault(word, value)
    return out
