"""The update journal: the updates received and not yet handled, and the ones handled lately.

A plain module (no telegram import): an update is the JSON ``dict`` Telegram sent. The journal is
a SQLite database (standard library ``sqlite3``, WAL, one transaction a change), a file 0600 in a
directory 0700, so a torn write cannot corrupt it and other local users cannot read it:

* :meth:`Journal.accept` records an update before it is acknowledged to Telegram (the next
  ``getUpdates`` offset, or the webhook's 200) — or says it was seen before;
* :meth:`Journal.started` counts an attempt; :meth:`Journal.finished` marks it handled and drops
  its content (only the id and a fingerprint stay, a day, to recognise a redelivery);
  :meth:`Journal.release` gives back an attempt that never reached Telegram (a stop);
* :meth:`Journal.open` (at start) returns what to replay; an update whose handling was started
  ``max_attempts`` times without finishing, or that cannot be read back, is set aside instead.

An update is keyed on its id *and* a fingerprint of who wrote what where, so a server that starts
its ids again does not have its new updates taken for old ones. A journal that cannot be read is
moved aside with one warning and a fresh one started; a state directory that cannot be written is
one warning, and the journal then lives in memory (deduplication within the run only). Stored
updates keep only what a replay needs: names of users and chats are dropped.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import time
from pathlib import Path

log = logging.getLogger("article_bot.telegram")

SCHEMA = 1
DONE_TTL = 24 * 3600.0  # Telegram keeps an update a day at most: older ids cannot come back
KEEP_DONE = 20_000  # handled updates remembered at most
KEEP_ASIDE = 1000  # set-aside updates remembered at most
STRICT = " STRICT" if sqlite3.sqlite_version_info >= (3, 37) else ""
TABLE = f"""CREATE TABLE IF NOT EXISTS updates (
    update_id INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    kind TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'aside')),
    data TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    received REAL NOT NULL,
    finished REAL,
    reason TEXT,
    PRIMARY KEY (update_id, fingerprint)
){STRICT}"""
COLUMNS = "update_id, fingerprint, kind, state, data, attempts, received, finished, reason"
NAMES = ("first_name", "last_name", "username", "title", "language_code", "bio")


class Unusable(Exception):
    """The journal file cannot be used as it is (unreadable, not a database, corrupt)."""


def kind_of(data: dict) -> str:
    """The update's kind: its one field besides ``update_id`` (``message``, ``inline_query``…)."""
    return next((k for k in data if k != "update_id"), "")


