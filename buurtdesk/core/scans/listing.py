"""What was read from the scans of a meeting: one line per page, and the trust figures."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy import select

from buurtdesk.core.scans.importing import PageOutcome, _outcome
from buurtdesk.core.store.models import Meeting, ScanPage

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


@dataclass(frozen=True)
class ScanFigures:
    """How far a tally of scanned ballots can be trusted."""

    pages: int = 0  # pages read, whatever became of them
    counted: int = 0  # pages of ballots counted valid
    invalid: int = 0  # pages of ballots counted as invalid
    waiting: int = 0
    duplicate: int = 0
    confirmed: int = 0  # pages whose unsure boxes the chair decided by hand
    refused: dict[str, int] = field(default_factory=dict)  # reason code -> pages

    def lines(self) -> list[str]:
        refused = sum(self.refused.values())
        why = ", ".join(f"{code} {n}" for code, n in sorted(self.refused.items()))
        return [
            f"pages read: {self.pages}",
            f"counted: {self.counted} (valid) + {self.invalid} (invalid ballots)",
            f"waiting: {self.waiting}",
            f"confirmed by hand: {self.confirmed}",
            f"duplicate (not counted twice): {self.duplicate}",
            f"refused: {refused}" + (f" ({why})" if why else ""),
        ]


def _rows(lib: Library, meeting_id: int) -> list[ScanPage]:
    from buurtdesk.core.errors import UnknownMeetingError

    with lib.session() as s:
        if s.get(Meeting, meeting_id) is None:
            raise UnknownMeetingError(f"no meeting with id {meeting_id}")
        rows = list(
            s.scalars(select(ScanPage).where(ScanPage.meeting_id == meeting_id).order_by("id"))
        )
        s.expunge_all()
        return rows


def scan_pages(lib: Library, meeting_id: int) -> list[PageOutcome]:
    """Every page read for the meeting, in the order read."""
    return [_outcome(r) for r in _rows(lib, meeting_id)]


def figures(lib: Library, meeting_id: int) -> ScanFigures:
    rows = _rows(lib, meeting_id)
    status = Counter(r.status for r in rows)
    refused = Counter(r.reason.partition(":")[0] for r in rows if r.status == "refused")
    confirmed = sum(1 for r in rows if any(b.get("confirmed") for b in r.boxes))
    return ScanFigures(
        pages=len(rows),
        counted=status["counted"],
        invalid=status["invalid"],
        waiting=status["waiting"],
        duplicate=status["duplicate"],
        confirmed=confirmed,
        refused=dict(refused),
    )
