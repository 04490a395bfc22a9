"""The welcome dialog shown when there is no file yet: start a neighbourhood, try the demo,
or open a file someone handed over.  It only records the choice; the file controller acts."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QCommandLinkButton, QDialog, QFileDialog, QWidget

from buurtdesk.gui.common.dialogs import NewNeighbourhood, NewNeighbourhoodDialog
from buurtdesk.gui.common.icons import icon
from buurtdesk.gui.common.recent_files import start_folder
from buurtdesk.gui.common.texts import file_filter
from buurtdesk.gui.common.uiload import child, load_ui


class Start(enum.Enum):
    NEW = "new"
    DEMO = "demo"
    OPEN = "open"


@dataclass(frozen=True)
class StartChoice:
    kind: Start
    path: Path | None = None
    neighbourhood: NewNeighbourhood | None = None


class FirstRunDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, start_dir: Path | None = None) -> None:
        super().__init__(parent)
        load_ui("first_run.ui", self)
        self.choice: StartChoice | None = None
        self._start_dir = start_dir or start_folder()
        self.new_button = child(self, QCommandLinkButton, "newButton")
        self.demo_button = child(self, QCommandLinkButton, "demoButton")
        self.open_button = child(self, QCommandLinkButton, "openButton")
        for button, name in (
            (self.new_button, "new"),
            (self.demo_button, "demo"),
            (self.open_button, "open"),
        ):
            button.setIcon(icon(name))
            button.setIconSize(QSize(32, 32))
        self.new_button.clicked.connect(self.choose_new)
        self.demo_button.clicked.connect(self.choose_demo)
        self.open_button.clicked.connect(self.choose_open)

    def choose_new(self) -> None:
        dialog = NewNeighbourhoodDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._done(StartChoice(Start.NEW, neighbourhood=dialog.value()))

    def choose_demo(self) -> None:
        self._done(StartChoice(Start.DEMO))

    def choose_open(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("BuurtDesk-bestand openen"), str(self._start_dir), file_filter()
        )
        if name:
            self._done(StartChoice(Start.OPEN, path=Path(name)))

    def _done(self, choice: StartChoice) -> None:
        self.choice = choice
        self.accept()
