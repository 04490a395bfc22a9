"""Deleting a report, and putting it back exactly: what undo needs."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from buurtdesk.core.concern_edit import audit
from buurtdesk.core.models import Action, Concern, Priority, Report, Submitter, Tally

if TYPE_CHECKING:
    from buurtdesk.core.library import Library


@dataclass(frozen=True)
class ReportSnapshot:
    """All a deleted report needs to come back exactly, with the same ids."""

    report: dict[str, Any]
    submitter: dict[str, Any] | None
    concern: dict[str, Any] | None  # set when the concern went with the report


_REPORT_COLS = [
    "id",
    "concern_id",
    "original_concern_id",
    "wording",
    "source",
    "form_no",
    "received_on",
    "meeting_id",
    "submitter_id",
    "created_at",
]
_SUBMITTER_COLS = [
    "id",
    "name",
    "phone",
    "email",
    "address",
    "wants_feedback",
    "consent",
    "created_at",
]
_CONCERN_COLS = [
    "id",
    "neighbourhood_id",
    "number",
    "title",
    "theme_id",
    "street",
    "first_meeting_id",
    "status",
    "merged_into_id",
    "created_at",
]


def _row(obj: object, cols: list[str]) -> dict[str, Any]:
    return {c: getattr(obj, c) for c in cols}


def _concern_goes_too(session: Session, report: Report) -> bool:
    """Whether deleting the report leaves its concern empty with nothing referring to it.

    Such a concern was created with this report or lost its other reports earlier; either
    way an empty concern means nothing, and the snapshot brings it back on restore.
    """
    cid = report.concern_id
    checks = (
        select(func.count(Report.id)).where(
            (Report.concern_id == cid) | (Report.original_concern_id == cid), Report.id != report.id
        ),
        select(func.count(Concern.id)).where(Concern.merged_into_id == cid),
        select(func.count(Tally.id)).where(Tally.concern_id == cid),
        select(func.count(Priority.id)).where(Priority.concern_id == cid),
        select(func.count(Action.id)).where(Action.concern_id == cid),
    )
    return report.original_concern_id == cid and not any(session.scalar(q) for q in checks)


def delete_report(lib: Library, report_id: int) -> ReportSnapshot:
    """Remove a report, its submitter, and its concern when the two were created together."""
    with lib.session() as s, s.begin():
        report = s.get(Report, report_id)
        if report is None:
            raise ValueError(f"no report with id {report_id}")
        snap_report = _row(report, _REPORT_COLS)
        submitter = s.get(Submitter, report.submitter_id) if report.submitter_id else None
        snap_sub = _row(submitter, _SUBMITTER_COLS) if submitter else None
        concern = s.get(Concern, report.concern_id) if _concern_goes_too(s, report) else None
        snap_concern = _row(concern, _CONCERN_COLS) if concern else None
        s.delete(report)
        s.flush()
        if submitter is not None:
            s.delete(submitter)
        if concern is not None:
            s.delete(concern)
        audit(
            s,
            "report",
            report_id,
            "delete",
            before={
                "concern_id": snap_report["concern_id"],
                "submitter_id": snap_report["submitter_id"],
                "form_no": snap_report["form_no"],
                "concern_deleted": concern is not None,
            },
            after=None,
        )
        return ReportSnapshot(snap_report, snap_sub, snap_concern)


def restore_report(lib: Library, snapshot: ReportSnapshot) -> None:
    """Put a deleted report back exactly as it was, with the same ids."""
    with lib.session() as s, s.begin():
        if s.get(Report, snapshot.report["id"]) is not None:
            raise ValueError(f"report {snapshot.report['id']} cannot come back: its id is taken")
        try:
            if snapshot.concern is not None:
                s.add(Concern(**snapshot.concern))
                s.flush()
            if snapshot.submitter is not None:
                s.add(Submitter(**snapshot.submitter))
                s.flush()
            s.add(Report(**snapshot.report))
            s.flush()
        except IntegrityError:
            taken = f"K{snapshot.concern['number']}" if snapshot.concern else "its concern"
            raise ValueError(
                f"report {snapshot.report['id']} cannot come back: {taken} or an id is taken"
            ) from None
        audit(
            s,
            "report",
            snapshot.report["id"],
            "restore",
            before=None,
            after={
                "concern_id": snapshot.report["concern_id"],
                "submitter_id": snapshot.report["submitter_id"],
                "form_no": snapshot.report["form_no"],
                "concern_restored": snapshot.concern is not None,
            },
        )
