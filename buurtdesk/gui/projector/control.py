"""The projector seen from the main window: menu "Beeld › Beamer…", F5, and live updates.

Cheap to import (Qt only); the projector window, the slides and the core load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QInputDialog

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.gui.context import WindowContext
    from buurtdesk.gui.projector.preview import SlidePreview
    from buurtdesk.gui.projector.window import ProjectorWindow


class ProjectorControl(QObject):
    def __init__(self, window: WindowContext) -> None:
        super().__init__(window)
        self.window = window
        self.projector: ProjectorWindow | None = None
        self.preview: SlidePreview | None = None
        self.chosen_screen: int | None = None
        menu = window.view_menu
        menu.addSeparator()
        self.action_choose = self._action(self.tr("&Beamer…"), "")
        self.action_start = self._action(self.tr("Beamer &starten"), "F5")
        self.action_next = self._action(self.tr("Volgende dia"), "Ctrl+PgDown")
        self.action_previous = self._action(self.tr("Vorige dia"), "Ctrl+PgUp")
        self.action_blank = self._action(self.tr("Beamer op zwart"), "Ctrl+B")
        self.action_close = self._action(self.tr("Beamer sluiten"), "")
        for action in (
            self.action_choose,
            self.action_start,
            self.action_next,
            self.action_previous,
            self.action_blank,
            self.action_close,
        ):
            menu.addAction(action)
        self.action_choose.triggered.connect(self.choose_screen)
        self.action_start.triggered.connect(lambda: self.start())
        self.action_next.triggered.connect(lambda: self._step(1))
        self.action_previous.triggered.connect(lambda: self._step(-1))
        self.action_blank.triggered.connect(self._blank)
        self.action_close.triggered.connect(self.close)
        self._attached = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.close()  # the projector never outlives the main window
        return False

    def _action(self, text: str, keys: str) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        self.window.addAction(action)
        return action

    # -- starting -------------------------------------------------------------------------

    def screen_names(self) -> list[str]:
        own = self.window.screen()
        names = []
        for i, screen in enumerate(QGuiApplication.screens(), start=1):
            size = screen.geometry().size()
            name = arg(
                self.tr("Scherm %1: %2 (%3×%4)"), i, screen.name(), size.width(), size.height()
            )
            if screen is own:
                name = arg(self.tr("%1 — dit scherm"), name)
            names.append(name)
        return names

    def choose_screen(self) -> None:
        names = self.screen_names()
        current = self.chosen_screen if self.chosen_screen is not None else len(names) - 1
        name, ok = QInputDialog.getItem(
            self.window,
            self.tr("Beamer"),
            self.tr("Op welk scherm komen de dia's?"),
            names,
            max(0, current),
            False,
        )
        if ok and name in names:
            self.chosen_screen = names.index(name)
            self.start(self.chosen_screen)

    def start(self, screen: int | None = None) -> ProjectorWindow | None:
        """Open the projector (first slide) on ``screen``, or the one chosen before."""
        from buurtdesk.gui.projector.window import ProjectorWindow, placement

        if not self._live() and not self._cleared():
            return None
        deck = self._load()
        if deck is None:
            self.window.statusBar().showMessage(self.tr("Kies eerst een bijeenkomst."), 4000)
            return None
        if not self._attached:  # follow the counting from now on
            area = self.window.controller.voting_area
            area.votes_changed.connect(self._votes_changed)
            area.decisions_changed.connect(self.reload)
            # Actions agreed for a priority show on the priorities slide as they are made.
            changed = getattr(
                getattr(self.window.controller, "actions_area", None), "changed", None
            )
            if changed is not None:
                changed.connect(self.reload)
            self._attached = True
        if self.projector is None:
            self.projector = ProjectorWindow()
        self.projector.set_deck(deck)
        self.projector.go(0)
        screens = QGuiApplication.screens()
        own = screens.index(self.window.screen()) if self.window.screen() in screens else 0
        chosen = screen if screen is not None else self.chosen_screen
        self.projector.place(placement(screens, chosen, own), screens)
        self._show_preview(self.projector)
        return self.projector

    def show_counting(self) -> None:
        """The Stemmen area's beamer button: the beamer on, at the ranking (or the priorities
        once they are fixed); from then on it follows the counting."""
        projector = self.projector if self._live() else self.start()
        if projector is not None:
            projector.go(projector.counting_slide())

    def _show_preview(self, projector: ProjectorWindow) -> None:
        """The slide the room sees, small, under the side bar of the main window."""
        from buurtdesk.gui.projector.preview import SlidePreview

        if self.preview is None:
            self.preview = SlidePreview.under(self.window.nav_list)
        self.preview.show()
        self.preview.follow(projector)

    def close(self) -> None:
        if self.projector is not None:
            self.projector.close()
        if self.preview is not None:
            self.preview.hide()

    # -- following the meeting ------------------------------------------------------------

    def _cleared(self) -> bool:
        """The slides go public: first the review of what still looks personal."""
        controller = self.window.controller
        meeting = controller.current_meeting()
        if controller.library is None or meeting is None:
            return True  # _load says there is nothing to show
        from buurtdesk.gui.safety.public_review import confirm_public

        output = self.tr("op de beamer")
        return confirm_public(self.window, controller.library, meeting.id, output, "slides")

    def _load(self) -> Any:
        controller = self.window.controller
        meeting = controller.current_meeting()
        if controller.library is None or meeting is None:
            return None
        from buurtdesk.core.documents.slide_data import load_deck

        return load_deck(controller.library, meeting.id)

    def _live(self) -> bool:
        return self.projector is not None and self.projector.isVisible()

    def _votes_changed(self, ranking: object) -> None:
        projector = self.projector
        if projector is None or not projector.isVisible() or projector.deck is None:
            return
        if projector.deck.meeting_id == self.window.controller.voting_area.meeting_id:
            projector.set_ranking(ranking)  # type: ignore[arg-type]
            if self.preview is not None:
                self.preview.refresh_soon()

    def reload(self) -> None:
        if self._live():
            deck = self._load()
            if deck is not None and self.projector is not None:
                self.projector.set_deck(deck)
                if self.preview is not None:
                    self.preview.refresh_soon()

    def _step(self, delta: int) -> None:
        if self._live() and self.projector is not None:
            (self.projector.next if delta > 0 else self.projector.previous)()

    def _blank(self) -> None:
        if self._live() and self.projector is not None:
            self.projector.toggle_blank()
            if self.preview is not None:
                self.preview.refresh()
