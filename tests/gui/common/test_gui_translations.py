"""English: the main window, every area, every dialog and every slide, with no Dutch left.

The English catalogue is installed on the test application before anything is built; then the
live widgets are walked (``visible_text``) and every text must be English, apart from the
demo file's own data (titles, streets, names) and Qt's English texts.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialog, QTreeWidget

from buurtdesk.gui.common import language
from buurtdesk.gui.pages import ACTIONS, CONCERNS, DOCUMENTS, VOTING
from tests.gui.visible_text import Untranslated, file_data, visible_texts


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, list[tuple[str, str]]]]:
    """Every dialog the code under test runs with ``exec()``: its texts, then "cancelled"."""
    seen: list[tuple[str, list[tuple[str, str]]]] = []

    def record(dialog: QDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        seen.append((type(dialog).__name__, visible_texts(dialog)))
        dialog.hide()
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", record)
    return seen


def test_the_chosen_language_follows_environment_setting_and_system(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert language.system_language(["de-DE", "en-GB", "nl-NL"]) == "en"
    assert language.system_language(["nl-BE", "en-US"]) == "nl"
    assert language.system_language(["tr-TR", "ar"]) == "nl"  # neither: Dutch first
    monkeypatch.setenv(language.ENV, "EN")
    assert language.chosen_language() == "en"
    monkeypatch.delenv(language.ENV)
    language.store_language("en")
    try:
        assert language.chosen_language() == "en"
        language.store_language("nl")
        assert language.chosen_language() == "nl"
    finally:
        from PySide6.QtCore import QSettings

        QSettings().remove(language.SETTING)
    with pytest.raises(ValueError):
        language.store_language("de")


def test_english_is_installed_with_english_numbers(qapp: QApplication, english: None) -> None:
    from buurtdesk.gui.common.texts import format_date, summary_line, translate

    assert language.current_language() == "en"
    assert translate("MainWindow", "&Bestand") == "&File"
    assert QLocale().decimalPoint() == "."
    import datetime as dt

    assert format_date(dt.date(2026, 3, 5)) == "05-03-2026"  # dd-mm-yyyy in both languages

    class Summary:
        concerns, reports, votes, priorities, open_actions, agreed = 1, 2, 0, 3, 1, 2

    assert summary_line(Summary()) == (
        "1 concern · 2 reports · 0 points · 3 priorities · 2 actions agreed"
        " · 1 open action from before"
    )


def test_dutch_keeps_its_decimal_comma(qapp: QApplication) -> None:
    locale = QLocale()
    translators = language.install(qapp, "nl")
    try:
        assert QLocale().decimalPoint() == ","
        from buurtdesk.gui.common.texts import translate

        assert translate("MainWindow", "&Bestand") == "&Bestand"
    finally:
        language.uninstall(qapp, translators)
        QLocale.setDefault(locale)


def test_the_checker_finds_dutch(demo_file: Path) -> None:
    """The detector itself: Dutch interface text is caught, data and English are not."""
    check = Untranslated(file_data(demo_file))
    assert check.why("&Bestand") and check.why("Nieuwe bijeenkomst…")
    assert check.why("Knelpunt K12")  # a filled-in template
    assert check.why("Er is iets helemaal niet vertaald")  # Dutch that is in no catalogue
    assert check.why("Hondenpoep in het Gerstparkje") is None  # the demo's own data
    assert check.why("Concern K12 · 3 reports") is None
    # a path's random letters are data, even when they spell a Dutch word
    assert check.why("Folder: /tmp/buurtdesk-tests-6vjx4hoe/backups") is None
    assert check.why(r"Folder: C:\Users\hoe\BuurtDesk") is None
    assert check.why("Folder: /tmp/x · hoe") is not None


@pytest.fixture
def english_window(qtbot: Any, english: None, demo_file: Path) -> Any:
    """The main window, built under the English catalogue, on the demo file."""
    from buurtdesk.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1300, 800)
    win.show()
    win.start(demo_file)
    return win


def test_main_window_areas_and_menus_are_english(
    english_window: Any, demo_file: Path, dialogs: list[Any]
) -> None:
    win = english_window
    check = Untranslated(file_data(demo_file))
    texts = []
    for area in (CONCERNS, VOTING, ACTIONS, DOCUMENTS):
        win.show_area(area)
        texts += visible_texts(win)
    win.meeting_combo.setCurrentIndex(win.meeting_combo.count() - 1)  # a meeting with a top 3
    for area in (VOTING, ACTIONS):
        win.show_area(area)
        texts += visible_texts(win)
    joined = "\n".join(t for _w, t in texts)
    assert "Concerns" in joined and "Meeting" in joined
    assert "Concerns that have not been chosen" in joined
    assert "Language of the documents:" in joined
    assert win.controller.documents_area.lang_combo.currentData() == "en"
    assert check.check(texts) == []
    win.close()


def _open_every_dialog(win: Any, qtbot: Any) -> None:
    """Run each dialog the window can show (``exec`` is recorded, then cancelled)."""
    from buurtdesk.core.voting.ranking import RankedRow
    from buurtdesk.gui.common.first_run import FirstRunDialog
    from buurtdesk.gui.voting.tie_dialog import TieDialog

    c = win.controller
    c.new_meeting()
    c.new_neighbourhood()
    FirstRunDialog(win).exec()
    win.show_area(CONCERNS)
    area = c.concerns_area
    area.new_forms()
    area.table.setCurrentIndex(area.table.model().index(0, 0))
    area.open_current()
    area.import_file()
    win.meeting_combo.setCurrentIndex(win.meeting_combo.count() - 1)  # has priorities
    win.show_area(ACTIONS)
    actions = c.actions_area
    tree: QTreeWidget = actions.priorities_tree
    tree.setCurrentItem(tree.topLevelItem(0))
    actions.add_action_dialog()
    tree.setCurrentItem(tree.topLevelItem(0).child(0))
    actions.edit_action_dialog()
    actions.history_dialog(actions.selected_action())
    win.meeting_combo.setCurrentIndex(0)  # the coming meeting reviews earlier actions
    review: QTreeWidget = actions.review_tree
    review.setCurrentItem(review.topLevelItem(0))
    actions.update_dialog()
    rows = [RankedRow(i, f"K{i}", "t", 4, 2, True, "tie") for i in (1, 2, 3)]
    TieDialog(win, rows, 1, "revote").exec()
    TieDialog(win, rows, 1, "agreed").exec()
    safety = getattr(win, "safety", None)
    if safety is not None:
        safety.show_backups()
        safety.show_privacy()


def test_every_dialog_is_english(
    qtbot: Any, english_window: Any, demo_file: Path, dialogs: list[Any]
) -> None:
    win = english_window
    _open_every_dialog(win, qtbot)
    names = [name for name, _texts in dialogs]
    for expected in (
        "NewMeetingDialog",
        "NewNeighbourhoodDialog",
        "FirstRunDialog",
        "EntryForm",
        "ConcernDialog",
        "ImportDialog",
        "ActionDialog",
        "HistoryDialog",
        "ActionUpdateDialog",
        "TieDialog",
        "BackupDialog",
        "PrivacyDialog",
    ):
        assert expected in names, f"{expected} was not opened ({names})"
    check = Untranslated(file_data(demo_file))
    problems = [f"{name}: {p}" for name, texts in dialogs for p in check.check(texts)]
    assert problems == [], "\n".join(problems)
    assert any("Add action" in t for name, texts in dialogs for _w, t in texts)
    win.close()


def test_every_slide_is_english(qtbot: Any, english: None, demo_file: Path) -> None:
    from buurtdesk.core.documents.slide_data import load_deck
    from buurtdesk.core.store.library import Library
    from buurtdesk.gui.projector.window import ProjectorWindow

    check = Untranslated(file_data(demo_file))
    lib = Library(demo_file)
    try:
        meetings = sorted(lib.meetings(lib.neighbourhoods()[0].id), key=lambda m: m.date)
        decks = [load_deck(lib, meetings[0].id), load_deck(lib, meetings[-1].id)]
    finally:
        lib.close()
    painted: list[tuple[str, str]] = []
    for deck in decks:  # the oldest has a ranking and a top 3; the newest reviews actions
        win = ProjectorWindow()
        qtbot.addWidget(win)
        win.resize(1280, 720)
        win.set_deck(deck)
        win.show()
        for index, slide in enumerate(win.slides):
            for page in range(slide.page_count()):
                win.go(index, page)
                win.current_slide().grab()  # paints, recording every string
                shown = [p.text for p in win.current_slide().painted]
                assert shown, f"slide {index} page {page} painted nothing"
                painted += [(f"slide {index} page {page}", text) for text in shown]
        painted += visible_texts(win)
        win.close()
    joined = "\n".join(t for _w, t in painted)
    assert "Concerns raised" in joined and "Chosen priorities" in joined
    assert "Thank you for coming!" in joined
    problems = check.check(painted)
    assert problems == [], "\n".join(problems)


def test_the_language_menu_stores_the_choice_for_the_next_start(window: Any, boxes: Any) -> None:
    from PySide6.QtCore import QSettings

    menu = window.language_menu
    assert clean_title(menu.title()) == "Taal"
    entries = {a.data(): a for a in menu.actions()}
    assert set(entries) == {"nl", "en"} and entries["nl"].isChecked()
    try:
        entries["en"].trigger()
        assert QSettings().value(language.SETTING) == "en"
        assert boxes.kinds() == ["information"] and "opnieuw start" in boxes.calls[0][2]
    finally:
        QSettings().remove(language.SETTING)


def clean_title(text: str) -> str:
    return text.replace("&", "")
