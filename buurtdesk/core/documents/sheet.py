"""What the sheets residents fill in share: large type, drawn marking boxes, a number box.

Ballots and forms are written on by hand, often by older residents: body text 11 pt, nothing
under 10 pt, and circles or boxes of at least 6 mm, drawn rather than typed as a glyph.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from buurtdesk.core.documents import base
from buurtdesk.core.documents.base import ACCENT, FONT, FONT_BOLD, FRAME_W, GREY, para, styles
from buurtdesk.core.documents.labels import Texts

MARK = 7 * mm  # a circle's diameter or a box's side


@dataclass(frozen=True)
class SheetStyles:
    body: ParagraphStyle  # 11 pt
    bold: ParagraphStyle
    label: ParagraphStyle  # 10 pt grey, the smallest text on a sheet
    note: ParagraphStyle  # 10 pt black, the privacy notice
    big: ParagraphStyle  # 13 pt instructions
    number: ParagraphStyle  # the pre-printed number
    title: ParagraphStyle


@cache
def sheet_styles() -> SheetStyles:
    base = styles()
    body = ParagraphStyle("sheet", parent=base.body, fontName=FONT, fontSize=11, leading=14.5)
    return SheetStyles(
        body=body,
        bold=ParagraphStyle("sheetb", parent=body, fontName=FONT_BOLD),
        label=ParagraphStyle("sheetl", parent=body, fontSize=10, leading=13, textColor=GREY),
        note=ParagraphStyle("sheetn", parent=body, fontSize=10, leading=13),
        big=ParagraphStyle("sheetbig", parent=body, fontSize=13, leading=17),
        number=ParagraphStyle("sheetno", parent=body, fontName=FONT_BOLD, fontSize=20, leading=24),
        title=base.h1,
    )


class Mark(Flowable):
    """One empty circle (``round``) or square to mark by hand, ``size`` wide and high."""

    def __init__(self, *, round: bool, size: float = MARK) -> None:
        super().__init__()
        self.round = round
        self.size = size
        self.width = self.height = size

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        c.setStrokeColor(ACCENT)
        c.setLineWidth(1.2)
        r = self.size / 2
        if self.round:
            c.circle(r, r, r - 0.6, stroke=1, fill=0)
        else:
            c.rect(0.6, 0.6, self.size - 1.2, self.size - 1.2, stroke=1, fill=0)


def marks(n: int, *, round: bool, padding: float = 3) -> Table:
    """``n`` marks side by side with a little space between, ``padding`` above and below."""
    t = Table([[Mark(round=round) for _ in range(n)]], colWidths=[MARK + 2 * mm] * n)
    t.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), padding),
                ("BOTTOMPADDING", (0, 0), (-1, -1), padding),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return t


def title_with_number(title: str, label: str, number: str, under: str = "") -> Table:
    """The sheet's title on the left, its pre-printed number boxed on the right."""
    st = sheet_styles()
    box = [para(label, st.label), para(number, st.number)]
    if under:
        box.append(para(under, st.label))
    t = Table(
        [[para(title, st.title), box]],
        colWidths=[FRAME_W - 52 * mm, 52 * mm],
    )
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


class SheetTexts(Texts):
    """The footer's page label counted per sheet: "pagina 2 van 3" of one ballot, not of the
    whole print run, and none at all when every sheet is one page (a form)."""

    def __init__(self, lang: str, sheets: int) -> None:
        super().__init__(lang)
        self.sheets = max(1, sheets)

    def __call__(self, key: str, **values: object) -> str:
        if key != "page":
            return super().__call__(key, **values)
        page, total = int(str(values["page"])), int(str(values["total"]))
        per = total // self.sheets if total % self.sheets == 0 else 0
        if per <= 1:
            return ""
        return super().__call__(key, page=(page - 1) % per + 1, total=per)


def build_sheets(
    path: Path, story: list[Flowable], heading: base.Heading, texts: Texts, **options: Any
) -> None:
    """The common page template; the sheets are the parts of ``story`` between page breaks."""
    sheets = 1 + sum(isinstance(item, PageBreak) for item in story)
    base.build(path, story, heading, SheetTexts(texts.lang, sheets), **options)
