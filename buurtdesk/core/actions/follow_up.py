"""Agreed actions and their follow-up: what was promised, by whom, and what became of it.

Every function takes the open :class:`~buurtdesk.core.store.library.Library`, is one transaction and
returns frozen rows, never live ORM objects.  This module reads; :mod:`buurtdesk.core.actions.edit`
changes actions and their updates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.errors import ActionError
from buurtdesk.core.store.models import Action, ActionUpdate, Concern, Meeting, Partner, Priority

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

OPEN_STATUSES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


@dataclass(frozen=True)
class PartnerRow:
    id: int
    name: str
    is_residents: bool


@dataclass(frozen=True)
class ActionInfo:
    id: int
    meeting_id: int
    meeting_date: dt.date
    priority_id: int | None
    concern_code: str
    concern_title: str
    description: str
    owner_partner_id: int | None
    owner: str
    responsible_person: str
    due_date: dt.date | None
    hours_planned: float | None
    hours_spent: float
    status: ActionStatus
    result: str
    name_on_list: bool = False  # a resident's name may go on the actielijst


@dataclass(frozen=True)
class PriorityRow:
    id: int
    rank: int
    score: float
    concern_id: int
    concern_code: str
    title: str
    street: str
    actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class UpdateRow:
    id: int
    action_id: int
    date: dt.date
    status: ActionStatus
    note: str
    hours_spent: float | None
    meeting_id: int | None
    meeting_date: dt.date | None


@dataclass(frozen=True)
class ReviewRow:
    """An earlier action brought to a meeting, with the update it got there (if any)."""

    action: ActionInfo
    update: UpdateRow | None


@dataclass(frozen=True)
class ActionFields:
    """What the user edits of an action."""

    description: str
    owner_partner_id: int | None
    responsible_person: str = ""
    due_date: dt.date | None = None
    hours_planned: float | None = None
    status: ActionStatus = ActionStatus.OPEN
    result: str = ""
    # The chair ticked "naam mag op de actielijst": the residents' partner's person is printed.
    # None keeps what the action has (off for a new one).
    name_on_list: bool | None = None


@dataclass(frozen=True)
class ActionSnapshot:
    """Everything of one action, to put it back exactly after a deletion is undone."""

    id: int
    meeting_id: int
    priority_id: int | None
    concern_id: int | None
    fields: ActionFields
    created_at: dt.datetime
    updates: tuple[UpdateRow, ...] = field(default=())


# -- reading ------------------------------------------------------------------------------


def partners(lib: Library, *, active_only: bool = True) -> list[PartnerRow]:
    stmt = select(Partner).order_by(Partner.position, Partner.name)
    if active_only:
        stmt = stmt.where(Partner.active)
    with lib.session() as s:
        return [PartnerRow(p.id, p.name, p.is_residents) for p in s.scalars(stmt)]


def residents_partner_id(lib: Library) -> int | None:
    """The partner "Bewoners": residents' own actions are its actions."""
    with lib.session() as s:
        return s.scalar(select(Partner.id).where(Partner.is_residents).order_by(Partner.id))


def _spent(s: Session, action_ids: list[int]) -> dict[int, float]:
    if not action_ids:
        return {}
    rows = s.execute(
        select(ActionUpdate.action_id, func.coalesce(func.sum(ActionUpdate.hours_spent), 0.0))
        .where(ActionUpdate.action_id.in_(action_ids))
        .group_by(ActionUpdate.action_id)
    )
    return {aid: float(total or 0.0) for aid, total in rows}


