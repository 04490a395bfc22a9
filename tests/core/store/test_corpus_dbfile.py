"""The database file itself as hostile input: a file that brings its own SQL, a lock file that
is a link, files or folders that cannot be written, a table gone (the migration cut off by
SIGKILL is in test_corpus_dbfile_migration.py).

Each case: the file opens afterwards (or is refused with one clear sentence), nothing stored is
lost, and no SQL of the sender's runs.
"""

from __future__ import annotations

import errno
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store.db import DatabaseFileError
from buurtdesk.core.store.filelock import lock_path
from buurtdesk.core.store.library import Library
from tests.corpus import make_file, snapshot
from tests.corpus.inject import deny
from tests.corpus.plugin import record
from tests.locations import ROOT

SCHEMA_1 = ROOT / "tests" / "fixtures" / "schema-0001.buurtdesk"


# -- a file that brings its own SQL ---------------------------------------------------------

PLANTED = (
    "CREATE TABLE loot (what TEXT)",
    "CREATE TRIGGER copy_people AFTER INSERT ON report BEGIN "
    "INSERT INTO loot SELECT name || ' ' || phone FROM submitter; END",
    "CREATE TRIGGER on_meeting AFTER INSERT ON meeting BEGIN "
    "INSERT INTO loot VALUES ('meeting'); DELETE FROM neighbourhood; END",
    "CREATE TRIGGER on_update AFTER UPDATE ON report BEGIN "
    "INSERT INTO loot SELECT name FROM submitter; END",
    "CREATE VIEW people AS SELECT name, phone FROM submitter",
)


@pytest.fixture
def crafted(tmp_path: Path) -> Path:
    """A BuurtDesk file with one resident, three triggers of the sender's and a view."""
    from buurtdesk.core.concerns import intake as concerns

    path, _hood, meeting = make_file(tmp_path / "gekregen.buurtdesk")
    lib = Library(path, daily_backup=False)
    concerns.save_form(
        lib, concerns.FormInput(meeting, "Graffiti", street="Laan", name="Piet", phone="0612")
    )
    lib.close()
    con = sqlite3.connect(path)
    for sql in PLANTED:
        con.execute(sql)
    con.commit()
    con.close()
    return path


