"""Ballots: the meeting's concerns by number and public title, marks by the voting method.

Every ballot carries a running number and its batch code; each print batch lists the concerns
in its own recorded order (see :mod:`print_runs`), so no concern profits from being on top.
The counting reads the K-numbers, so any batch's order counts the same.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any, cast

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from buurtdesk.core import text as public_text
from buurtdesk.core.documents import data, print_runs
from buurtdesk.core.documents.accessible import TaggedTable
from buurtdesk.core.documents.base import (
    FRAME_W,
    HEAD_BG,
    Heading,
    heading_for,
    para,
    public_label,
    table,
)
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.documents.readable import ReadablePage, SheetText
from buurtdesk.core.documents.sheet import (
    MARK,
    build_sheets,
    marks,
    sheet_styles,
    title_with_number,
)
from buurtdesk.core.enums import VotingMethod
from buurtdesk.core.omr import layout as geo
from buurtdesk.core.store import print_record
from buurtdesk.core.store.print_record import record_ballot_batch
from buurtdesk.core.text import public_street

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

MAX_BALLOTS = 500
build = build_sheets  # the footer counts the pages of each ballot
MAX_MARKS = 8  # circles that fit in a row
ROW_PAD = 2  # above and below a concern's row: 20 concerns fit one A4 sheet


class BallotTable(TaggedTable):
    """The concerns of one ballot.  A ballot too long for one sheet goes on under its first
    row with "vervolg" added, so every sheet names its ballot and says it goes on."""

    continued: Flowable | None = None

    def onSplit(self, T: Table, byRow: int = 1) -> None:  # noqa: N802, N803
        super().onSplit(T, byRow)
        T.continued = self.continued

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        parts: list[Flowable] = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.continued is not None:
            rest = parts[1]
            rest._cellvalues[0] = [self.continued, *rest._cellvalues[0][1:]]
        return parts


def _from_voting(lib: Library, meeting_id: int) -> list[tuple[str, str, str]]:
    """The voting engine's list of concerns on the ballot: exactly what the counting accepts."""
    voting: Any = import_module("buurtdesk.core.voting.counting")
    rows = [
        (str(c.code), str(c.title), str(c.street)) for c in voting.voting_concerns(lib, meeting_id)
    ]
    return [(code, public_text.clean(t, st), public_street(st)) for code, t, st in rows]


def _instruction(meeting: data.MeetingInfo, texts: Texts) -> str:
    if meeting.voting_method == VotingMethod.RANKED:
        return texts("ballot_ranked", choices=meeting.ranked_choices)
    if meeting.voting_method == VotingMethod.APPROVAL:
        return texts("ballot_approval")
    text = texts("ballot_dots", dots=meeting.dots_per_resident)
    if meeting.max_dots_per_concern:
        text += texts("ballot_dots_max", max=meeting.max_dots_per_concern)
    return text


def _rows(
    concerns: list[tuple[str, str, str]], meeting: data.MeetingInfo, texts: Texts, sheet: str
) -> tuple[list[list[Any]], list[float]]:
    """The table: a repeated line naming the ballot, the column heads, one row per concern."""
    st = sheet_styles()
    method = meeting.voting_method
    items = [para(public_label(title, street), st.body) for _c, title, street in concerns]
    codes = [para(code, st.bold) for code, _t, _s in concerns]
    if method == VotingMethod.DOTS:
        per = min(meeting.dots_per_resident, meeting.max_dots_per_concern or 99, MAX_MARKS)
        mark_w = max(1, per) * (MARK + 2 * mm) + 4 * mm
        head = [texts("number"), texts("concern"), ""]
        body = [
            [c, item, marks(max(1, per), round=True, padding=0)]
            for c, item in zip(codes, items, strict=True)
        ]
        widths = [18 * mm, FRAME_W - 18 * mm - mark_w, mark_w]
    else:
        head = [
            texts("rank") if method == VotingMethod.RANKED else "",
            texts("number"),
            texts("concern"),
        ]
        body = [
            [marks(1, round=False, padding=0), c, item]
            for c, item in zip(codes, items, strict=True)
        ]
        widths = [18 * mm, 18 * mm, FRAME_W - 36 * mm]
    named = [para(sheet, st.label), "", ""]
    head_cells = [para(h, st.bold) for h in head]
    return [named, head_cells, *body], widths


