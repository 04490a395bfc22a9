"""Counting in a meeting that is still planned: offer, once, to start it first.

The status itself changes through the window's own Bijeenkomst › Starten (one undo step, the
header follows); this only asks.  Imported by the Stemmen area; may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import SIGNAL
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui.common.texts import translate

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def planned(lib: Library, meeting_id: int) -> bool:
    from buurtdesk.core.voting.counting import meeting_started

    return not meeting_started(lib, meeting_id)


def wants_start(parent: QWidget) -> bool:
    """Asks whether to start the planned meeting now the counting begins."""
    answer = QMessageBox.question(
        parent,
        translate("Stemmen", "Bijeenkomst starten"),
        translate(
            "Stemmen",
            "Deze bijeenkomst staat nog op ‘gepland’, maar er wordt nu geteld. "
            "De bijeenkomst starten?",
        ),
    )
    return answer in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok)


class StartOffer:
    """Called before a count, a ballot or fixing the priorities: the first time in a meeting
    still planned, asks to start it; yes emits the area's ``start_meeting_requested``."""

    def __init__(self, area: Any) -> None:  # the VotingArea (which imports this module)
        self.area = area
        self.offered: set[int] = set()  # meetings asked once already

    def __call__(self) -> None:
        area = self.area
        lib, mid = area.library, area.meeting_id
        if lib is None or mid is None or mid in self.offered:
            return
        if not area.receivers(SIGNAL("start_meeting_requested()")):
            return  # an area on its own: nobody to start the meeting
        self.offered.add(mid)
        if planned(lib, mid) and wants_start(area):
            area.start_meeting_requested.emit()
