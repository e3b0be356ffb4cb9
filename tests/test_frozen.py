"""bot.frozen: a quick frozen dataclass behaves as ``@dataclass(frozen=True)`` does."""

from __future__ import annotations

import dataclasses
import inspect
import pickle
from dataclasses import dataclass, field

import pytest

from bot.article import Paragraph, Sentence
from bot.facts import model
from bot.frozen import frozen


@frozen
class Quick:
    a: int
    b: str
    c: bool = False
    d: tuple[int, ...] = ()


@dataclass(frozen=True)
class Plain:
    a: int
    b: str
    c: bool = False
    d: tuple[int, ...] = ()


def made(cls):
    return [cls(1, "x"), cls(1, "x", True), cls(a=1, b="x", d=(2,)), cls(1, b="x", c=True, d=(3,))]


@pytest.mark.parametrize(
    "check",
    [
        lambda o: repr(o).replace("Quick", "Plain"),
        lambda o: hash(o),
        lambda o: dataclasses.asdict(o),
        lambda o: dataclasses.astuple(dataclasses.replace(o, c=not o.c)),
        lambda o: pickle.loads(pickle.dumps(o)) == o,
        lambda o: vars(o),
    ],
    ids=["repr", "hash", "asdict", "replace", "pickle", "fields-in-order"],
)
def test_a_quick_record_is_the_dataclass_record(check):
    assert [check(o) for o in made(Quick)] == [check(o) for o in made(Plain)]


def test_same_parameters_and_defaults():
    quick, plain = inspect.signature(Quick), inspect.signature(Plain)
    assert [(p.name, p.default, p.kind) for p in quick.parameters.values()] == [
        (p.name, p.default, p.kind) for p in plain.parameters.values()
    ]


@pytest.mark.parametrize(
    "call",
    [lambda: Quick(1), lambda: Quick(1, "x", e=2), lambda: Quick(1, "x", False, (), 5)],
    ids=["missing", "unknown", "too-many"],
)
def test_wrong_arguments_raise_type_error(call):
    with pytest.raises(TypeError):
        call()


@pytest.mark.parametrize(
    "change",
    [lambda o: setattr(o, "a", 2), lambda o: delattr(o, "a"), lambda o: setattr(o, "new", 1)],
    ids=["assign", "delete", "add"],
)
def test_still_frozen(change):
    with pytest.raises(dataclasses.FrozenInstanceError):
        change(Quick(1, "x"))


def test_a_default_factory_keeps_the_dataclass_init():
    @frozen
    class WithFactory:
        a: int
        b: list[int] = field(default_factory=list)

    assert WithFactory(1).b == [] and WithFactory(1).b is not WithFactory(1).b


@pytest.mark.parametrize(
    "cls",
    [Sentence, Paragraph, model.Mention, model.Event, model.Place, model.SentenceFacts],
    ids=lambda c: c.__name__,
)
def test_the_many_records_are_quick(cls):
    assert cls.__init__.__qualname__ == f"{cls.__qualname__}.__init__"
    assert "__setattr__" not in cls.__init__.__code__.co_names  # the dataclass's own calls it
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen


def test_fields_named_like_the_init_s_own_names():
    @frozen
    class Odd:
        self: int
        d: int
        _default_d: int = 5

    assert vars(Odd(1, 2)) == {"self": 1, "d": 2, "_default_d": 5}
