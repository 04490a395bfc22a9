"""An e-mail address that holds a line break (``a@b.nl\nBcc: c@d.nl``) is not stored as an
e-mail: the field stays empty, the row's other data is imported, and the report says so."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

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
