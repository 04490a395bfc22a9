"""What the main window shows, and the edits made from it.

The controller owns the open ``Library`` (the core facade) and fills the selectors, the meeting
header and the four areas from it.  The core is only imported under ``TYPE_CHECKING`` here:
the library object is handed in by the file controller once the window is on screen.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSignalBlocker, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox

from buurtdesk.gui.common import texts
from buurtdesk.gui.common.dialogs import NewMeetingDialog, NewNeighbourhoodDialog
from buurtdesk.gui.common.texts import meeting_details, meeting_header, summary_line
from buurtdesk.gui.concerns.area import ConcernsArea
from buurtdesk.gui.pages import (
    ACTIONS,
    DOCUMENTS,
    MEETING_PAGE,
    NO_FILE_PAGE,
    NO_MEETING_PAGE,
    VOTING,
)

if TYPE_CHECKING:
    from pathlib import Path

    from PySide6.QtWidgets import QWidget

    from buurtdesk.core.store.library import Library, MeetingRow, MeetingSummary
    from buurtdesk.gui.actions.area import ActionsArea
    from buurtdesk.gui.context import WindowContext
    from buurtdesk.gui.documents.area import DocumentsArea
    from buurtdesk.gui.voting.area import VotingArea

EMPTY, FILLED = range(2)


class MainController(QObject):
    def __init__(self, window: WindowContext) -> None:
        super().__init__(window)
        self.window = window
        self.library: Library | None = None
        self._meetings: list[MeetingRow] = []
        self.concerns_area = ConcernsArea(window, self)
        self.concerns_model = self.concerns_area.model
        self._actions_area: ActionsArea | None = None  # built when first needed,
        self._documents_area: DocumentsArea | None = None  # after the first paint
        self._voting_area: VotingArea | None = None  # made when a meeting is first shown
        self._stale: set[int] = set()  # areas not yet filled for the selected meeting
        self._summary: MeetingSummary | None = None  # what the header counts
        window.area_stack.currentChanged.connect(self.area_shown)
        window.start_counting_button.clicked.connect(self.start_counting)
        # The header's vote count follows the counting, a moment later (off the typing path).
        self._summary_later = QTimer(self, singleShot=True, interval=400)
        self._summary_later.timeout.connect(self._refresh_summary)
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
        self.window.set_file(library.path, read_only=getattr(library, "read_only", False))
        self.reload(neighbourhood_id, meeting_id)
        if getattr(library, "backup_error", None) is not None:  # calm: the work goes on
            self.window.statusBar().showMessage(
                self.tr(
                    "De dagelijkse back-up is niet gelukt (zie Bestand → Back-ups…); "
                    "u kunt gewoon doorwerken."
                ),
                30000,
            )

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
        self.window.list_neighbourhoods(hoods, neighbourhood_id)
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
        self.window.list_meetings(self._meetings, meeting_id)
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
        if self.library is not None:  # before that, the selectors only show a preview
            self.show_meeting()

    def forget_listing(self) -> None:
        """Empty the selectors that a preview filled, when the file did not open after all."""
        for combo in (self.window.neighbourhood_combo, self.window.meeting_combo):
            with QSignalBlocker(combo):
                combo.clear()
        self._show_nothing()

    # -- what the areas show --------------------------------------------------------------

    def _show_nothing(self) -> None:
        self._meetings = []
        self.concerns_area.clear()
        self._clear_action_areas()
        self.window.set_neighbourhood_title(None)
        self.window.set_file(None)
        self.window.set_page(NO_FILE_PAGE, can_plan=False)

    def show_meeting(self) -> None:
        """Fill the header and the four areas for the selected meeting."""
        w = self.window
        meeting = self.current_meeting()
        has_hood = self.current_neighbourhood_id() is not None
        if self.library is None or meeting is None:
            self.concerns_area.clear()
            self._clear_action_areas()
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
        from buurtdesk.core.voting.counting import summary_with_points

        summary = self._summary = summary_with_points(self.library, meeting.id)
        w.meeting_header.setText(meeting_header(meeting))
        w.meeting_details.setText(meeting_details(meeting))
        w.set_meeting_status(str(meeting.status), texts.meeting_status(meeting.status))
        w.meeting_summary.setText(summary_line(summary))
        self.concerns_area.show(self.library, meeting)
        w.concerns_stack.setCurrentIndex(FILLED if self.concerns_model.total() else EMPTY)
        counted = summary.votes > 0 or summary.priorities > 0
        w.voting_stack.setCurrentIndex(FILLED if counted else EMPTY)
        # The other areas are filled when they are shown: a big file switches meetings fast.
        self._stale = {VOTING, ACTIONS, DOCUMENTS}
        self.area_shown(w.current_area())
        w.set_page(MEETING_PAGE, can_plan=True)

    def area_shown(self, area: int) -> None:
        """Fill ``area`` for the selected meeting if it has not been since the meeting changed."""
        meeting = self.current_meeting()
        if area not in self._stale or self.library is None or meeting is None:
            return
        self._stale.discard(area)
        if area == VOTING:
            self.voting_area.show_meeting(self.library, meeting.id)
            ballot = bool(self.voting_area.tally.model.rowCount())
            self.window.start_counting_button.setVisible(ballot)
        elif area == ACTIONS:
            self.actions_area.show_meeting(self.library, meeting.id, meeting.date)
        elif area == DOCUMENTS:
            self.documents_area.show_meeting(self.library, meeting)

    @property
    def voting_area(self) -> VotingArea:
        """The Stemmen area, built on first use so it costs nothing before the first paint."""
        if self._voting_area is None:
            from buurtdesk.gui.voting.area import VotingArea

            area = VotingArea(self.window.undo_stack, self.window.voting_host)
            _add_to(self.window.voting_host, area)
            area.show()  # a child added to a shown window stays hidden until shown
            area.votes_changed.connect(lambda _ranking: self._summary_later.start())
            area.beamer_requested.connect(self.window.projector.show_counting)
            area.start_meeting_requested.connect(self._start_while_counting)
            self._voting_area = area
        return self._voting_area

    def _start_while_counting(self) -> None:
        """Counting began in a planned meeting and the chair chose to start it: started (one
        undo step), and the tally grid stays up though no vote is stored yet."""
        self.window.safety.start_meeting()
        self.window.voting_stack.setCurrentIndex(FILLED)

    def start_counting(self) -> None:
        """The empty Stemmen page's button: show the tally grid, ready for the first count."""
        self.window.voting_stack.setCurrentIndex(FILLED)
        self.voting_area.tally.concern_edit.setFocus()

    @property
    def actions_area(self) -> ActionsArea:
        if self._actions_area is None:
            from buurtdesk.gui.actions.area import ActionsArea

            host = self.window.actions_host
            self._actions_area = ActionsArea(self.window.undo_stack, host)
            _add_to(host, self._actions_area)
            self._actions_area.show()
            self._actions_area.changed.connect(self._refresh_summary)
        return self._actions_area

    @property
    def documents_area(self) -> DocumentsArea:
        if self._documents_area is None:
            from buurtdesk.gui.documents.area import DocumentsArea

            host = self.window.documents_host
            self._documents_area = DocumentsArea(host)
            _add_to(host, self._documents_area)
            self._documents_area.show()
        return self._documents_area

    def _clear_action_areas(self) -> None:
        if self._actions_area is not None:
            self._actions_area.show_meeting(None, None, None)
        if self._documents_area is not None:
            self._documents_area.show_meeting(None, None)

    def _refresh_summary(self) -> None:
        """After an action edit: the open-actions count in the header."""
        meeting = self.current_meeting()
        if self.library is not None and meeting is not None:
            area, points = self._voting_area, None
            if area is not None and area.meeting_id == meeting.id and area.ranking is not None:
                points = float(area.ranking.total)  # the total the Stemmen area shows
            self._summary = self.library.meeting_summary(meeting.id, points)
            self.window.meeting_summary.setText(summary_line(self._summary))

    def show_counts(self, concerns: int, reports: int) -> None:
        """After a form is saved: the header's two counts, and the other areas filled anew
        when they are next shown (the Stemmen area lists the new concern)."""
        if self._summary is None:
            return
        self._summary = replace(self._summary, concerns=concerns, reports=reports)
        self.window.meeting_summary.setText(summary_line(self._summary))
        self._stale |= {VOTING, ACTIONS, DOCUMENTS}
        self.area_shown(self.window.current_area())

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

    def edit_meeting_details(self) -> None:
        """Bijeenkomst › Gegevens: place, chair, who came, the hours offered, the agenda."""
        meeting = self.current_meeting()
        if self.library is None or meeting is None:
            self.window.statusBar().showMessage(self.tr("Kies eerst een bijeenkomst."), 4000)
            return
        from buurtdesk.core.store.meeting_details import load_details, save_details
        from buurtdesk.gui.documents.meeting_details_dialog import (
            DetailsCommand,
            MeetingDetailsDialog,
        )

        details = load_details(self.library, meeting.id)
        dialog = MeetingDetailsDialog(details, self.window, self.library)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        before = save_details(self.library, meeting.id, dialog.value())
        refresh = self.show_meeting_again
        command = DetailsCommand(self.library, refresh, meeting.id, dialog.value(), before)
        self.window.undo_stack.push(command)
        refresh()

    def show_meeting_again(self) -> None:
        """After the meeting's own details changed: the header and the meeting list anew."""
        meeting = self.current_meeting()
        self._fill_meetings(meeting.id if meeting is not None else None)

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


def _add_to(host: QWidget, area: QWidget) -> None:
    """Put an area built on first use into its page (each page has a layout in the form)."""
    layout = host.layout()
    assert layout is not None, host.objectName()
    layout.addWidget(area)
