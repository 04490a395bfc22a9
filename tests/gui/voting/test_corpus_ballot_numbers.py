"""The window's ballot entry: a number already counted is refused in every spelling, and the
number shown (and the next one offered) is the one form the file keeps."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.voting.area import VotingArea
from buurtdesk.gui.voting.ballot_entry import next_number
from tests.corpus.plugin import record
from tests.gui.planted_meeting import Planted

SPELLINGS = ("01", "1.0", "１", "٠١", "१", " 001 ")


def _enter(area: VotingArea, number: str, choices: str) -> None:
    assert area.change_settings({"method": "approval"})
    entry = area.ballots
    entry.number_edit.setText(number)  # typed text may be any script: no keyClicks
    entry.choices_edit.setText(choices)
    entry.add_button.click()


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_counted_ballot_is_refused_in_any_spelling(
    area: VotingArea, lib: Library, planted: Planted, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "gui")
    _enter(area, "1", "2")
    assert area.message.text() == "Briefje 1 geteld."
    _enter(area, spelling, "3")
    assert area.message.text() == "Briefje 1 is al geteld."
    assert area.ballots.number_edit.text() == "1"  # the number as the file knows it
    assert [b.ballot_no for b in voting.ballots(lib, planted.meeting)] == ["1"]


@pytest.mark.parametrize("spelling", SPELLINGS)
def test_a_new_ballot_in_another_spelling_is_stored_in_its_one_form(
    area: VotingArea, lib: Library, planted: Planted, spelling: str, record_property: Any
) -> None:
    record(record_property, "number", "gui")
    _enter(area, spelling, "2 3")
    assert area.message.text() == "Briefje 1 geteld."
    assert area.ballots.number_edit.text() == "2"  # ready for the next ballot
    assert [b.ballot_no for b in voting.ballots(lib, planted.meeting)] == ["1"]


@pytest.mark.parametrize("spelling", ("K01", "k1", "Ｋ1", "ｋ０１", "1.0", "١"))
def test_a_tally_for_concern_one_in_any_spelling(
    qtbot: Any,
    area: VotingArea,
    lib: Library,
    planted: Planted,
    spelling: str,
    record_property: Any,
) -> None:
    record(record_property, "number", "gui_tally")
    grid = area.tally
    grid.concern_edit.setText(spelling)  # any script: no keyClicks
    qtbot.keyClick(grid.concern_edit, Qt.Key.Key_Return)
    assert grid.preview.text().startswith("K1 ")
    qtbot.keyClicks(grid.count_edit, "4")
    qtbot.keyClick(grid.count_edit, Qt.Key.Key_Return)
    assert voting.tallies(lib, planted.meeting) == {planted.ids[1]: 4}
    assert area.message.text() == "K1: 4 geteld."


def test_the_next_number_follows_any_spelling() -> None:
    assert [next_number(n) for n in ("07", "７", "7.0", "A7", "9" * 40)] == ["8", "8", "8", "", ""]
