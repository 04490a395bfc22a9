"""The tally grid, built for speed: type the concern number, then the count, then Enter.

Or walk the grid with the arrow keys and type a count over the selected row.  The grid only
asks: :attr:`TallyGrid.commit_requested` carries (concern id, count) to the Stemmen area.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIntValidator, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.voting.ranking import parse_number
from buurtdesk.gui.voting.models import TallyModel

if TYPE_CHECKING:
    from buurtdesk.core.voting.rows import VotingConcern


def concern_number(text: str) -> int | None:
    """``"K12"``, ``"k12"``, ``"12"``, ``"K012"``, ``"Ｋ１２"`` -> 12 (as the core reads it)."""
    return parse_number(text)


class TallyGrid(QWidget):
    commit_requested = Signal(int, object)  # concern id, count (any size: the core refuses)
    _walk_to = Signal(int)  # queued: select a row once the editor has closed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = TallyModel(self)
        self._by_number: dict[int, VotingConcern] = {}
        self.concern_edit = QLineEdit(self)
        self.concern_edit.setPlaceholderText(self.tr("Nr."))
        self.concern_edit.setMaximumWidth(90)
        self.concern_edit.setObjectName("tallyConcernEdit")
        self.count_edit = QLineEdit(self)
        self.count_edit.setPlaceholderText(self.tr("Aantal"))
        self.count_edit.setValidator(QIntValidator(0, 100000, self))
        self.count_edit.setMaximumWidth(90)
        self.count_edit.setObjectName("tallyCountEdit")
        for edit in (self.concern_edit, self.count_edit):  # the placeholder in full
            edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24)
        self.preview = QLabel(self)
        self.preview.setWordWrap(True)  # a long hint wraps instead of squeezing the fields
        self.preview.setProperty("hint", True)
        self.preview.setText(self.tr("Typ het nummer, dan het aantal, dan Enter."))
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Knelpunt"), self))
        row.addWidget(self.concern_edit)
        row.addWidget(QLabel(self.tr("aantal"), self))
        row.addWidget(self.count_edit)
        row.addWidget(self.preview, 1)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("tallyTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # Fixed widths: sizing to contents would read all rows after every count.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TallyModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(TallyModel.NUMBER, 64)
        header.resizeSection(TallyModel.COUNT, 80)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.concern_edit.textChanged.connect(self._show_preview)
        self.concern_edit.returnPressed.connect(self._concern_entered)
        self.count_edit.returnPressed.connect(self._count_entered)
        self.concern_edit.installEventFilter(self)
        self.model.count_entered.connect(self._grid_entered)
        self._walk_to.connect(self._select, Qt.ConnectionType.QueuedConnection)

    def set_concerns(self, concerns: list[VotingConcern], counts: dict[int, int]) -> None:
        self._by_number = {c.number: c for c in concerns}
        self.model.set_concerns(concerns, counts)

    def set_counts(self, counts: dict[int, int]) -> None:
        self.model.set_counts(counts)

    # -- quick entry ----------------------------------------------------------------------

    def chosen_concern(self) -> VotingConcern | None:
        number = concern_number(self.concern_edit.text())
        return self._by_number.get(number) if number is not None else None

    def _show_preview(self, text: str) -> None:
        concern = self.chosen_concern()
        if concern is not None:
            self.preview.setText(f"{concern.code} {concern.title}")
            self.table.selectRow(self.model.row_of(concern.id))
        elif text.strip():
            self.preview.setText(self.tr("Geen knelpunt met dit nummer"))
        else:
            self.preview.setText(self.tr("Typ het nummer, dan het aantal, dan Enter."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.concern_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
        ):
            self._concern_entered()
            return True
        return super().eventFilter(watched, event)

    def _concern_entered(self) -> None:
        concern = self.chosen_concern()
        if concern is None:
            self.preview.setText(self.tr("Geen knelpunt met dit nummer"))
            self.concern_edit.selectAll()
            return
        current = self.model.counts.get(concern.id, 0)
        self.count_edit.setText(str(current) if current else "")
        self.count_edit.setFocus()
        self.count_edit.selectAll()

    def _count_entered(self) -> None:
        concern = self.chosen_concern()
        text = self.count_edit.text().strip()
        if concern is None:
            self.concern_edit.setFocus()
            return
        if not text:
            return
        self.commit_requested.emit(concern.id, int(text))

    def entry_done(self) -> None:
        """The count was stored: clear the entry for the next concern."""
        self.concern_edit.clear()
        self.count_edit.clear()
        self.concern_edit.setFocus()

    # -- the grid -------------------------------------------------------------------------

    def _grid_entered(self, concern_id: int, count: int) -> None:
        self.commit_requested.emit(concern_id, count)
        row = self.model.row_of(concern_id)
        if 0 <= row < self.model.rowCount() - 1:  # walk on to the next concern
            self._walk_to.emit(row + 1)

    def _select(self, row: int) -> None:
        index = self.model.index(row, TallyModel.COUNT)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
