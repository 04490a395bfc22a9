"""Bestand › Recente bestanden, and file dialogs that start where the user was last."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog

from buurtdesk.gui.common import recent_files


@pytest.fixture(autouse=True)
def fresh_list() -> None:
    from PySide6.QtCore import QSettings

    recent_files.forget_all()
    QSettings().remove(recent_files.FOLDER_KEY)


def entries(window: Any) -> list[str]:
    menu = window.recent_menu
    menu.fill()
    return [a.text() for a in menu.menu.actions() if a.text()]


def test_an_opened_file_comes_first_in_the_menu_and_opens_from_there(
    window: Any, hood_file: Any, tmp_path: Path
) -> None:
    assert entries(window) == ["(nog geen bestanden geopend)"]
    other = tmp_path / "ander" / "tweede.buurtdesk"
    other.parent.mkdir()
    shutil.copy(hood_file.path, other)
    window.files.open_path(hood_file.path)
    window.files.open_path(other)
    shown = entries(window)
    assert shown[0].startswith("&1 tweede.buurtdesk") and shown[1].startswith("&2 wijk.buurtdesk")
    assert shown[-1] == "Lijst &wissen"
    window.recent_menu.menu.actions()[1].trigger()
    assert window.controller.path == hood_file.path.resolve()
    assert entries(window)[0].startswith("&1 wijk.buurtdesk")


def test_a_file_that_is_gone_is_left_out(window: Any, hood_file: Any, tmp_path: Path) -> None:
    gone = tmp_path / "weg.buurtdesk"
    shutil.copy(hood_file.path, gone)
    window.files.open_path(gone)
    window.files.open_path(hood_file.path)
    gone.unlink()
    assert [e for e in entries(window) if "weg" in e] == []
    window.recent_menu.clear_list()
    assert entries(window) == ["(nog geen bestanden geopend)"]


def test_the_open_dialog_starts_in_the_last_folder_used(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def get_open(_parent: Any, _title: str, folder: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(folder)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open)
    window.files.open_dialog()
    assert Path(asked[0]) in (recent_files.start_folder(), Path.home())
    assert Path(asked[0]) != hood_file.path.parent
    window.files.open_path(hood_file.path)
    window.files.open_dialog()
    assert Path(asked[1]) == hood_file.path.parent.resolve()


def test_without_a_last_folder_dialogs_start_in_documents_or_home(tmp_path: Path) -> None:
    from PySide6.QtCore import QStandardPaths

    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert recent_files.start_folder() == expected
    recent_files.remember_folder(tmp_path)
    assert recent_files.start_folder() == tmp_path
    recent_files.remember_folder(tmp_path / "weg")
    assert recent_files.start_folder() == expected


def test_buurtdesks_own_folders_never_start_a_dialog(
    window: Any, user_files: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QStandardPaths

    from buurtdesk.core.store import paths

    monkeypatch.setattr(paths, "demo_db_path", lambda: user_files["demo"])
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    assert window.files.open_demo()  # the demo, in the user data folder
    assert recent_files.start_folder() == expected
    recent_files.remember_folder(paths.PACKAGE_DIR.parent)  # `make run`: the program's folder
    assert recent_files.start_folder() == expected
    asked: list[str] = []

    def get_save(_parent: Any, _title: str, name: str, *_a: Any, **_k: Any) -> tuple[str, str]:
        asked.append(name)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save)
    window.files.new_file()
    assert Path(asked[0]).parent == expected  # Bestand › Nieuw bestand starts in Documents
    recent_files.remember_folder(tmp_path)
    assert recent_files.start_folder() == tmp_path  # a folder of the user's own still counts
