"""Nothing outside the file touched: a mistyped or special ``--db``, a pipe to import, a full
disk on reading, leftovers of killed writers, a failed automatic backup, and decoys beside the
exports.  Every command is read from the parser, so a new command is covered too."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.store import backup, db
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.output_paths import temp_path
from tests.cli.commands import argv_for, every_command
from tests.cli.test_corpus_cli import Cli, one_error
from tests.cli.test_corpus_outputs_harm import entries
from tests.corpus import make_file, snapshot
from tests.corpus.inject import deny
from tests.corpus.plugin import record
from tests.locations import ROOT, TESTS

DRIVER = TESTS / "output_crash_driver.py"  # stops a command just before its file is moved
CREATING = {"demo", "meeting add"}  # ``meeting add`` only with --create
NEEDS_DB = [c for c in every_command() if c not in CREATING]


@pytest.fixture
def cli(tmp_path: Path, capsys: Any) -> Iterator[Cli]:
    path, _hood, meeting = make_file(tmp_path / "cli.buurtdesk")
    yield Cli(path, meeting, snapshot(path), capsys)


@pytest.fixture
def alarm() -> Iterator[None]:
    """A command that hangs (a pipe opened for reading) fails the test after 20 s."""

    def hung(*_args: object) -> None:
        raise TimeoutError("the command hung")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# -- a mistyped --db (item 4) ------------------------------------------------------------------


@pytest.mark.parametrize("command", [*NEEDS_DB, "meeting add"])
def test_a_mistyped_db_creates_nothing(
    tmp_path: Path, capsys: Any, command: str, record_property: Any
) -> None:
    record(record_property, "missing_file", f"cli {command}")
    typo = tmp_path / "typo" / "buurt.buurtdesk"
    argv = argv_for(command, typo, tmp_path)
    before = entries(tmp_path)
    code, _out, err = Cli(typo, 1, [], capsys)(*argv)
    assert code == 1
    one_error(err, str(typo), "no such file")
    assert entries(tmp_path) == before  # no file, no folder
    assert not backup.backup_dir(typo).exists()


def test_meeting_add_create_makes_the_file(
    tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    record(record_property, "missing_file", "cli meeting add")
    path = tmp_path / "nieuw" / "buurt.buurtdesk"
    argv = [*argv_for("meeting add", path, tmp_path), "--create"]
    code, out, _err = Cli(path, 1, [], capsys)(*argv)
    assert code == 0 and out.strip() == "1"
    lib = Library(path, create=False)
    try:
        assert [m.neighbourhood for m in lib.meetings()] == ["Dorpsstraat"]
    finally:
        lib.close()


# -- a named pipe (item 5) ---------------------------------------------------------------------


@pytest.mark.parametrize("command", every_command())
def test_a_pipe_as_the_database_is_refused(
    tmp_path: Path, capsys: Any, alarm: None, command: str, record_property: Any
) -> None:
    record(record_property, "special_file", f"cli {command}")
    pipe = tmp_path / "buurt.buurtdesk"
    os.mkfifo(pipe)
    argv = argv_for(command, pipe, tmp_path)
    if command == "demo":
        argv.append("--force")
    before = entries(tmp_path)
    code, _out, err = Cli(pipe, 1, [], capsys)(*argv)
    assert code == 1
    one_error(err, str(pipe), "not a regular file")
    assert entries(tmp_path) == before


@pytest.mark.parametrize("command", ["import concerns", "import ballots"])
def test_a_pipe_to_import_is_refused(
    cli: Cli, tmp_path: Path, alarm: None, command: str, record_property: Any
) -> None:
    record(record_property, "special_file", f"cli {command}")
    argv = argv_for(command, cli.path, tmp_path, cli.meeting)
    pipe = tmp_path / "forms.csv"
    os.mkfifo(pipe)
    argv[argv.index(str(tmp_path / "invoer.csv"))] = str(pipe)
    code, _out, err = cli(*argv)
    assert code == 1
    one_error(err, "forms.csv", "not a regular file")
    assert cli.unchanged()


def test_a_pipe_to_read_as_a_table_is_refused(
    tmp_path: Path, alarm: None, record_property: Any
) -> None:
    """The window's import reads through the same function."""
    record(record_property, "special_file", "core read_table")
    from buurtdesk.core.errors import TableFileError
    from buurtdesk.core.store.tables import read_csv_rows, read_table

    pipe = tmp_path / "forms.csv"
    os.mkfifo(pipe)
    for read in (read_table, read_csv_rows):
        with pytest.raises(TableFileError, match="not a regular file"):
            read(pipe)


# -- a full disk while reading (item 10) --------------------------------------------------------


def _failing_reads(monkeypatch: pytest.MonkeyPatch, message: str) -> None:
    """SQLite fails to read (as when it cannot make the -shm a WAL file needs)."""
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        if "mode=ro" in str(database):
            raise sqlite3.OperationalError(message)
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


