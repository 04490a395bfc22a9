"""A ballot a scan can read back: drawn at the fixed places of :mod:`buurtdesk.core.omr.layout`.

One :class:`ReadablePage` fills a page: four ArUco markers, the QR code naming the sheet, the
title and number, the instructions with the rule for a mistake (a box coloured fully black is
cancelled), and one row per concern with its box (approval) or boxes per place (ranked).  The
markers are drawn from the bit patterns in ``layout``; printing never imports OpenCV.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable

from buurtdesk.core.documents.accessible import Tagger
from buurtdesk.core.documents.base import FONT, FONT_BOLD, FRAME_H, FRAME_W, GREY, clean
from buurtdesk.core.omr import layout as geo

TEXT_PT, CODE_PT, RULE_PT, LEADING = 11, 11, 11, 4.1  # body 11 pt, as on every sheet


@dataclass(frozen=True)
class SheetText:
    """What a page says besides its boxes."""

    title: str
    under: str  # "Stembriefje nr. 17 · reeks 1-07F3 · pagina 1 van 2"
    meeting: str  # "Buurt · 12 maart 2026"
    instruction: str
    rule: str
    titles: dict[str, str]  # concern code -> public label
    payload: str


def _y(top_mm: float) -> float:
    """A distance from the paper's top edge as ReportLab's y (from the bottom, in points)."""
    return (geo.PAGE_H - top_mm) * mm


class ReadablePage(Flowable):
    """One whole page drawn at absolute positions; the frame only decides the page."""

    def __init__(self, page: geo.PageLayout, text: SheetText) -> None:
        super().__init__()
        self.page, self.text = page, text
        self._origin = (0.0, 0.0)

    def wrap(self, _aw: float, _ah: float) -> tuple[float, float]:
        return FRAME_W, FRAME_H - 2

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N803
        self._origin = (x, y)
        super().drawOn(canvas, x, y, _sW)

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(-self._origin[0], -self._origin[1])
        tagger: Tagger | None = getattr(c, "tagger", None)
        _artifact(c, tagger, self._draw_furniture)
        self._draw_text(c, tagger)
        c.restoreState()

    def _draw_furniture(self, c: Any) -> None:
        for marker_id, x, y in geo.MARKERS:
            draw_marker(c, marker_id, x, y)
        size = geo.QR_SIZE * mm
        widget = QrCodeWidget(self.text.payload, barLevel="M", barBorder=4)
        widget.barWidth, widget.barHeight = size, size  # the whole code, quiet zone included
        drawing = Drawing(size, size)
        drawing.add(widget)
        renderPDF.draw(drawing, c, geo.QR_X * mm, _y(geo.QR_Y + geo.QR_SIZE))
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        for box in self.page.boxes:
            c.rect(box.x * mm, _y(box.y + box.h), box.w * mm, box.h * mm, stroke=1, fill=0)

    def _draw_text(self, c: Any, tagger: Tagger | None) -> None:
        t = self.text
        left = 30.0
        room = (geo.QR_X - left - 2) * mm  # the head stops short of the QR code
        for tag, text, font, size, y_mm in (
            ("H1", t.title, FONT_BOLD, 18, 27.0),
            ("P", t.under, FONT_BOLD, 12, 35.5),
            ("P", t.meeting, FONT, 10, 42.5),
        ):
            fitted = _fit(text, font, size, room)
            _line(c, tagger, tag, fitted, font, size, left, y_mm, shaped=True)
        y = 57.0
        width = (geo.RIGHT - geo.LEFT) * mm
        for line in simpleSplit(clean(t.instruction), FONT, RULE_PT, width)[:2]:
            _line(c, tagger, "P", line, FONT, RULE_PT, geo.LEFT, y, shaped=True)
            y += 5
        _line(c, tagger, "P", t.rule, FONT_BOLD, RULE_PT, geo.LEFT, y)
        if self.page.kind == "ballot-ranked":
            self._draw_place_heads(c, tagger)
        for row in self.page.rows:
            _line(c, tagger, "P", row.concern, FONT_BOLD, CODE_PT, row.code_x, row.y + 4.6)
            title = t.titles.get(row.concern, "")
            lines = simpleSplit(clean(title), FONT, TEXT_PT, row.text_w * mm)
            if len(lines) > 2:
                lines = [lines[0], _shorten(" ".join(lines[1:]), row.text_w * mm)]
            base = row.y + (4.4 if len(lines) < 2 else 2.4)
            for i, line in enumerate(lines):
                _line(
                    c, tagger, "P", line, FONT, TEXT_PT, row.text_x, base + i * LEADING, shaped=True
                )

    def _draw_place_heads(self, c: Any, tagger: Tagger | None) -> None:
        tops: dict[tuple[float, int | None], float] = {}
        for box in self.page.boxes:
            key = (round(box.x, 2), box.place)
            tops.setdefault(key, box.y)
        first_y = min(b.y for b in self.page.boxes) if self.page.boxes else geo.TOP
        for (x, place), _y0 in sorted(tops.items()):
            if place is None:
                continue
            c.saveState()
            c.setFillColor(GREY)
            if tagger is not None:
                tagger.begin(c, "P")
            c.setFont(FONT_BOLD, 10)
            c.drawCentredString((x + geo.BOX / 2) * mm, _y(first_y - 1.6), str(place))
            if tagger is not None:
                tagger.end(c)
            c.restoreState()


def _shorten(text: str, width: float, font: str = FONT, size: float = TEXT_PT) -> str:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _fit(text: str, font: str, size: float, width: float) -> str:
    """``text`` as it fits on one line of ``width`` points, cut short with "…" if need be."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    text = clean(text)
    return text if stringWidth(text, font, size) <= width else _shorten(text, width, font, size)


def _line(
    c: Any,
    tagger: Tagger | None,
    tag: str,
    text: str,
    font: str,
    size: float,
    x_mm: float,
    y_mm: float,
    *,
    shaped: bool = False,
) -> None:
    if tagger is not None:
        tagger.begin(c, tag)
    c.setFont(font, size)
    c.setFillColor(colors.black)
    c.drawString(x_mm * mm, _y(y_mm), text if shaped else clean(text))
    if tagger is not None:
        tagger.end(c)


def _artifact(c: Any, tagger: Tagger | None, draw: Any) -> None:
    if tagger is not None:
        Tagger.artifact(c, "Layout")
    draw(c)
    if tagger is not None:
        Tagger.end(c)


def draw_marker(c: Any, marker_id: int, x_mm: float, y_mm: float) -> None:
    """ArUco marker ``marker_id`` of DICT_4X4_50 with its top-left corner at (x, y) mm."""
    cell = geo.MARKER / geo.MARKER_CELLS * mm
    left, top = x_mm * mm, _y(y_mm)
    c.setFillColor(colors.black)
    c.rect(left, top - geo.MARKER * mm, geo.MARKER * mm, geo.MARKER * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    for r, bits in enumerate(geo.MARKER_BITS[marker_id]):
        for k, bit in enumerate(bits):
            if bit == "1":
                c.rect(left + (k + 1) * cell, top - (r + 2) * cell, cell, cell, stroke=0, fill=1)
