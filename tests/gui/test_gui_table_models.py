"""The table models work on plain rows, without any widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from buurtdesk.core.library import ActionRow, ConcernRow
from buurtdesk.core.models import ActionStatus, ConcernStatus
from buurtdesk.gui.table_models import (
    ROW_ROLE,
    SORT_ROLE,
    ActionTableModel,
    ConcernTableModel,
    sorting_proxy,
)

DISPLAY = Qt.ItemDataRole.DisplayRole


def concern(number: int, title: str = "Te hard rijden", reports: int = 1) -> ConcernRow:
    return ConcernRow(number, f"K{number}", title, "Verkeer", "Dordtselaan", reports,
                      ConcernStatus.OPEN)  # fmt: skip


def action(status: ActionStatus, due: dt.date | None = dt.date(2026, 5, 31)) -> ActionRow:
    return ActionRow(1, "Drempel bij de school", "Gemeente", due, status, dt.date(2026, 1, 1))


def test_concern_model_counts_rows_without_a_widget() -> None:
    model = ConcernTableModel()
    assert model.rowCount() == 0
    model.set_rows([concern(1), concern(2), concern(10)])
    assert model.rowCount() == 3
    assert model.columnCount() == 5
    model.set_rows([concern(4)])
    assert model.rowCount() == 1


def test_concern_model_shows_number_title_theme_street_and_reports() -> None:
    model = ConcernTableModel()
    model.set_rows([concern(12, "Afval naast de containers", reports=7)])
    texts = [model.index(0, c).data(DISPLAY) for c in range(model.columnCount())]
    assert texts == ["K12", "Afval naast de containers", "Verkeer", "Dordtselaan", "7"]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert headers == ["Nr.", "Knelpunt", "Thema", "Straat", "Meldingen"]
    assert model.index(0, 0).data(ROW_ROLE).code == "K12"


def test_concern_numbers_sort_as_numbers() -> None:
    model = ConcernTableModel()
    model.set_rows([concern(10), concern(2), concern(1)])
    proxy = sorting_proxy(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    assert [proxy.index(r, 0).data(DISPLAY) for r in range(3)] == ["K1", "K2", "K10"]
    assert model.index(0, 0).data(SORT_ROLE) == 10


def test_action_model_speaks_dutch_dates_and_statuses() -> None:
    model = ActionTableModel()
    model.set_rows([action(ActionStatus.IN_PROGRESS), action(ActionStatus.OPEN, due=None)])
    assert model.rowCount() == 2
    first = [model.index(0, c).data(DISPLAY) for c in range(model.columnCount())]
    assert first == ["Drempel bij de school", "Gemeente", "31-05-2026", "loopt", "01-01-2026"]
    assert model.index(1, 2).data(DISPLAY) == "geen datum"
    assert model.index(1, 3).data(DISPLAY) == "open"


def test_models_are_flat_tables() -> None:
    model = ActionTableModel()
    model.set_rows([action(ActionStatus.OPEN)])
    parent = model.index(0, 0)
    assert model.rowCount(parent) == 0
    assert model.columnCount(parent) == 0
    assert model.data(QModelIndex()) is None
