"""Blank concern forms: one per page, each with its own pre-printed form number.

The fields follow the entry form, so a typed-up form can be matched to its paper by number.
"""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_W,
    LINE,
    Heading,
    heading_for,
    para,
    styles,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.models import Report

MAX_FORMS = 1000
BOX = "☐"


def next_form_number(s: Session) -> int:
    """One past the highest numeric form number in the file (1 for a new file)."""
    numbers = [int(n) for n in s.scalars(select(Report.form_no)) if n and n.strip().isdigit()]
    return max(numbers, default=0) + 1


def _field(label: str, lines: int) -> Table:
    st = styles()
    rows = [[para(label, st.cell_bold)]] + [[""] for _ in range(lines)]
    t = Table(rows, colWidths=[FRAME_W], rowHeights=[None] + [9 * mm] * lines)
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.5, LINE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def _title_row(number: int, texts: Texts) -> Table:
    """The form's title on the left, its pre-printed number in a box on the right."""
    st = styles()
    box = [para(texts("form_no"), st.small), para(str(number), st.h1)]
    t = Table([[para(texts("title_forms"), st.h1), box]], colWidths=[FRAME_W - 48 * mm, 48 * mm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT_BOLD),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (0, 0), 0),
                ("LEFTPADDING", (1, 0), (1, 0), 8),
                ("BOX", (1, 0), (1, 0), 1.2, ACCENT),
                ("BACKGROUND", (1, 0), (1, 0), colors.white),
            ]
        )
    )
    return t


def one_form(number: int, meeting: data.MeetingInfo, texts: Texts, months: int) -> list[Flowable]:
    st = styles()
    return [
        _title_row(number, texts),
        para(f"{meeting.neighbourhood} · {texts('meeting', date=texts.date(meeting.date))}"),
        Spacer(1, 3),
        para(texts("form_intro")),
        Spacer(1, 6),
        _field(texts("field_problem"), 5),
        _field(texts("field_where"), 1),
        _field(texts("field_theme"), 1),
        para(texts("contact"), st.h2),
        _field(texts("field_name"), 1),
        _field(texts("field_phone"), 1),
        _field(texts("field_email"), 1),
        _field(texts("field_address"), 1),
        Spacer(1, 8),
        para(f"{BOX}  {texts('wants_feedback')}", st.big),
        para(f"{BOX}  {texts('consent')}", st.big),
        Spacer(1, 8),
        para(texts("privacy", months=months), st.small),
    ]


def compose(
    s: Session, meeting_id: int, lang: str, *, count: int = 10, start_no: int | None = None
) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    if not 1 <= int(count) <= MAX_FORMS:
        raise ValueError(f"the number of forms must be between 1 and {MAX_FORMS}")
    first = next_form_number(s) if start_no is None else int(start_no)
    if first < 1:
        raise ValueError("the first form number must be 1 or more")
    months = data.retention_months(s)
    story: list[Flowable] = []
    for number in range(first, first + int(count)):
        if story:
            story.append(PageBreak())
        story += one_form(number, meeting, texts, months)
    return story, heading_for(meeting, texts, "title_forms")
