"""Frozen dataclasses that are quick to make.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (the
class's ``__setattr__`` refuses), which is most of the cost of making one; reading a long
article makes over a hundred thousand such records (sentences, mentions, events, places …).
:func:`frozen` makes a frozen dataclass whose ``__init__`` writes the fields straight into the new
instance's ``__dict__``: the same parameters and defaults, the same equality, hash, repr,
``dataclasses.replace`` and immutability (assigning or deleting a field still raises
``FrozenInstanceError``), in about half the time.
"""

from __future__ import annotations

import dataclasses
from typing import TypeVar

T = TypeVar("T")


def frozen(cls: type[T]) -> type[T]:
    """``@dataclass(frozen=True)`` with a quicker ``__init__``. A class the quick one cannot
    stand for (a field with a default factory or left out of ``__init__``, a ``__post_init__``,
    slots) keeps the dataclass's own."""
    cls = dataclasses.dataclass(frozen=True)(cls)
    fields = dataclasses.fields(cls)
    if (
        hasattr(cls, "__post_init__")
        or "__slots__" in vars(cls)
        or any(f.default_factory is not dataclasses.MISSING or not f.init for f in fields)
    ):
        return cls
    params = ", ".join(
        f.name if f.default is dataclasses.MISSING else f"{f.name}=_default_{f.name}"
        for f in fields
    )
    # "__self", "__dict": no field's name (a class body mangles such names)
    body = "".join(f"    __dict[{f.name!r}] = {f.name}\n" for f in fields)
    defaults = {
        f"_default_{f.name}": f.default for f in fields if f.default is not dataclasses.MISSING
    }
    namespace: dict[str, object] = {}
    exec(
        f"def __init__(__self, {params}):\n    __dict = __self.__dict__\n{body}",
        defaults,
        namespace,
    )
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"  # type: ignore[attr-defined]
    init.__module__ = cls.__module__
    cls.__init__ = init  # type: ignore[misc]
    return cls
