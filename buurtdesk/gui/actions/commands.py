"""Undoable edits of the Acties area; ``apply`` and ``revert`` call core functions.

Each command makes its edit when it is built (so a refused edit never reaches the stack);
``push`` then only records it, as :mod:`buurtdesk.gui.common.undo_base` has it.  After every undo
and redo the area's ``done`` is called with the action to select.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from buurtdesk.gui.common.texts import translate
from buurtdesk.gui.common.undo_base import StoreCommand

if TYPE_CHECKING:
    from buurtdesk.core.actions.follow_up import ActionFields, ActionSnapshot
    from buurtdesk.core.store.library import Library

Refresh = Callable[[int | None], None]  # the action id to select afterwards


class _ActionCommand(StoreCommand):
    def __init__(self, lib: Library, text: str, done: Refresh) -> None:
        super().__init__(text, lambda: done(self.selected()))
        self.lib = lib

    def changed_text(self) -> str:
        return translate(
            "Acties",
            "Deze stap kon niet ongedaan of opnieuw worden gedaan: de actie is "
            "intussen veranderd of verwijderd. Er is niets gewijzigd.",
        )

    def selected(self) -> int | None:
        return None


class AddActionCommand(_ActionCommand):
    """Adds an action; undo deletes it, redo puts the very same action back."""

    def __init__(self, lib: Library, priority_id: int, values: ActionFields, done: Refresh) -> None:
        from buurtdesk.core.actions.edit import add_action

        super().__init__(lib, "", done)
        self.action_id = add_action(lib, priority_id, values)
        self.setText(translate("Acties", "actie toevoegen"))
        self._saved: ActionSnapshot | None = None

    def apply(self) -> None:
        from buurtdesk.core.actions.edit import restore_action

        assert self._saved is not None
        restore_action(self.lib, self._saved)

    def revert(self) -> None:
        from buurtdesk.core.actions.edit import delete_action

        self._saved = delete_action(self.lib, self.action_id)

    def selected(self) -> int | None:
        return self.action_id


class EditActionCommand(_ActionCommand):
    """The fields changed and, when ``move`` gives (from, to) priority ids, the action moved
    to another priority: one step."""

    def __init__(
        self,
        lib: Library,
        action_id: int,
        fields: tuple[ActionFields, ActionFields],
        done: Refresh,
        move: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(lib, "", done)
        self.action_id, (self.before, self.after), self.move = action_id, fields, move
        self._set(self.after, move[1] if move else None)
        if move:
            self.setText(translate("Acties", "actie verplaatsen"))
        else:
            self.setText(translate("Acties", "actie bewerken"))

    def _set(self, fields: ActionFields, priority_id: int | None) -> None:
        from buurtdesk.core.actions.edit import edit_action, move_action

        edit_action(self.lib, self.action_id, fields)  # checks the input first
        if priority_id is not None:
            move_action(self.lib, self.action_id, priority_id)

    def apply(self) -> None:
        self._set(self.after, self.move[1] if self.move else None)

    def revert(self) -> None:
        self._set(self.before, self.move[0] if self.move else None)

    def selected(self) -> int | None:
        return self.action_id


class DeleteActionCommand(_ActionCommand):
    def __init__(self, lib: Library, action_id: int, done: Refresh) -> None:
        from buurtdesk.core.actions.edit import delete_action

        super().__init__(lib, "", done)
        self.action_id = action_id
        self._saved = delete_action(lib, action_id)
        self.setText(translate("Acties", "actie verwijderen"))

    def apply(self) -> None:
        from buurtdesk.core.actions.edit import delete_action

        self._saved = delete_action(self.lib, self.action_id)

    def revert(self) -> None:
        from buurtdesk.core.actions.edit import restore_action

        restore_action(self.lib, self._saved)

    def selected(self) -> int | None:
        return self.action_id


class AddUpdateCommand(_ActionCommand):
    """A dated update at a review; undo removes it and gives the action its old status back."""

    def __init__(
        self, lib: Library, action: Any, update: dict[str, Any], meeting_id: int, done: Refresh
    ) -> None:
        super().__init__(lib, "", done)
        self.action_id: int = action.id
        self._old_status = str(action.status)
        self._old_result: str = action.result
        self._update = update
        self._meeting_id = meeting_id
        self._update_id = self._add()
        self.setText(translate("Acties", "actie bijwerken"))

    def _add(self) -> int:
        from buurtdesk.core.actions.edit import add_update

        u = self._update
        return add_update(
            self.lib,
            self.action_id,
            u["status"],
            u["note"],
            u["hours_spent"],
            date=u["date"],
            meeting_id=self._meeting_id,
        )

    def apply(self) -> None:
        self._update_id = self._add()

    def revert(self) -> None:
        from buurtdesk.core.actions.edit import delete_update
        from buurtdesk.core.enums import ActionStatus

        delete_update(
            self.lib,
            self._update_id,
            restore_status=ActionStatus(self._old_status),
            restore_result=self._old_result,
        )

    def selected(self) -> int | None:
        return self.action_id
