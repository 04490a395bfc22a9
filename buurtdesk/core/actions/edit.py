"""Changing agreed actions: add, edit, delete (and put back), and dated updates at reviews.

Each function is one transaction.  A dropped action needs a reason.  Status changes and
deletions go to the audit log, which refers to partners by id and never holds a person's name.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from buurtdesk.core.actions.follow_up import ActionFields, ActionSnapshot, fields_of, history
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.errors import ActionError
from buurtdesk.core.ranges import check_hours
from buurtdesk.core.store.audit import record
from buurtdesk.core.store.models import Action, ActionUpdate, Meeting, Partner, Priority

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def _hours(value: float | None, what: str) -> None:
    try:
        check_hours(value, what)
    except ValueError as exc:
        raise ActionError(str(exc)) from None


def _check(s: Session, values: ActionFields) -> ActionFields:
    description = values.description.strip()
    if not description:
        raise ActionError("an action needs a description of what will be done")
    if values.owner_partner_id is not None and s.get(Partner, values.owner_partner_id) is None:
        raise ActionError(f"no partner with id {values.owner_partner_id}")
    _hours(values.hours_planned, "hours planned")
    status = ActionStatus(values.status)
    result = values.result.strip()
    return ActionFields(
        description,
        values.owner_partner_id,
        values.responsible_person.strip(),
        values.due_date,
        values.hours_planned,
        status,
        result,
        values.name_on_list,
    )


def _audit(s: Session, entity_id: int, operation: str, before: Any, after: Any) -> None:
    record(s, "action", entity_id, operation, before, after)


def _public(a: Action) -> dict[str, Any]:
    """What the audit log keeps of a deleted action: no person's name."""
    return {
        "meeting_id": a.meeting_id,
        "priority_id": a.priority_id,
        "description": a.description,
        "owner_partner_id": a.owner_partner_id,
        "due_date": a.due_date.isoformat() if a.due_date else None,
        "hours_planned": a.hours_planned,
        "status": str(a.status),
        "result": a.result,
        "updates": len(a.updates),
    }


def add_action(lib: Library, priority_id: int, values: ActionFields) -> int:
    """Add an action to a chosen priority; returns its id."""
    with lib.session() as s, s.begin():
        priority = s.get(Priority, priority_id)
        if priority is None:
            raise ActionError(f"no priority with id {priority_id}")
        checked = _check(s, values)
        if checked.status == ActionStatus.DROPPED and not checked.result:
            raise ActionError("a dropped action needs a reason")
        new = Action(
            meeting_id=priority.meeting_id,
            priority_id=priority.id,
            concern_id=priority.concern_id,
            description=checked.description,
            owner_partner_id=checked.owner_partner_id,
            responsible_person=checked.responsible_person,
            due_date=checked.due_date,
            hours_planned=checked.hours_planned,
            status=checked.status,
            result=checked.result,
            name_on_list=bool(checked.name_on_list),
        )
        s.add(new)
        s.flush()
        return new.id


def edit_action(lib: Library, action_id: int, values: ActionFields) -> None:
    """Change an action; dropping it needs a reason in its result."""
    with lib.session() as s, s.begin():
        a = s.get(Action, action_id)
        if a is None:
            raise ActionError(f"no action with id {action_id}")
        checked = _check(s, values)
        if checked.status == ActionStatus.DROPPED and not checked.result:
            raise ActionError("a dropped action needs a reason: fill in the result")
        if checked.status != a.status:
            _audit(s, a.id, "status", {"status": str(a.status)}, {"status": str(checked.status)})
        a.description = checked.description
        a.owner_partner_id = checked.owner_partner_id
        a.responsible_person = checked.responsible_person
        a.due_date = checked.due_date
        a.hours_planned = checked.hours_planned
        a.status = checked.status
        a.result = checked.result
        if checked.name_on_list is not None:
            a.name_on_list = checked.name_on_list


def set_name_on_list(lib: Library, action_id: int, allowed: bool) -> None:
    """Tick or untick "naam mag op de actielijst" for an action of the residents' partner."""
    with lib.session() as s, s.begin():
        a = s.get(Action, action_id)
        if a is None:
            raise ActionError(f"no action with id {action_id}")
        a.name_on_list = allowed


def snapshot(lib: Library, action_id: int) -> ActionSnapshot:
    info, updates = history(lib, action_id)
    with lib.session() as s:
        a = s.get(Action, action_id)
        assert a is not None
        return ActionSnapshot(
            a.id,
            a.meeting_id,
            a.priority_id,
            a.concern_id,
            fields_of(info),
            a.created_at,
            tuple(updates),
        )


