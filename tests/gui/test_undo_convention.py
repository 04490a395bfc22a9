"""Every undoable edit follows one convention (``buurtdesk.gui.undo_base.StoreCommand``).

For each kind of command: the edit made, undone and redone gives the data as before and after;
pushing the edit does not make it a second time; and an undo the file refuses (the data
changed underneath, or the file cannot be written) drops the command from the stack with one
message, and changes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from buurtdesk.core import concerns as core
from buurtdesk.core.write_errors import WriteError
from buurtdesk.gui import action_commands, concern_commands, voting_commands
from buurtdesk.gui.meeting_details_dialog import DetailsCommand
from buurtdesk.gui.safety_controller import MeetingStatusCommand
from buurtdesk.gui.undo_base import StoreCommand

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


def _concerns(env: Env) -> Any:
    return tuple(core.list_concerns(env.lib, 1, include_merged=True)), env.lib.counts()["reports"]


def _area(env: Env) -> Any:
    return env.ui.controller.concerns_area


def _row(env: Env, code: str) -> Any:
    return next(r for r in _area(env)._all if r.code == code)


def _entry(env: Env) -> None:
    from buurtdesk.gui import entry_form

    opened: list[Any] = []
    env.monkeypatch.setattr(entry_form.EntryForm, "exec", lambda d: opened.append(d) or 0)
    _area(env).actions.new_form.trigger()
    opened[0].description_edit.setPlainText("Losliggende stoeptegels bij de school")
    assert opened[0].save_and_next()


def _title(env: Env) -> None:
    from buurtdesk.gui.concern_actions import open_concern
    from buurtdesk.gui.concern_dialog import ConcernDialog

    env.monkeypatch.setattr(ConcernDialog, "exec", lambda _d: 0)
    env.monkeypatch.setattr(ConcernDialog, "new_title", lambda _d: "Een nieuwe titel")
    open_concern(_area(env), _row(env, "K1"))


def _merge(env: Env) -> None:
    from buurtdesk.gui.concern_actions import merge

    merge(_area(env), [_row(env, "K1"), _row(env, "K2")])


def _merged_first(env: Env) -> None:
    core.merge_concerns(env.lib, _row(env, "K1").id, [_row(env, "K2").id])
    _area(env).reload()


def _unmerge(env: Env) -> None:
    from buurtdesk.gui.concern_actions import unmerge

    unmerge(_area(env), [_row(env, "K2")])


def _delete(env: Env) -> None:
    from buurtdesk.gui.concern_actions import delete

    delete(_area(env), [_row(env, "K3")])


def _import(env: Env) -> None:
    from buurtdesk.gui import import_dialog

    lib, meeting = env.lib, env.ui.controller.current_meeting()

    class FakeImport:
        def __init__(self, *_args: Any) -> None:
            self.imported, self.report_ids = True, []

        def exec(self) -> int:
            for text in ("Kapotte lantaarnpaal", "Fietswrakken bij het station"):
                saved = core.save_form(lib, core.FormInput(meeting.id, text))
                self.report_ids.append(saved.report_id)
            return 0

    env.monkeypatch.setattr(import_dialog, "ImportDialog", FakeImport)
    _area(env).import_file()


def _details(env: Env) -> Any:
    from buurtdesk.core.meeting_details import load_details

    return load_details(env.lib, env.ui.controller.current_meeting().id)


def _edit_details(env: Env) -> None:
    from buurtdesk.gui.meeting_details_dialog import MeetingDetailsDialog

    changed = dataclasses.replace(_details(env), location="Wijkcentrum De Linde")
    accepted = QDialog.DialogCode.Accepted
    env.monkeypatch.setattr(MeetingDetailsDialog, "exec", lambda _d: accepted)
    env.monkeypatch.setattr(MeetingDetailsDialog, "value", lambda _d: changed)
    env.ui.controller.edit_meeting_details()


def _status(env: Env) -> Any:
    return str(env.ui.controller.current_meeting().status), str(
        next(m.status for m in env.lib.meetings() if m.id == 3)
    )


# -- the Stemmen area, on the planted meeting ------------------------------------------------


def _votes(env: Env) -> Any:
    from buurtdesk.core import voting

    mid = env.ids["meeting"]
    settings = voting.voting_settings(env.lib, mid)
    return (
        voting.tallies(env.lib, mid),
        [(b.ballot_no, b.choices) for b in voting.ballots(env.lib, mid)],
        (str(settings.method), settings.priorities),
        voting.tie_resolution(env.lib, mid),
        [p.code for p in voting.priorities(env.lib, mid)],
    )


def _approval(env: Env) -> None:
    assert env.ui.change_settings({"method": "approval"})


def _approval_ballot(env: Env) -> None:
    _approval(env)
    assert env.ui.add_ballot("7", ["1", "2"])


def _tied(env: Env) -> None:
    assert env.ui.change_settings({"priorities": 2})
    for number, count in ((1, 5), (2, 4), (3, 4)):
        assert env.ui.commit_tally(env.ids[number], count)


def _resolve(env: Env) -> None:
    from buurtdesk.gui.tie_dialog import AGREED, TieDialog

    def decide(dialog: TieDialog) -> int:
        dialog.boxes[env.ids[3]].setChecked(True)
        dialog.note_edit.setText("K3 ligt bij de school")
        return QDialog.DialogCode.Accepted

    env.monkeypatch.setattr(TieDialog, "exec", decide)
    assert env.ui.resolve_tie(AGREED)


def _counted(env: Env) -> None:
    for number, count in ((1, 5), (2, 4), (3, 3), (4, 1)):
        assert env.ui.commit_tally(env.ids[number], count)


# -- the Acties area, on the small neighbourhood ----------------------------------------------


def _actions(env: Env) -> Any:
    from buurtdesk.core.models import Action, ActionUpdate

    with env.lib.session() as s:
        actions = s.execute(
            select(Action.id, Action.description, Action.status, Action.result)
        ).all()
        updates = s.execute(select(ActionUpdate.action_id, ActionUpdate.note)).all()
    return tuple(map(tuple, actions)), tuple(map(tuple, updates))


def _police(text: str = "Snelheidscontroles") -> Any:
    from buurtdesk.gui.action_dialogs import ActionInput

    return ActionInput(text, None, "wijkagent", dt.date(2026, 5, 1), 12, "open", "")


def _add_action(env: Env) -> None:
    env.ids["action"] = env.ui.add_action(env.ids["priority"], _police())
    assert env.ids["action"] is not None


def _add_then_review(env: Env) -> None:
    from tests.action_helpers import DATES

    _add_action(env)
    env.ui.show_meeting(env.lib, env.ids["meetings"][1], DATES[1])


def _update(env: Env) -> None:
    from buurtdesk.gui.action_dialogs import UpdateInput

    update = UpdateInput(dt.date(2026, 6, 11), "in_progress", "Gestart", 3)
    env.ui.add_update(env.ids["action"], update)


KINDS: dict[str, Kind] = {
    "entry": Kind(
        concern_commands.EntryCommand,
        "window",
        _nothing,
        _entry,
        _concerns,
        ("buurtdesk.core.concerns", "delete_report"),
    ),
    "title": Kind(
        concern_commands.TitleCommand,
        "window",
        _nothing,
        _title,
        _concerns,
        ("buurtdesk.core.concerns", "set_title"),
        READ_ONLY,
    ),
    "merge": Kind(
        concern_commands.MergeCommand,
        "window",
        _nothing,
        _merge,
        _concerns,
        ("buurtdesk.core.concerns", "unmerge_concern"),
    ),
    "unmerge": Kind(
        concern_commands.UnmergeCommand,
        "window",
        _merged_first,
        _unmerge,
        _concerns,
        ("buurtdesk.core.concerns", "merge_concerns"),
    ),
    "delete": Kind(
        concern_commands.DeleteCommand,
        "window",
        _nothing,
        _delete,
        _concerns,
        ("buurtdesk.core.concerns", "restore_report"),
        READ_ONLY,
    ),
    "import": Kind(
        concern_commands.ImportCommand,
        "window",
        _nothing,
        _import,
        _concerns,
        ("buurtdesk.core.concern_delete", "remove_import"),
    ),
    "details": Kind(
        DetailsCommand,
        "window",
        _nothing,
        _edit_details,
        _details,
        ("buurtdesk.gui.meeting_details_dialog", "save_details"),
        READ_ONLY,
    ),
    "status": Kind(
        MeetingStatusCommand,
        "window",
        _nothing,
        lambda env: env.ui.safety.start_meeting(),
        _status,
        ("buurtdesk.core.library", "Library.set_meeting_status"),
        READ_ONLY,
    ),
    "tally": Kind(
        voting_commands.TallyCommand,
        "voting",
        _nothing,
        lambda env: env.ui.commit_tally(env.ids[1], 3),
        _votes,
        ("buurtdesk.core.voting", "set_tally"),
    ),
    "add ballot": Kind(
        voting_commands.AddBallotCommand,
        "voting",
        _approval,
        lambda env: env.ui.add_ballot("7", ["1", "2"]),
        _votes,
        ("buurtdesk.core.voting", "delete_ballot"),
    ),
    "correct ballot": Kind(
        voting_commands.CorrectBallotCommand,
        "voting",
        _approval_ballot,
        lambda env: env.ui.correct_ballot("7", ["2", "3"]),
        _votes,
        ("buurtdesk.core.voting", "correct_ballot"),
    ),
    "delete ballot": Kind(
        voting_commands.DeleteBallotCommand,
        "voting",
        _approval_ballot,
        lambda env: env.ui.delete_ballot("7"),
        _votes,
        ("buurtdesk.core.voting", "add_ballot"),
        READ_ONLY,
    ),
    "settings": Kind(
        voting_commands.SettingsCommand,
        "voting",
        _nothing,
        lambda env: env.ui.change_settings({"priorities": 2}),
        _votes,
        ("buurtdesk.core.voting", "set_method"),
    ),
    "tie": Kind(
        voting_commands.TieCommand,
        "voting",
        _tied,
        _resolve,
        _votes,
        ("buurtdesk.core.voting", "clear_tie"),
    ),
    "priorities": Kind(
        voting_commands.PrioritiesCommand,
        "voting",
        _counted,
        lambda env: env.ui.choose_priorities(),
        _votes,
        ("buurtdesk.core.voting", "clear_priorities"),
    ),
    "add action": Kind(
        action_commands.AddActionCommand,
        "actions",
        _nothing,
        _add_action,
        _actions,
        ("buurtdesk.core.action_edit", "delete_action"),
    ),
    "edit action": Kind(
        action_commands.EditActionCommand,
        "actions",
        _add_action,
        lambda env: env.ui.edit_action(env.ids["action"], _police("Flitspaal")),
        _actions,
        ("buurtdesk.core.action_edit", "edit_action"),
        READ_ONLY,
    ),
    "delete action": Kind(
        action_commands.DeleteActionCommand,
        "actions",
        _add_action,
        lambda env: env.ui.delete_action(env.ids["action"]),
        _actions,
        ("buurtdesk.core.action_edit", "restore_action"),
    ),
    "action update": Kind(
        action_commands.AddUpdateCommand,
        "actions",
        _add_then_review,
        _update,
        _actions,
        ("buurtdesk.core.action_edit", "delete_update"),
    ),
}


@pytest.fixture
def make_env(
    request: pytest.FixtureRequest, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], Env]:
    """The place a kind of command is made in, on a file of its own."""
    made: list[Any] = []  # the only strong references to the widgets
    request.addfinalizer(lambda: [w.close() for w in made if hasattr(w, "close")])

    def make(place: str) -> Env:
        if place == "window":
            window = request.getfixturevalue("window")
            window.files.open_path(request.getfixturevalue("demo_file"))
            return Env(window.controller.library, window.undo_stack, window, monkeypatch)
        stack = QUndoStack()
        if place == "voting":
            from buurtdesk.core.library import Library
            from buurtdesk.gui.voting_area import VotingArea
            from tests.gui.planted_meeting import build

            planted = build(tmp_path / "stemmen.buurtdesk")
            lib = Library(planted.path)
            request.addfinalizer(lib.close)
            area: Any = VotingArea(stack)
            area.show_meeting(lib, planted.meeting)
            ids: dict[Any, Any] = {**planted.ids, "meeting": planted.meeting}
        else:
            from buurtdesk.gui.actions_area import ActionsArea
            from tests.action_helpers import DATES, make_hood

            hood = make_hood(tmp_path / "acties.buurtdesk")
            lib = hood.lib
            request.addfinalizer(lib.close)
            area = ActionsArea(stack)
            area.show_meeting(lib, hood.meetings[0], DATES[0])
            first = next(iter(hood.priorities.values()))
            ids = {"priority": first, "meetings": hood.meetings}
        qtbot.addWidget(area)
        area.show()
        made.extend([area, stack])
        return Env(lib, stack, area, monkeypatch, ids)

    return make


def _counting(monkeypatch: pytest.MonkeyPatch, command: type[StoreCommand]) -> list[int]:
    """Count the calls of the command's ``apply`` (the redo's call of the core)."""
    calls: list[int] = []
    original = command.apply

    def counted(self: StoreCommand) -> None:
        calls.append(1)
        original(self)

    monkeypatch.setattr(command, "apply", counted)
    return calls


def _prepared(make_env: Callable[[str], Env], name: str) -> tuple[Kind, Env]:
    kind = KINDS[name]
    env = make_env(kind.place)
    kind.setup(env)
    return kind, env


@pytest.mark.parametrize("name", list(KINDS))
def test_an_edit_is_undone_and_redone_and_made_once(
    name: str, make_env: Callable[[str], Env], monkeypatch: pytest.MonkeyPatch, boxes: Any
) -> None:
    kind, env = _prepared(make_env, name)
    applied = _counting(monkeypatch, kind.command)
    before, depth = kind.read(env), env.stack.count()
    kind.edit(env)
    after = kind.read(env)
    assert after != before
    assert env.stack.count() == depth + 1
    assert applied == []  # the push did not make the edit a second time
    env.stack.undo()
    assert kind.read(env) == before
    env.stack.redo()
    assert kind.read(env) == after
    assert applied == [1]
    assert "warning" not in boxes.kinds() and "critical" not in boxes.kinds()


@pytest.mark.parametrize("name", list(KINDS))
def test_a_refused_undo_drops_the_command_with_one_message(
    name: str, make_env: Callable[[str], Env], monkeypatch: pytest.MonkeyPatch, boxes: Any
) -> None:
    import importlib

    kind, env = _prepared(make_env, name)
    kind.edit(env)
    after, depth = kind.read(env), env.stack.count()
    module, path = kind.core_call
    *owners, function = path.split(".")
    target: Any = importlib.import_module(module)
    for owner in owners:
        target = getattr(target, owner)
    assert hasattr(target, function)

    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise kind.error

    monkeypatch.setattr(target, function, refuse)
    boxes.calls.clear()
    env.stack.undo()
    assert kind.read(env) == after  # nothing changed
    assert env.stack.count() == depth - 1  # the refused command is gone ...
    assert env.stack.index() == env.stack.count()  # ... and the rest of the history stands
    assert not env.stack.canRedo()
    assert boxes.kinds() == ["warning"]
    text = boxes.calls[0][2]
    assert "Er is niets gewijzigd" in text
    if kind.error is READ_ONLY:
        assert "alleen-lezen" in text


def test_a_redo_refused_because_the_concern_was_merged_meanwhile(
    make_env: Callable[[str], Env], boxes: Any
) -> None:
    """Not a stand-in: K1 and K2 merged and undone; then K2 merged into K3 outside the
    history (say, from the command line); then Ctrl+Y."""
    env = make_env("window")
    _merge(env)
    env.stack.undo()
    core.merge_concerns(env.lib, _row(env, "K3").id, [_row(env, "K2").id])
    before, depth = _concerns(env), env.stack.count()
    boxes.calls.clear()
    env.stack.redo()
    assert _concerns(env) == before
    assert env.stack.count() == depth - 1 and not env.stack.canRedo()
    assert boxes.kinds() == ["warning"]
    assert "samengevoegd of verwijderd" in boxes.calls[0][2]
    shown = {r.code: r.merged_into for r in _area(env).model.rows()}
    assert shown["K2"] == "K3"  # the list shows what the file holds
