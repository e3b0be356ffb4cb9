"""The update journal: updates received but not handled yet, on disk, and recently handled ids.

A plain module (no telegram import): an update is a JSON-ready ``dict`` with an ``update_id``.
``received`` is written before the update is acknowledged to Telegram; ``finished`` after it has
been handled. At start, what was received but not finished is replayed; ids handled before are
ignored if Telegram delivers them again. Without a path it only deduplicates within the run.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
from collections import OrderedDict
from pathlib import Path

log = logging.getLogger("article_bot.telegram")


class Journal:
    """Updates received but not handled yet, on disk (JSON lines), and recently handled ids.

    ``received`` is written before the update is acknowledged to Telegram; ``finished`` after it
    has been handled. At start, what was received but not finished is replayed; ids handled
    before are ignored if Telegram delivers them again. Without a path it only deduplicates
    within the run.
    """

    KEEP_DONE = 5000
    # Telegram keeps an unconfirmed update 24 hours at most, and restarts update ids at random
    # after a week without updates: a handled id older than a day cannot come back as itself.
    DONE_TTL = 24 * 3600.0

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.pending: dict[int, dict] = {}
        self.done: OrderedDict[int, float] = OrderedDict()  # update_id -> when handled
        self._fh = None
        self._lines = 0

    def open(self) -> list[dict]:
        """Read the journal, compact it, and return the updates to replay (oldest first)."""
        if self.path is None:
            return []
        with contextlib.suppress(FileNotFoundError):
            for line in self.path.read_text(encoding="utf-8").splitlines():
                try:
                    rec = json.loads(line)
                except ValueError:  # a line cut by a crash
                    continue
                if "u" in rec:
                    self.pending[int(rec["u"]["update_id"])] = rec["u"]
                elif "d" in rec:
                    self.pending.pop(int(rec["d"]), None)
                    self._remember(int(rec["d"]), float(rec.get("t", 0)))
        self._compact()
        return [self.pending[k] for k in sorted(self.pending)]

    def seen(self, update_id: int) -> bool:
        if update_id in self.pending:
            return True
        when = self.done.get(update_id)
        return when is not None and when > time.time() - self.DONE_TTL

    def received(self, update_id: int, data: dict) -> None:
        self.pending[update_id] = data
        self._write({"u": data})

    def finished(self, update_id: int) -> None:
        if self.pending.pop(update_id, None) is not None or update_id not in self.done:
            now = time.time()
            self._remember(update_id, now)
            self._write({"d": update_id, "t": round(now, 1)})

    def close(self) -> None:
        if self._fh:
            try:
                self._compact()
            except OSError as e:
                log.warning("could not compact the update journal: %s", e)
            if self._fh:
                self._fh.close()
            self._fh = None

    def _remember(self, update_id: int, when: float) -> None:
        self.done[update_id] = when
        self.done.move_to_end(update_id)
        old = time.time() - self.DONE_TTL
        while self.done and (
            len(self.done) > self.KEEP_DONE or next(iter(self.done.values())) < old
        ):
            self.done.popitem(last=False)

    def _write(self, rec: dict) -> None:
        if self._fh is None:
            return
        try:
            self._fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")) + "\n")
            self._fh.flush()  # in the kernel: survives a killed process (not a power cut)
            self._lines += 1
            if self._lines > 4 * self.KEEP_DONE:
                self._compact()
        except OSError as e:  # a full disk must not stop the bot: go on without the journal
            log.warning("update journal disabled: %s", e)
            with contextlib.suppress(OSError):
                if self._fh:
                    self._fh.close()
            self._fh = None

    def _compact(self) -> None:
        assert self.path is not None
        if self._fh:
            self._fh.close()
            self._fh = None
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            for uid, when in self.done.items():
                fh.write(json.dumps({"d": uid, "t": round(when, 1)}) + "\n")
            for data in self.pending.values():
                fh.write(json.dumps({"u": data}, ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)
        self._fh = open(self.path, "a", encoding="utf-8")  # noqa: SIM115
        self._lines = 0
