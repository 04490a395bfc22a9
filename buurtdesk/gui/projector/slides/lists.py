"""Slides 3 and 5: the concerns collected, by theme, and the chosen priorities."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from buurtdesk.gui.common.texts import arg, plural, translate
from buurtdesk.gui.projector.slides.base import (
    BACKGROUND,
    BLUE,
    BODY,
    INK,
    LARGE,
    MUTED,
    ORANGE,
    SMALL,
    Slide,
)
from buurtdesk.gui.projector.slides.simple import paginate


@dataclass(frozen=True)
class _Line:
    kind: str  # "theme" | "concern"
    index: int  # the concern's index in the deck, or -1 for a theme line
    theme: str


def _number(code: str) -> int:
    """``"K12"`` -> 12, so K9 comes before K11."""
    digits = code.lstrip("Kk")
    return int(digits) if digits.isdigit() else 0


def _theme_name(theme: str) -> str:
    return theme or translate("Dia", "Overig")


class ConcernsSlide(Slide):
    """Every concern raised for the meeting, grouped by theme, with how many raised it."""

    def _lines(self) -> list[_Line]:
        if self.deck is None:
            return []
        order = sorted(
            range(len(self.deck.concerns)),
            key=lambda i: (
                not self.deck.concerns[i].theme,  # type: ignore[union-attr]
                self.deck.concerns[i].theme,  # type: ignore[union-attr]
                -self.deck.concerns[i].reports,  # type: ignore[union-attr]
                _number(self.deck.concerns[i].code),  # type: ignore[union-attr]
            ),
        )
        lines: list[_Line] = []
        theme: str | None = None
        for i in order:
            c = self.deck.concerns[i]
            if c.theme != theme:
                theme = c.theme
                lines.append(_Line("theme", -1, c.theme))
            lines.append(_Line("concern", i, c.theme))
        return lines

    def _heights(self, lines: list[_Line]) -> list[float]:
        h = self.line_height(BODY)
        return [h * 1.25 if ln.kind == "theme" else h * len(self._title(ln)) for ln in lines]

    def _title(self, line: _Line) -> list[str]:
        """A concern's title (with its street) on as many lines as it needs, up to three."""
        assert self.deck is not None
        c = self.deck.concerns[line.index]
        title = c.title if not c.street or c.street in c.title else f"{c.title} ({c.street})"
        width = self.content().width() - self.px(1 / 40) - self.px(1 / 7) - self.px(1 / 3.4)
        return self.wrap(title, BODY, width, lines=3)

    def _pages(self) -> tuple[list[_Line], list[list[int]]]:
        lines = self._lines()
        if not lines:
            return lines, [[]]
        # room for a repeated theme heading on top of every page
        available = self.footer_top() - self.body_top(True) - self.line_height(BODY) * 1.25
        headings = {i for i, line in enumerate(lines) if line.kind == "theme"}
        return lines, paginate(self._heights(lines), available, headings)

    def page_count(self) -> int:
        return len(self._pages()[1])

    def paint_slide(self, painter: QPainter) -> None:
        deck = self.deck
        assert deck is not None
        raised = sum(c.reports for c in deck.concerns)
        subtitle = arg(
            translate("Dia", "%1 knelpunten, %2 keer ingebracht door bewoners"),
            len(deck.concerns),
            raised,
        )
        y = self.heading(painter, translate("Dia", "Ingebrachte knelpunten"), subtitle)
        area = self.content()
        lines, pages = self._pages()
        if not lines:
            self.text(
                painter,
                QRectF(area.left(), y, area.width(), self.line_height(BODY)),
                translate("Dia", "Er zijn nog geen knelpunten ingebracht."),
                BODY,
                color=MUTED,
            )
        page = pages[self.page]
        count_w = self.px(1 / 3.4)
        code_w = self.px(1 / 7)
        if page and lines[page[0]].kind == "concern":  # a theme continued from the last page
            h = self.line_height(BODY) * 1.25
            name = arg(translate("Dia", "%1 (vervolg)"), _theme_name(lines[page[0]].theme))
            self.text(
                painter, QRectF(area.left(), y, area.width(), h), name, BODY, bold=True, color=BLUE
            )
            y += h
        for i in page:
            line = lines[i]
            if line.kind == "theme":
                h = self.line_height(BODY) * 1.25
                self.text(
                    painter,
                    QRectF(area.left(), y, area.width(), h),
                    _theme_name(line.theme),
                    BODY,
                    bold=True,
                    color=BLUE,
                )
                y += h
                continue
            c = deck.concerns[line.index]
            h = self.line_height(BODY)
            left = area.left() + self.px(1 / 40)
            self.text(painter, QRectF(left, y, code_w, h), c.code, BODY, color=MUTED)
            width = area.right() - count_w - left - code_w
            title = self._title(line)
            for number, text in enumerate(title):
                self.text(painter, QRectF(left + code_w, y + number * h, width, h), text, BODY)
            count = plural(
                c.reports, translate("Dia", "1 bewoner"), translate("Dia", "%1 bewoners")
            )
            self.text(
                painter,
                QRectF(area.right() - count_w, y, count_w, h),
                count,
                BODY,
                bold=True,
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            )
            y += h * len(title)
        self.footer(painter, self.page_label())


