"""A language's rules: the code of ``intents/<lang>/rules.py`` (stemmer, demonyms, possessives,
word endings), loaded by path from the same folder as the language's YAML — in a checkout and
after ``pip install .`` alike, and from a folder given in ``ARTICLE_BOT_INTENTS``.

:data:`REQUIRED` lists what every rules module must define; :func:`check` says what is missing.
"""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from .resources import intents_dir

REQUIRED = (
    "POSSESSIVE_SUFFIXES",
    "PLURAL_POSSESSIVE_APOSTROPHE",
    "stem",
    "is_demonym",
    "demonym_test",
    "demonym_places",
    "same_root",
    "is_past",
    "is_gerund",
    "is_participle",
    "is_finite",
    "is_adverb",
    "is_plural",
    "singular",
)


@cache  # one module per path for the process: identity is relied on
def load_rules(path: Path) -> ModuleType:
    """The rules module at ``path`` (loaded once per path). Raises what loading it raises:
    OSError, SyntaxError, or any error of the module's own code."""
    name = f"bot_language_rules_{abs(hash(str(path))):x}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise OSError(f"{path}: not a Python file")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses and pickling look modules up by name
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


def check(module: ModuleType) -> list[str]:
    """The names of :data:`REQUIRED` the module lacks."""
    return [n for n in REQUIRED if not hasattr(module, n)]


def default_rules() -> ModuleType:
    """The rules of the bundled English, for callers that have no lexicon at hand."""
    return load_rules((intents_dir() / "en" / "rules.py").resolve())
