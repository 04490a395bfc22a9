"""``buurtdesk import concerns`` and ``buurtdesk export concerns``: output and exit codes."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store.library import Library
from tests.conftest import SHARED_DATA

COLUMNS = "line,form_no,outcome,concern,similar1,score1,similar2,score2,similar3,score3,reason"


@pytest.fixture
def meeting(db_path: Path) -> str:
    lib = Library(db_path)
    try:
        return str(lib.add_meeting(lib.add_neighbourhood("Bloemhof"), dt.date(2026, 9, 10)))
    finally:
        lib.close()


def counts(db_path: Path) -> dict[str, int]:
    lib = Library(db_path, create=False)
    try:
        return lib.counts()
    finally:
        lib.close()


@pytest.mark.shared_data
def test_import_writes_the_report_and_exits_0(
    db_path: Path, meeting: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = tmp_path / "report.csv"
    src = str(SHARED_DATA / "paper-forms.xlsx")
    args = ["import", "concerns", src, "--db", str(db_path), "--meeting", meeting]
    assert run([*args, "--no-attach", "--report", str(report)]) == 0
    out = capsys.readouterr().out.strip()
    assert out.endswith("64 imported, 0 attached, 0 rejected, 0 present")
    rows = report.read_text(encoding="utf-8").splitlines()
    assert rows[0] == COLUMNS and len(rows) == 65
    # Again, printed to stdout this time: everything is already present.
    assert run(args) == 0
    printed = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert len(printed) == 64 and {r["outcome"] for r in printed} == {"present"}
    assert counts(db_path)["reports"] == 64


@pytest.mark.shared_data
def test_rows_that_repeat_a_concern_are_attached_to_it(
    db_path: Path, meeting: str, capsys: pytest.CaptureFixture[str]
) -> None:
    src = str(SHARED_DATA / "paper-forms.csv")
    assert run(["import", "concerns", src, "--db", str(db_path), "--meeting", meeting]) == 0
    out = capsys.readouterr().out
    printed = list(csv.DictReader(out.splitlines()))
    attached = [r for r in printed if r["outcome"] == "attached"]
    new = {r["concern"]: r for r in printed if r["outcome"] == "imported"}
    assert len(attached) >= 20 and len(new) + len(attached) == 64
    for row in attached:  # each names the concern it joined: one an earlier row brought
        assert int(new[row["concern"]]["line"]) < int(row["line"])
    counted = counts(db_path)
    assert counted["reports"] == 64 and counted["concerns"] == len(new)


def test_refused_rows_exit_2(
    db_path: Path, meeting: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "forms.csv"
    src.write_text("nr,omschrijving,datum\n1,goed,1-9-2026\n2,,1-9-2026\n", encoding="utf-8")
    code = run(["import", "concerns", str(src), "--db", str(db_path), "--meeting", meeting,
                "--report", str(tmp_path / "r.csv")])  # fmt: skip
    assert code == 2
    out = capsys.readouterr().out
    assert "line 3: rejected: the description is empty" in out
    assert counts(db_path)["reports"] == 1


@pytest.mark.parametrize(
    ("content", "extra", "message"),
    [
        (b"", [], "empty"),
        (b"\x00\x01\x02\x03" * 100, [], "not a text"),
        (b"naam,telefoon\nJan,06\n", [], "no description column"),
        (b"nr,omschrijving\n1,x\n", ["--meeting", "99"], "no meeting with id 99"),
    ],
)
def test_errors_are_one_line_and_change_nothing(
    db_path: Path,
    meeting: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: bytes,
    extra: list[str],
    message: str,
) -> None:
    src = tmp_path / "bad.csv"
    src.write_bytes(content)
    args = ["import", "concerns", str(src), "--db", str(db_path), "--meeting", meeting, *extra]
    assert run(args) == 1
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert counts(db_path)["reports"] == 0


@pytest.mark.shared_data
def test_export_leaves_personal_data_out_unless_asked(
    db_path: Path, meeting: str, tmp_path: Path
) -> None:
    src = str(SHARED_DATA / "paper-forms.csv")
    assert run(["import", "concerns", src, "--db", str(db_path), "--meeting", meeting,
                "--no-attach", "--report", str(tmp_path / "r.csv")]) == 0  # fmt: skip
    public, private = tmp_path / "public.csv", tmp_path / "private.csv"
    base = ["export", "concerns", "--db", str(db_path), "--meeting", meeting]
    assert run([*base, "-o", str(public)]) == 0
    assert run([*base, "-o", str(private), "--with-personal-data"]) == 0
    public_text = public.read_text(encoding="utf-8")
    rows = list(csv.DictReader(public_text.splitlines()))
    assert len(rows) == 64 and rows[0]["concern"] == "K1"
    assert "name" not in rows[0] and "Yılmaz" not in public_text and "@" not in public_text
    private_rows = list(csv.DictReader(private.read_text(encoding="utf-8").splitlines()))
    assert len(private_rows) == 64
    assert private_rows[0]["name"] == "Priya Yılmaz"
    assert private_rows[0]["email"] == "priya85@example.nl"


def test_export_of_an_unknown_meeting_exits_1(
    db_path: Path, meeting: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["export", "concerns", "--db", str(db_path), "--meeting", "42"]
    assert run([*args, "-o", str(tmp_path / "x.csv")]) == 1
    assert "no meeting with id 42" in capsys.readouterr().err
    assert not (tmp_path / "x.csv").exists()


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("-1+2", "'-1+2"),
        ("+31 6 1234 5678", "'+31 6 1234 5678"),
        ("Losse tegels", "Losse tegels"),
    ],
)
def test_exported_cells_never_run_as_formulas(value: str, written: str) -> None:
    from buurtdesk.core.store.csv_safe import safe_cell

    assert safe_cell(value) == written
