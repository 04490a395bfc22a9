"""Importing concern forms from CSV and .xlsx: the shared files, re-import and broken files."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.concerns import intake as c
from buurtdesk.core.concerns.import_forms import (
    guess_mapping,
    import_file,
    import_rows,
    write_report,
)
from buurtdesk.core.errors import TableFileError
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.tables import read_table
from tests.conftest import SHARED_DATA

SHARED_FILES = ("paper-forms.csv", "paper-forms-excel-nl.csv", "paper-forms.xlsx")
COLUMNS = "line,form_no,outcome,concern,similar1,score1,similar2,score2,similar3,score3,reason"


@pytest.fixture
def lib(store_target: str) -> Library:
    library = Library(store_target)
    yield library
    library.close()


@pytest.fixture
def meeting(lib: Library) -> int:
    return lib.add_meeting(lib.add_neighbourhood("Bloemhof"), dt.date(2026, 9, 10))


def shared_rows(name: str) -> list[dict[str, str]]:
    """The shared CSV's rows, read independently of the code under test."""
    encoding = "utf-8" if name == "paper-forms.csv" else "windows-1252"
    with open(SHARED_DATA / name, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle, delimiter="," if encoding == "utf-8" else ";"))


@pytest.mark.shared_data
@pytest.mark.parametrize("name", SHARED_FILES)
def test_each_shared_file_imports_with_no_row_lost(lib: Library, meeting: int, name: str) -> None:
    table = read_table(SHARED_DATA / name)
    mapping = guess_mapping(table.headers)
    assert {"form_no", "date", "street", "theme", "description", "name", "phone"} <= set(mapping)
    assert "cluster" not in [table.headers[i] for i in mapping.values()]
    report = import_rows(lib, meeting, table, mapping)
    assert report.count("imported") == 64 and not report.refused
    assert [line.line for line in report.lines] == list(range(2, 66))
    assert lib.counts()["reports"] == 64
    expected = shared_rows("paper-forms.csv")
    hood = lib.neighbourhoods()[0].id
    rows = c.list_concerns(lib, hood)
    assert len(rows) == 64
    wordings = {
        r.form_no: r for row in rows for r in c.concern_reports(lib, row.id, include_personal=True)
    }
    for source in expected:
        got = wordings[source["form_no"]]
        assert got.received_on == dt.date.fromisoformat(source["date"])
        assert got.wants_feedback == (source["wants_feedback"] == "ja")
        if name != "paper-forms-excel-nl.csv":  # that one lost "ı" and "ş" to "?"
            assert got.wording == source["description"].strip()
            assert got.name == source["name"]


@pytest.mark.shared_data
def test_the_three_files_are_the_same_forms(lib: Library, meeting: int) -> None:
    first = import_file(lib, meeting, SHARED_DATA / SHARED_FILES[0])
    assert first.count("imported") == 64
    for name in SHARED_FILES:
        again = import_file(lib, meeting, SHARED_DATA / name)
        assert again.count("present") == 64, again.summary()
        assert [x.concern for x in again.lines] == [x.concern for x in first.lines]
    assert lib.counts()["reports"] == 64


@pytest.mark.shared_data
def test_report_similar_columns_point_to_earlier_rows(lib: Library, meeting: int) -> None:
    report = import_file(lib, meeting, SHARED_DATA / "paper-forms.csv")
    lines = {x.form_no: x for x in report.lines}
    # Form 1004 repeats 1003 (the same cluster in the answer key); 1003 is K3.
    assert lines["1003"].concern == "K3"
    assert "K3" in [code for code, _ in lines["1004"].similar]
    assert lines["1001"].similar == ()  # the first row has nothing before it
    for x in report.lines:
        assert all(0 <= score <= 100 for _, score in x.similar)
        assert x.concern not in [code for code, _ in x.similar]


def test_report_csv_has_exactly_the_columns(lib: Library, meeting: int, tmp_path: Path) -> None:
    src = tmp_path / "forms.csv"
    src.write_text(
        "Formuliernummer;Datum;Omschrijving\n1;8-9-2026;Losse tegels\n2;31-9-2026;Ratten\n",
        encoding="utf-8",
    )
    report = import_file(lib, meeting, src)
    out = tmp_path / "report.csv"
    write_report(report, out)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == COLUMNS
    rows = list(csv.DictReader(lines))
    assert [(r["line"], r["outcome"], r["concern"]) for r in rows] == [
        ("2", "imported", "K1"),
        ("3", "rejected", ""),
    ]
    assert "September 2026 has no day 31" in rows[1]["reason"]


