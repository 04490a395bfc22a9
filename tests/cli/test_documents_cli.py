"""``buurtdesk export actions|report|forms|ballots|feedback|invitation``."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from doc_helpers import (
    EMAIL,
    NAME,
    OTHER_NAME,
    WORDING,
    build_planted,
    invitable,
    page_texts,
    pdf_text,
)
from pypdf import PdfReader

from buurtdesk.cli import main as cli
from buurtdesk.core.documents import KINDS, write_feedback_csv
from buurtdesk.core.store.library import Library


@pytest.mark.parametrize("kind", KINDS)
def test_export_writes_each_document(db_path: Path, tmp_path: Path, capsys, kind: str) -> None:
    info = build_planted(db_path)
    out = tmp_path / f"{kind}.pdf"
    lib = Library(db_path, create=False)
    try:
        mid = invitable(lib, kind, info.meeting_id)
    finally:
        lib.close()
    code = cli.run(["export", kind, "--db", str(db_path), "--meeting", str(mid),
                    "-o", str(out)])  # fmt: skip
    assert code == cli.EXIT_OK
    assert capsys.readouterr().out.strip() == f"{kind} written to {out}"
    assert len(PdfReader(str(out)).pages) >= 1


def test_export_forms_count_start_and_language(db_path: Path, tmp_path: Path) -> None:
    info = build_planted(db_path)
    out = tmp_path / "forms.pdf"
    code = cli.run(["export", "forms", "--db", str(db_path), "--meeting", str(info.meeting_id),
                    "-o", str(out), "--count", "2", "--start", "41", "--lang", "en"])  # fmt: skip
    assert code == 0
    pages = page_texts(out)
    assert len(pages) == 2 and "41" in pages[0] and "42" in pages[1]
    assert "Concern form" in pages[0] and "page 2 of 2" not in pages[1]  # one page each


def test_export_feedback_with_mail_merge_csv(db_path: Path, tmp_path: Path, capsys) -> None:
    info = build_planted(db_path)
    pdf, sheet = tmp_path / "fb.pdf", tmp_path / "fb.csv"
    code = cli.run(["export", "feedback", "--db", str(db_path), "--meeting",
                    str(info.meeting_id), "-o", str(pdf), "--csv", str(sheet)])  # fmt: skip
    assert code == 0
    assert "1 residents written to" in capsys.readouterr().out
    with sheet.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))  # Dutch by default: Dutch headers and ";"
    assert rows[0] == ["naam", "e-mail", "adres", "knelpunten", "uw woorden", "uitkomst", "aanhef"]
    assert len(rows) == 2  # the resident without an e-mail address is not in it
    assert rows[1][0] == NAME and rows[1][1] == EMAIL and WORDING in rows[1][4]
    assert OTHER_NAME not in sheet.read_text(encoding="utf-8-sig")
    assert NAME in pdf_text(pdf)


def test_feedback_csv_guards_against_spreadsheet_formulas(db_path: Path, tmp_path: Path) -> None:
    from sqlalchemy import update

    from buurtdesk.core.store.models import Submitter

    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        with lib.session() as s, s.begin():
            s.execute(update(Submitter).where(Submitter.name == NAME).values(name="=HYPERLINK(1)"))
        assert write_feedback_csv(lib, info.meeting_id, tmp_path / "x.csv") == 1
    finally:
        lib.close()
    assert "'=HYPERLINK(1)" in (tmp_path / "x.csv").read_text(encoding="utf-8-sig")


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--meeting", "999"], "no meeting with id 999"),
        (["--meeting", "2", "--lang", "fr"], "invalid choice"),
        (["--meeting", "2", "-o", "/nonexistent/dir/x.pdf"], "does not exist"),
    ],
)
def test_export_errors_are_one_line(
    db_path: Path, tmp_path: Path, capsys, extra: list[str], message: str
) -> None:
    build_planted(db_path)
    args = ["export", "report", "--db", str(db_path), "-o", str(tmp_path / "r.pdf"), *extra]
    assert cli.run(args) == cli.EXIT_ERROR
    err = capsys.readouterr().err
    assert message in err and len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_export_needs_an_existing_file(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "nope.buurtdesk"
    code = cli.run(["export", "actions", "--db", str(missing), "--meeting", "1",
                    "-o", str(tmp_path / "a.pdf")])  # fmt: skip
    assert code == cli.EXIT_ERROR
    assert not missing.exists() and not (tmp_path / "a.pdf").exists()
