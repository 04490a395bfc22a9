"""The slide framework: one widget per slide, sized from the screen, every text recorded.

All text a slide paints goes through :meth:`Slide.text`, which draws it and records the
string and its pixel size in ``Slide.painted``.  Tests read that record to prove the 1/30
legibility rule and that no personal data ever reaches the projector.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.common.texts import arg, translate

if TYPE_CHECKING:
    from buurtdesk.core.documents.slide_data import Deck
    from buurtdesk.core.voting.ranking import Ranking

# High contrast on white, colours from the Okabe-Ito palette (safe for colour blindness).
BACKGROUND = QColor("#ffffff")
INK = QColor("#111111")
MUTED = QColor("#3d3d3d")
BLUE = QColor("#0072B2")
SKY = QColor("#56B4E9")
ORANGE = QColor("#E69F00")
VERMILLION = QColor("#D55E00")
GREEN = QColor("#009E73")
GREY_BAR = QColor("#8c8c8c")
RULE = QColor("#d0d0d0")

FAMILY = "DejaVu Sans"
# Text sizes as a fraction of the slide height; the smallest stays above 1/30.
HEADING, LARGE, BODY, SMALL = 1 / 13, 1 / 18, 1 / 24, 1 / 28
MARGIN = 1 / 22  # of the height, on every side


_FONTS: dict[tuple[int, bool], tuple[QFont, QFontMetricsF]] = {}


@dataclass(frozen=True)
class PaintedText:
    text: str
    pixel_size: int
    rect: QRectF


def long_date(day: dt.date) -> str:
    """``donderdag 17 september 2026``."""
    months = (
        translate("Dia", "januari"),
        translate("Dia", "februari"),
        translate("Dia", "maart"),
        translate("Dia", "april"),
        translate("Dia", "mei"),
        translate("Dia", "juni"),
        translate("Dia", "juli"),
        translate("Dia", "augustus"),
        translate("Dia", "september"),
        translate("Dia", "oktober"),
        translate("Dia", "november"),
        translate("Dia", "december"),
    )
    from buurtdesk.gui.common.texts import weekday

    return f"{weekday(day)} {day.day} {months[day.month - 1]} {day.year}"


def page_of(page: int, pages: int) -> str:
    """``pagina 2 van 3``: a slide's page, said the same on the slide and in the side bar."""
    return arg(translate("Dia", "pagina %1 van %2"), page + 1, pages)


