"""The hostile-input corpus through the command line, file opening, documents and backups.

Each case: exit code 1 (or 2 for refused rows) with one clear line naming the field, line or
file and the cause; never a traceback; the database and any earlier output file unchanged.
"""

from __future__ import annotations

import errno
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.documents import make_document
from buurtdesk.core.errors import DocumentError
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import backup
from buurtdesk.core.store.db import DatabaseFileError
from buurtdesk.core.store.library import Library
from tests.corpus import (
    BAD_COUNTS,
    CONTROL,
    EMPTY,
    LONG,
    MALFORMED_CSV,
    SCRIPT,
    SQL,
    bad_databases,
    concern_csv,
    make_file,
    snapshot,
)
from tests.corpus.inject import deny, files_in
from tests.corpus.plugin import record
from tests.locations import ROOT


@dataclass
class Cli:
    path: Path
    meeting: int
    before: list[str]
    capsys: Any

    def __call__(self, *argv: object) -> tuple[int, str, str]:
        code = run([str(a) for a in argv])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err + out
        return code, out, err

    def import_concerns(self, source: Path, report: Path) -> tuple[int, str, str]:
        """``buurtdesk import concerns`` into this file's meeting, with a report file."""
        db, meeting = ("--db", self.path), ("--meeting", self.meeting)
        return self("import", "concerns", source, *db, *meeting, "--report", report)

    def unchanged(self) -> bool:
        return snapshot(self.path) == self.before


@pytest.fixture
def cli(tmp_path: Path, capsys: Any) -> Iterator[Cli]:
    path, _hood, meeting = make_file(tmp_path / "cli.buurtdesk")
    assert run(["meeting", "start", "--db", str(path), "--meeting", str(meeting)]) == 0
    capsys.readouterr()
    yield Cli(path, meeting, snapshot(path), capsys)


