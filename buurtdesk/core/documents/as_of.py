"""An action as it stood at a meeting, from its dated progress updates.

A verslag or actielijst printed months later still shows what was known that evening: the
updates dated on or before the meeting's day (and those recorded at that meeting) give the
status, the hours spent and the latest note.  An action with nothing recorded after that day
keeps its present status; one whose first update came later was still open then.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple, Protocol

from buurtdesk.core.enums import ActionStatus


class Update(Protocol):
    date: dt.date
    status: ActionStatus
    note: str
    hours_spent: float | None
    meeting_id: int | None


class State(NamedTuple):
    status: ActionStatus
    hours_spent: float | None
    last_note: str


def state_as_of(
    updates: Iterable[Update], current: ActionStatus, day: dt.date, meeting_id: int | None
) -> State:
    """The state on ``day`` (at meeting ``meeting_id``); ``updates`` in date order."""
    known: list[Update] = []
    later = False
    for u in updates:
        if u.date <= day or (meeting_id is not None and u.meeting_id == meeting_id):
            known.append(u)
        else:
            later = True
    spent = [u.hours_spent for u in known if u.hours_spent is not None]
    notes = [u.note.strip() for u in known if (u.note or "").strip()]
    if not later:
        status = current
    else:
        status = ActionStatus(known[-1].status) if known else ActionStatus.OPEN
    return State(status, float(sum(spent)) if spent else None, notes[-1] if notes else "")
