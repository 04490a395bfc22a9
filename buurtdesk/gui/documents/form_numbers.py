"""Meldformulieren: a chosen first form number that reuses numbers printed before."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def numbers_free(parent: QWidget, library: Library | None, start: int | None, count: int) -> bool:
    """True when the numbers were never printed, or the user chose to print them again."""
    if start is None or library is None:
        return True
    from buurtdesk.core.documents.print_runs import overlapping

    with library.session() as s:
        ranges = overlapping(s, start, count)
    if not ranges:
        return True
    shown = ", ".join(f"{a}–{b}" for a, b in ranges)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("DocumentsArea", "Nummers al gedrukt"),
        arg(
            QCoreApplication.translate(
                "DocumentsArea",
                "Formuliernummers %1 zijn al eens gedrukt. Twee formulieren met hetzelfde "
                "nummer zijn later niet uit elkaar te houden. Toch maken?",
            ),
            shown,
        ),
    )
    return answer == QMessageBox.StandardButton.Yes
