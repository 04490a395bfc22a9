"""What the main window shows, and the edits made from it.

The controller owns the open ``Library`` (the core facade) and fills the selectors, the meeting
header and the four areas from it.  The core is only imported under ``TYPE_CHECKING`` here:
the library object is handed in by the file controller once the window is on screen.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableView

from buurtdesk.gui import texts
from buurtdesk.gui.dialogs import NewMeetingDialog, NewNeighbourhoodDialog
from buurtdesk.gui.table_models import (
    ActionTableModel,
    ConcernTableModel,
    RowTableModel,
    sorting_proxy,
)
from buurtdesk.gui.texts import meeting_details, meeting_header, meeting_label, summary_line

if TYPE_CHECKING:
    from pathlib import Path

    from buurtdesk.core.library import Library, MeetingRow
    from buurtdesk.gui.main_window import MainWindow

NO_FILE_PAGE, NO_MEETING_PAGE, MEETING_PAGE = range(3)
EMPTY, FILLED = range(2)


class MainController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.library: Library | None = None
        self._meetings: list[MeetingRow] = []
        self.concerns_model = ConcernTableModel(self)
        self.actions_model = ActionTableModel(self)
        _attach(window.concerns_table, self.concerns_model, stretch=1)
        _attach(window.actions_table, self.actions_model, stretch=0)
        window.neighbourhood_combo.currentIndexChanged.connect(self._neighbourhood_changed)
        window.meeting_combo.currentIndexChanged.connect(self._meeting_changed)
        self._show_nothing()

    # -- the open file --------------------------------------------------------------------

    @property
    def path(self) -> Path | None:
        return self.library.path if self.library is not None else None

    def set_library(
        self,
        library: Library,
        neighbourhood_id: int | None = None,
        meeting_id: int | None = None,
    ) -> None:
        """Show ``library`` (closing the one shown before) and forget the old undo history."""
        old, self.library = self.library, library
        if old is not None and old is not library:
            old.close()
        with QSignalBlocker(self.window.neighbourhood_combo):
            self.window.neighbourhood_combo.clear()  # ids of another file mean nothing here
        self.window.undo_stack.clear()
        self.window.set_file(library.path)
        self.reload(neighbourhood_id, meeting_id)

    def close(self) -> None:
        if self.library is not None:
            self.library.close()
            self.library = None

    # -- selectors ------------------------------------------------------------------------

    def current_neighbourhood_id(self) -> int | None:
        data = self.window.neighbourhood_combo.currentData()
        return int(data) if data is not None else None

    def current_meeting(self) -> MeetingRow | None:
        index = self.window.meeting_combo.currentIndex()
        return self._meetings[index] if 0 <= index < len(self._meetings) else None

    def reload(self, neighbourhood_id: int | None = None, meeting_id: int | None = None) -> None:
        """Refill everything from the file, keeping (or moving to) the given selection."""
        if self.library is None:
            self._show_nothing()
            return
        neighbourhood_id = neighbourhood_id or self.current_neighbourhood_id()
        if meeting_id is not None and neighbourhood_id is None:
            neighbourhood_id = next(
                (m.neighbourhood_id for m in self.library.meetings() if m.id == meeting_id), None
            )
        hoods = self.library.neighbourhoods()
        if neighbourhood_id not in {h.id for h in hoods}:
            neighbourhood_id = self._busiest_neighbourhood(hoods)
        combo = self.window.neighbourhood_combo
        with QSignalBlocker(combo):
            combo.clear()
            for hood in hoods:
                label = hood.name if not hood.municipality else f"{hood.name} ({hood.municipality})"
                combo.addItem(label, hood.id)
            combo.setCurrentIndex(max(0, combo.findData(neighbourhood_id)))
        self._fill_meetings(meeting_id)

    def _busiest_neighbourhood(self, hoods: list[Any]) -> int | None:
        """The neighbourhood of the newest meeting, else the first one."""
        assert self.library is not None
        meetings = self.library.meetings()
        if meetings:
            return meetings[-1].neighbourhood_id
        return hoods[0].id if hoods else None

    def _fill_meetings(self, meeting_id: int | None = None) -> None:
        assert self.library is not None
        hood_id = self.current_neighbourhood_id()
        hood_name = self.window.neighbourhood_combo.currentText() if hood_id else None
        self.window.set_neighbourhood_title(
            next((h.name for h in self.library.neighbourhoods() if h.id == hood_id), hood_name)
        )
        rows = self.library.meetings(hood_id) if hood_id is not None else []
        self._meetings = list(reversed(rows))  # newest first: the default is on top
        combo = self.window.meeting_combo
        with QSignalBlocker(combo):
            combo.clear()
            for meeting in self._meetings:
                combo.addItem(meeting_label(meeting), meeting.id)
            combo.setCurrentIndex(max(0, combo.findData(meeting_id)) if self._meetings else -1)
        self.show_meeting()

    def select_meeting(self, meeting_id: int) -> None:
        combo = self.window.meeting_combo
        index = combo.findData(meeting_id)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _neighbourhood_changed(self, _index: int) -> None:
        if self.library is not None:
            self._fill_meetings()

    def _meeting_changed(self, _index: int) -> None:
        self.show_meeting()

    # -- what the areas show --------------------------------------------------------------

    def _show_nothing(self) -> None:
        self._meetings = []
        self.concerns_model.set_rows([])
        self.actions_model.set_rows([])
        self.window.set_neighbourhood_title(None)
        self.window.set_file(None)
        self.window.set_page(NO_FILE_PAGE, can_plan=False)

    def show_meeting(self) -> None:
        """Fill the header and the four areas for the selected meeting."""
        w = self.window
        meeting = self.current_meeting()
        has_hood = self.current_neighbourhood_id() is not None
        if self.library is None or meeting is None:
            self.concerns_model.set_rows([])
            self.actions_model.set_rows([])
            w.plan_meeting_button.setVisible(has_hood)
            w.add_neighbourhood_button.setVisible(not has_hood)
            w.no_meeting_label.setText(
                self.tr(
                    "Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u "
                    "knelpunten invoeren, stemmen tellen en acties bijhouden."
                )
                if has_hood
                else self.tr(
                    "Dit bestand heeft nog geen buurt. Voeg de buurt toe waarvoor u de "
                    "bijeenkomsten bijhoudt."
                )
            )
            w.set_page(NO_MEETING_PAGE, can_plan=has_hood)
            return
        summary = self.library.meeting_summary(meeting.id)
        w.meeting_header.setText(meeting_header(meeting))
        w.meeting_details.setText(meeting_details(meeting))
        w.set_meeting_status(str(meeting.status), texts.meeting_status(meeting.status))
        w.meeting_summary.setText(summary_line(summary))
        self.concerns_model.set_rows(self.library.concerns_of_meeting(meeting.id))
        self.actions_model.set_rows(self.library.open_actions(meeting.id))
        w.concerns_stack.setCurrentIndex(FILLED if self.concerns_model.rowCount() else EMPTY)
        w.actions_stack.setCurrentIndex(FILLED if self.actions_model.rowCount() else EMPTY)
        counted = summary.votes > 0 or summary.priorities > 0
        w.voting_stack.setCurrentIndex(FILLED if counted else EMPTY)
        w.votes_value.setText(str(summary.votes))
        w.priorities_value.setText(str(summary.priorities))
        w.set_page(MEETING_PAGE, can_plan=True)

    # -- edits ----------------------------------------------------------------------------

    def new_meeting(self) -> None:
        hood_id = self.current_neighbourhood_id()
        if self.library is None or hood_id is None:
            return
        newest = self._meetings[0] if self._meetings else None
        dialog = NewMeetingDialog(
            self.window,
            location=newest.location if newest else "",
            chair=newest.chair if newest else "",
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        meeting_id = self.library.add_meeting(
            hood_id, value.date, value.start_time, value.location, value.chair
        )
        self._fill_meetings(meeting_id)

    def new_neighbourhood(self) -> None:
        if self.library is None:
            return
        taken = [h.name for h in self.library.neighbourhoods()]
        dialog = NewNeighbourhoodDialog(self.window, taken)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        value = dialog.value()
        try:
            hood_id = self.library.add_neighbourhood(value.name, value.municipality)
        except ValueError:  # taken meanwhile; the dialog checked the names it knew
            QMessageBox.warning(
                self.window,
                self.tr("Buurt niet toegevoegd"),
                self.tr("Er is al een buurt met deze naam in dit bestand."),
            )
            return
        self.reload(hood_id)


def _attach(view: QTableView, model: RowTableModel, stretch: int) -> None:
    """Show ``model`` sorted in ``view``; column ``stretch`` takes the spare width."""
    view.setModel(sorting_proxy(model, view))
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setHighlightSections(False)
