"""Overviews around the actions: hours per partner against the offer, the backlog of concerns
that were not chosen, and the public CSV exports of actions and concerns.

The CSV files are for spreadsheets and may be published: they hold cleaned public titles,
streets and action texts, an action's partner but never its responsible person, and never a
resident's own wording or a submitter's details.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core.actions.follow_up import ActionInfo, priorities, review
from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.errors import ActionError
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    Concern,
    Meeting,
    MeetingPartner,
    Partner,
    Priority,
    Report,
    Theme,
)
from buurtdesk.core.text import clean, public_street

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


@dataclass(frozen=True)
class PartnerHoursRow:
    partner_id: int
    partner: str
    offered: float | None  # None: no offer made for this period
    planned: float
    spent: float

    @property
    def over(self) -> bool:
        """More hours planned or spent than the partner offered."""
        return self.offered is not None and max(self.planned, self.spent) > self.offered


@dataclass(frozen=True)
class BacklogRow:
    concern_id: int
    code: str
    title: str
    theme: str
    street: str
    meetings: int  # how many meetings it was raised at
    residents: int  # how many reports (residents raising it)
    first_raised: dt.date | None


def partner_hours(lib: Library, meeting_id: int) -> list[PartnerHoursRow]:
    """Per partner: hours offered at this meeting for the coming period, against the hours
    planned for the actions agreed here and the hours the updates say were spent on them."""
    with lib.session() as s:
        if s.get(Meeting, meeting_id) is None:
            raise ActionError(f"no meeting with id {meeting_id}")
        offered = {
            pid: hours
            for pid, hours in s.execute(
                select(MeetingPartner.partner_id, MeetingPartner.hours_offered).where(
                    MeetingPartner.meeting_id == meeting_id
                )
            )
        }
        planned = _pairs(
            s,
            (
                select(Action.owner_partner_id, func.coalesce(func.sum(Action.hours_planned), 0.0))
                .where(Action.meeting_id == meeting_id, Action.owner_partner_id.is_not(None))
                .group_by(Action.owner_partner_id)
            ),
        )
        spent = _pairs(
            s,
            (
                select(
                    Action.owner_partner_id,
                    func.coalesce(func.sum(ActionUpdate.hours_spent), 0.0),
                )
                .join(ActionUpdate, ActionUpdate.action_id == Action.id)
                .where(Action.meeting_id == meeting_id, Action.owner_partner_id.is_not(None))
                .group_by(Action.owner_partner_id)
            ),
        )
        wanted = {p for p, h in offered.items() if h is not None} | set(planned) | set(spent)
        rows = s.scalars(
            select(Partner).where(Partner.id.in_(wanted)).order_by(Partner.position, Partner.name)
        )
        return [
            PartnerHoursRow(
                p.id,
                p.name,
                offered.get(p.id),
                float(planned.get(p.id, 0.0) or 0.0),
                float(spent.get(p.id, 0.0) or 0.0),
            )
            for p in rows
        ]


def backlog(lib: Library, meeting_id: int) -> list[BacklogRow]:
    """The neighbourhood's concerns that are still open (raised, never chosen), as far as
    they were raised by this meeting; recurring ones first (most meetings, then residents)."""
    with lib.session() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise ActionError(f"no meeting with id {meeting_id}")
        known = select(Meeting.id).where(
            Meeting.neighbourhood_id == meeting.neighbourhood_id, Meeting.date <= meeting.date
        )
        counts = (
            select(
                Report.concern_id.label("cid"),
                func.count(func.distinct(Report.meeting_id)).label("meetings"),
                func.count(Report.id).label("residents"),
                func.min(Meeting.date).label("first"),
            )
            .join(Meeting, Report.meeting_id == Meeting.id)
            .where(Report.meeting_id.in_(known))
            .group_by(Report.concern_id)
            .subquery()
        )
        stmt = (
            select(
                Concern.id,
                Concern.number,
                Concern.title,
                Theme.name,
                Concern.street,
                counts.c.meetings,
                counts.c.residents,
                counts.c.first,
            )
            .join(counts, counts.c.cid == Concern.id)
            .outerjoin(Theme, Concern.theme_id == Theme.id)
            .where(
                Concern.neighbourhood_id == meeting.neighbourhood_id,
                Concern.status == ConcernStatus.OPEN,
            )
        )
        rows = [
            BacklogRow(cid, f"K{number}", title, theme or "", street, m, r, first)
            for cid, number, title, theme, street, m, r, first in s.execute(stmt)
        ]
    rows.sort(key=lambda r: (-r.meetings, -r.residents, int(r.code[1:] or 0)))
    return rows


# -- CSV exports ----------------------------------------------------------------------------

ACTION_COLUMNS = (
    "kind",
    "agreed_on",
    "priority_rank",
    "concern",
    "concern_title",
    "action",
    "partner",
    "due_date",
    "hours_planned",
    "hours_spent",
    "status",
    "result",
)

CONCERN_COLUMNS = (
    "concern",
    "title",
    "theme",
    "street",
    "status",
    "residents",
    "meetings",
    "merged_into",
    "priority_rank",
)


def _pairs(s: Session, stmt: Any) -> dict[Any, Any]:
    return {key: value for key, value in s.execute(stmt)}


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def write_actions_csv(lib: Library, meeting_id: int, path: Path | str) -> int:
    """The meeting's actions (kind ``agreed``) and the earlier ones reviewed there
    (kind ``review``); returns the number of rows written."""
    prios = priorities(lib, meeting_id)
    rows: list[list[str]] = []
    for p in prios:
        for a in p.actions:
            rows.append(_action_line("agreed", str(p.rank), a))
    for item in review(lib, meeting_id):
        rows.append(_action_line("review", "", item.action))
    _write(Path(path), ACTION_COLUMNS, rows)
    return len(rows)


def _action_line(kind: str, rank: str, a: ActionInfo) -> list[str]:
    return [
        kind,
        _day(a.meeting_date),
        rank,
        a.concern_code,
        clean(a.concern_title),
        clean(a.description),
        a.owner,
        _day(a.due_date),
        _num(a.hours_planned),
        _num(a.hours_spent),
        str(a.status),
        clean(a.result),
    ]


def write_concerns_csv(lib: Library, meeting_id: int, path: Path | str) -> int:
    """Every concern raised for the meeting (merged ones too, with where they went)."""
    with lib.session() as s:
        if s.get(Meeting, meeting_id) is None:
            raise ActionError(f"no meeting with id {meeting_id}")
        raised = select(Report.original_concern_id).where(Report.meeting_id == meeting_id)
        raised_now = select(Report.concern_id).where(Report.meeting_id == meeting_id)
        concerns = list(
            s.execute(
                select(Concern, Theme.name)
                .outerjoin(Theme, Concern.theme_id == Theme.id)
                .where(Concern.id.in_(raised) | Concern.id.in_(raised_now))
                .order_by(Concern.number)
            )
        )
        ids = [c.id for c, _ in concerns]
        reports = _pairs(
            s,
            (
                select(Report.concern_id, func.count(Report.id))
                .where(Report.concern_id.in_(ids))
                .group_by(Report.concern_id)
            ),
        )
        meetings = _pairs(
            s,
            (
                select(Report.concern_id, func.count(func.distinct(Report.meeting_id)))
                .where(Report.concern_id.in_(ids))
                .group_by(Report.concern_id)
            ),
        )
        ranks = _pairs(
            s, (select(Priority.concern_id, Priority.rank).where(Priority.meeting_id == meeting_id))
        )
        codes = _pairs(s, select(Concern.id, Concern.number))
        rows = [
            [
                c.code,
                clean(c.title, c.street),
                theme or "",
                public_street(c.street),
                str(c.status),
                str(reports.get(c.id, 0)),
                str(meetings.get(c.id, 0)),
                f"K{codes[c.merged_into_id]}" if c.merged_into_id in codes else "",
                str(ranks.get(c.id, "")),
            ]
            for c, theme in concerns
        ]
    _write(Path(path), CONCERN_COLUMNS, rows)
    return len(rows)


def _write(path: Path, header: tuple[str, ...], rows: list[list[str]]) -> None:
    """Write atomically (a temporary file renamed), with a BOM so spreadsheets read UTF-8."""
    from buurtdesk.core.store.csv_safe import safe_writer
    from buurtdesk.core.store.output_paths import replace_atomically

    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = safe_writer(handle, visible=True)
            writer.writerow(header)
            writer.writerows(rows)

    replace_atomically(path, write)
