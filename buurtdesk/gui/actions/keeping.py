"""Keeping a committee going, from the window: the partners' reminders before a meeting
(Acties › Herinneringen voorbereiden…) and the handover dossier (Documenten ›
Overdrachtsdossier).  The core writes them; this module asks where, and says what it did.
Imported lazily; it may import the core."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from buurtdesk.gui.common.language import current_language
from buurtdesk.gui.common.output_check import refused
from buurtdesk.gui.common.texts import arg, format_date, translate

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


def held_message(library: Library, meeting_id: int) -> str | None:
    """Why there are no reminders for this meeting (it was held), naming the next one."""
    from buurtdesk.core.documents.reminders import refusal

    found = refusal(library, meeting_id)
    if found is None:
        return None
    held = arg(
        translate("Bijhouden", "De bijeenkomst van %1 is al gehouden."),
        format_date(found.meeting.date),
    )
    if found.following is None:
        plan = translate("Bijhouden", "Plan eerst de volgende bijeenkomst.")
        return f"{held} {plan}"
    nxt = translate("Bijhouden", "Herinneringen gaan vóór een bijeenkomst: kies die van %1.")
    return f"{held} {arg(nxt, format_date(found.following.date))}"


def prepare_reminders(parent: QWidget, library: Library, meeting_id: int) -> list[Path]:
    """Ask for a folder and write the reminders there; returns the files written."""
    title = translate("Bijhouden", "Herinneringen voorbereiden")
    refusal_text = held_message(library, meeting_id)
    if refusal_text is not None:
        QMessageBox.information(parent, title, refusal_text)
        return []
    folder = QFileDialog.getExistingDirectory(
        parent, translate("Bijhouden", "Map voor de herinneringen")
    )
    if not folder:
        return []
    from buurtdesk.core.documents.reminders import write_reminders

    try:
        written = write_reminders(library, meeting_id, Path(folder), current_language())
    except (OSError, ValueError) as exc:
        QMessageBox.warning(parent, title, arg(translate("Bijhouden", "Niet gelukt: %1"), str(exc)))
        return []
    text = translate("Bijhouden", "%1 brief(en) en herinneringen.csv staan in %2.")
    QMessageBox.information(parent, title, arg(text, str(len(written) - 1), folder))
    return written


def make_dossier(parent: QWidget, library: Library, neighbourhood: str, lang: str) -> Path | None:
    """Ask where, then write the handover dossier of ``neighbourhood``."""
    title = translate("Bijhouden", "Overdrachtsdossier")
    name = f"overdrachtsdossier-{dt.date.today().isoformat()}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(parent, title, name, "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    if refused(parent, path, library.path):
        return None
    from buurtdesk.core.documents.dossier import write_dossier
    from buurtdesk.core.errors import DocumentError

    try:
        return write_dossier(library, neighbourhood, path, lang)
    except (DocumentError, OSError, ValueError) as exc:
        QMessageBox.warning(parent, title, arg(translate("Bijhouden", "Niet gelukt: %1"), str(exc)))
        return None
