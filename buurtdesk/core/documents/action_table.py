"""The actions as table rows: who, due, hours, status and the latest note, late ones marked.

Shared by the actielijst, the verslag and the table of earlier actions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable

from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    FONT_BOLD,
    FRAME_W,
    hours,
    para,
    styles,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.enums import ActionStatus

# Who, due, hours and status fit "Woningcorporatie", "06-06-2026", "besteed /" and "vervallen"
# at 10 pt without splitting a word; what (and the latest note) share the rest.
_FIXED = (101.0, 72.0, 66.0, 60.0)
_REST = FRAME_W - sum(_FIXED)
WIDTHS = (_REST, *_FIXED)
# The earlier actions add the latest note: who, due, hours and status just fit their longest
# words (regular weight in the cells), and "Wat" keeps the larger share of the rest.
_EARLIER_FIXED = (98.0, 67.0, 62.0, 57.0)
_EARLIER_REST = FRAME_W - sum(_EARLIER_FIXED)
EARLIER_WIDTHS = (_EARLIER_REST * 0.6, *_EARLIER_FIXED, _EARLIER_REST * 0.4)
LATE_BG = colors.HexColor("#fbe3e0")
OPEN_STATES = (ActionStatus.OPEN, ActionStatus.IN_PROGRESS)


ROOM = 40 * mm  # a heading needs this much room below it, else it starts the next page


EARLIER_ROOM = 75 * mm  # the header, a concern row and its first action go together


def section(text: str, room: float = ROOM) -> list[Flowable]:
    """A heading that never ends a page: it moves on when less than ``room`` is left, and the
    table under it runs on rather than leaving the page half empty."""
    h2 = ParagraphStyle("h2-section", parent=styles().h2, keepWithNext=0)
    return [CondPageBreak(room), para(text, h2)]


def priority_style() -> ParagraphStyle:
    """A priority's title: bold body text, a third-level heading for a screen reader."""
    return ParagraphStyle("h3-priority", parent=styles().cell_bold)


def spent_planned(a: data.ActionInfo) -> str:
    """Hours as one label everywhere: spent / planned ("0 / 8" before any work)."""
    if a.hours_spent is None and a.hours_planned is None:
        return ""
    return f"{hours(a.hours_spent) or '0'} / {hours(a.hours_planned) or '–'}"


def is_late(a: data.ActionInfo, meeting_date: dt.date) -> bool:
    """Due before the meeting and still not done (nor dropped)."""
    return a.due is not None and a.due < meeting_date and a.status in OPEN_STATES


def due_text(a: data.ActionInfo, texts: Texts, meeting_date: dt.date) -> str:
    due = texts.short_date(a.due)
    return f"{due}\n⚠ {texts('late')}" if is_late(a, meeting_date) else due


def late_style(late: Sequence[int]) -> list[tuple[Any, ...]]:
    """A tinted background for every late row."""
    commands: list[tuple[Any, ...]] = []
    for r in late:
        commands.append(("BACKGROUND", (0, r), (-1, r), LATE_BG))
    return commands


def _header(texts: Texts) -> list[str]:
    return [texts("what"), texts("who"), texts("deadline"), texts("hours"), texts("status")]


def who(a: data.ActionInfo, texts: Texts) -> str:
    """The partner, and under it the person where the document names them."""
    partner = texts.stored(a.partner)
    return f"{partner}\n{a.person}" if a.person else partner


def action_rows(
    actions: Sequence[data.ActionInfo], texts: Texts, meeting_date: dt.date
) -> tuple[list[list[str]], list[int]]:
    """The table of a priority's actions, and the row numbers of the late ones."""
    rows = [_header(texts)]
    late: list[int] = []
    for a in actions:
        if is_late(a, meeting_date):
            late.append(len(rows))
        rows.append(
            [
                a.description,
                who(a, texts),
                due_text(a, texts, meeting_date),
                spent_planned(a),
                texts.status(a.status.value),
            ]
        )
    return rows, late


def concern_line(a: data.ActionInfo) -> str:
    """ "K6 · Zwerfvuil bij de containers": the number never stands alone."""
    return " · ".join(x for x in (a.concern_code, a.concern_title) if x)


def earlier_rows(
    actions: Sequence[data.ActionInfo], texts: Texts, meeting_date: dt.date
) -> tuple[list[list[str]], list[int], list[int]]:
    """Earlier actions under a row naming their concern ("K6 · Zwerfvuil ..."), with status
    and latest note in their own columns.  Returns the rows, the late rows, the concern rows."""
    rows = [[*_header(texts), texts("last_update")]]
    late: list[int] = []
    groups: list[int] = []
    current: str | None = None
    for a in actions:
        concern = concern_line(a)
        if concern and concern != current:
            groups.append(len(rows))
            rows.append([concern, "", "", "", "", ""])
        current = concern
        if is_late(a, meeting_date):
            late.append(len(rows))
        rows.append(
            [
                f"{a.description}\n{texts('agreed_on')} {texts.short_date(a.agreed)}",
                who(a, texts),
                due_text(a, texts, meeting_date),
                spent_planned(a),
                texts.status(a.status.value),
                a.last_note or a.result,
            ]
        )
    return rows, late, groups


def bold_rows(rows: list[list[Any]], groups: Sequence[int]) -> list[list[Any]]:
    """The concern rows' text in bold (a table cell's font follows its paragraph style)."""
    bold = styles().cell_bold
    return [[para(row[0], bold), *row[1:]] if r in groups else row for r, row in enumerate(rows)]


def earlier_style(late: Sequence[int], groups: Sequence[int]) -> list[tuple[Any, ...]]:
    """Late rows tinted; each concern row spans the table in bold."""
    commands = late_style(late)
    for r in groups:
        commands += [
            ("SPAN", (0, r), (-1, r)),
            ("NOSPLIT", (0, r), (-1, r + 1)),  # a concern row never ends a page alone
            ("FONTNAME", (0, r), (-1, r), FONT_BOLD),
            ("TOPPADDING", (0, r), (-1, r), 6),
        ]
    return commands
