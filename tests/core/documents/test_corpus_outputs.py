"""Nothing lost through an output path: every file a command writes.

A target that is a database (the open one, another one, any SQLite file, a ``-wal`` or
``.lock`` companion), a missing or unwritable folder, a full disk: exit 1, one line naming the
path and the cause, no file changed anywhere and the database as it was.
"""

from __future__ import annotations

import errno
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.store.library import Library
from tests.cli.test_corpus_cli import Cli, one_error
from tests.corpus import concern_csv, make_file, snapshot
from tests.corpus.inject import deny, files_in
from tests.corpus.plugin import record
from tests.locations import ROOT, TESTS

CAUSES = {errno.EACCES: "permission denied", errno.ENOSPC: "the disk is full"}
FAILURES = {errno.EACCES: "unwritable", errno.ENOSPC: "disk_full"}  # corpus kind per cause
Argv = Callable[[Cli, Path], list[object]]


def _meeting(*verb: str, option: str = "-o") -> Argv:
    return lambda cli, target: [*verb, "--db", cli.path, "--meeting", cli.meeting, option, target]


def _import_report(cli: Cli, target: Path) -> list[object]:
    source = cli.path.with_name("forms.csv")
    if not source.exists():
        source.write_bytes(concern_csv(["Graffiti op de muur"]))
    db = ["--db", cli.path, "--meeting", cli.meeting]
    return ["import", "concerns", source, *db, "--report", target]


def _feedback_csv(cli: Cli, target: Path) -> list[object]:
    pdf = cli.path.with_name("terugkoppeling.pdf")  # beside the database, outside ``target``
    return [*_meeting("export", "feedback")(cli, pdf), "--csv", target]


# entry -> the arguments with the output path given
OUTPUTS: dict[str, Argv] = {
    "export report": _meeting("export", "report"),
    "export actions": _meeting("export", "actions"),
    "export forms": _meeting("export", "forms"),
    "export ballots": _meeting("export", "ballots"),
    "export feedback": _meeting("export", "feedback"),
    "export invitation": _meeting("export", "invitation"),
    "export feedback --csv": _feedback_csv,
    "export concerns": _meeting("export", "concerns"),
    "export concerns-csv": _meeting("export", "concerns-csv"),
    "export actions-csv": _meeting("export", "actions-csv"),
    "export ranking": _meeting("export", "ranking"),
    "export anonymised": lambda cli, target: [
        "export",
        "anonymised",
        "--db",
        cli.path,
        "-o",
        target,
    ],
    "backup": lambda cli, target: ["backup", "--db", cli.path, "-o", target],
    "import concerns --report": _import_report,
}


@pytest.fixture
def cli(tmp_path: Path, capsys: Any) -> Iterator[Cli]:
    path, _hood, meeting = make_file(tmp_path / "cli.buurtdesk")
    yield Cli(path, meeting, snapshot(path), capsys)


