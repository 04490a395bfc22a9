"""Bestand › Publiceren voor de stad… and Stadsthema's koppelen… in the window."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtdesk.core.city.themes import load, mapped_themes
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern
from buurtdesk.gui.safety.city_dialogs import ThemeMappingDialog
from tests.gui.conftest import Boxes, FileDialogs


def _plant_phone(path: Path) -> None:
    lib = Library(path, daily_backup=False)
    try:
        with lib.session() as s, s.begin():
            concern = s.query(Concern).order_by(Concern.id).first()
            assert concern is not None
            concern.title = "Losse tegels, bel mij op 06-48213597"
    finally:
        lib.close()


def test_publish_writes_the_package_and_shows_what_was_changed(
    window: Any, demo_file: Path, tmp_path: Path, file_dialogs: FileDialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _plant_phone(demo_file)
    shown: list[tuple[str, str]] = []

    def exec_box(box: QMessageBox) -> int:
        shown.append((box.text(), box.detailedText()))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_box)
    window.start(demo_file)
    file_dialogs.save_name = str(tmp_path / "uit")
    assert window.action_publish.isEnabled()
    window.action_publish.trigger()
    package = tmp_path / "uit.buurtpakket"
    assert package.is_file()
    assert b"48213597" not in package.read_bytes()
    con = sqlite3.connect(package)
    assert con.execute("SELECT sequence FROM header").fetchone()[0] == 1
    con.close()
    (text, details) = shown[0]
    assert "publicatie 1" in text
    assert "Knelpunt K1: persoonsgegevens uit de tekst gehaald" in details

    window.action_publish.trigger()  # the same name again: its own package is replaced
    con = sqlite3.connect(package)
    assert con.execute("SELECT sequence FROM header").fetchone()[0] == 2
    con.close()


def test_publish_refuses_a_database_as_the_target(
    window: Any, demo_file: Path, tmp_path: Path, file_dialogs: FileDialogs, boxes: Boxes
) -> None:
    window.start(demo_file)
    other = tmp_path / "ander.buurtpakket"
    other.write_bytes(demo_file.read_bytes())
    before = other.read_bytes()
    file_dialogs.save_name = str(other)
    window.action_publish.trigger()
    assert boxes.kinds() == ["warning"]
    assert other.read_bytes() == before


def test_the_theme_dialog_stores_a_changed_city_theme(
    window: Any, demo_file: Path, qtbot: Any
) -> None:
    window.start(demo_file)
    dialog = ThemeMappingDialog(window, window.controller.library)
    qtbot.addWidget(dialog)
    names = [row.name for row in dialog.rows]
    jeugd = dialog.choosers[names.index("Jeugd")]
    assert jeugd.currentData() == "overlast-personen"  # the default found by name
    jeugd.setCurrentIndex(jeugd.findData("sociaal.jeugdvoorzieningen"))
    dialog.accept()
    with window.controller.library.session() as s:
        rows = {r.name: r for r in mapped_themes(s, load())}
    assert rows["Jeugd"].city_theme == "sociaal.jeugdvoorzieningen" and rows["Jeugd"].stored
    assert not rows["Verkeer"].stored
