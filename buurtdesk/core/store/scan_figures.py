"""The trust figures of a meeting's scanned ballots, for the command line, window and verslag."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.store.models import ScanPage

# Why a page was refused: the code before the colon of its reason.
REFUSAL_CODES = (
    "unreadable",
    "no_markers",
    "no_code",
    "other_meeting",
    "unknown_batch",
    "never_printed",
    "unknown_layout",
)


@dataclass(frozen=True)
class ScanFigures:
    """How far a tally of scanned ballots can be trusted."""

    pages: int = 0  # pages read, whatever became of them
    counted: int = 0  # pages of ballots counted valid
    invalid: int = 0  # pages of ballots counted as invalid
    waiting: int = 0
    duplicate: int = 0
    confirmed: int = 0  # pages with a box the chair decided by hand
    refused: dict[str, int] = field(default_factory=dict)  # reason code -> pages

    @property
    def refused_total(self) -> int:
        return sum(self.refused.values())

    def lines(self) -> list[str]:
        why = ", ".join(f"{code} {n}" for code, n in sorted(self.refused.items()))
        return [
            f"pages read: {self.pages}",
            f"counted: {self.counted} (valid) + {self.invalid} (invalid ballots)",
            f"waiting: {self.waiting}",
            f"confirmed by hand: {self.confirmed}",
            f"duplicate (not counted twice): {self.duplicate}",
            f"refused: {self.refused_total}" + (f" ({why})" if why else ""),
        ]


def scan_figures(s: Session, meeting_id: int) -> ScanFigures:
    rows = s.execute(
        select(ScanPage.status, ScanPage.reason, ScanPage.boxes).where(
            ScanPage.meeting_id == meeting_id
        )
    ).all()
    status = Counter(r.status for r in rows)
    refused = Counter(r.reason.partition(":")[0] for r in rows if r.status == "refused")
    confirmed = sum(1 for r in rows if any(b.get("confirmed") for b in r.boxes or ()))
    return ScanFigures(
        pages=len(rows),
        counted=status["counted"],
        invalid=status["invalid"],
        waiting=status["waiting"],
        duplicate=status["duplicate"],
        confirmed=confirmed,
        refused=dict(refused),
    )