@pytest.mark.parametrize("how", ["sqlite says full", "no room left"])
def test_reading_on_a_full_disk_says_the_disk_is_full(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, how: str, record_property: Any
) -> None:
    record(record_property, "disk_full", "cli check")
    if how == "sqlite says full":
        _failing_reads(monkeypatch, "database or disk is full")
    else:
        _failing_reads(monkeypatch, "disk I/O error")
        usage = shutil.disk_usage(cli.path.parent)._replace(free=4096)
        monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage)
    data = cli.path.read_bytes()
    code, _out, err = cli("check", "--db", cli.path)
    assert code == 1
    line = one_error(err, str(cli.path), "the disk is full")
    assert "damaged" not in line
    with pytest.raises(db.DatabaseFileError) as caught:
        db.inspect_file(cli.path)
    assert caught.value.problem is db.Problem.DISK_FULL
    monkeypatch.undo()
    assert cli.path.read_bytes() == data and cli.unchanged()


def test_an_io_error_with_room_left_is_still_damage(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, record_property: Any
) -> None:
    record(record_property, "disk_full", "cli check")
    _failing_reads(monkeypatch, "disk I/O error")
    usage = shutil.disk_usage(cli.path.parent)._replace(free=10**10)
    monkeypatch.setattr(shutil, "disk_usage", lambda _p: usage)
    code, _out, err = cli("check", "--db", cli.path)
    assert code == 1
    one_error(err, str(cli.path), "damaged")


# -- leftovers of killed writers (item 3) ------------------------------------------------------


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _leftover(folder: Path, name: str, pid: int) -> Path:
    """What a writer with ``pid`` killed half way leaves: a temporary name with data in it."""
    folder.mkdir(parents=True, exist_ok=True)
    tag = temp_path(folder / name).name.split(".buurtdesk-")[1].split("-", 1)[1]
    path = folder / f".~{name}.buurtdesk-{pid}-{tag}"
    path.write_bytes(b"Jan Jansen, 06-12345678")
    return path


@pytest.mark.parametrize(
    "where", ["database folder", "backup folder", "output folder"], ids=lambda w: w
)
@pytest.mark.parametrize("command", ["backup", "export actions", "meeting list", "action list"])
def test_a_command_sweeps_what_killed_writers_left(
    cli: Cli, tmp_path: Path, where: str, command: str, record_property: Any
) -> None:
    record(record_property, "leftover", f"cli {command}")
    out = tmp_path / "uit"
    out.mkdir()
    folder = {
        "database folder": cli.path.parent,
        "backup folder": backup.backup_dir(cli.path),
        "output folder": out,
    }[where]
    dead = _leftover(folder, "feedback.pdf", _dead_pid())
    journal = dead.with_name(dead.name + "-journal")
    journal.write_bytes(b"half a backup")
    live = _leftover(folder, "verslag.pdf", os.getpid())  # a writer still at work
    argv = argv_for(command, cli.path, out, cli.meeting)
    code, _out, err = cli(*argv)
    assert code == 0
    if where == "output folder" and command not in ("export actions",):
        assert dead.exists()  # not a folder this command writes into
        return
    assert not dead.exists() and not journal.exists()
    assert live.exists()
    note = "note: removed 2 temporary files left by an interrupted export or backup in"
    assert f"{note} {folder}" in err


def test_a_killed_backup_is_swept_by_the_next(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    """As reported: a killed backup left 2.1 MB of personal data; later backups kept it."""
    record(record_property, "leftover", "cli backup")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's BuurtDesk
    argv = [sys.executable, str(DRIVER), "backup", "--db", str(cli.path)]
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline().split(maxsplit=1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert line[0] == "written"
    killed = Path(line[1].strip())
    assert killed.parent == backup.backup_dir(cli.path) and killed.is_file()
    code, _out, err = cli("backup", "--db", cli.path)
    assert code == 0
    assert not killed.exists()
    assert "removed 1 temporary file left by an interrupted export or backup" in err
    assert [p.name for p in killed.parent.iterdir() if p.name.startswith(".")] == []


# -- a failed automatic backup (item 12) --------------------------------------------------------


def test_a_failed_daily_backup_is_a_warning(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, record_property: Any
) -> None:
    record(record_property, "backup_failed", "cli meeting add")
    folder = backup.backup_dir(cli.path)
    shutil.rmtree(folder, ignore_errors=True)
    deny(monkeypatch, folder.parent, errno.ENOSPC)
    code, out, err = cli(
        "meeting", "add", "--db", cli.path, "--neighbourhood", "Dorpsstraat", "--date", "2026-06-01"
    )
    monkeypatch.undo()
    assert code == 0 and out.strip().isdigit()  # the work went on
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("warning: the automatic backup of")
    assert "the disk is full" in lines[0]


def test_a_failed_backup_on_closing_is_kept_for_the_window(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, record_property: Any
) -> None:
    record(record_property, "backup_failed", "core set_meeting_status")
    from buurtdesk.core.enums import MeetingStatus

    lib = Library(cli.path, daily_backup=False)
    try:
        deny(monkeypatch, backup.backup_dir(cli.path).parent, errno.ENOSPC)
        with pytest.raises(OSError, match="the disk is full"):
            lib.set_meeting_status(cli.meeting, MeetingStatus.CLOSED)
        monkeypatch.undo()
        assert lib.backup_error is not None
        assert [m.status for m in lib.meetings()] == [MeetingStatus.CLOSED]  # stored all the same
    finally:
        lib.close()
