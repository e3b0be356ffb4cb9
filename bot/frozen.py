"""Frozen records made quickly: :func:`frozen` is ``dataclass(frozen=True)`` with an ``__init__``
that stores the fields straight into the instance's dict.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__`` (the class's
``__setattr__`` refuses), one call per field: a long article makes a hundred thousand records
(sentences, mentions, amounts, events), and those calls are a third of the cost of making one.
The class made here is the dataclass it was — the same fields, defaults, equality, hash, repr and
refusal to be changed — whose ``__init__`` takes the same arguments and stores them in the new
instance's ``__dict__`` directly. A class this does not cover (a default factory, a field left out of
``__init__``, a ``__post_init__``) keeps the dataclass's own ``__init__``.

:func:`frozen_slots` is the same for ``dataclass(frozen=True, slots=True)`` (a record many of
which are kept: no dict per instance): its ``__init__`` sets each field through the slot's own
descriptor, which is what ``object.__setattr__`` ends up calling, without the lookups before it.
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, fields

_LOCAL = "fields_"  # the name of the instance's dict inside a made __init__


def frozen(cls: type) -> type:
    """``@dataclass(frozen=True)``, made quicker to instantiate (see above)."""
    cls = dataclass(frozen=True)(cls)
    made = _init(cls)
    if made is not None:
        made.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = made  # type: ignore[misc]
    return cls


def frozen_slots(cls: type) -> type:
    """``@dataclass(frozen=True, slots=True)``, made quicker to instantiate (see above)."""
    cls = dataclass(frozen=True, slots=True)(cls)
    made = _init(cls, slots=True)
    if made is not None:
        made.__qualname__ = f"{cls.__qualname__}.__init__"
        cls.__init__ = made  # type: ignore[misc]
    return cls


def _init(cls: type, slots: bool = False):
    """The quick ``__init__`` of a frozen dataclass, or None when it is not a plain one (or a
    field is named as one of the ``__init__``'s own names)."""
    own = fields(cls)
    if hasattr(cls, "__post_init__") or any(
        not f.init or f.kw_only or f.default_factory is not MISSING or f.name in ("self", _LOCAL)
        for f in own
    ):
        return None
    defaults = {f"_d_{f.name}": f.default for f in own if f.default is not MISSING}
    params = ", ".join(f.name if f.default is MISSING else f"{f.name}=_d_{f.name}" for f in own)
    if slots:  # each slot's descriptor sets it (a global of the made function: _s_<field>)
        defaults.update({f"_s_{f.name}": cls.__dict__[f.name].__set__ for f in own})
        stores = "".join(f"\n    _s_{f.name}(self, {f.name})" for f in own)
        source = f"def __init__(self, {params}):{stores}\n"
    else:
        # one store into the instance's dict per field: quicker than dict.update, and the dict
        # keeps the keys its class's instances share (update would give each a table of its own)
        stores = "".join(f"\n    {_LOCAL}[{f.name!r}] = {f.name}" for f in own)
        source = f"def __init__(self, {params}):\n    {_LOCAL} = self.__dict__{stores}\n"
    namespace = dict(defaults)
    exec(source, namespace)  # noqa: S102 — built from the field names of a dataclass
    return namespace["__init__"]
