"""Who raised which concern, for the list when personal data is shown.

The core's ``list_concerns`` holds no personal data (rightly); this small read-only query adds
the submitters' names and contact details per concern, only when the user asked to see them.
The window imports it lazily, after the file is open.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from sqlalchemy import select

from buurtdesk.core.store.models import Concern, Report, Submitter

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def submitter_summaries(lib: Library, neighbourhood_id: int) -> dict[int, str]:
    """``{concern_id: "Name (phone, e-mail); …"}`` for the concerns of one neighbourhood."""
    stmt = (
        select(Report.concern_id, Submitter.name, Submitter.phone, Submitter.email)
        .join(Submitter, Report.submitter_id == Submitter.id)
        .join(Concern, Report.concern_id == Concern.id)
        .where(Concern.neighbourhood_id == neighbourhood_id)
        .order_by(Report.id)
    )
    people: dict[int, list[str]] = defaultdict(list)
    with lib.session() as s:
        for concern_id, name, phone, email in s.execute(stmt):
            contact = ", ".join(p for p in (phone, email) if p)
            text = f"{name} ({contact})" if name and contact else name or contact
            if text:
                people[concern_id].append(text)
    return {cid: "; ".join(texts) for cid, texts in people.items()}
