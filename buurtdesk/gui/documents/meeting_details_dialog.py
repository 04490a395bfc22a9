"""Bijeenkomst › Gegevens: what the verslag prints about the meeting, in three tabs.

Algemeen (start time, place, chair, residents present), Partners (there or not, who came, the
hours offered) and Agenda (items with a note each).  It collects and checks input only; the
controller saves it through an undo command.  Imported lazily; it may import the core.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.store.meeting_details import (
    AgendaLine,
    MeetingDetails,
    PartnerAttendance,
    save_details,
)
from buurtdesk.gui.common.date_entry import TabLeaves
from buurtdesk.gui.common.dialogs import CheckedDialog
from buurtdesk.gui.common.language import number_locale
from buurtdesk.gui.common.texts import translate
from buurtdesk.gui.common.undo_base import Refresh, StoreCommand

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

PRESENT = (None, True, False)


class MeetingDetailsDialog(CheckedDialog):
    def __init__(
        self,
        details: MeetingDetails,
        parent: QWidget | None = None,
        library: Library | None = None,
    ) -> None:
        super().__init__(parent)
        self.details = details
        self.library = library  # for the partners' contacts, saved at once
        self.setWindowTitle(self.tr("Gegevens van de bijeenkomst"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general(), self.tr("&Algemeen"))
        self.tabs.addTab(self._partners(), self.tr("&Partners"))
        self.tabs.addTab(self._agenda(), self.tr("A&genda"))
        layout.addWidget(self.tabs)
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

    # -- the three tabs -------------------------------------------------------------------

    def _general(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        d = self.details
        self.time_edit = QTimeEdit(page)
        self.time_edit.setDisplayFormat("HH:mm")
        TabLeaves(self.time_edit)
        start = d.start_time
        self.time_edit.setTime(QTime(start.hour, start.minute) if start else QTime(19, 30))
        self.location_edit = QLineEdit(d.location, page)
        self.location_edit.setMaxLength(200)
        self.chair_edit = QLineEdit(d.chair, page)
        self.chair_edit.setMaxLength(120)
        self.residents_spin = QSpinBox(page)
        self.residents_spin.setRange(-1, 10_000)
        self.residents_spin.setSpecialValueText(self.tr("niet geteld"))
        self.residents_spin.setValue(-1 if d.residents_present is None else d.residents_present)
        form.addRow(self.tr("&Begintijd:"), self.time_edit)
        form.addRow(self.tr("&Locatie:"), self.location_edit)
        form.addRow(self.tr("&Voorzitter:"), self.chair_edit)
        form.addRow(self.tr("Bewoners &aanwezig:"), self.residents_spin)
        return page

    def _partners(self) -> QWidget:
        table = QTableWidget(len(self.details.partners), 4, self)
        table.setHorizontalHeaderLabels(
            [self.tr("Partner"), self.tr("Aanwezig"), self.tr("Wie kwamen"), self.tr("Uren")]
        )
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        texts = (self.tr("niet vastgelegd"), self.tr("ja"), self.tr("nee"))
        for row, p in enumerate(self.details.partners):
            name = QTableWidgetItem(p.name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            table.setItem(row, 0, name)
            combo = QComboBox(table)
            for value, text in zip(PRESENT, texts, strict=True):
                combo.addItem(text, value)
            combo.setCurrentIndex(PRESENT.index(p.present))
            table.setCellWidget(row, 1, combo)
            table.setItem(row, 2, QTableWidgetItem(p.attendees))
            hours = QDoubleSpinBox(table)
            hours.setLocale(number_locale())
            hours.setRange(-1, 10_000)  # core.numbers.MAX_HOURS; "geen" below zero
            hours.setDecimals(2)
            hours.setSpecialValueText(self.tr("geen"))
            hours.setValue(-1 if p.hours_offered is None else p.hours_offered)
            table.setCellWidget(row, 3, hours)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.partner_table = table
        if self.library is None:
            return table
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table)
        buttons = QHBoxLayout()
        self.contacts_button = QPushButton(self.tr("&Contactpersonen…"), page)
        self.contacts_button.setToolTip(self.tr("Werkcontacten en een notitie per partner"))
        self.contacts_button.clicked.connect(self.edit_contacts)
        buttons.addWidget(self.contacts_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def edit_contacts(self) -> None:
        from buurtdesk.gui.documents.partner_contacts_dialog import PartnerContactsDialog

        assert self.library is not None
        partners = [(p.partner_id, p.name) for p in self.details.partners]
        PartnerContactsDialog(self.library, partners, self).exec()

    def _agenda(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        table = QTableWidget(0, 2, page)
        table.setHorizontalHeaderLabels([self.tr("Agendapunt"), self.tr("Aantekening")])
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 240)
        # whole texts: a long title or note wraps and its row grows, nothing is cut off
        table.setWordWrap(True)
        table.setTextElideMode(Qt.TextElideMode.ElideNone)
        fit = QTimer(table, singleShot=True, interval=0)  # once the widths have settled
        fit.timeout.connect(table.resizeRowsToContents)
        table.horizontalHeader().sectionResized.connect(lambda *_a: fit.start())
        table.itemChanged.connect(lambda _item: fit.start())
        self.agenda_table = table
        for line in self.details.agenda:
            self.add_item(line.title, line.notes)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("&Toevoegen"), lambda: self.add_item(self.tr("Nieuw agendapunt"), "")),
            (self.tr("&Weghalen"), self.remove_item),
            (self.tr("Om&hoog"), lambda: self.move_item(-1)),
            (self.tr("Om&laag"), lambda: self.move_item(1)),
        ):
            button = QPushButton(text, page)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        layout.addWidget(table)
        layout.addLayout(row)
        return page

    # -- the agenda's rows ----------------------------------------------------------------

    def add_item(self, title: str, notes: str) -> None:
        table = self.agenda_table
        row = table.rowCount()
        table.insertRow(row)
        table.setItem(row, 0, QTableWidgetItem(title))
        table.setItem(row, 1, QTableWidgetItem(notes))
        table.setCurrentCell(row, 0)

    def remove_item(self) -> None:
        row = self.agenda_table.currentRow()
        if row >= 0:
            self.agenda_table.removeRow(row)

    def move_item(self, step: int) -> None:
        table, row = self.agenda_table, self.agenda_table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < table.rowCount():
            return
        for column in (0, 1):
            a, b = table.takeItem(row, column), table.takeItem(other, column)
            table.setItem(row, column, b)
            table.setItem(other, column, a)
        table.setCurrentCell(other, table.currentColumn())

    # -- the result -----------------------------------------------------------------------

    def _text(self, row: int, column: int) -> str:
        item = self.agenda_table.item(row, column)
        return item.text() if item is not None else ""

    def value(self) -> MeetingDetails:
        moment = self.time_edit.time()
        partners = []
        for row, p in enumerate(self.details.partners):
            combo = self.partner_table.cellWidget(row, 1)
            hours = self.partner_table.cellWidget(row, 3)
            who = self.partner_table.item(row, 2)
            assert isinstance(combo, QComboBox) and isinstance(hours, QDoubleSpinBox)
            offered = hours.value()
            partners.append(
                PartnerAttendance(
                    p.partner_id,
                    p.name,
                    combo.currentData(),
                    who.text() if who is not None else "",
                    None if offered < 0 else offered,
                )
            )
        agenda = tuple(
            AgendaLine(self._text(r, 0).strip(), self._text(r, 1).strip())
            for r in range(self.agenda_table.rowCount())
        )
        residents = self.residents_spin.value()
        return MeetingDetails(
            dt.time(moment.hour(), moment.minute()),
            self.location_edit.text().strip(),
            self.chair_edit.text().strip(),
            None if residents < 0 else residents,
            tuple(partners),
            agenda,
        )

    def problem(self) -> str:
        if any(not line.title for line in self.value().agenda):
            self.tabs.setCurrentIndex(2)
            return self.tr("Elk agendapunt heeft een titel nodig.")
        return ""


class DetailsCommand(StoreCommand):
    """The details written (``before`` -> ``details``); undo writes back those read before."""

    def __init__(
        self,
        lib: Library,
        refresh: Refresh,
        meeting_id: int,
        details: MeetingDetails,
        before: MeetingDetails,
    ) -> None:
        super().__init__(translate("Bijeenkomst", "gegevens van de bijeenkomst"), refresh)
        self.lib = lib
        self.meeting_id = meeting_id
        self.details = details
        self.before = before

    def apply(self) -> None:
        save_details(self.lib, self.meeting_id, self.details)

    def revert(self) -> None:
        save_details(self.lib, self.meeting_id, self.before)