def _infos(s: Session, where: Any, order: tuple[Any, ...] = ()) -> list[ActionInfo]:
    stmt = (
        select(Action, Meeting.date, Partner.name, Concern)
        .join(Meeting, Action.meeting_id == Meeting.id)
        .outerjoin(Partner, Action.owner_partner_id == Partner.id)
        .outerjoin(Concern, Action.concern_id == Concern.id)
        .where(where)
        .order_by(*order, Action.id)
    )
    rows = list(s.execute(stmt))
    spent = _spent(s, [a.id for a, *_ in rows])
    return [
        ActionInfo(
            a.id,
            a.meeting_id,
            day,
            a.priority_id,
            concern.code if concern is not None else "",
            concern.title if concern is not None else "",
            a.description,
            a.owner_partner_id,
            owner or "",
            a.responsible_person,
            a.due_date,
            a.hours_planned,
            spent.get(a.id, 0.0),
            a.status,
            a.result,
            a.name_on_list,
        )
        for a, day, owner, concern in rows
    ]


def action(lib: Library, action_id: int) -> ActionInfo:
    with lib.session() as s:
        found = _infos(s, Action.id == action_id)
    if not found:
        raise ActionError(f"no action with id {action_id}")
    return found[0]


def priorities(lib: Library, meeting_id: int) -> list[PriorityRow]:
    """The meeting's chosen priorities by rank, each with the actions agreed for it."""
    with lib.session() as s:
        prios = list(
            s.execute(
                select(Priority, Concern)
                .join(Concern, Priority.concern_id == Concern.id)
                .where(Priority.meeting_id == meeting_id)
                .order_by(Priority.rank, Priority.id)
            )
        )
        infos = _infos(s, Action.priority_id.in_([p.id for p, _ in prios]))
    by_priority: dict[int, list[ActionInfo]] = {}
    for info in infos:
        by_priority.setdefault(info.priority_id or 0, []).append(info)
    return [
        PriorityRow(
            p.id, p.rank, p.score, c.id, c.code, c.title, c.street, tuple(by_priority.get(p.id, []))
        )
        for p, c in prios
    ]


def _update_row(u: ActionUpdate, meeting_date: dt.date | None) -> UpdateRow:
    return UpdateRow(
        u.id, u.action_id, u.date, u.status, u.note, u.hours_spent, u.meeting_id, meeting_date
    )


def history(lib: Library, action_id: int) -> tuple[ActionInfo, list[UpdateRow]]:
    """The action and every update it got, oldest first, across all meetings."""
    info = action(lib, action_id)
    with lib.session() as s:
        rows = s.execute(
            select(ActionUpdate, Meeting.date)
            .outerjoin(Meeting, ActionUpdate.meeting_id == Meeting.id)
            .where(ActionUpdate.action_id == action_id)
            .order_by(ActionUpdate.date, ActionUpdate.id)
        )
        return info, [_update_row(u, day) for u, day in rows]


def review(lib: Library, meeting_id: int) -> list[ReviewRow]:
    """Actions of earlier meetings of the neighbourhood to go through at this meeting.

    Those still open or in progress, plus those that got their update here (so an action
    marked done at this meeting stays on its review list).
    """
    with lib.session() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise ActionError(f"no meeting with id {meeting_id}")
        updated_here = select(ActionUpdate.action_id).where(ActionUpdate.meeting_id == meeting_id)
        earlier = select(Meeting.id).where(
            Meeting.neighbourhood_id == meeting.neighbourhood_id,
            or_(
                Meeting.date < meeting.date,
                (Meeting.date == meeting.date) & (Meeting.id < meeting.id),
            ),
        )
        infos = _infos(
            s,
            Action.meeting_id.in_(earlier)
            & or_(Action.status.in_(OPEN_STATUSES), Action.id.in_(updated_here)),
            (Meeting.date,),
        )
        here: dict[int, UpdateRow] = {}
        for u in s.scalars(
            select(ActionUpdate)
            .where(ActionUpdate.meeting_id == meeting_id)
            .order_by(ActionUpdate.date, ActionUpdate.id)
        ):
            here[u.action_id] = _update_row(u, meeting.date)
    return [ReviewRow(info, here.get(info.id)) for info in infos]


def fields_of(info: ActionInfo) -> ActionFields:
    return ActionFields(
        info.description,
        info.owner_partner_id,
        info.responsible_person,
        info.due_date,
        info.hours_planned,
        info.status,
        info.result,
        info.name_on_list,
    )
