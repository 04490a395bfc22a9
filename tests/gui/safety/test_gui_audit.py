"""The audit log in the window: a concern's merges and an action's status changes, in Dutch."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack

from buurtdesk.core.actions import edit
from buurtdesk.core.concerns.edit import merge_concerns, set_title
from buurtdesk.core.store.models import Concern
from buurtdesk.gui.actions.area import ActionsArea
from buurtdesk.gui.actions.dialogs import ActionInput, HistoryDialog
from buurtdesk.gui.concerns.dialog import ConcernDialog
from tests.action_helpers import DATES, Hood, make_hood
from tests.gui.actions.test_gui_actions import select_action


@pytest.fixture
def hood(tmp_path: Path) -> Iterator[Hood]:
    h = make_hood(tmp_path / "logboek.buurtdesk")
    yield h
    h.lib.close()


def _row(hood: Hood, title: str) -> Any:
    with hood.lib.session() as s:
        c = s.query(Concern).filter_by(title=title).one()
        return SimpleNamespace(
            id=c.id, code=f"K{c.number}", title=c.title, status=str(c.status), theme="",
            street=c.street, reports=1, meetings=1,
        )  # fmt: skip


def test_concern_dialog_shows_merge_and_title_change(qtbot: Any, hood: Hood) -> None:
    target, source = _row(hood, "Hondenpoep"), _row(hood, "Graffiti")
    merge_concerns(hood.lib, target.id, [source.id])
    set_title(hood.lib, target.id, "Hondenpoep op de stoep")
    dialog = ConcernDialog(hood.lib, target, hide_personal=True)
    qtbot.addWidget(dialog)
    lines = dialog.audit_list.lines()
    assert [what for _when, what, _change in lines] == [
        "K4 hierin samengevoegd",
        "Titel gewijzigd",
    ]
    assert lines[0][2] == ""  # the merged concern's status changed, not this one's
    assert lines[1][2] == "‘Hondenpoep’ → ‘Hondenpoep op de stoep’"
    assert dt.datetime.strptime(lines[0][0], "%d-%m-%Y %H:%M")  # dd-mm-jjjj HH:MM
    other = ConcernDialog(hood.lib, source, hide_personal=True)
    qtbot.addWidget(other)
    assert other.audit_list.lines()[0][1:] == ("Samengevoegd met K3", "open → samengevoegd")
    shown = " ".join(" ".join(line) for line in lines + other.audit_list.lines())
    assert "Geheime Naam" not in shown and "Dorpstraat" not in shown


def test_untouched_concern_says_so(qtbot: Any, hood: Hood) -> None:
    dialog = ConcernDialog(hood.lib, _row(hood, "Te hard rijden"), hide_personal=True)
    qtbot.addWidget(dialog)
    assert dialog.audit_list.lines() == [("Nog geen wijzigingen gelogd.", "", "")]


def test_action_history_shows_status_changes(
    qtbot: Any, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    stack = QUndoStack()
    area = ActionsArea(stack)
    qtbot.addWidget(area)
    area.show_meeting(hood.lib, hood.meetings[0], DATES[0])
    value = ActionInput(
        "Snelheidscontroles", hood.partners["Politie"], "Wim Agent", None, 8, "open", ""
    )
    aid = area.add_action(hood.priorities["Te hard rijden"], value)
    assert aid is not None
    edit.add_update(hood.lib, aid, "in_progress", "Gestart", 3, meeting_id=hood.meetings[1])
    edit.add_update(hood.lib, aid, "dropped", "Geen capaciteit", meeting_id=hood.meetings[2])
    area.refresh()
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(HistoryDialog, "exec", lambda d: shown.extend(d.audit_list.lines()) or 0)
    select_action(area, area.priorities_tree, aid)
    area.history_button.click()
    assert [(what, change) for _w, what, change in shown] == [
        ("Status gewijzigd", "open → loopt"),
        ("Status gewijzigd", "loopt → vervallen"),
    ]
    assert all("Wim Agent" not in " ".join(line) for line in shown)
