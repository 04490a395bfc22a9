"""The Knelpunten area: filters, the concern table and its menu, in the main window.

The view lives in ``concerns_view.py``; this module fills it and runs the edits.  It is
imported by the main controller before the first paint, so it imports the core (and with it
SQLAlchemy and rapidfuzz) only inside methods, once a file is open.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject
from PySide6.QtWidgets import QBoxLayout, QMessageBox

from buurtdesk.gui.common.texts import arg, plural
from buurtdesk.gui.concerns.model import SUBMITTERS, ConcernListModel, ConcernProxy, ListFilter
from buurtdesk.gui.concerns.view import (
    ConcernsToolbar,
    build_menu,
    fit_columns,
    no_match_label,
    setup_table,
    show_personal_column,
)

if TYPE_CHECKING:
    from buurtdesk.core.concerns.duplicates import DuplicateIndex
    from buurtdesk.core.concerns.entry import EnteredForm
    from buurtdesk.core.store.library import Library, MeetingRow
    from buurtdesk.gui.context import WindowContext

STATUS_MS = 6000


class ConcernsArea(QObject):
    def __init__(self, window: WindowContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self.model = ConcernListModel(self)
        self.proxy = ConcernProxy(self.model, self)
        self.table = window.concerns_table
        setup_table(self.table, self.proxy)
        self.no_match = no_match_label(self.table)
        self.toolbar = ConcernsToolbar(window)
        page = window.concerns_stack.parentWidget()
        layout = page.layout() if page is not None else None
        assert isinstance(layout, QBoxLayout), "the concerns page lost its layout"
        layout.insertWidget(layout.indexOf(window.concerns_stack), self.toolbar)
        self.actions = build_menu(window, self.table)
        self.lib: Library | None = None
        self.meeting: MeetingRow | None = None
        self._all: list[Any] = []
        self._wordings: dict[int, list[str]] | None = None  # read on the first search
        self._index: DuplicateIndex | None = None
        self._index_key: tuple[int, int] | None = None
        self.entry_form: Any = None  # the open entry form or concern dialog, for tests
        self.concern_dialog: Any = None
        self.review_dialog: Any = None
        self.suggestions_dialog: Any = None  # after an import, the rows that look alike
        self._connect()
        self.set_enabled(False)

    def _connect(self) -> None:
        t, a = self.toolbar, self.actions
        t.search_edit.textChanged.connect(self._filter_changed)
        t.theme_combo.currentIndexChanged.connect(self._filter_changed)
        t.status_combo.currentIndexChanged.connect(self._filter_changed)
        t.scope_check.toggled.connect(lambda _on: self._fill())
        t.privacy_check.toggled.connect(self.set_hide_personal)
        a.hide_personal.toggled.connect(t.privacy_check.setChecked)
        a.new_form.triggered.connect(self.new_forms)
        a.open.triggered.connect(self.open_current)
        a.merge.triggered.connect(self.merge_selected)
        a.unmerge.triggered.connect(self.unmerge_selected)
        a.import_.triggered.connect(self.import_file)
        a.review.triggered.connect(self.review_duplicates)
        a.delete.triggered.connect(self.delete_selected)
        a.find.triggered.connect(self.focus_search)
        for button, action in t.buttons(a):
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, act=action: b.setEnabled(act.isEnabled()))
        self.table.activated.connect(lambda _index: self.open_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())

    def focus_search(self) -> None:
        self.toolbar.search_edit.setFocus()
        self.toolbar.search_edit.selectAll()

    # -- what is shown --------------------------------------------------------------------

    def set_enabled(self, on: bool) -> None:
        self.toolbar.setEnabled(on)
        for action in self.actions.all():
            action.setEnabled(on)
        if on:
            self._update_actions()

    def _update_actions(self) -> None:
        """Open, delete and split only when the selection gives them something to do; merge
        with one row stays, to say that it needs two."""
        if self.lib is None:
            return
        rows, a = self.selected_rows(), self.actions
        targets = {r.merged_into for r in self._all if r.merged_into}
        a.open.setEnabled(len(rows) == 1)
        a.delete.setEnabled(bool(rows))
        a.merge.setEnabled(bool(rows))
        a.unmerge.setEnabled(any(r.merged_into or r.code in targets for r in rows))

    def clear(self) -> None:
        self.lib, self.meeting = None, None
        self._all = []
        self.model.set_rows([])
        self.set_enabled(False)

    def show(self, lib: Library, meeting: MeetingRow) -> None:
        """Show the concerns of ``meeting``'s neighbourhood; personal data hidden anew."""
        new_meeting = self.meeting is None or self.meeting.id != meeting.id or self.lib is not lib
        self.lib, self.meeting = lib, meeting
        if new_meeting:
            self.toolbar.privacy_check.setChecked(True)  # at a meeting: always hidden first
        self.reload()
        self.set_enabled(True)
        if new_meeting:  # the style sheet is applied by now
            rows = self.model.rows()
            fit_columns(self.table, {2: {r.theme for r in rows}, 3: {r.street for r in rows}})

    def reload(self) -> None:
        """Read the concerns again (after an edit, an undo or a meeting switch)."""
        from buurtdesk.core.concerns.intake import list_concerns, theme_names

        if self.lib is None or self.meeting is None:
            return
        hood = self.meeting.neighbourhood_id
        self._all = list_concerns(self.lib, hood, include_merged=True)
        self._wordings = None
        self.toolbar.set_themes(theme_names(self.lib))
        self._fill()

    def _fill(self) -> None:
        rows = self._all
        if self.toolbar.scope_check.isChecked() and self.lib is not None and self.meeting:
            here = {c.id for c in self.lib.concerns_of_meeting(self.meeting.id)}
            codes = {r.code: r.id for r in rows}
            rows = [
                r
                for r in rows
                if r.id in here or (r.merged_into and codes.get(r.merged_into) in here)
            ]
        selected = self.selected_ids()
        self.model.set_rows(rows, self._wordings or {})
        self._load_personal()
        self._filter_changed()
        self.select_ids(selected)
        self._keep_place()
        self.window.concerns_stack.setCurrentIndex(1 if self.model.total() else 0)

    def _filter_changed(self) -> None:
        t = self.toolbar
        if t.search_edit.text().strip() and self._wordings is None and self.lib is not None:
            self._read_wordings()
            return
        selected = self.selected_ids()
        self.proxy.set_filter(
            ListFilter(query=t.search_edit.text(), theme=t.theme_filter(), status=t.status_filter())
        )
        if selected and self.selected_ids() != selected:  # a new filter resets the list
            self.select_ids(selected)
        self._keep_place()
        shown, total = self.proxy.rowCount(), self._in_view(t.status_filter())
        self.no_match.setVisible(shown == 0 and self.model.total() > 0)
        text = plural(total, self.tr("1 knelpunt"), self.tr("%1 knelpunten"))
        if shown != total:
            text = arg(self.tr("%1 van %2"), shown, text)
        t.count_label.setText(text)

    def _read_wordings(self) -> None:
        """The residents' own words, for the search: read when a search is first typed, so
        opening a meeting of a large file does not wait for them."""
        from buurtdesk.core.concerns.queries import report_wordings

        assert self.lib is not None and self.meeting is not None
        self._wordings = report_wordings(self.lib, self.meeting.neighbourhood_id)
        self._fill()  # the rows again, now with their words, and the filter with them

    def _in_view(self, status: str | None) -> int:
        """The concerns the status choice covers, before search and theme narrow them: merged
        ones only when asked for, so the count agrees with the header's."""
        rows = self.model.rows()
        if status is None:
            return sum(1 for r in rows if str(r.status) != "merged")
        return sum(1 for r in rows if str(r.status) == status)

    def set_hide_personal(self, hide: bool) -> None:
        self.actions.hide_personal.setChecked(hide)
        self.toolbar.privacy_check.setChecked(hide)
        self._load_personal()

    def hide_personal(self) -> bool:
        return self.toolbar.privacy_check.isChecked()

    def _load_personal(self) -> None:
        hide = self.hide_personal()
        if hide or self.lib is None or self.meeting is None:
            self.model.set_personal(None)
        else:
            from buurtdesk.core.privacy.submitters import submitter_summaries

            self.model.set_personal(submitter_summaries(self.lib, self.meeting.neighbourhood_id))
        self.table.setColumnHidden(SUBMITTERS, hide)
        show_personal_column(self.table, not hide)

    # -- selection ------------------------------------------------------------------------

    def selected_rows(self) -> list[Any]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [self.proxy.row_at(r) for r in sorted(rows)]

    def selected_ids(self) -> list[int]:
        return [r.id for r in self.selected_rows()]

    def select_ids(self, ids: list[int]) -> None:
        from PySide6.QtCore import QItemSelectionModel

        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for cid in ids:
            source = self.model.row_of(cid)
            if source < 0:
                continue
            index = self.proxy.mapFromSource(self.model.index(source, 0))
            if not index.isValid():
                continue
            selection.select(index, flags)
            if first:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
                first = False

    def _keep_place(self) -> None:
        """Bring the current row back into view when a new filter or new rows moved it out."""
        current = self.table.currentIndex()
        if current.isValid() and self.table.selectionModel().isSelected(current):
            self.table.doItemsLayout()  # the new rows' positions and scroll range
            self.table.scrollTo(current)  # only moves when the row is out of view

    # -- the duplicate index, kept while the neighbourhood stays the same -----------------

    def index(self) -> DuplicateIndex:
        from buurtdesk.core.concerns.duplicates import DuplicateIndex

        assert self.lib is not None and self.meeting is not None
        key = (id(self.lib), self.meeting.neighbourhood_id)
        if self._index is None or self._index_key != key:
            self._index = DuplicateIndex.for_neighbourhood(self.lib, key[1])
            self._index_key = key
        return self._index

    def _changed(self) -> None:
        """After an undo, redo or edit: the index is rebuilt when next needed."""
        self._index = None
        self.window.controller.show_meeting()

    def show_entered(self, entered: EnteredForm, wording: str) -> None:
        """A form just saved: its concern's row and the counts anew, nothing else read."""
        row = entered.row
        at = next((i for i, r in enumerate(self._all) if r.id == row.id), -1)
        if at < 0:
            self._all.append(row)
        else:
            self._all[at] = row
        if self._wordings is not None:
            self._wordings.setdefault(row.id, []).append(wording.strip())
        selected = self.selected_ids()
        self.model.put_row(row, (self._wordings or {}).get(row.id, ()))
        if not self.hide_personal():
            self._load_personal()
        self._filter_changed()
        self.select_ids(selected)
        self.window.concerns_stack.setCurrentIndex(1)
        self.window.controller.show_counts(entered.concerns, entered.reports)

    def status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, STATUS_MS)

    # -- edits: each one a command on the window's undo stack -----------------------------

    def new_forms(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import open_entry_form

        if self.lib is not None and self.meeting is not None:
            open_entry_form(self)

    def open_current(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import open_concern

        index: QModelIndex = self.table.currentIndex()
        if self.lib is not None and index.isValid():
            open_concern(self, self.proxy.row_at(index.row()))

    def merge_selected(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import merge

        merge(self, self.selected_rows())

    def unmerge_selected(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import unmerge

        unmerge(self, self.selected_rows())

    def review_duplicates(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import review_duplicates

        review_duplicates(self)

    def delete_selected(self) -> None:
        from buurtdesk.gui.concerns.menu_actions import delete

        delete(self, self.selected_rows())

    def import_file(self) -> None:
        from buurtdesk.gui.concerns.import_dialog import ImportDialog

        if self.lib is None or self.meeting is None:
            return
        dialog = ImportDialog(self.lib, self.meeting.id, self.window)
        dialog.exec()
        if dialog.report_ids:
            from buurtdesk.gui.concerns.commands import ImportCommand

            command = ImportCommand(self.lib, self._changed, dialog.report_ids)
            self.window.undo_stack.push(command)
        if dialog.imported or dialog.report_ids:
            self._changed()
        if dialog.report_ids:
            self._hint_duplicates()
            self.offer_suggestions(dialog.suggestions)

    def offer_suggestions(self, suggestions: list[Any]) -> None:
        """The imported rows that look like another concern, in one list to merge at once."""
        from buurtdesk.gui.concerns.import_suggestions import offer_suggestions

        self.suggestions_dialog = offer_suggestions(self, suggestions)

    def _hint_duplicates(self) -> None:
        """After an import: say how many groups look alike, and where to go through them."""
        from buurtdesk.core.concerns.duplicate_review import possible_duplicates

        if self.lib is None or self.meeting is None:
            return
        found = len(possible_duplicates(self.lib, self.meeting.neighbourhood_id))
        if found:
            text = self.tr(
                "Geïmporteerd. %1 groepen lijken op elkaar: Knelpunten › Mogelijke dubbelen "
                "(Ctrl+D)."
            )
            self.status(arg(text, found))

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.window, title, text)

    def ask(self, title: str, text: str) -> bool:
        yes = QMessageBox.StandardButton.Yes
        answer = QMessageBox.question(
            self.window, title, text, yes | QMessageBox.StandardButton.No, yes
        )
        return answer in (yes, QMessageBox.StandardButton.Ok)
