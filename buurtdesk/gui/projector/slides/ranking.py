"""Slide 4, the live ranking: horizontal bars that glide to their new length and place.

Each committed count or ballot hands the slide a new
:class:`~buurtdesk.core.voting.ranking.Ranking`.
The slide remembers where every bar stood on screen and animates from there to the new
order with one :class:`QVariantAnimation`, so the room sees a concern climb past another.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEasingCurve, QRectF, Qt, QVariantAnimation
from PySide6.QtGui import QBrush, QPainter, QPen
from PySide6.QtWidgets import QWidget

from buurtdesk.gui.common.language import decimal
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.projector.slides.base import (
    BLUE,
    BODY,
    GREY_BAR,
    INK,
    MUTED,
    ORANGE,
    SMALL,
    Slide,
)

if TYPE_CHECKING:
    from buurtdesk.core.documents.slide_data import Deck
    from buurtdesk.core.voting.ranking import RankedRow, Ranking

MAX_ROWS = 10
ANIMATION_MS = 450


@dataclass
class _Bar:
    slot: float  # the row it stands on (0 = top), fractional while moving
    length: float  # 0..1 of the bar area


def method_name(method: str) -> str:
    names = {
        "dots": translate("Dia", "stippen"),
        "ranked": translate("Dia", "stembriefjes met volgorde"),
        "approval": translate("Dia", "handopsteken of aankruisen"),
    }
    return names.get(method, "")


def score_text(score: float) -> str:
    return str(int(score)) if float(score).is_integer() else decimal(f"{score:.1f}")


class RankingSlide(Slide):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ranking: Ranking | None = None
        self._start: dict[int, _Bar] = {}
        self._target: dict[int, _Bar] = {}
        self._t = 1.0
        self.animation = QVariantAnimation(self)
        self.animation.setStartValue(0.0)
        self.animation.setEndValue(1.0)
        self.animation.setDuration(ANIMATION_MS)
        self.animation.setEasingCurve(QEasingCurve.Type.OutCubic)
        self.animation.valueChanged.connect(self._step)

    # -- data -----------------------------------------------------------------------------

    def set_deck(self, deck: Deck) -> None:
        self.deck = deck
        if deck.ranking != self.ranking:  # the same ranking: let a running animation finish
            self._jump(deck.ranking)
        self.update()

    def set_ranking(self, ranking: Ranking | None) -> None:
        """A count was committed: move the bars from where they stand to the new order."""
        if not self.isVisible() or self.ranking is None:
            self._jump(ranking)
            self.update()
            return
        self._start = {cid: self._now(cid) for cid in self._target}
        self.ranking = ranking
        self._target = self._layout(ranking)
        for cid in self._target:
            if cid not in self._start:  # climbs into view from below the last row
                self._start[cid] = _Bar(float(self.rows_shown()), 0.0)
        self._t = 0.0
        self.animation.stop()
        self.animation.start()
        # Paint the first frame now, not after the counting area has refreshed its own tables
        # and labels: the room sees the new scores within the same key press.
        self.repaint()

    def _jump(self, ranking: Ranking | None) -> None:
        self.animation.stop()
        self.ranking = ranking
        self._target = self._layout(ranking)
        self._start = dict(self._target)
        self._t = 1.0

    def _step(self, value: object) -> None:
        self._t = float(value)  # type: ignore[arg-type]
        self.update()

    def _now(self, cid: int) -> _Bar:
        end = self._target[cid]
        start = self._start.get(cid, end)
        t = self._t
        return _Bar(
            start.slot + (end.slot - start.slot) * t,
            start.length + (end.length - start.length) * t,
        )

    def rows_shown(self) -> int:
        return MAX_ROWS

    def visible_rows(self) -> list[RankedRow]:
        return self._shown(self.ranking)

    def _shown(self, ranking: Ranking | None) -> list[RankedRow]:
        """The first rows with votes: concerns without a vote stay off the screen."""
        if ranking is None:
            return []
        return [r for r in ranking.rows if r.score > 0][: self.rows_shown()]

    def _layout(self, ranking: Ranking | None) -> dict[int, _Bar]:
        if ranking is None:
            return {}
        rows = self._shown(ranking)
        top = max((r.score for r in ranking.rows), default=0.0)
        return {
            r.concern_id: _Bar(float(i), (r.score / top) if top > 0 else 0.0)
            for i, r in enumerate(rows)
        }

    # -- painting -------------------------------------------------------------------------

    def paint_slide(self, painter: QPainter) -> None:
        ranking = self.ranking
        subtitle = ""
        if ranking is not None:
            counted = method_name(ranking.method)
            n = ranking.n_priorities
            subtitle = arg(translate("Dia", "Top %1 in blauw"), n)
            if counted:
                counted_text = arg(translate("Dia", "geteld: %1"), counted)
                subtitle = f"{subtitle} · {counted_text}"
        y0 = self.heading(painter, translate("Dia", "Ranglijst"), subtitle)
        area = self.content()
        if ranking is None or not any(r.score > 0 for r in ranking.rows):
            self.text(
                painter,
                QRectF(area.left(), y0, area.width(), self.line_height(BODY)),
                translate("Dia", "Er zijn nog geen stemmen geteld."),
                BODY,
                color=MUTED,
            )
            self.footer(painter)
            return
        bottom = self.footer_top() - self.line_height(SMALL)
        by_id = {r.concern_id: r for r in self.visible_rows()}
        line_h = self.line_height(BODY)
        # Rows share the room; with few of them a long title wraps onto a second line.
        row_h = max(
            (bottom - y0) / self.rows_shown(),
            min((bottom - y0) / max(1, len(by_id)), 3 * line_h / 0.82),
        )
        rank_w = self.px(1 / 11)
        title_w = area.width() * 0.66  # the title is what the room reads: most of the width
        score_w = self.px(1 / 7)
        bar_left = area.left() + rank_w + title_w + self.px(1 / 60)
        bar_w = area.right() - score_w - bar_left
        tie_ids = set(ranking.tie_at_cut)
        for cid, row in by_id.items():
            bar = self._now(cid)
            y = y0 + bar.slot * row_h
            rect_h = row_h * 0.82
            top_n = row.chosen == "yes"
            in_tie = cid in tie_ids
            rank = f"={row.rank}" if row.tied else str(row.rank)
            self.text(
                painter,
                QRectF(area.left(), y, rank_w, rect_h),
                rank,
                BODY,
                bold=True,
                color=BLUE if top_n else INK,
            )
            fits = max(1, int(row_h * 0.95 / line_h))
            lines = self.wrap(f"{row.code} {row.title}", BODY, title_w, bold=top_n, lines=fits)
            top = y + (rect_h - len(lines) * line_h) / 2
            for number, line in enumerate(lines):
                self.text(
                    painter,
                    QRectF(area.left() + rank_w, top + number * line_h, title_w, line_h),
                    line,
                    BODY,
                    bold=top_n,
                )
            length = max(bar.length * bar_w, 0.0)
            bar_rect = QRectF(bar_left, y + rect_h * 0.12, length, rect_h * 0.76)
            if in_tie:
                painter.setPen(QPen(INK, max(2, self.px(1 / 400))))
                painter.setBrush(QBrush(ORANGE))
                painter.drawRect(bar_rect)
                painter.setBrush(QBrush(INK, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(bar_rect)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.fillRect(bar_rect, BLUE if top_n else GREY_BAR)
            score = score_text(row.score)
            if in_tie:
                score = f"{score} " + translate("Dia", "gelijk")
            self.text(
                painter,
                QRectF(
                    bar_left + length + self.px(1 / 80), y, area.right() - bar_left - length, rect_h
                ),
                score,
                BODY,
                bold=True,
                color=ORANGE.darker(160) if in_tie else INK,
            )
        hidden = len(ranking.rows) - len(by_id)
        more_w = 0.0
        if hidden > 0:
            more_w = self.text(
                painter,
                QRectF(area.left() + rank_w, bottom, title_w, self.line_height(SMALL)),
                arg(translate("Dia", "+ %1 meer"), hidden),
                SMALL,
                color=MUTED,
            )
        if tie_ids:
            note = arg(
                translate("Dia", "Gelijke stand om plaats %1: de zaal beslist"),
                ranking.n_priorities - ranking.cut_seats + 1,
            )
            left = area.left() + rank_w + more_w + self.px(1 / 20)
            rect = QRectF(left, bottom, area.right() - left, self.line_height(SMALL))
            self.text(
                painter,
                rect,
                note,
                SMALL,
                bold=True,
                color=INK,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
        self.footer(painter)
