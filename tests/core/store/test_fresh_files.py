"""The tests' new files are copies of one made per session: a copy is the same file that
creating one through Alembic makes; unmarked tests get copies, marked ones and tests that fake
the file system the real path."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from buurtdesk.core.store import db
from buurtdesk.core.store.library import Library
from tests.corpus import snapshot
from tests.fresh_files import copy_migrate

REAL_MIGRATE = db._migrate  # before any test replaced it


def _pragmas(path: Path) -> tuple[int, int, str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(  # type: ignore[return-value]
            con.execute(f"PRAGMA {name}").fetchone()[0]
            for name in ("application_id", "user_version", "journal_mode")
        )
    finally:
        con.close()


@pytest.mark.real_migration
def test_a_copy_is_the_file_creating_makes(tmp_path: Path, fresh_template: Path) -> None:
    made, copied = tmp_path / "made.buurtdesk", tmp_path / "copied.buurtdesk"
    Library(made, daily_backup=False).close()
    copy_migrate(fresh_template, db._migrate, db.MIGRATIONS)(copied)
    assert copied.stat().st_size > 0
    assert snapshot(copied) == snapshot(made)
    assert _pragmas(copied) == _pragmas(made) == (db.APPLICATION_ID, db.SCHEMA_VERSION, "wal")


def test_an_unmarked_test_gets_copies() -> None:
    assert db._migrate is not REAL_MIGRATE


@pytest.mark.real_migration
def test_a_marked_test_creates_through_alembic() -> None:
    assert db._migrate is REAL_MIGRATE


def test_faked_io_or_a_failed_copy_takes_the_real_path(
    tmp_path: Path, fresh_template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[Path] = []
    target = tmp_path / "new.buurtdesk"
    copy_migrate(tmp_path / "no-template", ran.append, db.MIGRATIONS)(target)
    assert ran == [target] and not target.exists()
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **k: None)  # as corpus.deny does
    copy_migrate(fresh_template, ran.append, db.MIGRATIONS)(target)
    assert ran == [target, target] and not target.exists()
