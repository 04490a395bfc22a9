"""Slides 1, 2 and 6: the title with the agenda, the previous actions, and the closing."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from buurtdesk.gui.common import texts
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.projector.slides.base import (
    BLUE,
    BODY,
    GREEN,
    HEADING,
    INK,
    LARGE,
    MUTED,
    ORANGE,
    RULE,
    SKY,
    SMALL,
    Slide,
    long_date,
)

STATUS_COLOURS = {"open": ORANGE, "in_progress": SKY, "done": GREEN, "dropped": RULE}


def paginate(
    heights: Sequence[float], available: float, headings: Collection[int] = ()
) -> list[list[int]]:
    """Split rows of the given heights into pages that each fit ``available``.  A row in
    ``headings`` never ends a page: it moves on with the row that follows it."""
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, h in enumerate(heights):
        after = heights[i + 1] if i in headings and i + 1 < len(heights) else 0.0
        if pages[-1] and used + h + after > available:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += h
    return pages


class TitleSlide(Slide):
    def paint_slide(self, painter: QPainter) -> None:
        deck = self.deck
        assert deck is not None
        area = self.content()
        y = area.top() + self.px(1 / 30)
        h = self.line_height(HEADING * 1.3)
        self.text(
            painter,
            QRectF(area.left(), y, area.width(), h),
            deck.neighbourhood,
            HEADING * 1.3,
            bold=True,
            color=BLUE,
        )
        y += h
        when = long_date(deck.date)
        if deck.start_time is not None:
            at = arg(translate("Dia", "%1 uur"), texts.format_time(deck.start_time))
            when = f"{when} · {at}"
        h = self.line_height(LARGE)
        self.text(
            painter, QRectF(area.left(), y, area.width(), h), when[:1].upper() + when[1:], LARGE
        )
        y += h
        if deck.location:
            h = self.line_height(BODY)
            self.text(
                painter, QRectF(area.left(), y, area.width(), h), deck.location, BODY, color=MUTED
            )
            y += h
        y += self.px(1 / 25)
        painter.fillRect(QRectF(area.left(), y, area.width(), self.px(1 / 300)), BLUE)
        y += self.px(1 / 40)
        h = self.line_height(LARGE)
        self.text(
            painter,
            QRectF(area.left(), y, area.width(), h),
            translate("Dia", "Agenda"),
            LARGE,
            bold=True,
        )
        y += h
        line = self.line_height(BODY)
        number_w = self.px(1 / 12)
        for i, item in enumerate(deck.agenda, start=1):
            if y + line > area.bottom():
                break
            self.text(
                painter,
                QRectF(area.left(), y, number_w, line),
                f"{i}.",
                BODY,
                color=BLUE,
                bold=True,
            )
            self.text(
                painter,
                QRectF(area.left() + number_w, y, area.width() - number_w, line),
                item,
                BODY,
            )
            y += line


class ActionsSlide(Slide):
    """ "Wat is er gedaan?": the actions agreed before that the meeting reviews, each with its
    status and owner; the stalled ones first, marked, with how many meetings they are open."""

    def _row_height(self) -> float:
        return self.line_height(BODY) + self.line_height(SMALL) + self.px(1 / 60)

    def _pages(self) -> list[list[int]]:
        if self.deck is None or not self.deck.previous_actions:
            return [[]]
        available = self.footer_top() - self.body_top()
        return paginate([self._row_height()] * len(self.deck.previous_actions), available)

    def page_count(self) -> int:
        return len(self._pages())

    def paint_slide(self, painter: QPainter) -> None:
        deck = self.deck
        assert deck is not None
        y = self.heading(painter, translate("Dia", "Wat is er gedaan?"))
        area = self.content()
        if not deck.previous_actions:
            self.text(
                painter,
                QRectF(area.left(), y, area.width(), self.line_height(BODY)),
                translate("Dia", "Er staan geen acties meer open."),
                BODY,
                color=MUTED,
            )
        metrics = self._font_and_metrics(self.px(SMALL), True)[1]
        labels = [texts.action_status(a.status) for a in deck.previous_actions]
        widest = max((metrics.horizontalAdvance(label) for label in labels), default=0.0)
        pill_w = max(self.px(1 / 5), widest + self.px(1 / 20))  # "in progress" in full
        gap = self.px(1 / 40)
        for index in self._pages()[self.page]:
            action = deck.previous_actions[index]
            line = self.line_height(BODY)
            pill = QRectF(area.left(), y + line * 0.1, pill_w, line * 0.8)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(STATUS_COLOURS.get(action.status, RULE))
            painter.drawRoundedRect(pill, pill.height() / 4, pill.height() / 4)
            self.text(
                painter,
                pill,
                texts.action_status(action.status),
                SMALL,
                bold=True,
                color=INK,
                align=Qt.AlignmentFlag.AlignCenter,
            )
            left = area.left() + pill_w + gap
            width = area.width() - pill_w - gap
            self.text(painter, QRectF(left, y, width, line), action.description, BODY)
            y += line
            small = self.line_height(SMALL)
            who = action.owner or translate("Dia", "nog geen eigenaar")
            if action.due_date is not None:
                due = arg(translate("Dia", "klaar op %1"), texts.format_date(action.due_date))
                who = f"{who} · {due}"
            # how long it has been open, and whether it stalled, before who and when
            if action.meetings_open and action.status in ("open", "in_progress"):
                since = translate("Dia", "%1 bijeenkomst(en) open")
                who = f"{arg(since, str(action.meetings_open))} · {who}"
            if action.stalled:
                stalled = translate("Dia", "Vastgelopen")
                who = f"{stalled} · {who}"
            colour = BLUE if action.stalled else MUTED
            self.text(
                painter,
                QRectF(left, y, width, small),
                who,
                SMALL,
                color=colour,
                bold=action.stalled,
            )
            y += small + self.px(1 / 60)
        self.footer(painter, self.page_label())


class ClosingSlide(Slide):
    def paint_slide(self, painter: QPainter) -> None:
        deck = self.deck
        assert deck is not None
        area = self.content()
        centre = Qt.AlignmentFlag.AlignCenter
        h = self.line_height(HEADING * 1.3)
        y = area.top() + area.height() * 0.28
        self.text(
            painter,
            QRectF(area.left(), y, area.width(), h),
            translate("Dia", "Bedankt voor uw komst!"),
            HEADING * 1.3,
            bold=True,
            color=BLUE,
            align=centre,
        )
        y += h + self.px(1 / 20)
        lines: list[tuple[str, float, QColor]] = []
        if deck.next_meeting is not None:
            lines.append(
                (
                    arg(translate("Dia", "Volgende bijeenkomst: %1"), long_date(deck.next_meeting)),
                    LARGE,
                    INK,
                )
            )
        lines.append(
            (translate("Dia", "De actielijst en het verslag krijgt u na afloop."), BODY, MUTED)
        )
        lines.append(
            (translate("Dia", "Nieuwe knelpunten? Vul een meldformulier in."), BODY, MUTED)
        )
        for text, size, colour in lines:
            h = self.line_height(size)
            self.text(
                painter,
                QRectF(area.left(), y, area.width(), h),
                text,
                size,
                color=colour,
                align=centre,
            )
            y += h
        self.footer(painter)
