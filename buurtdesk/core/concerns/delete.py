"""Deleting a report or a whole import, and putting it back exactly: what undo needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from buurtdesk.core.store.audit import record as audit
from buurtdesk.core.store.models import Action, Concern, Priority, Report, Submitter, Tally

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


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
    "postcode",
    "town",
    "language",
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


@dataclass(frozen=True)
class ImportSnapshot:
    """The rows an import added, as they were when it was taken back."""

    concerns: list[dict[str, Any]]
    submitters: list[dict[str, Any]]
    reports: list[dict[str, Any]]


def _chunks(ids: Sequence[int], size: int = 5000) -> list[list[int]]:
    """SQLite takes at most 32,766 values in one statement: large imports go in parts."""
    return [list(ids[i : i + size]) for i in range(0, len(ids), size)]


def _plain(session: Session, model: Any, cols: list[str], ids: list[int]) -> list[dict[str, Any]]:
    """The rows with these ids as plain dicts: no ORM objects to build for a large import."""
    columns = [getattr(model, c) for c in cols]
    return [
        row._asdict()
        for part in _chunks(ids)
        for row in session.execute(select(*columns).where(model.id.in_(part)))
    ]


def _brought(session: Session, reports: list[dict[str, Any]], ids: set[int]) -> list[int]:
    """The concerns an import brought: those whose first report is one of its reports.  The
    others are concerns already in the file that a row of the import was attached to."""
    originals = sorted({r["original_concern_id"] for r in reports})
    first = Report.original_concern_id, func.min(Report.id)
    brought: list[int] = []
    for part in _chunks(originals):
        stmt = select(*first).where(Report.original_concern_id.in_(part))
        rows = session.execute(stmt.group_by(Report.original_concern_id))
        brought += [cid for cid, lowest in rows if lowest in ids]
    return sorted(brought)


def remove_import(lib: Library, report_ids: Sequence[int]) -> ImportSnapshot:
    """Take an import back in one transaction: its reports, their submitters and the concerns
    they brought (a report attached to a concern already there leaves that concern).  Refused,
    with nothing changed, when one of the concerns it brought has been worked on since
    (another report, a merge, a count, a priority or an action)."""
    ids = sorted(set(report_ids))
    with lib.session() as s, s.begin():
        reports = _plain(s, Report, _REPORT_COLS, ids)
        if len(reports) != len(ids):
            raise ValueError("some reports of this import are no longer in the file")
        cids = _brought(s, reports, set(ids))
        ours = [r for r in reports if r["original_concern_id"] in cids]
        if any(r["concern_id"] != r["original_concern_id"] for r in ours):
            raise ValueError("a concern of this import has been merged since")
        referring = 0
        for part in _chunks(cids):
            on_part = Report.concern_id.in_(part) | Report.original_concern_id.in_(part)
            referring += s.scalar(select(func.count(Report.id)).where(on_part)) or 0
            used = (
                select(func.count(Concern.id)).where(Concern.merged_into_id.in_(part)),
                select(func.count(Tally.id)).where(Tally.concern_id.in_(part)),
                select(func.count(Priority.id)).where(Priority.concern_id.in_(part)),
                select(func.count(Action.id)).where(Action.concern_id.in_(part)),
            )
            if any(s.scalar(q) for q in used):
                raise ValueError("the concerns of this import have been worked on since")
        if referring != len(ours):  # another report was added to one of them
            raise ValueError("the concerns of this import have been worked on since")
        sids = sorted({r["submitter_id"] for r in reports if r["submitter_id"] is not None})
        snapshot = ImportSnapshot(
            _plain(s, Concern, _CONCERN_COLS, cids),
            _plain(s, Submitter, _SUBMITTER_COLS, sids),
            reports,
        )
        # The snapshot has been taken and the session ends with this transaction: matching
        # every loaded object against each IN list would cost seconds for a large import.
        quick = {"synchronize_session": False}
        for model, keys in ((Report, ids), (Submitter, sids), (Concern, cids)):
            for part in _chunks(keys):
                s.execute(delete(model).where(model.id.in_(part)), execution_options=quick)
        audit(s, "import", ids[0] if ids else None, "undo", before={"reports": len(ids)})
    return snapshot


def restore_import(lib: Library, snapshot: ImportSnapshot) -> None:
    """Put a taken-back import back exactly, with the same ids and numbers."""
    with lib.session() as s, s.begin():
        try:
            for model, rows in (
                (Concern, snapshot.concerns),
                (Submitter, snapshot.submitters),
                (Report, snapshot.reports),
            ):
                if rows:
                    s.execute(insert(model), rows)
        except IntegrityError:
            taken = "the import cannot come back: a concern number or id is taken"
            raise ValueError(taken) from None
        first = min((r["id"] for r in snapshot.reports), default=0)
        audit(s, "import", first, "redo", before=None, after={"reports": len(snapshot.reports)})
