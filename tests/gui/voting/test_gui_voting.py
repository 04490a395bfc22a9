"""The Stemmen area: keyboard tally entry, refusals, ballots, corrections, undo and ties."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select

from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.voting.area import BALLOT_TAB, VotingArea
from buurtdesk.gui.voting.tie_dialog import TieDialog
from tests.gui.planted_meeting import Planted


def type_tally(qtbot: Any, area: VotingArea, number: str, count: str) -> None:
    grid = area.tally
    qtbot.keyClicks(grid.concern_edit, number)
    qtbot.keyClick(grid.concern_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(grid.count_edit, count)
    qtbot.keyClick(grid.count_edit, Qt.Key.Key_Return)


def test_keyboard_tally_entry_commits_and_ranks(
    qtbot: Any, area: VotingArea, lib: Library, planted: Planted
) -> None:
    seen: list[Any] = []
    area.votes_changed.connect(seen.append)
    type_tally(qtbot, area, "3", "4")
    type_tally(qtbot, area, "K2", "6")
    assert voting.tallies(lib, planted.meeting) == {planted.ids[3]: 4, planted.ids[2]: 6}
    assert [r.code for r in seen[-1].rows[:2]] == ["K2", "K3"]
    assert area.ranking_model.index(0, 1).data() == "K2"
    assert area.tally.concern_edit.text() == "" and area.tally.count_edit.text() == ""
    assert area.message.text() == "K2: 6 geteld."
    # Space after the number moves on to the count as well.
    qtbot.keyClicks(area.tally.concern_edit, "5 ")
    assert area.tally.preview.text().startswith("K5 ")
    qtbot.keyClicks(area.tally.count_edit, "1")
    qtbot.keyClick(area.tally.count_edit, Qt.Key.Key_Return)
    assert voting.tallies(lib, planted.meeting)[planted.ids[5]] == 1
    assert area.undo_stack.count() == 3
    area.undo_stack.undo()
    assert planted.ids[5] not in voting.tallies(lib, planted.meeting)
    assert area.tally.model.index(area.tally.model.row_of(planted.ids[5]), 2).data() == ""
    area.undo_stack.redo()
    assert voting.tallies(lib, planted.meeting)[planted.ids[5]] == 1


def test_walking_the_grid_commits_and_moves_down(
    qtbot: Any, area: VotingArea, lib: Library, planted: Planted
) -> None:
    model = area.tally.model
    row = model.row_of(planted.ids[4])
    assert model.setData(model.index(row, 2), "3")
    assert voting.tallies(lib, planted.meeting) == {planted.ids[4]: 3}
    QApplication.sendPostedEvents()  # the walk to the next row is queued
    QApplication.processEvents()
    assert area.tally.table.currentIndex().row() == row + 1


def test_unknown_number_and_refused_counts(
    qtbot: Any, area: VotingArea, lib: Library, planted: Planted
) -> None:
    qtbot.keyClicks(area.tally.concern_edit, "99")
    qtbot.keyClick(area.tally.concern_edit, Qt.Key.Key_Return)
    assert area.tally.preview.text() == "Geen knelpunt met dit nummer"
    assert area.tally.concern_edit.hasFocus() or not area.tally.count_edit.hasFocus()
    area.tally.concern_edit.clear()
    assert area.change_settings({"residents_present": 2, "max_per_concern": 1})
    type_tally(qtbot, area, "1", "3")  # 2 residents x at most 1 each
    assert area.message.property("error") is True
    assert "Meer stippen op één knelpunt" in area.message.text()
    area.tally.concern_edit.clear()
    area.tally.count_edit.clear()
    type_tally(qtbot, area, "1", "2")
    type_tally(qtbot, area, "2", "2")
    type_tally(qtbot, area, "3", "2")
    type_tally(qtbot, area, "4", "1")  # 7 dots where 2 residents x 3 dots = 6
    assert "aanwezige bewoners" in area.message.text()
    assert voting.tallies(lib, planted.meeting) == {planted.ids[n]: 2 for n in (1, 2, 3)}


def test_ballots_valid_invalid_and_present(
    qtbot: Any, area: VotingArea, lib: Library, planted: Planted
) -> None:
    assert area.change_settings({"method": "ranked"})
    assert area.tabs.currentIndex() == BALLOT_TAB
    entry = area.ballots
    cases = [
        ("1", "3 1 2", True, "Briefje 1 geteld."),
        ("2", "1 1", False, "Knelpunt K1 staat er twee keer op."),
        ("3", "K99", False, "Knelpunt K99 staat niet op de lijst"),
        ("4", "1 2 3 4", False, "Meer keuzes dan toegestaan."),
    ]
    for number, choices, valid, text in cases:
        entry.number_edit.setText(number)
        qtbot.keyClick(entry.number_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(entry.choices_edit, choices)
        qtbot.keyClick(entry.choices_edit, Qt.Key.Key_Return)
        assert text in area.message.text()
        assert area.message.property("error") is (not valid)
    assert entry.number_edit.text() == "5"  # ready for the next ballot
    assert entry.counts_label.text() == "4 briefjes: 1 geldig, 3 ongeldig"
    assert "twee keer" in entry.model.index(1, 2).data()
    ranking = area.ranking
    assert ranking is not None and ranking.invalid_ballots == 3 and ranking.valid_ballots == 1
    assert [r.code for r in ranking.rows[:3]] == ["K3", "K1", "K2"]
    # The same number again is refused and not counted twice.
    entry.number_edit.setText("1")
    entry.choices_edit.setText("2")
    entry.add_button.click()
    assert area.message.text() == "Briefje 1 is al geteld."
    assert len(voting.ballots(lib, planted.meeting)) == 4


def test_correcting_and_deleting_ballots_is_audited_and_undoable(
    qtbot: Any, area: VotingArea, lib: Library, planted: Planted
) -> None:
    area.change_settings({"method": "approval"})
    area.add_ballot("7", ["2", "2"])
    entry = area.ballots
    entry.table.selectRow(0)
    entry.correct_button.click()
    assert entry.choices_edit.text() == "2 2" and not entry.number_edit.isEnabled()
    entry.choices_edit.setText("2 4")
    qtbot.keyClick(entry.choices_edit, Qt.Key.Key_Return)
    (ballot,) = voting.ballots(lib, planted.meeting)
    assert ballot.valid and ballot.choices == (2, 4)
    assert area.message.text() == "Briefje 7 gecorrigeerd."
    with lib.session() as s:
        entry_log = s.scalars(select(AuditEntry).where(AuditEntry.entity == "ballot")).all()
    assert entry_log[-1].before["choices"] == [2, 2] and entry_log[-1].after["choices"] == [2, 4]
    area.undo_stack.undo()
    assert not voting.ballots(lib, planted.meeting)[0].valid
    area.undo_stack.redo()
    entry.table.selectRow(0)
    entry.delete_button.click()
    assert voting.ballots(lib, planted.meeting) == []
    area.undo_stack.undo()
    assert [b.ballot_no for b in voting.ballots(lib, planted.meeting)] == ["7"]


def test_tally_correction_is_audited(area: VotingArea, lib: Library, planted: Planted) -> None:
    assert area.commit_tally(planted.ids[2], 5)
    assert area.commit_tally(planted.ids[2], 3)
    with lib.session() as s:
        log = s.scalars(select(AuditEntry).where(AuditEntry.entity == "tally")).all()
    assert log[-1].before["count"] == 5 and log[-1].after["count"] == 3
    assert "Geheime" not in str(log[-1].before) + str(log[-1].after)


def test_method_is_locked_once_counted(area: VotingArea) -> None:
    assert area.commit_tally(area.tally.model.concerns[0].id, 2)
    assert not area.change_settings({"method": "ranked"})
    assert "andere methode" in area.message.text() or "al stemmen" in area.message.text()
    assert area.settings_row.method_combo.currentData() == "dots"


def test_tie_at_the_cut_is_flagged_and_resolved_from_the_window(
    area: VotingArea, lib: Library, planted: Planted, monkeypatch: pytest.MonkeyPatch
) -> None:
    area.change_settings({"priorities": 2})
    ids = planted.ids
    for number, count in ((1, 5), (2, 4), (3, 4)):
        area.commit_tally(ids[number], count)
    assert area.tie_frame.isVisibleTo(area)
    assert area.tie_label.text().endswith(": K2, K3 strijden om 1 plaats.")
    status = area.ranking_table.horizontalHeader().sectionSize(4)
    assert area.ranking_table.fontMetrics().horizontalAdvance("gelijk op de grens") < status
    area.change_settings({"priorities": 3})  # K2 and K3 both in: no tie
    assert not area.tie_frame.isVisibleTo(area)
    area.commit_tally(ids[4], 4)  # K2, K3 and K4 for the last two places
    assert area.tie_label.text().endswith(": K2, K3, K4 strijden om 2 plaatsen.")
    area.commit_tally(ids[4], 0)
    area.change_settings({"priorities": 2})
    assert not area.choose_priorities()  # refused while the tie is open
    assert "gelijke stand" in area.message.text()

    def decide(dialog: TieDialog) -> int:
        assert dialog.seats == 1 and set(dialog.boxes) == {ids[2], ids[3]}
        dialog.boxes[ids[3]].setChecked(True)
        dialog.note_edit.setText("K3 ligt bij de school")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TieDialog, "exec", decide)
    area.agreed_button.click()
    assert not area.tie_frame.isVisibleTo(area)
    assert area.ranking is not None and area.ranking.chosen_ids == (ids[1], ids[3])
    record = voting.tie_resolution(lib, planted.meeting)
    assert record is not None and str(record.how) == "agreed" and record.note
    area.choose_button.click()
    assert [p.code for p in voting.priorities(lib, planted.meeting)] == ["K1", "K3"]
    assert area.chosen_label.text() == "Vastgelegd: K1, K3"
    area.undo_stack.undo()
    assert voting.priorities(lib, planted.meeting) == []
    area.undo_stack.undo()
    assert area.tie_frame.isVisibleTo(area)


def test_revote_needs_no_reason_but_the_right_number(qtbot: Any, area: VotingArea) -> None:
    from buurtdesk.core.voting.ranking import RankedRow

    rows = [RankedRow(i, f"K{i}", "t", 4, 2, True, "tie") for i in (1, 2, 3)]
    dialog = TieDialog(area, rows, 1, "revote")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.boxes[2].setChecked(True)
    assert ok.isEnabled()
    dialog.boxes[3].setChecked(True)
    assert not ok.isEnabled()
    agreed = TieDialog(area, rows, 1, "agreed")
    qtbot.addWidget(agreed)
    agreed.boxes[1].setChecked(True)
    agreed_ok = agreed.buttons.button(agreed.buttons.StandardButton.Ok)
    assert not agreed_ok.isEnabled()
    agreed.note_edit.setText("afgesproken")
    assert agreed_ok.isEnabled()


@pytest.mark.parametrize(
    ("how", "seats", "words"),
    [
        ("revote", 1, "Vink aan welk knelpunt de top in gaat."),
        ("revote", 2, "Vink aan welke 2 knelpunten de top in gaan."),
        ("agreed", 1, "welk knelpunt de top in gaat. Vink het aan"),
        ("agreed", 3, "welke 3 knelpunten de top in gaan. Vink ze aan"),
    ],
)
def test_the_tie_question_counts_its_places(
    qtbot: Any, area: VotingArea, how: str, seats: int, words: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from buurtdesk.core.voting.ranking import RankedRow

    rows = [RankedRow(i, f"K{i}", "t", 4, 2, True, "tie") for i in (1, 2, 3, 4)]
    dialog = TieDialog(area, rows, seats, how)
    qtbot.addWidget(dialog)
    shown = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert words in shown
    assert "welke 1 " not in shown
