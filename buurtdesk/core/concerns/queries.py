"""Read-only views of concerns and reports, as plain rows."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ConcernStatus, ReportSource
from buurtdesk.core.store.models import Concern, Meeting, Report, Submitter, Theme

if TYPE_CHECKING:
    from buurtdesk.core.concerns.words import IndexEntry
    from buurtdesk.core.store.library import Library


@dataclass(frozen=True)
class ConcernListRow:
    id: int
    number: int
    code: str
    title: str
    theme: str
    street: str
    reports: int
    meetings: int
    first_raised: dt.date | None
    status: ConcernStatus
    merged_into: str  # code or ""


@dataclass(frozen=True)
class ReportRow:
    id: int
    wording: str
    source: ReportSource
    form_no: str
    received_on: dt.date | None
    meeting_id: int | None
    submitter_id: int | None
    name: str
    phone: str
    email: str
    address: str
    wants_feedback: bool
    consent: bool


def find_theme_id(session: Session, name: str) -> int | None:
    """The theme with this name, case and accents ignored."""
    from buurtdesk.core.concerns.words import normalise

    wanted = normalise(name)
    if not wanted:
        return None
    for tid, tname in session.execute(select(Theme.id, Theme.name)):
        if normalise(tname) == wanted:
            return int(tid)
    return None


def list_concerns(
    lib: Library, neighbourhood_id: int, include_merged: bool = False
) -> list[ConcernListRow]:
    """The neighbourhood's concerns by number, with their report and meeting counts."""
    with lib.session() as s:
        return list_rows(s, Concern.neighbourhood_id == neighbourhood_id, include_merged)


def list_rows(
    s: Session, which: ColumnElement[bool], include_merged: bool = False
) -> list[ConcernListRow]:
    """The list rows of the concerns ``which`` selects (a neighbourhood's, or one concern)."""
    # Plain columns, not ORM objects: a neighbourhood may hold thousands of concerns.
    stmt = (
        select(
            Concern.id,
            Concern.number,
            Concern.title,
            Theme.name,
            Concern.street,
            Concern.status,
            Concern.merged_into_id,
        )
        .outerjoin(Theme, Concern.theme_id == Theme.id)
        .where(which)
        .order_by(Concern.number)
    )
    concerns = s.execute(stmt).all()
    reports: dict[int, int] = defaultdict(int)
    meetings: dict[int, set[int]] = defaultdict(set)
    first: dict[int, dt.date] = {}
    rstmt = (
        select(Report.concern_id, Report.meeting_id, Report.received_on, Meeting.date)
        .join(Concern, Report.concern_id == Concern.id)
        .outerjoin(Meeting, Report.meeting_id == Meeting.id)
        .where(which)
    )
    for cid, mid, received, mdate in s.execute(rstmt):
        reports[cid] += 1
        if mid is not None:
            meetings[cid].add(mid)
        day = received or mdate
        if day is not None and (cid not in first or day < first[cid]):
            first[cid] = day
    codes = {cid: f"K{number}" for cid, number, *_ in concerns}
    for *_, merged_into in concerns:  # merged into a concern outside ``which``
        if merged_into and merged_into not in codes:
            codes[merged_into] = f"K{s.get_one(Concern, merged_into).number}"
    return [
        ConcernListRow(
            cid,
            number,
            codes[cid],
            title,
            theme or "",
            street,
            reports[cid],
            len(meetings[cid]),
            first.get(cid),
            ConcernStatus(status),
            codes.get(merged_into, "") if merged_into else "",
        )
        for cid, number, title, theme, street, status, merged_into in concerns
        if include_merged or status != ConcernStatus.MERGED
    ]


def concern_reports(
    lib: Library, concern_id: int, include_personal: bool = False
) -> list[ReportRow]:
    """The reports under a concern, oldest first; personal fields empty unless asked for."""
    with lib.session() as s:
        stmt = (
            select(Report, Submitter)
            .outerjoin(Submitter, Report.submitter_id == Submitter.id)
            .where(Report.concern_id == concern_id)
            .order_by(Report.id)
        )
        rows = []
        for r, sub in s.execute(stmt):
            show = include_personal and sub is not None
            rows.append(
                ReportRow(
                    r.id,
                    r.wording,
                    r.source,
                    r.form_no or "",
                    r.received_on,
                    r.meeting_id,
                    r.submitter_id,
                    sub.name if show else "",
                    sub.phone if show else "",
                    sub.email if show else "",
                    sub.address if show else "",
                    bool(sub.wants_feedback) if show else False,
                    bool(sub.consent) if show else False,
                )
            )
        return rows


def streets(lib: Library, neighbourhood_id: int) -> list[str]:
    """The streets already used in this neighbourhood, for autocompletion."""
    with lib.session() as s:
        found = s.scalars(
            select(Concern.street)
            .where(Concern.neighbourhood_id == neighbourhood_id, Concern.street != "")
            .distinct()
        )
        return sorted(set(found), key=str.casefold)


_TRAILING = re.compile(r"^(.*?)(\d+)$")


def next_form_no(lib: Library, neighbourhood_id: int) -> str:
    """One past the highest form number used here, keeping any prefix and zero padding."""
    with lib.session() as s:
        return form_no_after(s, neighbourhood_id)


def form_no_after(s: Session, neighbourhood_id: int) -> str:
    """``next_form_no`` inside an open session."""
    used = s.scalars(
        select(Report.form_no)
        .join(Concern, Report.concern_id == Concern.id)
        .where(Concern.neighbourhood_id == neighbourhood_id, Report.form_no.is_not(None))
    )
    best: tuple[int, str, int] | None = None
    for form_no in used:
        m = _TRAILING.match((form_no or "").strip())
        if m is None:
            continue
        value = int(m.group(2))
        if best is None or value > best[0]:
            best = (value, m.group(1), len(m.group(2)))
    if best is None:
        return "1"
    value, prefix, width = best
    return f"{prefix}{value + 1:0{width}d}"


def theme_names(lib: Library) -> list[str]:
    with lib.session() as s:
        return list(
            s.scalars(select(Theme.name).where(Theme.active).order_by(Theme.position, Theme.name))
        )


def report_wordings(lib: Library, neighbourhood_id: int) -> dict[int, list[str]]:
    """The residents' own wordings of each concern, reports merged into it included."""
    wordings: dict[int, list[str]] = defaultdict(list)
    with lib.session() as s:
        for cid, wording in s.execute(
            select(Report.concern_id, Report.wording)
            .join(Concern, Report.concern_id == Concern.id)
            .where(Concern.neighbourhood_id == neighbourhood_id)
        ):
            wordings[cid].append(wording)
    return wordings


def index_entries(lib: Library, neighbourhood_id: int) -> list[IndexEntry]:
    """Every concern not merged away, once per wording, ready for a DuplicateIndex."""
    from buurtdesk.core.concerns.words import IndexEntry

    with lib.session() as s:
        stmt = (
            select(Concern, Theme.name)
            .outerjoin(Theme, Concern.theme_id == Theme.id)
            .where(
                Concern.neighbourhood_id == neighbourhood_id,
                Concern.status != ConcernStatus.MERGED,
            )
        )
        concerns = {c.id: (c, theme or "") for c, theme in s.execute(stmt)}
    wordings = report_wordings(lib, neighbourhood_id)
    entries = []
    for cid, (c, theme) in concerns.items():
        texts = wordings.get(cid) or [""]
        for text in texts:
            entries.append(IndexEntry(cid, c.code, c.title, text, c.street, theme))
    return entries
