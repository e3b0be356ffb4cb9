"""Reading the project's YAML data files into nodes that remember their line, and the checks every
data file shares (a version header, mappings without duplicate keys, lists of strings). Every
problem is appended as ``file:line: what is wrong``; the caller raises them together."""

from __future__ import annotations

from pathlib import Path

import yaml

try:  # the C loader is several times faster; fall back to pure Python where it is missing
    _Base = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Base = yaml.SafeLoader

_TAG_OF = {
    yaml.ScalarNode: _Base.DEFAULT_SCALAR_TAG,
    yaml.SequenceNode: _Base.DEFAULT_SEQUENCE_TAG,
    yaml.MappingNode: _Base.DEFAULT_MAPPING_TAG,
}


class _Loader(_Base):
    """The loader, each node tagged by its kind alone: the data files take every scalar as its
    text (see :func:`strings`), so the YAML types a plain scalar might be ("no", "1") are not
    looked for, scalar after scalar, while the files are read."""

    def resolve(self, kind, value, implicit):
        return _TAG_OF[kind]

    def descend_resolver(self, current_node, current_index):
        pass  # (no path resolvers: nothing to follow into a node)

    def ascend_resolver(self):
        pass


SUPPORTED_VERSION = 1


def read(path: Path, problems: list[str]):
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


def line_of(node) -> int:
    return node.start_mark.line + 1


def mapping(path, node, what, problems) -> dict[str, tuple[object, object]]:
    """A YAML mapping node → {key: (key_node, value_node)}; duplicate keys are problems."""
    if not isinstance(node, yaml.MappingNode):
        problems.append(f"{path}:{line_of(node)}: {what} must be a mapping")
        return {}
    out = {}
    for k, v in node.value:
        if not isinstance(k, yaml.ScalarNode):
            problems.append(f"{path}:{line_of(k)}: {what}: keys must be plain words")
            continue
        if k.value in out:
            problems.append(f"{path}:{line_of(k)}: {what}: duplicate key '{k.value}'")
        out[k.value] = (k, v)
    return out


def strings(path, node, what, problems) -> list[str]:
    if not isinstance(node, yaml.SequenceNode):
        problems.append(f"{path}:{line_of(node)}: {what} must be a list of strings")
        return []
    # Any plain scalar is taken as its text: "no", "on" and "1" are words here, not YAML 1.1
    # booleans or numbers.
    out = [x.value for x in node.value if isinstance(x, yaml.ScalarNode) and x.value.strip()]
    if len(out) < len(node.value):  # (a file with a problem)
        for item in node.value:
            if not isinstance(item, yaml.ScalarNode) or not item.value.strip():
                problems.append(
                    f"{path}:{line_of(item)}: {what}: each entry must be a non-empty string"
                )
    return out


def check_header(path, top, problems) -> None:
    if "version" not in top:
        problems.append(f"{path}:1: missing 'version' key (expected version: {SUPPORTED_VERSION})")
        return
    k, v = top["version"]
    if not isinstance(v, yaml.ScalarNode) or v.value != str(SUPPORTED_VERSION):
        problems.append(
            f"{path}:{line_of(v)}: unsupported version {getattr(v, 'value', '?')!r} (expected {SUPPORTED_VERSION})"
        )
