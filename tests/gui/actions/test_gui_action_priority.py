"""The action dialog's priority: chosen from the selection, changeable, and an edit that moves
an action to another priority is one undo step."""

from __future__ import annotations

from typing import Any

import pytest

from buurtdesk.core.actions import follow_up as actions
from buurtdesk.gui.actions.area import ActionsArea
from buurtdesk.gui.actions.dialogs import ActionDialog
from tests.action_helpers import Hood
from tests.gui.actions.test_gui_actions import area, hood, police_input, select_action

__all__ = ["area", "hood"]  # the fixtures


def run_dialog(monkeypatch: pytest.MonkeyPatch, change: Any) -> list[Any]:
    seen: list[Any] = []

    def fill(dialog: ActionDialog) -> int:
        seen.append(dialog.priority_combo.currentText())
        seen.append(
            [dialog.priority_combo.itemText(i) for i in range(dialog.priority_combo.count())]
        )
        change(dialog)
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill)
    return seen


def test_the_chooser_starts_at_the_selection_and_the_selection_follows_the_choice(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    def other_priority(dialog: ActionDialog) -> None:
        dialog.description_edit.setPlainText("Extra containers vragen")
        dialog.priority_combo.setCurrentIndex(1)

    seen = run_dialog(monkeypatch, other_priority)
    area.priorities_tree.setCurrentItem(area.priorities_tree.topLevelItem(0))
    area.add_button.click()
    assert seen == [
        "1. K1 Te hard rijden",
        ["1. K1 Te hard rijden", "2. K2 Afval naast containers"],
    ]
    [speed, litter] = actions.priorities(hood.lib, hood.meetings[0])
    assert speed.actions == () and [a.description for a in litter.actions] == [
        "Extra containers vragen"
    ]
    assert area.selected_priority().id == litter.id  # the next action starts there too
    seen.clear()
    area.add_button.click()
    assert seen[0] == "2. K2 Afval naast containers"


def test_editing_moves_an_action_in_one_undo_step(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    speed, litter = hood.priorities["Te hard rijden"], hood.priorities["Afval naast containers"]
    aid = area.add_action(speed, police_input(hood))
    assert aid is not None

    def move_and_change(dialog: ActionDialog) -> None:
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findData(litter))
        dialog.description_edit.setPlainText("Handhaving bij de containers")

    seen = run_dialog(monkeypatch, move_and_change)
    select_action(area, area.priorities_tree, aid)
    steps = area.undo_stack.count()
    area.edit_button.click()
    assert seen[0] == "1. K1 Te hard rijden"  # the action's own priority
    [first, second] = actions.priorities(hood.lib, hood.meetings[0])
    assert first.actions == () and [a.description for a in second.actions] == [
        "Handhaving bij de containers"
    ]
    assert area.selected_action().id == aid and area.selected_priority().id == litter
    assert area.undo_stack.count() == steps + 1
    assert area.undo_stack.undoText() == "actie verplaatsen"
    area.undo_stack.undo()
    [first, second] = actions.priorities(hood.lib, hood.meetings[0])
    assert [a.description for a in first.actions] == ["Snelheidscontroles"]
    assert second.actions == ()
    area.undo_stack.redo()
    [first, second] = actions.priorities(hood.lib, hood.meetings[0])
    assert first.actions == () and second.actions[0].id == aid


def test_the_chair_ticks_whether_a_residents_name_goes_on_the_list(
    area: ActionsArea, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    def resident(dialog: ActionDialog) -> None:
        assert not dialog.name_check.isChecked()  # off for a new action
        dialog.description_edit.setPlainText("Klaar-overs werven")
        dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Bewoners"))
        dialog.person_edit.setText("Ellen")
        dialog.name_check.setChecked(True)

    run_dialog(monkeypatch, resident)
    area.add_button.click()
    [added] = actions.priorities(hood.lib, hood.meetings[0])[0].actions
    assert added.name_on_list and added.responsible_person == "Ellen"

    def untick(dialog: ActionDialog) -> None:
        assert dialog.name_check.isChecked()  # as stored
        dialog.name_check.setChecked(False)

    run_dialog(monkeypatch, untick)
    select_action(area, area.priorities_tree, added.id)
    area.edit_button.click()
    assert not actions.action(hood.lib, added.id).name_on_list
    area.undo_stack.undo()
    assert actions.action(hood.lib, added.id).name_on_list