class Slide(QWidget):
    """One slide.  Subclasses implement :meth:`paint_slide` and, when paged, ``page_count``."""

    painted_now = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deck: Deck | None = None
        self.page = 0
        self.painted: list[PaintedText] = []
        self.paint_count = 0
        self.last_paint_end = 0.0
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- data -----------------------------------------------------------------------------

    def set_deck(self, deck: Deck) -> None:
        self.deck = deck
        self.page = max(0, min(self.page, self.page_count() - 1))
        self.update()

    def set_ranking(self, ranking: Ranking | None) -> None:
        """A new count was committed; slides that show votes override this."""

    def page_count(self) -> int:
        return 1

    def set_page(self, page: int) -> None:
        self.page = max(0, min(page, self.page_count() - 1))
        self.update()

    # -- geometry -------------------------------------------------------------------------

    def unit(self) -> float:
        """What every size is a fraction of: the slide's height, or on a squarer screen (a 4:3
        beamer) the height of a 16:9 slide as wide, so that no line is cut short there."""
        return min(self.height(), self.width() * 9 / 16)

    def px(self, fraction: float) -> int:
        """A length as a fraction of :meth:`unit`, in whole pixels (rounded up)."""
        return max(1, int(self.unit() * fraction + 0.999))

    def content(self) -> QRectF:
        m = self.px(MARGIN)
        return QRectF(self.rect()).adjusted(m, m, -m, -m)

    def font(self, fraction: float, bold: bool = False) -> QFont:  # type: ignore[override]
        return self._font_and_metrics(self.px(fraction), bold)[0]

    def _font_and_metrics(self, pixels: int, bold: bool) -> tuple[QFont, QFontMetricsF]:
        found = _FONTS.get((pixels, bold))
        if found is None:
            font = QFont(FAMILY)
            font.setPixelSize(pixels)
            font.setBold(bold)
            found = _FONTS[(pixels, bold)] = (font, QFontMetricsF(font))
        return found

    def line_height(self, fraction: float) -> float:
        return self._font_and_metrics(self.px(fraction), False)[1].height() * 1.15

    # -- painting -------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
        )
        self.painted = []
        painter.fillRect(self.rect(), BACKGROUND)
        if self.deck is not None and self.height() > 0:
            self.paint_slide(painter)
        painter.end()
        self.paint_count += 1
        self.last_paint_end = time.perf_counter()
        self.painted_now.emit()

    def paint_slide(self, painter: QPainter) -> None:
        raise NotImplementedError

    def text(
        self,
        painter: QPainter,
        rect: QRectF,
        text: str,
        fraction: float = BODY,
        *,
        bold: bool = False,
        color: QColor = INK,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
    ) -> float:
        """Draw one line of ``text`` in ``rect`` (cut off with … when too long); returns its
        width.  The only way a slide paints text, so every string is recorded."""
        if not text:
            return 0.0
        font, metrics = self._font_and_metrics(self.px(fraction), bold)
        shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        if not shown:
            return 0.0
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(rect, int(align), shown)
        self.painted.append(PaintedText(shown, font.pixelSize(), QRectF(rect)))
        return metrics.horizontalAdvance(shown)

    def wrap(
        self, text: str, fraction: float, width: float, *, bold: bool = False, lines: int = 2
    ) -> list[str]:
        """``text`` broken at spaces into at most ``lines`` lines of ``width``; only the last
        line is cut off with … when even that is too little."""
        _font, metrics = self._font_and_metrics(self.px(fraction), bold)
        words = text.strip().split(" ")  # "K7  title" keeps its two spaces
        result: list[str] = []
        while words and len(result) < lines - 1:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line += " " + words.pop(0)
            result.append(line)
            while words and not words[0]:
                words.pop(0)
        if words:
            result.append(" ".join(words))
        return result

    def body_top(self, subtitle: bool = False) -> float:
        """Where content starts under :meth:`heading` (with or without a subtitle)."""
        y = self.content().top() + self.line_height(HEADING)
        if subtitle:
            y += self.line_height(SMALL)
        return y + self.px(1 / 90) + max(2, self.px(1 / 300)) + self.px(1 / 40)

    def heading(self, painter: QPainter, title: str, subtitle: str = "") -> float:
        """The slide title on top, with a rule under it; returns the y where content starts."""
        area = self.content()
        h = self.line_height(HEADING)
        self.text(
            painter, QRectF(area.left(), area.top(), area.width(), h), title, HEADING, bold=True
        )
        y = area.top() + h
        if subtitle:
            sh = self.line_height(SMALL)
            self.text(
                painter, QRectF(area.left(), y, area.width(), sh), subtitle, SMALL, color=MUTED
            )
            y += sh
        y += self.px(1 / 90)
        painter.fillRect(QRectF(area.left(), y, area.width(), max(2, self.px(1 / 300))), BLUE)
        return self.body_top(bool(subtitle))

    def footer(self, painter: QPainter, extra: str = "") -> None:
        """Neighbourhood and date bottom left; ``extra`` (e.g. a page number) bottom right."""
        if self.deck is None:
            return
        area = self.content()
        h = self.line_height(SMALL)
        rect = QRectF(area.left(), area.bottom() - h, area.width(), h)
        left = f"{self.deck.neighbourhood} · {self.deck.date.strftime('%d-%m-%Y')}"
        right_w = self.text(
            painter,
            rect,
            extra,
            SMALL,
            color=MUTED,
            align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        )
        self.text(
            painter, rect.adjusted(0, 0, -right_w - self.px(1 / 30), 0), left, SMALL, color=MUTED
        )

    def footer_top(self) -> float:
        return self.content().bottom() - self.line_height(SMALL) - self.px(1 / 60)

    def page_label(self) -> str:
        n = self.page_count()
        return "" if n <= 1 else page_of(self.page, n)
