"""The hostile-input corpus through the core: the save path, the import and the vote counts.

Every case ends with one clear message naming the field or line and the cause (or, for input
that is merely unusual, the text stored exactly as given), and nothing stored before changes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.concerns import import_forms as concern_import
from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.errors import TableFileError, VoteRefused
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from tests.corpus import (
    BAD_COUNTS,
    BAD_DATES,
    CONTROL,
    EMPTY,
    LONG,
    MALFORMED_CSV,
    SCRIPT,
    SQL,
    concern_csv,
    kept,
    make_file,
    snapshot,
)
from tests.corpus.plugin import record


@dataclass
class Stored:
    path: Path
    meeting: int
    lib: Library
    before: list[str]

    def unchanged(self) -> bool:
        return snapshot(self.path) == self.before

    def kept(self) -> bool:
        return kept(self.before, snapshot(self.path))

    def wording(self, report_id: int) -> str:
        con = sqlite3.connect(self.path)
        try:
            row = con.execute("SELECT wording FROM report WHERE id = ?", (report_id,)).fetchone()
        finally:
            con.close()
        return str(row[0])

    def wordings(self) -> list[str]:
        con = sqlite3.connect(self.path)
        try:
            return [r[0] for r in con.execute("SELECT wording FROM report ORDER BY id")]
        finally:
            con.close()


@pytest.fixture
def stored(tmp_path: Path) -> Iterator[Stored]:
    path, _hood, meeting = make_file(tmp_path / "corpus.buurtdesk")
    lib = Library(path)
    try:
        yield Stored(path, meeting, lib, snapshot(path))
    finally:
        lib.close()


def refused_once(stored: Stored, form: concerns.FormInput) -> concerns.FieldIssue:
    """Save must refuse with exactly one blocking issue, and change nothing."""
    with pytest.raises(concerns.FormRefused) as caught:
        concerns.save_form(stored.lib, form)
    issues = caught.value.issues
    assert len(issues) == 1, [i.message for i in issues]
    assert [i for i in concerns.check_form(stored.lib, form) if i.blocking] == issues
    assert stored.unchanged()
    return issues[0]


# -- the core save path (what the entry form calls) -----------------------------------------


@pytest.mark.parametrize("text", EMPTY, ids=["empty", "spaces", "white-space"])
def test_save_empty(stored: Stored, text: str, record_property: Any) -> None:
    record(record_property, "empty", "core_save")
    issue = refused_once(stored, concerns.FormInput(stored.meeting, text))
    assert issue.field == "description" and "empty" in issue.message


@pytest.mark.parametrize("field", ["description", "street", "name", "email"])
def test_save_100000_characters(stored: Stored, field: str, record_property: Any) -> None:
    record(record_property, "long", "core_save")
    values = {"description": "Losse tegels", field: LONG[0]}
    issue = refused_once(stored, concerns.FormInput(stored.meeting, **values))
    assert issue.field == field and issue.code == "too_long"
    assert field in issue.message and "characters" in issue.message


@pytest.mark.parametrize("text", CONTROL, ids=["nul", "escape", "delete"])
@pytest.mark.parametrize("field", ["description", "name"])
def test_save_control_characters(
    stored: Stored, text: str, field: str, record_property: Any
) -> None:
    record(record_property, "control", "core_save")
    values = {"description": "Losse tegels", field: text}
    issue = refused_once(stored, concerns.FormInput(stored.meeting, **values))
    assert issue.field == field and "control character" in issue.message


@pytest.mark.parametrize("text", SCRIPT, ids=["emoji", "arabic", "hebrew-override"])
def test_save_emoji_and_right_to_left(stored: Stored, text: str, record_property: Any) -> None:
    record(record_property, "script", "core_save")
    saved = concerns.save_form(stored.lib, concerns.FormInput(stored.meeting, text, name=text))
    assert stored.wording(saved.report_id) == text.strip()
    assert stored.kept()


@pytest.mark.parametrize("text", SQL, ids=["drop", "or", "delete"])
def test_save_sql_looking_text(stored: Stored, text: str, record_property: Any) -> None:
    record(record_property, "sql", "core_save")
    saved = concerns.save_form(stored.lib, concerns.FormInput(stored.meeting, text, street=text))
    assert stored.wording(saved.report_id) == text
    assert stored.kept() and len(stored.wordings()) == 2


@pytest.mark.parametrize("text", BAD_DATES)
def test_save_impossible_dates(stored: Stored, text: str, record_property: Any) -> None:
    record(record_property, "date", "core_save")
    issue = concerns.date_issue(text)
    assert issue is not None and issue.blocking and issue.field == "received_on"
    assert text in issue.message
    assert any(w in issue.message for w in ("no day", "no month", "out of range"))
    assert stored.unchanged()


# -- the import --------------------------------------------------------------------------------


def import_bytes(stored: Stored, tmp_path: Path, data: bytes) -> concern_import.ImportReport:
    path = tmp_path / "hostile.csv"
    path.write_bytes(data)
    return concern_import.import_file(stored.lib, stored.meeting, path)


def rejected_line(report: concern_import.ImportReport) -> concern_import.ImportLine:
    """The good first row went in; the hostile second row (line 3) is the one refusal."""
    assert [line.outcome for line in report.lines] == ["imported", "rejected"]
    bad = report.lines[1]
    assert bad.line == 3
    return bad


@pytest.mark.parametrize("text", EMPTY, ids=["empty", "spaces", "white-space"])
def test_import_empty(stored: Stored, tmp_path: Path, text: str, record_property: Any) -> None:
    record(record_property, "empty", "import")
    bad = rejected_line(import_bytes(stored, tmp_path, concern_csv(["Graffiti", text])))
    assert "description" in bad.reason and "empty" in bad.reason
    assert stored.kept()


@pytest.mark.parametrize("text", LONG, ids=["a", "words", "accents"])
def test_import_long(stored: Stored, tmp_path: Path, text: str, record_property: Any) -> None:
    record(record_property, "long", "import")
    bad = rejected_line(import_bytes(stored, tmp_path, concern_csv(["Graffiti", text])))
    assert "description" in bad.reason and "characters" in bad.reason
    assert stored.kept()


@pytest.mark.parametrize("text", CONTROL, ids=["nul", "escape", "delete"])
def test_import_control(stored: Stored, tmp_path: Path, text: str, record_property: Any) -> None:
    record(record_property, "control", "import")
    data = concern_csv(["Graffiti", text])
    if "\x00" in text:  # a NUL makes it a binary file: refused as a whole
        with pytest.raises(TableFileError, match="hostile.csv: this is not a text"):
            import_bytes(stored, tmp_path, data)
        assert stored.unchanged()
        return
    bad = rejected_line(import_bytes(stored, tmp_path, data))
    assert "description" in bad.reason and "control character" in bad.reason
    assert stored.kept()


@pytest.mark.parametrize("text", SCRIPT + SQL)
def test_import_script_and_sql(
    stored: Stored, tmp_path: Path, text: str, record_property: Any
) -> None:
    record(record_property, "sql" if text in SQL else "script", "import")
    report = import_bytes(stored, tmp_path, concern_csv([text]))
    assert [line.outcome for line in report.lines] == ["imported"]
    assert stored.wordings()[-1] == text
    assert stored.kept()


@pytest.mark.parametrize("text", BAD_DATES[:3])
def test_import_impossible_dates(
    stored: Stored, tmp_path: Path, text: str, record_property: Any
) -> None:
    record(record_property, "date", "import")
    report = import_bytes(stored, tmp_path, concern_csv(["Graffiti"], day=text))
    assert [line.outcome for line in report.lines] == ["rejected"]
    assert report.lines[0].line == 2 and text in report.lines[0].reason
    assert stored.unchanged()


@pytest.mark.parametrize("name", sorted(MALFORMED_CSV))
def test_import_malformed_csv(
    stored: Stored, tmp_path: Path, name: str, record_property: Any
) -> None:
    record(record_property, "csv", "import")
    data = MALFORMED_CSV[name]
    try:
        report = import_bytes(stored, tmp_path, data)
    except TableFileError as error:  # the file as a whole: named, with the cause
        assert str(error).startswith("hostile.csv: ")
        assert any(w in str(error) for w in ("not a text", "empty", "not valid"))
        assert stored.unchanged()
        return
    assert stored.kept()
    if name == "bad_utf8":  # read as Windows-1252 (Excel's Dutch CSV), and said so
        assert any("not UTF-8" in note for note in report.notes)
        assert [line.outcome for line in report.lines] == ["imported"]
        return
    refused = [line for line in report.lines if line.outcome == "rejected"]
    assert refused and all(line.line >= 2 and line.reason for line in refused)
    if name == "unclosed_quote":
        assert any("line 2" in n and "quote" in n for n in report.notes)
    if name == "ragged":
        assert "6 fields where the header has 4" in refused[-1].reason and refused[-1].line == 3


# -- the tally and the ballots ---------------------------------------------------------------


@pytest.mark.parametrize("count", BAD_COUNTS)
def test_tally_negative_and_huge(stored: Stored, count: int, record_property: Any) -> None:
    record(record_property, "count", "voting")
    voting.set_tally(stored.lib, stored.meeting, "K1", 3)
    before = snapshot(stored.path)
    with pytest.raises(VoteRefused) as caught:
        voting.set_tally(stored.lib, stored.meeting, "K1", count)
    message = str(caught.value)
    assert message.startswith("K1: ") and ("negative" in message or "above" in message)
    assert snapshot(stored.path) == before


@pytest.mark.parametrize(
    "code", ["", "   ", LONG[0], "K1\x00", SQL[0], SCRIPT[0]], ids=lambda c: repr(c)[:12]
)
def test_tally_hostile_concern_numbers(stored: Stored, code: str, record_property: Any) -> None:
    kind = {"": "empty", "   ": "empty", LONG[0]: "long", "K1\x00": "control"}.get(code, "")
    record(record_property, kind or ("sql" if code in SQL else "script"), "voting")
    with pytest.raises(VoteRefused, match="is no concern on this meeting's ballot"):
        voting.set_tally(stored.lib, stored.meeting, code, 1)
    assert stored.unchanged()


@pytest.mark.parametrize("ballot_no", ["", "   ", LONG[0], "7\x00", SQL[1], SCRIPT[1]])
def test_ballot_hostile_numbers(stored: Stored, ballot_no: str, record_property: Any) -> None:
    kinds = {"": "empty", "   ": "empty", LONG[0]: "long", "7\x00": "control", SQL[1]: "sql"}
    record(record_property, kinds.get(ballot_no, "script"), "voting")
    voting.set_method(stored.lib, stored.meeting, method="ranked")
    before = snapshot(stored.path)
    try:
        result = voting.add_ballot(stored.lib, stored.meeting, ballot_no, ["K1"])
    except VoteRefused as refused:
        assert "ballot" in str(refused)
        assert snapshot(stored.path) == before
        return
    assert kept(before, snapshot(stored.path))
    assert result.ballot.ballot_no == ballot_no.strip()
