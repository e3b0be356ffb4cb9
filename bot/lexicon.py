"""The intents and the generic vocabulary, loaded from ``intents/<lang>/*.yaml`` and validated.

Validation collects every problem (``file:line: what is wrong``) before raising one
:class:`~bot.errors.IntentsError`; the CLI prints the first as one line. Another language is a
new folder with the same YAML keys and a ``rules.py`` of the same names (its stemmer, demonyms
and word endings; see :mod:`bot.language`).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import NamedTuple

import yaml

from . import language
from .errors import IntentsError
from .resources import intents_dir
from .text import fold

try:  # the C loader is several times faster; fall back to pure Python where it is missing
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader

SUPPORTED_VERSION = 1
LIST, CLASSES, STRINGS = "a list of words", "a mapping of name: [words]", "a mapping of word: text"


class Key(NamedTuple):
    """One key of vocabulary.yaml: its shape, whether its words are words the language knows
    (typo targets, never an unknown name), and what it is for."""

    shape: str
    known: bool
    what: str


# Every key of vocabulary.yaml, one line each. Words are folded (lowercase, no accents) on load.
SCHEMA: dict[str, Key] = {
    # -- shared by the facts and the questions
    "classes": Key(CLASSES, True, "word classes, usable in intents.yaml patterns as {name}"),
    "concepts": Key(CLASSES, True, "concept: words that mean it when a question meets a sentence"),
    "titles": Key(CLASSES, True, "kind of title: the titles and role words of that kind"),
    "times": Key(CLASSES, True, "direction (future/past/present): relative times"),
    "spellings": Key(STRINGS, False, "chat spelling (one word): what it means, replaced first"),
    "org_words": Key(LIST, True, "words that make a capitalised run an organisation"),
    "group_nouns": Key(LIST, True, "nouns that may follow a party in a list (members)"),
    "enumeration_heads": Key(LIST, True, "heads of lists that are not parties (including)"),
    "weekdays": Key(LIST, True, "names of the days"),
    "months": Key(LIST, True, "names of the months and their abbreviations"),
    "place_prepositions": Key(LIST, True, "prepositions that introduce a place"),
    "exclusion_words": Key(LIST, True, "negation and exclusion inside lists (excluding)"),
    "stopwords": Key(LIST, True, "function words: never content"),
    "light_verbs": Key(LIST, True, "verbs that carry no topic of their own (do, happen)"),
    "abbreviations": Key(LIST, True, "abbreviations whose period ends no sentence"),
    "name_suffixes": Key(LIST, True, "trailing words a name is also known without (TV)"),
    "fillers": Key(LIST, True, "openings dropped from the start of a question"),
    "honorifics": Key(LIST, True, "courtesy titles before a person's name"),
    "seasons": Key(LIST, True, "names of the seasons"),
    "counted_times": Key(LIST, False, "times written after their count (10 days ago)"),
    "past_auxiliaries": Key(LIST, False, "auxiliaries of a question about the past (did)"),
    "day_parts": Key(LIST, False, "parts of the day after a time (tomorrow morning)"),
    "clock_prepositions": Key(LIST, False, "'at' before a clock time (at 11am)"),
    "clock_suffixes": Key(LIST, False, "what ends a clock time (am, pm)"),
    "issue_nouns": Key(LIST, True, "what a vote or a stance can be about (plan, bill)"),
    "negations": Key(LIST, True, "words that negate (not, refused)"),
    # -- reading questions and answering them
    "question_words": Key(LIST, False, "words that shape a question, never its topic"),
    "person_pronouns": Key(LIST, False, "pronouns that stand for a person (he, her)"),
    "other_pronouns": Key(LIST, False, "pronouns that stand for anything else (they)"),
    "definite_articles": Key(LIST, False, "'the': before a description or a short name"),
    "description_stops": Key(LIST, False, "words that end 'the <adjectives> <title>' leftwards"),
    "of_words": Key(LIST, False, "'of' in 'the president of X': the title is X's"),
    "generic_titles": Key(LIST, False, "titles that stand for any of their kind (leader)"),
    "synonym_title_kinds": Key(LIST, False, "title kinds whose titles stand for one another"),
    "not_acronyms": Key(LIST, False, "short capitalised words that are not names (I, OK)"),
    "number_words": Key(LIST, False, "small numbers written as words (a count, not a topic)"),
    "count_words": Key(LIST, False, "words that count in a sentence (three, dozens)"),
    "ordinals": Key(LIST, False, "ordinal numbers (first, 2nd)"),
    "quantity_words": Key(LIST, False, "after 'how': asks for a count or an amount (many)"),
    "amount_words": Key(LIST, False, "after 'how': asks for an amount (much)"),
    "currency_symbols": Key(LIST, False, "symbols before an amount of money"),
    "amount_scales": Key(LIST, False, "words after an amount that scale it (million)"),
    "amount_short_scales": Key(LIST, False, "abbreviated scales after a symbol's amount (bn)"),
    "amount_units": Key(LIST, False, "units after an amount (dollars, percent, %)"),
    "amount_qualifiers": Key(LIST, False, "words before a number that belong to it (about)"),
    "range_joiners": Key(LIST, False, "words joining the ends of a range (and, to)"),
    "partitives": Key(LIST, False, "words between a number and what it counts (of them)"),
    "count_idioms": Key(LIST, False, "phrases opening with a number that count nothing (one of)"),
    "person_nouns": Key(LIST, False, "'how many people': a count of anyone"),
    "counted_people": Key(LIST, False, "nouns a count of people may stand beside (victims)"),
    "repetition_nouns": Key(LIST, False, "'how many times': a count of occasions"),
    "multiples": Key(LIST, False, "words that count times (twice)"),
    "vague_quantifiers": Key(LIST, False, "quantities that are no count (most, several)"),
    "focus_before": Key(LIST, False, "words before a word the question is about (what X)"),
    "relative_pronouns": Key(LIST, False, "words that open a relative clause (whose)"),
    "future_markers": Key(LIST, False, "words before a verb that put it in the future"),
    "future_hints": Key(LIST, False, "words of a question about the future (soon)"),
    "future_auxiliaries": Key(LIST, False, "'will': a question about who will"),
    "year_words": Key(LIST, False, "words asking for a year"),
    "vote_for": Key(LIST, False, "phrases of voting for (a side, not support)"),
    "against_words": Key(LIST, False, "'against': a sentence opposing what is asked"),
    "clause_breaks": Key(LIST, False, "words that start a new clause (but, although, who)"),
    "negators": Key(LIST, False, "words before a verb in its clause that deny it (not, unable)"),
    "hedges": Key(LIST, False, "words before a verb in its clause that leave it unsaid (could)"),
    "undecided": Key(LIST, False, "words before a verb in its clause: it is not known (whether)"),
    "opposites": Key(LIST, False, "'words | words': pairs of opposite meanings (convicted)"),
    "alternatives": Key(LIST, False, "'or' in '…or not?': not a negation"),
    "participle_auxiliaries": Key(LIST, False, "second words of 'when was X built?'"),
    "participle_endings": Key(LIST, False, "endings of a closing participle (built, held)"),
    "passive_endings": Key(LIST, False, "endings of a passive verb before 'by'"),
    "agent_prepositions": Key(LIST, False, "'by' after a passive verb: its agent follows"),
    "first_person": Key(LIST, False, "'I', 'we': a speaker doing what they say"),
    "subject_skips": Key(LIST, False, "words between a subject and its verb (had, also)"),
    "determiners": Key(LIST, False, "words that open a noun phrase (the, his, two)"),
    "phrase_joiners": Key(LIST, False, "prepositions inside a noun phrase (the board of X)"),
    "coordinators": Key(LIST, False, "words joining two verbs of one subject (and)"),
    "phrase_ends": Key(LIST, False, "words before a subject's noun phrase (that, how)"),
    "reason_markers": Key(LIST, False, "words of a sentence that gives a reason (because)"),
    "place_openers": Key(LIST, False, "words besides place prepositions opening a place (off)"),
    "origin_prepositions": Key(LIST, False, "before a place right after a name (X from Y)"),
    "from_words": Key(LIST, False, "before a place in a name's appositive (X, …, from Y)"),
    "plain_say": Key(LIST, False, "verbs of saying that say nothing of how (said)"),
    "attributions": Key(LIST, False, "quote verbs that come before the speaker"),
    "clause_openers": Key(LIST, False, "openers dropped before a reaction's clause"),
    "list_gaps": Key(LIST, False, "what stands between two names of one list (', and')"),
    "list_phrases": Key(LIST, False, "phrases joining two names of a list, commas or not"),
    "which_words": Key(LIST, False, "'which', 'what': asks for a name"),
    "choice_words": Key(LIST, False, "'which': asks for one of a kind by its name"),
    "naming_words": Key(LIST, False, "words that ask for a name, not a topic"),
    "name_of": Key(LIST, False, "'is the name of' after a which-word"),
}
_TOKEN = re.compile(
    r"^(\{[a-z_]+\}|<e>|<x>|<ex>|\*|\$|[a-z0-9'\-]+(\|[a-z0-9'\-]+)*|\{[a-z_]+\}(\|\{[a-z_]+\})+)\??$"
)

# intents/<lang>/writing.yaml: the words of news writing the fact extraction reads (all lists)
_WRITING_KEYS = (
    "name_connectors",
    "articles",
    "definite_articles",
    "genitive_words",
    "conjunctions",
    "relative_pronouns",
    "date_prepositions",
    "place_of_nouns",
    "byline_words",
    "person_subject_pronouns",
    "person_object_pronouns",
    "possessive_determiners",
    "speaker_pronouns",
    "thing_pronouns",
    "thing_possessives",
    "subject_pronouns",
    "attributions",
    "complementizers",
    "speech_prepositions",
    "time_prepositions",
    "period_parts",
    "time_modifiers",
    "time_prefixes",
    "future_modifiers",
    "past_modifiers",
    "present_modifiers",
    "day_parts",
    "ordinals",
    "ordinal_suffixes",
    "quarter_words",
    "year_words",
    "ambiguous_months",
    "clause_contrasts",
    "phrase_stops",
    "verb_cues",
    "neutral_words",
    "neutral_verbs",
    "neutral_auxiliaries",
    "be_forms",
    "agent_prepositions",
    "stance_nouns",
    "stance_intensifiers",
    "stance_adjectives",
    "stance_prepositions",
    "stance_particles",
    "reason_prepositions",
    "infinitive_markers",
    "abstain_nouns",
    "back_references",
    "demonstratives",
    "praise_verbs",
    "issue_determiners",
    "issue_prepositions",
    "default_issue",
    "quantifiers",
    "list_joiners",
    "vote_list_openers",
    "voters",
    "voting_words",
    "vote_for",
    "vote_against",
    "vote_list_objects",
    "vote_list_verbs",
    "vote_verbs",
    "reporting_adverbs",
    "reporting_verbs",
    "reporting_verbs_with_object",
    "reported_subjects",
    "reported_modals",
)


@dataclass(frozen=True)
class Intent:
    id: str
    patterns: tuple[str, ...]
    examples: tuple[str, ...]
    line: int


@dataclass
class Lexicon:
    """Everything generic the core knows about a language."""

    lang: str
    classes: dict[str, tuple[str, ...]]
    concepts: dict[str, str]  # stem -> concept id
    concept_phrases: dict[str, str]  # multi-word folded phrase -> concept id
    titles: dict[str, str]  # folded title word/phrase -> title kind
    times: dict[str, str]  # folded phrase -> direction (future/past/present)
    words: dict[str, frozenset[str]]  # the plain lists, folded
    intents: tuple[Intent, ...]
    spellings: dict[str, str] = field(default_factory=dict)  # chat spelling → what it means
    known_words: frozenset[str] = field(default_factory=frozenset)  # every folded word above
    follow_ups: tuple[str, ...] = ()  # patterns of a follow-up question ("and <e>?")
    intents_file: str = "intents.yaml"  # where the intents were read (for file:line errors)
    intents_line: int = 1  # the line of its 'intents' list
    writing: dict[str, frozenset[str]] = field(default_factory=dict)  # writing.yaml, folded
    rules: ModuleType = field(default_factory=language.default_rules)  # <lang>/rules.py

    def __post_init__(self):
        self._known_words()

    def _known_words(self) -> None:
        """The known words: every word of the vocabulary's known keys and of the patterns."""
        known = set()
        for forms in self.classes.values():
            for f in forms:
                known.update(f.split())
        for key, ws in self.words.items():
            if not SCHEMA[key].known:
                continue
            for w in ws:
                known.update(w.split())
        for phrase in list(self.concepts) + list(self.concept_phrases) + list(self.titles):
            known.update(phrase.split())
        for phrase in self.times:
            known.update(phrase.split())
        for intent in self.intents:  # the literal words of the patterns are words of the language
            for pat in intent.patterns:
                for tok in pat.split():
                    for alt in tok.rstrip("?").split("|"):
                        if alt.isalpha():
                            known.add(alt)
        self.known_words = frozenset(known)


