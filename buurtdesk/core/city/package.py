"""A neighbourhood's package for the city (``.buurtpakket``): allow-listed, de-identified data.

The package is an SQLite file of its own format (``PRAGMA application_id`` "BDPK", the format
version in ``user_version`` and in the ``header`` table).  :data:`ALLOWED` is the one place
that says which tables and columns a package holds; nothing else leaves the neighbourhood:
never a resident's name, address, phone or e-mail, their own wording, an action's responsible
person, who attended for a partner, notes, streets with house numbers or agenda texts.  Titles
and action descriptions pass the public-text scrubber (:func:`buurtdesk.core.text.clean`); a
text that still looks personal afterwards is withheld.  Each change is reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core.city.sqlite_format import application_id
from buurtdesk.core.city.themes import CityThemeList, mapping
from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus
from buurtdesk.core.store import models as m
from buurtdesk.core.store.output_paths import replace_atomically
from buurtdesk.core.text import NEIGHBOUR, clean, looks_personal

PACKAGE_APPLICATION_ID = 0x42445048  # "BDPH": a BuurtDesk package for the city
FORMAT_VERSION = 1
SUFFIX = ".buurtpakket"

# The allow-list: every table of a package and its columns, in order.  Nothing else is written.
ALLOWED: dict[str, tuple[str, ...]] = {
    "header": (
        "format_version", "theme_list", "neighbourhood_uuid", "neighbourhood_name",
        "sequence", "published_at",
    ),
    "meeting": ("meeting_uuid", "date", "status", "residents_present"),
    "meeting_partner": ("meeting_uuid", "partner", "hours_offered"),
    "concern": (
        "concern_no", "title", "city_theme", "status", "report_count", "meetings_raised",
    ),
    "ranking": ("meeting_uuid", "concern_no", "rank", "score"),
    "priority": ("meeting_uuid", "concern_no", "rank", "score"),
    "action": (
        "action_no", "meeting_uuid", "concern_no", "partner", "description", "status",
        "agreed_on", "due_on", "done_on", "hours_offered", "hours_spent",
    ),
    "action_update": ("action_no", "date", "status", "hours_spent"),
}  # fmt: skip

WITHHELD = "(tekst niet openbaar)"


class PublishError(ValueError):
    """A neighbourhood that cannot be published (unknown, or not mapped to the list)."""


class Change(NamedTuple):
    """What the scrubber did to one public text of a package."""

    kind: str  # "concern" (its title) or "action" (its description)
    number: int  # the concern's K-number, the action's number in the package
    withheld: bool  # False: personal details taken out, the rest published
    reasons: tuple[str, ...] = ()  # why it was withheld (``core.text.REASONS``)

    @property
    def text(self) -> str:
        what = f"concern K{self.number} title" if self.kind == "concern" else (
            f"action {self.number} description"
        )  # fmt: skip
        if self.withheld:
            return f"{what}: withheld, it may still hold a {', '.join(self.reasons)}"
        return f"{what}: personal details taken out"


@dataclass
class Package:
    neighbourhood: str
    uuid: str
    sequence: int
    rows: dict[str, list[tuple[Any, ...]]]
    warnings: list[Change] = field(default_factory=list)


def public_text(text: str, what: tuple[str, int], warnings: list[Change], street: str = "") -> str:
    """``text`` through the public scrubber; withheld when it still looks personal after it."""
    cleaned = clean(text, street)
    left = tuple(r for r in looks_personal(cleaned) if r != NEIGHBOUR)
    if left:
        warnings.append(Change(*what, withheld=True, reasons=left))
        return WITHHELD
    if cleaned != text:
        warnings.append(Change(*what, withheld=False))
    return cleaned


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _meetings(s: Session, hood: int) -> tuple[dict[int, str], list[tuple[Any, ...]]]:
    rows = s.execute(
        select(m.Meeting.id, m.Meeting.uuid, m.Meeting.date, m.Meeting.status,
               m.Meeting.residents_present)
        .where(m.Meeting.neighbourhood_id == hood).order_by(m.Meeting.date, m.Meeting.id)
    ).all()  # fmt: skip
    uuids = {r.id: r.uuid or f"meeting-{r.id}" for r in rows}
    return uuids, [
        (uuids[r.id], r.date.isoformat(), str(r.status), r.residents_present) for r in rows
    ]


def _concerns(
    s: Session, hood: int, themes: dict[int, str | None], warnings: list[Change]
) -> tuple[dict[int, int], list[tuple[Any, ...]]]:
    counts = dict(
        s.execute(
            select(m.Report.concern_id, func.count())
            .join(m.Concern, m.Concern.id == m.Report.concern_id)
            .where(m.Concern.neighbourhood_id == hood).group_by(m.Report.concern_id)
        ).all()
    )  # fmt: skip
    raised = dict(
        s.execute(
            select(m.Report.concern_id, func.count(func.distinct(m.Report.meeting_id)))
            .join(m.Concern, m.Concern.id == m.Report.concern_id)
            .where(m.Concern.neighbourhood_id == hood).group_by(m.Report.concern_id)
        ).all()
    )  # fmt: skip
    rows = s.execute(
        select(m.Concern.id, m.Concern.number, m.Concern.title, m.Concern.theme_id,
               m.Concern.street, m.Concern.status)
        .where(m.Concern.neighbourhood_id == hood, m.Concern.status != ConcernStatus.MERGED)
        .order_by(m.Concern.number)
    ).all()  # fmt: skip
    numbers = {r.id: r.number for r in rows}
    out = [
        (
            r.number,
            public_text(r.title, ("concern", r.number), warnings, r.street),
            themes.get(r.theme_id) if r.theme_id is not None else None,
            str(r.status), counts.get(r.id, 0), raised.get(r.id, 0),
        )
        for r in rows
    ]  # fmt: skip
    return numbers, out


def _votes(
    s: Session, meetings: dict[int, str], concerns: dict[int, int]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    from buurtdesk.core.voting._ballots import compute_ranking

    ranking = []
    held = s.scalars(
        select(m.Meeting)
        .where(m.Meeting.id.in_(meetings), m.Meeting.status != MeetingStatus.PLANNED)
        .order_by(m.Meeting.date, m.Meeting.id)
    )
    for meeting in held:
        ranking += [
            (meetings[meeting.id], concerns[r.concern_id], r.rank, r.score)
            for r in compute_ranking(s, meeting).rows
            if r.concern_id in concerns
        ]
    chosen = s.execute(
        select(m.Priority.meeting_id, m.Priority.concern_id, m.Priority.rank, m.Priority.score)
        .where(m.Priority.meeting_id.in_(meetings)).order_by(m.Priority.meeting_id, m.Priority.rank)
    ).all()  # fmt: skip
    priorities = [
        (meetings[p.meeting_id], concerns.get(p.concern_id), p.rank, p.score) for p in chosen
    ]
    return ranking, priorities


def _partners(s: Session, meetings: dict[int, str]) -> list[tuple[Any, ...]]:
    rows = s.execute(
        select(m.MeetingPartner.meeting_id, m.Partner.name, m.MeetingPartner.hours_offered)
        .join(m.Partner, m.Partner.id == m.MeetingPartner.partner_id)
        .where(m.MeetingPartner.meeting_id.in_(meetings), m.MeetingPartner.present.is_(True))
        .order_by(m.MeetingPartner.meeting_id, m.Partner.position, m.Partner.name)
    ).all()  # fmt: skip
    return [(meetings[r.meeting_id], r.name, r.hours_offered) for r in rows]


def _actions(
    s: Session, meetings: dict[int, str], concerns: dict[int, int], warnings: list[Change]
) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    actions = s.execute(
        select(m.Action.id, m.Action.meeting_id, m.Action.concern_id, m.Partner.name,
               m.Action.description, m.Action.status, m.Action.due_date, m.Action.hours_planned,
               m.Meeting.date)
        .join(m.Meeting, m.Meeting.id == m.Action.meeting_id)
        .outerjoin(m.Partner, m.Partner.id == m.Action.owner_partner_id)
        .where(m.Action.meeting_id.in_(meetings)).order_by(m.Action.id)
    ).all()  # fmt: skip
    numbers = {a.id: n for n, a in enumerate(actions, 1)}
    updates = s.execute(
        select(m.ActionUpdate.action_id, m.ActionUpdate.date, m.ActionUpdate.status,
               m.ActionUpdate.hours_spent)
        .where(m.ActionUpdate.action_id.in_(numbers))
        .order_by(m.ActionUpdate.action_id, m.ActionUpdate.date, m.ActionUpdate.id)
    ).all()  # fmt: skip
    spent: dict[int, float] = {}
    done: dict[int, dt.date] = {}
    for u in updates:
        spent[u.action_id] = spent.get(u.action_id, 0.0) + (u.hours_spent or 0.0)
        if u.status == ActionStatus.DONE:
            done.setdefault(u.action_id, u.date)
    rows = [
        (
            numbers[a.id], meetings[a.meeting_id], concerns.get(a.concern_id or 0), a.name,
            public_text(a.description, ("action", numbers[a.id]), warnings),
            str(a.status), a.date.isoformat(), _iso(a.due_date),
            _iso(done.get(a.id)) if a.status == ActionStatus.DONE else None,
            a.hours_planned, spent.get(a.id) if a.id in spent else None,
        )
        for a in actions
    ]  # fmt: skip
    history = [
        (numbers[u.action_id], u.date.isoformat(), str(u.status), u.hours_spent) for u in updates
    ]
    return rows, history


def collect(s: Session, name: str, themes: CityThemeList, sequence: int) -> Package:
    """Everything a package of the neighbourhood ``name`` holds, already de-identified."""
    hood = s.scalar(select(m.Neighbourhood).where(m.Neighbourhood.name == name))
    if hood is None:
        raise PublishError(f"no neighbourhood named {name!r} in this file")
    warnings: list[Change] = []
    meetings, meeting_rows = _meetings(s, hood.id)
    numbers, concern_rows = _concerns(s, hood.id, mapping(s, themes), warnings)
    ranking, priorities = _votes(s, meetings, numbers)
    actions, history = _actions(s, meetings, numbers, warnings)
    stamp = dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
    uuid = hood.uuid or ""
    header = [(FORMAT_VERSION, themes.key, uuid, hood.name, sequence, stamp)]
    rows = {
        "header": header, "meeting": meeting_rows, "meeting_partner": _partners(s, meetings),
        "concern": concern_rows, "ranking": ranking, "priority": priorities,
        "action": actions, "action_update": history,
    }  # fmt: skip
    return Package(hood.name, uuid, sequence, rows, warnings)


def write_tables(con: sqlite3.Connection, rows: Mapping[str, Iterable[tuple[Any, ...]]]) -> None:
    """Create the allow-listed tables in ``con`` and fill them; nothing outside :data:`ALLOWED`."""
    for table, columns in ALLOWED.items():
        con.execute(f"CREATE TABLE {table} ({', '.join(columns)})")
        marks = ", ".join("?" * len(columns))
        con.executemany(f"INSERT INTO {table} VALUES ({marks})", rows.get(table, ()))


def _write(package: Package, target: Path) -> None:
    con = sqlite3.connect(target, isolation_level=None)
    try:
        con.execute(f"PRAGMA application_id={PACKAGE_APPLICATION_ID}")
        con.execute(f"PRAGMA user_version={FORMAT_VERSION}")
        con.execute("PRAGMA secure_delete=ON")
        con.execute("BEGIN")
        write_tables(con, package.rows)
        con.execute("COMMIT")
    finally:
        con.close()


def is_package(path: Path) -> bool:
    return application_id(path) == PACKAGE_APPLICATION_ID


def publish(session: Session, name: str, themes: CityThemeList, out: Path | str) -> Package:
    """Write the package of ``name`` to ``out`` and count the publication in the file.

    The caller's session is committed only after the package is in place."""
    hood = session.scalar(select(m.Neighbourhood).where(m.Neighbourhood.name == name))
    if hood is None:
        raise PublishError(f"no neighbourhood named {name!r} in this file")
    if hood.uuid is None:
        hood.uuid = m.new_uuid()
    package = collect(session, name, themes, (hood.publish_sequence or 0) + 1)
    replace_atomically(out, lambda tmp: _write(package, tmp), replaceable=is_package)
    hood.publish_sequence = package.sequence
    session.commit()
    return package
