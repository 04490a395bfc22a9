"""The edits of the Acties area: dialogs in, undo commands out.

A mixin of :class:`~buurtdesk.gui.actions.area.ActionsArea`; it uses the area's library,
meeting, undo stack, selection and the ``_done`` refresh.  Every change is a ``QUndoCommand``
whose redo and undo call the core.  The core is imported inside the methods only.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog, QMessageBox

from buurtdesk.gui.actions.dialogs import (
    ActionDialog,
    ActionInput,
    ActionUpdateDialog,
    HistoryDialog,
    UpdateInput,
)
from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:  # the area this mixin is part of is a QWidget
    from PySide6.QtWidgets import QWidget as _Area
else:
    _Area = object


class ActionEditing(_Area):
    """Add, edit, delete, review-update and history of actions."""

    library: Any
    meeting_id: int | None
    meeting_date: Any
    undo_stack: Any
    _actions: dict[int, Any]
    _priorities: dict[int, Any]
    # the area's own signal and methods
    changed: Any
    refresh: Callable[..., None]
    selected_action: Callable[[], Any]
    selected_review: Callable[[], Any]
    selected_priority: Callable[[], Any]

    def _done(self, select_id: int | None) -> None:
        self.refresh(select_id)
        self.changed.emit()

    def _record(self, command: Any) -> None:
        """An edit just made: on the undo stack, and shown."""
        self.undo_stack.push(command)
        self._done(command.selected())

    def _refused(self, exc: Exception) -> None:
        QMessageBox.warning(
            self,
            self.tr("Niet opgeslagen"),
            self.tr(
                "Deze wijziging kon niet worden opgeslagen; er is niets veranderd. "
                "Controleer de invoer en probeer het opnieuw."
            ),
        )

    def _fields(self, value: ActionInput) -> Any:
        from buurtdesk.core.actions.follow_up import ActionFields
        from buurtdesk.core.enums import ActionStatus

        return ActionFields(
            value.description,
            value.owner_partner_id,
            value.responsible_person,
            value.due_date,
            value.hours_planned,
            ActionStatus(value.status),
            value.result,
            value.name_on_list,
        )

    def _partners(self) -> list[Any]:
        from buurtdesk.core.actions.follow_up import partners

        assert self.library is not None
        return partners(self.library)

    def _priority_title(self, p: Any) -> str:
        return f"{p.rank}. {p.concern_code} {p.title}"

    def _priority_choices(self) -> list[tuple[int, str]]:
        return [(p.id, self._priority_title(p)) for p in self._priorities.values()]

    def add_action_dialog(self) -> None:
        priority = self.selected_priority()
        if self.library is None or priority is None:
            return
        dialog = ActionDialog(
            self,
            self._priority_choices(),
            self._partners(),
            today=self.meeting_date,
            priority_id=priority.id,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            value = dialog.value()
            self.add_action(value.priority_id or priority.id, value)

    def add_action(self, priority_id: int, value: ActionInput) -> int | None:
        from buurtdesk.core.errors import ActionError
        from buurtdesk.gui.actions.commands import AddActionCommand

        assert self.library is not None
        try:
            command = AddActionCommand(self.library, priority_id, self._fields(value), self._done)
        except ActionError as exc:
            self._refused(exc)
            return None
        self._record(command)
        return command.action_id

    def edit_action_dialog(self) -> None:
        action = self.selected_action()
        if self.library is None or action is None:
            return
        choices = self._priority_choices()
        if action.priority_id not in self._priorities:  # not one of this meeting's priorities
            choices.insert(0, (action.priority_id, action.concern_code))
        dialog = ActionDialog(
            self,
            choices,
            self._partners(),
            action,
            today=self.meeting_date,
            priority_id=action.priority_id,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.edit_action(action.id, dialog.value())

    def edit_action(self, action_id: int, value: ActionInput) -> None:
        from buurtdesk.core.actions.follow_up import fields_of
        from buurtdesk.core.errors import ActionError
        from buurtdesk.gui.actions.commands import EditActionCommand

        assert self.library is not None
        action = self._actions[action_id]
        before = fields_of(action)
        after = self._fields(value)
        move: tuple[int, int] | None = None
        if value.priority_id is not None and value.priority_id != action.priority_id:
            move = (action.priority_id, value.priority_id)
        if before == after and move is None:
            return
        try:
            command = EditActionCommand(self.library, action_id, (before, after), self._done, move)
        except ActionError as exc:
            self._refused(exc)
            return
        self._record(command)

    def delete_selected(self) -> None:
        action = self.selected_action()
        if self.library is None or action is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Actie verwijderen"),
            arg(
                self.tr(
                    "Actie ‘%1’ verwijderen, met alle updates? Dit kan ongedaan worden gemaakt. "
                    "Is de actie niet doorgegaan, laat haar dan liever vervallen met een reden."
                ),
                action.description,
            ),
        )
        if answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok):
            self.delete_action(action.id)

    def delete_action(self, action_id: int) -> None:
        from buurtdesk.core.errors import ActionError
        from buurtdesk.gui.actions.commands import DeleteActionCommand

        assert self.library is not None
        try:
            command = DeleteActionCommand(self.library, action_id, self._done)
        except ActionError as exc:
            self._refused(exc)
            return
        self._record(command)

    def update_dialog(self) -> None:
        action = self.selected_review()
        if self.library is None or action is None or self.meeting_date is None:
            return
        dialog = ActionUpdateDialog(self, action, self.meeting_date)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_update(action.id, dialog.value())

    def add_update(self, action_id: int, value: UpdateInput) -> None:
        from buurtdesk.core.errors import ActionError
        from buurtdesk.gui.actions.commands import AddUpdateCommand

        assert self.library is not None and self.meeting_id is not None
        update = {
            "date": value.date,
            "status": value.status,
            "note": value.note,
            "hours_spent": value.hours_spent,
        }
        action = self._actions[action_id]
        try:
            command = AddUpdateCommand(self.library, action, update, self.meeting_id, self._done)
        except ActionError as exc:
            self._refused(exc)
            return
        self._record(command)

    def history_dialog(self, action: Any | None) -> None:
        if self.library is None or action is None:
            return
        from buurtdesk.core.actions.follow_up import history
        from buurtdesk.core.store.audit import audit_entries

        info, updates = history(self.library, action.id)
        audit = audit_entries(self.library, "action", action.id)
        HistoryDialog(self, info, updates, audit).exec()
