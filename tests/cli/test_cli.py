"""The command line: output scripts can read, and exit codes 0 / 1 / 2 with no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store.db import SCHEMA_VERSION


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_meeting_add_creates_file_and_prints_only_the_id(capsys, db_path: Path) -> None:
    code, out, err = cli(
        capsys, "meeting", "add", "--db", str(db_path), "--neighbourhood", "Oud-Noord",
        "--date", "2026-12-03", "--create",
    )  # fmt: skip
    assert (code, err) == (0, "") and out.strip().isdigit()
    first = int(out)
    code, out, _ = cli(
        capsys, "--db", str(db_path), "meeting", "add", "--neighbourhood", "Oud-Noord",
        "--date", "2026-10-01",
    )  # fmt: skip
    assert code == 0 and int(out) == first + 1


def test_meeting_list_is_tab_separated_oldest_first(capsys, db_path: Path) -> None:
    for hood, date in [
        ("B-buurt", "2027-01-10"),
        ("A-buurt", "2026-09-01"),
        ("A-buurt", "2026-12-24"),
    ]:
        assert (
            run(
                [
                    "meeting",
                    "add",
                    "--db",
                    str(db_path),
                    "--neighbourhood",
                    hood,
                    "--date",
                    date,
                    "--create",
                ]
            )  # fmt: skip
            == 0
        )
    capsys.readouterr()
    code, out, err = cli(capsys, "meeting", "list", "--db", str(db_path))
    rows = [line.split("\t") for line in out.splitlines()]
    assert code == 0 and err == ""
    assert [r[1:] for r in rows] == [
        ["A-buurt", "2026-09-01", "planned"],
        ["A-buurt", "2026-12-24", "planned"],
        ["B-buurt", "2027-01-10", "planned"],
    ]
    assert all(r[0].isdigit() for r in rows)


def test_check_prints_version_and_counts(capsys, db_path: Path) -> None:
    run(["meeting", "add", "--db", str(db_path), "--neighbourhood", "X", "--date", "2026-12-03",
         "--create"])  # fmt: skip
    capsys.readouterr()
    code, out, _ = cli(capsys, "check", "--db", str(db_path))
    lines = dict(line.split(": ", 1) for line in out.splitlines())
    assert code == 0
    assert lines["schema version"] == str(SCHEMA_VERSION) and lines["integrity"] == "ok"
    assert lines["meetings"] == "1" and lines["neighbourhoods"] == "1" and lines["themes"] == "9"


@pytest.mark.parametrize(
    "argv, fragment",
    [
        (["check", "--db", "{missing}"], "no such file"),
        (["meeting", "list", "--db", "{missing}"], "no such file"),
        (
            ["meeting", "add", "--db", "{db}", "--neighbourhood", "X", "--date", "3-12-2026"],
            "YYYY-MM-DD",
        ),
        (
            ["meeting", "add", "--db", "{db}", "--neighbourhood", " ", "--date", "2026-12-03"],
            "empty",
        ),
        (["meeting", "add", "--db", "{db}", "--date", "2026-12-03"], "--neighbourhood"),
        (["check"], "--db PATH is required"),
        (["frobnicate"], "invalid choice"),
        (["meeting"], "choose an action"),
    ],
)
def test_errors_are_one_line_and_exit_1(capsys, tmp_path: Path, argv, fragment) -> None:
    subs = {"{missing}": str(tmp_path / "missing.buurtdesk"), "{db}": str(tmp_path / "x.buurtdesk")}
    code, out, err = cli(capsys, *[subs.get(a, a) for a in argv])
    assert code == 1 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and fragment in err
    assert not (tmp_path / "missing.buurtdesk").exists()


def test_refused_file_exit_1_and_unchanged(capsys, db_path: Path) -> None:
    db_path.write_bytes(b"not a database at all\n" * 10)
    code, _, err = cli(capsys, "check", "--db", str(db_path))
    assert code == 1 and "not a BuurtDesk database" in err
    assert db_path.read_bytes() == b"not a database at all\n" * 10


def test_demo_refuses_to_overwrite_without_force(capsys, db_path: Path) -> None:
    db_path.write_bytes(b"precious")
    code, _, err = cli(capsys, "demo", "--db", str(db_path))
    assert code == 1 and "--force" in err and db_path.read_bytes() == b"precious"


def test_demo_then_check_and_list(capsys, db_path: Path) -> None:
    assert cli(capsys, "--db", str(db_path), "demo")[0] == 0
    code, out, _ = cli(capsys, "check", "--db", str(db_path))
    counts = dict(line.split(": ", 1) for line in out.splitlines())
    assert code == 0 and counts["integrity"] == "ok"
    assert counts["meetings"] == "3" and int(counts["concerns"]) >= 40
    assert int(counts["actions"]) > 0 and int(counts["action_updates"]) > 0
    code, out, _ = cli(capsys, "meeting", "list", "--db", str(db_path))
    statuses = [line.split("\t")[3] for line in out.splitlines()]
    assert statuses == ["closed", "closed", "planned"]
    assert cli(capsys, "demo", "--db", str(db_path), "--force")[0] == 0


def test_real_entry_point_exit_codes(tmp_path: Path) -> None:
    """Through `python -m buurtdesk`, as a script would call it: no traceback ever."""
    bad = tmp_path / "bad.buurtdesk"
    bad.write_bytes(b"\x00garbage" * 100)
    for argv, expected in [
        (["--version"], 0),
        (["check", "--db", str(bad)], 1),
        (["meeting", "add", "--db", str(tmp_path / "n.buurtdesk"), "--neighbourhood", "X",
          "--date", "2026-02-30"], 1),
    ]:  # fmt: skip
        proc = subprocess.run(
            [sys.executable, "-m", "buurtdesk", *argv], capture_output=True, text=True, check=False
        )
        assert proc.returncode == expected, proc.stderr
        assert "Traceback" not in proc.stderr


def test_opening_the_window_needs_no_parser() -> None:
    from buurtdesk.cli.main import window_only

    assert window_only([]).db is None  # type: ignore[union-attr]
    assert window_only(["--db", "wijk.buurtdesk"]).db == Path("wijk.buurtdesk")  # type: ignore[union-attr]
    for argv in (["--db"], ["demo"], ["--db", "x", "check"], ["--self-test"], ["--db", "-h"]):
        assert window_only(argv) is None, argv


def test_every_new_parser_has_all_its_verbs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Groups of verbs were cached by ``id()`` of a parser part: once an earlier parser was
    collected, a new part could get its id and so the earlier parser's group, losing its own
    commands.  Here every part gets the same id, as after such a reuse."""
    from buurtdesk.cli import main as cli

    monkeypatch.setattr(cli, "id", lambda _obj: 1, raising=False)
    for _ in range(2):
        parser = cli.build_parser()
        args = parser.parse_args(["meeting", "list", "--db", "x.buurtdesk"])
        assert args.meeting_command == "list"
        args = parser.parse_args(["export", "report", "--db", "x", "--meeting", "1", "-o", "v.pdf"])
        assert args.export_command == "report"