def test_rows_without_form_number_are_present_by_wording_street_and_date(
    lib: Library, meeting: int, tmp_path: Path
) -> None:
    src = tmp_path / "survey.csv"
    src.write_text(
        "straat,melding,datum\n"
        "Putselaan,Te veel afval,2026-09-01\n"
        "Putselaan,Te veel afval,2026-09-02\n"
        "Dordtselaan,Te veel afval,2026-09-01\n"
        ",Ook zonder datum,\n",
        encoding="utf-8",
    )
    first = import_file(lib, meeting, src)
    assert first.count("imported") == 4
    second = import_file(lib, meeting, src)
    assert second.count("present") == 4
    assert [x.concern for x in second.lines] == [x.concern for x in first.lines]
    assert lib.counts()["reports"] == 4


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_broken_rows_are_reported_by_line_and_good_rows_go_in(
    lib: Library, meeting: int, tmp_path: Path
) -> None:
    src = write(
        tmp_path / "ragged.csv",
        b"form_no,description,date\n"
        b"1,good one,2026-09-01\n"
        b'2,"spans\ntwo lines",2026-09-01\n'
        b"3,too,many,fields,here\n"
        b"4,,2026-09-01\n"
        b"5,bad date,2026-02-30\n"
        b"6,good two\n"
        b"7," + b"x" * 2001 + b",2026-09-01\n",
    )
    report = import_file(lib, meeting, src)
    outcome = {x.line: (x.outcome, x.reason) for x in report.lines}
    assert outcome[2][0] == outcome[3][0] == outcome[8][0] == "imported"
    assert outcome[5] == ("rejected", "5 fields where the header has 3")
    assert outcome[6] == ("rejected", "the description is empty")
    assert outcome[7][0] == "rejected" and "February 2026 has no day 30" in outcome[7][1]
    assert outcome[9][0] == "rejected" and "2001 characters" in outcome[9][1]
    assert report.refused and lib.counts()["reports"] == 3


def test_an_unclosed_quote_is_reported_at_its_line(
    lib: Library, meeting: int, tmp_path: Path
) -> None:
    src = write(
        tmp_path / "quote.csv",
        b'nr;omschrijving\n1;goed\n2;"nooit gesloten\n3;verloren?\n',
    )
    report = import_file(lib, meeting, src)
    assert [(x.line, x.outcome) for x in report.lines] == [(2, "imported"), (3, "rejected")]
    assert "never closed" in report.lines[1].reason
    assert any("line 3" in note for note in report.notes)


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("empty.csv", b"", "empty"),
        ("blank.csv", b"\n\n  \n", "empty"),
        ("binary.csv", bytes(range(256)) * 4, "not a text"),
        ("fake.xlsx", b"PK\x03\x04 not really a zip", "not a readable .xlsx"),
        ("one.csv", b"just one column\nvalue\n", "no separators"),
    ],
)
def test_unusable_files_say_why(tmp_path: Path, name: str, data: bytes, words: str) -> None:
    with pytest.raises(TableFileError) as info:
        read_table(write(tmp_path / name, data))
    assert words in str(info.value)


def test_missing_file_says_why(tmp_path: Path) -> None:
    with pytest.raises(TableFileError, match="cannot read"):
        read_table(tmp_path / "nowhere.csv")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("nr;omschrijving\n1;Geëerde buren, café\n".encode(), "utf-8"),
        ("nr;omschrijving\n1;Geëerde buren, café\n".encode("utf-8-sig"), "utf-8-sig"),
        ("nr;omschrijving\r\n1;Geëerde buren, café\r\n".encode("cp1252"), "windows-1252"),
        ("nr\tomschrijving\n1\tGeëerde buren, café\n".encode("utf-16"), "utf-16"),
    ],
)
def test_encodings_and_separators_are_detected(tmp_path: Path, data: bytes, encoding: str) -> None:
    table = read_table(write(tmp_path / "x.csv", data))
    assert table.encoding == encoding
    assert table.headers == ("nr", "omschrijving")
    assert table.rows[0].values == ("1", "Geëerde buren, café")


