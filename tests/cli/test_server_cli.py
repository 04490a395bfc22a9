"""The command line on a file and on a PostgreSQL server alike (``store_target``: the same
test on both), and what only a server has: ``db upgrade`` and the commands it lacks so far."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store.db import SCHEMA_VERSION

FORMS = (
    "form_no,date,street,theme,description,name,phone,email,wants_feedback\n"
    "2001,2026-09-08,Putselaan,Schoon,Vuilniszakken naast de containers op de Putselaan,"
    "Priya Yilmaz,06-41132723,priya85@example.nl,ja\n"
    "2002,2026-09-02,Dordtselaan,Verkeer,Er wordt veel te hard gereden op de Dordtselaan,,,,nee\n"
)


def cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = run(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_the_cycle_from_the_command_line(
    capsys: pytest.CaptureFixture[str], store_target: str, tmp_path: Path
) -> None:
    db = store_target
    assert cli(capsys, "demo", "--db", db)[0] == 0
    code, out, err = cli(capsys, "check", "--db", db)
    assert (code, err) == (0, "") and "integrity: ok" in out and "meetings: 3" in out
    code, out, _ = cli(
        capsys, "meeting", "add", "--db", db, "--neighbourhood", "Tarwewijk", "--date", "2026-09-10"
    )
    meeting = out.strip()
    assert code == 0 and meeting.isdigit()
    code, out, _ = cli(capsys, "meeting", "list", "--db", db)
    assert code == 0 and f"{meeting}\tTarwewijk\t2026-09-10\tplanned" in out.splitlines()

    forms = tmp_path / "forms.csv"
    forms.write_text(FORMS, encoding="utf-8")
    report = str(tmp_path / "report.csv")
    code, out, err = cli(
        capsys,
        "import",
        "concerns",
        str(forms),
        "--db",
        db,
        "--meeting",
        meeting,
        "--report",
        report,
    )
    assert code == 0 and out.strip().endswith("2 imported, 0 attached, 0 rejected, 0 present")

    code, out, err = cli(
        capsys, "action", "add", "--db", db, "--priority", "1", "--description",
        "Snelheidscontroles bij de school", "--partner", "politie", "--due", "2026-10-01",
    )  # fmt: skip
    assert (code, err) == (0, "") and out.strip().isdigit()
    code, out, _ = cli(capsys, "action", "list", "--db", db, "--meeting", "1")
    assert code == 0 and "Snelheidscontroles bij de school" in out
    code, _, err = cli(
        capsys,
        "export",
        "concerns-csv",
        "--db",
        db,
        "--meeting",
        meeting,
        "-o",
        str(tmp_path / "c.csv"),
    )
    assert code == 0 and "Dordtselaan" in (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    target = tmp_path / "actions.csv"
    code, out, err = cli(
        capsys, "export", "actions-csv", "--db", db, "--meeting", "1", "-o", str(target)
    )
    assert code == 0, err
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert "Snelheidscontroles bij de school" in {r["action"] for r in rows}
    # the personal details of the import reach no export
    assert "Priya" not in target.read_text(encoding="utf-8-sig")


def test_demo_refuses_to_overwrite(capsys: pytest.CaptureFixture[str], store_target: str) -> None:
    assert cli(capsys, "demo", "--db", store_target)[0] == 0
    code, out, err = cli(capsys, "demo", "--db", store_target)
    assert code == 1 and out == "" and len(err.splitlines()) == 1


def test_a_command_not_ready_for_a_server_says_so(
    capsys: pytest.CaptureFixture[str], pg_url: str
) -> None:
    code, out, err = cli(capsys, "backup", "--db", pg_url, "-o", "x.bak")
    assert code == 1 and out == ""
    assert err == "error: backup: not available on a PostgreSQL server yet (only on a file)\n"


def test_the_password_never_shows(capsys: pytest.CaptureFixture[str], pg_url: str) -> None:
    password = pg_url.split(":")[2].split("@")[0]
    assert cli(capsys, "demo", "--db", pg_url)[0] == 0
    code, out, err = cli(capsys, "check", "--db", pg_url)
    assert code == 0 and ":***@" in out and password not in out + err


def test_db_upgrade(capsys: pytest.CaptureFixture[str], pg_url: str, db_path: Path) -> None:
    code, out, err = cli(capsys, "db", "upgrade", "--db", pg_url)
    assert code == 0 and "upgraded to" in out
    assert "pg_dump --format=custom --schema=buurtdesk --file=" in out
    assert out.split(" (it holds")[0].endswith(pg_url.rsplit("/", 1)[1])
    code, out, err = cli(capsys, "db", "upgrade", "--db", pg_url)
    assert code == 0 and "already at schema version" in out
    assert cli(capsys, "demo", "--db", str(db_path))[0] == 0
    code, out, err = cli(capsys, "db", "upgrade", "--db", str(db_path))
    assert (code, out, err) == (0, f"{db_path}: schema version {SCHEMA_VERSION}\n", "")


def test_the_window_does_not_open_a_server_yet(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "--db", "postgresql://kijker@127.0.0.1:1/buurt")
    assert code == 1 and out == "" and "window cannot open a PostgreSQL server yet" in err
    assert list(tmp_path.iterdir()) == []  # no folder named after the URL


DOCUMENTS = (
    ("report", "1", "r.pdf"),
    ("actions", "1", "a.pdf"),
    ("feedback", "1", "f.pdf"),
    ("invitation", "3", "i.pdf"),
)
PRINTED = ("ballots", "forms")  # their series and order differ per print, by design


def test_documents_from_a_server_are_those_of_a_file(
    capsys: pytest.CaptureFixture[str], pg_url: str, db_path: Path, tmp_path: Path
) -> None:
    """The demo on a file and on a server: every document and listing reads the same."""
    from tests.doc_helpers import pdf_text

    seen: dict[str, list[str]] = {}
    for kind, db in (("file", str(db_path)), ("server", pg_url)):
        assert cli(capsys, "demo", "--db", db)[0] == 0
        folder = tmp_path / kind
        folder.mkdir()
        texts = []
        for what, meeting, name in DOCUMENTS:
            code, _, err = cli(
                capsys, "export", what, "--db", db, "--meeting", meeting, "-o", str(folder / name)
            )
            assert code == 0 and "error" not in err, what
            texts += [pdf_text(folder / name), err]  # notes and warnings alike on both
        for what in PRINTED:
            target = folder / f"{what}.pdf"
            code, _, err = cli(
                capsys, "export", what, "--db", db, "--meeting", "3", "-o", str(target)
            )
            assert (code, err) == (0, "") and "Boekweitbuurt-Zuid" in pdf_text(target)
        hood = "Boekweitbuurt-Zuid"
        code, _, err = cli(
            capsys,
            "export",
            "dossier",
            "--db",
            db,
            "--neighbourhood",
            hood,
            "-o",
            str(folder / "d.pdf"),
        )
        assert (code, err) == (0, "")
        texts.append(pdf_text(folder / "d.pdf"))
        (folder / "rem").mkdir()
        code, _, err = cli(
            capsys, "export", "reminders", "--db", db, "--meeting", "3", "-o", str(folder / "rem")
        )
        assert (code, err) == (0, "")
        texts += [p.name for p in sorted((folder / "rem").iterdir())]
        texts.append((folder / "rem" / "herinneringen.csv").read_text(encoding="utf-8-sig"))
        for listing in ("hours", "backlog"):
            code, out, err = cli(capsys, "action", listing, "--db", db, "--meeting", "1")
            assert (code, err) == (0, "") and out
            texts.append(out)
        code, out, err = cli(
            capsys, "export", "slides", "--db", db, "--meeting", "1", "-o", str(folder)
        )
        assert code == 0 and len(out.splitlines()) > 3
        texts.append("\n".join(Path(p).name for p in out.splitlines()))
        assert cli(capsys, "meeting", "start", "--db", db, "--meeting", "3")[:2] == (
            0,
            "meeting 3 started\n",
        )
        seen[kind] = texts
    assert seen["server"] == seen["file"]
