"""The projector window: the slides full screen on the beamer, stepped by keys.

It is a second top-level window.  With more than one screen it goes full screen on the chosen
one; without a window manager ``showFullScreen()`` alone does not resize, so the geometry is
set to the screen's first.  With one screen it is a normal window that can be dragged onto a
beamer (then F5 fills whatever screen it stands on).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QKeyEvent, QPalette
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from buurtdesk.gui.projector.slides import PRIORITIES, RANKING, Slide, make_slides

if TYPE_CHECKING:
    from buurtdesk.core.documents.slide_data import Deck
    from buurtdesk.core.voting.ranking import Ranking

NORMAL_SIZE = QSize(960, 540)
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up}
BLANK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}


def _counted(ranking: Ranking | None) -> bool:
    return ranking is not None and any(r.score > 0 for r in ranking.rows)


class ScreenLike(Protocol):
    def geometry(self) -> QRect: ...


@dataclass(frozen=True)
class Placement:
    screen_index: int
    geometry: QRect
    full_screen: bool


def placement(screens: Sequence[ScreenLike], chosen: int | None = None, own: int = 0) -> Placement:
    """Where the projector goes: full screen on ``chosen`` (default: the first screen that is
    not ``own``, the facilitator's), or a normal window when there is only one screen."""
    if len(screens) <= 1:
        area = screens[0].geometry() if screens else QRect(0, 0, 1280, 800)
        size = NORMAL_SIZE.boundedTo(area.size())
        rect = QRect(area.topLeft(), size)
        rect.moveCenter(area.center())
        return Placement(0, rect, False)
    if chosen is None or not 0 <= chosen < len(screens):
        chosen = next(i for i in range(len(screens)) if i != own)
    return Placement(chosen, screens[chosen].geometry(), True)


class ProjectorWindow(QWidget):
    slide_changed = Signal(int, int)  # slide index, page

    def __init__(self) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("BuurtDesk — beamer"))
        self.setObjectName("projector")
        self.stack = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.slides: list[Slide] = make_slides(self.stack)
        for slide in self.slides:
            self.stack.addWidget(slide)
        self.blank_page = QWidget(self.stack)
        self.blank_page.setAutoFillBackground(True)
        palette = self.blank_page.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor("#000000"))
        self.blank_page.setPalette(palette)
        self.stack.addWidget(self.blank_page)
        self.index = 0
        self.blanked = False
        self.deck: Deck | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resize(NORMAL_SIZE)

    # -- content --------------------------------------------------------------------------

    def set_deck(self, deck: Deck) -> None:
        chosen = self.deck is not None and not self.deck.priorities and bool(deck.priorities)
        self.deck = deck
        for slide in self.slides:
            slide.set_deck(deck)
        if chosen:  # the priorities were just fixed: the room sees them
            self._follow(PRIORITIES)

    def set_ranking(self, ranking: Ranking | None) -> None:
        """Follow a committed count: the ranking slide animates, the others refresh.  The
        first vote of a meeting brings the ranking on screen."""
        if self.deck is None:
            return
        from buurtdesk.core.documents.slide_data import public_ranking

        started = not _counted(self.deck.ranking) and _counted(ranking)
        ranking = public_ranking(ranking)
        self.deck = dataclasses.replace(self.deck, ranking=ranking)
        for slide in self.slides:  # the ranking changes no slide's pages: no re-layout
            slide.deck = self.deck
        if started:
            self._follow(RANKING)
        self.slides[RANKING].set_ranking(ranking)
        self.slides[PRIORITIES].update()

    def _follow(self, index: int) -> None:
        """Go where the meeting is, unless the beamer is on black (it stays black)."""
        if self.blanked:
            self.index = index
        elif self.index != index:
            self.go(index)

    def counting_slide(self) -> int:
        """The slide of the counting: the priorities once fixed, the ranking before."""
        return PRIORITIES if self.deck is not None and self.deck.priorities else RANKING

    def current_slide(self) -> Slide:
        return self.slides[self.index]

    # -- stepping -------------------------------------------------------------------------

    def go(self, index: int, page: int = 0) -> None:
        self.index = max(0, min(index, len(self.slides) - 1))
        slide = self.slides[self.index]
        slide.set_page(page if page >= 0 else slide.page_count() - 1)
        self.blanked = False
        self.stack.setCurrentWidget(slide)
        self.slide_changed.emit(self.index, slide.page)

    def next(self) -> None:
        slide = self.current_slide()
        if self.blanked:
            self.go(self.index, slide.page)
        elif slide.page + 1 < slide.page_count():
            self.go(self.index, slide.page + 1)
        elif self.index + 1 < len(self.slides):
            self.go(self.index + 1)

    def previous(self) -> None:
        slide = self.current_slide()
        if self.blanked:
            self.go(self.index, slide.page)
        elif slide.page > 0:
            self.go(self.index, slide.page - 1)
        elif self.index > 0:
            self.go(self.index - 1, -1)

    def toggle_blank(self) -> None:
        self.blanked = not self.blanked
        self.stack.setCurrentWidget(self.blank_page if self.blanked else self.current_slide())

    # -- placement ------------------------------------------------------------------------

    def place(self, where: Placement, screens: Sequence[object] = ()) -> None:
        """Show the window as ``where`` says: the geometry first, then full screen."""
        if where.full_screen:
            if 0 <= where.screen_index < len(screens):
                self.setScreen(screens[where.screen_index])  # type: ignore[arg-type]
            self.setGeometry(where.geometry)
            self.showFullScreen()
        else:
            self.showNormal()
            self.setGeometry(where.geometry)
        self.raise_()  # the facilitator keeps typing in the main window

    def fill_own_screen(self) -> None:
        """F5 in the projector window: fill the screen it stands on (e.g. after dragging)."""
        screen = self.screen()
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def leave_full_screen(self) -> None:
        if not self.isFullScreen():
            return
        area = self.screen().availableGeometry()
        self.showNormal()
        rect = QRect(area.topLeft(), NORMAL_SIZE.boundedTo(area.size()))
        rect.moveCenter(area.center())
        self.setGeometry(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in NEXT_KEYS:
            self.next()
        elif key in PREVIOUS_KEYS:
            self.previous()
        elif key in BLANK_KEYS:
            self.toggle_blank()
        elif key == Qt.Key.Key_Escape:
            self.leave_full_screen()
        elif key == Qt.Key.Key_F5:
            self.go(0)
            self.fill_own_screen()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.slides) - 1)
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        for slide in self.slides:
            animation = getattr(slide, "animation", None)
            if animation is not None:
                animation.stop()
        super().closeEvent(event)
