"""What the verslag and the invitation print about a meeting, as the chair fills it in.

Start time, place, chair and how many residents came; per partner whether it was there, who
came and the hours it offers for the period; the agenda with a note per item.  Read and written
whole, so the window can take a change back by writing the details it read before.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import delete, select

from buurtdesk.core.ranges import check_hours
from buurtdesk.core.store.audit import record
from buurtdesk.core.store.models import AgendaItem, Meeting, MeetingPartner, Partner

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

MAX_AGENDA = 40


@dataclass(frozen=True)
class PartnerAttendance:
    partner_id: int
    name: str
    present: bool | None  # None: not recorded
    attendees: str = ""  # who came (internal: never printed)
    hours_offered: float | None = None


@dataclass(frozen=True)
class AgendaLine:
    title: str
    notes: str = ""


@dataclass(frozen=True)
class MeetingDetails:
    start_time: dt.time | None
    location: str
    chair: str
    residents_present: int | None
    partners: tuple[PartnerAttendance, ...]
    agenda: tuple[AgendaLine, ...]


def _meeting(s: Session, meeting_id: int) -> Meeting:
    meeting = s.get(Meeting, meeting_id)
    if meeting is None:
        raise ValueError(f"no meeting with id {meeting_id}")
    return meeting


def load_details(lib: Library, meeting_id: int) -> MeetingDetails:
    """The details of a meeting; every active partner (residents aside) is listed."""
    with lib.session() as s:
        meeting = _meeting(s, meeting_id)
        rows = {
            mp.partner_id: mp
            for mp in s.scalars(
                select(MeetingPartner).where(MeetingPartner.meeting_id == meeting_id)
            )
        }
        partners = s.scalars(
            select(Partner)
            .where(Partner.is_residents.is_(False))
            .order_by(Partner.position, Partner.name)
        )
        attendance = tuple(
            PartnerAttendance(
                p.id,
                p.name,
                rows[p.id].present if p.id in rows else None,
                rows[p.id].attendees if p.id in rows else "",
                rows[p.id].hours_offered if p.id in rows else None,
            )
            for p in partners
            if p.active or p.id in rows
        )
        agenda = tuple(
            AgendaLine(a.title, a.notes)
            for a in s.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
        return MeetingDetails(
            meeting.start_time,
            meeting.location,
            meeting.chair,
            meeting.residents_present,
            attendance,
            agenda,
        )


def problem(details: MeetingDetails) -> str:
    """Why the details cannot be saved (in English, for scripts); empty when they can."""
    if details.residents_present is not None and not 0 <= details.residents_present <= 10_000:
        return "the number of residents present must be between 0 and 10000"
    for p in details.partners:
        try:
            check_hours(p.hours_offered, "hours offered")
        except ValueError as exc:
            return str(exc)
    if any(not line.title.strip() for line in details.agenda):
        return "every agenda item needs a title"
    if len(details.agenda) > MAX_AGENDA:
        return f"an agenda has at most {MAX_AGENDA} items"
    return ""


def save_details(lib: Library, meeting_id: int, details: MeetingDetails) -> MeetingDetails:
    """Write ``details`` in one transaction; returns the details as they were (for undo)."""
    why = problem(details)
    if why:
        raise ValueError(why)
    before = load_details(lib, meeting_id)
    with lib.session() as s, s.begin():
        meeting = _meeting(s, meeting_id)
        meeting.start_time = details.start_time
        meeting.location = " ".join(details.location.split())[:200]
        meeting.chair = " ".join(details.chair.split())[:120]
        meeting.residents_present = details.residents_present
        rows = {
            mp.partner_id: mp
            for mp in s.scalars(
                select(MeetingPartner).where(MeetingPartner.meeting_id == meeting_id)
            )
        }
        for p in details.partners:
            row = rows.get(p.partner_id)
            if row is None:
                row = MeetingPartner(meeting_id=meeting_id, partner_id=p.partner_id)
                s.add(row)
            row.present = p.present
            row.attendees = " ".join(p.attendees.split())[:300]
            row.hours_offered = p.hours_offered
        s.execute(delete(AgendaItem).where(AgendaItem.meeting_id == meeting_id))
        for position, line in enumerate(details.agenda, start=1):
            title = " ".join(line.title.split())[:200]
            s.add(
                AgendaItem(meeting_id=meeting_id, position=position, title=title, notes=line.notes)
            )
        record(
            s,
            "meeting",
            meeting_id,
            "details",
            before={"agenda_items": len(before.agenda)},
            after={"agenda_items": len(details.agenda)},
        )
    return before
