"""Paper ballots entered one by one: the ballot number, then the choices by concern number.

Correcting a ballot: select it, press "Corrigeren", change the choices and Enter.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.numbers import canonical_number
from buurtdesk.gui.common.texts import arg
from buurtdesk.gui.voting.models import BallotModel
from buurtdesk.gui.voting.texts import choices_text, scan_summary

if TYPE_CHECKING:
    from buurtdesk.core.voting.rows import BallotRow

_SPLIT = re.compile(r"[\s,;]+")


def split_choices(text: str) -> list[str]:
    """``"12, K7 3"`` -> ``["12", "K7", "3"]``: the numbers as typed, for the core to check."""
    return [part for part in _SPLIT.split(text.strip()) if part]


def next_number(ballot_no: str) -> str:
    """The number after ``ballot_no`` when it is a plain number (``"07"``, ``"７"``), else empty."""
    no = canonical_number(ballot_no)
    return str(int(no) + 1) if no.isdigit() and len(no) < 30 else ""


class BallotEntry(QWidget):
    add_requested = Signal(str, list)  # ballot number, choices as typed
    correct_requested = Signal(str, list)
    delete_requested = Signal(str)
    scans_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.correcting: str | None = None
        self.model = BallotModel(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setPlaceholderText(self.tr("Briefje nr."))
        self.number_edit.setMaximumWidth(110)
        self.choices_edit = QLineEdit(self)
        self.choices_edit.setPlaceholderText(self.tr("Keuzes, bijv. 12 7 3"))
        self.add_button = QPushButton(self.tr("Toevoegen"), self)
        row = QHBoxLayout()
        row.addWidget(self.number_edit)
        row.addWidget(self.choices_edit, 1)
        row.addWidget(self.add_button)
        self.counts_label = QLabel(self)
        self.counts_label.setProperty("hint", True)
        self.scan_label = QLabel(self)  # the trust figures of scanned ballots, when any
        self.scan_label.setProperty("hint", True)
        self.scan_label.setWordWrap(True)
        self.scan_label.hide()
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.correct_button = QPushButton(self.tr("Corrigeren"), self)
        self.delete_button = QPushButton(self.tr("Verwijderen"), self)
        self.scans_button = QPushButton(self.tr("Scans inlezen…"), self)
        self.scans_button.setToolTip(self.tr("Gedrukte stembriefjes inlezen van een scan of foto"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.counts_label, 1)
        buttons.addWidget(self.correct_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.scans_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.scan_label)
        self.number_edit.returnPressed.connect(self.choices_edit.setFocus)
        self.choices_edit.returnPressed.connect(self._submit)
        self.add_button.clicked.connect(self._submit)
        self.correct_button.clicked.connect(self.start_correction)
        self.delete_button.clicked.connect(self._delete)
        self.scans_button.clicked.connect(self.scans_requested)

    def set_rows(self, rows: list[BallotRow], known: set[int]) -> None:
        self.model.set_rows(rows, known)
        valid = sum(1 for r in rows if r.valid)
        self.counts_label.setText(
            arg(self.tr("%1 briefjes: %2 geldig, %3 ongeldig"), len(rows), valid, len(rows) - valid)
        )

    def set_scans(self, figures: Any) -> None:
        """Pages read from scans, counted, waiting, confirmed by hand, refused (``ScanFigures``)."""
        self.scan_label.setVisible(figures.pages > 0)
        self.scan_label.setText(scan_summary(figures) if figures.pages else "")

    def selected(self) -> BallotRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def start_correction(self) -> None:
        ballot = self.selected()
        if ballot is None:
            return
        self.correcting = ballot.ballot_no
        self.number_edit.setText(ballot.ballot_no)
        self.number_edit.setEnabled(False)
        self.choices_edit.setText(choices_text(ballot.choices).replace("K", ""))
        self.add_button.setText(self.tr("Opslaan"))
        self.choices_edit.setFocus()
        self.choices_edit.selectAll()

    def _submit(self) -> None:
        number = canonical_number(self.number_edit.text())  # "01", "1.0" and "１" are ballot 1
        self.number_edit.setText(number)
        choices = split_choices(self.choices_edit.text())
        if self.correcting is not None:
            self.correct_requested.emit(self.correcting, choices)
        else:
            self.add_requested.emit(number, choices)

    def _delete(self) -> None:
        ballot = self.selected()
        if ballot is not None:
            self.delete_requested.emit(ballot.ballot_no)

    def entry_done(self) -> None:
        """Stored (valid or counted as invalid): ready for the next ballot."""
        number = "" if self.correcting is not None else next_number(self.number_edit.text())
        self.correcting = None
        self.number_edit.setEnabled(True)
        self.add_button.setText(self.tr("Toevoegen"))
        self.number_edit.setText(number)
        self.choices_edit.clear()
        (self.choices_edit if number else self.number_edit).setFocus()