def one_ballot(
    concerns: list[tuple[str, str, str]],
    meeting: data.MeetingInfo,
    texts: Texts,
    heading: Heading,
    number: int,
    batch: str,
) -> list[Flowable]:
    st = sheet_styles()
    under = texts("ballot_batch", code=batch)
    story: list[Flowable] = [
        title_with_number(heading.title, texts("ballot_no"), str(number), under),
        para(f"{heading.neighbourhood} · {heading.meeting}", st.body),
        Spacer(1, 6),
        para(_instruction(meeting, texts), st.big),
        Spacer(1, 8),
    ]
    if not concerns:
        return story + [para(texts("no_concerns"), st.big)]
    sheet = texts("ballot_sheet", no=number, code=batch)
    rows, widths = _rows(concerns, meeting, texts, sheet)
    t = cast(BallotTable, table(rows, widths, extra=_table_style(), kind=BallotTable))
    t.repeatRows = 2  # every page of a long ballot names the ballot and its batch
    t.continued = para(f"{sheet} · {texts('ballot_continued')}", sheet_styles().label)
    return story + [t]


def readable_ballot(
    pages: list[geo.PageLayout],
    concerns: list[tuple[str, str, str]],
    meeting: data.MeetingInfo,
    texts: Texts,
    heading: Heading,
    number: int,
    batch: print_record.BallotBatch,
    uuid: str,
) -> list[Flowable]:
    """An approval or ranked ballot a scan reads back: one :class:`ReadablePage` per page."""
    if meeting.voting_method == VotingMethod.RANKED:
        instruction = texts("ballot_ranked_grid", choices=meeting.ranked_choices)
    else:
        instruction = texts("ballot_approval")
    titles = {code: public_label(title, street) for code, title, street in concerns}
    story: list[Flowable] = []
    for page in pages:
        under = texts("ballot_sheet", no=number, code=batch.code)
        where = f"{heading.neighbourhood} · {heading.meeting}"
        if page.pages > 1:
            where = texts("ballot_page", page=page.page, pages=page.pages) + " · " + where
        text = SheetText(
            title=heading.title,
            under=under,
            meeting=where,
            instruction=instruction,
            rule=texts("ballot_rule"),
            titles=titles,
            payload=geo.payload(page.kind, uuid, batch.code, number, page.page, page.hash),
        )
        if story:
            story.append(PageBreak())
        story.append(ReadablePage(page, text))
    return story


def _table_style() -> list[tuple[Any, ...]]:
    return [
        ("SPAN", (0, 0), (-1, 0)),
        ("BACKGROUND", (0, 0), (-1, 0), colors.white),
        ("BACKGROUND", (0, 1), (-1, 1), HEAD_BG),
        ("VALIGN", (0, 2), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 2), (-1, -1), ROW_PAD),
        ("BOTTOMPADDING", (0, 2), (-1, -1), ROW_PAD),
    ]


def compose(
    s: Session,
    meeting_id: int,
    lang: str,
    *,
    count: int = 1,
    lib: Library | None = None,
    seed: int | None = None,
) -> tuple[list[Flowable], Heading]:
    texts = Texts(lang)
    meeting = data.meeting_info(s, meeting_id)
    if not 1 <= int(count) <= MAX_BALLOTS:
        raise ValueError(f"the number of ballots must be between 1 and {MAX_BALLOTS}")
    if lib is None:
        raise ValueError("ballots are made through the library, which knows the ballot")
    heading = heading_for(meeting, texts, "title_ballots")
    concerns = _from_voting(lib, meeting_id)
    by_code = {row[0]: row for row in concerns}
    batch = print_runs.plan_ballot_batch(s, meeting_id, list(by_code), int(count), seed)
    ordered = [by_code[code] for code in batch.order]
    kind = geo.kind_for(meeting.voting_method.value)
    story: list[Flowable] = []
    for number in range(batch.first, batch.last + 1):
        if story:
            story.append(PageBreak())
        if kind is not None and ordered:
            uuid = print_runs.meeting_uuid(s, meeting_id)
            pages = geo.plan(kind, batch.order, meeting.ranked_choices)
            story += readable_ballot(pages, ordered, meeting, texts, heading, number, batch, uuid)
        else:
            story += one_ballot(ordered, meeting, texts, heading, number, batch.code)
    return story, print_runs.RecordingHeading(
        **vars(heading), after_write=lambda s: record_ballot_batch(s, meeting_id, batch)
    )