def test_wrongly_encoded_text_still_loses_no_row(
    lib: Library, meeting: int, tmp_path: Path
) -> None:
    # Windows-1252 bytes that are invalid UTF-8, mixed with a UTF-8 line: read as 1252.
    data = "nr,omschrijving\n1,café\n".encode("cp1252") + "2,geëerd\n".encode()
    report = import_file(lib, meeting, write(tmp_path / "mixed.csv", data))
    assert report.count("imported") == 2


def test_mapping_matches_dutch_and_english_headers() -> None:
    headers = ["Nr.", "Datum ingevuld", "Straat of plek", "Omschrijving van het probleem", "Naam"]
    assert guess_mapping(headers) == {
        "form_no": 0,
        "date": 1,
        "street": 2,
        "description": 3,
        "name": 4,
    }
    assert guess_mapping(["E-mail", "Description", "Wants feedback"]) == {
        "email": 0,
        "description": 1,
        "wants_feedback": 2,
    }


@pytest.mark.shared_data
def test_mapping_errors_change_nothing(lib: Library, meeting: int) -> None:
    table = read_table(SHARED_DATA / "paper-forms.csv")
    with pytest.raises(ValueError, match="description"):
        import_rows(lib, meeting, table, {"form_no": 0})
    with pytest.raises(ValueError, match="no column"):
        import_rows(lib, meeting, table, {"description": 99})
    with pytest.raises(ValueError, match="no meeting"):
        import_rows(lib, 999, table, guess_mapping(table.headers))
    assert lib.counts()["reports"] == 0


@pytest.mark.shared_data
def test_an_import_that_fails_midway_leaves_nothing(
    lib: Library, meeting: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.core.concerns import import_forms as concern_import

    monkeypatch.setattr(concern_import, "BATCH", 10)  # write in batches of ten rows
    calls = {"n": 0}
    original = concern_import._Importer.flush

    def failing_flush(self: object) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError("disk full")
        original(self)  # type: ignore[arg-type]

    monkeypatch.setattr(concern_import._Importer, "flush", failing_flush)
    with pytest.raises(OSError):
        import_file(lib, meeting, SHARED_DATA / "paper-forms.csv")
    assert calls["n"] == 3  # two batches were written before the failure ...
    assert lib.counts()["reports"] == lib.counts()["concerns"] == 0  # ... and rolled back


def test_imported_rows_continue_the_numbering(lib: Library, meeting: int, tmp_path: Path) -> None:
    c.save_form(lib, c.FormInput(meeting, "typed in by hand", form_no="77"))
    src = tmp_path / "more.csv"
    src.write_text("form_no,description\n78,from the sheet\n", encoding="utf-8")
    report = import_file(lib, meeting, src)
    assert [x.concern for x in report.lines] == ["K2"]
    hood = lib.neighbourhoods()[0].id
    assert c.next_form_no(lib, hood) == "79"
    saved = c.save_form(lib, c.FormInput(meeting, "and by hand again"))
    assert saved.code == "K3"


@pytest.mark.parametrize(
    "cell",
    ["2026-09-08", "8-9-2026", "08-09-2026", "2026-09-08 00:00:00", "2026-09-08T00:00", "46273"],
)
def test_dates_as_spreadsheets_write_them(cell: str) -> None:
    from buurtdesk.core.concerns.mapping import parse_date

    assert parse_date(cell) == dt.date(2026, 9, 8)


def test_an_xlsx_with_real_date_cells_and_numbers(
    lib: Library, meeting: int, tmp_path: Path
) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Formuliernummer", "Datum", "Omschrijving", "Wil terugkoppeling"])
    sheet.append([2001, dt.datetime(2026, 9, 8), "Ratten bij de schuur", True])
    sheet.append([None, None, None, None])  # an empty row is no form
    sheet.append([2002.0, 46274, "Graffiti op de muur", "nee"])
    path = tmp_path / "forms.xlsx"
    book.save(path)
    report = import_file(lib, meeting, path)
    assert [(x.line, x.form_no, x.outcome) for x in report.lines] == [
        (2, "2001", "imported"),
        (4, "2002", "imported"),
    ]
    rows = c.list_concerns(lib, lib.neighbourhoods()[0].id)
    dates = [c.concern_reports(lib, r.id)[0].received_on for r in rows]
    assert dates == [dt.date(2026, 9, 8), dt.date(2026, 9, 9)]
