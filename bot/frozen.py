"""Frozen records made quickly: :func:`frozen` is ``dataclass(frozen=True)`` with an ``__init__``
that stores the fields in one step.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (the class's
``__setattr__`` refuses), one call per field: a long article makes a hundred thousand records
(sentences, mentions, amounts, events), and those calls are a third of the cost of making one.
The class made here is the dataclass it was — the same fields, defaults, equality, hash, repr and
refusal to be changed — whose ``__init__`` takes the same arguments and fills the new instance's
``__dict__`` at once. A class this does not cover (a default factory, a field left out of
``__init__``, a ``__post_init__``) keeps the dataclass's own ``__init__``.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields


def frozen(cls: type) -> type:
    """``@dataclass(frozen=True)``, made quicker to instantiate (see above)."""
    cls = dataclass(frozen=True)(cls)
    made = _init(cls)
    if made is not None:
        made.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = made  # type: ignore[misc]
    return cls


def _init(cls: type):
    """The one-step ``__init__`` of a frozen dataclass, or None when it is not a plain one."""
    own = fields(cls)
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not MISSING for f in own
    ):
        return None
    defaults = {f"_d_{f.name}": f.default for f in own if f.default is not MISSING}
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_d_{f.name}" for f in own)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in own)
    source = f"def __init__(self, {params}):\n    self.__dict__.update({{{values}}})\n"
    namespace = dict(defaults)
    exec(source, namespace)  # noqa: S102 — built from the field names of a dataclass
    return namespace["__init__"]
