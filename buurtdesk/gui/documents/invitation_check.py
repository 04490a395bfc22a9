"""Documenten: an invitation only for a meeting still to come (see documents.invitation.held)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def invitation_allowed(parent: QWidget, library: Library, meeting_id: int) -> bool:
    """True when the meeting has not been held yet; else a message naming the next one."""
    from buurtdesk.core.documents.invitation import held
    from buurtdesk.gui.projector.slides.base import long_date

    with library.session() as s:
        refused = held(s, meeting_id)
    if refused is None:
        return True
    day = long_date(refused.meeting.date)
    if refused.following is None:
        text = arg(
            QCoreApplication.translate(
                "Documenten",
                "De bijeenkomst van %1 is al geweest en er is nog geen volgende bijeenkomst "
                "gepland. Plan eerst de volgende bijeenkomst en maak daar de uitnodiging voor.",
            ),
            day,
        )
    else:
        text = arg(
            QCoreApplication.translate(
                "Documenten",
                "De bijeenkomst van %1 is al geweest. Een uitnodiging is voor een bijeenkomst "
                "die nog komt: kies de volgende bijeenkomst, van %2, en maak de uitnodiging "
                "daar.",
            ),
            day,
            long_date(refused.following.date),
        )
    title = QCoreApplication.translate("Documenten", "Bijeenkomst al geweest")
    QMessageBox.information(parent, title, text)
    return False
