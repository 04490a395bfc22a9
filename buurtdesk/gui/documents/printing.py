"""Print a PDF from within BuurtDesk.

With Qt's PDF module (``PySide6.QtPdf``, in the PySide6-Addons wheel) the pages are rendered
and sent to the printer chosen in Qt's print dialog.  BuurtDesk ships only PySide6-Essentials,
which lacks that module; then the PDF opens in the system's PDF viewer, whose own print
command prints it, and a short message says so.

A PDF made only to print (a feedback sheet holds names and addresses) lives in a temporary
folder of its own: removed when BuurtDesk closes, and any such folder older than a day that
an earlier, killed BuurtDesk left is removed at the next print.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from buurtdesk.gui.common.texts import translate

DPI = 300
PRINT_PREFIX = "buurtdesk-print-"
STALE_SECONDS = 24 * 3600
_MADE: list[Path] = []


def print_folder() -> Path:
    """A new private folder for a PDF made only to print; gone when BuurtDesk closes."""
    sweep_print_folders()
    folder = Path(tempfile.mkdtemp(prefix=PRINT_PREFIX))
    if not _MADE:
        atexit.register(forget_print_folders)
    _MADE.append(folder)
    return folder


def forget_print_folders() -> None:
    """Remove the print folders this BuurtDesk made."""
    while _MADE:
        shutil.rmtree(_MADE.pop(), ignore_errors=True)


def sweep_print_folders(now: float | None = None) -> list[Path]:
    """Remove print folders older than a day (left by a BuurtDesk that was killed)."""
    now = time.time() if now is None else now
    removed = []
    for folder in Path(tempfile.gettempdir()).glob(PRINT_PREFIX + "*"):
        try:
            old = now - folder.stat().st_mtime > STALE_SECONDS
        except OSError:
            continue
        if old and folder not in _MADE:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def has_pdf_renderer() -> bool:
    try:
        from PySide6 import QtPdf  # noqa: F401
    except ImportError:
        return False
    return True


def print_pdf(parent: QWidget, path: Path) -> bool:
    """Print ``path``; returns whether it went to a printer (or to the viewer to print)."""
    if has_pdf_renderer():
        return _print_rendered(parent, path)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        QMessageBox.warning(
            parent,
            translate("Afdrukken", "Afdrukken niet gelukt"),
            translate(
                "Afdrukken",
                "Er is geen programma gevonden om de PDF te openen. De PDF staat hier:\n%1",
            ).replace("%1", str(path)),
        )
        return False
    QMessageBox.information(
        parent,
        translate("Afdrukken", "Afdrukken"),
        translate(
            "Afdrukken",
            "De PDF is geopend in uw PDF-programma. Kies daar ‘Afdrukken’ om hem te printen.",
        ),
    )
    return True


def _print_rendered(parent: QWidget, path: Path) -> bool:  # pragma: no cover - needs QtPdf
    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        QMessageBox.warning(
            parent,
            translate("Afdrukken", "Afdrukken niet gelukt"),
            translate("Afdrukken", "De PDF kon niet worden gelezen."),
        )
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(path.name)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        target = printer.pageLayout().paintRectPixels(printer.resolution())
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(int(points.width() / 72 * DPI), int(points.height() / 72 * DPI))
            image = document.render(page, size)
            fitted = image.scaled(
                target.size(),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(target.topLeft(), fitted)
    finally:
        painter.end()
    return True
