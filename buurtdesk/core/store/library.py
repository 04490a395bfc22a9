"""The one facade the window and the command line use to read and change a BuurtDesk file.

Every method is one transaction: it opens its own session, commits when the work is
complete and returns plain values, never live ORM objects.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus
from buurtdesk.core.store import server
from buurtdesk.core.store.db import SCHEMA_VERSION, open_engine
from buurtdesk.core.store.defaults import DEFAULT_AGENDA
from buurtdesk.core.store.dialect import is_server, redacted
from buurtdesk.core.store.filelock import FileLock
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    AuditEntry,
    Ballot,
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Partner,
    Priority,
    Report,
    Submitter,
    Tally,
    Theme,
)


@dataclass(frozen=True)
class NeighbourhoodRow:
    id: int
    name: str
    municipality: str


@dataclass(frozen=True)
class MeetingRow:
    id: int
    neighbourhood_id: int
    neighbourhood: str
    date: dt.date
    start_time: dt.time | None
    location: str
    chair: str
    status: MeetingStatus


@dataclass(frozen=True)
class ConcernRow:
    id: int
    code: str
    title: str
    theme: str
    street: str
    reports: int
    status: ConcernStatus


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner: str
    due_date: dt.date | None
    status: ActionStatus
    meeting_date: dt.date


@dataclass(frozen=True)
class MeetingSummary:
    concerns: int
    reports: int
    votes: int
    priorities: int
    open_actions: int  # not finished, agreed at earlier meetings (the Terugblik)
    points: float = 0  # the ranking's total, as the Stemmen area shows it
    agreed: int = 0  # actions agreed at this meeting


COUNTED = {
    "neighbourhoods": Neighbourhood,
    "meetings": Meeting,
    "partners": Partner,
    "themes": Theme,
    "concerns": Concern,
    "reports": Report,
    "submitters": Submitter,
    "ballots": Ballot,
    "tallies": Tally,
    "priorities": Priority,
    "actions": Action,
    "action_updates": ActionUpdate,
    "audit_entries": AuditEntry,
}

OPEN_ACTION = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


def _count(session: Session, stmt: object) -> int:
    return int(session.scalar(select(func.count()).select_from(stmt)) or 0)  # type: ignore[arg-type]


def meeting_counts(s: Session, meeting_id: int) -> tuple[int, int]:
    """The meeting's concerns (not merged away) and reports, in one statement."""
    here = select(Report.concern_id).where(Report.meeting_id == meeting_id)
    concerns = (
        select(func.count(Concern.id))
        .where(Concern.id.in_(here), Concern.status != ConcernStatus.MERGED)
        .scalar_subquery()
    )
    reports = select(func.count(Report.id)).where(Report.meeting_id == meeting_id)
    row = s.execute(select(concerns, reports.scalar_subquery())).one()
    return int(row[0] or 0), int(row[1] or 0)


