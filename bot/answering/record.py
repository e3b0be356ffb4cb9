"""Read-only records of many fields, built once (the language's words, an article's index).

A frozen dataclass of seventy fields costs milliseconds to define at every start; this base class
keeps the same contract — every annotated field given once, by name, none set afterwards — for
nothing.
"""

from __future__ import annotations


class Record:
    """Fields are the class's annotations; all must be given, by name, and are read-only."""

    def __init__(self, **fields: object):
        names = {n for klass in type(self).__mro__ for n in vars(klass).get("__annotations__", ())}
        if fields.keys() != names:
            missing, extra = sorted(names - fields.keys()), sorted(fields.keys() - names)
            raise TypeError(f"{type(self).__name__}: missing {missing}, unknown {extra}")
        self.__dict__.update(fields)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} is read-only")
