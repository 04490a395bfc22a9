"""The concern list model and its filter proxy, without any widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from buurtdesk.core.concerns.intake import ConcernListRow
from buurtdesk.core.enums import ConcernStatus
from buurtdesk.gui.concerns.model import (
    FIRST_RAISED,
    NUMBER,
    REPORTS,
    STATUS,
    SUBMITTERS,
    TITLE,
    ConcernListModel,
    ConcernProxy,
    ListFilter,
)


def row(
    number: int,
    title: str = "Te hard rijden",
    theme: str = "Verkeer",
    street: str = "",
    reports: int = 1,
    status: ConcernStatus = ConcernStatus.OPEN,
    merged_into: str = "",
) -> ConcernListRow:
    return ConcernListRow(
        id=number * 10,
        number=number,
        code=f"K{number}",
        title=title,
        theme=theme,
        street=street,
        reports=reports,
        meetings=1,
        first_raised=dt.date(2026, 9, number % 28 + 1),
        status=status,
        merged_into=merged_into,
    )


def shown(proxy: ConcernProxy, column: int = NUMBER) -> list[str]:
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def test_model_shows_the_columns_in_dutch() -> None:
    model = ConcernListModel()
    model.set_rows([row(12, "Afval naast de containers", "Schoon", "Putselaan", reports=7)])
    assert model.rowCount() == 1 and model.columnCount() == 9
    values = [model.index(0, c).data() for c in range(8)]
    assert values == [
        "K12",
        "Afval naast de containers",
        "Schoon",
        "Putselaan",
        "7",
        "1",
        "13-09-2026",
        "open",
    ]
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(9)]
    assert titles[:3] == ["Nr.", "Knelpunt", "Thema"] and titles[FIRST_RAISED] == "Eerst gemeld"


def test_numbers_sort_as_numbers_both_ways() -> None:
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    model.set_rows([row(10), row(2), row(1), row(100)])
    assert shown(proxy) == ["K1", "K2", "K10", "K100"]
    proxy.sort(NUMBER, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["K100", "K10", "K2", "K1"]
    proxy.sort(REPORTS, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["K1", "K2", "K10", "K100"]  # ties keep number order


def test_sort_by_title_ignores_case() -> None:
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    model.set_rows([row(1, "zwerfvuil"), row(2, "Afval"), row(3, "bladeren")])
    proxy.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert shown(proxy, TITLE) == ["Afval", "bladeren", "zwerfvuil"]


def test_search_ignores_accents_case_and_spaces() -> None:
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    model.set_rows(
        [
            row(1, "Bedankt, geëerde buurtagent"),
            row(2, "Te hard rijden", street="Dordtselaan"),
            row(3, "Hondenpoep in het park", theme="Schoon"),
        ]
    )
    proxy.set_filter(ListFilter(query="geeerde"))
    assert shown(proxy) == ["K1"]
    proxy.set_filter(ListFilter(query="dordtse laan"))
    assert shown(proxy) == ["K2"]
    proxy.set_filter(ListFilter(query="HONDENPOEP"))
    assert shown(proxy) == ["K3"]
    proxy.set_filter(ListFilter(query="k2"))
    assert shown(proxy) == ["K2"]
    proxy.set_filter(ListFilter(query="nergens"))
    assert shown(proxy) == []
    proxy.set_filter(ListFilter())
    assert len(shown(proxy)) == 3


def test_filter_by_theme_and_status_hides_merged_by_default() -> None:
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    model.set_rows(
        [
            row(1, theme="Verkeer"),
            row(2, theme="Schoon", status=ConcernStatus.CHOSEN),
            row(3, theme="", status=ConcernStatus.OPEN),
            row(4, theme="Verkeer", status=ConcernStatus.MERGED, merged_into="K1"),
        ]
    )
    assert shown(proxy) == ["K1", "K2", "K3"]
    proxy.set_filter(ListFilter(theme="Verkeer"))
    assert shown(proxy) == ["K1"]
    proxy.set_filter(ListFilter(theme=""))
    assert shown(proxy) == ["K3"]
    proxy.set_filter(ListFilter(status="chosen"))
    assert shown(proxy) == ["K2"]
    proxy.set_filter(ListFilter(status="merged"))
    assert shown(proxy) == ["K4"]
    assert proxy.index(0, STATUS).data() == "samengevoegd → K1"


def test_filter_survives_a_sort_and_new_rows() -> None:
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    model.set_rows([row(n, "Afval" if n % 2 else "Verkeer") for n in range(1, 11)])
    proxy.set_filter(ListFilter(query="afval"))
    proxy.sort(NUMBER, Qt.SortOrder.DescendingOrder)
    assert shown(proxy) == ["K9", "K7", "K5", "K3", "K1"]
    model.set_rows([row(n, "Afval" if n % 3 else "Verkeer") for n in range(1, 7)])
    assert shown(proxy) == ["K5", "K4", "K2", "K1"]


def test_personal_column_is_empty_unless_given() -> None:
    model = ConcernListModel()
    model.set_rows([row(1), row(2)])
    assert model.index(0, SUBMITTERS).data() == ""
    model.set_personal({10: "Priya Yılmaz (06-41132723)"})
    assert model.index(0, SUBMITTERS).data() == "Priya Yılmaz (06-41132723)"
    model.set_personal(None)
    assert not model.has_personal() and model.index(0, SUBMITTERS).data() == ""
