"""Every menu's underlined letters are unique, in Dutch and in English, so Alt+letter and a
letter in an open menu always reach one entry."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAction

MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def _clashes(actions: list[QAction], where: str) -> list[str]:
    seen: dict[str, str] = {}
    found = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        match = MNEMONIC.search(action.text().replace("&&", ""))
        if match is None:
            continue
        letter = match.group(1).lower()
        if letter in seen:
            found.append(f"{where}: {seen[letter]!r} and {action.text()!r} share '{letter}'")
        seen[letter] = action.text()
        if action.menu() is not None:
            found += _clashes(action.menu().actions(), f"{where} › {action.text()}")
    return found


def _menu_clashes(window: Any) -> list[str]:
    bar = window.menuBar().actions()
    return _clashes(bar, "menu bar")


@pytest.fixture
def opened(window: Any, demo_file: Path) -> Any:
    assert window.files.open_path(demo_file)
    return window


def test_the_check_finds_a_clash(qapp: Any) -> None:
    actions = [QAction("&Verwijderen…"), QAction("Persoonsgegevens &verbergen")]
    assert _clashes(actions, "test")


def test_dutch_menus_have_unique_letters(opened: Any) -> None:
    assert _menu_clashes(opened) == []


def test_english_menus_have_unique_letters(english: None, window: Any, demo_file: Path) -> None:
    from buurtdesk.gui.main_window import MainWindow

    win = MainWindow()  # built under the English catalogue
    try:
        assert win.files.open_path(demo_file)
        assert _menu_clashes(win) == []
    finally:
        win.close()
