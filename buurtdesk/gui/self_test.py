"""``buurtdesk --self-test``: prove that an installed BuurtDesk (or a frozen bundle) works.

It writes the demo database into a temporary folder, opens the main window on it offscreen
(unless a display is there), renders one projector slide to PNG and makes one PDF (the action
list).  One line per check: ``ok window``, ``ok slide``, ``ok pdf``, or ``FAIL <check>: why``.
Exit code 0 only when every check passed, else 1.  Nothing outside the temporary folder is
touched: the window's settings go to an INI file there and no backup is made.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.gui.main_window import MainWindow

CHECKS = ("window", "slide", "pdf", "scan")
SLIDE = "ranglijst"  # the ranking: painted text, bars and numbers
SLIDE_SIZE = (1920, 1080)
TIMEOUT_S = 20.0


class CheckError(Exception):
    """A check did not pass; the message says why, in one line."""


def _use_offscreen_without_display() -> None:
    """Before the QApplication exists: without an X11 or Wayland display (and always on
    Windows and macOS, which set neither) the window is drawn offscreen."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _wait_until(done: Callable[[], bool], what: str) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + TIMEOUT_S
    while not done():
        if time.monotonic() > deadline:
            raise CheckError(f"timed out after {TIMEOUT_S:.0f} s waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.01)


def _image_is_drawn(path: Path) -> bool:
    """The PNG can be read back and is not one flat colour."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        return False
    first = image.pixel(0, 0)
    step_x, step_y = max(1, image.width() // 64), max(1, image.height() // 64)
    return any(
        image.pixel(x, y) != first
        for y in range(0, image.height(), step_y)
        for x in range(0, image.width(), step_x)
    )


def check_window(window: MainWindow, db_path: Path) -> tuple[Library, int]:
    """Show the window, open the demo file in it; returns the library and shown meeting."""
    from PySide6.QtCore import QEvent, QLibraryInfo, QObject

    from buurtdesk.core.store.library import Library

    class PaintSeen(QObject):
        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.seen = True
            return False

    paint = PaintSeen(window)
    window.installEventFilter(paint)
    window.resize(1280, 800)
    window.show()
    _wait_until(lambda: paint.seen, "the window's first paint")
    window.removeEventFilter(paint)
    # The same hand-over as opening a file from the window, minus the daily backup (which
    # would write into the user's data folder).
    library = Library(db_path, create=False, daily_backup=False)
    window.controller.set_library(library)
    window.started.emit()
    hood = window.controller.current_neighbourhood_id()
    wanted = [m.id for m in library.meetings(hood)] if hood is not None else []
    combo = window.meeting_combo
    shown = sorted(int(combo.itemData(i)) for i in range(combo.count()))
    if not wanted:
        raise CheckError("the demo database has no meetings")
    if shown != sorted(wanted):
        raise CheckError(f"meeting selector shows {shown}, the file has {sorted(wanted)}")
    meeting = window.controller.current_meeting()
    if meeting is None:
        raise CheckError("no meeting is selected after opening the file")
    from buurtdesk.core.store.preview import peek
    from buurtdesk.gui.quick_start import QuickStart  # noqa: F401  (what a normal start uses)

    listing = peek(db_path)  # the start-up's first look at the file, through plain sqlite3
    if listing is None or [m.id for m in listing.meetings] != [m.id for m in library.meetings()]:
        raise CheckError("the start-up preview does not list the file's meetings")
    qt_texts = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (qt_texts / "qtbase_nl.qm").is_file():
        raise CheckError(f"Qt's Dutch texts (qtbase_nl.qm) are missing from {qt_texts}")
    sizes = {(s.width(), s.height()) for s in window.windowIcon().availableSizes()}
    if not {(16, 16), (256, 256)} <= sizes:
        raise CheckError(f"the window icon lacks sizes: it has {sorted(sizes)}")
    return library, meeting.id


def check_slide(library: Library, meeting_id: int, out: Path) -> Path:
    """Render the ranking slide of the meeting with the projector's own drawing code."""
    import shiboken6
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QWidget

    from buurtdesk.core.documents.slide_data import load_deck
    from buurtdesk.gui.projector.export import SLIDE_NAMES
    from buurtdesk.gui.projector.slides import make_slides

    deck = load_deck(library, meeting_id)
    holder = QWidget()
    try:
        slide = make_slides(holder)[SLIDE_NAMES.index(SLIDE)]
        slide.resize(*SLIDE_SIZE)
        slide.set_deck(deck)
        image = QImage(*SLIDE_SIZE, QImage.Format.Format_RGB32)
        slide.render(image)
    finally:
        shiboken6.delete(holder)
    if not image.save(str(out), "PNG"):  # type: ignore[call-overload]  # (str works; the stub says bytes)
        raise CheckError(f"cannot write {out}")
    if not _image_is_drawn(out):
        raise CheckError(f"{out.name} is blank")
    return out


def check_pdf(library: Library, meeting_id: int, out: Path) -> Path:
    """The action list as a PDF, with the embedded fonts."""
    from buurtdesk.core.documents import make_document

    make_document(library, "actions", meeting_id, out)
    data = out.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise CheckError(f"{out.name} is not a complete PDF")
    if not any("DejaVu" in name for name in embedded_fonts(out)):
        raise CheckError(f"{out.name} does not embed the DejaVu font")
    return out


def check_scan(library: Library, meeting_id: int, out: Path) -> None:
    """One readable ballot printed and read back: OpenCV, zxing-cpp and pypdfium2 work."""
    from buurtdesk.core.documents import make_document
    from buurtdesk.core.scans.importing import import_scans
    from buurtdesk.core.voting.counting import set_method

    set_method(library, meeting_id, "approval")
    make_document(library, "ballots", meeting_id, out)
    report = import_scans(library, meeting_id, [out])
    read = [p for p in report.pages if p.status in ("counted", "invalid")]
    if not report.pages or len(read) != len(report.pages):
        why = "; ".join(f"page {p.page}: {p.status} {p.reason}" for p in report.pages)
        raise CheckError(f"the printed ballot was not read back: {why or 'no page'}")


def embedded_fonts(path: Path) -> set[str]:
    """The names of the fonts whose files are inside the PDF (read with pikepdf, since a
    tagged PDF keeps its objects in compressed streams)."""
    import pikepdf

    names: set[str] = set()
    with pikepdf.open(path) as pdf:
        for page in pdf.pages:
            resources: Any = page.obj.get("/Resources", {})
            for font in dict(resources.get("/Font", {})).values():
                described = font.get("/FontDescriptor")
                if described is None and "/DescendantFonts" in font:
                    described = font.DescendantFonts[0].get("/FontDescriptor")
                if described is not None and any(
                    key in described for key in ("/FontFile", "/FontFile2", "/FontFile3")
                ):
                    names.add(str(font.get("/BaseFont", "")))
    return names


def _attempt(name: str, step: Callable[[], object], failures: list[str]) -> bool:
    try:
        step()
    except CheckError as exc:
        failures.append(f"{name}: {exc}")
    except Exception as exc:  # report it, never a traceback on stdout
        if os.environ.get("BUURTDESK_DEBUG"):
            traceback.print_exc()
        failures.append(f"{name}: {type(exc).__name__}: {exc}")
    else:
        print(f"ok {name}", flush=True)
        return True
    print(f"FAIL {failures[-1]}", flush=True)
    return False


def _no_message_boxes(failures: list[str]) -> None:
    """A message box would wait forever for a click nobody gives: count it as a failure."""
    from PySide6.QtWidgets import QMessageBox

    for kind in ("warning", "critical", "information", "question"):

        def shown(_parent: object, title: str, text: str, *_a: object, k: str = kind) -> object:
            failures.append(f"unexpected {k} message: {title}: {text}")
            return QMessageBox.StandardButton.Ok

        setattr(QMessageBox, kind, staticmethod(shown))


def run() -> int:
    """Run every check; 0 when all passed, else 1 with the reasons on stderr.

    ``BUURTDESK_SELF_TEST_OUT=DIR`` keeps the rendered slide and PDF in ``DIR``.
    """
    _use_offscreen_without_display()
    from PySide6.QtCore import QSettings

    from buurtdesk.core.demo.create import create_demo
    from buurtdesk.gui.app import make_app

    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="buurtdesk-selftest-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app = make_app()
        _no_message_boxes(failures)
        from buurtdesk.gui.main_window import MainWindow

        window = MainWindow()
        opened: dict[str, tuple[Library, int]] = {}
        db_path = folder / "demo.buurtdesk"

        def window_check() -> None:
            create_demo(db_path)
            opened["lib"] = check_window(window, db_path)

        try:
            if _attempt("window", window_check, failures):
                library, meeting_id = opened["lib"]
                slide, pdf = folder / "slide.png", folder / "actielijst.pdf"
                _attempt("slide", lambda: check_slide(library, meeting_id, slide), failures)
                _attempt("pdf", lambda: check_pdf(library, meeting_id, pdf), failures)
                ballot = folder / "stembriefje.pdf"
                _attempt("scan", lambda: check_scan(library, meeting_id, ballot), failures)
                keep = os.environ.get("BUURTDESK_SELF_TEST_OUT")
                if keep:
                    _keep(Path(keep), [slide, pdf, ballot])
            else:
                for name in CHECKS[1:]:
                    print(f"FAIL {name}: not tried", flush=True)
                    failures.append(f"{name}: not tried, the window check failed")
        finally:
            window.controller.close()
            window.hide()
            window.deleteLater()
            app.processEvents()
    if failures:
        print("error: self-test failed: " + "; ".join(failures), file=sys.stderr)
        return 1
    return 0


def _keep(folder: Path, files: list[Path]) -> None:
    import shutil

    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        if path.is_file():
            shutil.copy2(path, folder / path.name)
