"""Where the bundled article and the intents are, both in a checkout and after ``pip install .``."""

from __future__ import annotations

from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _first_dir(*candidates: Path) -> Path:
    for c in candidates:
        if c.is_dir():
            return c
    return candidates[0]


def seeds_dir() -> Path:
    """The folder of bundled articles (``bot/seeds`` installed, ``seeds/`` in a checkout)."""
    return _first_dir(_PKG / "seeds", _PKG.parent / "seeds")


def intents_dir() -> Path:
    """The folder of intents YAML (``bot/intents`` installed, ``intents/`` in a checkout)."""
    return _first_dir(_PKG / "intents", _PKG.parent / "intents")


def default_article() -> Path:
    """The bundled article: the file named in ``seeds/DEFAULT``, else the first ``*.txt`` there."""
    d = seeds_dir()
    try:
        name = (d / "DEFAULT").read_text(encoding="utf-8").strip()
    except OSError:
        name = ""
    if name:
        return d / name
    found = sorted(d.glob("*.txt"))
    return found[0] if found else d / "article.txt"