def delete_action(lib: Library, action_id: int) -> ActionSnapshot:
    """Delete an action with its updates; returns what is needed to put it back."""
    saved = snapshot(lib, action_id)
    with lib.session() as s, s.begin():
        a = s.get(Action, action_id)
        if a is None:
            raise ActionError(f"no action with id {action_id}")
        _audit(s, a.id, "delete", _public(a), None)
        s.delete(a)
    return saved


def restore_action(lib: Library, saved: ActionSnapshot) -> int:
    """Put a deleted action back, with the same id and its updates."""
    with lib.session() as s, s.begin():
        if s.get(Action, saved.id) is not None:
            raise ActionError(f"action {saved.id} exists already")
        f = saved.fields
        a = Action(
            id=saved.id,
            meeting_id=saved.meeting_id,
            priority_id=saved.priority_id,
            concern_id=saved.concern_id,
            description=f.description,
            owner_partner_id=f.owner_partner_id,
            responsible_person=f.responsible_person,
            due_date=f.due_date,
            hours_planned=f.hours_planned,
            status=f.status,
            result=f.result,
            name_on_list=bool(f.name_on_list),
            created_at=saved.created_at,
        )
        a.updates = [
            ActionUpdate(
                id=u.id,
                date=u.date,
                status=u.status,
                note=u.note,
                hours_spent=u.hours_spent,
                meeting_id=u.meeting_id,
            )
            for u in saved.updates
        ]
        s.add(a)
        _audit(s, a.id, "restore", None, {"description": f.description})
        return saved.id


def add_update(
    lib: Library,
    action_id: int,
    status: ActionStatus,
    note: str = "",
    hours_spent: float | None = None,
    *,
    date: dt.date | None = None,
    meeting_id: int | None = None,
) -> int:
    """Record what became of an action (at a review); the action takes the new status.

    Dropping an action needs a reason, given as the note.  Returns the update's id.
    """
    status = ActionStatus(status)
    note = note.strip()
    if status == ActionStatus.DROPPED and not note:
        raise ActionError("a dropped action needs a reason")
    _hours(hours_spent, "hours spent")
    with lib.session() as s, s.begin():
        a = s.get(Action, action_id)
        if a is None:
            raise ActionError(f"no action with id {action_id}")
        meeting = s.get(Meeting, meeting_id) if meeting_id is not None else None
        if meeting_id is not None and meeting is None:
            raise ActionError(f"no meeting with id {meeting_id}")
        day = date or (meeting.date if meeting is not None else dt.date.today())
        update = ActionUpdate(
            action_id=a.id,
            date=day,
            status=status,
            note=note,
            hours_spent=hours_spent,
            meeting_id=meeting_id,
        )
        s.add(update)
        if status != a.status:
            _audit(s, a.id, "status", {"status": str(a.status)}, {"status": str(status)})
            a.status = status
        if status == ActionStatus.DROPPED:
            a.result = note
        s.flush()
        return update.id


def delete_update(
    lib: Library,
    update_id: int,
    *,
    restore_status: ActionStatus | None = None,
    restore_result: str | None = None,
) -> None:
    """Remove an update (an undone review); the action gets ``restore_status`` back."""
    with lib.session() as s, s.begin():
        u = s.get(ActionUpdate, update_id)
        if u is None:
            raise ActionError(f"no action update with id {update_id}")
        a = s.get(Action, u.action_id)
        assert a is not None
        before = {"status": str(u.status), "date": u.date.isoformat(), "note": u.note}
        _audit(s, a.id, "delete_update", before, None)
        if restore_status is not None and restore_status != a.status:
            _audit(s, a.id, "status", {"status": str(a.status)}, {"status": str(restore_status)})
            a.status = ActionStatus(restore_status)
        if restore_result is not None:
            a.result = restore_result
        s.delete(u)


def move_action(lib: Library, action_id: int, priority_id: int) -> int | None:
    """Put an action under another priority of its meeting; returns the priority it left."""
    with lib.session() as s, s.begin():
        a = s.get(Action, action_id)
        if a is None:
            raise ActionError(f"no action with id {action_id}")
        priority = s.get(Priority, priority_id)
        if priority is None or priority.meeting_id != a.meeting_id:
            raise ActionError(f"no priority with id {priority_id} in the action's meeting")
        left = a.priority_id
        if left != priority.id:
            _audit(s, a.id, "move", {"priority_id": left}, {"priority_id": priority.id})
            a.priority_id = priority.id
            a.concern_id = priority.concern_id
        return left