Item = tuple[int, str, str, list[str]]  # rank, code, title, actions


class PrioritiesSlide(Slide):
    """The chosen priorities with their actions; before they are stored, the current top."""

    def _items(self) -> tuple[list[Item], str]:
        deck = self.deck
        assert deck is not None
        items: list[Item] = [
            (
                p.rank,
                p.code,
                p.title,
                [f"{a.description} — {a.owner}" if a.owner else a.description for a in p.actions],
            )
            for p in deck.priorities
        ]
        ranking = deck.ranking
        if items or ranking is None:
            return items, ""
        items = [(r.rank, r.code, r.title, []) for r in ranking.rows if r.chosen == "yes"]
        if ranking.tie_at_cut:
            codes = [r.code for r in ranking.rows if r.concern_id in ranking.tie_at_cut]
            place = ranking.n_priorities - ranking.cut_seats + 1
            items.append(
                (place, "", arg(translate("Dia", "Gelijke stand: %1"), ", ".join(codes)), [])
            )
        return items, translate("Dia", "Voorlopig: nog niet vastgelegd") if items else ""

    def _badge(self) -> float:
        return self.line_height(LARGE) * 1.1

    def _title_lines(self, item: Item) -> list[str]:
        """The title on one line, or on two when it is too long: never cut off in one."""
        _rank, code, title, _actions = item
        width = self.content().width() - self._badge() - self.px(1 / 30)
        return self.wrap(f"{code}  {title}" if code else title, LARGE, width, bold=True)

    def _title_height(self, item: Item) -> float:
        # the badge is a little taller than one line of title
        lines = len(self._title_lines(item))
        return max(self._badge(), lines * self.line_height(LARGE)) + self.px(1 / 120)

    def _pages(self) -> tuple[list[Item], str, list[list[int]]]:
        """Priorities that do not fit go to the next page, with all their actions."""
        if self.deck is None:
            return [], "", [[]]
        items, subtitle = self._items()
        if not items:
            return items, subtitle, [[]]
        small, gap = self.line_height(SMALL), self.px(1 / 40)
        heights = [self._title_height(item) + len(item[3]) * small + gap for item in items]
        available = self.footer_top() - self.body_top(bool(subtitle)) + gap
        return items, subtitle, paginate(heights, available)

    def page_count(self) -> int:
        return len(self._pages()[2])

    def paint_slide(self, painter: QPainter) -> None:
        items, subtitle, pages = self._pages()
        y = self.heading(painter, translate("Dia", "Gekozen prioriteiten"), subtitle)
        area = self.content()
        if not items:
            self.text(
                painter,
                QRectF(area.left(), y, area.width(), self.line_height(BODY)),
                translate("Dia", "De prioriteiten zijn nog niet gekozen."),
                BODY,
                color=MUTED,
            )
        badge = self._badge()
        indent = badge + self.px(1 / 30)
        bottom = self.footer_top()
        small = self.line_height(SMALL)
        for index in pages[self.page]:
            rank, code, title, actions = items[index]
            h = self.line_height(LARGE)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(BLUE if code else ORANGE)
            painter.drawEllipse(QRectF(area.left(), y, badge, badge * 0.95))
            self.text(
                painter,
                QRectF(area.left(), y, badge, badge * 0.95),
                str(rank),
                LARGE,
                bold=True,
                color=BACKGROUND if code else INK,
                align=Qt.AlignmentFlag.AlignCenter,
            )
            for number, line in enumerate(self._title_lines(items[index])):
                top = y + number * h
                rect = QRectF(area.left() + indent, top, area.width() - indent, h)
                self.text(painter, rect, line, LARGE, bold=True)
            y += self._title_height(items[index])
            room = max(1, int((bottom - y) // small))
            if len(actions) > room:  # one priority taller than a page: say what is left out
                more = len(actions) - room + 1
                rest = plural(
                    more, translate("Dia", "en nog 1 actie"), translate("Dia", "en nog %1 acties")
                )
                actions = [*actions[: room - 1], rest]
            for text in actions:
                self.text(
                    painter,
                    QRectF(area.left() + indent, y, area.width() - indent, small),
                    f"• {text}",
                    SMALL,
                )
                y += small
            y += self.px(1 / 40)
        self.footer(painter, self.page_label())