def compile_pattern(pattern: str, classes: dict[str, tuple[str, ...]]) -> str:
    """One intents.yaml pattern → a regex over the space-ended symbol string."""
    out = []
    for tok in pattern.split():
        optional = tok.endswith("?") and len(tok) > 1
        if optional:
            tok = tok[:-1]
        if tok == "*":
            out.append(r"(?:\S+ )*?")
            continue
        if tok == "$":
            out.append("$")
            continue
        alts = []
        for alt in tok.split("|"):
            if alt.startswith("{"):
                forms = sorted(classes[alt[1:-1]], key=len, reverse=True)
                alts.extend(re.escape(f) for f in forms)
            elif alt == "<ex>":
                alts.append("<[ex]>")
            else:
                alts.append(re.escape(alt))
        body = "(?:" + "|".join(alts) + ") "
        out.append(f"(?:{body})?" if optional else body)
    return "".join(out)


# --------------------------------------------------------------------------- loading


def load(lang: str = "en", directory: str | Path | None = None) -> Lexicon:
    """Load and validate ``<directory>/<lang>/vocabulary.yaml``, ``intents.yaml``,
    ``writing.yaml`` and ``rules.py``."""
    base = Path(directory or os.environ.get("ARTICLE_BOT_INTENTS") or intents_dir())
    folder = base / lang
    if not folder.is_dir():
        raise IntentsError([f"{folder}: no intents for language '{lang}' (folder missing)"])
    problems: list[str] = []
    vocab_path, intents_path = folder / "vocabulary.yaml", folder / "intents.yaml"
    vocab_node = _read(vocab_path, problems)
    intents_node = _read(intents_path, problems)
    writing_node = _read(folder / "writing.yaml", problems)
    rules = _load_rules(folder / "rules.py", problems)
    if problems:
        raise IntentsError(problems)
    vocab = _check_vocabulary(vocab_path, vocab_node, problems)
    vocab["writing"] = _check_writing(folder / "writing.yaml", writing_node, problems)
    intents = _check_intents(intents_path, intents_node, vocab.get("classes", {}), problems)
    if problems:
        raise IntentsError(problems)
    return _build(lang, vocab, intents, intents_path, rules)


