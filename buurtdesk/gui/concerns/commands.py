"""Undoable concern edits: entry, title, merge, un-merge, delete and import.

Each command's ``redo``/``undo`` call the core (``buurtdesk.core.concerns.intake``) and then
``refresh``, so the list, the counts and the duplicate index follow.  A command built for an
edit that already happened (a form saved by the entry form) skips its first ``redo``.
This module is imported lazily, after the file is open, so it may import the core.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from buurtdesk.core.concerns import intake as core
from buurtdesk.gui.common.texts import arg, translate

if TYPE_CHECKING:
    from buurtdesk.core.concerns.delete import ImportSnapshot
    from buurtdesk.core.concerns.intake import ReportSnapshot
    from buurtdesk.core.store.library import Library

Refresh = Callable[[], None]


class ConcernCommand(QUndoCommand):
    def __init__(self, lib: Library, refresh: Refresh, text: str, done: bool = False) -> None:
        super().__init__(text)
        self.lib = lib
        self.refresh = refresh
        self._skip_redo = done

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
        else:
            self.do()
        self.refresh()

    def undo(self) -> None:
        self.undo_it()
        self.refresh()

    def do(self) -> None:
        raise NotImplementedError

    def undo_it(self) -> None:
        raise NotImplementedError


class EntryCommand(ConcernCommand):
    """A form saved as a report (done already by the entry form)."""

    def __init__(self, lib: Library, refresh: Refresh, report_id: int, code: str) -> None:
        text = arg(translate("Knelpunten", "formulier bij %1"), code)
        super().__init__(lib, refresh, text, done=True)
        self.report_id = report_id
        self.snapshot: ReportSnapshot | None = None

    def do(self) -> None:
        if self.snapshot is not None:
            core.restore_report(self.lib, self.snapshot)

    def undo_it(self) -> None:
        self.snapshot = core.delete_report(self.lib, self.report_id)


class TitleCommand(ConcernCommand):
    def __init__(
        self, lib: Library, refresh: Refresh, concern_id: int, code: str, title: str
    ) -> None:
        super().__init__(lib, refresh, arg(translate("Knelpunten", "titel van %1"), code))
        self.concern_id = concern_id
        self.title = title
        self.old_title: str | None = None

    def do(self) -> None:
        self.old_title = core.set_title(self.lib, self.concern_id, self.title)

    def undo_it(self) -> None:
        if self.old_title is not None:
            core.set_title(self.lib, self.concern_id, self.old_title)


class MergeCommand(ConcernCommand):
    def __init__(
        self, lib: Library, refresh: Refresh, target: tuple[int, str], sources: list[int]
    ) -> None:
        text = arg(translate("Knelpunten", "samenvoegen in %1"), target[1])
        super().__init__(lib, refresh, text)
        self.target_id = target[0]
        self.sources = list(sources)

    def do(self) -> None:
        core.merge_concerns(self.lib, self.target_id, self.sources)

    def undo_it(self) -> None:
        for source in reversed(self.sources):
            core.unmerge_concern(self.lib, source)


class UnmergeCommand(ConcernCommand):
    def __init__(
        self, lib: Library, refresh: Refresh, concern_id: int, code: str, target_id: int
    ) -> None:
        super().__init__(lib, refresh, arg(translate("Knelpunten", "%1 splitsen"), code))
        self.concern_id = concern_id
        self.target_id = target_id

    def do(self) -> None:
        core.unmerge_concern(self.lib, self.concern_id)

    def undo_it(self) -> None:
        core.merge_concerns(self.lib, self.target_id, [self.concern_id])


class DeleteCommand(ConcernCommand):
    """Delete reports (all of a concern's, or one); undo puts them back with the same ids."""

    def __init__(self, lib: Library, refresh: Refresh, report_ids: list[int], text: str) -> None:
        super().__init__(lib, refresh, text)
        self.report_ids = list(report_ids)
        self.snapshots: list[ReportSnapshot] = []

    def do(self) -> None:
        self.snapshots = [core.delete_report(self.lib, rid) for rid in self.report_ids]

    def undo_it(self) -> None:
        for snapshot in reversed(self.snapshots):
            core.restore_report(self.lib, snapshot)
        self.snapshots = []


class ImportCommand(ConcernCommand):
    """An import (done already by the import dialog); undo takes all its forms back at once."""

    def __init__(self, lib: Library, refresh: Refresh, report_ids: list[int]) -> None:
        text = arg(translate("Knelpunten", "import van %1 formulieren"), len(report_ids))
        super().__init__(lib, refresh, text, done=True)
        self.report_ids = list(report_ids)
        self.snapshot: ImportSnapshot | None = None

    def do(self) -> None:
        from buurtdesk.core.concerns.delete import restore_import

        if self.snapshot is not None:
            restore_import(self.lib, self.snapshot)
            self.snapshot = None

    def undo_it(self) -> None:
        from PySide6.QtWidgets import QApplication, QMessageBox

        from buurtdesk.core.concerns.delete import remove_import

        try:
            self.snapshot = remove_import(self.lib, self.report_ids)
        except ValueError:  # worked on outside the undo history: leave it, and say so
            self.setObsolete(True)  # the stack drops this command
            QMessageBox.warning(
                QApplication.activeWindow(),
                translate("Knelpunten", "Import niet ongedaan gemaakt"),
                translate(
                    "Knelpunten",
                    "Deze import kan niet meer ongedaan worden gemaakt: de knelpunten ervan "
                    "zijn sindsdien bewerkt. Er is niets gewijzigd.",
                ),
            )
