"""Bestand › Recente bestanden, and the folder a file dialog starts in.

Both live in the settings: the files opened last (most recent first, those that are gone are
left out) and the folder of the last file chosen.  A dialog starts in that folder, else in the
user's Documents folder, else in the home folder.  BuurtDesk's own folders (where the usual and
the demo file live, the program's folder) are never the folder to start in: opening the demo
must not send the next new file there.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from buurtdesk.gui.common.texts import translate

RECENT_KEY = "files/recent"
FOLDER_KEY = "files/folder"
EXPORTS_KEY = "files/exports"  # the folders exports were written to, most recent first
MOST = 8


def _stored() -> list[str]:
    value = QSettings().value(RECENT_KEY) or []
    return [str(v) for v in (value if isinstance(value, list) else [value])]


def recent_files() -> list[Path]:
    """The files opened last that still exist, most recent first."""
    return [Path(p) for p in _stored() if Path(p).is_file()]


def remember(path: Path) -> None:
    """``path`` was opened or made: first in the list, and its folder the one to start in."""
    text = str(Path(path).resolve())
    kept = [p for p in _stored() if p != text]
    settings = QSettings()
    settings.setValue(RECENT_KEY, [text, *kept][:MOST])
    remember_folder(Path(text).parent)


def forget_all() -> None:
    QSettings().remove(RECENT_KEY)


def remember_folder(folder: Path) -> None:
    QSettings().setValue(FOLDER_KEY, str(folder))


def remember_export(folder: Path) -> None:
    """An export is written into ``folder``: the window sweeps it when it starts."""
    text = str(Path(folder).absolute())
    value = QSettings().value(EXPORTS_KEY) or []
    kept = [str(v) for v in (value if isinstance(value, list) else [value]) if str(v) != text]
    QSettings().setValue(EXPORTS_KEY, [text, *kept][:MOST])


def export_folders() -> list[Path]:
    value = QSettings().value(EXPORTS_KEY) or []
    return [Path(str(v)) for v in (value if isinstance(value, list) else [value])]


def own_folders() -> set[Path]:
    """The folders of BuurtDesk itself: the user data folder and the program's folder."""
    from buurtdesk.core.store import paths

    folders = {paths.default_db_path().parent, paths.demo_db_path().parent}
    folders |= {paths.PACKAGE_DIR, paths.PACKAGE_DIR.parent, Path(sys.executable).parent}
    return {folder.resolve() for folder in folders}


def start_folder() -> Path:
    """Where a file dialog starts: the last folder used (not one of BuurtDesk's own), else
    Documents, else home."""
    last = QSettings().value(FOLDER_KEY)
    if last and Path(str(last)).is_dir() and Path(str(last)).resolve() not in own_folders():
        return Path(str(last))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if documents and Path(documents).is_dir():
        return Path(documents)
    return Path.home()


class RecentMenu:
    """The submenu, filled each time it opens; ``open_path`` opens the file picked."""

    def __init__(self, parent_menu: QMenu, open_path: Callable[[Path], object]) -> None:
        self.menu = parent_menu.addMenu(translate("MainWindow", "&Recente bestanden"))
        self.open_path = open_path
        self.menu.aboutToShow.connect(self.fill)
        self.fill()

    def fill(self) -> None:
        self.menu.clear()
        files = recent_files()
        for number, path in enumerate(files, 1):
            shown = f"{path.name} ({path.parent})".replace("&", "&&")
            action = QAction(f"&{number} {shown}", self.menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
            self.menu.addAction(action)
        if not files:
            empty = self.menu.addAction(translate("MainWindow", "(nog geen bestanden geopend)"))
            empty.setEnabled(False)
            return
        self.menu.addSeparator()
        self.menu.addAction(translate("MainWindow", "Lijst &wissen"), self.clear_list)

    def clear_list(self) -> None:
        forget_all()
        self.fill()