def _load_rules(path: Path, problems: list[str]) -> ModuleType | None:
    """The language's rules module, or None with the problem recorded (``file:line``)."""
    if not path.is_file():
        problems.append(f"{path}: file missing")
        return None
    try:
        module = language.load_rules(path.resolve())
    except SyntaxError as e:
        problems.append(f"{path}:{e.lineno or 1}: Python syntax error: {e.msg}")
        return None
    except Exception as e:
        problems.append(f"{path}:1: cannot load: {type(e).__name__}: {e}")
        return None
    for name in language.check(module):
        problems.append(f"{path}:1: missing '{name}' (see bot/language.py REQUIRED)")
    return module


def _read(path: Path, problems: list[str]):
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{path}: file missing")
        return None
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}: cannot read: {e}")
        return None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        problems.append(f"{path}:{line}: YAML syntax error: {e.problem or e.context}")
        return None
    except yaml.YAMLError as e:
        problems.append(f"{path}:1: YAML error: {e}")
        return None
    if node is None:
        problems.append(f"{path}:1: file is empty")
        return None
    return node


def _line(node) -> int:
    return node.start_mark.line + 1


def _mapping(path, node, what, problems) -> dict[str, tuple[object, object]]:
    """A YAML mapping node → {key: (key_node, value_node)}; duplicate keys are problems."""
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{path}:{_line(node)}: {what} must be a mapping")
        return {}
    out = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            problems.append(f"{path}:{_line(k)}: {what}: keys must be plain words")
            continue
        if k.value in out:
            problems.append(f"{path}:{_line(k)}: {what}: duplicate key '{k.value}'")
        out[k.value] = (k, v)
    return out


