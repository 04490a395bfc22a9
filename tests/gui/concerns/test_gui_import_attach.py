"""The import in the window attaches what clearly repeats a concern and offers the rest in one
list: A merges every ticked one, each can be unticked, Esc leaves them; each is one undo step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.conftest import SHARED_DATA

ATTACHED = "bij bestaand knelpunt"


def import_forms(window: Any, hood_file: Any, monkeypatch: Any, attach: bool = True) -> Any:
    """Knelpunten › Importeren of the 64 typed-up forms into a file with no concerns yet."""
    from buurtdesk.gui.concerns import import_dialog

    window.files.open_path(hood_file.path)
    shown: list[Any] = []

    def run(dialog: Any) -> int:
        assert dialog.attach_check.isChecked()  # on unless the chair unticks it
        dialog.attach_check.setChecked(attach)
        assert dialog.load(str(SHARED_DATA / "paper-forms.csv")) and dialog.run()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    window.controller.concerns_area.actions.import_.trigger()
    return shown[0]


def outcomes(dialog: Any) -> list[str]:
    t = dialog.report_table
    return [t.item(r, 2).text() for r in range(t.rowCount())]


def concerns(window: Any) -> dict[str, int]:
    """Reports per concern still standing (not merged into another)."""
    from buurtdesk.core.concerns import intake as core

    lib = window.controller.library
    hood = window.controller.current_meeting().neighbourhood_id
    return {r.code: r.reports for r in core.list_concerns(lib, hood)}


@pytest.mark.shared_data
def test_rows_repeating_a_concern_join_it_and_one_undo_takes_the_whole_import_back(
    window: Any, hood_file: Any, monkeypatch: Any
) -> None:
    dialog = import_forms(window, hood_file, monkeypatch)
    attached = outcomes(dialog).count(ATTACHED)
    assert attached > 0 and len(outcomes(dialog)) == 64
    t = dialog.report_table
    joined = {t.item(r, 3).text() for r in range(t.rowCount()) if t.item(r, 2).text() == ATTACHED}
    assert all(code.startswith("K") for code in joined)
    assert f"{64 - attached} ingevoerd als nieuw knelpunt, {attached} bij een bestaand" in (
        dialog.summary.text()
    )
    lib = window.controller.library
    assert lib.counts()["reports"] == 64
    after = concerns(window)
    assert len(after) == 64 - attached and max(after.values()) > 1  # a concern's count rose
    assert all(after[code] > 1 for code in joined)
    area = window.controller.concerns_area
    if area.suggestions_dialog is not None:
        area.suggestions_dialog.reject()  # left for the duplicates review
    assert window.undo_stack.count() == 1
    window.action_undo.trigger()  # one step: the attached rows go with the rest
    assert lib.counts()["reports"] == 0 and concerns(window) == {}
    window.action_redo.trigger()
    assert concerns(window) == after


@pytest.mark.shared_data
def test_without_the_tick_every_row_is_a_new_concern(
    window: Any, hood_file: Any, monkeypatch: Any
) -> None:
    dialog = import_forms(window, hood_file, monkeypatch, attach=False)
    assert set(outcomes(dialog)) == {"ingevoerd"} and len(concerns(window)) == 64


@pytest.mark.shared_data
def test_the_suggestions_come_in_one_list_and_a_merges_them_as_one_step(
    window: Any, hood_file: Any, monkeypatch: Any, qtbot: Any
) -> None:
    import_forms(window, hood_file, monkeypatch)
    area = window.controller.concerns_area
    suggestions = area.suggestions_dialog
    assert suggestions is not None and suggestions.isVisible()
    table = suggestions.table
    rows = table.rowCount()
    assert rows > 1 and len(suggestions.chosen()) == rows  # every one ticked
    first = table.item(0, 0).text()
    assert first.startswith("K") and "\n" in first  # the title, then street and theme
    assert table.item(0, 1).text().startswith("K") and int(table.item(0, 2).text()) >= 30
    before = concerns(window)
    qtbot.keyClick(table, Qt.Key.Key_A)
    assert not suggestions.isVisible()
    merged = concerns(window)
    assert len(merged) == len(before) - rows
    assert sum(merged.values()) == sum(before.values()) == 64  # no report lost
    assert window.undo_stack.count() == 2
    window.action_undo.trigger()  # the merges, all at once
    assert concerns(window) == before
    window.action_undo.trigger()  # then the import
    assert concerns(window) == {}


@pytest.mark.shared_data
def test_an_unticked_suggestion_stays_apart_and_esc_leaves_them_all(
    window: Any, hood_file: Any, monkeypatch: Any, qtbot: Any
) -> None:
    import_forms(window, hood_file, monkeypatch)
    suggestions = window.controller.concerns_area.suggestions_dialog
    table = suggestions.table
    kept = suggestions.suggestions[0].code
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_Space)
    assert len(suggestions.chosen()) == table.rowCount() - 1
    before = concerns(window)
    suggestions.merge_button.click()  # "Alles samenvoegen": every one still ticked
    after = concerns(window)
    assert kept in after and len(after) == len(before) - (table.rowCount() - 1)

    window.action_undo.trigger()
    window.action_undo.trigger()
    import_forms(window, hood_file, monkeypatch)
    again = window.controller.concerns_area.suggestions_dialog
    standing = concerns(window)
    qtbot.keyClick(again.table, Qt.Key.Key_Escape)
    assert not again.isVisible() and concerns(window) == standing
    assert window.undo_stack.undoText() == "import van 64 formulieren"


def test_suggestions_that_no_longer_stand_merge_none_of_them(
    window: Any, demo_file: Any, monkeypatch: Any
) -> None:
    """K4 merged elsewhere meanwhile: K2 into K1 is taken back too, and nothing is pushed."""
    from buurtdesk.core.concerns import intake as core
    from buurtdesk.core.concerns.import_report import MergeSuggestion
    from buurtdesk.gui.concerns.import_suggestions import merge_suggestions

    window.files.open_path(demo_file)
    area = window.controller.concerns_area
    ids = {r.code: r.id for r in area._all}
    core.merge_concerns(window.controller.library, ids["K5"], [ids["K4"]])
    before, depth = concerns(window), window.undo_stack.count()
    chosen = [
        MergeSuggestion(3, ids["K2"], "K2", ids["K1"], "K1", 45),
        MergeSuggestion(4, ids["K6"], "K6", ids["K4"], "K4", 35),
    ]
    merge_suggestions(area, chosen)
    assert concerns(window) == before and window.undo_stack.count() == depth
    assert "Niet samengevoegd" in window.statusBar().currentMessage()


def test_the_attached_rows_and_the_suggestions_speak_english(
    qtbot: Any, english: None, demo_file: Any, monkeypatch: Any, tmp_path: Any
) -> None:
    from buurtdesk.core.concerns.import_report import MergeSuggestion
    from buurtdesk.gui.concerns import import_dialog
    from buurtdesk.gui.main_window import MainWindow
    from tests.gui.visible_text import Untranslated, file_data, visible_texts

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.start(demo_file)
    area = win.controller.concerns_area
    first = area._all[0]
    path = tmp_path / "forms.csv"
    path.write_text(f"description,street\n{first.title},{first.street}\n", encoding="utf-8")
    texts: list[Any] = []

    def run(dialog: Any) -> int:
        assert dialog.load(str(path)) and dialog.run()
        dialog.show()
        texts.extend(visible_texts(dialog))
        assert dialog.report_table.item(0, 2).text() == "added to an existing concern"
        return 0

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    area.import_file()
    ids = {r.code: r.id for r in area._all}
    area.offer_suggestions([MergeSuggestion(3, ids["K2"], "K2", ids["K1"], "K1", 45)])
    texts += visible_texts(area.suggestions_dialog)
    joined = "\n".join(t for _w, t in texts)
    assert "1 added to an existing concern" in joined and "Merge &all (A)" in joined
    problems = Untranslated(file_data(demo_file)).check(texts)
    assert problems == [], "\n".join(problems)
    area.suggestions_dialog.reject()
    win.close()
