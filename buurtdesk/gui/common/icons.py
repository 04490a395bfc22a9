"""Icons shipped in ``resources/icons`` (SVG, drawn for BuurtDesk)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from buurtdesk.core.store.paths import resources_dir

APP_ID = "nl.buurtdesk.BuurtDesk"  # the .desktop file's name and the hicolor icon name
APP_ICON_SIZES = (16, 32, 48, 64, 128, 256)


def app_icon() -> QIcon:
    """The program icon: the PNG of every size (sharp in title bar, task bar and Alt+Tab);
    the SVG when the PNGs are missing."""
    result = QIcon()
    folder = resources_dir() / "icons" / "hicolor"
    for size in APP_ICON_SIZES:
        png = folder / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        if png.is_file():
            result.addFile(str(png), QSize(size, size))
    return result if not result.isNull() else icon("buurtdesk")


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon if it is missing, never an error."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
