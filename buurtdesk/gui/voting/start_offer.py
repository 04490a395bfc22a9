"""Counting in a meeting that is still planned: offer, once, to start it first.

The status itself changes through the window's own Bijeenkomst › Starten (one undo step, the
header follows); this only asks.  Imported by the Stemmen area; may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui.common.texts import translate

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def planned(lib: Library, meeting_id: int) -> bool:
    return any(m.id == meeting_id and str(m.status) == "planned" for m in lib.meetings())


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