def fingerprint(data: dict) -> str:
    """Who wrote what where: the same for a redelivery, different for another update."""
    kind = kind_of(data)
    body = data.get(kind)
    if isinstance(body, dict) and "id" in body:  # inline and callback queries have their own id
        sig: object = [kind, body["id"]]
    elif isinstance(body, dict) and isinstance(body.get("chat"), dict):
        sender = body.get("from") if isinstance(body.get("from"), dict) else {}
        text = body.get("text", body.get("caption"))
        sig = [kind, body["chat"].get("id"), sender.get("id"), text]
    else:
        sig = {k: v for k, v in data.items() if k != "update_id"}
    raw = json.dumps(sig, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(raw.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def minimise(value: object) -> object:
    """``value`` without the names of users and chats (ids, types and texts stay)."""
    if isinstance(value, dict):
        out = {k: minimise(v) for k, v in value.items() if k not in NAMES}
        if "is_bot" in value and "id" in value:
            out["first_name"] = ""  # a User needs one to be read back
        return out
    if isinstance(value, list):
        return [minimise(v) for v in value]
    return value


def valid_id(value: object) -> int | None:
    """``value`` if it is a usable update id (an int, not a bool)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Journal:
    """The update journal of one bot (see the module); ``path`` None: in memory only."""

    def __init__(
        self,
        path: Path | None,
        *,
        legacy: Path | None = None,
        expire: dict[str, float] | None = None,
        max_attempts: int = 3,
    ) -> None:
        self.path = path
        self.legacy = legacy  # the JSON-lines journal of earlier versions, imported once
        self.expire = expire or {}  # kind -> seconds after which replaying it is useless
        self.max_attempts = max_attempts
        self.live: dict[int, str] = {}  # update_id -> fingerprint of its pending record
        self.write_failed = False
        self.finished_since_prune = 0
        self._fh = self.connect()  # the database (named as the file of the JSONL journal)

    # ----------------------------------------------------------------------------- opening

    def connect(self) -> sqlite3.Connection:
        """The database at ``path``, moved aside if unusable; in memory if it cannot be had."""
        if self.path is None:
            return self.prepare(sqlite3.connect(":memory:"))
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as e:
            return self.without(f"cannot create {self.path.parent}: {e.strerror}")
        for attempt in range(2):
            try:
                return self.open_file()
            except Unusable as e:
                if attempt or not self.move_aside(str(e)):
                    return self.without(str(e))
        raise AssertionError("unreachable")  # pragma: no cover

    def open_file(self) -> sqlite3.Connection:
        assert self.path is not None
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o600)
            try:
                if os.fstat(fd).st_mode & 0o077:
                    os.fchmod(fd, 0o600)
            finally:
                os.close(fd)
        except OSError as e:
            raise Unusable(f"cannot open {self.path}: {e.strerror}") from None
        db = sqlite3.connect(self.path, timeout=5.0)
        try:
            return self.prepare(db)
        except sqlite3.Error as e:
            db.close()
            if "locked" in str(e) or "busy" in str(e):  # another process has it: leave it be
                raise Unusable(f"{self.path} is in use by another process") from None
            raise Unusable(f"{self.path} is not a usable journal ({e})") from None

    def prepare(self, db: sqlite3.Connection) -> sqlite3.Connection:
        """WAL, the schema (created or checked), an integrity check."""
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=NORMAL")  # WAL: a commit survives a killed process
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA):
            raise sqlite3.DatabaseError(f"schema version {version}, expected {SCHEMA}")
        if db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            raise sqlite3.DatabaseError("database disk image is malformed")
        db.execute(TABLE)
        db.execute(f"SELECT {COLUMNS} FROM updates LIMIT 0")
        db.execute(f"PRAGMA user_version={SCHEMA}")
        db.commit()
        return db

    def move_aside(self, reason: str) -> bool:
        """Rename the unusable file (and its WAL) out of the way; False if that fails too."""
        assert self.path is not None
        if not self.path.exists() and not self.path.is_symlink():
            return False
        stamp = time.strftime("%Y%m%d-%H%M%S")
        aside = self.path.with_name(f"{self.path.name}.unusable-{stamp}")
        try:
            os.replace(self.path, aside)
        except OSError:
            return False
        for suffix in ("-wal", "-shm"):
            try:
                os.replace(f"{self.path}{suffix}", f"{aside}{suffix}")
            except OSError:
                pass
        log.warning("update journal: %s; moved it aside to %s and started afresh", reason, aside)
        return True

    def without(self, reason: str) -> sqlite3.Connection:
        """One warning, and a journal in memory (deduplication within this run only)."""
        log.warning("no update journal (%s): restarts may lose or repeat answers", reason)
        self.path = None
        return self.prepare(sqlite3.connect(":memory:"))

    def open(self) -> list[dict]:
        """Import an old journal, forget what is too old, and return what to replay, in order."""
        if self.legacy is not None:
            import_legacy(self, self.legacy)
        self.prune()
        rows = self._fh.execute(
            "SELECT update_id, fingerprint, kind, data, attempts, received FROM updates "
            "WHERE state = 'pending' ORDER BY update_id"
        ).fetchall()
        replay = []
        for uid, fp, kind, data, attempts, received in rows:
            update = self.replayable(uid, fp, kind, data, attempts, received)
            if update is not None:
                self.live[uid] = fp
                replay.append(update)
        return replay

    def replayable(
        self, uid: int, fp: str, kind: str, data: object, attempts: object, received: object
    ) -> dict | None:
        """The stored update if it should be replayed; set aside or dropped otherwise."""
        try:
            update = json.loads(data)  # type: ignore[arg-type]
            if not isinstance(update, dict) or update.get("update_id") != uid:
                raise ValueError("not the update it is filed under")
        except (TypeError, ValueError):
            return self.put_aside(uid, fp, "its record cannot be read")
        if not isinstance(attempts, int) or attempts >= self.max_attempts:
            return self.put_aside(uid, fp, f"its handling was started {attempts} times")
        ttl = self.expire.get(kind)
        if ttl is not None and isinstance(received, float) and received < time.time() - ttl:
            self.mark(uid, fp, "done", "expired before it could be answered")
            return None
        return update

    def put_aside(self, uid: int, fp: str, reason: str) -> None:
        """Set a stored update aside at start, with one warning (its id, never its content)."""
        log.warning("update %s set aside, not replayed: %s", uid, reason)
        self.mark(uid, fp, "aside", reason)

    # ----------------------------------------------------------------------------- records

    def seen(self, update_id: int, data: dict | None = None) -> bool:
        """Was this update (this id, and this content when given) received before?"""
        fresh = time.time() - DONE_TTL
        sql = "SELECT fingerprint FROM updates WHERE update_id = ? AND (state != 'done' OR finished > ?)"
        fps = {row[0] for row in self._fh.execute(sql, (update_id, fresh))}
        if data is None:
            return bool(fps)
        return fingerprint(data) in fps or "" in fps  # "": imported by id only

    def accept(self, data: dict) -> bool:
        """Record a new update before it is acknowledged; False if it was seen before."""
        uid = valid_id(data.get("update_id"))
        if uid is None:
            raise ValueError("an update needs an integer update_id")
        if self.seen(uid, data):
            return False
        self.received(uid, data)
        return True

    def received(self, update_id: int, data: dict) -> None:
        """Record an update as pending (its content kept until it is handled)."""
        fp = fingerprint(data)
        self.live[update_id] = fp
        stored = json.dumps(minimise(data), ensure_ascii=False, separators=(",", ":"))
        self.write(
            f"INSERT OR REPLACE INTO updates ({COLUMNS}) VALUES (?, ?, ?, 'pending', ?, 0, ?, NULL, NULL)",
            (update_id, fp, kind_of(data), stored, time.time()),
        )

    def started(self, update_id: int) -> None:
        """Count an attempt at handling the update (before anything is sent)."""
        self.write(
            "UPDATE updates SET attempts = attempts + 1 WHERE update_id = ? AND fingerprint = ?",
            (update_id, self.key(update_id)),
        )

    def release(self, update_id: int) -> None:
        """Give back an attempt that never reached Telegram (a stop cut it short)."""
        self.write(
            "UPDATE updates SET attempts = MAX(attempts - 1, 0) "
            "WHERE update_id = ? AND fingerprint = ?",
            (update_id, self.key(update_id)),
        )

    def finished(self, update_id: int, note: str | None = None) -> None:
        """Mark the update handled: its content is dropped, its id kept a day."""
        self.mark(update_id, self.live.pop(update_id, ""), "done", note)
        self.finished_since_prune += 1
        if self.finished_since_prune >= 1000:
            self.prune()

    def set_aside(self, update_id: int, data: dict | None, reason: str) -> None:
        """Acknowledge an update that cannot be handled, without replaying it ever."""
        fp = self.live.pop(update_id, None) or (fingerprint(data) if data else "")
        self.mark(update_id, fp, "aside", reason)

    def mark(self, update_id: int, fp: str, state: str, reason: str | None) -> None:
        self.write(
            f"INSERT INTO updates ({COLUMNS}) VALUES (?, ?, '', ?, NULL, 0, ?, ?, ?) "
            "ON CONFLICT (update_id, fingerprint) DO UPDATE SET state = excluded.state, "
            "data = NULL, finished = excluded.finished, reason = excluded.reason",
            (update_id, fp, state, time.time(), time.time(), reason),
        )

    def key(self, update_id: int) -> str:
        return self.live.get(update_id, "")

    def write(self, sql: str, params: tuple) -> None:
        """One change, committed; a failure (a full disk) is one warning, and the bot goes on."""
        try:
            self._fh.execute(sql, params)
            self._fh.commit()
        except sqlite3.Error as e:
            if not self.write_failed:
                log.warning("update journal: cannot write (%s): restarts may lose answers", e)
            self.write_failed = True
            try:
                self._fh.rollback()
            except sqlite3.Error:
                pass
        else:
            self.write_failed = False

    def prune(self) -> None:
        """Forget handled updates older than a day (or beyond KEEP_DONE), and old set-asides."""
        self.finished_since_prune = 0
        old = time.time() - DONE_TTL
        self.write("DELETE FROM updates WHERE state = 'done' AND finished < ?", (old,))
        for state, keep in (("done", KEEP_DONE), ("aside", KEEP_ASIDE)):
            self.write(
                "DELETE FROM updates WHERE state = ? AND rowid NOT IN (SELECT rowid FROM updates "
                "WHERE state = ? ORDER BY finished DESC LIMIT ?)",
                (state, state, keep),
            )

    def close(self) -> None:
        try:
            self._fh.close()
        except sqlite3.Error:
            pass


def import_legacy(journal: Journal, path: Path) -> None:
    """Take over the JSON-lines journal of earlier versions, skipping what cannot be read."""
    try:
        raw = path.read_bytes()
    except OSError:
        return
    pending: dict[int, dict] = {}
    done: set[int] = set()
    skipped = 0
    for line in raw.splitlines():
        try:
            rec = json.loads(line.decode("utf-8"))
            update = rec.get("u") if isinstance(rec, dict) else None
            uid = valid_id(update.get("update_id")) if isinstance(update, dict) else None
            handled = valid_id(rec.get("d")) if isinstance(rec, dict) else None
            if uid is None and handled is None:
                raise ValueError("neither an update nor a handled id")
        except (UnicodeDecodeError, ValueError, AttributeError):
            skipped += 1
            continue
        if uid is not None:
            pending[uid] = update  # type: ignore[assignment]
        else:
            pending.pop(handled, None)  # type: ignore[arg-type]
            done.add(handled)  # type: ignore[arg-type]
    for uid in sorted(done):
        journal.mark(uid, "", "done", "imported")
    for _, update in sorted(pending.items()):
        journal.accept(update)
    try:
        path.unlink()
    except OSError:
        pass
    log.info(
        "update journal: imported %d pending update(s) from %s (%d unreadable line(s) skipped)",
        len(pending),
        path.name,
        skipped,
    )
