"""Stemmen › Stembriefjes › "Scans inlezen…": scans and photos of printed ballots read in, with
a progress bar and Cancel.  The pages are read in the window's own thread, one at a time, the
window kept alive between pages; Cancel stops after the page being read (every page read so
far is kept)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QProgressDialog

from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.voting.texts import scan_summary


def import_scans(area: Any, paths: list[Path] | None = None) -> bool:
    """Ask for the files (unless ``paths``), read them into the area's meeting, refresh it."""
    from buurtdesk.core.omr.images import count_pages
    from buurtdesk.core.scans.importing import import_scans as read_in
    from buurtdesk.core.scans.listing import figures

    lib, mid = area.library, area.meeting_id
    if lib is None or mid is None:
        return False
    if paths is None:
        names, _filter = QFileDialog.getOpenFileNames(
            area,
            translate("Stemmen", "Scans van stembriefjes inlezen"),
            "",
            translate("Stemmen", "Scans en foto's (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.heic)"),
        )
        paths = [Path(n) for n in names]
    if not paths:
        return False
    total = count_pages(paths)
    dialog = QProgressDialog(
        translate("Stemmen", "Stembriefjes lezen…"),
        translate("Stemmen", "Annuleren"),
        0,
        total,
        area,
    )
    dialog.setWindowTitle(translate("Stemmen", "Scans inlezen"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setValue(0)

    def progress(done: int, name: str) -> None:
        dialog.setValue(min(done, total))
        dialog.setLabelText(
            arg(translate("Stemmen", "%1 van %2 pagina's gelezen (%3)"), done, total, name)
        )
        QApplication.processEvents()

    try:
        report = read_in(lib, mid, paths, progress=progress, stop=dialog.wasCanceled)
    finally:
        dialog.close()
    area.refresh(mid)
    summary = scan_summary(figures(lib, mid))
    if report.cancelled:
        summary = (
            arg(translate("Stemmen", "Afgebroken na %1 pagina's."), len(report.pages))
            + " "
            + summary
        )
    area.show_message(summary, error=not report.all_done)
    return True