def _outputs(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` but the database's own -wal and -shm (opening it makes them;
    its rows are compared by ``snapshot``)."""
    return {k: v for k, v in files_in(folder).items() if not k.endswith(("-wal", "-shm"))}


def _sqlite_file(path: Path) -> Path:
    con = sqlite3.connect(path)
    with con:
        con.execute("CREATE TABLE kas (bedrag INTEGER)")
        con.execute("INSERT INTO kas VALUES (125)")
    con.close()
    return path


DATABASE_TARGETS: dict[str, Callable[[Cli], Path]] = {
    "open database": lambda cli: cli.path,
    "other buurtdesk file": lambda cli: Path(
        shutil.copy(cli.path, cli.path.with_name("b.buurtdesk"))
    ),
    "sqlite file named .csv": lambda cli: _sqlite_file(cli.path.with_name("kas.csv")),
    "wal companion": lambda cli: Path(f"{cli.path}-wal"),
    "lock companion": lambda cli: Path(f"{cli.path}.lock"),
}


@pytest.mark.parametrize("target_kind", sorted(DATABASE_TARGETS))
@pytest.mark.parametrize("entry", sorted(OUTPUTS))
def test_output_never_overwrites_a_database(
    cli: Cli, tmp_path: Path, entry: str, target_kind: str, record_property: Any
) -> None:
    record(record_property, "database", f"outputs {entry}")
    target = DATABASE_TARGETS[target_kind](cli)
    argv = OUTPUTS[entry](cli, target)
    before = files_in(tmp_path)
    code, _out, err = cli(*argv)
    assert code == 1
    one_error(err, str(target))
    assert files_in(tmp_path) == before
    assert cli.unchanged()


BAD_FOLDERS: dict[str, Callable[[Path], Path]] = {
    "missing folder": lambda tmp: tmp / "geen-map" / "uit.txt",
    "target is a folder": lambda tmp: tmp / "een-map",
    "parent is a file": lambda tmp: tmp / "notities.txt" / "uit.txt",
}


@pytest.mark.parametrize("bad", sorted(BAD_FOLDERS))
@pytest.mark.parametrize("entry", sorted(OUTPUTS))
def test_bad_output_path_changes_nothing(
    cli: Cli, tmp_path: Path, entry: str, bad: str, record_property: Any
) -> None:
    record(record_property, "unwritable", f"outputs {entry}")
    (tmp_path / "een-map").mkdir()
    (tmp_path / "notities.txt").write_text("eigen notities", encoding="utf-8")
    target = BAD_FOLDERS[bad](tmp_path)
    argv = OUTPUTS[entry](cli, target)
    before = files_in(tmp_path)
    code, _out, err = cli(*argv)
    assert code == 1
    one_error(err, str(target))
    assert files_in(tmp_path) == before
    assert cli.unchanged()


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
@pytest.mark.parametrize("entry", sorted(OUTPUTS))
def test_write_fails_keeps_everything(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    entry: str,
    code: int,
    record_property: Any,
) -> None:
    record(record_property, FAILURES[code], f"outputs {entry}")
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / ("kopie.buurtdesk" if entry in ("backup", "export anonymised") else "uit.x")
    if entry not in ("backup", "export anonymised"):  # these refuse an existing file
        target.write_bytes(b"an earlier output")
    (tmp_path / "terugkoppeling.pdf").write_bytes(b"an earlier PDF")
    argv = OUTPUTS[entry](cli, target)
    before = _outputs(tmp_path)
    deny(monkeypatch, folder, code)
    exit_code, _out, err = cli(*argv)
    monkeypatch.undo()
    assert exit_code == 1
    one_error(err, str(target), CAUSES[code])
    assert _outputs(tmp_path) == before
    assert cli.unchanged()


def test_import_report_in_a_missing_folder_imports_nothing(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    """The case as reported: the rows were imported, then the report failed with exit 1."""
    record(record_property, "unwritable", "outputs import concerns --report")
    source = tmp_path / "forms.csv"
    source.write_bytes(concern_csv(["Graffiti", "Losse stoeptegels"]))
    code, _out, err = cli.import_concerns(source, tmp_path / "nodir" / "r.csv")
    assert code == 1
    one_error(err, "nodir", "the folder does not exist")
    assert cli.unchanged()


def test_import_report_over_the_file_being_imported(
    cli: Cli, tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "csv", "outputs import concerns --report")
    source = tmp_path / "forms.csv"
    source.write_bytes(concern_csv(["Graffiti"]))
    before = files_in(tmp_path)
    code, _out, err = cli.import_concerns(source, source)
    assert code == 1
    one_error(err, str(source), "being read")
    assert files_in(tmp_path) == before
    assert cli.unchanged()


def test_export_report_onto_the_database_keeps_it(
    tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    """The case as reported: the database was overwritten with a PDF, exit 0."""
    record(record_property, "database", "outputs export report")
    path, _hood, meeting = make_file(tmp_path / "f.buurtdesk")
    cli = Cli(path, meeting, snapshot(path), capsys)
    data = path.read_bytes()
    code, _out, err = cli("export", "report", "--db", path, "--meeting", meeting, "-o", path)
    assert code == 1
    one_error(err, str(path), "open database")
    assert path.read_bytes() == data
    lib = Library(path)
    lib.close()


def test_a_personal_export_still_writes(cli: Cli, tmp_path: Path) -> None:
    """The checks let an ordinary export through, beside the database."""
    lib = Library(cli.path)
    try:
        concerns.save_form(lib, concerns.FormInput(cli.meeting, "Graffiti", name="Jan Jansen"))
    finally:
        lib.close()
    target = tmp_path / "knelpunten.csv"
    code, _out, _err = cli(
        "export", "concerns", "--db", cli.path, "--meeting", cli.meeting, "-o", target,
        "--with-personal-data",
    )  # fmt: skip
    assert code == 0
    assert "Jan Jansen" in target.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


# -- slides ------------------------------------------------------------------------------------

OLD_SET = ("01-titel.png", "03-knelpunten-1.png", "03-knelpunten-2.png", "03-knelpunten-3.png")
NOT_SLIDES = ("notities.txt", "mijn-01-titel.png", "01-titel.png.bak", "99-foto.png")


def _slides(cli: Cli, folder: Path) -> tuple[int, str, str]:
    return cli("export", "slides", "--db", cli.path, "--meeting", cli.meeting, "-o", folder)


def _plant(folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    for name in OLD_SET + NOT_SLIDES:
        (folder / name).write_bytes(f"an earlier {name}".encode())
    return files_in(folder)


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
def test_slides_write_fails_keeps_the_old_set(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, record_property: Any
) -> None:
    record(record_property, FAILURES[code], "outputs export slides")
    folder = tmp_path / "dia"
    before = _plant(folder)
    deny(monkeypatch, folder, code)
    exit_code, _out, err = _slides(cli, folder)
    monkeypatch.undo()
    assert exit_code == 1
    one_error(
        err, str(folder / "01-titel.png") if code == errno.ENOSPC else str(folder), CAUSES[code]
    )
    assert files_in(folder) == before
    assert cli.unchanged()


def test_slides_failing_mid_render_keep_the_old_set(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, record_property: Any
) -> None:
    record(record_property, "unwritable", "outputs export slides")
    from buurtdesk.gui.projector import export as slide_export

    real_make = slide_export.make_slides

    def failing(holder: Any) -> Any:
        slides = real_make(holder)

        def render(*_args: Any) -> None:
            raise RuntimeError("the ranking could not be drawn")

        slides[3].render = render
        return slides

    monkeypatch.setattr(slide_export, "make_slides", failing)
    folder = tmp_path / "dia"
    before = _plant(folder)
    exit_code, _out, err = _slides(cli, folder)
    assert exit_code == 1
    one_error(err, "could not be drawn")
    assert files_in(folder) == before


@pytest.mark.parametrize("bad", ["a file", "inside a file"])
def test_slides_folder_that_is_no_folder(
    cli: Cli, tmp_path: Path, bad: str, record_property: Any
) -> None:
    record(record_property, "unwritable", "outputs export slides")
    (tmp_path / "dia").write_bytes(b"geen map")
    folder = tmp_path / "dia" if bad == "a file" else tmp_path / "dia" / "sub"
    before = files_in(tmp_path)
    exit_code, _out, err = _slides(cli, folder)
    assert exit_code == 1
    one_error(err, str(folder))
    assert files_in(tmp_path) == before


# -- a killed export -------------------------------------------------------------------------

DRIVER = TESTS / "output_crash_driver.py"
KILLED = {
    "export concerns": ["export", "concerns", "--with-personal-data", "--meeting"],
    "export feedback": ["export", "feedback", "--meeting"],
    "export anonymised": ["export", "anonymised", "--meeting"],
}


def _with_resident(cli: Cli) -> None:
    lib = Library(cli.path)
    try:
        form = concerns.FormInput(
            cli.meeting, "Graffiti op de muur", name="Jan Jansen", email="jan@example.org",
            wants_feedback=True, consent=True,
        )  # fmt: skip
        concerns.save_form(lib, form)
    finally:
        lib.close()


@pytest.mark.parametrize("entry", sorted(KILLED))
def test_a_killed_export_leaves_no_personal_data_behind(
    cli: Cli, tmp_path: Path, entry: str, record_property: Any
) -> None:
    record(record_property, "unwritable", f"outputs {entry}")
    _with_resident(cli)
    folder = tmp_path / "uit"
    folder.mkdir()
    (folder / ".eigen.part").write_bytes(b"not BuurtDesk's")
    argv: list[object] = [*KILLED[entry], cli.meeting, "--db", cli.path, "-o", folder / "uit.x"]
    if entry == "export anonymised":
        argv[2:4] = []  # no --meeting: the whole file
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # this checkout's BuurtDesk
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), *map(str, argv)], stdout=subprocess.PIPE, text=True, env=env
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split(maxsplit=1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    assert line[0] == "written"
    left = Path(line[1].strip())
    assert left.parent == folder and left.is_file()  # the kill left it, complete
    assert b"Jan" in left.read_bytes() or entry != "export concerns"  # the others: binary
    assert not (folder / "uit.x").exists()
    # The next write in that folder, of another file, sweeps it away.
    code, _out, _err = cli(
        "export", "concerns-csv", "--db", cli.path, "--meeting", cli.meeting, "-o", folder / "k.csv"
    )
    assert code == 0
    assert sorted(p.name for p in folder.iterdir()) == [".eigen.part", "k.csv"]


def test_sweep_keeps_a_live_writer_and_other_files(tmp_path: Path, record_property: Any) -> None:
    record(record_property, "unwritable", "outputs sweep")
    from buurtdesk.core.store.output_paths import STALE_AFTER, sweep, temp_path

    live = temp_path(tmp_path / "verslag.pdf")  # this process: still writing
    live.write_bytes(b"half a PDF")
    old = temp_path(tmp_path / "oud.csv")
    old.write_bytes(b"Jan Jansen")
    stamp = old.stat().st_mtime - STALE_AFTER - 60
    os.utime(old, (stamp, stamp))
    others = [".verslag.pdf.part", ".~verslag.pdf.buurtdesk-1-zzzz.part", "x.buurtdesk-1-0.part"]
    for name in others:
        (tmp_path / name).write_bytes(b"someone else's")
    assert sweep(tmp_path) == [old]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, *others])
