"""The Acties and Documenten areas inside the main window: wiring, header and undo stack."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from buurtdesk.gui.actions.dialogs import UpdateInput
from buurtdesk.gui.pages import ACTIONS, DOCUMENTS, VOTING


def test_review_update_in_the_window_updates_header_and_undo(window: Any, demo_file: Path) -> None:
    assert window.files.open_path(demo_file)
    window.show_area(ACTIONS)
    area = window.controller.actions_area
    assert area.isVisibleTo(window)
    open_before = window.meeting_summary.text().split(" · ")[-1]
    assert open_before.endswith("open acties van eerder")
    count = int(open_before.split()[0])
    assert area.review_tree.topLevelItemCount() == count > 0
    first = area.review_tree.topLevelItem(0)
    action_id = first.data(0, Qt.ItemDataRole.UserRole)[1]
    meeting = window.controller.current_meeting()
    area.add_update(action_id, UpdateInput(meeting.date, "done", "Afgerond", 3))
    assert window.meeting_summary.text().endswith(f"{count - 1} open acties van eerder")
    assert area.review_tree.topLevelItemCount() == count  # still on this meeting's review
    assert window.undo_stack.count() == 1 and window.action_undo.isEnabled()
    window.undo_stack.undo()
    assert window.meeting_summary.text().endswith(f"{count} open acties van eerder")


def test_switching_meetings_refills_the_areas(window: Any, demo_file: Path) -> None:
    window.files.open_path(demo_file)
    window.show_area(ACTIONS)  # an area is filled when it is shown
    area = window.controller.actions_area
    assert area.priorities_empty.isVisibleTo(area)  # the coming meeting has no top 3 yet
    window.meeting_combo.setCurrentIndex(window.meeting_combo.count() - 1)  # the oldest
    assert area.priorities_tree.topLevelItemCount() == 3
    assert area.review_tree.topLevelItemCount() == 0
    window.show_area(DOCUMENTS)
    docs = window.controller.documents_area
    meeting = window.controller.current_meeting()
    assert docs.meeting.id == meeting.id
    assert docs.default_name("verslag") == f"verslag-{meeting.date.isoformat()}.pdf"


def test_empty_pages_keep_their_text_together(window: Any, demo_file: Path, qtbot: Any) -> None:
    """With nothing to show yet, the hint stays under the tabs and the start button stays
    under its message: the empty-state text takes the spare height, not the hint."""
    from PySide6.QtWidgets import QLabel

    window.resize(1366, 768)
    assert window.files.open_path(demo_file)  # the coming meeting: no votes, no top 3
    window.show_area(ACTIONS)
    area = window.controller.actions_area
    qtbot.wait(20)
    hint = area.findChild(QLabel, "agreedHint")
    assert area.priorities_empty.isVisibleTo(area)
    assert hint.height() <= 3 * hint.fontMetrics().height()
    window.show_area(VOTING)
    qtbot.wait(20)
    message, button = window.voting_empty, window.start_counting_button
    assert message.isVisibleTo(window) and button.isVisibleTo(window)
    gap = (
        button.mapTo(window, button.rect().topLeft()).y()
        - message.mapTo(window, message.rect().bottomLeft()).y()
    )
    lines = message.fontMetrics().height()
    assert message.height() <= 6 * lines and 0 <= gap <= 2 * lines
