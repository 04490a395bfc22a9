"""What the handover dossier of a neighbourhood holds, read as light rows (no layout here).

Public texts only: concern titles and streets cleaned, action texts, partner names and the
roles of their contacts (a contact's name only where it is ticked public).  No resident's name,
wording or details, no chair's or attendee's name, no responsible person.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core.actions import follow_through as ft
from buurtdesk.core.documents import data
from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus
from buurtdesk.core.privacy.contacts import public_contact
from buurtdesk.core.store.models import (
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Partner,
    PartnerContact,
    Priority,
    Report,
    Theme,
)
from buurtdesk.core.text import clean

BACKLOG_ROWS = 25  # the concerns that came back most; the rest are counted


@dataclass(frozen=True)
class HeldMeeting:
    id: int
    date: dt.date
    residents: int | None
    partners: tuple[str, ...]  # the organisations present
    concerns: int  # raised at it
    priorities: int


@dataclass(frozen=True)
class ChosenPriority:
    meeting: dt.date
    priority: data.PriorityInfo


@dataclass(frozen=True)
class OpenAction:
    action: data.ActionInfo
    judged: ft.FollowThrough


@dataclass(frozen=True)
class BacklogConcern:
    code: str
    title: str
    theme: str
    meetings: int  # how many meetings it was raised at
    reports: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class PartnerSummary:
    name: str
    roles: tuple[str, ...]  # public labels of its contacts
    agreed: int
    done: int
    on_time: int
    without_due: int
    open: int
    stalled: int


@dataclass(frozen=True)
class Dossier:
    neighbourhood: str
    today: dt.date
    meetings: tuple[HeldMeeting, ...]
    next_meeting: data.MeetingInfo | None
    priorities: tuple[ChosenPriority, ...]
    judged: dict[int, ft.FollowThrough]
    open: tuple[OpenAction, ...]
    backlog: tuple[BacklogConcern, ...]
    backlog_more: int  # concerns never chosen that are not listed
    partners: tuple[PartnerSummary, ...]


def neighbourhood_id(s: Session, name: str) -> int:
    found = s.scalar(select(Neighbourhood.id).where(Neighbourhood.name == name.strip()))
    if found is None:
        known = ", ".join(s.scalars(select(Neighbourhood.name).order_by(Neighbourhood.name)))
        raise ValueError(f"no neighbourhood named {name!r}; the file has: {known or 'none'}")
    return int(found)


def _meetings(s: Session, hood: int) -> tuple[list[HeldMeeting], data.MeetingInfo | None]:
    rows = list(
        s.scalars(select(Meeting).where(Meeting.neighbourhood_id == hood).order_by(Meeting.date))
    )
    raised = Counter(
        dict(
            s.execute(
                select(Report.meeting_id, func.count(func.distinct(Report.concern_id)))
                .where(Report.meeting_id.in_([m.id for m in rows]))
                .group_by(Report.meeting_id)
            ).all()
        )
    )
    present: dict[int, list[str]] = defaultdict(list)
    for mid, name in s.execute(
        select(MeetingPartner.meeting_id, Partner.name)
        .join(Partner)
        .where(MeetingPartner.present.is_(True), ~Partner.is_residents)
        .where(MeetingPartner.meeting_id.in_([m.id for m in rows]))
        .order_by(Partner.position)
    ):
        present[mid].append(name)
    chosen = Counter(
        dict(
            s.execute(
                select(Meeting.id, func.count())
                .join(Priority, Priority.meeting_id == Meeting.id)
                .where(Meeting.neighbourhood_id == hood)
                .group_by(Meeting.id)
            ).all()
        )
    )
    held = [
        HeldMeeting(
            m.id,
            m.date,
            m.residents_present,
            tuple(present[m.id]),
            raised[m.id],
            chosen[m.id],
        )
        for m in rows
        if m.status == MeetingStatus.CLOSED
    ]
    coming = next((m for m in rows if m.status != MeetingStatus.CLOSED), None)
    return held, data.meeting_info(s, coming.id) if coming is not None else None


def _backlog(s: Session, hood: int) -> tuple[list[BacklogConcern], int]:
    rows = s.execute(
        select(
            Concern.number,
            Concern.title,
            Concern.street,
            Theme.name,
            func.count(func.distinct(Report.meeting_id)),
            func.count(Report.id),
            func.min(Meeting.date),
            func.max(Meeting.date),
        )
        .join(Report, Report.concern_id == Concern.id)
        .outerjoin(Meeting, Report.meeting_id == Meeting.id)
        .outerjoin(Theme, Concern.theme_id == Theme.id)
        .where(Concern.neighbourhood_id == hood, Concern.status == ConcernStatus.OPEN)
        .group_by(Concern.id, Theme.name)  # PostgreSQL names every column it shows
        .order_by(
            func.count(func.distinct(Report.meeting_id)).desc(),
            func.count(Report.id).desc(),
            Concern.number,
        )
    ).all()
    found = [
        BacklogConcern(
            f"K{n}", clean(title, street), theme or "", int(meetings), int(reports), first, last
        )
        for n, title, street, theme, meetings, reports, first, last in rows
    ]
    return found[:BACKLOG_ROWS], max(0, len(found) - BACKLOG_ROWS)


def _partners(s: Session, judged: dict[int, ft.FollowThrough]) -> list[PartnerSummary]:
    roles: dict[int, list[str]] = defaultdict(list)
    for c in s.scalars(select(PartnerContact).order_by(PartnerContact.position)):
        label = public_contact(c.name, c.role, c.name_public)
        if label:
            roles[c.partner_id].append(label)
    mine: dict[int | None, list[ft.FollowThrough]] = defaultdict(list)
    for row in judged.values():
        mine[row.partner_id].append(row)
    found = []
    for p in s.scalars(select(Partner).order_by(Partner.position, Partner.name)):
        rows = mine[p.id]
        if not rows and not p.active:
            continue
        done = [r for r in rows if r.status == ActionStatus.DONE]
        found.append(
            PartnerSummary(
                p.name,
                tuple(roles[p.id]),
                len(rows),
                len(done),
                sum(1 for r in done if r.on_time),
                sum(1 for r in done if r.without_due),
                sum(1 for r in rows if r.is_open),
                sum(1 for r in rows if r.stalled),
            )
        )
    return found


def read(s: Session, name: str, today: dt.date | None = None) -> Dossier:
    today = today or dt.date.today()
    hood = neighbourhood_id(s, name)
    held, coming = _meetings(s, hood)
    judged = ft.by_action(s, ft.Reference(today), Meeting.neighbourhood_id == hood)
    chosen: list[ChosenPriority] = []
    everything: list[data.ActionInfo] = []
    dated = [(m.id, m.date) for m in held] + ([(coming.id, coming.date)] if coming else [])
    for mid, day in dated:
        for p in data.priorities(s, mid):
            chosen.append(ChosenPriority(day, p))
            everything.extend(p.actions)
    open_now = [
        OpenAction(a, judged[a.id]) for a in everything if a.id in judged and judged[a.id].is_open
    ]
    open_now.sort(key=lambda o: (ft.urgency(o.judged), o.judged.agreed, o.action.id))
    backlog, more = _backlog(s, hood)
    return Dossier(
        name.strip(),
        today,
        tuple(held),
        coming,
        tuple(chosen),
        judged,
        tuple(open_now),
        tuple(backlog),
        more,
        tuple(_partners(s, judged)),
    )
