"""What was read from the scans of a meeting: one line per page, and the trust figures."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select

from buurtdesk.core.scans.importing import PageOutcome, page_outcome
from buurtdesk.core.store.models import Meeting, ScanPage
from buurtdesk.core.store.scan_figures import ScanFigures, scan_figures

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


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
    return [page_outcome(r) for r in _rows(lib, meeting_id)]


def figures(lib: Library, meeting_id: int) -> ScanFigures:
    """Pages read, counted, waiting, confirmed by hand, duplicate and refused by reason."""
    with lib.session() as s:
        return scan_figures(s, meeting_id)
