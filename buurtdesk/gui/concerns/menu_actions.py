"""The edits of the Knelpunten area, each pushed on the window's undo stack.

Imported lazily by ``concerns_area`` when the user first edits, so it may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from buurtdesk.core.concerns import intake as core
from buurtdesk.core.concerns.words import IndexEntry
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.undo_base import StoreCommand
from buurtdesk.gui.concerns.commands import (
    DeleteCommand,
    EntryCommand,
    MergeCommand,
    TitleCommand,
    UnmergeCommand,
)

if TYPE_CHECKING:
    from buurtdesk.core.concerns.duplicates import DuplicateIndex
    from buurtdesk.core.concerns.entry import EnteredForm
    from buurtdesk.core.concerns.intake import FormInput
    from buurtdesk.core.store.library import Library, MeetingRow
    from buurtdesk.gui.context import WindowContext


class ConcernsArea(Protocol):
    """What these edits use of the Knelpunten area (``area.py``, which imports this module
    when the user first edits, so it is not imported back)."""

    window: WindowContext
    lib: Library | None
    meeting: MeetingRow | None
    _all: list[Any]
    entry_form: Any
    concern_dialog: Any
    review_dialog: Any

    def _changed(self) -> None: ...
    def index(self) -> DuplicateIndex: ...
    def show_entered(self, entered: EnteredForm, wording: str) -> None: ...
    def hide_personal(self) -> bool: ...
    def select_ids(self, ids: list[int]) -> None: ...
    def status(self, text: str) -> None: ...
    def ask(self, title: str, text: str) -> bool: ...


def _codes(rows: list[Any]) -> str:
    codes = [r.code for r in rows]
    if len(codes) <= 1:
        return "".join(codes)
    return arg(translate("Knelpunten", "%1 en %2"), ", ".join(codes[:-1]), codes[-1])


def _push_done(area: ConcernsArea, command: StoreCommand) -> None:
    """Record an edit just made, and show the list as it now is."""
    area.window.undo_stack.push(command)
    area._changed()


def open_entry_form(area: ConcernsArea) -> Any:
    """The entry form for the shown meeting; each saved form becomes one undoable step."""
    from buurtdesk.gui.concerns.entry_form import EntryContext, EntryForm

    lib, meeting = area.lib, area.meeting
    assert lib is not None and meeting is not None
    stack = area.window.undo_stack

    def on_saved(entered: EnteredForm, form: FormInput) -> None:
        saved = entered.saved
        index = area.index()
        title = "" if not saved.new_concern else core.default_title(form.description, form.street)
        index.add(
            IndexEntry(
                saved.concern_id, saved.code, title, form.description, form.street, form.theme
            )
        )
        stack.push(EntryCommand(lib, area._changed, saved.report_id, saved.code))
        area.show_entered(entered, form.description)  # the row and the counts, nothing more

    context = EntryContext(
        lib=lib,
        meeting_id=meeting.id,
        meeting_date=meeting.date,
        neighbourhood_id=meeting.neighbourhood_id,
        index=area.index,
        on_saved=on_saved,
    )
    form = EntryForm(context, area.window)
    area.entry_form = form
    form.exec()
    area.entry_form = None
    if form.saved_count:
        area.status(
            arg(
                translate(
                    "Knelpunten", "%1 formulieren opgeslagen. Ctrl+Z maakt het laatste ongedaan."
                ),
                form.saved_count,
            )
        )
    return form


def open_concern(area: ConcernsArea, row: Any) -> None:
    from buurtdesk.gui.concerns.dialog import ConcernDialog

    assert area.lib is not None
    dialog = ConcernDialog(area.lib, row, area.hide_personal(), area.window)
    area.concern_dialog = dialog
    dialog.exec()
    area.concern_dialog = None
    title = dialog.new_title()
    if title is not None:
        old = core.set_title(area.lib, row.id, title)
        command = TitleCommand(area.lib, area._changed, row.id, row.code, (old, title))
        _push_done(area, command)
        area.status(arg(translate("Knelpunten", "Titel van %1 aangepast."), row.code))


def merge(area: ConcernsArea, rows: list[Any]) -> None:
    rows = [r for r in rows if str(r.status) != "merged"]
    if area.lib is None or len(rows) < 2:
        area.status(
            translate("Knelpunten", "Kies eerst twee of meer knelpunten om samen te voegen.")
        )
        return
    # The concern most residents raised stays; on a tie the oldest number.
    target = max(rows, key=lambda r: (r.reports, -r.number))
    sources = sorted((r for r in rows if r is not target), key=lambda r: r.number)
    question = arg(
        translate(
            "Knelpunten",
            "%1 samenvoegen in %2? De meldingen komen onder %2; splitsen of Ctrl+Z zet ze "
            "precies terug.",
        ),
        _codes(sources),
        target.code,
    )
    if not area.ask(translate("Knelpunten", "Samenvoegen"), question):
        return
    core.merge_concerns(area.lib, target.id, [s.id for s in sources])
    command = MergeCommand(
        area.lib, area._changed, (target.id, target.code), [s.id for s in sources]
    )
    _push_done(area, command)
    area.select_ids([target.id])
    area.status(
        arg(translate("Knelpunten", "%1 samengevoegd in %2."), _codes(sources), target.code)
    )


def unmerge(area: ConcernsArea, rows: list[Any]) -> None:
    """Split a merged concern off again; on a target, split every concern merged into it."""
    if area.lib is None:
        return
    by_code = {r.code: r for r in area._all}
    pairs: list[tuple[Any, Any]] = []
    for row in rows:
        if row.merged_into and row.merged_into in by_code:
            pairs.append((row, by_code[row.merged_into]))
        else:
            pairs.extend((r, row) for r in area._all if r.merged_into == row.code)
    if not pairs:
        area.status(
            translate("Knelpunten", "Niets om te splitsen: deze knelpunten zijn niet samengevoegd.")
        )
        return
    for source, _target in pairs:
        core.unmerge_concern(area.lib, source.id)
    ids = [(source.id, target.id) for source, target in pairs]
    _push_done(area, UnmergeCommand(area.lib, area._changed, ids, _codes([p[0] for p in pairs])))
    area.status(arg(translate("Knelpunten", "%1 weer apart."), _codes([p[0] for p in pairs])))


def delete(area: ConcernsArea, rows: list[Any]) -> None:
    if area.lib is None or not rows:
        return
    reports = sum(r.reports for r in rows)
    question = arg(
        translate(
            "Knelpunten",
            "%1 verwijderen, met %2 meldingen en de persoonsgegevens daarvan? "
            "Ctrl+Z zet ze terug zolang BuurtDesk open is.",
        ),
        _codes(rows),
        reports,
    )
    if not area.ask(translate("Knelpunten", "Verwijderen"), question):
        return
    ids = [rep.id for r in rows for rep in core.concern_reports(area.lib, r.id)]
    snapshots = [core.delete_report(area.lib, rid) for rid in ids]
    text = arg(translate("Knelpunten", "%1 verwijderen"), _codes(rows))
    _push_done(area, DeleteCommand(area.lib, area._changed, snapshots, text))
    area.status(arg(translate("Knelpunten", "%1 verwijderd."), _codes(rows)))


def review_duplicates(area: ConcernsArea) -> None:
    """Knelpunten › Mogelijke dubbelen: each accepted group is one merge on the undo stack."""
    from buurtdesk.core.concerns.duplicate_review import Group, possible_duplicates
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    lib, meeting = area.lib, area.meeting
    if lib is None or meeting is None:
        return
    groups = possible_duplicates(lib, meeting.neighbourhood_id)
    if not groups:
        area.status(translate("Knelpunten", "Geen mogelijke dubbelen gevonden."))
        return

    def merge(group: Group, chosen: list[int]) -> None:
        target = (group.target.concern_id, group.target.code)
        core.merge_concerns(lib, target[0], chosen)
        _push_done(area, MergeCommand(lib, area._changed, target, chosen))

    area.review_dialog = DuplicateReviewDialog(groups, merge, area.window)
    area.review_dialog.exec()
