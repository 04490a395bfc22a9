"""One paper ballot is counted once, however its number is written: every spelling of a
number (leading zeros, a trailing ``.0``, full-width and other scripts' digits) is one number,
for ballots, concern numbers and form numbers made only of digits."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from buurtdesk.cli.main import run
from buurtdesk.core.concerns import intake
from buurtdesk.core.concerns.import_forms import import_file
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.numbers import canonical_number, form_number_key
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry, Ballot, Report
from buurtdesk.core.voting import counting as v
from tests.corpus import csv_text
from tests.corpus.plugin import record
from tests.locations import TESTS
from tests.voting_helpers import Setup, build

# Ways a resident or a spreadsheet writes the number 1: zeros, a decimal, full-width,
# Arabic-Indic, Devanagari, Bengali and mathematical digits, spaces around.
ONE = ("01", "001", "1.0", "1,0", "1.00", "１", "٠١", "१", "১", "𝟏", " 1 ", "０１．０")
CONCERN_ONE = ("K01", "k1", "Ｋ1", "ｋ０１", "K١", "1.0", "K 01")


@pytest.fixture
def setup(tmp_path: Path) -> Any:
    su = build(tmp_path / "nummers.buurtdesk")
    v.set_method(su.lib, su.meeting, "approval")
    v.start_meeting(su.lib, su.meeting)  # votes are counted in a meeting under way
    yield su
    su.lib.close()


def test_the_one_form_covers_every_spelling() -> None:
    assert {canonical_number(no) for no in ONE} == {"1"}
    assert canonical_number("A-01") == "A-01" and canonical_number("1.5") == "1.5"
    assert canonical_number("0" * 100_000) == "0"  # no int() of a huge text
    assert {form_number_key(no) for no in ONE} == {"1"}


@pytest.mark.parametrize("spelling", ONE)
def test_a_ballot_counted_once_is_present_in_any_spelling(
    setup: Setup, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    v.add_ballot(setup.lib, setup.meeting, "1", ["K1"])
    with pytest.raises(VoteRefused) as refused:
        v.add_ballot(setup.lib, setup.meeting, spelling, ["K2"])
    assert refused.value.code == "ballot_present" and str(refused.value) == (
        "ballot 1 is already counted"
    )
    assert [b.ballot_no for b in v.ballots(setup.lib, setup.meeting)] == ["1"]


@pytest.mark.parametrize("spelling", ONE)
def test_a_ballot_stored_in_another_spelling_is_stored_as_its_one_form(
    setup: Setup, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    result = v.add_ballot(setup.lib, setup.meeting, spelling, ["K1"])
    assert result.ballot.ballot_no == "1"
    with pytest.raises(VoteRefused, match="ballot 1 is already counted"):
        v.add_ballot(setup.lib, setup.meeting, "1", ["K2"])
    v.delete_ballot(setup.lib, setup.meeting, spelling)  # found by any spelling, too
    assert v.ballots(setup.lib, setup.meeting) == []


def test_renumbering_a_ballot_onto_another_spelling_is_refused(
    setup: Setup, record_property: Any
) -> None:
    record(record_property, "number", "core")
    v.add_ballot(setup.lib, setup.meeting, "1", ["K1"])
    v.add_ballot(setup.lib, setup.meeting, "2", ["K1"])
    with pytest.raises(VoteRefused, match="ballot 1 is already counted"):
        v.correct_ballot(setup.lib, setup.meeting, "2", ["K1"], new_ballot_no="１.0")


def test_a_ballot_file_with_every_spelling_counts_one_ballot(
    setup: Setup, tmp_path: Path, capsys: Any, record_property: Any
) -> None:
    record(record_property, "number", "cli")
    path = tmp_path / "briefjes.csv"
    rows = [["ballot", "choice1"], ["1", "K1"]] + [[no, "K2"] for no in ONE]
    path.write_text(csv_text(rows, ","), encoding="utf-8")
    setup.lib.close()
    code = run(
        [
            "import",
            "ballots",
            str(path),
            "--db",
            str(setup.lib.path),
            "--meeting",
            str(setup.meeting),
        ]
    )
    out, err = capsys.readouterr()
    assert code == 2 and err == "" and "Traceback" not in out
    assert "counted: 1 valid ballots" in out
    assert f"present (already counted, not counted twice): {len(ONE)}" in out
    ranking = v.meeting_ranking(setup.lib, setup.meeting)
    assert ranking.valid_ballots == 1 and {r.code for r in ranking.rows if r.score} == {"K1"}


@pytest.mark.parametrize("spelling", CONCERN_ONE)
def test_a_concern_number_in_any_spelling_is_that_concern(
    setup: Setup, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    result = v.add_ballot(setup.lib, setup.meeting, "5", [spelling, "K2"])
    assert result.valid and result.ballot.choices == (1, 2)
    twice = v.add_ballot(setup.lib, setup.meeting, "6", ["K1", spelling])
    assert not twice.valid and twice.reason_code == "duplicate_choice"
    assert v.voting_concerns(setup.lib, setup.meeting)[0].code == "K1"


@pytest.mark.parametrize("spelling", CONCERN_ONE)
def test_a_tally_for_a_concern_number_in_any_spelling(
    tmp_path: Path, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    su = build(tmp_path / "stippen.buurtdesk")
    try:
        change = v.set_tally(su.lib, su.meeting, spelling, 3)
        assert change.code == "K1" and v.tallies(su.lib, su.meeting) == {su.ids[1]: 3}
    finally:
        su.lib.close()


FORM_TWELVE = ("012", "0012", "12.0", "１２", "١٢", " 12 ")


@pytest.mark.parametrize("spelling", FORM_TWELVE)
def test_a_form_number_in_another_spelling_is_already_used(
    setup: Setup, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    first = intake.FormInput(setup.meeting, "Losse tegels", street="Dorpsstraat", form_no="12")
    intake.save_form(setup.lib, first)
    again = intake.FormInput(setup.meeting, "Graffiti", street="Kerkpad", form_no=spelling)
    issues = intake.check_form(setup.lib, again)
    assert [i.code for i in issues if i.field == "form_no"] == ["form_no_used"]


@pytest.mark.parametrize("spelling", FORM_TWELVE)
def test_an_import_row_with_another_spelling_of_a_form_number_is_not_a_new_form(
    setup: Setup, tmp_path: Path, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "core")
    path = tmp_path / "formulieren.csv"
    rows = [["Formuliernummer", "Straat", "Omschrijving"], ["12", "Dorpsstraat", "Losse tegels"]]
    rows.append([spelling, "Kerkpad", "Graffiti op de muur"])
    path.write_text(csv_text(rows), encoding="utf-8")
    report = import_file(setup.lib, setup.meeting, path)
    assert [line.outcome for line in report.lines] == ["imported", "rejected"]
    assert report.lines[1].reason.endswith("is already used for another form (K93)")
    with setup.lib.session() as s:
        assert s.scalars(select(Report.form_no).where(Report.form_no.is_not(None))).all() == ["12"]


def test_padded_form_numbers_stay_padded(setup: Setup) -> None:
    form = intake.FormInput(setup.meeting, "Losse tegels", street="Dorpsstraat", form_no="００７")
    intake.save_form(setup.lib, form)
    (hood,) = [n.id for n in setup.lib.neighbourhoods() if n.name == "Proefbuurt"]
    assert intake.next_form_no(setup.lib, hood) == "008"


# -- a file that already holds two spellings ---------------------------------------------------


@pytest.mark.real_migration
def test_migration_keeps_the_first_spelling_and_marks_later_ones_invalid(
    tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "number", "migration")
    path = tmp_path / "oud.buurtdesk"
    shutil.copy(TESTS / "fixtures" / "schema-0002.buurtdesk", path)
    con = sqlite3.connect(path)
    (meeting,) = con.execute("SELECT id FROM meeting").fetchone()
    planted = [("01", "[1]"), ("1", "[2]"), ("1.0", "[3]"), ("２", "[4]"), ("A-7", "[5]")]
    planted += [("002", "[6]")]
    for no, choices in planted:
        con.execute(
            "INSERT INTO ballot (meeting_id, ballot_no, method, choices, valid, invalid_reason,"
            " created_at) VALUES (?, ?, 'approval', ?, 1, '', '2026-11-27 20:00:00')",
            (meeting, no, choices),
        )
    con.execute("UPDATE meeting SET voting_method = 'approval' WHERE id = ?", (meeting,))
    con.commit()
    con.close()
    lib = Library(path)
    try:
        rows = {b.ballot_no: b for b in v.ballots(lib, meeting)}
        assert set(rows) == {"01", "1", "1.0", "2", "A-7", "002"}
        assert rows["01"].valid and rows["2"].valid and rows["A-7"].valid
        for later in ("1", "1.0", "002"):
            assert not rows[later].valid and rows[later].reason == "duplicate number"
        with lib.session() as s:
            logged = s.scalars(select(AuditEntry).where(AuditEntry.operation == "duplicate_number"))
            by_no = {e.before["ballot_no"]: e for e in logged}
            ids = {b.ballot_no: b.id for b in s.scalars(select(Ballot))}
        assert set(by_no) == {"1", "1.0", "002"}
        assert all(by_no[no].entity_id == ids[no] and by_no[no].before["valid"] for no in by_no)
        assert all(
            e.after
            == dict(e.before, valid=False, invalid_reason=("duplicate_number: duplicate number"))
            for e in by_no.values()
        )
        with pytest.raises(VoteRefused, match="ballot 1 is already counted"):
            v.add_ballot(lib, meeting, "١", ["K1"])
    finally:
        lib.close()
