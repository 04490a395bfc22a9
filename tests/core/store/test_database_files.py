"""Opening files: new, migrated with a backup, and refused without a byte changed."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from buurtdesk.core.store import db
from buurtdesk.core.store.db import APPLICATION_ID, SCHEMA_VERSION, DatabaseFileError, Problem
from buurtdesk.core.store.library import Library
from tests.locations import TESTS

pytestmark = pytest.mark.real_migration  # creating and migrating files is the subject

FIXTURES = TESTS / "fixtures"


def _make(path: Path) -> Path:
    lib = Library(path)
    lib.add_neighbourhood("Oud-Noord")
    lib.close()
    return path


def _refused(path: Path) -> DatabaseFileError:
    before, beside = path.read_bytes(), sorted(path.parent.iterdir())
    with pytest.raises(DatabaseFileError) as info:
        Library(path)
    assert path.read_bytes() == before, "a refused file must not change"
    assert sorted(path.parent.iterdir()) == beside, "nor may files appear beside it"
    return info.value


def test_new_file_is_marked_and_migrated(db_path: Path) -> None:
    Library(db_path).close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert (
        con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        == f"{SCHEMA_VERSION:04d}"
    )
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_connection_settings(db_path: Path) -> None:
    lib = Library(db_path)
    with lib.engine.connect() as conn:
        pragma = {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in ("foreign_keys",)}
        pragma["synchronous"] = conn.exec_driver_sql("PRAGMA synchronous").scalar()
        pragma["busy_timeout"] = conn.exec_driver_sql("PRAGMA busy_timeout").scalar()
    assert pragma == {"foreign_keys": 1, "synchronous": 2, "busy_timeout": 5000}


def test_empty_sqlite_file_becomes_buurtdesk_file(db_path: Path) -> None:
    sqlite3.connect(db_path).execute("PRAGMA user_version=0").connection.close()
    lib = Library(db_path)
    assert lib.counts()["partners"] == 6


def test_refuses_newer_file(db_path: Path) -> None:
    _make(db_path)
    con = sqlite3.connect(db_path)
    con.execute(f"PRAGMA user_version={SCHEMA_VERSION + 4}")
    con.close()
    err = _refused(db_path)
    assert err.problem is Problem.NEWER and err.version == SCHEMA_VERSION + 4
    assert "newer BuurtDesk" in str(err)


@pytest.mark.parametrize(
    "content", [b"hello, this is a text file\n" * 20, b"PK\x03\x04" + bytes(500), b"\x00" * 4096]
)
def test_refuses_non_sqlite_file(db_path: Path, content: bytes) -> None:
    db_path.write_bytes(content)
    err = _refused(db_path)
    assert err.problem is Problem.FOREIGN and "not a BuurtDesk database" in str(err)


def test_refuses_other_programs_sqlite_file(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    con.commit()
    con.close()
    err = _refused(db_path)
    assert err.problem is Problem.FOREIGN and "another program" in str(err)


@pytest.mark.parametrize("keep", [0.5, 0.9, 40 / 4096])
def test_refuses_truncated_file(db_path: Path, keep: float) -> None:
    _make(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: max(1, int(len(data) * keep))])
    err = _refused(db_path)
    assert err.problem is Problem.CORRUPT and "truncated" in str(err)


def test_refuses_corrupt_file(db_path: Path) -> None:
    _make(db_path)
    data = bytearray(db_path.read_bytes())
    page = 4096
    for i in range(page, len(data)):  # scribble over every page but the header page
        data[i] = (i * 7) & 0xFF
    db_path.write_bytes(bytes(data))
    err = _refused(db_path)
    assert err.problem is Problem.CORRUPT and "damaged" in str(err)


def test_refuses_folder_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseFileError) as info:
        Library(tmp_path)
    assert info.value.problem is Problem.NOT_A_FILE
    with pytest.raises(DatabaseFileError) as info:
        Library(tmp_path / "nope.buurtdesk", create=False)
    assert info.value.problem is Problem.MISSING
    assert not (tmp_path / "nope.buurtdesk").exists()


def test_stored_schema_fixtures_open(tmp_path: Path) -> None:
    """Every released schema is kept as a small file; each must open in this version."""
    fixtures = sorted(FIXTURES.glob("schema-*.buurtdesk"))
    assert fixtures, "tests/fixtures holds a database of every released schema"
    for fixture in fixtures:
        path = tmp_path / fixture.name
        shutil.copy(fixture, path)
        lib = Library(path)
        assert lib.schema_version == SCHEMA_VERSION
        assert lib.integrity() == "ok"
        assert [m.neighbourhood for m in lib.meetings()] == ["Fixturebuurt"]
        lib.close()


def test_migration_makes_a_backup_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A future schema: copy the migrations, add one revision, and open an old file."""
    migrations = tmp_path / "migrations"
    shutil.copytree(db.MIGRATIONS, migrations)
    future, now = SCHEMA_VERSION + 1, SCHEMA_VERSION
    (migrations / "versions" / f"{future:04d}_test.py").write_text(
        f'import sqlalchemy as sa\nfrom alembic import op\nrevision = "{future:04d}"\n'
        f'down_revision = "{now:04d}"\n\n\ndef upgrade():\n'
        '    op.add_column("setting", sa.Column("note", sa.Text(), nullable=True))\n'
    )
    path = tmp_path / "old.buurtdesk"
    _make(path)
    original = path.read_bytes()
    monkeypatch.setattr(db, "MIGRATIONS", migrations)
    monkeypatch.setattr(db, "SCHEMA_VERSION", future)

    Library(path).close()

    [backup] = tmp_path.glob(f"old.schema{now}-*.bak")
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == now
    assert backup.read_bytes()[100:] == original[100:]  # same pages as before
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == future
    assert "note" in {r[1] for r in con.execute("PRAGMA table_info(setting)")}
    assert con.execute("SELECT name FROM neighbourhood").fetchall() == [("Oud-Noord",)]


def test_looking_at_a_foreign_wal_file_leaves_nothing_beside_it(tmp_path: Path) -> None:
    """Another program's file in WAL mode: refused, and neither the check nor the start-up
    preview leaves a -wal/-shm pair in that program's folder."""
    from buurtdesk.core.store.preview import peek

    path = tmp_path / "places.sqlite"
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE place (url TEXT)")
    con.commit()
    con.close()
    assert peek(path) is None
    assert sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]
    assert _refused(path).problem is Problem.FOREIGN
