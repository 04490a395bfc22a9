"""Opening, creating and choosing files: the start-up decision, the first-run dialog, the demo.

The database layer is imported inside these methods, never at module level: ``start`` runs
from a zero-delay timer after the window has been shown, so the window appears at once.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from buurtdesk import __version__
from buurtdesk.core.store.paths import DB_SUFFIX, default_db_path, demo_db_path, usual_db_path
from buurtdesk.gui.common.dialogs import NewNeighbourhood, NewNeighbourhoodDialog
from buurtdesk.gui.common.first_run import FirstRunDialog, Start, StartChoice
from buurtdesk.gui.common.recent_files import remember, start_folder
from buurtdesk.gui.common.texts import arg, file_filter, file_problem_text

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.gui.context import WindowContext
    from buurtdesk.gui.controller import MainController

# A broken demo is ours to rebuild; anything the user made is never overwritten.
REBUILD_DEMO = {"corrupt", "foreign", "newer"}


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class FileController(QObject):
    def __init__(self, window: WindowContext, main: MainController) -> None:
        super().__init__(window)
        self.window = window
        self.main = main

    # -- start-up -------------------------------------------------------------------------

    def start(
        self,
        db_path: Path | None = None,
        neighbourhood_id: int | None = None,
        meeting_id: int | None = None,
    ) -> None:
        """The file given, else the usual file if it exists, else the welcome dialog."""
        path = db_path if db_path is not None else usual_db_path()
        if path is not None and self.open_path(path, neighbourhood_id, meeting_id):
            return
        self.show_first_run()

    def show_first_run(self) -> None:
        """Ask until a file is open or the user closes the dialog (the window stays empty)."""
        while True:
            dialog = FirstRunDialog(self.window, self._start_dir())
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
                return
            if self._carry_out(dialog.choice):
                return

    def _carry_out(self, choice: StartChoice) -> bool:
        if choice.kind is Start.NEW and choice.neighbourhood is not None:
            return self.create_file(default_db_path(), choice.neighbourhood)
        if choice.kind is Start.DEMO:
            return self.open_demo()
        if choice.kind is Start.OPEN and choice.path is not None:
            return self.open_path(choice.path)
        return False

    # -- opening --------------------------------------------------------------------------

    def _library(self, path: Path, *, create: bool) -> Library | None:
        """The opened file, or ``None`` after one clear warning; the open file stays open.

        A file another BuurtDesk window edits is offered read-only (or, when that window is
        known to be gone, to take over); two windows never edit one file at once."""
        from buurtdesk.core.store.db import DatabaseFileError
        from buurtdesk.core.store.filelock import FileInUse
        from buurtdesk.core.store.library import Library

        try:
            with busy():
                return Library(path, create=create, lock=True)
        except DatabaseFileError as error:
            self.warn_unopenable(path, error)
            return None
        except FileInUse as in_use:
            choice = self.ask_in_use(in_use)
        try:
            with busy():
                if choice == "read_only":
                    return Library(path, create=False, read_only=True)
                if choice == "take_over":
                    return Library(path, create=create, lock=True, take_over=True)
        except DatabaseFileError as error:
            self.warn_unopenable(path, error)
        return None

    def ask_in_use(self, in_use: Any) -> str:
        """``read_only``, ``take_over`` or ``cancel``."""
        holder = in_use.holder
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Bestand is al geopend"))
        box.setText(
            arg(
                self.tr(
                    "Dit bestand is al geopend in een ander BuurtDesk-venster (computer %1, "
                    "gebruiker %2, sinds %3). Als twee vensters tegelijk wijzigen, kan werk "
                    "verloren gaan."
                ),
                holder.host,
                holder.user,
                holder.since.replace("T", " "),
            )
        )
        box.setInformativeText(
            self.tr(
                "Open het alleen om te lezen, of neem het over als dat andere venster niet "
                "meer open is (bijvoorbeeld na een storing)."
            )
        )
        read_only = box.addButton(self.tr("Alleen lezen"), QMessageBox.ButtonRole.AcceptRole)
        take_over = box.addButton(self.tr("Toch bewerken"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(read_only)
        box.exec()
        clicked = box.clickedButton()
        if clicked is read_only:
            return "read_only"
        if clicked is take_over:
            return "take_over"
        return "cancel"

    def warn_unopenable(self, path: Path, error: object) -> None:
        text = file_problem_text(error)  # type: ignore[arg-type]
        QMessageBox.warning(
            self.window,
            self.tr("Bestand niet geopend"),
            text + "\n\n" + arg(self.tr("Bestand: %1"), path),
        )

    def open_path(
        self, path: Path, neighbourhood_id: int | None = None, meeting_id: int | None = None
    ) -> bool:
        library = self._library(Path(path), create=False)
        if library is None:
            return False
        self.main.set_library(library, neighbourhood_id, meeting_id)
        remember(Path(path))
        if getattr(library, "removed", ()):  # the file's own triggers or views, now dropped
            self.window.statusBar().showMessage(
                self.tr(
                    "Dit bestand bevatte verborgen opdrachten die niet van BuurtDesk zijn; "
                    "BuurtDesk heeft ze verwijderd voordat er iets werd opgeslagen."
                ),
                30000,
            )
        return True

    def open_dialog(self) -> bool:
        name, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("BuurtDesk-bestand openen"), str(self._start_dir()), file_filter()
        )
        return bool(name) and self.open_path(Path(name))

    def open_demo(self) -> bool:
        """Open the demo file, writing it first when it is missing (or rebuilding a broken
        one: it holds only fictional data, so nothing of the user's is lost)."""
        from buurtdesk.core.demo.create import create_demo
        from buurtdesk.core.store.db import DatabaseFileError
        from buurtdesk.core.store.library import Library

        path = demo_db_path()
        try:
            with busy():
                if not path.exists():
                    create_demo(path)
                library = Library(path, create=False)
        except DatabaseFileError as error:
            if str(error.problem) not in REBUILD_DEMO:
                self.warn_unopenable(path, error)
                return False
            try:
                with busy():
                    create_demo(path, force=True)
                    library = Library(path, create=False)
            except DatabaseFileError as again:
                self.warn_unopenable(path, again)
                return False
        self.main.set_library(library)
        return True

    # -- creating -------------------------------------------------------------------------

    def create_file(self, path: Path, hood: NewNeighbourhood) -> bool:
        """Create (or extend) ``path`` with the neighbourhood ``hood`` and show it."""
        library = self._library(path, create=True)
        if library is None:
            return False
        hood_id: int | None
        try:
            hood_id = library.add_neighbourhood(hood.name, hood.municipality)
        except ValueError:  # a file that already had this neighbourhood: show that one
            hood_id = library.neighbourhood_id(hood.name)
        self.main.set_library(library, neighbourhood_id=hood_id)
        remember(path)
        return True

    def new_file(self) -> bool:
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Nieuw BuurtDesk-bestand"),
            str(self._start_dir() / f"buurt{DB_SUFFIX}"),
            file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return False
        path = Path(name)
        if path.suffix != DB_SUFFIX:
            path = path.with_name(path.name + DB_SUFFIX)
        if path.exists():
            QMessageBox.warning(
                self.window,
                self.tr("Bestand bestaat al"),
                self.tr(
                    "Er is al een bestand met deze naam. Kies een andere naam, of open het "
                    "bestaande bestand met Openen…"
                ),
            )
            return False
        dialog = NewNeighbourhoodDialog(self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.create_file(path, dialog.value())

    # -- help -----------------------------------------------------------------------------

    def about(self) -> None:
        QMessageBox.about(
            self.window,
            self.tr("Over BuurtDesk"),
            arg(
                self.tr(
                    "<h3>BuurtDesk %1</h3><p>Voor buurtbijeenkomsten volgens De Buurt "
                    "Bestuurt: bewoners, politie en gemeente kiezen samen wat de buurt eerst "
                    "aanpakt, en houden bij wie wat doet.</p><p>Alles staat in één bestand op "
                    "deze computer. Vrije software (GPL-3.0 of later).</p>"
                ),
                __version__,
            ),
        )

    def _start_dir(self) -> Path:
        return start_folder()
