"""The first file in two steps: the meeting list from a plain read at once, the file opened
when the database layer has loaded, keeping what was picked in the meantime."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from buurtdesk.gui import quick_start
from buurtdesk.gui.pages import MEETING_PAGE, NO_FILE_PAGE, NO_MEETING_PAGE


@pytest.fixture
def held_import(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The database layer 'loads' only when the test sets the event."""
    release = threading.Event()
    original = quick_start.QuickStart._import

    def slow_import(self: Any) -> None:
        release.wait(30)
        original(self)

    monkeypatch.setattr(quick_start.QuickStart, "_import", slow_import)
    return release


def test_meetings_listed_before_the_file_opens_and_the_pick_is_kept(
    window: Any, qtbot: Any, hood_file: Any, held_import: threading.Event
) -> None:
    with qtbot.waitSignal(window.listed, timeout=5000):
        window.start_when_painted(hood_file.path)
    combo = window.meeting_combo
    assert combo.count() == 3
    assert combo.currentData() == hood_file.meeting_ids[-1]  # newest first, as when opened
    assert combo.isEnabled()
    assert window.content_stack.currentIndex() == NO_MEETING_PAGE
    assert window.no_meeting_label.text() == "Het bestand wordt geopend…"
    assert window.controller.library is None
    assert window.file_label.text() == f"Bestand: {hood_file.path}"
    combo.setCurrentIndex(combo.findData(hood_file.meeting_ids[0]))  # picked while loading
    assert window.content_stack.currentIndex() == NO_MEETING_PAGE  # no half-shown meeting

    with qtbot.waitSignal(window.started, timeout=30000):
        held_import.set()
    assert window.controller.library is not None
    assert window.controller.current_meeting().id == hood_file.meeting_ids[0]
    assert window.content_stack.currentIndex() == MEETING_PAGE
    assert "Oud-Charlois" in window.windowTitle()


def test_without_a_preview_the_file_opens_the_usual_way(
    window: Any, qtbot: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quick_start, "peek", lambda _path: None)
    listed: list[bool] = []
    window.listed.connect(lambda: listed.append(True))
    with qtbot.waitSignal(window.started, timeout=30000):
        window.start_when_painted(hood_file.path)
    assert listed == []
    assert window.controller.library is not None
    assert window.meeting_combo.count() == 3


def test_a_preview_whose_file_does_not_open_leaves_nothing_behind(
    window: Any, qtbot: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.file_controller import FileController

    monkeypatch.setattr(FileController, "_library", lambda *_args, **_kwargs: None)
    monkeypatch.setattr(FileController, "show_first_run", lambda _self: None)
    with qtbot.waitSignal(window.started, timeout=30000):
        window.start_when_painted(hood_file.path)
    assert window.neighbourhood_combo.count() == 0
    assert window.meeting_combo.count() == 0
    assert window.content_stack.currentIndex() == NO_FILE_PAGE
    assert window.windowTitle() == "BuurtDesk"


def test_a_file_opened_from_the_menu_while_loading_stays_open(
    window: Any, qtbot: Any, hood_file: Any, demo_file: Any, held_import: threading.Event
) -> None:
    with qtbot.waitSignal(window.listed, timeout=5000):
        window.start_when_painted(hood_file.path)
    window.files.open_path(demo_file)  # Bestand > Openen… before the first file had opened
    with qtbot.waitSignal(window.started, timeout=30000):
        held_import.set()
    assert window.controller.path == demo_file
    assert "Boekweitbuurt-Zuid" in window.windowTitle()


def test_the_first_paint_already_says_the_file_is_being_opened(
    qtbot: Any, hood_file: Any, held_import: threading.Event
) -> None:
    from buurtdesk.gui.main_window import MainWindow

    window = MainWindow(lazy=True)  # as the application starts it: before show()
    qtbot.addWidget(window)
    window.start_when_painted(hood_file.path)
    assert window.content_stack.currentIndex() == NO_MEETING_PAGE
    assert window.no_meeting_label.text() == "Het bestand wordt geopend…"
    assert not window.plan_meeting_button.isVisibleTo(window)
    assert window.file_label.text() == f"Bestand: {hood_file.path}"
    with qtbot.waitSignal(window.listed, timeout=5000):
        window.show()
    assert window.no_meeting_label.text() == "Het bestand wordt geopend…"  # still, meanwhile
    with qtbot.waitSignal(window.started, timeout=30000):
        held_import.set()
    assert window.content_stack.currentIndex() == MEETING_PAGE
    window.close()