def _strings(path, node, what, problems) -> list[str]:
    if not isinstance(node, yaml.SequenceNode):
        problems.append(f"{path}:{_line(node)}: {what} must be a list of strings")
        return []
    out = []
    for item in node.value:
        # Any plain scalar is taken as its text: "no", "on" and "1" are words here, not YAML 1.1
        # booleans or numbers.
        if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
            problems.append(f"{path}:{_line(item)}: {what}: each entry must be a non-empty string")
            continue
        out.append(item.value)
    return out


def _check_header(path, top, problems) -> None:
    if "version" not in top:
        problems.append(f"{path}:1: missing 'version' key (expected version: {SUPPORTED_VERSION})")
        return
    k, v = top["version"]
    if not isinstance(v, yaml.ScalarNode) or v.value != str(SUPPORTED_VERSION):
        problems.append(
            f"{path}:{_line(v)}: unsupported version {getattr(v, 'value', '?')!r} (expected {SUPPORTED_VERSION})"
        )


def _check_vocabulary(path, node, problems) -> dict:
    top = _mapping(path, node, "vocabulary", problems)
    _check_header(path, top, problems)
    out: dict = {}
    for key, spec in SCHEMA.items():
        if key not in top:
            problems.append(f"{path}:1: missing '{key}' ({spec.what})")
            continue
        out[key] = _read_key(path, key, spec.shape, top[key][1], problems)
    known = set(SCHEMA) | {"version", "language"}
    for key, (k, _) in top.items():
        if key not in known:
            problems.append(f"{path}:{_line(k)}: unknown key '{key}'")
    return out


