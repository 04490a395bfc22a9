"""The ranking as a horizontal bar chart (reportlab.graphics), and where its scores come from."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from sqlalchemy.orm import Session

from buurtdesk.core import public_text
from buurtdesk.core.documents import data
from buurtdesk.core.documents.base import ACCENT, FONT, FRAME_W, GREY, LINE, clean

if TYPE_CHECKING:
    from buurtdesk.core.library import Library

MAX_BARS = 15
LABEL_CHARS = 38


def _from_voting(lib: Library, meeting_id: int) -> list[tuple[str, str, float]] | None:
    """The ranking engine's order and scores, when the engine is there and has an answer."""
    try:
        voting = import_module("buurtdesk.core.voting")
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


def _short(text: str) -> str:
    text = clean(text)
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def bar_chart(rows: list[tuple[str, str, float]]) -> Drawing:
    """Best at the top; at most :data:`MAX_BARS` bars."""
    rows = rows[:MAX_BARS]
    bar_h = 15
    height = bar_h * len(rows) + 30
    drawing = Drawing(FRAME_W, height, initialFontName=FONT)
    chart = HorizontalBarChart()
    chart.x = 190
    chart.y = 18
    chart.width = FRAME_W - chart.x - 20
    chart.height = bar_h * len(rows)
    # The chart draws its first category at the bottom: reverse so the best is on top.
    ordered = list(reversed(rows))
    chart.data = [[score for _c, _t, score in ordered]]
    chart.categoryAxis.categoryNames = [_short(f"{code} {title}") for code, title, _ in ordered]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = LINE
    chart.valueAxis.valueMin = 0
    top = max((score for *_x, score in rows), default=0)
    chart.valueAxis.valueMax = max(1.0, top * 1.1)
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = GREY
    chart.valueAxis.strokeColor = LINE
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = LINE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.bars[0].fillColor = ACCENT
    chart.bars[0].strokeColor = None
    chart.barLabelFormat = "%g"
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    return drawing
