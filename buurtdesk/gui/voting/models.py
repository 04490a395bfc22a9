"""Table models of the Stemmen area: the tally grid, the ballots and the live ranking."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from buurtdesk.gui.common.texts import translate
from buurtdesk.gui.voting.texts import ballot_reason, choices_text

if TYPE_CHECKING:
    from buurtdesk.core.voting.ranking import RankedRow
    from buurtdesk.core.voting.rows import BallotRow, VotingConcern

Index = QModelIndex | QPersistentModelIndex
DISPLAY, EDIT, ALIGN = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.EditRole,
    Qt.ItemDataRole.TextAlignmentRole,
)
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class TallyModel(QAbstractTableModel):
    """Nr | Knelpunt | Aantal; the count is edited in place and committed by the area."""

    count_entered = Signal(int, object)  # concern id, count (any size: the core refuses)
    NUMBER, TITLE, COUNT = range(3)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.concerns: list[VotingConcern] = []
        self.counts: dict[int, int] = {}
        self._row_of: dict[int, int] = {}

    def set_concerns(self, concerns: list[VotingConcern], counts: dict[int, int]) -> None:
        self.beginResetModel()
        self.concerns = list(concerns)
        self.counts = dict(counts)
        self._row_of = {c.id: i for i, c in enumerate(self.concerns)}
        self.endResetModel()

    def set_counts(self, counts: dict[int, int]) -> None:
        changed = [
            cid for cid in set(counts) | set(self.counts) if counts.get(cid) != self.counts.get(cid)
        ]
        self.counts = dict(counts)
        for cid in changed:
            row = self._row_of.get(cid)
            if row is not None:
                index = self.index(row, self.COUNT)
                self.dataChanged.emit(index, index)

    def row_of(self, concern_id: int) -> int:
        return self._row_of.get(concern_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.concerns)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (
                translate("Stemmen", "Nr."),
                translate("Stemmen", "Knelpunt"),
                translate("Stemmen", "Aantal"),
            )[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():  # the root is no cell: nothing to select or edit there
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == self.COUNT else base

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        c = self.concerns[index.row()]
        col = index.column()
        if role in (DISPLAY, EDIT):
            if col == self.NUMBER:
                return c.code
            if col == self.TITLE:
                return c.title
            n = self.counts.get(c.id, 0)
            return n if role == EDIT else (str(n) if n else "")
        if role == ALIGN and col == self.COUNT:
            return RIGHT
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != EDIT or index.column() != self.COUNT:
            return False
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            return False
        self.count_entered.emit(self.concerns[index.row()].id, count)
        return True


class BallotModel(QAbstractTableModel):
    """Nr | Keuzes | Geldig (with the reason when not)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[BallotRow] = []
        self.known: set[int] = set()

    def set_rows(self, rows: list[BallotRow], known: set[int]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.known = set(known)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (
                translate("Stemmen", "Briefje"),
                translate("Stemmen", "Keuzes"),
                translate("Stemmen", "Geldig"),
            )[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        b = self.rows[index.row()]
        if role == DISPLAY:
            if index.column() == 0:
                return b.ballot_no
            if index.column() == 1:
                return choices_text(b.choices)
            if b.valid:
                return translate("Stemmen", "geldig")
            reason = ballot_reason(b.reason_code, b.choices, self.known)
            return translate("Stemmen", "ongeldig") + f": {reason}"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and not b.valid:
            return QColor("#b3261e")
        return None


class RankingModel(QAbstractTableModel):
    """Plaats | Nr. | Knelpunt | Score | Status."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RankedRow] = []
        self.tie: set[int] = set()

    def set_rows(self, rows: list[RankedRow], tie: set[int]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.tie = set(tie)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    @staticmethod
    def statuses() -> tuple[str, str]:
        """Every text the Status column can show, for sizing it."""
        return translate("Stemmen", "gekozen"), translate("Stemmen", "gelijk op de grens")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == DISPLAY:
            return (
                translate("Stemmen", "Plaats"),
                translate("Stemmen", "Nr."),
                translate("Stemmen", "Knelpunt"),
                translate("Stemmen", "Score"),
                translate("Stemmen", "Status"),
            )[section]
        return None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role == DISPLAY:
            if col == 0:
                return f"={r.rank}" if r.tied else str(r.rank)
            if col == 1:
                return r.code
            if col == 2:
                return r.title
            if col == 3:
                return str(int(r.score)) if float(r.score).is_integer() else f"{r.score:.1f}"
            chosen, tie = self.statuses()
            return chosen if r.chosen == "yes" else tie if r.chosen == "tie" else ""
        if role == ALIGN and col in (0, 3):
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and r.chosen == "yes":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and r.chosen == "tie":
            return QColor("#fbe3b0")
        return None


def ranking_table(model: RankingModel, parent: QWidget) -> QTableView:
    """The Stemmen area's ranking: columns as wide as their headers and statuses, the title
    stretching."""
    table = QTableView(parent)
    table.setObjectName("rankingTable")
    table.setModel(model)
    table.verticalHeader().hide()
    # compact rows: a short screen (1366x768) still shows the top and the ones after it
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # cheap to refill
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    bold = QFont(header.font())
    bold.setBold(True)  # chosen rows and the headers are bold
    metrics = QFontMetrics(bold)
    room = {
        column: metrics.horizontalAdvance(str(model.headerData(column, Qt.Orientation.Horizontal)))
        + 24
        for column in (0, 1, 3, 4)
    }
    room[4] = max(room[4], *(metrics.horizontalAdvance(t) + 16 for t in model.statuses()))
    for column, width in ((0, 64), (1, 52), (3, 60), (4, 130)):
        header.resizeSection(column, max(width, room[column]))
    return table
