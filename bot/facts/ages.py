"""Ages: "Name, 61," — the wire convention for a person's age, right after the name."""

from __future__ import annotations

from .words import Words


def age_after(w: Words, text: str, pos: int) -> str | None:
    """The age written right after a name that ends at character ``pos``, or None."""
    m = w.age.match(text, pos)
    return m.group(1) if m else None
