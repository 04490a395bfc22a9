"""Read what the documents show, as plain frozen rows.  Public rows carry no personal data:
titles, action texts and notes come cleaned (:mod:`buurtdesk.core.text`), and an action shows
its partner.  Only the actielijst asks for the responsible person too (``people``): a partner
organisation's person (their work identity), a resident only where the chair ticked
"naam mag op de actielijst" for that action."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.core.documents.as_of import state_as_of
from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus, VotingMethod
from buurtdesk.core.errors import (
    UnknownMeetingError,
)
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Partner,
    Priority,
    Report,
    Setting,
    Tally,
    Theme,
)
from buurtdesk.core.text import clean, public_street

OPEN = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


_CONCERN = func.coalesce(Action.concern_id, Priority.concern_id)


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    neighbourhood_id: int
    neighbourhood: str
    date: dt.date
    start_time: dt.time | None
    location: str
    voting_method: VotingMethod
    dots_per_resident: int
    max_dots_per_concern: int | None
    ranked_choices: int
    residents_present: int | None
    closed: bool
    chair: str = ""  # the chair of the meeting: a public role, printed as the contact


@dataclass(frozen=True)
class ActionInfo:
    id: int
    concern_id: int | None
    description: str
    partner: str  # the organisation; the responsible person is never part of a public row
    due: dt.date | None
    hours_planned: float | None
    hours_spent: float | None
    status: ActionStatus
    result: str
    agreed: dt.date
    last_note: str
    concern_code: str
    concern_title: str
    person: str = ""  # the responsible person, where the document may name them (``people``)


@dataclass(frozen=True)
class PriorityInfo:
    concern_id: int
    rank: int
    score: float
    code: str
    title: str
    street: str
    theme: str
    actions: tuple[ActionInfo, ...]


@dataclass(frozen=True)
class ConcernInfo:
    id: int
    code: str
    title: str
    theme: str
    street: str
    residents: int  # reports filed for this meeting
    status: ConcernStatus
    merged_into: str  # "K12 Title" when merged, else ""


@dataclass(frozen=True)
class Attendance:
    residents: int | None
    present: tuple[str, ...]
    absent: tuple[str, ...]


def meeting_info(s: Session, meeting_id: int) -> MeetingInfo:
    row = s.execute(
        select(Meeting, Neighbourhood.name).join(Neighbourhood).where(Meeting.id == meeting_id)
    ).first()
    if row is None:
        raise UnknownMeetingError(f"no meeting with id {meeting_id}")
    m, hood = row
    return MeetingInfo(
        m.id,
        m.neighbourhood_id,
        hood,
        m.date,
        m.start_time,
        m.location,
        m.voting_method,
        m.dots_per_resident,
        m.max_dots_per_concern,
        m.ranked_choices,
        m.residents_present,
        m.status == MeetingStatus.CLOSED,
        clean(m.chair).strip(),
    )


def _label(code: str, title: str) -> str:
    return f"{code} {title}".strip()


def _person(a: Action, is_residents: bool | None) -> str:
    """The person a document may name for an action: a partner organisation's, or a resident
    the chair ticked for the list.  None for an action without a partner."""
    named = is_residents is False or (is_residents is True and a.name_on_list)
    return clean(a.responsible_person).strip() if named else ""


def _actions(
    s: Session,
    where: list[object],
    order: list[object],
    as_of: MeetingInfo | None = None,
    people: bool = False,
) -> list[ActionInfo]:
    """Actions with their partner and concern; with ``as_of`` as they stood at that meeting;
    with ``people`` the responsible person where the actielijst may name them."""
    stmt = (
        select(
            Action,
            Partner.name,
            Partner.is_residents,
            Meeting.date,
            Concern.id,
            Concern.number,
            Concern.title,
        )
        .join(Meeting, Action.meeting_id == Meeting.id)
        .outerjoin(Partner, Action.owner_partner_id == Partner.id)
        .outerjoin(Priority, Action.priority_id == Priority.id)
        .outerjoin(Concern, Concern.id == _CONCERN)
        .where(*where)  # type: ignore[arg-type]
        .order_by(*order)  # type: ignore[arg-type]
    )
    rows = s.execute(stmt).all()
    updates: dict[int, list[ActionUpdate]] = defaultdict(list)
    if rows:
        for u in s.scalars(
            select(ActionUpdate)
            .where(ActionUpdate.action_id.in_([a.id for a, *_ in rows]))
            .order_by(ActionUpdate.date, ActionUpdate.id)
        ):
            updates[u.action_id].append(u)
    day, at = (as_of.date, as_of.id) if as_of is not None else (dt.date.max, None)
    found: list[ActionInfo] = []
    for a, partner, residents, agreed, concern_id, number, title in rows:
        then = state_as_of(updates[a.id], a.status, day, at)
        found.append(
            ActionInfo(
                a.id,
                concern_id,
                clean(a.description),
                (partner or "").strip(),
                a.due_date,
                a.hours_planned,
                then.hours_spent,
                then.status,
                clean(a.result) if then.status == a.status else "",
                agreed,
                clean(then.last_note),
                f"K{number}" if number is not None else "",
                clean(title or ""),
                _person(a, residents) if people else "",
            )
        )
    return found


def priorities(
    s: Session, meeting_id: int, *, as_of: MeetingInfo | None = None, people: bool = False
) -> list[PriorityInfo]:
    """The meeting's chosen priorities by rank, each with the actions agreed for it (as they
    stood at meeting ``as_of`` when given; ``people`` as in ``_actions``)."""
    rows = s.execute(
        select(Priority, Concern, Theme.name)
        .join(Concern, Priority.concern_id == Concern.id)
        .outerjoin(Theme, Concern.theme_id == Theme.id)
        .where(Priority.meeting_id == meeting_id)
        .order_by(Priority.rank, Concern.number)
    ).all()
    acts = _actions(s, [Action.meeting_id == meeting_id], [Action.id], as_of, people)
    by_priority: dict[int, list[ActionInfo]] = defaultdict(list)
    for a in acts:
        if a.concern_id is not None:
            by_priority[a.concern_id].append(a)
    return [
        PriorityInfo(
            c.id,
            p.rank,
            p.score,
            c.code,
            clean(c.title, c.street),
            public_street(c.street),
            theme or "",
            tuple(by_priority[c.id]),
        )
        for p, c, theme in rows
    ]


def earlier_actions(s: Session, meeting: MeetingInfo, people: bool = False) -> list[ActionInfo]:
    """Actions of earlier meetings still open at this one, or reviewed at it; each as it
    stood then (``people`` as in ``_actions``)."""
    reviewed = set(
        s.scalars(
            select(ActionUpdate.action_id).where(
                or_(ActionUpdate.meeting_id == meeting.id, ActionUpdate.date == meeting.date)
            )
        )
    )
    found = _actions(
        s,
        [Meeting.neighbourhood_id == meeting.neighbourhood_id, Meeting.date < meeting.date],
        [Meeting.date, Action.id],
        meeting,
        people,
    )
    return [a for a in found if a.status in OPEN or a.id in reviewed]


def concern_actions(s: Session, concern_ids: list[int]) -> dict[int, list[ActionInfo]]:
    result: dict[int, list[ActionInfo]] = defaultdict(list)
    if concern_ids:
        for a in _actions(s, [_CONCERN.in_(concern_ids)], [Meeting.date, Action.id]):
            assert a.concern_id is not None
            result[a.concern_id].append(a)
    return result


def concerns_raised(s: Session, meeting_id: int, *, merged: bool = False) -> list[ConcernInfo]:
    """Every concern a report of this meeting was filed under; merged ones only if asked."""
    counts: dict[int, int] = defaultdict(int)
    filed: set[int] = set()
    for concern_id, original in s.execute(
        select(Report.concern_id, Report.original_concern_id).where(Report.meeting_id == meeting_id)
    ):
        counts[concern_id] += 1
        filed.update((concern_id, original))
    if not filed:
        return []
    rows = s.execute(
        select(Concern, Theme.name)
        .outerjoin(Theme, Concern.theme_id == Theme.id)
        .where(Concern.id.in_(filed))
        .order_by(Concern.number)
    ).all()
    targets = {
        c.id: _label(c.code, clean(c.title, c.street))
        for c in s.scalars(
            select(Concern).where(
                Concern.id.in_([c.merged_into_id for c, _ in rows if c.merged_into_id])
            )
        )
    }
    return [
        ConcernInfo(
            c.id,
            c.code,
            clean(c.title, c.street),
            theme or "",
            public_street(c.street),
            counts[c.id],
            c.status,
            targets.get(c.merged_into_id or 0, ""),
        )
        for c, theme in rows
        if merged or c.status != ConcernStatus.MERGED
    ]


def attendance(s: Session, meeting: MeetingInfo) -> Attendance:
    present: list[str] = []
    absent: list[str] = []
    rows = s.execute(
        select(MeetingPartner.present, Partner.name, Partner.is_residents)
        .join(Partner, MeetingPartner.partner_id == Partner.id)
        .where(MeetingPartner.meeting_id == meeting.id)
        .order_by(Partner.position, Partner.name)
    )
    for is_present, name, is_residents in rows:
        if is_residents:
            continue
        if is_present:
            present.append(name)
        elif is_present is False:
            absent.append(name)
    return Attendance(meeting.residents_present, tuple(present), tuple(absent))


def agenda(s: Session, meeting_id: int) -> list[tuple[str, str]]:
    return [
        (clean(a.title), clean(a.notes))
        for a in s.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    ]


def tally_ranking(s: Session, meeting_id: int) -> list[tuple[str, str, float]]:
    """(code, title, score) from the tallies, else from the stored priorities; best first."""
    rows = s.execute(
        select(Concern.number, Concern.title, Tally.count)
        .join(Concern, Tally.concern_id == Concern.id)
        .where(Tally.meeting_id == meeting_id, Concern.status != ConcernStatus.MERGED)
        .order_by(Tally.count.desc(), Concern.number)
    ).all()
    if rows:
        return [(f"K{n}", clean(t), float(c)) for n, t, c in rows]
    return [(p.code, p.title, p.score) for p in priorities(s, meeting_id)]


def next_meeting(s: Session, meeting: MeetingInfo) -> MeetingInfo | None:
    """The first meeting of the neighbourhood after this one, if one is planned."""
    found = s.scalar(
        select(Meeting.id)
        .where(
            Meeting.neighbourhood_id == meeting.neighbourhood_id,
            or_(
                Meeting.date > meeting.date,
                (Meeting.date == meeting.date) & (Meeting.id > meeting.id),
            ),
        )
        .order_by(Meeting.date, Meeting.id)
    )
    return meeting_info(s, found) if found is not None else None


def latest_priorities(s: Session, meeting: MeetingInfo) -> list[PriorityInfo]:
    """The top of the latest meeting (up to and including this one) that chose priorities."""
    found = s.scalar(
        select(Meeting.id)
        .join(Priority, Priority.meeting_id == Meeting.id)
        .where(
            Meeting.neighbourhood_id == meeting.neighbourhood_id,
            Meeting.date <= meeting.date,
        )
        .order_by(Meeting.date.desc(), Meeting.id.desc())
    )
    return priorities(s, found) if found is not None else []


def retention_months(s: Session) -> int:
    """The retention period the privacy settings use (see core/privacy.py)."""
    from buurtdesk.core.privacy.personal import DEFAULT_RETENTION_MONTHS, RETENTION_KEY

    value = s.scalar(select(Setting.value).where(Setting.key == RETENTION_KEY))
    try:
        return max(1, int(value)) if value else DEFAULT_RETENTION_MONTHS
    except ValueError:
        return DEFAULT_RETENTION_MONTHS
