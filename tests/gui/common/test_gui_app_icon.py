"""The program icon: every PNG size in the window and the application, and the desktop entry
that names it."""

from __future__ import annotations

import configparser
from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from buurtdesk.core.store.paths import resources_dir
from buurtdesk.gui import app as gui_app
from buurtdesk.gui.common.icons import APP_ICON_SIZES, APP_ID, app_icon

HICOLOR = resources_dir() / "icons" / "hicolor"


def test_every_png_size_is_there_and_drawn() -> None:
    for size in APP_ICON_SIZES:
        image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        centre = image.pixelColor(size // 2, size // 2)
        corner = image.pixelColor(0, 0)
        assert centre.alpha() == 255 and corner.alpha() < 128  # a rounded square, not a blank


def test_app_icon_holds_every_size(qapp: QApplication) -> None:
    sizes = app_icon().availableSizes()
    for size in APP_ICON_SIZES:
        assert QSize(size, size) in sizes


def test_the_window_and_the_application_carry_the_icon(window: Any, qapp: QApplication) -> None:
    assert QSize(256, 256) in window.windowIcon().availableSizes()
    assert QSize(16, 16) in window.windowIcon().availableSizes()
    style_before, icon_before = qapp.styleSheet(), qapp.windowIcon()
    try:
        gui_app.make_app()
        assert QSize(48, 48) in qapp.windowIcon().availableSizes()
        assert qapp.desktopFileName() == APP_ID
    finally:
        qapp.setStyleSheet(style_before)
        qapp.setWindowIcon(icon_before)


def test_the_desktop_entry_starts_the_windowed_program_with_this_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(resources_dir() / "linux" / f"{APP_ID}.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "buurtdesk-gui %f"
    assert desktop["Icon"] == APP_ID
    assert desktop["Comment[nl]"] and desktop["Comment"] != desktop["Comment[nl]"]
    metainfo = (resources_dir() / "linux" / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in metainfo
    assert f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in metainfo
