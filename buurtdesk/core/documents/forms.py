"""Blank concern forms: one per page, each with its own pre-printed form number.

The fields follow the entry form, so a typed-up form can be matched to its paper by number.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.documents import data, print_runs, sheet
from buurtdesk.core.documents.base import ACCENT, FONT, FRAME_W, Heading, heading_for, para, styles
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.sheet import marks, sheet_styles, title_with_number
from buurtdesk.core.ranges import MAX_ID
from buurtdesk.core.store.models import Meeting

MAX_FORMS = 1000


def next_form_number(s: Session) -> int:
    """One past the highest form number printed or used in the file (1 for a new file)."""
    return print_runs.next_form_number(s)


def _field(label: str, lines: int) -> Table:
    """A label over a drawn box to write in, ``lines`` writing lines high."""
    st = sheet_styles()
    rows = [[para(label, st.bold)], [""]]
    t = Table(rows, colWidths=[FRAME_W], rowHeights=[None, 9 * mm * lines])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("BOX", (0, 1), (0, 1), 0.9, ACCENT),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("BOTTOMPADDING", (0, 0), (-1, 0), 2),
                ("TOPPADDING", (0, 0), (-1, 0), 5),
            ]
        )
    )
    return t


def _tick(text: str) -> Table:
    """A drawn box to tick with its sentence beside it."""
    st = sheet_styles()
    t = Table([[marks(1, round=False), para(text, st.big)]], colWidths=[12 * mm, FRAME_W - 12 * mm])
    t.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return t


def privacy_text(meeting: data.MeetingInfo, chair: str, texts: Texts, months: int) -> str:
    """The privacy notice: what is kept and how long, who keeps it and whom to ask."""
    who = texts("chair_named", name=chair) if chair.strip() else texts("chair_generic")
    holder = texts("privacy_holder", hood=meeting.neighbourhood, who=who)
    return f"{texts('privacy', months=months)} {holder}"


def one_form(
    number: int, meeting: data.MeetingInfo, texts: Texts, months: int, chair: str = ""
) -> list[Flowable]:
    st = sheet_styles()
    return [
        title_with_number(texts("title_forms"), texts("form_no"), str(number)),
        para(
            f"{meeting.neighbourhood} · {texts('meeting', date=texts.date(meeting.date))}", st.body
        ),
        Spacer(1, 3),
        para(texts("form_intro"), st.body),
        Spacer(1, 4),
        _field(texts("field_problem"), 4),
        _field(texts("field_where"), 1),
        _field(texts("field_theme"), 1),
        para(texts("contact"), styles().h2),
        _field(texts("field_name"), 1),
        _field(texts("field_phone"), 1),
        _field(texts("field_email"), 1),
        _field(texts("field_address"), 1),
        Spacer(1, 6),
        _tick(texts("wants_feedback")),
        _tick(texts("consent")),
        Spacer(1, 6),
        para(privacy_text(meeting, chair, texts, months), st.note),
    ]


build = sheet.build_sheets  # each form is one page: no page count in the footer


def compose(
    s: Session, meeting_id: int, lang: str, *, count: int = 10, start_no: int | None = None
) -> tuple[list[Flowable], Heading]:
    """The forms; the range of numbers printed is recorded so no later run reuses them."""
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    if not 1 <= int(count) <= MAX_FORMS:
        raise ValueError(f"the number of forms must be between 1 and {MAX_FORMS}")
    first = next_form_number(s) if start_no is None else int(start_no)
    if not 1 <= first <= MAX_ID - int(count) + 1:
        raise ValueError(f"the first form number must be from 1 to {MAX_ID - int(count) + 1:,}")
    months = data.retention_months(s)
    chair = s.scalar(select(Meeting.chair).where(Meeting.id == meeting_id)) or ""
    story: list[Flowable] = []
    for number in range(first, first + int(count)):
        if story:
            story.append(PageBreak())
        story += one_form(number, meeting, texts, months, chair)
    return story, print_runs.RecordingHeading(
        **vars(heading_for(meeting, texts, "title_forms")),
        after_write=lambda s: print_runs.record_forms(s, first, int(count)),
    )
