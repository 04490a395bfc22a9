"""The ranking as a horizontal bar chart (reportlab.graphics), and where its scores come from."""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from sqlalchemy.orm import Session

from buurtdesk.core import text as public_text
from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import (
    ACCENT,
    FONT,
    FONT_BOLD,
    FRAME_H,
    FRAME_W,
    GREY,
    LINE,
    clean,
    register_fonts,
)
from buurtdesk.core.documents.text_shaping import shape_lines, shape_rtl
from buurtdesk.core.documents.words import lines_within

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

MAX_BARS = 20
TOP = 3  # highlighted: the bars the room chose from
LABEL_W = 200.0  # points for the concern labels left of the bars
LABEL_SIZE = 9
REST = colors.HexColor("#a9c4dc")


def _from_voting(lib: Library, meeting_id: int) -> list[tuple[str, str, float]] | None:
    """The ranking engine's order and scores, when the engine is there and has an answer."""
    try:
        voting = import_module("buurtdesk.core.voting.counting")
        found: Any = voting.meeting_ranking(lib, meeting_id)
        rows = getattr(found, "rows", found)
        result = [(str(r.code), public_text.clean(str(r.title)), float(r.score)) for r in rows]
    except (ImportError, AttributeError, TypeError, ValueError, LookupError):
        return None
    return result or None


def ranking(lib: Library | None, s: Session, meeting_id: int) -> list[tuple[str, str, float]]:
    """(code, public title, score), best first: the ranking engine, else the tallies."""
    found = _from_voting(lib, meeting_id) if lib is not None else None
    return found if found is not None else data.tally_ranking(s, meeting_id)


def _label_lines(text: str, width: float, most: int = 3) -> str:
    """The label wrapped (words whole, a street's name on one line when it fits) within
    ``width``, measured in the bold face; past ``most`` lines it ends in "…"."""
    register_fonts()
    # Broken in reading order, then each line shaped: Arabic words keep their order.
    measure = lambda t: stringWidth(shape_rtl(t), FONT_BOLD, LABEL_SIZE)  # noqa: E731
    fits = lines_within(text, width, measure, most)
    return "\n".join(shape_lines(fits, text)) or " "


def shown_rows(
    rows: list[tuple[str, str, float]],
) -> tuple[list[tuple[str, str, float]], list[str]]:
    """The bars to draw (with a score, at most :data:`MAX_BARS`) and the codes left out."""
    scored = [r for r in rows if r[2] > 0][:MAX_BARS]
    drawn = {code for code, _t, _s in scored}
    return scored, [code for code, _t, _s in rows if code not in drawn]


def bar_chart(rows: list[tuple[str, str, float]], keep: Callable[[str], str] = str) -> Drawing:
    """Best at the top; the top three in the accent colour with bold labels."""
    label_w = LABEL_W - 8
    ordered = list(reversed(rows))  # the chart draws its first category at the bottom
    # However long the labels, the chart fits on one page: fewer lines per label when many.
    per_bar = (FRAME_H - 80) / max(1, len(rows))
    most = max(1, min(3, int((per_bar - 5) // (LABEL_SIZE + 1.5))))
    names = [
        _label_lines(keep(clean(f"{code} {title}", shape=False)), label_w, most)
        for code, title, _ in ordered
    ]
    lines = max((n.count("\n") + 1 for n in names), default=1)
    bar_h = max(16.0, lines * (LABEL_SIZE + 1.5) + 5)
    height = bar_h * len(rows) + 30
    drawing = Drawing(FRAME_W, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x = LABEL_W
    chart.y = 18
    chart.width = FRAME_W - chart.x - 24
    chart.height = bar_h * len(rows)
    chart.data = [[score for _c, _t, score in ordered]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE + 1.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    top = max((score for *_x, score in rows), default=0)
    chart.valueAxis.valueMax = max(1.0, top * 1.1)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = LABEL_SIZE
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = REST
    chart.bars[0].strokeColor = None
    for i in range(max(0, len(ordered) - TOP), len(ordered)):
        chart.bars[(0, i)].fillColor = ACCENT
        chart.categoryAxis.labels[i].fontName = FONT_BOLD
    for i in range(len(ordered)):
        chart.bars[(0, i)].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = LABEL_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
