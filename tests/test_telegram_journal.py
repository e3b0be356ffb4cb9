"""The update journal on its own (no telegram, no server): what is replayed, what is skipped."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from pathlib import Path

import pytest

from bot.telegram.journal import Journal

REAL_TIME = time.time


def update(uid: int, text: str = "Who is the minister?") -> dict:
    return {"update_id": uid, "message": {"message_id": uid, "text": text,
            "chat": {"id": 42, "type": "private"}, "date": 1}}  # fmt: skip


def test_unfinished_updates_are_replayed_in_order_after_a_crash(tmp_path):
    j = Journal(tmp_path / "j")
    assert j.open() == []
    for uid in (7, 5, 6):
        j.received(uid, update(uid))
    j.finished(6)
    del j  # no close: a crash
    j2 = Journal(tmp_path / "j")
    assert j2.open() == [update(5), update(7)]
    assert j2.seen(5) and j2.seen(6) and j2.seen(7) and not j2.seen(8)
    j2.finished(5)
    j2.finished(7)
    j2.close()
    j3 = Journal(tmp_path / "j")
    assert j3.open() == []
    assert j3.seen(7)
    j3.close()


def test_without_a_path_it_only_deduplicates_within_the_run():
    j = Journal(None)
    assert j.open() == []
    j.received(1, update(1))
    assert j.seen(1)
    j.finished(1)
    assert j.seen(1) and not j.seen(2)
    j.close()


def test_a_reused_id_with_other_content_is_a_new_update(tmp_path):
    j = Journal(tmp_path / "j")
    j.open()
    assert j.accept(update(5, "Who is the minister?"))
    j.finished(5)
    assert not j.accept(update(5, "Who is the minister?"))  # redelivered
    other = update(5, "When was the vote?")
    other["message"]["chat"]["id"] = 43
    assert j.accept(other)  # a server that started its ids again
    j.close()


def test_answered_updates_keep_no_text_and_pending_ones_no_names(tmp_path):
    j = Journal(tmp_path / "j")
    j.open()
    u = update(1, "zzprivate question")
    u["message"]["from"] = {"id": 9, "is_bot": False, "first_name": "Zed", "username": "zzuser"}
    u["message"]["chat"].update(first_name="Zed", username="zzuser")
    j.received(1, u)
    j.received(2, update(2, "zzother question"))
    j.finished(2)
    j.close()
    raw = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert b"zzprivate question" in raw and b"zzuser" not in raw and b"Zed" not in raw
    assert b"zzother" not in raw
    (back,) = Journal(tmp_path / "j").open()
    assert back["message"]["from"] == {"id": 9, "is_bot": False, "first_name": ""}


def test_the_journal_is_private(tmp_path):
    j = Journal(tmp_path / "state" / "j")
    j.open()
    j.received(1, update(1))
    assert (tmp_path / "state").stat().st_mode & 0o777 == 0o700
    for p in (tmp_path / "state").iterdir():
        assert p.stat().st_mode & 0o777 == 0o600, p
    j.close()


def test_an_update_that_keeps_failing_is_set_aside(tmp_path):
    j = Journal(tmp_path / "j", max_attempts=3)
    j.open()
    j.received(1, update(1))
    j.close()
    starts = 0
    while pending := Journal(tmp_path / "j", max_attempts=3).open():
        assert pending == [update(1)]
        starts += 1
        j = Journal(tmp_path / "j", max_attempts=3)
        j.open()
        j.started(1)  # ... and the process dies while handling it
        j.close()
    assert starts == 3
    j = Journal(tmp_path / "j", max_attempts=3)
    assert j.open() == [] and j.seen(1)  # acknowledged, never replayed again


def test_a_stop_before_sending_gives_the_attempt_back(tmp_path):
    j = Journal(tmp_path / "j", max_attempts=1)
    j.open()
    j.received(1, update(1))
    j.started(1)
    j.release(1)
    j.close()
    assert Journal(tmp_path / "j", max_attempts=1).open() == [update(1)]


def test_expired_kinds_are_not_replayed(tmp_path, monkeypatch):
    j = Journal(tmp_path / "j", expire={"inline_query": 10.0})
    j.open()
    j.received(1, {"update_id": 1, "inline_query": {"id": "q", "query": "who?"}})
    j.received(2, update(2))
    j.close()
    monkeypatch.setattr("time.time", lambda: REAL_TIME() + 60)
    assert Journal(tmp_path / "j", expire={"inline_query": 10.0}).open() == [update(2)]


def sqlite_header_then(garbage: bytes) -> bytes:
    return b"SQLite format 3\x00" + garbage


@pytest.mark.parametrize(
    "content",
    [b"not a database at all", b"\x00" * 4096, sqlite_header_then(b"\xff" * 5000),
     "Кириллица".encode()[:7], b""],
    ids=["text", "zeros", "torn-header", "cut-utf8", "empty"],
)  # fmt: skip
def test_an_unusable_database_is_moved_aside_with_one_warning(tmp_path, content, caplog):
    path = tmp_path / "j"
    path.write_bytes(content)
    j = Journal(path)
    assert j.open() == []
    j.received(1, update(1))
    j.close()
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    if content:  # an empty file is simply a new database
        assert len(warnings) == 1 and "moved it aside" in warnings[0].getMessage()
        assert [p.name for p in tmp_path.glob("j.unusable-*")]
    assert Journal(path).open() == [update(1)]


def test_a_database_of_another_shape_is_moved_aside(tmp_path):
    path = tmp_path / "j"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE updates (x TEXT)")
    db.commit()
    db.close()
    j = Journal(path)
    assert j.open() == [] and j.path == path
    assert list(tmp_path.glob("j.unusable-*"))


def test_an_unwritable_state_directory_is_one_warning_and_no_journal(tmp_path, caplog):
    target = unwritable_dir(tmp_path)
    j = Journal(target / "updates.sqlite3")
    assert j.open() == [] and j.path is None
    j.received(1, update(1))
    assert j.seen(1)  # still deduplicates within the run
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "no update journal" in warnings[0].getMessage()


def unwritable_dir(tmp_path: Path) -> Path:
    """A directory that exists and cannot be written, even by root (read-only sysfs)."""
    if os.geteuid() != 0:
        d = tmp_path / "ro"
        d.mkdir(mode=0o500)
        return d
    for candidate in (Path("/sys/kernel"), Path("/proc/self")):
        if candidate.is_dir() and not writable(candidate):
            return candidate
    pytest.skip("no directory root cannot write")


def writable(d: Path) -> bool:
    try:
        (d / ".article-bot-probe").touch()
    except OSError:
        return False
    (d / ".article-bot-probe").unlink()
    return True


def test_the_old_jsonl_journal_is_imported_skipping_what_is_broken(tmp_path, caplog):
    caplog.set_level("INFO")
    legacy = tmp_path / "old.jsonl"
    lines = [
        json.dumps({"u": update(1)}).encode(),
        json.dumps({"u": update(2)}).encode(),
        json.dumps({"d": 2, "t": 1.0}).encode(),
        json.dumps({"u": update(3, "Кто министр?")}, ensure_ascii=False).encode()[:-9],  # cut
        b"\xff\xfe not utf-8",
        b"[1, 2, 3]",
        json.dumps({"u": {"update_id": "abc"}}).encode(),
        json.dumps({"d": "x"}).encode(),
    ]
    legacy.write_bytes(b"\n".join(lines) + b"\n")
    j = Journal(tmp_path / "j.sqlite3", legacy=legacy)
    assert j.open() == [update(1)]
    assert j.seen(2) and not legacy.exists()
    assert "5 unreadable line(s) skipped" in caplog.text
