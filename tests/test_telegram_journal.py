"""The update journal on its own (no telegram, no server): what is replayed, what is skipped."""

from __future__ import annotations

from bot.telegram.journal import Journal


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
