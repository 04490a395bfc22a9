"""Small forms: a new neighbourhood and a new meeting.  They collect and check input only;
the controllers write it to the file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from buurtdesk.gui.common.date_entry import DateEntry, TabLeaves
from buurtdesk.gui.common.texts import arg
from buurtdesk.gui.common.uiload import child, load_ui

DEFAULT_START = dt.time(19, 30)
DAYS_AHEAD = 14


@dataclass(frozen=True)
class NewNeighbourhood:
    name: str
    municipality: str


@dataclass(frozen=True)
class NewMeeting:
    date: dt.date
    start_time: dt.time
    location: str
    chair: str


class CheckedDialog(QDialog):
    """A dialog whose OK is refused, with the reason inline, while ``problem()`` names one."""

    error_label: QLabel

    def problem(self) -> str:
        """Why the input cannot be used, in Dutch; empty when it can."""
        return ""

    def problem_focus(self) -> QWidget | None:
        """The field to put the cursor in when the input is refused."""
        return None

    def add_save_buttons(self, layout: QBoxLayout) -> None:
        """The inline error line, then Opslaan and Annuleren, at the foot of ``layout``."""
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.setProperty("error", True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error_label.setText(problem)
            self.error_label.show()
            focus = self.problem_focus()
            if focus is not None:
                focus.setFocus()
            return
        super().accept()


class NewNeighbourhoodDialog(CheckedDialog):
    """Name and municipality; an empty or already used name is refused inline."""

    def __init__(self, parent: QWidget | None = None, taken: Iterable[str] = ()) -> None:
        super().__init__(parent)
        load_ui("new_neighbourhood.ui", self)
        self._taken = {name.strip().casefold() for name in taken}
        self.name_edit = child(self, QLineEdit, "nameEdit")
        self.municipality_edit = child(self, QLineEdit, "municipalityEdit")
        self.error_label = child(self, QLabel, "errorLabel")
        buttons = child(self, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Buurt aanmaken"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textEdited.connect(lambda _text: self.error_label.hide())
        self.error_label.hide()

    def value(self) -> NewNeighbourhood:
        return NewNeighbourhood(
            self.name_edit.text().strip(), self.municipality_edit.text().strip()
        )

    def problem(self) -> str:
        """Why the input cannot be used, in Dutch; empty when it can."""
        name = self.value().name
        if not name:
            return self.tr("Vul de naam van de buurt in.")
        if name.casefold() in self._taken:
            return arg(self.tr("Er is al een buurt met de naam ‘%1’. Kies een andere naam."), name)
        return ""

    def problem_focus(self) -> QWidget | None:
        return self.name_edit


class NewMeetingDialog(CheckedDialog):
    """Date (two weeks ahead), start time (19:30), location and chair of a new meeting."""

    def __init__(
        self,
        parent: QWidget | None = None,
        location: str = "",
        chair: str = "",
        today: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        load_ui("new_meeting.ui", self)
        self.date_edit = child(self, QLineEdit, "dateEdit")
        self.date = DateEntry(self.date_edit)
        self.error_label = child(self, QLabel, "errorLabel")
        self.error_label.hide()
        self.time_edit = child(self, QTimeEdit, "timeEdit")
        TabLeaves(self.time_edit)
        self.location_edit = child(self, QLineEdit, "locationEdit")
        self.chair_edit = child(self, QLineEdit, "chairEdit")
        buttons = child(self, QDialogButtonBox, "buttonBox")
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Bijeenkomst toevoegen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        start = (today or dt.date.today()) + dt.timedelta(days=DAYS_AHEAD)
        self.date.set_date(start)
        self.time_edit.setTime(QTime(DEFAULT_START.hour, DEFAULT_START.minute))
        self.location_edit.setText(location)
        self.chair_edit.setText(chair)

    def problem(self) -> str:
        return self.date.problem()

    def problem_focus(self) -> QWidget | None:
        return self.date_edit

    def value(self) -> NewMeeting:
        moment = self.time_edit.time()
        return NewMeeting(
            self.date.value() or dt.date.today(),
            dt.time(moment.hour(), moment.minute()),
            self.location_edit.text().strip(),
            self.chair_edit.text().strip(),
        )