def _read_key(path, key: str, shape: str, node, problems):
    """One vocabulary key's value, checked against its shape."""
    if shape == LIST:
        return _strings(path, node, key, problems)
    entries = _mapping(path, node, key, problems)
    if shape == CLASSES:
        return {
            name: _strings(path, val, f"{key}.{name}", problems)
            for name, (_, val) in entries.items()
        }
    out = {}
    for name, (k, val) in entries.items():
        if not re.fullmatch(r"\w+", name):
            problems.append(f"{path}:{_line(k)}: {key}: {name!r} must be one word")
            continue
        if not isinstance(val, yaml.ScalarNode) or not val.value.strip():
            problems.append(f"{path}:{_line(val)}: {key}.{name}: must be a non-empty string")
            continue
        out[name] = val.value
    return out


class IntentsFile(NamedTuple):
    intents: list[Intent]
    follow_ups: list[str]  # patterns of a follow-up question ("and <e>?")
    line: int  # where the 'intents' list starts


def _check_writing(path, node, problems) -> dict[str, list[str]]:
    """writing.yaml: every key of _WRITING_KEYS, each a list of strings, and no other."""
    top = _mapping(path, node, "writing file", problems)
    _check_header(path, top, problems)
    out = {}
    for key in _WRITING_KEYS:
        if key not in top:
            problems.append(f"{path}:1: missing '{key}'")
            continue
        out[key] = _strings(path, top[key][1], key, problems)
    for key, (k, _) in top.items():
        if key not in _WRITING_KEYS and key not in ("version", "language"):
            problems.append(f"{path}:{_line(k)}: unknown key '{key}'")
    return out


def _check_intents(path, node, classes, problems) -> IntentsFile:
    top = _mapping(path, node, "intents file", problems)
    _check_header(path, top, problems)
    for key, (k, _) in top.items():
        if key not in ("version", "language", "intents", "follow_ups"):
            problems.append(f"{path}:{_line(k)}: unknown key '{key}'")
    follow_ups = []
    if "follow_ups" in top:
        seq = top["follow_ups"][1]
        follow_ups = _strings(path, seq, "follow_ups", problems)
        for pnode in seq.value if isinstance(seq, yaml.SequenceNode) else ():
            if isinstance(pnode, yaml.ScalarNode):
                _check_pattern(path, _line(pnode), "follow_ups", pnode.value, classes, problems)
    if "intents" not in top:
        problems.append(f"{path}:1: missing 'intents' list")
        return IntentsFile([], follow_ups, 1)
    seq = top["intents"][1]
    if not isinstance(seq, yaml.SequenceNode):
        problems.append(f"{path}:{_line(seq)}: 'intents' must be a list")
        return IntentsFile([], follow_ups, _line(seq))
    intents: list[Intent] = []
    seen_ids: dict[str, int] = {}
    seen_examples: dict[str, tuple[str, int]] = {}
    for item in seq.value:
        intent = _check_intent(path, item, classes, seen_ids, problems)
        if intent is None:
            continue
        entry = _mapping(path, item, "intent", [])
        if "examples" in entry and isinstance(entry["examples"][1], yaml.SequenceNode):
            for enode in entry["examples"][1].value:
                key = fold(getattr(enode, "value", "")).strip(" ?!.")
                if key in seen_examples and seen_examples[key][0] != intent.id:
                    other, line = seen_examples[key]
                    problems.append(
                        f"{path}:{_line(enode)}: example {enode.value!r} is under both '{other}' (line {line}) and '{intent.id}'"
                    )
                seen_examples.setdefault(key, (intent.id, _line(enode)))
        intents.append(intent)
    return IntentsFile(intents, follow_ups, top["intents"][0].start_mark.line + 1)


