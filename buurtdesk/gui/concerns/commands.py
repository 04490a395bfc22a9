"""Undoable concern edits: entry, title, merge, un-merge, delete and import.

Each edit is made first (by the entry form, the import dialog or ``concern_actions``); its
command is then pushed, following :mod:`buurtdesk.gui.common.undo_base`: ``apply``/``revert`` call
the core (``buurtdesk.core.concerns.intake``) and the base calls ``refresh`` after every undo and
redo.  This module is imported lazily, after the file is open, so it may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from buurtdesk.core.concerns import intake as core
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.undo_base import Refresh, StoreCommand

if TYPE_CHECKING:
    from buurtdesk.core.concerns.delete import ImportSnapshot
    from buurtdesk.core.concerns.intake import ReportSnapshot
    from buurtdesk.core.store.library import Library


class ConcernCommand(StoreCommand):
    def __init__(self, lib: Library, refresh: Refresh, text: str) -> None:
        super().__init__(text, refresh)
        self.lib = lib


class EntryCommand(ConcernCommand):
    """A form saved as a report (by the entry form)."""

    def __init__(self, lib: Library, refresh: Refresh, report_id: int, code: str) -> None:
        super().__init__(lib, refresh, arg(translate("Knelpunten", "formulier bij %1"), code))
        self.report_id = report_id
        self.snapshot: ReportSnapshot | None = None

    def apply(self) -> None:
        if self.snapshot is not None:
            core.restore_report(self.lib, self.snapshot)

    def revert(self) -> None:
        self.snapshot = core.delete_report(self.lib, self.report_id)


class TitleCommand(ConcernCommand):
    """A concern's title changed from ``old_title`` to ``title``."""

    def __init__(
        self,
        lib: Library,
        refresh: Refresh,
        concern_id: int,
        code: str,
        titles: tuple[str, str],
    ) -> None:
        super().__init__(lib, refresh, arg(translate("Knelpunten", "titel van %1"), code))
        self.concern_id = concern_id
        self.old_title, self.title = titles

    def apply(self) -> None:
        core.set_title(self.lib, self.concern_id, self.title)

    def revert(self) -> None:
        core.set_title(self.lib, self.concern_id, self.old_title)


class MergeCommand(ConcernCommand):
    def __init__(
        self, lib: Library, refresh: Refresh, target: tuple[int, str], sources: list[int]
    ) -> None:
        text = arg(translate("Knelpunten", "samenvoegen in %1"), target[1])
        super().__init__(lib, refresh, text)
        self.target_id = target[0]
        self.sources = list(sources)

    def apply(self) -> None:
        core.merge_concerns(self.lib, self.target_id, self.sources)

    def revert(self) -> None:
        for source in reversed(self.sources):
            core.unmerge_concern(self.lib, source)


class UnmergeCommand(ConcernCommand):
    """Concerns split off the concerns they were merged into: ``pairs`` of (source, target)."""

    def __init__(
        self, lib: Library, refresh: Refresh, pairs: list[tuple[int, int]], codes: str
    ) -> None:
        super().__init__(lib, refresh, arg(translate("Knelpunten", "%1 splitsen"), codes))
        self.pairs = list(pairs)

    def apply(self) -> None:
        for source, _target in self.pairs:
            core.unmerge_concern(self.lib, source)

    def revert(self) -> None:
        for source, target in reversed(self.pairs):
            core.merge_concerns(self.lib, target, [source])


class DeleteCommand(ConcernCommand):
    """Reports deleted (all of a concern's, or one); undo puts them back with the same ids."""

    def __init__(
        self, lib: Library, refresh: Refresh, snapshots: list[ReportSnapshot], text: str
    ) -> None:
        super().__init__(lib, refresh, text)
        self.report_ids = [int(s.report["id"]) for s in snapshots]
        self.snapshots = list(snapshots)

    def apply(self) -> None:
        self.snapshots = [core.delete_report(self.lib, rid) for rid in self.report_ids]

    def revert(self) -> None:
        for snapshot in reversed(self.snapshots):
            core.restore_report(self.lib, snapshot)
        self.snapshots = []


class ImportCommand(ConcernCommand):
    """An import (done by the import dialog); undo takes all its forms back at once."""

    def __init__(self, lib: Library, refresh: Refresh, report_ids: list[int]) -> None:
        text = arg(translate("Knelpunten", "import van %1 formulieren"), len(report_ids))
        super().__init__(lib, refresh, text)
        self.report_ids = list(report_ids)
        self.snapshot: ImportSnapshot | None = None

    def apply(self) -> None:
        from buurtdesk.core.concerns.delete import restore_import

        if self.snapshot is not None:
            restore_import(self.lib, self.snapshot)
            self.snapshot = None

    def revert(self) -> None:
        from buurtdesk.core.concerns.delete import remove_import

        self.snapshot = remove_import(self.lib, self.report_ids)

    def changed_text(self) -> str:
        return translate(
            "Knelpunten",
            "Deze import kan niet meer ongedaan worden gemaakt: de knelpunten ervan "
            "zijn sindsdien bewerkt. Er is niets gewijzigd.",
        )


class MergesCommand(ConcernCommand):
    """Several merges as one step (the import's suggestions accepted): ``merges`` of
    (target, sources), as ``import_report.merges_for`` gives them."""

    def __init__(self, lib: Library, refresh: Refresh, merges: list[tuple[int, list[int]]]) -> None:
        count = sum(len(sources) for _target, sources in merges)
        text = arg(translate("Knelpunten", "%1 knelpunten samenvoegen"), count)
        super().__init__(lib, refresh, text)
        self.merges = [(target, list(sources)) for target, sources in merges]

    def apply(self) -> None:
        for target, sources in self.merges:
            core.merge_concerns(self.lib, target, sources)

    def revert(self) -> None:
        for _target, sources in reversed(self.merges):
            for source in reversed(sources):
                core.unmerge_concern(self.lib, source)
