"""Backups in the window: the folder and list, a backup now, restore, keep, meeting status."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.store import backup
from buurtdesk.gui.safety import backup_dialog
from buurtdesk.gui.safety.backup_dialog import BackupDialog

DATE = re.compile(r"^\d\d-\d\d-\d{4} \d\d:\d\d$")


def _dialog(qtbot: Any, window: Any) -> BackupDialog:
    dialog = BackupDialog(window, window.controller.library, window.safety.restore)
    qtbot.addWidget(dialog)
    return dialog


def _hoods(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM neighbourhood ORDER BY name")]
    finally:
        con.close()


def test_dialog_shows_folder_and_backups(qtbot: Any, window: Any, hood_file: Any) -> None:
    assert window.files.open_path(hood_file.path)  # the first open today: a daily backup
    dialog = _dialog(qtbot, window)
    assert str(backup.backup_dir(hood_file.path)) in dialog.folder_label.text()
    assert [reason for _when, reason, _size in dialog.rows()] == ["dagelijks"]
    dialog.backup_button.click()
    rows = dialog.rows()
    assert [reason for _when, reason, _size in rows] == ["handmatig", "dagelijks"]
    assert all(DATE.match(when) for when, _r, _s in rows)
    assert all(size.endswith(("kB", "MB")) for _w, _r, size in rows)


def test_menu_opens_the_dialog(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[BackupDialog] = []
    monkeypatch.setattr(BackupDialog, "exec", lambda d: shown.append(d) or 0)
    window.action_backups.trigger()  # no file: nothing happens
    assert shown == []
    window.files.open_path(hood_file.path)
    window.action_backups.trigger()
    window.action_restore.trigger()
    assert len(shown) == 2 and shown[0].rows()


def test_restore_round_trip(qtbot: Any, window: Any, hood_file: Any, boxes: Any) -> None:
    window.files.open_path(hood_file.path)
    dialog = _dialog(qtbot, window)
    dialog.backup_button.click()  # the state to go back to
    old_lib = window.controller.library
    old_lib.add_neighbourhood("Later toegevoegd")
    window.controller.reload()
    dialog.table.selectRow(0)
    assert dialog.restore_selected()
    assert boxes.kinds() == ["question", "information"]
    assert "vóór herstellen" in boxes.calls[1][2]
    lib = window.controller.library
    assert lib is not old_lib and lib.path == hood_file.path  # reopened on the same file
    assert [h.name for h in lib.neighbourhoods()] == ["Oud-Charlois"]
    assert window.neighbourhood_combo.count() == 1
    safety = [b for b in backup.list_backups(hood_file.path) if b.reason == "before-restore"]
    assert len(safety) == 1 and "Later toegevoegd" in _hoods(safety[0].path)
    assert "vóór herstellen" in [reason for _w, reason, _s in dialog.rows()]
    assert window.meeting_combo.count() == 3


def test_restore_of_a_broken_backup_changes_nothing(
    qtbot: Any, window: Any, hood_file: Any, boxes: Any, tmp_path: Path
) -> None:
    window.files.open_path(hood_file.path)
    broken = tmp_path / "kapot.buurtdesk"
    broken.write_bytes(b"this is not a database" * 100)
    assert window.safety.restore(broken) is not None  # the file is open again
    assert boxes.kinds() == ["warning"]
    assert [h.name for h in window.controller.library.neighbourhoods()] == ["Oud-Charlois"]


def test_keep_setting_prunes(qtbot: Any, window: Any, hood_file: Any, boxes: Any) -> None:
    window.files.open_path(hood_file.path)
    start = dt.datetime(2026, 1, 1, 9, 0)
    for hour in range(4):
        backup.make_backup(hood_file.path, "manual", now=start + dt.timedelta(hours=hour))
    dialog = _dialog(qtbot, window)
    assert dialog.keep_spin.value() == backup.DEFAULT_KEEP
    assert len(dialog.rows()) == 5
    dialog.keep_spin.setValue(2)
    dialog.keep_button.click()
    assert boxes.kinds() == ["question"]
    assert len(dialog.rows()) == 2
    assert backup.backup_keep(window.controller.library) == 2
    dialog.backup_button.click()  # a new backup respects the setting
    assert len(backup.list_backups(hood_file.path)) == 2


def test_start_and_close_a_meeting_undoably(window: Any, hood_file: Any) -> None:
    window.files.open_path(hood_file.path)
    meeting_id = window.controller.current_meeting().id

    def status() -> str:
        lib = window.controller.library
        return str(next(m.status for m in lib.meetings() if m.id == meeting_id))

    window.meeting_menu.aboutToShow.emit()  # the menu opens
    assert window.action_start_meeting.isEnabled()
    window.action_start_meeting.trigger()
    assert status() == "in_progress" and window.meeting_status.text() == "bezig"
    before = len(backup.list_backups(hood_file.path))
    window.action_close_meeting.trigger()
    assert status() == "closed" and window.meeting_status.text() == "afgesloten"
    reasons = [b.reason for b in backup.list_backups(hood_file.path)]
    assert len(reasons) == before + 1 and reasons[0] == "meeting-closed"
    assert not window.action_close_meeting.isEnabled()
    window.undo_stack.undo()
    assert status() == "in_progress"
    window.undo_stack.undo()
    assert status() == "planned"
    window.undo_stack.redo()
    assert status() == "in_progress"
    assert window.controller.current_meeting().id == meeting_id


def test_failed_daily_backup_is_said_calmly(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch, boxes: Any
) -> None:
    def no_room(*_a: Any, **_k: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "daily_backup_if_due", no_room)
    assert window.files.open_path(hood_file.path)
    assert "niet gelukt" in window.statusBar().currentMessage()
    assert boxes.calls == []  # no dialog in the way


def test_reason_and_size_texts() -> None:
    assert backup_dialog.reason_text("meeting-closed") == "bijeenkomst gesloten"
    assert backup_dialog.reason_text("manual-2") == "handmatig"
    assert backup_dialog.reason_text("before-restore") == "vóór herstellen"
    assert backup_dialog.size_text(3 * 1024 * 1024 // 2) == "1,5 MB"


def test_a_status_that_cannot_be_stored_is_said(
    window: Any, hood_file: Any, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy.exc import OperationalError

    window.files.open_path(hood_file.path)
    lib = window.controller.library

    def read_only(*_a: Any, **_k: Any) -> None:
        raise OperationalError("UPDATE", {}, Exception("attempt to write a readonly database"))

    monkeypatch.setattr(lib, "set_meeting_status", read_only)
    window.meeting_menu.aboutToShow.emit()  # the menu opens
    window.action_start_meeting.trigger()
    assert boxes.kinds() == ["warning"]
    assert str(window.controller.current_meeting().status) == "planned"
    window.undo_stack.undo()  # harmless
    assert str(window.controller.current_meeting().status) == "planned"
