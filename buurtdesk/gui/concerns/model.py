"""The concern list: a table model of ``ConcernListRow``s, which filters and sorts itself.

Testable without any widget.  At 20,000 concerns a Python call per row and comparison would be
far too slow, so the expensive parts are done once in plain Python: search keys are normalised
when the rows arrive, sorting is a ``list.sort`` on precomputed keys, and a filter is one pass
of list comprehensions after which the model shows only the rows kept.  A filtering proxy
would ask Python about every one of the 20,000 rows again (some 20 ms), so ``ConcernProxy``
only passes the filter and the sort on to the model.  The core's ``normalise`` is imported
when rows arrive, not at import time (it brings rapidfuzz along).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from buurtdesk.gui.common.texts import concern_status, format_date

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.TextAlignmentRole,
        ROW_ROLE,
    }
)
(NUMBER, TITLE, THEME, STREET, REPORTS, MEETINGS, FIRST_RAISED, STATUS, SUBMITTERS) = range(9)


@dataclass(frozen=True)
class Column:
    title: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any]
    align: Qt.AlignmentFlag = LEFT


def _fold(text: str) -> str:
    return text.casefold()


def _day(day: Any) -> str:
    return day.isoformat() if day is not None else "9999"


@dataclass(frozen=True)
class ListFilter:
    query: str = ""
    theme: str | None = None  # None: every theme; "" only concerns without a theme
    status: str | None = None  # a ConcernStatus value; None: all but the merged ones
    only: frozenset[int] | None = None  # concern ids to keep (this meeting's), or None


class ConcernListModel(QAbstractTableModel):
    """The neighbourhood's concerns; ``set_rows`` takes ``ConcernListRow``s from the core.

    ``set_personal({concern_id: "names"})`` fills the last column; ``None`` empties it, and the
    view hides that column whenever personal data is hidden.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = [
            Column(self.tr("Nr."), lambda r: r.code, lambda r: r.number, RIGHT),
            Column(self.tr("Knelpunt"), lambda r: r.title, lambda r: _fold(r.title)),
            Column(self.tr("Thema"), lambda r: r.theme, lambda r: _fold(r.theme)),
            Column(self.tr("Straat"), lambda r: r.street, lambda r: _fold(r.street)),
            Column(self.tr("Meldingen"), lambda r: str(r.reports), lambda r: r.reports, RIGHT),
            Column(
                self.tr("Bijeenkomsten"), lambda r: str(r.meetings), lambda r: r.meetings, RIGHT
            ),
            Column(
                self.tr("Eerst gemeld"),
                lambda r: format_date(r.first_raised) if r.first_raised else "",
                lambda r: _day(r.first_raised),
            ),
            Column(self.tr("Status"), lambda r: self._status(r), lambda r: self._status(r)),
            Column(
                self.tr("Melders"),
                lambda r: self._personal.get(r.id, ""),
                lambda r: _fold(self._personal.get(r.id, "")),
            ),
        ]
        self._all: list[Any] = []  # every row, in the sort order
        self._keys: list[str] = []  # normalised, spaces removed: what the search looks in
        self._accept: list[bool] = []  # per row of _all: kept by the filter
        self._rows: list[Any] = []  # the rows kept: what the view shows
        self._personal: dict[int, str] = {}
        self._headers: dict[int, str] = {}  # a column's name cut short to fit, by the view
        self._filter = ListFilter()
        self._sort: tuple[int, Qt.SortOrder] = (NUMBER, Qt.SortOrder.AscendingOrder)

    def _status(self, row: Any) -> str:
        text = concern_status(row.status)
        return f"{text} → {row.merged_into}" if row.merged_into else text

    # -- contents ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any], wordings: dict[int, list[str]] | None = None) -> None:
        """The rows to show; the search also looks in each concern's ``wordings``."""
        from buurtdesk.core.concerns.words import normalise

        said = wordings or {}
        self.beginResetModel()
        self._all = list(rows)
        self._keys = [
            normalise(" ".join([r.code, r.title, r.theme, r.street, *said.get(r.id, ())])).replace(
                " ", ""
            )
            for r in self._all
        ]
        self._permute(self._sorted_order())
        self._accept = self._compute_accept(self._filter)
        self._rows = self._kept()
        self.endResetModel()

    def put_row(self, row: Any, wordings: Sequence[str] = ()) -> None:
        """Add ``row``, or replace the row with its id: one row's search key made, not all."""
        from buurtdesk.core.concerns.words import normalise

        key = normalise(" ".join([row.code, row.title, row.theme, row.street, *wordings]))
        at = next((i for i, r in enumerate(self._all) if r.id == row.id), -1)
        self.beginResetModel()
        if at < 0:
            self._all.append(row)
            self._keys.append(key.replace(" ", ""))
        else:
            self._all[at], self._keys[at] = row, key.replace(" ", "")
        self._permute(self._sorted_order())
        self._accept = self._compute_accept(self._filter)
        self._rows = self._kept()
        self.endResetModel()

    def set_personal(self, names: dict[int, str] | None) -> None:
        """Submitter names per concern id, or ``None`` to hold no personal data at all."""
        self._personal = dict(names or {})
        if self._rows:
            top, bottom = self.index(0, SUBMITTERS), self.index(len(self._rows) - 1, SUBMITTERS)
            self.dataChanged.emit(top, bottom)

    def has_personal(self) -> bool:
        return bool(self._personal)

    def row(self, number: int) -> Any:
        return self._rows[number]

    def rows(self) -> list[Any]:
        """Every row, the ones the filter hides too."""
        return list(self._all)

    def total(self) -> int:
        return len(self._all)

    def row_of(self, concern_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == concern_id), -1)

    # -- filtering: one yes/no per row, computed in one pass -----------------------------

    def current_filter(self) -> ListFilter:
        return self._filter

    def set_filter(self, new: ListFilter) -> None:
        """Show only the rows ``new`` keeps: a model reset, unless the same rows stay."""
        if new == self._filter:
            return
        accept = self._compute_accept(new)
        self._filter = new
        if accept == self._accept:  # typing on often keeps the same rows: no work
            return
        self.beginResetModel()
        self._accept = accept
        self._rows = self._kept()
        self.endResetModel()

    def _kept(self) -> list[Any]:
        return [r for r, keep in zip(self._all, self._accept, strict=True) if keep]

    def _compute_accept(self, f: ListFilter) -> list[bool]:
        """One pass per condition over plain lists: list comprehensions, no call per row."""
        from buurtdesk.core.concerns.words import normalise

        statuses = [str(r.status) for r in self._all]
        if f.status is None:
            ok = [s != "merged" for s in statuses]
        else:
            ok = [s == f.status for s in statuses]
        if f.theme is not None:
            ok = [a and r.theme == f.theme for a, r in zip(ok, self._all, strict=True)]
        if f.only is not None:
            only = f.only
            ok = [a and r.id in only for a, r in zip(ok, self._all, strict=True)]
        for word in normalise(f.query).split() if f.query else []:
            ok = [a and word in k for a, k in zip(ok, self._keys, strict=True)]
        return ok

    # -- sorting: the model's own ----------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        before = [r.id for r in self._rows]
        self._permute(self._sorted_order())
        self._rows = self._kept()
        now = {r.id: i for i, r in enumerate(self._rows)}
        for persistent in self.persistentIndexList():
            if persistent.isValid() and persistent.row() < len(before):
                target = self.index(now[before[persistent.row()]], persistent.column())
                self.changePersistentIndex(persistent, target)
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        column, order = self._sort
        key = self._columns[column].sort
        number = self._columns[NUMBER].sort
        rows = self._all
        positions = sorted(range(len(rows)), key=lambda i: number(rows[i]))
        positions.sort(key=lambda i: key(rows[i]), reverse=order == Qt.SortOrder.DescendingOrder)
        return positions

    def _permute(self, permutation: list[int]) -> None:
        self._all = [self._all[i] for i in permutation]
        self._keys = [self._keys[i] for i in permutation]
        if len(self._accept) == len(permutation):
            self._accept = [self._accept[i] for i in permutation]

    def sort_state(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    # -- the Qt model --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in ROLES or not index.isValid():  # a repaint asks ~8 roles per cell
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return column.text(row)
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
            return self._headers.get(section, self._columns[section].title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._columns[section].title  # the whole name, also when it is cut short
        return None

    def set_header_text(self, section: int, text: str) -> None:
        """Show ``text`` (the name cut short to the column's width) as the column's header."""
        if self.headerData(section, Qt.Orientation.Horizontal) != text:
            self._headers[section] = text
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, section, section)


class ConcernProxy(QIdentityProxyModel):
    """What the view shows: filtering and sorting are passed on to the model (see above)."""

    def __init__(self, model: ConcernListModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self.setSourceModel(model)

    def current_filter(self) -> ListFilter:
        return self._model.current_filter()

    def set_filter(self, new: ListFilter) -> None:
        self._model.set_filter(new)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._model.sort(column, order)

    def row_at(self, proxy_row: int) -> Any:
        return self._model.row(self.mapToSource(self.index(proxy_row, 0)).row())
