"""The garbage collector paused while an article's facts are built.

Reading a long article makes hundreds of thousands of objects (tokens, mentions, sets of stems)
that all live as long as the article, and almost no reference cycles. Python's collector would
walk them over and over as they pile up: each collection of the oldest generation visits every
object alive, and there are several while the heap grows (a sixth of the load time of a
10,000-sentence article). :func:`paused` turns the collector off while the facts are built,
then moves everything alive into the oldest generation (``gc.freeze`` then ``gc.unfreeze``:
no object is visited), where the collector finds it as usual later. Nothing is lost: a cycle
made meanwhile is collected by the next collection of the oldest generation.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No collection inside; afterwards, what is alive counts as old, and the collector is on
    again if it was on before."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.unfreeze()
        if was_on:
            gc.enable()
