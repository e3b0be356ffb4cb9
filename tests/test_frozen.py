"""bot.frozen: a record made by ``frozen`` (or ``frozen_slots``) is the frozen dataclass it was,
only quicker to make."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from bot.frozen import frozen, frozen_slots


@frozen
class _Point:
    x: int
    y: int = 2


@frozen_slots
class _SlotPoint:
    x: int
    y: int = 2


@frozen
class _WithFactory:  # a default factory: the dataclass's own __init__
    xs: list = dataclasses.field(default_factory=list)


@dataclasses.dataclass(frozen=True)
class _Plain:
    x: int
    y: int = 2


CASES = [
    ("positional", lambda c: c(1, 3)),
    ("default", lambda c: c(1)),
    ("by name", lambda c: c(y=5, x=4)),
]


MADE = [("dict", _Point), ("slots", _SlotPoint)]


@pytest.mark.parametrize("cls", [c for _, c in MADE], ids=[n for n, _ in MADE])
@pytest.mark.parametrize("make", [m for _, m in CASES], ids=[n for n, _ in CASES])
def test_made_as_the_dataclass_makes_it(make, cls):
    got, want = make(cls), make(_Plain)
    assert dataclasses.astuple(got) == dataclasses.astuple(want)
    assert repr(got).replace(cls.__name__, "_Plain") == repr(want)
    assert got == make(cls) and hash(got) == hash(make(cls))
    assert pickle.loads(pickle.dumps(got)) == got
    assert dataclasses.replace(got, y=9).y == 9


def test_slots_keep_no_dict():
    assert not hasattr(_SlotPoint(1), "__dict__")


@pytest.mark.parametrize("cls", [c for _, c in MADE], ids=[n for n, _ in MADE])
@pytest.mark.parametrize(
    "call",
    [lambda c: c(), lambda c: c(1, 2, 3), lambda c: c(1, z=3)],
    ids=["missing", "too many", "unknown name"],
)
def test_wrong_arguments_refused(call, cls):
    with pytest.raises(TypeError):
        call(cls)


@pytest.mark.parametrize("cls", [c for _, c in MADE], ids=[n for n, _ in MADE])
def test_still_frozen(cls):
    p = cls(1)
    with pytest.raises(dataclasses.FrozenInstanceError):
        p.x = 3  # type: ignore[misc]


def test_a_default_factory_keeps_the_dataclass_init():
    assert _WithFactory().xs == [] and _WithFactory().xs is not _WithFactory().xs


@frozen
class _Clash:  # a field named as the made __init__'s local: the dataclass's own __init__
    fields_: int


def test_a_field_named_as_the_local_keeps_the_dataclass_init():
    assert _Clash(3).fields_ == 3