def one_error(err: str, *words: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


# -- text through the command line ------------------------------------------------------------


@pytest.mark.parametrize("name", EMPTY)
def test_cli_empty_neighbourhood(cli: Cli, name: str, record_property: Any) -> None:
    record(record_property, "empty", "cli")
    code, _out, err = cli(
        "meeting", "add", "--db", cli.path, "--neighbourhood", name, "--date", "2026-09-01"
    )
    assert code == 1
    one_error(err, "--neighbourhood", "empty")
    assert cli.unchanged()


HOSTILE_ROWS = [
    ("empty", EMPTY[1], "the description is empty"),
    ("long", LONG[1], "characters"),
    ("control", CONTROL[1], "control character"),
    ("control", CONTROL[2], "control character"),
]


@pytest.mark.parametrize(("kind", "text", "cause"), HOSTILE_ROWS)
def test_cli_import_refuses_a_hostile_row(
    cli: Cli, tmp_path: Path, kind: str, text: str, cause: str, record_property: Any
) -> None:
    record(record_property, kind, "cli")
    source = tmp_path / "forms.csv"
    source.write_bytes(concern_csv(["Graffiti op de muur", text]))
    code, out, _err = cli.import_concerns(source, tmp_path / "report.csv")
    assert code == 2
    refused = [line for line in out.splitlines() if "rejected" in line and "line" in line]
    assert len(refused) == 1 and refused[0].startswith("line 3: rejected:"), out
    assert cause in refused[0] and "description" in refused[0]
    assert set(cli.before) <= set(snapshot(cli.path))


@pytest.mark.parametrize("text", SCRIPT + SQL)
def test_cli_stores_script_and_sql_exactly(cli: Cli, text: str, record_property: Any) -> None:
    record(record_property, "sql" if text in SQL else "script", "cli")
    code, out, err = cli(
        "meeting", "add", "--db", cli.path, "--neighbourhood", text, "--date", "2026-09-01"
    )
    assert code == 0 and err == "" and out.strip().isdigit()
    code, out, _err = cli("meeting", "list", "--db", cli.path)
    assert code == 0 and text.strip() in out
    assert set(cli.before) <= set(snapshot(cli.path))


@pytest.mark.parametrize("date", ["2026-02-30", "2026-13-01", "0000-01-01", "31-02-2026"])
def test_cli_impossible_dates(cli: Cli, date: str, record_property: Any) -> None:
    record(record_property, "date", "cli")
    code, _out, err = cli(
        "meeting", "add", "--db", cli.path, "--neighbourhood", "Wijk", "--date", date
    )
    assert code == 1
    one_error(err, "--date", "invalid date", date)
    assert cli.unchanged()


@pytest.mark.parametrize("count", BAD_COUNTS)
@pytest.mark.parametrize("option", ["--dots", "--residents"])
def test_cli_meeting_set_counts(cli: Cli, option: str, count: int, record_property: Any) -> None:
    record(record_property, "count", "cli")
    code, _out, err = cli(
        "meeting", "set", "--db", cli.path, "--meeting", cli.meeting, option, count
    )
    assert code == 1
    one_error(err, option.strip("-"))
    assert cli.unchanged()


@pytest.mark.parametrize("count", ["-5", "99999999999999999999", "12abc"])
def test_cli_dots_file_counts(cli: Cli, tmp_path: Path, count: str, record_property: Any) -> None:
    record(record_property, "count", "cli")
    source = tmp_path / "dots.csv"
    source.write_text(f"concern,count\nK1,{count}\n", encoding="utf-8")
    code, out, err = cli(
        "import", "ballots", source, "--db", cli.path, "--meeting", cli.meeting, "--method", "dots"
    )
    assert code in (1, 2)
    said = (out + err).lower()
    assert "line 2" in said or "k1" in said, said
    assert any(w in said for w in ("negative", "count", "number")), said
    assert set(cli.before) <= set(snapshot(cli.path))


@pytest.mark.parametrize("count", ["-3", "0", str(10**9)])
def test_cli_forms_count(cli: Cli, tmp_path: Path, count: str, record_property: Any) -> None:
    record(record_property, "count", "cli")
    target = tmp_path / "forms.pdf"
    code, _out, err = cli(
        "export",
        "forms",
        "--db",
        cli.path,
        "--meeting",
        cli.meeting,
        "-o",
        target,
        "--count",
        count,
    )
    assert code == 1
    line = one_error(err)
    assert ("--count" in line and "must be from 1 to" in line) or (
        "number of forms" in line and "between 1 and 1000" in line
    )
    assert not target.exists() and cli.unchanged()


# -- malformed CSV --------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(MALFORMED_CSV))
def test_cli_import_malformed_csv(
    cli: Cli, tmp_path: Path, name: str, record_property: Any
) -> None:
    record(record_property, "csv", "cli")
    source = tmp_path / f"{name}.csv"
    source.write_bytes(MALFORMED_CSV[name])
    code, out, err = cli.import_concerns(source, tmp_path / "report.csv")
    if code == 1:
        one_error(err, f"{name}.csv")
        assert cli.unchanged()
        return
    assert set(cli.before) <= set(snapshot(cli.path))
    if name == "bad_utf8":
        assert code == 0 and "not UTF-8" in out
    else:
        assert code == 2 and "line " in out and "rejected" in out


@pytest.mark.parametrize("name", ["binary", "unclosed_quote", "empty_file"])
def test_cli_import_malformed_ballots(
    cli: Cli, tmp_path: Path, name: str, record_property: Any
) -> None:
    record(record_property, "csv", "cli")
    source = tmp_path / f"{name}.csv"
    source.write_bytes(MALFORMED_CSV[name])
    code, out, err = cli("import", "ballots", source, "--db", cli.path, "--meeting", cli.meeting)
    assert code in (1, 2)
    if code == 1:
        one_error(err, f"{name}.csv")
    else:
        assert "line 2" in out + err
    assert set(cli.before) <= set(snapshot(cli.path))


# -- damaged databases ----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["truncated", "corrupt", "not_sqlite", "zero_bytes_header"])
def test_bad_database_everywhere(
    tmp_path: Path, capsys: Any, name: str, record_property: Any
) -> None:
    good, _hood, _meeting = make_file(tmp_path / "good.buurtdesk")
    bad = bad_databases(tmp_path, good)[name]
    data = bad.read_bytes()
    record(record_property, "database", "open_file")
    with pytest.raises(DatabaseFileError) as caught:
        Library(bad, create=False)
    assert str(bad) in str(caught.value)
    assert any(w in str(caught.value) for w in ("damaged", "truncated", "not a BuurtDesk"))
    assert bad.read_bytes() == data
    record(record_property, "database", "cli")
    for argv in (
        ["check"],
        ["meeting", "list"],
        ["export", "concerns-csv", "--meeting", "1", "-o", str(tmp_path / "x.csv")],
    ):
        assert run([*argv, "--db", str(bad)]) == 1
        out, err = capsys.readouterr()
        one_error(err, str(bad))
        assert bad.read_bytes() == data and not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize("name", ["truncated", "not_sqlite", "corrupt"])
def test_bad_database_through_python_m(tmp_path: Path, name: str, record_property: Any) -> None:
    record(record_property, "database", "cli_subprocess")
    good, _hood, _meeting = make_file(tmp_path / "good.buurtdesk")
    bad = bad_databases(tmp_path, good)[name]
    data = bad.read_bytes()
    done = subprocess.run(
        [sys.executable, "-m", "buurtdesk", "check", "--db", str(bad)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    one_error(done.stderr, str(bad))
    assert bad.read_bytes() == data


# -- unwritable targets and a full disk -------------------------------------------------------

WRITERS = {
    "pdf": (["export", "actions"], "actions.pdf"),
    "concerns": (["export", "concerns"], "concerns.csv"),
    "concerns-csv": (["export", "concerns-csv"], "public.csv"),
    "ranking": (["export", "ranking"], "ranking.csv"),
    "backup": (["backup"], "copy.buurtdesk"),
    "anonymised": (["export", "anonymised"], "anon.buurtdesk"),
}
CAUSES = {errno.EACCES: "permission denied", errno.ENOSPC: "the disk is full"}


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_cli_write_fails(
    cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    writer: str,
    code: int,
    record_property: Any,
) -> None:
    record(record_property, "unwritable" if code == errno.EACCES else "disk_full", "cli")
    argv, name = WRITERS[writer]
    folder = tmp_path / "out"
    folder.mkdir()
    (folder / "keep.txt").write_text("an earlier file", encoding="utf-8")
    target = folder / name
    if writer not in ("backup", "anonymised"):  # these refuse to overwrite; the others keep it
        target.write_bytes(b"an earlier output")
    before = files_in(folder)
    meeting = [] if writer in ("backup", "anonymised") else ["--meeting", str(cli.meeting)]
    deny(monkeypatch, folder, code)
    exit_code, _out, err = cli(*argv, "--db", cli.path, *meeting, "-o", target)
    monkeypatch.undo()
    assert exit_code == 1
    one_error(err, str(target), CAUSES[code])
    assert files_in(folder) == before
    assert cli.unchanged()


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
@pytest.mark.parametrize("what", ["document", "backup", "anonymised"])
def test_core_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str, code: int, record_property: Any
) -> None:
    entry = "documents" if what == "document" else "backup_export"
    record(record_property, "unwritable" if code == errno.EACCES else "disk_full", entry)
    path, _hood, meeting = make_file(tmp_path / "core.buurtdesk")
    stored = snapshot(path)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / ("verslag.pdf" if what == "document" else "copy.buurtdesk")
    lib = Library(path)
    try:
        deny(monkeypatch, folder, code)
        with pytest.raises((DocumentError, OSError)) as caught:
            if what == "document":
                make_document(lib, "report", meeting, target)
            elif what == "backup":
                backup.make_backup(path, target=target)
            else:
                privacy.export_anonymised(lib, target)
        monkeypatch.undo()
    finally:
        lib.close()
    assert str(caught.value).startswith(f"cannot write {target}: {CAUSES[code]}")
    assert files_in(folder) == {}
    assert snapshot(path) == stored


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
def test_cli_import_report_unwritable(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, record_property: Any
) -> None:
    record(record_property, "unwritable" if code == errno.EACCES else "disk_full", "cli")
    source = tmp_path / "forms.csv"
    source.write_bytes(concern_csv(["Graffiti"]))
    folder = tmp_path / "out"
    folder.mkdir()
    deny(monkeypatch, folder, code)
    exit_code, _out, err = cli.import_concerns(source, folder / "report.csv")
    monkeypatch.undo()
    assert exit_code == 1
    one_error(err, "report.csv", CAUSES[code])
    assert files_in(folder) == {}
