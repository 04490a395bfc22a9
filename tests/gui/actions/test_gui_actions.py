"""The Acties area: actions per priority, reviews with dated updates, hours, backlog, undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from buurtdesk.core.actions import edit
from buurtdesk.core.actions import follow_up as actions
from buurtdesk.gui.actions.area import ActionsArea
from buurtdesk.gui.actions.dialogs import (
    ActionDialog,
    ActionInput,
    ActionUpdateDialog,
    HistoryDialog,
)
from tests.action_helpers import DATES, Hood, make_hood

ACCEPT = QDialog.DialogCode.Accepted


@pytest.fixture
def hood(tmp_path: Path) -> Iterator[Hood]:
    h = make_hood(tmp_path / "acties.buurtdesk")
    yield h
    h.lib.close()


@pytest.fixture
def area(qtbot: Any, hood: Hood) -> ActionsArea:
    stack = QUndoStack()
    widget = ActionsArea(stack)
    widget._test_stack = stack  # type: ignore[attr-defined]  # keep the stack alive
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.show_meeting(hood.lib, hood.meetings[0], DATES[0])
    return widget


def texts(tree: Any, column: int = 0) -> list[str]:
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(column))
        out.extend(f"  {top.child(j).text(column)}" for j in range(top.childCount()))
    return out


def police_input(hood: Hood, text: str = "Snelheidscontroles", hours: float = 12) -> ActionInput:
    return ActionInput(
        text, hood.partners["Politie"], "wijkagent", dt.date(2026, 5, 1), hours, "open", ""
    )


def select_action(area: ActionsArea, tree: Any, action_id: int) -> None:
    items = tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive)
    for item in items:
        if item.data(0, Qt.ItemDataRole.UserRole) == ("action", action_id):
            tree.setCurrentItem(item)
            return
    raise AssertionError(f"action {action_id} not shown")


def test_priorities_are_listed_with_an_empty_hint(area: ActionsArea) -> None:
    lines = texts(area.priorities_tree)
    assert lines[0].startswith("1. K1 Te hard rijden")
    assert lines[1] == "  nog geen acties afgesproken"
    assert lines[2].startswith("2. K2 Afval naast containers")
    assert not area.priorities_empty.isVisibleTo(area)
    assert not area.edit_button.isEnabled() and area.add_button.isEnabled()


def test_add_through_the_dialog_then_undo_and_redo(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill(dialog: ActionDialog) -> int:
        dialog.description_edit.setPlainText("Klaar-overs werven")
        dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Bewoners"))
        dialog.person_edit.setText("Ellen")
        dialog.no_due_check.setChecked(True)
        dialog.hours_spin.setValue(3)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill)
    area.priorities_tree.setCurrentItem(area.priorities_tree.topLevelItem(1))
    area.add_button.click()
    [prio1, prio2] = actions.priorities(hood.lib, hood.meetings[0])
    assert prio1.actions == ()
    [added] = prio2.actions
    assert (added.description, added.owner, added.responsible_person) == (
        "Klaar-overs werven",
        "Bewoners",
        "Ellen",
    )
    assert (added.due_date, added.hours_planned) == (None, 3)
    row = area.priorities_tree.topLevelItem(1).child(0)
    assert [row.text(c) for c in range(5)] == [
        "Klaar-overs werven",
        "Bewoners (Ellen)",
        "—",
        "3",
        "open",
    ]
    stack = area.undo_stack
    stack.undo()
    assert actions.priorities(hood.lib, hood.meetings[0])[1].actions == ()
    assert area.priorities_tree.topLevelItem(1).child(0).text(0) == "nog geen acties afgesproken"
    stack.redo()
    assert actions.priorities(hood.lib, hood.meetings[0])[1].actions[0].id == added.id


def test_empty_description_is_refused_in_the_dialog(area: ActionsArea, qtbot: Any) -> None:
    dialog = ActionDialog(area, [(1, "1. K1")], actions.partners(area.library))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() != ACCEPT
    assert "Vul in wat er gedaan wordt" in dialog.error_label.text()


def test_edit_and_undo(area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch) -> None:
    aid = area.add_action(hood.priorities["Te hard rijden"], police_input(hood))
    assert aid is not None

    def change(dialog: ActionDialog) -> int:
        assert dialog.description_edit.toPlainText() == "Snelheidscontroles"
        assert dialog.due_edit.text() == "01-05-2026"
        dialog.description_edit.setPlainText("Flitspaal aanvragen")
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("in_progress"))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", change)
    select_action(area, area.priorities_tree, aid)
    assert area.edit_button.isEnabled()
    area.edit_button.click()
    info = actions.action(hood.lib, aid)
    assert (info.description, info.status) == ("Flitspaal aanvragen", "in_progress")
    assert area.priorities_tree.currentItem().text(0) == "Flitspaal aanvragen"  # kept selected
    area.undo_stack.undo()
    info = actions.action(hood.lib, aid)
    assert (info.description, info.status) == ("Snelheidscontroles", "open")


def test_delete_asks_and_undo_restores(area: ActionsArea, hood: Hood, boxes: Any) -> None:
    aid = area.add_action(hood.priorities["Te hard rijden"], police_input(hood))
    assert aid is not None
    select_action(area, area.priorities_tree, aid)
    area.delete_button.click()
    assert boxes.kinds() == ["question"]
    assert actions.priorities(hood.lib, hood.meetings[0])[0].actions == ()
    area.undo_stack.undo()
    assert actions.action(hood.lib, aid).description == "Snelheidscontroles"


def test_review_update_drop_needs_reason_and_undo(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = area.add_action(hood.priorities["Te hard rijden"], police_input(hood))
    assert aid is not None
    later = hood.lib.add_meeting(hood.hood, dt.date(2026, 12, 3))
    area.show_meeting(hood.lib, later, dt.date(2026, 12, 3))
    assert texts(area.review_tree) == ["Snelheidscontroles"]
    assert area.tabs.tabText(1) == "Terugblik (1)"
    refused: list[str] = []

    def drop(dialog: ActionUpdateDialog) -> int:
        assert dialog.date_edit.text() == "03-12-2026"
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData("dropped"))
        dialog.accept()
        refused.append(dialog.error_label.text())
        assert dialog.result() != ACCEPT  # no reason: the dialog stays open
        dialog.note_edit.setPlainText("Geen capaciteit bij de politie")
        dialog.hours_spin.setValue(2.5)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionUpdateDialog, "exec", drop)
    select_action(area, area.review_tree, aid)
    area.update_button.click()
    assert "reden" in refused[0]
    info = actions.action(hood.lib, aid)
    assert (info.status, info.result, info.hours_spent) == (
        "dropped",
        "Geen capaciteit bij de politie",
        2.5,
    )
    item = area.review_tree.topLevelItem(0)
    assert item.text(3) == "vervallen"
    assert item.text(4) == "03-12-2026: Geen capaciteit bij de politie"
    area.undo_stack.undo()
    info, updates = actions.history(hood.lib, aid)
    assert (info.status, info.result, updates) == ("open", "", [])
    area.undo_stack.redo()
    assert actions.action(hood.lib, aid).status == "dropped"


def test_history_dialog_shows_updates_across_meetings(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    aid = area.add_action(hood.priorities["Te hard rijden"], police_input(hood))
    assert aid is not None
    edit.add_update(hood.lib, aid, "in_progress", "Gestart", 3, meeting_id=hood.meetings[1])
    edit.add_update(hood.lib, aid, "done", "Afgerond", 4, meeting_id=hood.meetings[2])
    area.refresh()
    shown: list[list[str]] = []

    def capture(dialog: HistoryDialog) -> int:
        tree = dialog.tree
        shown.extend(
            [tree.topLevelItem(i).text(c) for c in range(5)]
            for i in range(tree.topLevelItemCount())
        )
        return 0

    monkeypatch.setattr(HistoryDialog, "exec", capture)
    select_action(area, area.priorities_tree, aid)
    area.history_button.click()
    assert shown == [
        ["11-06-2026", "11-06-2026", "loopt", "3", "Gestart"],
        ["17-09-2026", "17-09-2026", "klaar", "4", "Afgerond"],
    ]


def test_hours_over_the_offer_show_a_warning(area: ActionsArea, hood: Hood) -> None:
    area.add_action(hood.priorities["Te hard rijden"], police_input(hood, hours=12))
    assert area.hours_warning.isHidden()
    rows = texts(area.hours_tree, 0)
    assert "Politie" in rows
    area.add_action(hood.priorities["Te hard rijden"], police_input(hood, "Surveillance", 10.5))
    assert area.hours_warning.isVisibleTo(area)
    assert "Politie" in area.hours_warning.text()
    assert area.tabs.tabText(2) == "Uren ⚠"
    item = area.hours_tree.findItems("Politie", Qt.MatchFlag.MatchExactly)[0]
    assert [item.text(c) for c in range(5)] == ["Politie", "20", "22,5", "0", "meer dan aangeboden"]
    area.undo_stack.undo()
    assert area.hours_warning.isHidden()


def test_backlog_lists_recurring_concerns_first(area: ActionsArea, hood: Hood) -> None:
    area.show_meeting(hood.lib, hood.meetings[1], DATES[1])
    tree = area.backlog_tree
    rows = [
        [tree.topLevelItem(i).text(c) for c in range(5)] for i in range(tree.topLevelItemCount())
    ]
    assert rows == [
        ["K3", "Hondenpoep", "Speltlaan", "2", "3"],
        ["K4", "Graffiti", "Speltlaan", "1", "1"],
    ]


def test_no_meeting_clears_the_area(area: ActionsArea) -> None:
    area.show_meeting(None, None, None)
    assert area.priorities_tree.topLevelItemCount() == 0
    assert not area.add_button.isEnabled()


def test_undo_after_a_change_behind_its_back_warns(
    area: ActionsArea, hood: Hood, boxes: Any
) -> None:
    aid = area.add_action(hood.priorities["Te hard rijden"], police_input(hood))
    assert aid is not None
    area.edit_action(aid, police_input(hood, "Iets anders"))
    edit.delete_action(hood.lib, aid)  # e.g. from the command line, meanwhile
    area.undo_stack.undo()
    assert boxes.kinds() == ["warning"]
    assert "intussen" in boxes.calls[0][2]
    assert actions.priorities(hood.lib, hood.meetings[0])[0].actions == ()


def test_the_history_shows_four_updates_without_scrolling(qtbot: Any) -> None:
    from types import SimpleNamespace

    action = SimpleNamespace(
        id=1,
        description="Jongerenwerk gaat in gesprek met de groep op het plein",
        owner="Opbouwwerk",
        responsible_person="",
        meeting_date=dt.date(2026, 6, 30),
        due_date=dt.date(2026, 12, 27),
        status="in_progress",
    )
    note = "Kennismaking met de groep op het plein, ongeveer acht jongeren; volgende keer verder."
    updates = [
        SimpleNamespace(
            date=dt.date(2026, 7, n),
            meeting_date=None,
            status="in_progress",
            hours_spent=2,
            note=note,
        )
        for n in (1, 8, 15, 22)
    ]
    dialog = HistoryDialog(None, action, updates)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    tree = dialog.tree
    last = tree.visualItemRect(tree.topLevelItem(3))
    assert last.isValid() and last.bottom() <= tree.viewport().height()
    dialog.close()
