"""Reading a file the user named, safely: a regular file only — a FIFO would hang the read, a
device such as ``/dev/urandom`` never ends — and at most ``limit`` bytes, read without blocking.

    raw = read_regular(path, limit=5_000_000)   # OSError, NotRegularFile or TooLarge
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

KINDS = {stat.S_IFIFO: "a FIFO", stat.S_IFCHR: "a device", stat.S_IFBLK: "a device",
         stat.S_IFSOCK: "a socket"}  # fmt: skip


class NotRegularFile(ValueError):
    """The path is a FIFO, a device or a socket; ``kind`` says which."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class TooLarge(ValueError):
    """The file holds more than the limit; ``size`` is how much was seen."""

    def __init__(self, size: int) -> None:
        super().__init__(size)
        self.size = size


def read_regular(path: str | Path, limit: int) -> bytes:
    """The bytes of the regular file at ``path``, at most ``limit`` of them."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(fd).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        if not stat.S_ISREG(mode):
            raise NotRegularFile(KINDS.get(stat.S_IFMT(mode), "not a regular file"))
        if os.fstat(fd).st_size > limit:
            raise TooLarge(os.fstat(fd).st_size)
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # it grew while being read
                raise TooLarge(total)
        return b"".join(chunks)
    finally:
        os.close(fd)