def _check_intent(path, item, classes, seen_ids: dict[str, int], problems) -> Intent | None:
    """One entry of the intents list, or None when it has no usable id."""
    entry = _mapping(path, item, "intent", problems)
    if "id" not in entry:
        problems.append(f"{path}:{_line(item)}: intent without an 'id'")
        return None
    iid = entry["id"][1].value if isinstance(entry["id"][1], yaml.ScalarNode) else ""
    if not re.fullmatch(r"[a-z_]+", iid or ""):
        problems.append(
            f"{path}:{_line(entry['id'][1])}: intent id must be lowercase words joined by _"
        )
        return None
    if iid in seen_ids:
        problems.append(
            f"{path}:{_line(item)}: intent '{iid}' defined twice (first at line {seen_ids[iid]})"
        )
    seen_ids[iid] = _line(item)
    for key, (k, _) in entry.items():
        if key not in ("id", "patterns", "examples", "description"):
            problems.append(f"{path}:{_line(k)}: intent '{iid}': unknown key '{key}'")
    pats = (
        _strings(path, entry["patterns"][1], f"intent '{iid}' patterns", problems)
        if "patterns" in entry
        else []
    )
    if not pats:
        problems.append(f"{path}:{_line(item)}: intent '{iid}' has no patterns")
    if "patterns" in entry and isinstance(entry["patterns"][1], yaml.SequenceNode):
        for pnode in entry["patterns"][1].value:
            if isinstance(pnode, yaml.ScalarNode):
                _check_pattern(path, _line(pnode), iid, pnode.value, classes, problems)
    exs = (
        _strings(path, entry["examples"][1], f"intent '{iid}' examples", problems)
        if "examples" in entry
        else []
    )
    return Intent(iid, tuple(pats), tuple(exs), _line(item))


def _check_pattern(path, line, iid, pat, classes, problems) -> None:
    if not pat.strip():
        problems.append(f"{path}:{line}: intent '{iid}': empty pattern")
        return
    for tok in pat.split():
        if not _TOKEN.match(tok):
            problems.append(f"{path}:{line}: intent '{iid}': bad pattern token {tok!r} in {pat!r}")
            continue
        for alt in tok.rstrip("?").split("|"):
            if alt.startswith("{") and alt[1:-1] not in classes:
                problems.append(
                    f"{path}:{line}: intent '{iid}': unknown class {alt} (not in vocabulary.yaml classes)"
                )


def _build(
    lang: str, vocab: dict, intents: IntentsFile, intents_path: Path, rules: ModuleType
) -> Lexicon:
    concepts, phrases = _concepts(vocab["concepts"], rules.stem)
    return Lexicon(
        lang=lang,
        classes={k: tuple(fold(f) for f in v) for k, v in vocab["classes"].items()},
        concepts=concepts,
        concept_phrases=phrases,
        titles=_by_form(vocab["titles"]),
        times=_by_form(vocab["times"]),
        words={
            k: frozenset(fold(w) for w in vocab[k]) for k, s in SCHEMA.items() if s.shape == LIST
        },
        intents=tuple(intents.intents),
        spellings=dict(vocab["spellings"]),
        follow_ups=tuple(intents.follow_ups),
        intents_file=str(intents_path),
        intents_line=intents.line,
        writing={k: frozenset(fold(w) for w in v) for k, v in vocab["writing"].items()},
        rules=rules,
    )


def _concepts(entries: dict[str, list[str]], stem) -> tuple[dict[str, str], dict[str, str]]:
    """{stem: concept} of the one-word forms, {folded phrase: concept} of the longer ones."""
    concepts: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for cid, forms in entries.items():
        for f in [cid, *forms]:
            f = fold(f)
            if " " in f:
                phrases[f] = cid
            else:
                concepts.setdefault(stem(f), cid)
    return concepts, phrases


def _by_form(entries: dict[str, list[str]]) -> dict[str, str]:
    """{folded form: its key}: the title kind of each title, the direction of each time."""
    return {fold(f): key for key, forms in entries.items() for f in forms}
