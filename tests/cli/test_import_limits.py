"""Importing forms: an e-mail address that holds a line break (``a@b.nl\nBcc: c@d.nl``) is
not stored as an e-mail (the field stays empty, the row's other data is imported, the report
says so); a file over the row limit is refused before the import starts."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from buurtdesk.cli.main import run
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Report, Submitter

BROKEN = ["a@b.nl\nBcc: c@d.nl", "a@b.nl\rCc: c@d.nl", "a@b.nl\u2028x", "a@b.nl\x0bc"]


@pytest.mark.parametrize("email", BROKEN)
def test_an_email_with_a_line_break_is_refused_and_the_row_kept(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], email: str
) -> None:
    lib = Library(db_path)
    try:
        meeting = lib.add_meeting(lib.add_neighbourhood("Bloemhof"), dt.date(2026, 9, 10))
    finally:
        lib.close()
    src = tmp_path / "forms.csv"
    with open(src, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Formuliernummer", "Omschrijving", "Naam", "Telefoon", "E-mail"])
        writer.writerow(["5", "Lamp kapot", "Ans", "0612345678", email])
    args = ["import", "concerns", str(src), "--db", str(db_path), "--meeting", str(meeting)]
    assert run(args) == 0
    lines = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert lines[0]["outcome"] == "imported"
    assert "holds a line break; not stored" in lines[0]["reason"]
    lib = Library(db_path, create=False)
    try:
        with lib.session() as s:
            person = s.scalars(select(Submitter)).one()
            assert (person.name, person.phone, person.email) == ("Ans", "0612345678", "")
            assert s.scalars(select(Report.wording)).one() == "Lamp kapot"
    finally:
        lib.close()


def test_an_import_over_the_row_limit_is_refused_before_it_starts(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: Any
) -> None:
    from buurtdesk.core.concerns import import_forms

    monkeypatch.setattr(import_forms, "MAX_ROWS", 3)
    lib = Library(db_path)
    try:
        meeting = lib.add_meeting(lib.add_neighbourhood("Bloemhof"), dt.date(2026, 9, 10))
    finally:
        lib.close()
    src = tmp_path / "forms.csv"
    src.write_text("Nr;Omschrijving\n" + "".join(f"{n};Lamp kapot\n" for n in range(4)), "utf-8")
    args = ["import", "concerns", str(src), "--db", str(db_path), "--meeting", str(meeting)]
    assert run(args) == 1
    err = capsys.readouterr().err
    assert err == "error: the file has 4 rows; one import takes at most 3 rows, so split the file\n"
    lib = Library(db_path, create=False)
    try:
        assert lib.counts()["reports"] == 0
    finally:
        lib.close()
