"""Backups: made consistently, pruned, restored with a safety copy, and from the CLI."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store import backup
from buurtdesk.core.store.db import DatabaseFileError
from buurtdesk.core.store.library import Library


def _file_with(path: Path, hood: str) -> Library:
    lib = Library(path)
    lib.add_neighbourhood(hood)
    return lib


def _hoods(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM neighbourhood ORDER BY name")]
    finally:
        con.close()


def test_backup_while_open_holds_committed_work(db_path: Path) -> None:
    lib = _file_with(db_path, "Oud-Noord")  # still open, WAL not checkpointed
    copy = backup.make_backup(db_path, "manual")
    assert copy.parent == backup.backup_dir(db_path)
    assert _hoods(copy) == ["Oud-Noord"]
    assert sqlite3.connect(copy).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    lib.close()


def test_prune_keeps_the_newest(db_path: Path) -> None:
    _file_with(db_path, "A").close()
    start = dt.datetime(2026, 1, 1, 12, 0, 0)
    for i in range(6):
        backup.make_backup(db_path, "manual", keep=4, now=start + dt.timedelta(hours=i))
    kept = backup.list_backups(db_path)
    assert [b.made.hour for b in kept] == [17, 16, 15, 14]
    assert all(b.reason == "manual" for b in kept)


def test_daily_backup_once_per_day(db_path: Path) -> None:
    _file_with(db_path, "A").close()  # a new file: no backup of nothing
    assert backup.list_backups(db_path) == []
    Library(db_path).close()  # the first open of the day
    Library(db_path).close()  # the second one
    assert [b.reason for b in backup.list_backups(db_path)] == ["daily"]


def test_closing_a_meeting_makes_a_backup(db_path: Path) -> None:
    lib = _file_with(db_path, "A")
    mid = lib.add_meeting(1, dt.date(2026, 12, 1))
    assert lib.set_meeting_status(mid, MeetingStatus.CLOSED) is MeetingStatus.PLANNED
    assert "meeting-closed" in [b.reason for b in backup.list_backups(db_path)]


def test_restore_round_trip_keeps_the_current_file(db_path: Path) -> None:
    lib = _file_with(db_path, "Before")
    saved = backup.make_backup(db_path, "manual")
    lib.add_neighbourhood("After")
    lib.close()

    safety = backup.restore(saved, db_path)

    assert _hoods(db_path) == ["Before"]
    assert _hoods(safety) == ["After", "Before"]
    assert Library(db_path).integrity() == "ok"


def test_restore_refuses_a_foreign_file(db_path: Path, tmp_path: Path) -> None:
    _file_with(db_path, "Keep").close()
    junk = tmp_path / "junk.buurtdesk"
    junk.write_bytes(b"not a database" * 50)
    before = db_path.read_bytes()
    with pytest.raises(DatabaseFileError):
        backup.restore(junk, db_path)
    assert db_path.read_bytes() == before


def test_cli_backup_and_restore(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    _file_with(db_path, "Before").close()
    out_file = tmp_path / "copy.buurtdesk"
    assert run(["backup", "--db", str(db_path), "-o", str(out_file)]) == 0
    assert _hoods(out_file) == ["Before"]
    assert run(["backup", "--db", str(db_path), "-o", str(out_file)]) == 1  # never overwrites
    lib = Library(db_path)
    lib.add_neighbourhood("After")
    lib.close()
    assert run(["restore", str(out_file), "--db", str(db_path)]) == 0
    assert _hoods(db_path) == ["Before"]
    assert run(["backup", "--db", str(tmp_path / "missing.buurtdesk")]) == 1
    err = capsys.readouterr().err
    assert "already exists" in err and "no such file" in err
