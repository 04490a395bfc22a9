"""Ballots counted must be ballots printed: a number never printed, or a choice not on the
ballot's batch, is stored as an invalid ballot with its reason (window and command line)."""

from __future__ import annotations

from pathlib import Path

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as v
from tests.voting_helpers import Setup, build


@pytest.fixture
def printed(db_path: Path, tmp_path: Path) -> Setup:
    """Ballots 1-3 printed with K1..K12, then K93 raised, then ballots 4-5 printed with it."""
    su = build(db_path)
    v.start_meeting(su.lib, su.meeting)
    v.set_method(su.lib, su.meeting, method="ranked")
    make_document(su.lib, "ballots", su.meeting, tmp_path / "a.pdf", count=3, seed=1)
    late = save_form(su.lib, FormInput(su.meeting, "Nieuw: kapotte bank bij de speeltuin"))
    assert late.code == "K93"  # after K90..K92, which build() keeps off the ballot
    make_document(su.lib, "ballots", su.meeting, tmp_path / "b.pdf", count=2, seed=2)
    return su


@pytest.mark.parametrize(
    ("number", "choices", "code"),
    [
        ("1", ["K1", "K2"], ""),
        ("5", ["K93", "K2"], ""),  # the second batch has K93
        ("2", ["K93", "K2"], "not_on_batch"),  # the first had not
        ("6", ["K1"], "not_printed"),
        ("0", ["K1"], "not_printed"),
        ("A7", ["K1"], "not_printed"),
    ],
)
def test_a_ballot_is_checked_against_the_print_run(
    printed: Setup, number: str, choices: list[str], code: str
) -> None:
    lib, mid = printed.lib, printed.meeting
    result = v.add_ballot(lib, mid, number, choices)  # the window's way in
    assert result.ballot.reason_code == code and result.valid == (not code)
    (row,) = v.ballots(lib, mid)  # stored either way, with its reason
    assert row.reason_code == code
    ranking = v.meeting_ranking(lib, mid)
    assert (ranking.valid_ballots, ranking.invalid_ballots) == ((0, 1) if code else (1, 0))
    assert v.printed_ballots_on_record(lib, mid)


def test_the_import_stores_them_as_invalid_and_exits_2(
    printed: Setup, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    printed.lib.close()
    src = tmp_path / "ballots.csv"
    src.write_text("ballot,choice1,choice2\n1,K1,K2\n2,K93,K1\n9,K3\n4,K93\n", encoding="utf-8")
    db, meeting = str(printed.lib.path), str(printed.meeting)
    assert run(["import", "ballots", str(src), "--db", db, "--meeting", meeting]) == 2
    out = capsys.readouterr().out
    assert "counted: 2 valid ballots" in out and "invalid (counted as invalid): 2" in out
    assert "line 3\t2\tnot_on_batch\tK93 is not on the ballots of batch 1-0001" in out
    assert "line 4\t9\tnot_printed\tballot 9 was never printed" in out
    assert "not checked" not in out
    lib = Library(printed.lib.path)
    try:
        assert v.meeting_ranking(lib, printed.meeting).invalid_ballots == 2
    finally:
        lib.close()


def test_without_a_record_of_printed_ballots_nothing_is_checked_and_the_report_says_so(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    su = build(db_path)
    v.start_meeting(su.lib, su.meeting)
    v.set_method(su.lib, su.meeting, method="ranked")
    assert not v.printed_ballots_on_record(su.lib, su.meeting)
    su.lib.close()
    src = tmp_path / "ballots.csv"
    src.write_text("ballot,choice1\n999,K1\nhand-7,K2\n", encoding="utf-8")
    db, meeting = str(su.lib.path), str(su.meeting)
    assert run(["import", "ballots", str(src), "--db", db, "--meeting", meeting]) == 0
    out = capsys.readouterr().out
    assert "counted: 2 valid ballots" in out
    assert "not checked: no record of printed ballots for this meeting" in out
