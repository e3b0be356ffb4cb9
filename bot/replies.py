"""What the bot writes, per language: ``intents/<lang>/replies.yaml``, keys → templates.

The core speaks language-neutral keys (``decline.default``, ``telegram.help.intro``); a reply is
written in the asker's language by filling the template's ``{fields}``. A language that lacks a
key falls back to English. Loading validates every file and collects every problem as
``file:line: what`` before raising one :class:`~bot.errors.IntentsError`:

    replies = load("en")
    replies.text("decline.not_mentioned", name="Atlantis")
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from .errors import IntentsError
from .frozen import frozen
from .resources import intents_dir

SUPPORTED_VERSION = 1
BASE_LANG = "en"
FILE = "replies.yaml"
_KEY = re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)*$")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader where it is built


@frozen  # made quickly: every answer says one or more
class Message:
    """A reply before it is written in a language: its key and the values of its fields.

    A field is text (a name, a verb or words quoted from the article: never translated), another
    message, or a :class:`Listed` list that the language joins ("A, B and C").
    """

    key: str
    fields: tuple[tuple[str, Field], ...] = ()

    @classmethod
    def of(cls, key: str, **fields: object) -> Message:
        return cls(key, tuple([(k, v if type(v) is str else _field(v)) for k, v in fields.items()]))


@frozen
class Listed:
    """A list the language joins: "A, B and C" (``conjunction``) or "A, B, C"."""

    items: tuple[Field, ...]
    conjunction: bool = True

    @classmethod
    def of(cls, items, conjunction: bool = True) -> Listed:
        return cls(tuple([x if type(x) is str else _field(x) for x in items]), conjunction)


Field = str | Message | Listed
LIST_SEPARATOR, LIST_AND = "list.separator", "list.and"  # the keys lists are joined with


def _field(v: object) -> Field:
    return v if isinstance(v, Message | Listed) else str(v)


@dataclass(frozen=True)
class Replies:
    """The reply templates of one language (English under it where the language has no text)."""

    lang: str
    templates: dict[str, str]
    # (field, text) → the text in this language: the article's dates and places (None: as is)
    localize: Callable[[str, str], str] | None = field(default=None, compare=False)

    def text(self, key: str, **fields: object) -> str:
        """The template of ``key`` with its fields filled in. An unknown key is a bug: KeyError."""
        return self.templates[key].format_map({k: str(v) for k, v in fields.items()})

    def render(self, message: Message) -> str:
        """The message written in this language."""
        local = self.localize
        if local is not None:  # a text field as _value writes it (a field's name is never empty)
            values = {
                k: local(k, v) if type(v) is str else self._value(v, k) for k, v in message.fields
            }
        else:
            values = {k: v if type(v) is str else self._value(v) for k, v in message.fields}
        return self.templates[message.key].format_map(values)

    def join(self, items: Listed, name: str = "") -> str:
        """ "A, B and C" in this language (``list.separator``, ``list.and``); ``name``: the
        field the list fills."""
        local = self.localize if name else None  # a text item as _value writes it, quickly
        values = [
            (x if local is None else local(name, x)) if type(x) is str else self._value(x, name)
            for x in items.items
        ]
        sep = self.templates[LIST_SEPARATOR]
        if len(values) < 2 or not items.conjunction:
            return sep.join(values)
        return self.text(LIST_AND, items=sep.join(values[:-1]), last=values[-1])

    def _value(self, v: Field, name: str = "") -> str:
        if isinstance(v, Message):
            return self.render(v)
        if isinstance(v, Listed):
            return self.join(v, name)
        return self.localize(name, v) if self.localize is not None and name else v

    def __contains__(self, key: str) -> bool:
        return key in self.templates


def fields_of(template: str) -> set[str]:
    """The ``{field}`` names a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _base_dir(directory: str | Path | None) -> Path:
    return Path(directory or os.environ.get("ARTICLE_BOT_INTENTS") or intents_dir())


def read(path: Path, problems: list[str]) -> dict[str, tuple[str, int]]:
    """``{key: (template, line)}`` of one replies file; every problem appended as file:line."""
    try:
        text = path.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_LOADER)
    except FileNotFoundError:
        problems.append(f"{path}: file missing")
        return {}
    except (OSError, UnicodeDecodeError) as e:
        problems.append(f"{path}: cannot read: {e}")
        return {}
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problems.append(f"{path}:{mark.line + 1 if mark else 1}: YAML syntax error: {e.problem}")
        return {}
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{path}:1: expected a mapping with 'version' and 'replies'")
        return {}
    top = {k.value: v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    version = top.get("version")
    if not isinstance(version, yaml.ScalarNode) or version.value != str(SUPPORTED_VERSION):
        line = version.start_mark.line + 1 if version is not None else 1
        problems.append(f"{path}:{line}: 'version' must be {SUPPORTED_VERSION}")
    body = top.get("replies")
    if not isinstance(body, yaml.MappingNode):
        line = body.start_mark.line + 1 if body is not None else 1
        problems.append(f"{path}:{line}: 'replies' must be a mapping of key: template")
        return {}
    out: dict[str, tuple[str, int]] = {}
    for k, v in body.value:
        line = k.start_mark.line + 1
        key = getattr(k, "value", "")
        if not isinstance(k, yaml.ScalarNode) or not _KEY.match(key):
            problems.append(f"{path}:{line}: reply key {key!r} must be dotted lowercase words")
            continue
        if key in out:
            problems.append(
                f"{path}:{line}: reply '{key}' defined twice (first at line {out[key][1]})"
            )
            continue
        if not isinstance(v, yaml.ScalarNode) or not v.value.strip():
            problems.append(f"{path}:{line}: reply '{key}' must be a non-empty string")
            continue
        try:
            fields_of(v.value)
        except ValueError as e:
            problems.append(f"{path}:{line}: reply '{key}': bad template: {e}")
            continue
        out[key] = (v.value, line)
    return out


@lru_cache(maxsize=8)
def _load(lang: str, base: Path) -> Replies:
    problems: list[str] = []
    en_path = base / BASE_LANG / FILE
    en = read(en_path, problems)
    merged = {k: t for k, (t, _) in en.items()}
    if lang != BASE_LANG:
        path = base / lang / FILE
        if not path.exists():
            problems.append(f"{path}: file missing (language '{lang}')")
        for key, (template, line) in read(path, problems).items():
            if key not in en:
                problems.append(f"{path}:{line}: reply '{key}' is not in {en_path}")
                continue
            extra = fields_of(template) - fields_of(en[key][0])
            if extra:
                problems.append(
                    f"{path}:{line}: reply '{key}' uses {sorted(extra)}, which "
                    f"{en_path}:{en[key][1]} does not give"
                )
                continue
            merged[key] = template
    if problems:
        raise IntentsError(problems)
    if lang == BASE_LANG:
        return Replies(lang, merged)
    from .languages.writing import localizer  # Babel's calendar and names, for this language

    return Replies(lang, merged, localizer(lang, base))


def load(lang: str = BASE_LANG, directory: str | Path | None = None) -> Replies:
    """The replies of ``lang`` (cached); raises IntentsError naming file:line."""
    return _load(lang, _base_dir(directory).resolve())
