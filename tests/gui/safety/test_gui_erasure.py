"""Erasure in the window: deleting or anonymising says what became of the older backups, and
restoring a backup that holds people deleted since asks first, with how many."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import backup
from buurtdesk.core.store.library import Library
from buurtdesk.gui.safety.backup_dialog import BackupDialog
from buurtdesk.gui.safety.privacy_dialog import PrivacyDialog
from tests.core.privacy.test_corpus_erasure import NAME, _left, _plant
from tests.corpus.plugin import record


def _privacy(qtbot: Any, lib: Library) -> PrivacyDialog:
    dialog = PrivacyDialog(None, lib)
    qtbot.addWidget(dialog)
    return dialog


def test_delete_in_the_window_rewrites_backups_and_says_so(
    qtbot: Any, tmp_path: Path, boxes: Any, record_property: Any
) -> None:
    record(record_property, "erasure", "gui")
    lib = Library(tmp_path / "venster.buurtdesk", daily_backup=False)
    try:
        _plant(lib)
        made = [backup.make_backup(lib.path, f"manual-{n}") for n in range(2)]
        dialog = _privacy(qtbot, lib)
        dialog.search_edit.setText("zonnebloemsma")
        assert dialog.delete_selected()
        said = [text for kind, _title, text in boxes.calls if kind == "information"]
        assert len(said) == 1 and "Oudere back-ups: 2 herschreven, 0 verwijderd" in said[0], said
        assert all(_left(p) == [] for p in made)
    finally:
        lib.close()


def test_retention_in_the_window_rewrites_backups_and_says_so(
    qtbot: Any, tmp_path: Path, boxes: Any, record_property: Any
) -> None:
    record(record_property, "erasure", "gui")
    lib = Library(tmp_path / "venster.buurtdesk", daily_backup=False)
    try:
        _plant(lib)
        made = backup.make_backup(lib.path, "manual")
        dialog = _privacy(qtbot, lib)
        dialog.months_spin.setValue(1)
        assert dialog.apply_retention() == 1
        said = [text for kind, _title, text in boxes.calls if kind == "information"]
        assert len(said) == 1 and "Oudere back-ups: 1 herschreven, 0 verwijderd" in said[0], said
        assert _left(made) == []
    finally:
        lib.close()


def test_restore_in_the_window_warns_it_brings_deleted_people_back(
    qtbot: Any, window: Any, tmp_path: Path, boxes: Any, record_property: Any
) -> None:
    record(record_property, "erasure", "gui")
    path = tmp_path / "venster.buurtdesk"
    lib = Library(path, daily_backup=False)
    sid = _plant(lib)
    outside = backup.make_backup(path, target=tmp_path / "stick" / "oud.buurtdesk")
    privacy.delete_person(lib, sid)
    lib.close()
    folder = backup.backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(outside, folder / f"{path.stem}_20200101-120000_manual.buurtdesk")
    assert window.files.open_path(path)
    dialog = BackupDialog(window, window.controller.library, window.safety.restore)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(len(dialog.backups) - 1)  # the oldest
    assert dialog.restore_selected()
    asked = [text for kind, _title, text in boxes.calls if kind == "question"]
    assert len(asked) == 1
    assert "1 persoon die sindsdien is verwijderd" in asked[0], asked
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT name FROM submitter").fetchall() == [(NAME,)]
    finally:
        con.close()
