"""Hostile input that reaches BuurtDesk's files: formulas in exported CSV cells, column headers
that hide personal data, hostile .xlsx workbooks and very long CSV files.

Each case is one corpus case of kind ``inputs``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from doc_helpers import NAME, build_planted
from sqlalchemy import select, update

from buurtdesk.cli.main import run
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Concern, Report, Submitter
from tests.corpus.plugin import record
from tests.xlsx_parts import hostile_workbooks, lower_limits

# -- formulas in exported CSV cells ------------------------------------------------------------

HOSTILE = ('=HYPERLINK("http://x","klik")', "+31 6 1234 5678", "-1+1", "@SUM(A1)", "\t=1")
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def _plain_number(cell: str) -> bool:
    try:
        float(cell.replace(",", "."))
    except ValueError:
        return False
    return True


def risky_cells(text: str, delimiter: str = ",") -> list[str]:
    """Every cell a spreadsheet would run as a formula."""
    rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    return [c for row in rows for c in row if c[:1] in TRIGGERS and not _plain_number(c)]


@pytest.fixture
def hostile_db(tmp_path: Path) -> tuple[Path, int]:
    """A meeting whose titles, actions, forms and residents all start like formulas."""
    path = tmp_path / "hostile.buurtdesk"
    meeting = build_planted(path).meeting_id
    lib = Library(path, create=False)
    try:
        with lib.session() as s, s.begin():
            concerns = s.scalars(select(Concern).order_by(Concern.number)).all()
            for concern, text in zip(concerns, HOSTILE, strict=False):
                concern.title = text
            for n, action in enumerate(s.scalars(select(Action).order_by(Action.id))):
                action.description = HOSTILE[n % len(HOSTILE)]
                action.responsible_person = HOSTILE[(n + 1) % len(HOSTILE)]
            for n, report in enumerate(s.scalars(select(Report).order_by(Report.id))):
                report.form_no = ("=1+1", "+1", "-5-5", "@A1", "\t=2")[n % 5] + str(n)
                report.wording = HOSTILE[(n + 2) % len(HOSTILE)]
            s.execute(
                update(Submitter)
                .where(Submitter.name == NAME)
                .values(name=HOSTILE[0], phone=HOSTILE[1], address=HOSTILE[2], email="@x.nl")
            )
    finally:
        lib.close()
    return path, meeting


def _cli(*argv: object) -> None:
    assert run([str(a) for a in argv]) == 0


def _export(db: tuple[Path, int], out: Path, *command: object) -> Path:
    """``buurtdesk <command> --db … --meeting … -o out`` on the hostile file."""
    _cli(*command, "--db", db[0], "--meeting", db[1], "-o", out)
    return out


EXPORTS: dict[str, tuple[list[str], str, str]] = {
    # name -> (extra command line, encoding, delimiter)
    "concerns_csv": (["export", "concerns-csv"], "utf-8-sig", ","),
    "actions_csv": (["export", "actions-csv"], "utf-8-sig", ","),
    "concerns_public": (["export", "concerns"], "utf-8", ","),
    "concerns_personal": (["export", "concerns", "--with-personal-data"], "utf-8", ","),
    "ranking": (["export", "ranking"], "utf-8", ","),
    "ranking_excel_nl": (["export", "ranking", "--excel-nl"], "utf-8-sig", ";"),
}


@pytest.mark.parametrize("name", list(EXPORTS))
def test_cli_exports_never_write_a_formula(
    hostile_db: tuple[Path, int], tmp_path: Path, name: str, record_property: Any
) -> None:
    record(record_property, "inputs", "cli")
    command, encoding, delimiter = EXPORTS[name]
    text = _export(hostile_db, tmp_path / f"{name}.csv", *command).read_text(encoding=encoding)
    assert risky_cells(text, delimiter) == []
    assert "'=HYPERLINK(" in text  # quoted, not dropped


def test_feedback_mail_merge_csv_never_writes_a_formula(
    hostile_db: tuple[Path, int], tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "inputs", "cli")
    sheet = tmp_path / "fb.csv"
    _export(hostile_db, tmp_path / "fb.pdf", "export", "feedback", "--csv", sheet)
    text = sheet.read_text(encoding="utf-8-sig")
    assert risky_cells(text) == []
    assert "'=HYPERLINK(" in text and "'+31 6 1234 5678" not in text  # no phone in a mailing


def _forms_with_hostile_numbers(tmp_path: Path) -> Path:
    rows = [["Formuliernummer", "Omschrijving", "Straat"]]
    rows += [[h, f"Losse tegels {n}", h] for n, h in enumerate(HOSTILE)]
    source = tmp_path / "forms.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return source


@pytest.mark.parametrize("where", ["report_file", "stdout"])
def test_import_report_never_writes_a_formula(
    tmp_path: Path, where: str, capsys: Any, record_property: Any
) -> None:
    from tests.corpus import make_file

    record(record_property, "inputs", "cli")
    path, _hood, meeting = make_file(tmp_path / "r.buurtdesk")
    report = tmp_path / "report.csv"
    extra = ["--report", report] if where == "report_file" else []
    argv = ["import", "concerns", _forms_with_hostile_numbers(tmp_path), "--db", path]
    run([str(a) for a in [*argv, "--meeting", meeting, *extra]])
    out = capsys.readouterr().out
    text = report.read_text(encoding="utf-8") if where == "report_file" else out
    assert risky_cells(text) == []
    assert "'=HYPERLINK(" in text


def test_safe_cell_keeps_numbers_and_reads_back() -> None:
    from buurtdesk.core.store.csv_safe import safe_cell, unquote_cell

    assert safe_cell(-3) == -3 and safe_cell(2.5) == 2.5 and safe_cell("-2,5") == "-2,5"
    for text in HOSTILE:
        assert safe_cell(text) == "'" + text
        assert unquote_cell(str(safe_cell(text))) == text
    assert safe_cell("Losse tegels") == "Losse tegels" and unquote_cell("'t Hofje") == "'t Hofje"


def test_own_personal_export_imports_back_without_quotes(
    hostile_db: tuple[Path, int], tmp_path: Path, record_property: Any
) -> None:
    """``export concerns --with-personal-data`` read back by the concern import."""
    from tests.corpus import make_file

    record(record_property, "inputs", "cli")
    exported = tmp_path / "personal.csv"
    _export(hostile_db, exported, "export", "concerns", "--with-personal-data")
    target, _hood, new_meeting = make_file(tmp_path / "again.buurtdesk")
    _cli("import", "concerns", exported, "--db", target, "--meeting", new_meeting,
         "--report", tmp_path / "r.csv")  # fmt: skip
    lib = Library(target, create=False)
    try:
        with lib.session() as s:
            words = set(s.scalars(select(Report.wording)))
            phones = set(s.scalars(select(Submitter.phone)))
    finally:
        lib.close()
    written = list(csv.DictReader(exported.open(encoding="utf-8", newline="")))
    assert {r["wording"][1:].strip() for r in written} <= words  # every quote taken off
    assert "+31 6 1234 5678" in phones and not any(w.startswith("'") for w in words)


# -- column guessing ----------------------------------------------------------------------------

GUESSES = [
    # header -> the field it must get, or None: left out and named in a warning
    ("Adres (straat + huisnummer)", "address"),
    ("Naam melder", "name"),
    ("Tel. nr", "phone"),
    ("Telefoonnummer melder", "phone"),
    ("Emailadres", "email"),
    ("E-mailadres", "email"),
    ("Woonadres", "address"),
    ("Mobiel", "phone"),
    ("Geboortedatum", None),
    ("Woonplaats", "town"),
    ("Plaats", "town"),
    ("Postcode", "postcode"),
    ("Taal", "language"),
    ("Language", "language"),
    ("Huisnummer", None),
    ("Geslacht", None),
    ("Leeftijd", None),
    ("Formuliernummer", "form_no"),
    ("Datum ingevuld", "date"),
    ("Straat of plek", "street"),
    ("Thema", "theme"),
    ("Cluster", ""),  # not personal: left out without a warning
]


@pytest.mark.parametrize(("header", "field"), GUESSES)
def test_column_guess(header: str, field: str | None, record_property: Any) -> None:
    from buurtdesk.core.concerns.mapping import guess_mapping, unmapped_personal

    record(record_property, "inputs", "core")
    headers = ("Omschrijving", header)
    mapping = guess_mapping(headers)
    assert mapping["description"] == 0
    got = next((f for f, column in mapping.items() if column == 1), None)
    assert got == (field or None)
    assert unmapped_personal(headers, mapping) == ([header] if field is None else [])


def test_own_export_headers_map_the_wording_not_the_code() -> None:
    from buurtdesk.cli.concerns import PERSONAL_COLUMNS, PUBLIC_COLUMNS
    from buurtdesk.core.concerns.mapping import guess_mapping

    headers = (*PUBLIC_COLUMNS, *PERSONAL_COLUMNS)
    mapping = guess_mapping(headers)
    assert headers[mapping["description"]] == "wording"
    for fld in ("name", "phone", "email", "address", "form_no", "consent", "wants_feedback"):
        assert headers[mapping[fld]] == fld


PERSONAL_FILE = "Omschrijving;Naam melder;Geboortedatum;Geslacht\nLosse tegels;Ans;1-1-1950;v\n"


def test_cli_import_names_unmapped_personal_columns(
    tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    from tests.corpus import make_file

    record(record_property, "inputs", "cli")
    path, _hood, meeting = make_file(tmp_path / "p.buurtdesk")
    source = tmp_path / "persoonlijk.csv"
    source.write_text(PERSONAL_FILE, encoding="utf-8")
    for extra in (["--report", str(tmp_path / "r.csv")], []):
        argv = ["import", "concerns", str(source), "--db", str(path), "--meeting", str(meeting)]
        run([*argv, *extra])
        out, err = capsys.readouterr()
        warned = [line for line in (out + err).splitlines() if line.startswith("warning: ")]
        assert len(warned) == 1, out + err
        assert "'Geboortedatum'" in warned[0] and "'Geslacht'" in warned[0]
        assert "Naam melder" not in warned[0]


# -- hostile workbooks --------------------------------------------------------------------------

BOOKS = hostile_workbooks()


@pytest.fixture
def small_limits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    return lower_limits(monkeypatch)


@pytest.mark.parametrize("name", list(BOOKS))
def test_cli_refuses_a_hostile_workbook(
    name: str, tmp_path: Path, capsys: Any, small_limits: list[str], record_property: Any
) -> None:
    from tests.corpus import make_file, snapshot

    record(record_property, "inputs", "cli")
    path, _hood, meeting = make_file(tmp_path / "x.buurtdesk")
    before = snapshot(path)
    data, word = BOOKS[name]
    source = tmp_path / f"{name}.xlsx"
    source.write_bytes(data)
    code = run(["import", "concerns", str(source), "--db", str(path), "--meeting", str(meeting)])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and word in lines[0], err
    assert snapshot(path) == before
    if name.startswith(("bomb", "shared")):
        assert small_limits == []  # refused from the zip's directory alone


# -- a very long CSV file -----------------------------------------------------------------------


def _peak_import(tmp_path: Path, rows: int) -> tuple[int, Any]:
    """tracemalloc's peak while reading and importing ``rows`` refused forms."""
    import tracemalloc

    from buurtdesk.core.concerns.import_forms import import_file
    from tests.corpus import make_file

    path, _hood, meeting = make_file(tmp_path / f"long{rows}.buurtdesk")
    source = tmp_path / f"long{rows}.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["Formuliernummer", "Datum", "Straat", "Omschrijving"])
        day = "31-02-2026"  # no such day: every row is refused, so no row is stored
        out.writerows([n, day, "Dorpsstraat", f"Losse tegels nummer {n}"] for n in range(rows))
    lib = Library(path, create=False)
    try:
        tracemalloc.start()
        report = import_file(lib, meeting, source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        lib.close()
    return peak, report


def test_a_long_csv_imports_in_bounded_memory(tmp_path: Path, record_property: Any) -> None:
    record(record_property, "inputs", "core")
    small, _ = _peak_import(tmp_path, 5_000)
    large, report = _peak_import(tmp_path, 40_000)
    assert report.count("rejected") == 40_000  # every line counted
    assert large < 2 * small, (small, large)  # eight times the rows, not eight times the memory


def test_a_file_changed_before_the_import_changes_nothing(
    tmp_path: Path, record_property: Any
) -> None:
    import os

    from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
    from buurtdesk.core.errors import TableFileError
    from buurtdesk.core.store.tables import read_table
    from tests.corpus import make_file, snapshot

    record(record_property, "inputs", "core")
    path, _hood, meeting = make_file(tmp_path / "c.buurtdesk")
    before = snapshot(path)
    source = tmp_path / "forms.csv"
    source.write_text("Omschrijving;Straat\nLosse tegels;Dorpsstraat\n", encoding="utf-8")
    table = read_table(source)  # read (and previewed), then the file is saved again
    source.write_text("Omschrijving;Straat\nGraffiti;Kerkstraat\nAfval;Hof\n", encoding="utf-8")
    os.utime(source, ns=(1, 1))
    lib = Library(path, create=False)
    try:
        with pytest.raises(TableFileError, match="changed"):
            import_rows(lib, meeting, table, guess_mapping(table.headers))
    finally:
        lib.close()
    assert snapshot(path) == before
