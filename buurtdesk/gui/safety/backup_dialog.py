"""The Back-ups dialog: where the copies of this file are, which there are, make one now,
put one back, and how many to keep.

Imported lazily (it imports the core's backup module).  Restoring is done by the caller's
``restore`` function, which closes and reopens the file around it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.store import backup
from buurtdesk.gui.common.language import decimal
from buurtdesk.gui.common.texts import arg, plural, translate

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def reason_text(reason: str) -> str:
    base = reason.rsplit("-", 1)[0] if reason[-1:].isdigit() else reason  # "manual-2"
    labels = {
        "daily": translate("Back-up", "dagelijks"),
        "manual": translate("Back-up", "handmatig"),
        "meeting-closed": translate("Back-up", "bijeenkomst gesloten"),
        "before-restore": translate("Back-up", "vóór herstellen"),
    }
    return labels.get(base, base or translate("Back-up", "onbekend"))


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return arg(translate("Back-up", "%1 kB"), max(1, round(size / 1024)))
    return arg(translate("Back-up", "%1 MB"), decimal(f"{size / (1024 * 1024):.1f}"))


class BackupDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, lib: Any, restore: Callable[[Path], Any] | None = None
    ) -> None:
        super().__init__(parent)
        self.lib, self._restore = lib, restore
        self.setWindowTitle(self.tr("Back-ups"))
        self.resize(640, 480)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        intro = QLabel(
            self.tr(
                "BuurtDesk maakt zelf een back-up van dit bestand: elke dag bij het eerste "
                "openen, als een bijeenkomst wordt afgesloten, vóór het terugzetten van een "
                "back-up en vóór een bijwerking van het bestand."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        failed = getattr(lib, "backup_error", None)
        self.failed_label = QLabel(self)
        self.failed_label.setObjectName("backupFailed")
        self.failed_label.setWordWrap(True)
        self.failed_label.setStyleSheet("color: #a4262c; font-weight: bold;")
        self.failed_label.setText(
            self.tr(
                "De laatste automatische back-up is niet gelukt. Maak hieronder nu een "
                "back-up, of maak eerst ruimte vrij op de schijf."
            )
        )
        self.failed_label.setToolTip(str(failed or ""))  # the cause, as the system gave it
        self.failed_label.setVisible(failed is not None)
        layout.addWidget(self.failed_label)
        folder_row = QHBoxLayout()
        self.folder_label = QLabel(self)
        self.folder_label.setObjectName("backupFolder")
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_folder_button = QPushButton(self.tr("Map &openen"), self)
        self.open_folder_button.clicked.connect(self.open_folder)
        folder_row.addWidget(self.folder_label, 1)
        folder_row.addWidget(self.open_folder_button)
        layout.addLayout(folder_row)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Gemaakt op"), self.tr("Waarom"), self.tr("Grootte")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons_row = QHBoxLayout()
        self.backup_button = QPushButton(self.tr("Nu een &back-up maken"), self)
        self.backup_button.clicked.connect(self.make_backup)
        self.restore_button = QPushButton(self.tr("&Terugzetten…"), self)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons_row.addWidget(self.backup_button)
        buttons_row.addWidget(self.restore_button)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        keep_row = QHBoxLayout()
        keep_label = QLabel(self.tr("&Bewaar de laatste"), self)
        self.keep_spin = QSpinBox(self)
        self.keep_spin.setRange(1, 100)
        self.keep_spin.setValue(backup.backup_keep(lib))
        keep_label.setBuddy(self.keep_spin)
        self.keep_button = QPushButton(self.tr("Instellen"), self)
        self.keep_button.clicked.connect(self.apply_keep)
        keep_row.addWidget(keep_label)
        keep_row.addWidget(self.keep_spin)
        keep_row.addWidget(QLabel(self.tr("back-ups"), self))
        keep_row.addWidget(self.keep_button)
        keep_row.addStretch(1)
        layout.addLayout(keep_row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.refresh()

    # -- showing --------------------------------------------------------------------------

    def folder(self) -> Path:
        return backup.backup_dir(self.lib.path)

    def refresh(self) -> None:
        self.folder_label.setText(arg(self.tr("Map: %1"), self.folder()))
        self.backups = backup.list_backups(self.lib.path)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            values = (
                info.made.strftime("%d-%m-%Y %H:%M"),
                reason_text(info.reason),
                size_text(info.size),
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if self.backups:
            self.table.selectRow(0)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self._restore is not None)

    def selected(self) -> backup.BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.backups):
            return None
        return self.backups[rows[0].row()]

    def rows(self) -> list[tuple[str, str, str]]:
        return [
            (self._cell(r, 0), self._cell(r, 1), self._cell(r, 2))
            for r in range(self.table.rowCount())
        ]

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""

    # -- doing ----------------------------------------------------------------------------

    def open_folder(self) -> bool:
        folder = self.folder()
        with contextlib.suppress(OSError):
            folder.mkdir(parents=True, exist_ok=True)
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def make_backup(self) -> Path | None:
        try:
            made = backup.make_backup(self.lib.path, "manual", keep=backup.backup_keep(self.lib))
        except OSError as exc:
            self._failed(self.tr("Geen back-up gemaakt"), exc)
            return None
        if getattr(self.lib, "backup_error", None) is not None:
            self.lib.backup_error = None  # a backup exists again
            self.failed_label.hide()
        self.refresh()
        return made

    def apply_keep(self) -> None:
        keep = self.keep_spin.value()
        too_many = len(self.backups) - keep
        if too_many > 0:
            answer = QMessageBox.question(
                self,
                self.tr("Back-ups opruimen"),
                plural(
                    too_many,
                    self.tr("De oudste back-up wordt verwijderd. Doorgaan?"),
                    self.tr("De oudste %1 back-ups worden verwijderd. Doorgaan?"),
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            )
            if answer == QMessageBox.StandardButton.No:
                self.keep_spin.setValue(backup.backup_keep(self.lib))
                return
        try:
            backup.set_backup_keep(self.lib, keep)
        except OSError as exc:
            self._failed(self.tr("Niet opgeruimd"), exc)
        self.refresh()

    def restore_selected(self) -> bool:
        info = self.selected()
        if info is None or self._restore is None:
            return False
        question = arg(
            self.tr(
                "De stand van %1 terugzetten? Alles wat daarna is ingevoerd verdwijnt uit "
                "het bestand. De huidige stand wordt eerst zelf als back-up bewaard, dus u "
                "kunt altijd terug."
            ),
            info.made.strftime("%d-%m-%Y %H:%M"),
        )
        deleted = backup.deleted_in_backup(info.path, self.lib.path)
        if deleted:
            warning = plural(
                deleted,
                self.tr("Deze back-up bevat 1 persoon die sindsdien is verwijderd: terugzetten "
                        "haalt diens gegevens terug."),
                self.tr("Deze back-up bevat %1 mensen die sindsdien zijn verwijderd: "
                        "terugzetten haalt hun gegevens terug."),
            )  # fmt: skip
            question = f"{warning}\n\n{question}"
        answer = QMessageBox.question(
            self,
            self.tr("Back-up terugzetten"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.No:
            return False
        lib = self._restore(info.path)
        if lib is None:
            self.reject()
            return False
        self.lib = lib
        self.refresh()
        return True

    def _failed(self, title: str, exc: OSError) -> None:
        QMessageBox.warning(
            self, title, arg(self.tr("Dat lukte niet: %1"), exc.strerror or str(exc))
        )
