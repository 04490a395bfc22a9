"""Counting in a meeting still planned: the window offers, once, to start it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtdesk.gui.pages import VOTING
from tests.gui.planted_meeting import Planted, build


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build(tmp_path / "start.buurtdesk", n=6)


def status(window: Any) -> str:
    return str(window.controller.current_meeting().status)


def test_the_first_count_offers_to_start_the_meeting(
    window: Any, planted: Planted, boxes: Any
) -> None:
    assert window.files.open_path(planted.path)
    assert status(window) == "planned"
    window.show_area(VOTING)
    assert window.voting_stack.currentIndex() == 0  # "Er is nog niet gestemd"
    window.start_counting_button.click()
    area = window.controller.voting_area
    assert area.commit_tally(planted.ids[1], 4)
    assert window.voting_stack.currentIndex() == 1  # the grid stays up once started
    assert [kind for kind, title, _text in boxes.calls] == ["question"]
    assert "gepland" in boxes.calls[0][2]
    assert status(window) == "in_progress"
    assert window.meeting_status.text() == "bezig"
    assert window.undo_stack.text(window.undo_stack.count() - 2) == "Bijeenkomst starten"
    assert window.controller.voting_area.counts == {planted.ids[1]: 4}  # the count stands
    assert area.commit_tally(planted.ids[2], 3)
    assert len(boxes.calls) == 1  # asked once


def test_no_keeps_it_planned_and_is_not_asked_again(
    window: Any, planted: Planted, boxes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def no(*args: Any, **_kwargs: Any) -> Any:
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    assert window.files.open_path(planted.path)
    window.show_area(VOTING)
    area = window.controller.voting_area
    for number in (1, 2):
        area.commit_tally(planted.ids[number], 2)
    assert len(asked) == 1 and status(window) == "planned"


def test_fixing_the_priorities_of_a_planned_meeting_offers_it_too(
    window: Any, planted: Planted, boxes: Any
) -> None:
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.voting import counting as voting

    lib = Library(planted.path)
    try:  # counted elsewhere (the command line), the meeting left planned
        for number, count in ((1, 5), (2, 4), (3, 3), (4, 1)):
            voting.set_tally(lib, planted.meeting, f"K{number}", count)
    finally:
        lib.close()
    assert window.files.open_path(planted.path)
    window.show_area(VOTING)
    assert window.controller.voting_area.choose_priorities()
    assert [kind for kind, _title, _text in boxes.calls] == ["question"]
    assert status(window) == "in_progress"
