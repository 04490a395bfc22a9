"""Every undoable edit follows one convention (``buurtdesk.gui.common.undo_base.StoreCommand``).

For each kind of command: the edit made, undone and redone gives the data as before and after;
pushing the edit does not make it a second time; and an undo the file refuses (the data
changed underneath, or the file cannot be written) drops the command from the stack with one
message, and changes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from buurtdesk.core.concerns import intake as core
from buurtdesk.gui.common.undo_base import StoreCommand
from tests.gui.common.undo_kinds import (
    KINDS,
    READ_ONLY,
    Env,
    Kind,
    area_of,
    concerns_state,
    merge_k1_k2,
    row_of,
)


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
            from buurtdesk.core.store.library import Library
            from buurtdesk.gui.voting.area import VotingArea
            from tests.gui.planted_meeting import build

            planted = build(tmp_path / "stemmen.buurtdesk")
            lib = Library(planted.path)
            request.addfinalizer(lib.close)
            area: Any = VotingArea(stack)
            area.show_meeting(lib, planted.meeting)
            ids: dict[Any, Any] = {**planted.ids, "meeting": planted.meeting}
        else:
            from buurtdesk.gui.actions.area import ActionsArea
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
    merge_k1_k2(env)
    env.stack.undo()
    core.merge_concerns(env.lib, row_of(env, "K3").id, [row_of(env, "K2").id])
    before, depth = concerns_state(env), env.stack.count()
    boxes.calls.clear()
    env.stack.redo()
    assert concerns_state(env) == before
    assert env.stack.count() == depth - 1 and not env.stack.canRedo()
    assert boxes.kinds() == ["warning"]
    assert "samengevoegd of verwijderd" in boxes.calls[0][2]
    shown = {r.code: r.merged_into for r in area_of(env).model.rows()}
    assert shown["K2"] == "K3"  # the list shows what the file holds
