"""Ballots: the meeting's concerns by number and public title, boxes by the voting method."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer
from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core import public_text
from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    ACCENT,
    FRAME_W,
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
    title_block,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.models import Concern, ConcernStatus, VotingMethod
from buurtdesk.core.slide_data import public_street

if TYPE_CHECKING:
    from buurtdesk.core.library import Library

MAX_BALLOTS = 500
CIRCLE = "○"


def ballot_concerns(s: Session, meeting: data.MeetingInfo) -> list[tuple[str, str, str]]:
    """(code, public title, street): raised for this meeting, or still on the backlog."""
    raised = {c.id for c in data.concerns_raised(s, meeting.id)}
    rows = s.execute(
        select(Concern.id, Concern.number, Concern.title, Concern.street, Concern.status)
        .where(Concern.neighbourhood_id == meeting.neighbourhood_id)
        .order_by(Concern.number)
    )
    return [
        (f"K{number}", public_text.clean(title, street), public_street(street))
        for cid, number, title, street, status in rows
        if cid in raised and status != ConcernStatus.MERGED or status == ConcernStatus.OPEN
    ]


def _from_voting(lib: Library, meeting_id: int) -> list[tuple[str, str, str]] | None:
    """The voting engine's list of concerns on the ballot, when the engine is there."""
    try:
        voting = import_module("buurtdesk.core.voting")
        found: Any = voting.voting_concerns(lib, meeting_id)
        rows = [(str(c.code), str(c.title), str(c.street)) for c in found]
        return [(code, public_text.clean(t, st), public_street(st)) for code, t, st in rows]
    except (ImportError, AttributeError, TypeError, ValueError, LookupError):
        return None


def _instruction(meeting: data.MeetingInfo, texts: Texts) -> str:
    if meeting.voting_method == VotingMethod.RANKED:
        return texts("ballot_ranked", choices=meeting.ranked_choices)
    if meeting.voting_method == VotingMethod.APPROVAL:
        return texts("ballot_approval")
    text = texts("ballot_dots", dots=meeting.dots_per_resident)
    if meeting.max_dots_per_concern:
        text += texts("ballot_dots_max", max=meeting.max_dots_per_concern)
    return text


def one_ballot(
    concerns: list[tuple[str, str, str]], meeting: data.MeetingInfo, texts: Texts
) -> list[Flowable]:
    st = styles()
    method = meeting.voting_method
    story: list[Flowable] = [
        para(f"{texts('ballot_no')} ________", st.body),
        Spacer(1, 4),
        para(_instruction(meeting, texts), st.big),
        Spacer(1, 8),
    ]
    if not concerns:
        return story + [para(texts("no_concerns"), st.big)]
    items = [public_label(title, street) for _c, title, street in concerns]
    if method == VotingMethod.DOTS:
        per = min(meeting.dots_per_resident, meeting.max_dots_per_concern or 99)
        grid = "  ".join([CIRCLE] * max(1, per))
        rows = [[texts("number"), texts("concern"), ""]] + [
            [code, item, grid] for (code, _t, _s), item in zip(concerns, items, strict=True)
        ]
        widths = [16 * mm, FRAME_W - 16 * mm - 50 * mm, 50 * mm]
        return story + [table(rows, widths)]
    box_col = texts("rank") if method == VotingMethod.RANKED else ""
    rows = [[box_col, texts("number"), texts("concern")]] + [
        ["", code, item] for (code, _t, _s), item in zip(concerns, items, strict=True)
    ]
    widths = [16 * mm, 16 * mm, FRAME_W - 32 * mm]
    extra = [("BOX", (0, r), (0, r), 1, ACCENT) for r in range(1, len(rows))]
    return story + [table(rows, widths, extra=extra)]


def compose(
    s: Session, meeting_id: int, lang: str, *, count: int = 1, lib: Library | None = None
) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    if not 1 <= int(count) <= MAX_BALLOTS:
        raise ValueError(f"the number of ballots must be between 1 and {MAX_BALLOTS}")
    heading = heading_for(meeting, texts, "title_ballots")
    found = _from_voting(lib, meeting_id) if lib is not None else None
    concerns = found if found is not None else ballot_concerns(s, meeting)
    story: list[Flowable] = []
    for _ in range(int(count)):
        if story:
            story.append(PageBreak())
        story += title_block(heading) + one_ballot(concerns, meeting, texts)
    return story, heading
