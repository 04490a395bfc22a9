"""One concern opened: its reports in the residents' own words, and its public title.

The title is what the room and the neighbourhood see, so personal data in it is warned about
while it is typed.  Personal fields of the reports are shown only when not hidden.
Imported lazily: it may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from buurtdesk.core.concerns import intake as core
from buurtdesk.gui.common.texts import arg, concern_status, format_date, plural, translate
from buurtdesk.gui.common.uiload import child, load_ui

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

WORDING = 3
MIN_WORDING = 360


def source_text(value: str) -> str:
    labels = {
        "form": translate("Bron", "formulier"),
        "meeting": translate("Bron", "bijeenkomst"),
        "email": translate("Bron", "e-mail"),
        "phone": translate("Bron", "telefoon"),
        "survey": translate("Bron", "enquête"),
    }
    return labels.get(str(value), str(value))


def title_warning_text(codes: list[str]) -> str:
    labels = {
        "house_number": translate("Knelpunt", "een huisnummer na een straatnaam"),
        "phone": translate("Knelpunt", "een telefoonnummer"),
        "email": translate("Knelpunt", "een e-mailadres"),
        "submitter_name": translate("Knelpunt", "de naam van een melder"),
    }
    found = [labels.get(c, c) for c in codes]
    if not found:
        return ""
    return arg(
        translate(
            "Knelpunt",
            "Let op: deze titel lijkt %1 te bevatten. De zaal en de buurt zien de titel; "
            "haal persoonsgegevens eruit.",
        ),
        ", ".join(found),
    )


class ConcernDialog(QDialog):
    def __init__(
        self, lib: Library, row: Any, hide_personal: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        load_ui("concern_detail.ui", self)
        self.lib, self.row, self.hide_personal = lib, row, hide_personal
        self.heading = child(self, QLabel, "headingLabel")
        self.summary = child(self, QLabel, "summaryLabel")
        self.title_edit = child(self, QLineEdit, "titleEdit")
        self.title_message = child(self, QLabel, "titleMessage")
        self.table = child(self, QTableWidget, "reportsTable")
        self.privacy_label = child(self, QLabel, "privacyLabel")
        self.buttons = child(self, QDialogButtonBox, "buttonBox")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Opslaan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Sluiten"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.setWindowTitle(arg(self.tr("Knelpunt %1"), row.code))
        self.heading.setText(f"{row.code} · {row.title}")
        self.summary.setText(
            " · ".join(
                [
                    concern_status(row.status),
                    row.theme or self.tr("geen thema"),
                    row.street or self.tr("geen straat"),
                    plural(row.reports, self.tr("1 melding"), self.tr("%1 meldingen")),
                    plural(row.meetings, self.tr("1 bijeenkomst"), self.tr("%1 bijeenkomsten")),
                ]
            )
        )
        self.title_edit.setText(row.title)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.check_title)
        self.title_edit.textChanged.connect(lambda _t: self._timer.start())
        self.reports = core.concern_reports(lib, row.id, include_personal=not hide_personal)
        self._fill_reports()
        self._add_audit_log()
        self.check_title()

    def _add_audit_log(self) -> None:
        """The concern's log (merges, title changes) under the reports, compact."""
        from buurtdesk.core.store.audit import audit_entries
        from buurtdesk.gui.common.audit_view import AuditList

        layout = self.layout()
        assert isinstance(layout, QBoxLayout)  # the form's vertical layout
        at = layout.indexOf(self.privacy_label) + 1
        label = QLabel(self.tr("Logboek (wat er met dit knelpunt is gebeurd):"), self)
        self.audit_list = AuditList(self)
        self.audit_list.setMaximumHeight(130)
        self.audit_list.set_entries(audit_entries(self.lib, "concern", self.row.id), self.row.id)
        layout.insertWidget(at, label)
        layout.insertWidget(at + 1, self.audit_list)

    def _fill_reports(self) -> None:
        headers = [self.tr("Formulier"), self.tr("Datum"), self.tr("Bron"), self.tr("Omschrijving")]
        personal = [
            self.tr("Naam"),
            self.tr("Telefoon"),
            self.tr("E-mail"),
            self.tr("Adres"),
            self.tr("Terugkoppeling"),
        ]
        if not self.hide_personal:
            headers += personal
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.reports))
        for number, r in enumerate(self.reports):
            values = [r.form_no, format_date(r.received_on), source_text(r.source), r.wording]
            if not self.hide_personal:
                yes, no = self.tr("ja"), self.tr("nee")
                values += [r.name, r.phone, r.email, r.address, yes if r.wants_feedback else no]
            for column, value in enumerate(values):
                self.table.setItem(number, column, QTableWidgetItem(value))
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(False)
        self._fit_columns()
        self.privacy_label.setText(
            self.tr("Persoonsgegevens zijn verborgen (schakelaar in de lijst).")
            if self.hide_personal
            else self.tr("Persoonsgegevens zichtbaar: niet op de beamer tonen.")
        )

    def _fit_columns(self) -> None:
        """Every column as wide as its contents, the residents' wording wide enough to read."""
        t = self.table
        t.resizeColumnsToContents()
        others = sum(t.columnWidth(c) for c in range(t.columnCount()) if c != WORDING)
        room = max(self.width(), 900) - 60 - others
        t.setColumnWidth(WORDING, max(MIN_WORDING, min(room, 640)))
        t.resizeRowsToContents()

    def check_title(self) -> str:
        """Show what is wrong with the typed title; empty titles cannot be saved."""
        self._timer.stop()
        title = self.title_edit.text().strip()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not title:
            text, level = self.tr("Een knelpunt heeft een titel nodig."), "error"
        else:
            text = title_warning_text(core.title_warnings(self.lib, self.row.id, title))
            level = "warning" if text else ""
        ok.setEnabled(bool(title))
        self.title_message.setText(text)
        self.title_message.setProperty("level", level)
        self.title_message.style().unpolish(self.title_message)
        self.title_message.style().polish(self.title_message)
        self.title_message.setVisible(bool(text))
        return text

    def new_title(self) -> str | None:
        """The edited title when the dialog was accepted with a changed, non-empty title."""
        title = " ".join(self.title_edit.text().split())
        if self.result() != QDialog.DialogCode.Accepted or not title or title == self.row.title:
            return None
        return title
