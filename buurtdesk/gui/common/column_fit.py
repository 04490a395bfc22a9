"""Column widths that keep the main column readable when a table is narrow.

Each fixed column has a preferred width (its header and longest value) and a least width
(what its values need; by default the preferred width, so that column never gives way).
While each stretching column keeps at least ``keep`` pixels, the fixed columns get their
preferred widths; in a narrower table they give way, all in proportion, down to their least.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class ColumnFit(QObject):
    def __init__(self, table: QTableView, keep: int) -> None:
        super().__init__(table)
        self.setObjectName("columnFit")
        self.table = table
        self.keep = keep
        self.preferred: dict[int, int] = {}
        self.least: dict[int, int] = {}
        self.resized: Callable[[int, int], None] | None = None  # (column, width) once fitted
        table.viewport().installEventFilter(self)

    @staticmethod
    def of(table: QTableView, keep: int = 210) -> ColumnFit:
        """The table's fitter, made on first use."""
        found = table.findChild(ColumnFit, "columnFit")
        return found if found is not None else ColumnFit(table, keep)

    def set_widths(self, preferred: dict[int, int], least: dict[int, int]) -> None:
        self.preferred = dict(preferred)
        self.least = {c: min(least.get(c, w), w) for c, w in preferred.items()}
        self.apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        header = self.table.horizontalHeader()
        stretch = QHeaderView.ResizeMode.Stretch
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        fixed = [c for c in shown if c in self.preferred and header.sectionResizeMode(c) != stretch]
        stretching = sum(1 for c in shown if header.sectionResizeMode(c) == stretch)
        room = self.table.viewport().width() - self.keep * stretching
        want = sum(self.preferred[c] for c in fixed)
        least = sum(self.least[c] for c in fixed)
        give = 0.0 if want <= room else min(1.0, (want - room) / max(1, want - least))
        for c in fixed:
            width = int(self.preferred[c] - give * (self.preferred[c] - self.least[c]))
            header.resizeSection(c, width)
            if self.resized is not None:
                self.resized(c, width)
