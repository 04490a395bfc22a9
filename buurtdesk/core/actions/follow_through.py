"""Follow-through: which actions are overdue, done on time or stalled.  The one place these
words are defined; the handover dossier, the reminders, the review at a meeting and any
overview across neighbourhoods use them from here.

- **overdue**: status open or in progress, and a due date before the reference date (the day
  an overview is made, or the date of the meeting it is made for);
- **done on time**: status done, with the date of the update that made it done on or before the
  due date; actions without a due date are counted apart, as "zonder termijn";
- **stalled**: status open or in progress, and at each of the last two held meetings of its
  neighbourhood after the meeting where it was agreed, no update changed its status or its
  hours spent (an action agreed fewer than two held meetings ago is never stalled).

A meeting is *held* when it is closed.  An update belongs to a meeting when it was recorded at
it, or, recorded without a meeting, when its date falls after the held meeting before it and on
or before it.  An update *changes* the action when its status differs from the status before it
(the previous update's, or "open" for the first) or when it records hours spent.

Everything is one SQL statement (:func:`statement`) with a row per action, so an overview can
group and count it in the database; :func:`rows` reads it as light rows.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, literal, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from buurtdesk.core.enums import ActionStatus, MeetingStatus
from buurtdesk.core.store.models import Action, ActionUpdate, Meeting

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)
STALLED_AFTER = 2  # held meetings without a change


@dataclass(frozen=True)
class Reference:
    """The moment follow-through is judged at: a day, or a meeting (its date; the held
    meetings are then those before it, so its own updates are what is being judged)."""

    day: dt.date
    meeting_id: int | None = None

    @classmethod
    def at_meeting(cls, s: Session, meeting_id: int) -> Reference:
        day = s.scalar(select(Meeting.date).where(Meeting.id == meeting_id))
        if day is None:
            raise ValueError(f"no meeting with id {meeting_id}")
        return cls(day, meeting_id)


@dataclass(frozen=True)
class FollowThrough:
    """One action judged at a reference."""

    action_id: int
    neighbourhood_id: int
    partner_id: int | None
    status: ActionStatus
    due: dt.date | None
    agreed: dt.date
    done_on: dt.date | None  # the date of the update that made it done
    last_update: dt.date | None
    meetings_open: int  # held meetings since the one where it was agreed
    overdue: bool
    stalled: bool

    @property
    def is_open(self) -> bool:
        return self.status in OPEN

    @property
    def without_due(self) -> bool:
        """Done without a due date: "zonder termijn", counted apart from on time or late."""
        return self.status == ActionStatus.DONE and self.due is None

    @property
    def on_time(self) -> bool | None:
        """Done on or before the due date; ``None`` when not done or without a due date."""
        if self.status != ActionStatus.DONE or self.due is None:
            return None
        return self.done_on is not None and self.done_on <= self.due


def _before(ref: Reference) -> ColumnElement[bool]:
    """A meeting that lies before the reference (on its day, for a day reference)."""
    if ref.meeting_id is None:
        return Meeting.date <= ref.day
    return or_(Meeting.date < ref.day, and_(Meeting.date == ref.day, Meeting.id < ref.meeting_id))


def _held(ref: Reference) -> Any:
    """Held meetings before the reference, numbered from the latest per neighbourhood."""
    order = (Meeting.date.desc(), Meeting.id.desc())
    return (
        select(
            Meeting.id,
            Meeting.neighbourhood_id,
            Meeting.date,
            func.row_number()
            .over(partition_by=Meeting.neighbourhood_id, order_by=order)
            .label("rn"),
        )
        .where(Meeting.status == MeetingStatus.CLOSED, _before(ref))
        .cte("held")
    )


def _last(held: Any) -> Any:
    """Per neighbourhood: how many meetings were held, the last two (1 the latest) and the
    date of the one before those."""

    def pick(column: Any, n: int) -> Any:
        return func.max(case((held.c.rn == n, column)))

    return (
        select(
            held.c.neighbourhood_id,
            func.count().label("total"),
            pick(held.c.id, 1).label("id1"),
            pick(held.c.date, 1).label("date1"),
            pick(held.c.id, 2).label("id2"),
            pick(held.c.date, STALLED_AFTER + 1).label("date_before"),
        )
        .group_by(held.c.neighbourhood_id)
        .cte("last_held")
    )


def _place(ref: Reference) -> Any:
    """Every meeting with the number of held meetings of its neighbourhood up to and
    including it: an action has been open for the total less that of its meeting."""
    held = case((and_(Meeting.status == MeetingStatus.CLOSED, _before(ref)), 1), else_=0)
    upto = func.sum(held).over(
        partition_by=Meeting.neighbourhood_id, order_by=(Meeting.date, Meeting.id), rows=(None, 0)
    )
    return select(Meeting.id, upto.label("held_upto")).cte("place")


def _lagged() -> Any:
    """Every update with the status before it."""
    previous = func.lag(ActionUpdate.status).over(
        partition_by=ActionUpdate.action_id, order_by=(ActionUpdate.date, ActionUpdate.id)
    )
    return select(
        ActionUpdate.action_id,
        ActionUpdate.date,
        ActionUpdate.meeting_id,
        ActionUpdate.status,
        ActionUpdate.hours_spent,
        func.coalesce(previous, literal(ActionStatus.OPEN.value)).label("before"),
    ).cte("lagged")


def _moved(lagged: Any, last: Any) -> Any:
    """The actions an update changed at one of the last two held meetings."""
    changing = or_(lagged.c.status != lagged.c.before, func.coalesce(lagged.c.hours_spent, 0) != 0)
    return (
        select(lagged.c.action_id)
        .join(Action, Action.id == lagged.c.action_id)
        .join(Meeting, Action.meeting_id == Meeting.id)
        .join(last, last.c.neighbourhood_id == Meeting.neighbourhood_id)
        .where(
            changing,
            or_(
                lagged.c.meeting_id.in_([last.c.id1, last.c.id2]),
                and_(
                    lagged.c.meeting_id.is_(None),
                    lagged.c.date > func.coalesce(last.c.date_before, Meeting.date),
                    lagged.c.date <= last.c.date1,
                ),
            ),
        )
        .group_by(lagged.c.action_id)
        .cte("moved")
    )


def statement(ref: Reference, *where: Any) -> Select[Any]:
    """One row per action (filtered by ``where`` on :class:`Action` or the agreeing
    :class:`Meeting`): id, neighbourhood, partner, status, due, agreed, done_on, last_update,
    meetings_open, overdue and stalled (1 or 0, to sum).  An overview groups and counts it
    as a subquery.  Each part is computed once for the file (common table expressions joined
    to the actions), not once per action."""
    last = _last(_held(ref))
    place = _place(ref)
    lagged = _lagged()
    moved = _moved(lagged, last)
    done = (
        select(lagged.c.action_id, func.max(lagged.c.date).label("day"))
        .where(
            lagged.c.status == ActionStatus.DONE.value,
            lagged.c.before != ActionStatus.DONE.value,
        )
        .group_by(lagged.c.action_id)
        .cte("done")
    )
    latest = (
        select(ActionUpdate.action_id, func.max(ActionUpdate.date).label("day"))
        .group_by(ActionUpdate.action_id)
        .cte("latest")
    )
    agreed = Meeting
    meetings_open = func.coalesce(last.c.total, 0) - func.coalesce(place.c.held_upto, 0)
    is_open = Action.status.in_(OPEN)
    overdue = and_(is_open, Action.due_date.is_not(None), Action.due_date < ref.day)
    stalled = and_(is_open, meetings_open >= STALLED_AFTER, moved.c.action_id.is_(None))
    return (
        select(
            Action.id.label("action_id"),
            agreed.neighbourhood_id,
            Action.owner_partner_id.label("partner_id"),
            Action.status,
            Action.due_date.label("due"),
            agreed.date.label("agreed"),
            done.c.day.label("done_on"),
            latest.c.day.label("last_update"),
            case((meetings_open > 0, meetings_open), else_=0).label("meetings_open"),
            case((overdue, 1), else_=0).label("overdue"),
            case((stalled, 1), else_=0).label("stalled"),
        )
        .join(agreed, Action.meeting_id == agreed.id)
        .join(place, place.c.id == agreed.id)
        .outerjoin(last, last.c.neighbourhood_id == agreed.neighbourhood_id)
        .outerjoin(moved, moved.c.action_id == Action.id)
        .outerjoin(done, done.c.action_id == Action.id)
        .outerjoin(latest, latest.c.action_id == Action.id)
        .where(*where)
        .order_by(Action.id)
    )


def _day(value: Any) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def rows(s: Session, ref: Reference, *where: Any) -> list[FollowThrough]:
    """The actions matching ``where`` judged at ``ref``, by id."""
    found = []
    for r in s.execute(statement(ref, *where)):
        found.append(
            FollowThrough(
                r.action_id,
                r.neighbourhood_id,
                r.partner_id,
                ActionStatus(r.status),
                _day(r.due),
                _day(r.agreed) or ref.day,
                _day(r.done_on),
                _day(r.last_update),
                int(r.meetings_open or 0),
                bool(r.overdue),
                bool(r.stalled),
            )
        )
    return found


def by_action(s: Session, ref: Reference, *where: Any) -> dict[int, FollowThrough]:
    return {r.action_id: r for r in rows(s, ref, *where)}


def urgency(row: FollowThrough) -> tuple[int, int]:
    """Sort key: stalled first, then overdue, then the rest; longest open first within."""
    rank = 0 if row.stalled else 1 if row.overdue else 2
    return rank, -row.meetings_open
