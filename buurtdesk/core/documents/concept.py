"""A document of a meeting still to come is a draft: "CONCEPT" across every page, a line
under the title that says so, and words that never describe the meeting as held.

A meeting is still to come when it is not closed and its date lies after today (a meeting is
marked planned until it is closed, so the status alone cannot tell).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import TYPE_CHECKING

from buurtdesk.core.documents.base import Heading, para, styles
from buurtdesk.core.documents.labels import Texts

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from buurtdesk.core.documents.data import MeetingInfo
    from buurtdesk.core.store.library import Library

DRAFT_KINDS = ("report", "feedback")  # the documents that tell what a meeting did


def to_come(meeting: MeetingInfo, today: dt.date | None = None) -> bool:
    """True when ``meeting`` has not been held yet."""
    return not meeting.closed and meeting.date > (today or dt.date.today())


def stamped(heading: Heading, meeting: MeetingInfo, texts: Texts) -> Heading:
    """``heading`` with the draft stamp when the meeting is still to come."""
    if not to_come(meeting):
        return heading
    return dataclasses.replace(heading, stamp=texts("concept_stamp"))


def note(meeting: MeetingInfo, texts: Texts) -> list[Flowable]:
    """The line under the title of a draft; nothing for a meeting held."""
    if not to_come(meeting):
        return []
    return [para(texts("concept_note", date=texts.date(meeting.date)), styles().cell_bold)]


def is_draft(lib: Library, kind: str, meeting_id: int) -> bool:
    """True when document ``kind`` of the meeting comes out marked CONCEPT."""
    from buurtdesk.core.documents.data import meeting_info

    if kind not in DRAFT_KINDS:
        return False
    with lib.session() as s:
        return to_come(meeting_info(s, meeting_id))


def draft_notice(lib: Library, kind: str, meeting_id: int) -> str:
    """An English sentence for the command line when ``kind`` comes out as a draft; else ""."""
    from buurtdesk.core.documents.data import meeting_info

    if not is_draft(lib, kind, meeting_id):
        return ""
    with lib.session() as s:
        meeting = meeting_info(s, meeting_id)
    return (
        f"meeting {meeting.id} ({meeting.date:%d-%m-%Y}) has not been held yet: the {kind} "
        "is marked CONCEPT on every page"
    )
