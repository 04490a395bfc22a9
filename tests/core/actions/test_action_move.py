"""An action moved to another priority of its meeting: concern follows, the log says so."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from buurtdesk.core.actions import edit
from buurtdesk.core.actions import follow_up as actions
from buurtdesk.core.actions.follow_up import ActionFields
from buurtdesk.core.errors import ActionError
from buurtdesk.core.store.models import AuditEntry, Priority
from tests.action_helpers import Hood, make_hood


@pytest.fixture
def hood(db_path: Path) -> Iterator[Hood]:
    h = make_hood(db_path)
    yield h
    h.lib.close()


def test_an_action_moves_to_another_priority_and_back(hood: Hood) -> None:
    speed, litter = hood.priorities["Te hard rijden"], hood.priorities["Afval naast containers"]
    fields = ActionFields("Snelheidscontroles", hood.partners["Politie"], "", dt.date(2026, 5, 1))
    action = edit.add_action(hood.lib, speed, fields)
    assert edit.move_action(hood.lib, action, litter) == speed
    rows = actions.priorities(hood.lib, hood.meetings[0])
    assert [len(p.actions) for p in rows] == [0, 1]
    assert rows[1].actions[0].concern_code == "K2"  # the concern of the priority it joined
    with hood.lib.session() as s:
        moves = s.scalars(select(AuditEntry).where(AuditEntry.operation == "move")).all()
        assert [(m.before, m.after) for m in moves] == [
            ({"priority_id": speed}, {"priority_id": litter})
        ]
    assert edit.move_action(hood.lib, action, speed) == litter
    rows = actions.priorities(hood.lib, hood.meetings[0])
    assert [len(p.actions) for p in rows] == [1, 0] and rows[0].actions[0].concern_code == "K1"


def test_a_move_outside_the_meeting_is_refused(hood: Hood) -> None:
    speed = hood.priorities["Te hard rijden"]
    action = edit.add_action(hood.lib, speed, ActionFields("Controles", None))
    with hood.lib.session() as s, s.begin():
        other = Priority(meeting_id=hood.meetings[1], concern_id=1, rank=1)
        s.add(other)
        s.flush()
        elsewhere = other.id
    for wrong in (elsewhere, 9999):
        with pytest.raises(ActionError, match="priority"):
            edit.move_action(hood.lib, action, wrong)
    with pytest.raises(ActionError, match="action"):
        edit.move_action(hood.lib, 9999, speed)
    assert actions.priorities(hood.lib, hood.meetings[0])[0].actions[0].id == action
