"""Uitnodiging: a one-page flyer for a meeting, for letterboxes and the community centre.

Date, time and place in large type, the agenda, the current top 3 with the status of their
actions, how to hand in a concern, and whom to contact.  A short flyer still fills the page
(the contact sits at its foot); a long one is shrunk to fit.  Asked for a meeting that is
closed, it invites to the neighbourhood's next meeting when one is planned.
"""

from __future__ import annotations

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    ACCENT,
    FONT_BOLD,
    FRAME_W,
    HEAD_BG,
    MARGIN,
    PAGE_H,
    Heading,
    heading_for,
    para,
    public_label,
    styles,
    table,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.report import contact_text

TOP = 3
ACTIONS_SHOWN = 4
FRAME_H = PAGE_H - 2 * MARGIN - 8 * mm  # the story frame's height, less its padding


def _style(name: str, size: float, *, bold: bool = True, centre: bool = True) -> ParagraphStyle:
    return ParagraphStyle(
        f"flyer-{name}",
        parent=styles().body,
        fontName=FONT_BOLD if bold else styles().body.fontName,
        fontSize=size,
        leading=size * 1.22,
        alignment=TA_CENTER if centre else 0,
    )


def facts_panel(meeting: data.MeetingInfo, texts: Texts) -> Flowable:
    """Date, time and place, large and centred on a tinted panel."""
    rows: list[list[Flowable]] = [[para(texts.date(meeting.date, weekday=True), _style("d", 24))]]
    if meeting.start_time is not None:
        time = texts("time_at", time=meeting.start_time.strftime("%H:%M"))
        rows.append([para(time, _style("t", 22))])
    place = meeting.location or texts("to_be_announced")
    rows.append([para(place, _style("p", 20, bold=False))])
    return table(
        rows,
        [FRAME_W],
        header=False,
        extra=[
            ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, -2), 0, HEAD_BG),
            ("LINEABOVE", (0, 0), (-1, 0), 3, ACCENT),
            ("LINEBELOW", (0, -1), (-1, -1), 3, ACCENT),
            ("TOPPADDING", (0, 0), (-1, 0), 12),
            ("BOTTOMPADDING", (0, -1), (-1, -1), 12),
        ],
    )


def top_block(top: list[data.PriorityInfo], texts: Texts) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [para(texts("invite_top3"), st.h2)]
    if not top:
        return story + [para(texts("invite_no_top3"))]
    for p in top[:TOP]:
        story.append(para(f"{p.rank}. {public_label(p.title, p.street)}", st.cell_bold))
        for a in p.actions[:ACTIONS_SHOWN]:
            story.append(
                para(f"• {a.description} ({a.partner}): {texts.status(a.status.value)}", st.cell)
            )
        if len(p.actions) > ACTIONS_SHOWN:
            story.append(para(f"• … +{len(p.actions) - ACTIONS_SHOWN}", st.cell))
        story.append(Spacer(1, 4))
    return story


def _height(flowables: list[Flowable]) -> float:
    total = 0.0
    for f in flowables:
        _w, h = f.wrap(FRAME_W, FRAME_H)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def fill_page(body: list[Flowable], foot: list[Flowable]) -> list[Flowable]:
    """``body`` at the top and ``foot`` at the bottom of one page; shrunk if it cannot fit."""
    gap = FRAME_H - 16 - _height(body) - _height(foot)
    content = [*body, Spacer(1, max(8.0, gap)), *foot]
    return [KeepInFrame(FRAME_W, FRAME_H, content, mode="shrink")]


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    st = styles()
    meeting = data.meeting_info(s, meeting_id)
    if meeting.closed:  # made at the end of a meeting: invite to the one after it
        meeting = data.next_meeting(s, meeting) or meeting
    heading = heading_for(meeting, texts, "title_invitation")
    agenda = [title for title, _notes in data.agenda(s, meeting.id)]
    body: list[Flowable] = [
        para(texts("invite_heading", hood=meeting.neighbourhood), _style("h", 24)),
        Spacer(1, 6),
        para(texts("invite_lead"), _style("l", 14, bold=False)),
        Spacer(1, 12),
        facts_panel(meeting, texts),
        Spacer(1, 6),
        para(texts("agenda"), st.h2),
    ]
    body += [para(f"{i}. {t}") for i, t in enumerate(agenda, start=1)] or [
        para(texts("to_be_announced"))
    ]
    body += top_block(data.latest_priorities(s, meeting), texts)
    foot: list[Flowable] = [
        para(texts("invite_how"), st.h2),
        para(texts("invite_how_text"), st.big),
        Spacer(1, 8),
        # A flyer goes up on doors and notice boards: no one's own name on it.
        para(contact_text(texts, meeting.neighbourhood, "", meeting.location), st.big),
    ]
    return fill_page(body, foot), heading
