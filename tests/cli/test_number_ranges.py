"""Numbers out of range are refused with one sentence and exit 1, before anything is opened:
hours 0-10,000 with at most two decimals, ids and counts 1 to 2^63-1."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.ranges import check_hours, parse_hours, parse_whole
from tests.corpus.plugin import record

BAD_HOURS = ["inf", "-inf", "nan", "1e308", "10000.01", "-1", "2.555", "1e3x", "", "0x10"]
BAD_IDS = ["100000000000000000000000", str(2**63), "0", "-5", "1.5", "1e3", "nan", "٣"]


def _argvs(value: str, db: str, out: str) -> list[list[str]]:
    """Every command that takes an id or a count, with ``value`` in that place."""
    m = [f"--meeting={value}"]
    return [
        ["meeting", "set", *m, "--dots", "3"],
        ["meeting", "choose", *m],
        ["action", "list", *m],
        ["action", "add", f"--priority={value}", "--description", "x", "--partner", "Politie"],
        ["action", "update", f"--action={value}", "--status", "done"],
        ["action", "history", f"--action={value}"],
        ["person", "show", "--", value],
        ["person", "delete", "--", value],
        ["export", "ranking", *m, "-o", out],
        ["export", "actions-csv", *m, "-o", out],
        ["export", "report", *m, "-o", out],
        ["export", "slides", *m, "-o", out],
        ["export", "concerns", *m, "-o", out],
        ["export", "forms", "--meeting", "1", "-o", out, f"--count={value}"],
        ["export", "forms", "--meeting", "1", "-o", out, f"--start={value}"],
        ["export", "ballots", "--meeting", "1", "-o", out, f"--count={value}"],
        ["import", "ballots", out, *m],
        ["import", "concerns", out, *m],
    ] + [  # 0 is for the voting settings to refuse in their own words
        ["meeting", "set", "--meeting", "1", f"--{setting}={value}"]
        for setting in ("dots", "choices", "priorities", "residents", "max-per-concern")
        if value != "0"
    ]


@pytest.mark.parametrize("value", BAD_IDS)
def test_ids_and_counts_out_of_range_are_refused(
    record_property: Any, tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    record(record_property, "count", "cli")
    db = tmp_path / "none.buurtdesk"
    for argv in _argvs(value, str(db), str(tmp_path / "out.csv")):
        assert run([*argv, "--db", str(db)]) == 1, argv
        err = capsys.readouterr().err
        assert err.startswith("error: argument") and err.count("\n") == 1, (argv, err)
        assert "must be" in err and "Overflow" not in err
    assert not db.exists()


@pytest.mark.parametrize("value", BAD_HOURS)
def test_hours_out_of_range_are_refused(
    record_property: Any, tmp_path: Path, value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    record(record_property, "count", "cli")
    db = tmp_path / "none.buurtdesk"
    for argv in (
        ["action", "add", "--priority", "1", "--description", "x", "--partner", "P"],
        ["action", "update", "--action", "1", "--status", "done"],
    ):
        assert run([*argv, f"--hours={value}", "--db", str(db)]) == 1
        err = capsys.readouterr().err
        assert err.startswith("error: argument --hours: hours") and err.count("\n") == 1, err


def test_the_ranges_themselves() -> None:
    assert parse_hours("2,25") == 2.25
    assert parse_hours("10000") == 10_000
    assert parse_hours("0") == 0
    assert parse_whole(str(2**63 - 1), "an id") == 2**63 - 1
    assert parse_whole("0", "n", 0) == 0
    assert check_hours(None) is None
    for bad in (float("inf"), float("nan"), 1e308, -0.5, 1.005, 10_000.5):
        with pytest.raises(ValueError, match="hours"):
            check_hours(bad)


def test_the_core_refuses_hours_the_window_could_send(db_path: Path) -> None:
    from buurtdesk.core.actions.edit import add_update
    from buurtdesk.core.enums import ActionStatus
    from buurtdesk.core.errors import ActionError
    from buurtdesk.core.store.library import Library

    lib = Library(db_path)
    try:
        for bad in (float("inf"), float("nan"), 1e308):
            with pytest.raises(ActionError, match="hours spent must be from 0 to 10,000"):
                add_update(lib, 1, ActionStatus.DONE, hours_spent=bad)
    finally:
        lib.close()


@pytest.mark.parametrize("hours", [float("inf"), float("nan"), 1e308, 10_000.5, -1.0, 2.555])
def test_hours_offered_out_of_range_cannot_be_saved(hours: float) -> None:
    from buurtdesk.core.store.meeting_details import (
        MeetingDetails,
        PartnerAttendance,
        problem,
    )

    partner = PartnerAttendance(1, "Politie", True, hours_offered=hours)
    details = MeetingDetails(None, "", "", None, (partner,), ())
    assert problem(details).startswith("hours offered ")
    ok = MeetingDetails(
        None, "", "", None, (PartnerAttendance(1, "Politie", True, "", 200.25),), ()
    )
    assert problem(ok) == ""


def test_the_window_field_for_hours_offered_stops_at_the_range(qtbot: Any) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QDoubleSpinBox

    from buurtdesk.core.store.meeting_details import MeetingDetails, PartnerAttendance
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    partners = (PartnerAttendance(1, "Politie", True), PartnerAttendance(2, "Gemeente", None))
    dialog = MeetingDetailsDialog(MeetingDetails(None, "", "", None, partners, ()))
    qtbot.addWidget(dialog)
    spins = dialog.findChildren(QDoubleSpinBox)
    assert len(spins) == 2 and all(s.maximum() == 10_000 and s.decimals() == 2 for s in spins)
    spins[0].setValue(1e308)
    assert spins[0].value() == 10_000
