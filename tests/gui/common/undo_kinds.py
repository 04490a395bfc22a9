"""The kinds of undoable edits, each with where it is made, how, and what it changes.

Used by ``test_undo_convention.py``: each kind names its command class, the edit made through
the window or its area, a reading of the data it changes, and the core call its undo makes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog

from buurtdesk.core.concerns import intake as core
from buurtdesk.core.store.write_errors import WriteError
from buurtdesk.gui.actions import commands as action_commands
from buurtdesk.gui.common.undo_base import StoreCommand
from buurtdesk.gui.concerns import commands as concern_commands
from buurtdesk.gui.documents.meeting_details_dialog import DetailsCommand
from buurtdesk.gui.safety.controller import MeetingStatusCommand
from buurtdesk.gui.voting import commands as voting_commands
from tests.gui.common.undo_setups import (
    _actions,
    _add_action,
    _add_then_review,
    _approval,
    _approval_ballot,
    _counted,
    _police,
    _resolve,
    _tied,
    _update,
    _votes,
)

CHANGED = ValueError("changed underneath")
READ_ONLY = WriteError("cannot save to x.buurtdesk: the file is read-only; nothing was changed")


@dataclass
class Env:
    """What a scenario works on: the file, the undo stack, and the area or window."""

    lib: Any
    stack: QUndoStack
    ui: Any
    monkeypatch: pytest.MonkeyPatch
    ids: dict[Any, Any] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class Kind:
    command: type[StoreCommand]
    place: str  # "window", "voting" or "actions"
    setup: Callable[[Env], None]
    edit: Callable[[Env], None]
    read: Callable[[Env], Any]
    core_call: tuple[str, str]  # the module and the function the undo calls (to refuse)
    error: Exception = CHANGED


def _nothing(env: Env) -> None:
    return None


# -- the Knelpunten area and the meeting, in the window on the demo file -------------------


def concerns_state(env: Env) -> Any:
    return tuple(core.list_concerns(env.lib, 1, include_merged=True)), env.lib.counts()["reports"]


def area_of(env: Env) -> Any:
    return env.ui.controller.concerns_area


def row_of(env: Env, code: str) -> Any:
    return next(r for r in area_of(env)._all if r.code == code)


def _entry(env: Env) -> None:
    from buurtdesk.gui.concerns import entry_form

    opened: list[Any] = []
    env.monkeypatch.setattr(entry_form.EntryForm, "exec", lambda d: opened.append(d) or 0)
    area_of(env).actions.new_form.trigger()
    opened[0].description_edit.setPlainText("Losliggende stoeptegels bij de school")
    assert opened[0].save_and_next()


def _title(env: Env) -> None:
    from buurtdesk.gui.concerns.dialog import ConcernDialog
    from buurtdesk.gui.concerns.menu_actions import open_concern

    env.monkeypatch.setattr(ConcernDialog, "exec", lambda _d: 0)
    env.monkeypatch.setattr(ConcernDialog, "new_title", lambda _d: "Een nieuwe titel")
    open_concern(area_of(env), row_of(env, "K1"))


def merge_k1_k2(env: Env) -> None:
    from buurtdesk.gui.concerns.menu_actions import merge

    merge(area_of(env), [row_of(env, "K1"), row_of(env, "K2")])


def _merge_suggestions(env: Env) -> None:
    """The import's suggestions accepted: K2 looks like K1, K3 like K2 (so it goes to K1 too)."""
    from buurtdesk.core.concerns.import_report import MergeSuggestion
    from buurtdesk.gui.concerns.import_suggestions import merge_suggestions

    k1, k2, k3 = (row_of(env, code) for code in ("K1", "K2", "K3"))
    chosen = [
        MergeSuggestion(3, k2.id, "K2", k1.id, "K1", 45),
        MergeSuggestion(4, k3.id, "K3", k2.id, "K2", 35),
    ]
    merge_suggestions(area_of(env), chosen)


def _merged_first(env: Env) -> None:
    core.merge_concerns(env.lib, row_of(env, "K1").id, [row_of(env, "K2").id])
    area_of(env).reload()


def _unmerge(env: Env) -> None:
    from buurtdesk.gui.concerns.menu_actions import unmerge

    unmerge(area_of(env), [row_of(env, "K2")])


def _delete(env: Env) -> None:
    from buurtdesk.gui.concerns.menu_actions import delete

    delete(area_of(env), [row_of(env, "K3")])


def _import(env: Env) -> None:
    from buurtdesk.gui.concerns import import_dialog

    lib, meeting = env.lib, env.ui.controller.current_meeting()

    class FakeImport:
        def __init__(self, *_args: Any) -> None:
            self.imported, self.report_ids, self.suggestions = True, [], []

        def exec(self) -> int:
            for text in ("Kapotte lantaarnpaal", "Fietswrakken bij het station"):
                saved = core.save_form(lib, core.FormInput(meeting.id, text))
                self.report_ids.append(saved.report_id)
            return 0

    env.monkeypatch.setattr(import_dialog, "ImportDialog", FakeImport)
    area_of(env).import_file()


def _details(env: Env) -> Any:
    from buurtdesk.core.store.meeting_details import load_details

    return load_details(env.lib, env.ui.controller.current_meeting().id)


