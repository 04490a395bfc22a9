"""Opening the first file in two steps, so the meeting list can be used at once.

1. Right after the first paint the neighbourhoods and meetings are read with plain sqlite3
   (``core.preview``) and put in the selectors; the areas say that the file is being opened.
2. Meanwhile a thread imports the database layer (SQLAlchemy and the models, some 0.3 s) and
   the window keeps answering.  Then the file is opened as always (``MainWindow.start``),
   keeping the neighbourhood and meeting picked in the meantime.

A file the preview cannot read plainly is simply opened the usual way.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from buurtdesk.core.store.paths import usual_db_path
from buurtdesk.core.store.preview import Listing, peek

if TYPE_CHECKING:
    from buurtdesk.gui.context import WindowContext

DATABASE_LAYER = "buurtdesk.core.store.library"  # imports SQLAlchemy, the models and their defaults


class QuickStart(QObject):
    imported = Signal()  # emitted from the import thread; delivered in the window's thread

    def __init__(self, window: WindowContext, db_path: Path | None) -> None:
        super().__init__(window)
        self.window = window
        self.db_path = db_path
        self.listing: Listing | None = None
        self.imported.connect(self._open)

    def run(self) -> None:
        window = self.window
        window.setup_controllers()
        path = self.db_path if self.db_path is not None else usual_db_path()
        self.listing = peek(path) if path is not None else None
        if path is not None:
            window.show_opening(path)  # again: setting up the controllers showed "no file"
        if self.listing is not None:
            self._show(self.listing)
            window.listed.emit()
        threading.Thread(target=self._import, name="buurtdesk-import", daemon=True).start()

    def _import(self) -> None:
        with suppress(BaseException):  # the opening imports it again, and reports a failure
            import_module(DATABASE_LAYER)
        with suppress(RuntimeError):  # the window was closed in the meantime
            self.imported.emit()

    def _open(self) -> None:
        window = self.window
        self.deleteLater()
        hood = meeting = None
        if self.listing is not None:
            window.neighbourhood_combo.currentIndexChanged.disconnect(self._neighbourhood_picked)
            hood = window.neighbourhood_combo.currentData()
            meeting = window.meeting_combo.currentData()
        if window.controller.library is not None:  # a file was opened from the menu meanwhile
            window.started.emit()
            return
        window.start(self.db_path, hood, meeting)
        if window.controller.library is None:
            window.controller.forget_listing()  # not opened after all: nothing stale stays

    # -- the preview in the selectors -------------------------------------------------------

    def _show(self, listing: Listing) -> None:
        w = self.window
        w.list_neighbourhoods(listing.neighbourhoods, listing.busiest_neighbourhood())
        w.neighbourhood_combo.currentIndexChanged.connect(self._neighbourhood_picked)
        self._fill_meetings()

    def _neighbourhood_picked(self, _index: int) -> None:
        self._fill_meetings()

    def _fill_meetings(self) -> None:
        w = self.window
        assert self.listing is not None
        hood_id = w.neighbourhood_combo.currentData()
        names = {h.id: h.name for h in self.listing.neighbourhoods}
        w.set_neighbourhood_title(names.get(hood_id))
        newest_first = list(reversed(self.listing.meetings_of(hood_id)))
        w.list_meetings(newest_first, None)
        w.meeting_combo.setEnabled(bool(newest_first))
