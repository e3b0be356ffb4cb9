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
_LIST_KEYS = (
    "org_words",
    "group_nouns",
    "enumeration_heads",
    "weekdays",
    "months",
    "place_prepositions",
    "exclusion_words",
    "stopwords",
    "light_verbs",
    "abbreviations",
    "name_suffixes",
    "fillers",
    "honorifics",
    "seasons",
    "issue_nouns",
    "negations",
)
# intents/<lang>/writing.yaml: the words of news writing the fact extraction reads (all lists)
_WRITING_KEYS = (
    "name_connectors",
    "courtesy_titles",
    "title_modifiers",
    "role_prepositions",
    "role_as_words",
    "title_places",
    "generic_titles",
    "affiliation_prepositions",
    "articles",
    "definite_articles",
    "genitive_words",
    "conjunctions",
    "relative_pronouns",
    "person_relatives",
    "plural_verbs",
    "date_prepositions",
    "place_of_nouns",
    "age_suffixes",
    "byline_words",
    "story_switches",
    "person_subject_pronouns",
    "person_object_pronouns",
    "possessive_determiners",
    "speaker_pronouns",
    "thing_pronouns",
    "thing_possessives",
    "subject_pronouns",
    "attributions",
    "organisation_say",
    "country_words",
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
    "number_words",
    "scale_words",
    "ordinal_words",
    "times_words",
    "times_nouns",
    "vague_counts",
    "currency_symbols",
    "currency_words",
    "percent_words",
    "approximators",
    "range_openers",
    "range_joiners",
    "range_and",
    "count_modifiers",
    "plural_nouns",
    "partitive_words",
    "partitive_pronouns",
    "amount_of_words",
    "duration_units",
    "distance_units",
    "weight_units",
    "age_units",
    "auxiliaries",
    "have_forms",
    "negation_words",
    "no_words",
    "verb_adverbs",
    "verb_particles",
    "chain_verbs",
    "refusal_words",
    "failure_words",
    "postponement_words",
    "cancellation_words",
    "irregular_past",
    "bare_participles",
    "phrase_owners",
    "first_person",
)
_MAP_KEYS = ("classes", "concepts", "titles", "times")
_STRING_MAP_KEYS = ("spellings",)
_TOKEN = re.compile(
    r"^(\{[a-z_]+\}|<e>|<x>|<ex>|\*|\$|[a-z0-9'\-]+(\|[a-z0-9'\-]+)*|\{[a-z_]+\}(\|\{[a-z_]+\})+)\??$"
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
    writing: dict[str, frozenset[str]] = field(default_factory=dict)  # writing.yaml, folded
    known_words: frozenset[str] = field(default_factory=frozenset)  # every folded word above
    rules: ModuleType = field(default_factory=language.default_rules)  # <lang>/rules.py
    _regex: re.Pattern | None = None
    _group_intent: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self._compile()

    # -- classification ---------------------------------------------------------------------
    def classify(self, symbols: str) -> str:
        """The intent id for a question's symbol string (words, ``<e>``, ``<x>``, space-ended)."""
        m = self._regex.match(symbols) if self._regex else None
        if not m:
            return "what"
        return self._group_intent[m.lastgroup]

    def _compile(self) -> None:
        parts = []
        for i, intent in enumerate(self.intents):
            for j, pat in enumerate(intent.patterns):
                name = f"i{i}_{j}"
                self._group_intent[name] = intent.id
                parts.append(f"(?P<{name}>{compile_pattern(pat, self.classes)})")
        self._regex = re.compile("^(?:" + "|".join(parts) + ")") if parts else None
        known = set()
        for forms in self.classes.values():
            for f in forms:
                known.update(f.split())
        for ws in self.words.values():
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
    return _build(lang, vocab, intents, rules)


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
    for key in _MAP_KEYS:
        if key not in top:
            problems.append(f"{path}:1: missing '{key}'")
            continue
        k, v = top[key]
        entries = _mapping(path, v, key, problems)
        out[key] = {
            name: _strings(path, val, f"{key}.{name}", problems)
            for name, (_, val) in entries.items()
        }
    for key in _LIST_KEYS:
        if key not in top:
            problems.append(f"{path}:1: missing '{key}'")
            continue
        out[key] = _strings(path, top[key][1], key, problems)
    for key in _STRING_MAP_KEYS:
        if key not in top:
            problems.append(f"{path}:1: missing '{key}'")
            continue
        entries = _mapping(path, top[key][1], key, problems)
        out[key] = {}
        for name, (_, val) in entries.items():
            if not isinstance(val, yaml.ScalarNode) or not val.value.strip():
                problems.append(f"{path}:{_line(val)}: {key}.{name}: must be a non-empty string")
                continue
            out[key][name] = val.value
    known = set(_MAP_KEYS) | set(_LIST_KEYS) | set(_STRING_MAP_KEYS) | {"version", "language"}
    for key, (k, _) in top.items():
        if key not in known:
            problems.append(f"{path}:{_line(k)}: unknown key '{key}'")
    return out


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


def _check_intents(path, node, classes, problems) -> list[Intent]:
    top = _mapping(path, node, "intents file", problems)
    _check_header(path, top, problems)
    if "intents" not in top:
        problems.append(f"{path}:1: missing 'intents' list")
        return []
    seq = top["intents"][1]
    if not isinstance(seq, yaml.SequenceNode):
        problems.append(f"{path}:{_line(seq)}: 'intents' must be a list")
        return []
    intents: list[Intent] = []
    seen_ids: dict[str, int] = {}
    seen_examples: dict[str, tuple[str, int]] = {}
    for item in seq.value:
        entry = _mapping(path, item, "intent", problems)
        if "id" not in entry:
            problems.append(f"{path}:{_line(item)}: intent without an 'id'")
            continue
        iid = entry["id"][1].value if isinstance(entry["id"][1], yaml.ScalarNode) else ""
        if not re.fullmatch(r"[a-z_]+", iid or ""):
            problems.append(
                f"{path}:{_line(entry['id'][1])}: intent id must be lowercase words joined by _"
            )
            continue
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
        if "examples" in entry and isinstance(entry["examples"][1], yaml.SequenceNode):
            for enode in entry["examples"][1].value:
                key = fold(getattr(enode, "value", "")).strip(" ?!.")
                if key in seen_examples and seen_examples[key][0] != iid:
                    other, line = seen_examples[key]
                    problems.append(
                        f"{path}:{_line(enode)}: example {enode.value!r} is under both '{other}' (line {line}) and '{iid}'"
                    )
                seen_examples.setdefault(key, (iid, _line(enode)))
        intents.append(Intent(iid, tuple(pats), tuple(exs), _line(item)))
    return intents


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


def _build(lang: str, vocab: dict, intents: list[Intent], rules: ModuleType) -> Lexicon:
    classes = {k: tuple(fold(f) for f in v) for k, v in vocab["classes"].items()}
    concepts: dict[str, str] = {}
    phrases: dict[str, str] = {}
    for cid, forms in vocab["concepts"].items():
        for f in [cid, *forms]:
            f = fold(f)
            if " " in f:
                phrases[f] = cid
            else:
                concepts.setdefault(rules.stem(f), cid)
    titles = {}
    for kind, forms in vocab["titles"].items():
        for f in forms:
            titles[fold(f)] = kind
    times = {}
    for direction, forms in vocab["times"].items():
        for f in forms:
            times[fold(f)] = direction
    words = {k: frozenset(fold(w) for w in vocab[k]) for k in _LIST_KEYS}
    return Lexicon(
        lang=lang,
        classes=classes,
        concepts=concepts,
        concept_phrases=phrases,
        titles=titles,
        times=times,
        words=words,
        intents=tuple(intents),
        spellings=dict(vocab["spellings"]),
        writing={k: frozenset(fold(w) for w in v) for k, v in vocab["writing"].items()},
        rules=rules,
    )
