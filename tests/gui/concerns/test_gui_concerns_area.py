"""The Knelpunten area in the window: privacy switch, detail, merge, un-merge, delete, undo."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from buurtdesk.gui.concerns.model import SUBMITTERS


def add_forms(path: Path, meeting_id: int, forms: list[tuple[str, str, str]]) -> None:
    """Reports straight through the core: (description, name, phone)."""
    from buurtdesk.core.concerns.intake import FormInput, save_form
    from buurtdesk.core.store.library import Library

    lib = Library(path)
    try:
        for description, name, phone in forms:
            save_form(lib, FormInput(meeting_id, description, name=name, phone=phone))
    finally:
        lib.close()


FORMS = [
    ("Te hard rijden op de Dordtselaan", "Emre Mulder", "06-97366946"),
    ("Hardrijders op de Dordtselaan", "Bram Öztürk", ""),
    ("Afval naast de containers", "Priya Yılmaz", "06-41132723"),
    ("Hondenpoep in het park", "", ""),
]


@pytest.fixture
def area(window: Any, hood_file: Any) -> Any:
    add_forms(hood_file.path, hood_file.meeting_ids[-1], FORMS)
    window.files.open_path(hood_file.path)
    return window.controller.concerns_area


def codes(area: Any) -> list[str]:
    proxy = area.proxy
    return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]


def reports_of(area: Any, code: str) -> int:
    return next(r.reports for r in area.model.rows() if r.code == code)


def table_text(area: Any) -> str:
    model = area.table.model()
    return " ".join(
        str(model.index(r, c).data())
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if not area.table.isColumnHidden(c)
    )


def test_list_shows_the_neighbourhoods_concerns(area: Any, window: Any) -> None:
    assert codes(area) == ["K1", "K2", "K3", "K4"]
    assert window.concerns_table.isVisibleTo(window)
    assert area.toolbar.count_label.text() == "4 knelpunten"
    area.toolbar.search_edit.setText("dordtse laan")
    assert codes(area) == ["K1", "K2"]
    assert area.toolbar.count_label.text() == "2 van 4 knelpunten"


def test_personal_data_hidden_by_default_and_shown_on_request(area: Any) -> None:
    assert area.toolbar.privacy_check.isChecked()
    assert area.table.isColumnHidden(SUBMITTERS)
    assert "Mulder" not in table_text(area) and "06-" not in table_text(area)
    area.toolbar.privacy_check.setChecked(False)
    assert not area.table.isColumnHidden(SUBMITTERS)
    text = table_text(area)
    assert "Emre Mulder (06-97366946)" in text and "Priya Yılmaz" in text
    area.actions.hide_personal.trigger()  # Ctrl+Shift+P
    assert area.toolbar.privacy_check.isChecked()
    assert "Mulder" not in table_text(area) and not area.model.has_personal()


def test_switching_meetings_hides_personal_data_again(area: Any, window: Any) -> None:
    area.toolbar.privacy_check.setChecked(False)
    window.meeting_combo.setCurrentIndex(1)
    assert area.toolbar.privacy_check.isChecked()


def test_detail_shows_reports_and_hides_personal_fields(
    area: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.concerns import dialog as concern_dialog

    seen: list[Any] = []
    monkeypatch.setattr(concern_dialog.ConcernDialog, "exec", lambda d: seen.append(d) or 0)
    area.select_ids([area.model.row(0).id])
    area.open_current()
    dialog = seen[-1]
    cells = [
        dialog.table.item(r, c).text()
        for r in range(dialog.table.rowCount())
        for c in range(dialog.table.columnCount())
    ]
    assert "Te hard rijden op de Dordtselaan" in cells
    assert not any("Mulder" in c or "06-" in c for c in cells)
    assert "verborgen" in dialog.privacy_label.text()
    area.toolbar.privacy_check.setChecked(False)
    area.open_current()
    dialog = seen[-1]
    cells = [dialog.table.item(0, c).text() for c in range(dialog.table.columnCount())]
    assert "Emre Mulder" in cells and "06-97366946" in cells


def test_title_edit_warns_about_personal_data_and_undoes(
    area: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.concerns import dialog as concern_dialog

    def edit(dialog: Any) -> int:
        dialog.title_edit.setText("Afval, bel Priya Yılmaz 06-41132723")
        text = dialog.check_title()
        assert "telefoonnummer" in text and "melder" in text
        dialog.title_edit.setText("")
        assert "titel nodig" in dialog.check_title()
        dialog.title_edit.setText("Afval naast de containers op de Putselaan")
        assert dialog.check_title() == ""
        dialog.setResult(QDialog.DialogCode.Accepted)
        return 1

    monkeypatch.setattr(concern_dialog.ConcernDialog, "exec", edit)
    k3 = next(r for r in area.model.rows() if r.code == "K3")
    area.select_ids([k3.id])
    area.open_current()
    title = next(r.title for r in area.model.rows() if r.code == "K3")
    assert title == "Afval naast de containers op de Putselaan"
    window.undo_stack.undo()
    assert next(r.title for r in area.model.rows() if r.code == "K3") == k3.title
    window.undo_stack.redo()
    assert next(r.title for r in area.model.rows() if r.code == "K3") == title


def test_merge_unmerge_with_undo_and_redo(area: Any, window: Any, boxes: Any) -> None:
    ids = {r.code: r.id for r in area.model.rows()}
    area.select_ids([ids["K2"], ids["K1"]])
    area.actions.merge.trigger()
    assert boxes.kinds() == ["question"]
    assert codes(area) == ["K1", "K3", "K4"]
    assert reports_of(area, "K1") == 2
    assert window.meeting_summary.text().startswith("3 knelpunten")
    stack = window.undo_stack
    stack.undo()
    assert codes(area) == ["K1", "K2", "K3", "K4"] and reports_of(area, "K1") == 1
    stack.redo()
    assert codes(area) == ["K1", "K3", "K4"] and reports_of(area, "K1") == 2

    area.select_ids([ids["K1"]])  # Splitsen on the target splits what was merged into it
    area.actions.unmerge.trigger()
    assert codes(area) == ["K1", "K2", "K3", "K4"]
    assert reports_of(area, "K1") == 1 and reports_of(area, "K2") == 1
    stack.undo()
    assert codes(area) == ["K1", "K3", "K4"]
    stack.redo()
    assert codes(area) == ["K1", "K2", "K3", "K4"]


def test_merge_keeps_the_concern_most_residents_raised(area: Any, boxes: Any) -> None:
    ids = {r.code: r.id for r in area.model.rows()}
    area.select_ids([ids["K2"], ids["K3"]])
    area.actions.merge.trigger()  # one report each: the older number stays
    assert codes(area) == ["K1", "K2", "K4"] and reports_of(area, "K2") == 2
    area.select_ids([ids["K1"], ids["K2"]])
    area.actions.merge.trigger()
    assert codes(area) == ["K2", "K4"]  # K2 has two reports, K1 one: K2 stays
    assert reports_of(area, "K2") == 3
    assert "De meldingen komen onder K2" in boxes.calls[-1][2]


def test_merge_needs_two_concerns(area: Any, window: Any) -> None:
    area.select_ids([area.model.row(0).id])
    area.actions.merge.trigger()
    assert "twee of meer" in window.statusBar().currentMessage()
    assert window.undo_stack.count() == 0


def test_merged_concerns_show_under_their_status(area: Any) -> None:
    ids = {r.code: r.id for r in area.model.rows()}
    area.select_ids([ids["K1"], ids["K2"]])
    area.actions.merge.trigger()
    area.toolbar.status_combo.setCurrentIndex(area.toolbar.status_combo.findData("merged"))
    assert codes(area) == ["K2"]
    area.select_ids([ids["K2"]])
    area.actions.unmerge.trigger()
    assert codes(area) == []  # K2 is open again
    area.toolbar.status_combo.setCurrentIndex(0)
    assert codes(area) == ["K1", "K2", "K3", "K4"]


def test_delete_and_undo_brings_back_the_same_concern(area: Any, window: Any) -> None:
    from buurtdesk.core.concerns.intake import concern_reports

    lib = window.controller.library
    k3 = next(r for r in area.model.rows() if r.code == "K3")
    before = concern_reports(lib, k3.id, include_personal=True)
    area.select_ids([k3.id])
    area.actions.delete.trigger()
    assert codes(area) == ["K1", "K2", "K4"]
    assert lib.counts()["submitters"] == 2
    window.undo_stack.undo()
    assert codes(area) == ["K1", "K2", "K3", "K4"]
    assert concern_reports(lib, k3.id, include_personal=True) == before


def test_scope_switch_shows_the_whole_neighbourhood(window: Any, hood_file: Any) -> None:
    add_forms(hood_file.path, hood_file.meeting_ids[0], FORMS[:1])
    add_forms(hood_file.path, hood_file.meeting_ids[-1], FORMS[1:2])
    window.files.open_path(hood_file.path)
    area = window.controller.concerns_area
    assert codes(area) == ["K2"]  # only this meeting's
    area.toolbar.scope_check.setChecked(False)
    assert codes(area) == ["K1", "K2"]


def test_menu_has_the_concern_actions_with_keys(area: Any, window: Any) -> None:
    keys = {a.text(): a.shortcut().toString() for a in area.actions.all()}
    assert keys["&Formulieren invoeren…"] == "Ctrl+E"
    assert keys["&Samenvoegen…"] == "Ctrl+M"
    assert keys["S&plitsen"] == "Ctrl+Shift+M"
    assert keys["&Importeren…"] == "Ctrl+I"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus.index("&Knelpunten") < menus.index("Bee&ld")


def test_a_search_keeps_the_selection_and_an_empty_result_is_not_the_empty_state(
    area: Any, window: Any
) -> None:
    ids = {r.code: r.id for r in area.model.rows()}
    area.select_ids([ids["K1"], ids["K3"]])
    area.toolbar.search_edit.setText("afval")  # K3 stays, K1 (Dordtselaan) goes
    assert codes(area) == ["K3"]
    assert area.selected_ids() == [ids["K3"]]
    area.toolbar.search_edit.setText("")
    assert area.selected_ids() == [ids["K3"]]
    area.toolbar.search_edit.setText("nergens te vinden")
    assert codes(area) == []
    assert window.concerns_stack.currentIndex() == 1  # the list, saying 0 of 3, not "no concerns"
    assert area.toolbar.count_label.text().startswith("0 van ")
    assert area.no_match.isVisibleTo(area.table) and "Geen knelpunten" in area.no_match.text()
    area.toolbar.search_edit.setText("")
    assert not area.no_match.isVisibleTo(area.table)


def test_the_list_keeps_its_place_after_an_edit_and_a_search(
    window: Any, hood_file: Any, qtbot: Any
) -> None:
    streets = ["Dordtselaan", "Boekweitstraat", "Gerstplein", "Haverstraat"]
    forms = [(f"Losse stoeptegel nummer {n} in de {streets[n % 4]}", "", "") for n in range(60)]
    add_forms(hood_file.path, hood_file.meeting_ids[-1], forms)
    window.files.open_path(hood_file.path)
    area = window.controller.concerns_area
    table, bar = area.table, area.table.verticalScrollBar()
    last = area.model.rows()[-1]
    area.select_ids([last.id])
    table.scrollTo(table.currentIndex())
    top = bar.value()
    assert top > 0, "the list needs more rows than fit, or this test proves nothing"

    def in_view() -> bool:
        return table.viewport().rect().intersects(table.visualRect(table.currentIndex()))

    area.reload()  # what every edit, undo and redo does
    qtbot.wait(20)  # the view lays the new rows out
    assert area.selected_ids() == [last.id]
    assert bar.value() == top and in_view()
    area.toolbar.search_edit.setText(streets[59 % 4])  # 15 rows, the selected one among them
    qtbot.wait(20)
    assert area.selected_ids() == [last.id] and in_view()
    bar.setValue(0)
    area.toolbar.search_edit.setText("")  # all 60 again: the selected row stays in view
    qtbot.wait(20)
    assert area.selected_ids() == [last.id] and in_view()


def test_columns_fit_their_themes_and_streets_and_the_names_share_the_room(
    window: Any, demo_file: Path, qtbot: Any
) -> None:
    from buurtdesk.gui.concerns.model import STATUS, STREET, THEME, TITLE

    window.resize(1920, 1080)
    assert window.files.open_path(demo_file)
    area = window.controller.concerns_area
    table, metrics = area.table, area.table.fontMetrics()
    rows = area.model.rows()
    for column, values in ((THEME, {r.theme for r in rows}), (STREET, {r.street for r in rows})):
        widest = max(metrics.horizontalAdvance(v) for v in values)
        assert widest < table.columnWidth(column), (column, widest)
    area.toolbar.privacy_check.setChecked(False)  # the names column appears
    qtbot.wait(20)
    assert not table.horizontalScrollBar().isVisible()
    assert table.columnWidth(STATUS) < 200  # the spare room goes to the title and the names
    assert table.columnWidth(SUBMITTERS) > 250 and table.columnWidth(TITLE) > 250


def test_a_narrow_window_keeps_the_title_readable(window: Any, demo_file: Path, qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from buurtdesk.gui.concerns.model import MEETINGS, STREET, TITLE

    window.resize(1160, 650)  # a 1366x768 laptop, not maximised
    assert window.files.open_path(demo_file)
    area = window.controller.concerns_area
    table, header = area.table, area.table.horizontalHeader()
    qtbot.wait(20)
    assert table.columnWidth(TITLE) >= 200
    assert not table.horizontalScrollBar().isVisible()
    shown = table.model().headerData(MEETINGS, Qt.Orientation.Horizontal)
    whole = table.model().headerData(
        MEETINGS, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole
    )
    assert whole == "Bijeenkomsten" and shown.endswith("…") and whole.startswith(shown[:-1])
    narrow_street = table.columnWidth(STREET)
    window.resize(1920, 1080)
    qtbot.wait(20)
    assert table.columnWidth(STREET) > narrow_street
    assert table.model().headerData(MEETINGS, Qt.Orientation.Horizontal) == "Bijeenkomsten"
    assert header.sectionSize(TITLE) > 400


def test_search_finds_a_concern_by_a_residents_own_words(area: Any, boxes: Any) -> None:
    ids = {r.code: r.id for r in area.model.rows()}
    area.select_ids([ids["K1"], ids["K2"]])
    area.actions.merge.trigger()  # "Hardrijders op de Dordtselaan" is now a report of K1
    area.toolbar.search_edit.setText("hardrijders")
    assert codes(area) == ["K1"]
    assert area.toolbar.count_label.text() == "1 van 3 knelpunten"