class Library:
    """A BuurtDesk file, opened (created or migrated when needed) on construction."""

    def __init__(
        self,
        path: Path | str,
        *,
        create: bool = True,
        daily_backup: bool = True,
        lock: bool = False,
        take_over: bool = False,
        read_only: bool = False,
    ) -> None:
        """``lock`` (the window) refuses a file another window edits, with FileInUse, unless
        ``take_over``; ``read_only`` opens it for looking only (every write fails)."""
        self.url = str(path) if is_server(path) else ""  # a PostgreSQL server's, or ""
        self.path = Path(redacted(self.url) if self.url else path)
        self.read_only = read_only
        self.lock: FileLock | None = None
        self.removed: tuple[str, ...] = ()
        self.backup_error: OSError | None = None  # the last automatic backup that failed
        if self.url:  # no lock file, backups or file checks: the server keeps its own
            self.engine, self.read_only = server.open_server(self.url, create, read_only)
            return
        existed = self.path.exists()
        if lock and not read_only:
            try:
                self.lock = FileLock(self.path, take_over=take_over)
            except OSError:
                self.lock = None  # a folder we cannot write to: SQLite will say so if it matters
        removed: list[str] = []
        try:
            self.engine = open_engine(
                self.path, create=create, read_only=read_only, removed=removed
            )
        except BaseException:
            self.close_lock()
            raise
        self.removed = tuple(removed)  # triggers and views the file brought, now dropped
        if not read_only:
            self._finish_erasures()
        if daily_backup and existed and not read_only:
            from buurtdesk.core.store.backup import backup_keep, daily_backup_if_due

            try:
                daily_backup_if_due(self.path, keep=backup_keep(self))
            except OSError as exc:  # an unwritable backup folder must not stop the work
                self.backup_error = exc

    def _finish_erasures(self) -> None:
        """Finish an erasure a kill or another program's reading stopped part-way."""
        from buurtdesk.core.errors import database_error
        from buurtdesk.core.store.erasure_jobs import finish_pending

        try:
            finish_pending(self.engine, self.path)
        except (OSError, sqlite3.Error, database_error()):
            pass  # still logged as pending: the next open tries again

    def close(self) -> None:
        self.engine.dispose()
        self.close_lock()

    def close_lock(self) -> None:
        if self.lock is not None:
            self.lock.release()
            self.lock = None

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    # -- neighbourhoods -------------------------------------------------------------------

    def neighbourhoods(self) -> list[NeighbourhoodRow]:
        with self.session() as s:
            rows = s.scalars(select(Neighbourhood).order_by(Neighbourhood.name))
            return [NeighbourhoodRow(n.id, n.name, n.municipality) for n in rows]

    def add_neighbourhood(self, name: str, municipality: str = "") -> int:
        name = name.strip()
        if not name:
            raise ValueError("a neighbourhood needs a name")
        with self.session() as s, s.begin():
            if s.scalar(select(Neighbourhood.id).where(Neighbourhood.name == name)):
                raise ValueError(f"a neighbourhood named {name!r} already exists")
            hood = Neighbourhood(name=name, municipality=municipality.strip())
            s.add(hood)
            s.flush()
            return hood.id

    def neighbourhood_id(self, name: str, *, create: bool = False) -> int | None:
        with self.session() as s:
            found = s.scalar(select(Neighbourhood.id).where(Neighbourhood.name == name.strip()))
        if found is None and create:
            return self.add_neighbourhood(name)
        return found

    # -- meetings -------------------------------------------------------------------------

    def meetings(self, neighbourhood_id: int | None = None) -> list[MeetingRow]:
        stmt = (
            select(Meeting, Neighbourhood.name)
            .join(Neighbourhood)
            .order_by(Meeting.date, Meeting.start_time, Meeting.id)
        )
        if neighbourhood_id is not None:
            stmt = stmt.where(Meeting.neighbourhood_id == neighbourhood_id)
        with self.session() as s:
            return [
                MeetingRow(
                    m.id,
                    m.neighbourhood_id,
                    hood,
                    m.date,
                    m.start_time,
                    m.location,
                    m.chair,
                    m.status,
                )
                for m, hood in s.execute(stmt)
            ]

    def add_meeting(
        self,
        neighbourhood_id: int,
        date: dt.date,
        start_time: dt.time | None = None,
        location: str = "",
        chair: str = "",
        agenda: tuple[str, ...] = DEFAULT_AGENDA,
    ) -> int:
        with self.session() as s, s.begin():
            if s.get(Neighbourhood, neighbourhood_id) is None:
                raise ValueError(f"no neighbourhood with id {neighbourhood_id}")
            meeting = Meeting(
                neighbourhood_id=neighbourhood_id,
                date=date,
                start_time=start_time,
                location=location.strip(),
                chair=chair.strip(),
            )
            meeting.agenda = [AgendaItem(position=i, title=t) for i, t in enumerate(agenda)]
            partners = s.scalars(select(Partner).where(Partner.active).order_by(Partner.position))
            meeting.partners = [MeetingPartner(partner=p) for p in partners]
            s.add(meeting)
            s.flush()
            return meeting.id

    def set_meeting_status(self, meeting_id: int, status: MeetingStatus) -> MeetingStatus:
        """Change a meeting's status; closing a meeting also makes a backup.  Returns the old."""
        with self.session() as s, s.begin():
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                raise ValueError(f"no meeting with id {meeting_id}")
            old, meeting.status = meeting.status, MeetingStatus(status)
        if status == MeetingStatus.CLOSED and old != MeetingStatus.CLOSED and not self.url:
            from buurtdesk.core.store.backup import backup_keep, make_backup

            try:
                make_backup(self.path, "meeting-closed", keep=backup_keep(self))
            except OSError as exc:  # the status is stored; the window says the backup failed
                self.backup_error = exc
                raise
        return old

    def meeting_summary(self, meeting_id: int, points: float | None = None) -> MeetingSummary:
        """What a meeting holds, counted; ``points`` is the ranking's total as the caller
        has it (the Stemmen area), or 0 (see ``voting.counting.summary_with_points``)."""
        with self.session() as s:
            concerns, reports = meeting_counts(s, meeting_id)
            votes = _count(
                s, select(Ballot.id).where(Ballot.meeting_id == meeting_id).subquery()
            ) + _count(s, select(Tally.id).where(Tally.meeting_id == meeting_id).subquery())
            priorities = _count(
                s, select(Priority.id).where(Priority.meeting_id == meeting_id).subquery()
            )
            agreed = _count(s, select(Action.id).where(Action.meeting_id == meeting_id).subquery())
        earlier = len(self.open_actions(meeting_id))
        return MeetingSummary(concerns, reports, votes, priorities, earlier, points or 0.0, agreed)

    # -- concerns and actions -------------------------------------------------------------

    def concerns_of_meeting(self, meeting_id: int) -> list[ConcernRow]:
        """The concerns raised for a meeting (by any report), merged ones left out."""
        n_reports = (
            select(func.count(Report.id))
            .where(Report.concern_id == Concern.id)
            .correlate(Concern)
            .scalar_subquery()
        )
        stmt = (
            select(Concern, Theme.name, n_reports)
            .outerjoin(Theme, Concern.theme_id == Theme.id)
            .where(
                Concern.id.in_(select(Report.concern_id).where(Report.meeting_id == meeting_id)),
                Concern.status != ConcernStatus.MERGED,
            )
            .order_by(Concern.number)
        )
        with self.session() as s:
            return [
                ConcernRow(c.id, c.code, c.title, theme or "", c.street, n, c.status)
                for c, theme, n in s.execute(stmt)
            ]

    def open_actions(self, meeting_id: int) -> list[ActionRow]:
        """Actions of earlier meetings of the same neighbourhood that are not yet finished."""
        with self.session() as s:
            meeting = s.get(Meeting, meeting_id)
            if meeting is None:
                return []
            stmt = (
                select(Action, Partner.name, Meeting.date)
                .join(Meeting, Action.meeting_id == Meeting.id)
                .outerjoin(Partner, Action.owner_partner_id == Partner.id)
                .where(
                    Meeting.neighbourhood_id == meeting.neighbourhood_id,
                    or_(  # earlier as the Terugblik list counts it: same day, made before
                        Meeting.date < meeting.date,
                        (Meeting.date == meeting.date) & (Meeting.id < meeting.id),
                    ),
                    Action.status.in_(OPEN_ACTION),
                )
                .order_by(Meeting.date, Action.id)
            )
            return [
                ActionRow(a.id, a.description, owner or "", a.due_date, a.status, date)
                for a, owner, date in s.execute(stmt)
            ]

    # -- whole file -----------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            return {name: _count(s, model) for name, model in COUNTED.items()}

    def integrity(self) -> str:
        if self.url:
            return server.integrity(self.engine, self.url)
        with self.engine.connect() as conn:
            rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        return "ok" if [r[0] for r in rows] == ["ok"] else "; ".join(r[0] for r in rows[:5])

    def unknown_tables(self) -> tuple[str, ...]:
        """The tables in the file that are not BuurtDesk's (kept, never searched or copied)."""
        from buurtdesk.core.store.schema_guard import unknown_tables

        if self.url:
            return server.unknown_tables(self.engine, self.url)
        raw = self.engine.raw_connection()
        try:
            return unknown_tables(raw.driver_connection)  # type: ignore[arg-type]
        finally:
            raw.close()

    @property
    def schema_version(self) -> int:
        if self.url:
            return server.schema_version(self.engine, self.url)
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or SCHEMA_VERSION)
