"""The main window on a real (temporary) file: selectors, areas, dialogs and errors."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QDialog

from buurtdesk.gui.common.dialogs import NewMeetingDialog
from buurtdesk.gui.controller import EMPTY, FILLED
from buurtdesk.gui.pages import ACTIONS, CONCERNS, DOCUMENTS, MEETING_PAGE, NO_MEETING_PAGE, VOTING


def header(window: Any) -> str:
    """The meeting header as one line: date and time, status badge, place and chair."""
    parts = (window.meeting_header, window.meeting_status, window.meeting_details)
    return " · ".join(label.text() for label in parts)


def meeting_ids(window: Any) -> list[int]:
    combo = window.meeting_combo
    return [combo.itemData(i) for i in range(combo.count())]


def test_three_meetings_newest_selected(window: Any, hood_file: Any) -> None:
    assert window.files.open_path(hood_file.path)
    assert window.meeting_combo.count() == 3
    assert meeting_ids(window) == list(reversed(hood_file.meeting_ids))
    assert window.meeting_combo.currentData() == hood_file.meeting_ids[-1]
    assert window.meeting_combo.currentText() == "17-09-2026 · gepland"
    assert window.windowTitle() == "BuurtDesk — Oud-Charlois"
    line = header(window)
    assert line.startswith("Donderdag 17-09-2026 · 19:30 uur · gepland")
    assert "Buurthuis De Ster" in line and "voorzitter: Anna Jansen" in line
    assert window.meeting_status.property("status") == "planned"


def test_status_bar_names_the_file(window: Any, hood_file: Any) -> None:
    assert window.file_label.text() == "Geen bestand geopend"
    window.files.open_path(hood_file.path)
    assert window.file_label.text() == f"Bestand: {hood_file.path}"


def test_empty_meeting_shows_empty_states(window: Any, hood_file: Any) -> None:
    window.files.open_path(hood_file.path)
    assert window.content_stack.currentIndex() == MEETING_PAGE
    assert window.concerns_stack.currentIndex() == EMPTY
    assert window.concerns_empty.isVisibleTo(window)
    assert "Nog geen knelpunten" in window.concerns_empty.text()
    window.show_area(VOTING)
    assert window.voting_stack.currentIndex() == EMPTY
    assert window.voting_empty.isVisibleTo(window)
    window.show_area(ACTIONS)
    assert window.controller.actions_area.priorities_empty.isVisibleTo(window)
    assert window.controller.actions_area.review_empty.text()
    window.show_area(DOCUMENTS)
    assert window.controller.documents_area.make_buttons["actions"].isEnabled()
    assert window.meeting_summary.text().startswith("0 knelpunten")


def test_demo_shows_its_meetings_and_concerns(window: Any, demo_file: Path) -> None:
    assert window.files.open_path(demo_file)
    assert window.meeting_combo.count() == 3
    assert window.concerns_stack.currentIndex() == FILLED
    assert window.concerns_table.isVisibleTo(window)
    rows = window.controller.concerns_model.rowCount()
    assert 30 <= rows <= 60
    assert window.concerns_table.model().rowCount() == rows
    first = window.concerns_table.model().index(0, 0).data()
    assert first.startswith("K")
    window.show_area(ACTIONS)  # an area is filled when it is shown
    assert window.controller.actions_area.review_tree.topLevelItemCount() > 0


def test_switching_meetings_updates_the_areas(window: Any, demo_file: Path) -> None:
    window.files.open_path(demo_file)
    newest_rows = window.controller.concerns_model.rowCount()
    newest_header = header(window)
    assert window.voting_stack.currentIndex() == EMPTY  # the coming meeting: not voted yet

    window.meeting_combo.setCurrentIndex(window.meeting_combo.count() - 1)  # the oldest
    assert window.controller.concerns_model.rowCount() != newest_rows
    assert header(window) != newest_header
    assert window.meeting_status.text() == "afgesloten"
    assert window.voting_stack.currentIndex() == FILLED
    window.show_area(VOTING)  # an area is filled when it is shown
    assert window.controller.voting_area.chosen_label.text().startswith("Vastgelegd: K")


def test_new_meeting_dialog_adds_and_selects_a_meeting(
    window: Any, hood_file: Any, monkeypatch: Any
) -> None:
    window.files.open_path(hood_file.path)
    seen: dict[str, str] = {}

    def fill_in(dialog: NewMeetingDialog) -> int:
        seen["location"] = dialog.location_edit.text()
        dialog.date_edit.setText("12-12-2026")
        dialog.chair_edit.setText("Piet de Vries")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMeetingDialog, "exec", fill_in)
    window.action_new_meeting.trigger()
    assert seen["location"] == "Buurthuis De Ster"  # carried over from the last meeting
    assert window.meeting_combo.count() == 4
    assert window.meeting_combo.currentText() == "12-12-2026 · gepland"
    assert "Piet de Vries" in header(window)
    assert "19:30" in header(window)


def test_cancelled_new_meeting_changes_nothing(
    window: Any, hood_file: Any, monkeypatch: Any
) -> None:
    window.files.open_path(hood_file.path)
    monkeypatch.setattr(NewMeetingDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    window.new_meeting_button.click()
    assert window.meeting_combo.count() == 3


def test_foreign_file_warns_once_and_keeps_the_open_file(
    window: Any, hood_file: Any, boxes: Any, tmp_path: Path
) -> None:
    window.files.open_path(hood_file.path)
    foreign = tmp_path / "boodschappen.buurtdesk"
    foreign.write_bytes(b"hello")
    assert not window.files.open_path(foreign)
    assert boxes.kinds() == ["warning"]
    _kind, title, text = boxes.calls[0]
    assert "Dit is geen BuurtDesk-bestand." in text
    assert "Traceback" not in text and "not a BuurtDesk" not in text
    assert title == "Bestand niet geopend"
    assert window.controller.path == hood_file.path
    assert window.file_label.text() == f"Bestand: {hood_file.path}"
    assert window.meeting_combo.count() == 3
    assert foreign.read_bytes() == b"hello"


def test_newer_file_names_its_schema(window: Any, hood_file: Any, boxes: Any) -> None:
    con = sqlite3.connect(hood_file.path)
    con.execute("PRAGMA user_version=99")  # newer than any schema this BuurtDesk knows
    con.close()
    assert not window.files.open_path(hood_file.path)
    assert boxes.kinds() == ["warning"]
    assert "nieuwere versie van BuurtDesk (schema 99)" in boxes.calls[0][2]


def test_missing_file_warns(window: Any, tmp_path: Path, boxes: Any) -> None:
    assert not window.files.open_path(tmp_path / "weg.buurtdesk")
    assert boxes.kinds() == ["warning"]
    assert not (tmp_path / "weg.buurtdesk").exists()


def test_open_menu_uses_the_file_dialog(window: Any, hood_file: Any, file_dialogs: Any) -> None:
    file_dialogs.open_name = str(hood_file.path)
    window.action_open.trigger()
    assert file_dialogs.asked == ["open"]
    assert window.controller.path == hood_file.path


def test_new_file_creates_a_neighbourhood(
    window: Any, tmp_path: Path, file_dialogs: Any, monkeypatch: Any
) -> None:
    from buurtdesk.gui import file_controller

    def answer(dialog: Any) -> int:
        dialog.name_edit.setText("Tarwewijk")
        dialog.municipality_edit.setText("Rotterdam")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(file_controller.NewNeighbourhoodDialog, "exec", answer)
    file_dialogs.save_name = str(tmp_path / "tarwe")
    window.action_new_file.trigger()
    assert window.controller.path == tmp_path / "tarwe.buurtdesk"
    assert window.windowTitle() == "BuurtDesk — Tarwewijk"
    assert window.content_stack.currentIndex() == NO_MEETING_PAGE
    assert window.plan_meeting_button.isVisibleTo(window)


def test_menus_shortcuts_and_areas(window: Any, hood_file: Any) -> None:
    window.files.open_path(hood_file.path)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["Bestand", "Bewerken", "Bijeenkomst", "Knelpunten", "Beeld", "Help"]
    assert QKeySequence("Ctrl+O") in window.action_open.shortcuts()
    assert QKeySequence("Ctrl+N") in window.action_new_file.shortcuts()
    assert QKeySequence("Ctrl+Q") in window.action_quit.shortcuts()
    assert QKeySequence("Ctrl+Z") in window.action_undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in window.action_redo.shortcuts()
    views = window.area_actions.actions()
    assert [a.shortcut().toString() for a in views] == ["Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4"]
    views[ACTIONS].trigger()
    assert window.current_area() == ACTIONS
    assert window.nav_list.currentRow() == ACTIONS
    window.nav_list.setCurrentRow(CONCERNS)
    assert views[CONCERNS].isChecked()


def test_undo_stack_is_wired_to_the_edit_menu(window: Any) -> None:
    assert not window.action_undo.isEnabled()
    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    window.undo_stack.push(Note("knelpunt samenvoegen"))
    assert window.action_undo.isEnabled()
    assert window.action_undo.text() == "Ongedaan maken knelpunt samenvoegen"
    window.action_undo.trigger()
    window.action_redo.trigger()
    assert done == ["redo", "undo", "redo"]


def test_start_without_files_shows_the_welcome_dialog(window: Any, monkeypatch: Any) -> None:
    from buurtdesk.gui.common.first_run import FirstRunDialog

    shown: list[bool] = []

    def user_closes_it(_dialog: FirstRunDialog) -> int:
        shown.append(True)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunDialog, "exec", user_closes_it)
    window.start(None)
    assert shown == [True]
    assert window.controller.path is None
    assert window.start_button.isVisibleTo(window)
    assert not window.new_meeting_button.isEnabled()


def test_start_opens_the_usual_file(window: Any, user_files: dict[str, Path]) -> None:
    from buurtdesk.core.store.library import Library

    lib = Library(user_files["default"])
    hood = lib.add_neighbourhood("Bloemhof")
    lib.add_meeting(hood, dt.date(2026, 10, 1))
    lib.close()
    window.start(None)
    assert window.controller.path == user_files["default"]
    assert window.windowTitle() == "BuurtDesk — Bloemhof"


def test_start_with_a_bad_file_warns_then_welcomes(
    window: Any, tmp_path: Path, boxes: Any, monkeypatch: Any
) -> None:
    from buurtdesk.gui.common.first_run import FirstRunDialog

    monkeypatch.setattr(FirstRunDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)
    broken = tmp_path / "kapot.buurtdesk"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 20)
    window.start(broken)
    assert boxes.kinds() == ["warning"]
    assert "beschadigd" in boxes.calls[0][2]
    assert window.controller.path is None


@pytest.mark.parametrize(
    ("width", "height", "maximised"),
    [(1366, 728, True), (1280, 760, True), (1440, 860, True), (1920, 1040, False)],
)
def test_the_first_window_uses_a_laptop_screen_whole(
    width: int, height: int, maximised: bool
) -> None:
    from PySide6.QtCore import QSize

    from buurtdesk.gui.main_window import first_size

    size, full = first_size(QSize(width, height))
    assert full is maximised
    assert size.width() <= width and size.height() <= height


def test_restore_geometry_maximises_on_a_small_screen(window: Any) -> None:
    from PySide6.QtCore import QSettings, Qt

    QSettings().remove("window/geometry")
    window.restore_geometry()  # the offscreen screen is 800x600
    assert window.windowState() & Qt.WindowState.WindowMaximized
