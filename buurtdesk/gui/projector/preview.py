"""A small copy of the slide the room sees, with its number, under the main window's areas.

It shows while the projector is open, in the side bar below Knelpunten … Documenten, so the
facilitator never has to turn round to the wall and the work keeps its width.  The copy
follows a slide change, a new page and the live counting, at most a few times a second (a
grab of a full-HD slide is not free).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QBoxLayout, QFrame, QLabel, QVBoxLayout, QWidget

from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.projector.slides.base import page_of

if TYPE_CHECKING:
    from buurtdesk.gui.projector.window import ProjectorWindow

WIDTH = 176  # fits the side bar


def slide_name(index: int) -> str:
    names = [
        translate("Dia", "Welkom"),
        translate("Dia", "Acties van de vorige keer"),
        translate("Dia", "Ingebrachte knelpunten"),
        translate("Dia", "Ranglijst"),
        translate("Dia", "Gekozen prioriteiten"),
        translate("Dia", "Afsluiting"),
    ]
    return names[index] if 0 <= index < len(names) else ""


class SlidePreview(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("slidePreview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 12)
        layout.setSpacing(4)
        self.title = QLabel(translate("Dia", "Op de beamer"), self)
        self.title.setProperty("hint", True)
        self.picture = QLabel(self)
        self.picture.setFixedSize(WIDTH, WIDTH * 9 // 16)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setStyleSheet("background: black;")
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.caption.setFixedWidth(WIDTH)
        for widget in (self.title, self.picture, self.caption):
            layout.addWidget(widget)
        self.projector: ProjectorWindow | None = None
        self._later = QTimer(self, singleShot=True, interval=250)
        self._later.timeout.connect(self.refresh)

    @classmethod
    def under(cls, nav: QWidget) -> SlidePreview:
        """A preview placed under the side bar ``nav``, in a column of the same width."""
        parent = nav.parentWidget()
        assert parent is not None
        holder = next(
            (lay for lay in parent.findChildren(QBoxLayout) if lay.indexOf(nav) >= 0), None
        )
        assert holder is not None, "the side bar lost its layout"
        index = holder.indexOf(nav)
        column = QWidget(parent)
        column.setObjectName("sideColumn")
        column.setFixedWidth(nav.maximumWidth())
        stack = QVBoxLayout(column)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.setSpacing(0)
        holder.removeWidget(nav)
        stack.addWidget(nav, 1)
        preview = cls(column)
        stack.addWidget(preview)
        holder.insertWidget(index, column)
        column.show()
        return preview

    def follow(self, projector: ProjectorWindow) -> None:
        if self.projector is not projector:
            self.projector = projector
            projector.slide_changed.connect(lambda *_a: self.refresh_soon())
        self.refresh()

    def refresh_soon(self) -> None:
        self._later.start()

    def refresh(self) -> None:
        projector = self.projector
        if projector is None or projector.deck is None:
            return
        slide = projector.current_slide()
        count = len(projector.slides)
        text = arg(
            translate("Dia", "Dia %1 van %2: %3"),
            projector.index + 1,
            count,
            slide_name(projector.index),
        )
        pages = slide.page_count()
        if pages > 1:
            text += " · " + page_of(slide.page, pages)
        if projector.blanked:
            text += " · " + translate("Dia", "beamer op zwart")
            self.picture.clear()
        else:
            shot = slide.grab()
            self.picture.setPixmap(
                shot.scaled(
                    self.picture.size(),
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
        self.caption.setText(text)
