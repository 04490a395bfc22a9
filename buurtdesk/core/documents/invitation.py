"""Uitnodiging: a one-page flyer for a meeting, for letterboxes and the community centre.

Date, place and agenda of the meeting, the current top 3 with the status of their actions,
and how to hand in a concern.  Everything is shrunk to fit one A4 page.  Asked for a meeting
that is closed, it invites to the neighbourhood's next meeting when one is planned.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    FRAME_W,
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

TOP = 3
ACTIONS_SHOWN = 4


def _when(meeting: data.MeetingInfo, texts: Texts) -> str:
    when = texts.date(meeting.date, weekday=True)
    if meeting.start_time is not None:
        when += " " + texts("time_at", time=meeting.start_time.strftime("%H:%M"))
    return when


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


def compose(s: Session, meeting_id: int, lang: str) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    st = styles()
    meeting = data.meeting_info(s, meeting_id)
    if meeting.closed:  # made at the end of a meeting: invite to the one after it
        meeting = data.next_meeting(s, meeting) or meeting
    heading = heading_for(meeting, texts, "title_invitation")
    facts = table(
        [
            [para(texts("invite_when"), st.big), para(_when(meeting, texts), st.big)],
            [
                para(texts("invite_where"), st.big),
                para(meeting.location or texts("to_be_announced"), st.big),
            ],
        ],
        (30 * mm, FRAME_W - 30 * mm),
        header=False,
    )
    agenda = [title for title, _notes in data.agenda(s, meeting.id)]
    content: list[Flowable] = [
        para(f"{texts('title_invitation')} · {meeting.neighbourhood}", st.h1),
        para(texts("invite_lead"), st.big),
        Spacer(1, 8),
        facts,
        para(texts("agenda"), st.h2),
    ]
    content += [para(f"{i}. {t}") for i, t in enumerate(agenda, start=1)] or [
        para(texts("to_be_announced"))
    ]
    content += top_block(data.latest_priorities(s, meeting), texts)
    content += [para(texts("invite_how"), st.h2), para(texts("invite_how_text"), st.big)]
    # One page, whatever the agenda's length: shrink rather than run on.
    frame_h = PAGE_H - 2 * MARGIN - 8 * mm
    return [KeepInFrame(FRAME_W, frame_h, content, mode="shrink")], heading