def _edit_details(env: Env) -> None:
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    changed = dataclasses.replace(_details(env), location="Wijkcentrum De Linde")
    accepted = QDialog.DialogCode.Accepted
    env.monkeypatch.setattr(MeetingDetailsDialog, "exec", lambda _d: accepted)
    env.monkeypatch.setattr(MeetingDetailsDialog, "value", lambda _d: changed)
    env.ui.controller.edit_meeting_details()


def _status(env: Env) -> Any:
    return str(env.ui.controller.current_meeting().status), str(
        next(m.status for m in env.lib.meetings() if m.id == 3)
    )


KINDS: dict[str, Kind] = {
    "entry": Kind(
        concern_commands.EntryCommand,
        "window",
        _nothing,
        _entry,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "delete_report"),
    ),
    "title": Kind(
        concern_commands.TitleCommand,
        "window",
        _nothing,
        _title,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "set_title"),
        READ_ONLY,
    ),
    "merge": Kind(
        concern_commands.MergeCommand,
        "window",
        _nothing,
        merge_k1_k2,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "unmerge_concern"),
    ),
    "suggestions": Kind(
        concern_commands.MergesCommand,
        "window",
        _nothing,
        _merge_suggestions,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "unmerge_concern"),
    ),
    "unmerge": Kind(
        concern_commands.UnmergeCommand,
        "window",
        _merged_first,
        _unmerge,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "merge_concerns"),
    ),
    "delete": Kind(
        concern_commands.DeleteCommand,
        "window",
        _nothing,
        _delete,
        concerns_state,
        ("buurtdesk.core.concerns.intake", "restore_report"),
        READ_ONLY,
    ),
    "import": Kind(
        concern_commands.ImportCommand,
        "window",
        _nothing,
        _import,
        concerns_state,
        ("buurtdesk.core.concerns.delete", "remove_import"),
    ),
    "details": Kind(
        DetailsCommand,
        "window",
        _nothing,
        _edit_details,
        _details,
        ("buurtdesk.gui.documents.meeting_details_dialog", "save_details"),
        READ_ONLY,
    ),
    "status": Kind(
        MeetingStatusCommand,
        "window",
        _nothing,
        lambda env: env.ui.safety.start_meeting(),
        _status,
        ("buurtdesk.core.store.library", "Library.set_meeting_status"),
        READ_ONLY,
    ),
    "tally": Kind(
        voting_commands.TallyCommand,
        "voting",
        _nothing,
        lambda env: env.ui.commit_tally(env.ids[1], 3),
        _votes,
        ("buurtdesk.core.voting.counting", "set_tally"),
    ),
    "add ballot": Kind(
        voting_commands.AddBallotCommand,
        "voting",
        _approval,
        lambda env: env.ui.add_ballot("7", ["1", "2"]),
        _votes,
        ("buurtdesk.core.voting.counting", "delete_ballot"),
    ),
    "correct ballot": Kind(
        voting_commands.CorrectBallotCommand,
        "voting",
        _approval_ballot,
        lambda env: env.ui.correct_ballot("7", ["2", "3"]),
        _votes,
        ("buurtdesk.core.voting.counting", "correct_ballot"),
    ),
    "delete ballot": Kind(
        voting_commands.DeleteBallotCommand,
        "voting",
        _approval_ballot,
        lambda env: env.ui.delete_ballot("7"),
        _votes,
        ("buurtdesk.core.voting.counting", "add_ballot"),
        READ_ONLY,
    ),
    "settings": Kind(
        voting_commands.SettingsCommand,
        "voting",
        _nothing,
        lambda env: env.ui.change_settings({"priorities": 2}),
        _votes,
        ("buurtdesk.core.voting.counting", "set_method"),
    ),
    "tie": Kind(
        voting_commands.TieCommand,
        "voting",
        _tied,
        _resolve,
        _votes,
        ("buurtdesk.core.voting.counting", "clear_tie"),
    ),
    "priorities": Kind(
        voting_commands.PrioritiesCommand,
        "voting",
        _counted,
        lambda env: env.ui.choose_priorities(),
        _votes,
        ("buurtdesk.core.voting.counting", "clear_priorities"),
    ),
    "add action": Kind(
        action_commands.AddActionCommand,
        "actions",
        _nothing,
        _add_action,
        _actions,
        ("buurtdesk.core.actions.edit", "delete_action"),
    ),
    "edit action": Kind(
        action_commands.EditActionCommand,
        "actions",
        _add_action,
        lambda env: env.ui.edit_action(env.ids["action"], _police("Flitspaal")),
        _actions,
        ("buurtdesk.core.actions.edit", "edit_action"),
        READ_ONLY,
    ),
    "delete action": Kind(
        action_commands.DeleteActionCommand,
        "actions",
        _add_action,
        lambda env: env.ui.delete_action(env.ids["action"]),
        _actions,
        ("buurtdesk.core.actions.edit", "restore_action"),
    ),
    "action update": Kind(
        action_commands.AddUpdateCommand,
        "actions",
        _add_then_review,
        _update,
        _actions,
        ("buurtdesk.core.actions.edit", "delete_update"),
    ),
}
