"""The projector's slides, in the order of the meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from buurtdesk.gui.projector.slides.base import PaintedText, Slide
from buurtdesk.gui.projector.slides.lists import ConcernsSlide, PrioritiesSlide
from buurtdesk.gui.projector.slides.ranking import RankingSlide
from buurtdesk.gui.projector.slides.simple import ActionsSlide, ClosingSlide, TitleSlide

TITLE, ACTIONS, CONCERNS, RANKING, PRIORITIES, CLOSING = range(6)

__all__ = ["PaintedText", "RankingSlide", "Slide", "make_slides"]


def make_slides(parent: QWidget | None = None) -> list[Slide]:
    return [
        TitleSlide(parent),
        ActionsSlide(parent),
        ConcernsSlide(parent),
        RankingSlide(parent),
        PrioritiesSlide(parent),
        ClosingSlide(parent),
    ]
