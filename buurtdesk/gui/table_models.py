"""Read-only table models for the areas, testable without any widget.

``model.set_rows(rows)`` takes the plain rows the core's ``Library`` returns (dataclasses);
the model only reads attributes, so it never imports the database layer.  ``SORT_ROLE`` gives
a value that sorts naturally (K2 before K10, dates by date).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from buurtdesk.gui.texts import action_status, format_date

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = LEFT


class RowTableModel(QAbstractTableModel):
    """A list of rows shown through a fixed list of columns."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = self.columns()
        self._rows: list[Any] = []

    def columns(self) -> list[Column]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort else column.text(row).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._columns[section].title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self._columns[section].align)
        return None


class ConcernTableModel(RowTableModel):
    """``ConcernRow``s: number, title, theme, street and how many residents raised it."""

    def columns(self) -> list[Column]:
        return [
            Column(self.tr("Nr."), lambda r: r.code, lambda r: _number(r.code)),
            Column(self.tr("Knelpunt"), lambda r: r.title),
            Column(self.tr("Thema"), lambda r: r.theme),
            Column(self.tr("Straat"), lambda r: r.street),
            Column(self.tr("Meldingen"), lambda r: str(r.reports), lambda r: r.reports, RIGHT),
        ]


class ActionTableModel(RowTableModel):
    """``ActionRow``s to review: what, who, by when, how far, and since which meeting."""

    def columns(self) -> list[Column]:
        nobody = self.tr("nog niemand")
        return [
            Column(self.tr("Actie"), lambda r: r.description),
            Column(self.tr("Wie"), lambda r: r.owner or nobody),
            Column(
                self.tr("Klaar op"), lambda r: format_date(r.due_date), lambda r: _day(r.due_date)
            ),
            Column(self.tr("Status"), lambda r: action_status(r.status)),
            Column(
                self.tr("Afgesproken op"),
                lambda r: format_date(r.meeting_date),
                lambda r: _day(r.meeting_date),
            ),
        ]


def _number(code: str) -> int:
    digits = "".join(ch for ch in code if ch.isdigit())
    return int(digits) if digits else 0


def _day(day: Any) -> str:
    """ISO text sorts like the date itself; a missing date sorts last."""
    return day.isoformat() if day is not None else "9999"


def sorting_proxy(model: RowTableModel, parent: QObject | None = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    return proxy
