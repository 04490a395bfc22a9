"""Shared fixtures for the window tests: a fresh file per test, and no real dialogs.

Message boxes and file dialogs are replaced by recorders (a modal box would block an
offscreen test forever), and the usual/demo file locations point into ``tmp_path`` so a test
never touches the user's own BuurtDesk file.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from buurtdesk.core.store import paths as core_paths
from buurtdesk.gui import file_controller
from buurtdesk.gui.common import language

MEETING_DATES = (dt.date(2026, 3, 5), dt.date(2026, 6, 11), dt.date(2026, 9, 17))


@dataclass
class Boxes:
    """Every ``QMessageBox`` the code under test tried to show."""

    calls: list[tuple[str, str, str]] = field(default_factory=list)

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]


@dataclass
class FileDialogs:
    """What the next file dialog 'chooses'; ``None`` means the test did not expect one."""

    open_name: str | None = None
    save_name: str | None = None
    asked: list[str] = field(default_factory=list)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    record = Boxes()

    def recorder(kind: str, answer: Any) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            record.calls.append((kind, title, text))
            return answer

        return staticmethod(show)

    ok = QMessageBox.StandardButton.Ok
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", ok))
    monkeypatch.setattr(QMessageBox, "critical", recorder("critical", ok))
    monkeypatch.setattr(QMessageBox, "information", recorder("information", ok))
    monkeypatch.setattr(QMessageBox, "question", recorder("question", ok))
    monkeypatch.setattr(QMessageBox, "about", recorder("about", None))
    return record


@pytest.fixture(autouse=True)
def file_dialogs(monkeypatch: pytest.MonkeyPatch) -> FileDialogs:
    chosen = FileDialogs()

    def get_open(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        chosen.asked.append("open")
        if chosen.open_name is None:
            raise AssertionError("unexpected open-file dialog")
        return chosen.open_name, ""

    def get_save(*_args: Any, **_kwargs: Any) -> tuple[str, str]:
        chosen.asked.append("save")
        if chosen.save_name is None:
            raise AssertionError("unexpected save-file dialog")
        return chosen.save_name, ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save))
    return chosen


@pytest.fixture(autouse=True)
def user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """The usual file and the demo file, inside this test's own folder."""
    paths = {
        "default": tmp_path / "user" / "buurtdesk.buurtdesk",
        "demo": tmp_path / "user" / "demo.buurtdesk",
    }
    monkeypatch.setattr(file_controller, "default_db_path", lambda: paths["default"])
    monkeypatch.setattr(core_paths, "default_db_path", lambda: paths["default"])  # usual_db_path
    monkeypatch.setattr(file_controller, "demo_db_path", lambda: paths["demo"])
    return paths


@dataclass(frozen=True)
class HoodFile:
    path: Path
    neighbourhood_id: int
    meeting_ids: tuple[int, ...]  # oldest first


@pytest.fixture
def hood_file(tmp_path: Path) -> HoodFile:
    """One neighbourhood with three meetings and no concerns, votes or actions."""
    from buurtdesk.core.store.library import Library

    path = tmp_path / "wijk.buurtdesk"
    lib = Library(path)
    try:
        hood = lib.add_neighbourhood("Oud-Charlois", "Rotterdam")
        ids = tuple(
            lib.add_meeting(hood, day, dt.time(19, 30), "Buurthuis De Ster", "Anna Jansen")
            for day in MEETING_DATES
        )
    finally:
        lib.close()
    return HoodFile(path, hood, ids)


@pytest.fixture
def demo_file(tmp_path: Path, demo_template: Path) -> Path:
    """The demo file (as on 20-11-2026): a copy of the one the session made."""
    path = tmp_path / "demo-test.buurtdesk"
    shutil.copyfile(demo_template, path)
    return path


@pytest.fixture
def window(qtbot: Any) -> Iterator[Any]:
    """A main window with no file open yet; the fixture keeps the only strong reference."""
    from buurtdesk.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1100, 720)
    win.show()
    yield win
    win.close()


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English only: Dutch translators an earlier test installed (``make_app``) step aside."""
    earlier = qapp.findChildren(QTranslator)
    locale = QLocale()
    for translator in earlier:
        qapp.removeTranslator(translator)
    translators = language.install(qapp, "en")
    try:
        yield
    finally:
        language.uninstall(qapp, translators)
        for translator in earlier:
            qapp.installTranslator(translator)
        QLocale.setDefault(locale)