def _schema_sql(path: Path) -> list[tuple[str, str]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT type, name FROM sqlite_master WHERE type IN ('trigger','view')")
        return sorted(rows)
    finally:
        con.close()


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        con.close()


def _loot(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in con.execute("SELECT what FROM loot")]
    finally:
        con.close()


def test_library_drops_foreign_sql_before_writing(crafted: Path, record_property: Any) -> None:
    record(record_property, "dbfile", "open_file")
    from buurtdesk.core.concerns import intake as concerns

    lib = Library(crafted)
    try:
        assert lib.removed == (
            "trigger copy_people",
            "trigger on_meeting",
            "trigger on_update",
            "view people",
        )
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        hood = lib.add_neighbourhood("Noord")
        import datetime as dt

        meeting = lib.add_meeting(hood, dt.date(2026, 12, 1))
        concerns.save_form(lib, concerns.FormInput(meeting, "Afval", name="Klaas"))
        assert len(lib.neighbourhoods()) == 2
    finally:
        lib.close()
    assert _schema_sql(crafted) == []
    assert _loot(crafted) == []


def test_read_only_open_leaves_it_and_cannot_fire(crafted: Path, record_property: Any) -> None:
    record(record_property, "dbfile", "open_file")
    before = snapshot(crafted)
    lib = Library(crafted, read_only=True)
    try:
        assert lib.removed == ()
        with lib.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
        assert [m.neighbourhood for m in lib.meetings()] == ["Oud-Charlois"]
    finally:
        lib.close()
    assert snapshot(crafted) == before


def test_cli_check_reports_foreign_sql(crafted: Path, capsys: Any, record_property: Any) -> None:
    record(record_property, "dbfile", "cli")
    before = snapshot(crafted)
    code = run(["check", "--db", str(crafted)])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert "not BuurtDesk's: trigger copy_people, trigger on_meeting" in out
    assert "view people" in out
    assert snapshot(crafted) == before  # check only looks


def test_cli_writing_command_drops_foreign_sql(
    crafted: Path, capsys: Any, record_property: Any
) -> None:
    record(record_property, "dbfile", "cli")
    code = run(["meeting", "add", "--db", str(crafted), "--neighbourhood", "Noord"] + ["--date"])
    capsys.readouterr()
    assert code == 1  # a bad command line opens nothing
    code = run(
        ["meeting", "add", "--db", str(crafted), "--neighbourhood", "Noord", "--date", "2026-12-01"]
    )
    out, err = capsys.readouterr()
    assert code == 0 and out.strip().isdigit()
    assert err.startswith("note: ") and "trigger copy_people" in err and len(err.splitlines()) == 1
    assert _schema_sql(crafted) == [] and _loot(crafted) == []


def test_cli_anonymised_export_runs_no_trigger(
    crafted: Path, tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    record(record_property, "dbfile", "cli")
    target = tmp_path / "uit" / "anoniem.buurtdesk"
    target.parent.mkdir()
    code = run(["export", "anonymised", "--db", str(crafted), "-o", str(target)])
    capsys.readouterr()
    assert code == 0
    assert _schema_sql(target) == []
    assert "loot" not in _tables(target)  # a table not BuurtDesk's is never copied
    assert b"Piet" not in target.read_bytes()  # nor a name a trigger could have put there


# -- the lock file as a link ----------------------------------------------------------------


@pytest.mark.parametrize("victim_exists", [True, False], ids=["victim", "dangling"])
def test_lock_file_link_is_not_followed(
    tmp_path: Path, victim_exists: bool, record_property: Any
) -> None:
    record(record_property, "dbfile", "lock")
    path, _hood, _meeting = make_file(tmp_path / "wijk.buurtdesk")
    victim = tmp_path / "elders" / "belangrijk.txt"
    victim.parent.mkdir()
    if victim_exists:
        victim.write_text('{"pid": 1, "host": "x", "user": "y", "since": "z"} notulen')
    lock_path(path).symlink_to(victim)
    lib = Library(path, lock=True, daily_backup=False)
    try:
        assert not lock_path(path).is_symlink()
        assert lib.lock is not None
    finally:
        lib.close()
    assert not lock_path(path).exists()
    if victim_exists:
        assert victim.read_text().endswith("notulen")
    else:
        assert not victim.exists()


# -- files and folders that cannot be written -------------------------------------------------


def one_error(err: str, *words: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "unexpected" not in lines[0] and "SQL" not in lines[0] and "Traceback" not in err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


@pytest.fixture
def current(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "map"
    folder.mkdir()
    path, _hood, _meeting = make_file(folder / "wijk.buurtdesk")
    yield path


CAUSES = {errno.EACCES: "permission denied", errno.ENOSPC: "the disk is full"}


def test_cli_write_command_in_a_read_only_folder(
    current: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, record_property: Any
) -> None:
    """(A full disk lets the file open; the first save then says so: test_corpus_cli.)"""
    record(record_property, "dbfile", "cli")
    code = errno.EACCES
    before = snapshot(current)
    deny(monkeypatch, current.parent, code)
    exit_code = run(
        ["meeting", "add", "--db", str(current), "--neighbourhood", "Noord", "--date", "2026-12-01"]
    )
    monkeypatch.undo()
    _out, err = capsys.readouterr()
    assert exit_code == 1
    one_error(err, str(current), CAUSES[code])
    assert snapshot(current) == before


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["read_only", "disk_full"])
def test_cli_migration_cannot_write_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, code: int, record_property: Any
) -> None:
    record(record_property, "dbfile", "cli")
    path = tmp_path / "oud.buurtdesk"
    shutil.copy(SCHEMA_1, path)
    deny(monkeypatch, tmp_path, code)
    exit_code = run(["meeting", "list", "--db", str(path)])
    monkeypatch.undo()
    _out, err = capsys.readouterr()
    assert exit_code == 1
    one_error(err, str(path), CAUSES[code])
    assert path.read_bytes() == SCHEMA_1.read_bytes()


def _fill_the_disk(dbapi_con: Any, _record: Any) -> None:
    pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
    dbapi_con.execute(f"PRAGMA max_page_count = {pages}")


def test_cli_migration_on_a_full_disk(tmp_path: Path, capsys: Any, record_property: Any) -> None:
    """The disk fills up while the update makes its indexes: nothing of it stays."""
    record(record_property, "dbfile", "cli")
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    path = tmp_path / "oud.buurtdesk"
    shutil.copy(SCHEMA_1, path)
    before = snapshot(path)
    event.listen(Engine, "connect", _fill_the_disk)
    try:
        exit_code = run(["meeting", "list", "--db", str(path)])
    finally:
        event.remove(Engine, "connect", _fill_the_disk)
    _out, err = capsys.readouterr()
    assert exit_code == 1
    assert one_error(err) == f"error: {path}: cannot be written (the disk is full)"
    assert snapshot(path) == before


def test_cli_second_writer_one_sentence(current: Path, capsys: Any, record_property: Any) -> None:
    record(record_property, "dbfile", "cli")
    other = sqlite3.connect(current, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is in the middle of a change
    try:
        exit_code = run(
            [
                "meeting",
                "add",
                "--db",
                str(current),
                "--neighbourhood",
                "Noord",
                "--date",
                "2026-12-01",
            ]
        )
    finally:
        other.execute("ROLLBACK")
        other.close()
    _out, err = capsys.readouterr()
    assert exit_code == 1
    one_error(err, str(current), "another program")


def _drop_action_table(path: Path) -> None:
    con = sqlite3.connect(path)
    con.execute("DROP TABLE action")
    con.commit()
    con.close()


@pytest.mark.parametrize(
    "command", [["check"], ["meeting", "list"], ["action", "history", "--action", "1"]]
)
def test_cli_missing_table_one_sentence(
    current: Path, capsys: Any, command: list[str], record_property: Any
) -> None:
    record(record_property, "dbfile", "cli")
    _drop_action_table(current)
    before = snapshot(current)
    exit_code = run([*command, "--db", str(current)])
    _out, err = capsys.readouterr()
    assert exit_code == 1
    one_error(err, str(current), "table action is missing")
    assert snapshot(current) == before


def test_library_missing_table_refused(current: Path, record_property: Any) -> None:
    record(record_property, "dbfile", "open_file")
    _drop_action_table(current)
    with pytest.raises(DatabaseFileError) as info:
        Library(current)
    assert str(info.value.problem) == "corrupt"


def test_anonymised_copy_of_a_read_only_file_runs_no_foreign_sql(
    crafted: Path, tmp_path: Path, record_property: Any
) -> None:
    """A window that opened the file read-only (another one holds it) keeps the triggers; its
    anonymised copy is scrubbed in memory, where they must not run either."""
    record(record_property, "dbfile", "export anonymised")
    from buurtdesk.core.privacy.personal import export_anonymised

    lib = Library(crafted, read_only=True)
    try:
        copy = export_anonymised(lib, tmp_path / "anoniem.buurtdesk")
    finally:
        lib.close()
    assert "loot" not in _tables(copy)  # a table not BuurtDesk's is never copied
    assert _schema_sql(copy) == []
    assert b"Piet" not in copy.read_bytes()
