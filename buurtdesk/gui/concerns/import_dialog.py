"""Import forms from a CSV or .xlsx file: choose, preview, correct the columns, run, read.

The core reads the file (``tables.read_table``), guesses the columns (``guess_mapping``) and
imports in one transaction (``import_rows``); this dialog shows each step.  Imported lazily.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QWidget,
)

from buurtdesk.core.concerns.import_forms import FIELD_NAMES, guess_mapping, import_rows
from buurtdesk.core.concerns.mapping import unmapped_personal
from buurtdesk.core.errors import TableFileError, database_error
from buurtdesk.core.store.tables import read_table
from buurtdesk.gui.common.column_fit import ColumnFit
from buurtdesk.gui.common.recent_files import remember_folder, start_folder
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.uiload import child, load_ui
from buurtdesk.gui.concerns.entry_messages import import_reason

if TYPE_CHECKING:
    from buurtdesk.core.concerns.import_forms import ImportReport, MergeSuggestion
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.tables import Table

PREVIEW_ROWS = 30
NONE = -1
WRAPPED_ROWS = 500  # rows as high as their wrapped text; a longer report keeps one line each
WIDEST = 320  # a column other than the stretching one wraps beyond this width
SHORT = 100  # what a column keeps at least in a narrow window


def fit_columns(table: QTableWidget, stretch: tuple[int, ...]) -> None:
    """Every column within the table's width, no horizontal scrolling: the ``stretch`` columns
    (or the last) take the room left, the others their contents up to ``WIDEST``, giving way
    together in a narrow window; the text wraps."""
    header = table.horizontalHeader()
    columns = range(table.columnCount())
    stretching = [c for c in stretch if c in columns] or [table.columnCount() - 1]
    table.setWordWrap(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    preferred: dict[int, int] = {}
    least: dict[int, int] = {}
    for c in columns:
        if c in stretching:
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
        label = header.sectionSizeHint(c)
        preferred[c] = min(max(table.sizeHintForColumn(c), label), WIDEST)
        least[c] = min(preferred[c], max(label, SHORT))  # a date or a code stays whole
    rows = QHeaderView.ResizeMode.ResizeToContents
    if table.rowCount() > WRAPPED_ROWS:
        rows = QHeaderView.ResizeMode.Interactive
    table.verticalHeader().setSectionResizeMode(rows)
    ColumnFit.of(table, keep=300).set_widths(preferred, least)


def field_label(name: str) -> str:
    labels = {
        "form_no": translate("Import", "Formuliernummer"),
        "date": translate("Import", "Datum"),
        "street": translate("Import", "Straat of plek"),
        "theme": translate("Import", "Thema"),
        "description": translate("Import", "Omschrijving (nodig)"),
        "name": translate("Import", "Naam"),
        "phone": translate("Import", "Telefoon"),
        "email": translate("Import", "E-mail"),
        "address": translate("Import", "Postadres"),
        "postcode": translate("Import", "Postcode"),
        "town": translate("Import", "Woonplaats"),
        "language": translate("Import", "Taal van de brief"),
        "wants_feedback": translate("Import", "Wil terugkoppeling"),
        "consent": translate("Import", "Toestemming"),
    }
    return labels.get(name, name)


def outcome_label(outcome: str) -> str:
    labels = {
        "imported": translate("Import", "ingevoerd"),
        "attached": translate("Import", "bij bestaand knelpunt"),
        "rejected": translate("Import", "geweigerd"),
        "present": translate("Import", "was er al"),
    }
    return labels.get(outcome, outcome)


class ImportDialog(QDialog):
    def __init__(self, lib: Library, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("import_dialog.ui", self)
        self.lib, self.meeting_id = lib, meeting_id
        self.table: Table | None = None
        self.report: ImportReport | None = None
        self.imported = False
        self.report_ids: list[int] = []  # every report added while the dialog was open
        self.suggestions: list[MergeSuggestion] = []  # rows that look like another concern
        self.file_edit = child(self, QLineEdit, "fileEdit")
        self.file_message = child(self, QLabel, "fileMessage")
        self.mapping_box = child(self, QGroupBox, "mappingBox")
        self.preview = child(self, QTableWidget, "previewTable")
        self.report_table = child(self, QTableWidget, "reportTable")
        self.tabs = child(self, QTabWidget, "tabs")
        self.summary = child(self, QLabel, "summaryLabel")
        self.run_button = child(self, QPushButton, "runButton")
        self.attach_check = child(self, QCheckBox, "attachCheck")
        child(self, QPushButton, "chooseButton").clicked.connect(self.choose)
        child(self, QPushButton, "closeButton").clicked.connect(self.reject)
        self.run_button.clicked.connect(self.run)
        self.combos: dict[str, QComboBox] = {}
        grid = self.mapping_box.layout()
        assert isinstance(grid, QGridLayout)
        per_row = 3  # room for a column's number and name, e.g. "10: terugkoppeling"
        for number, name in enumerate(FIELD_NAMES):
            combo = QComboBox(self.mapping_box)
            combo.setAccessibleName(field_label(name))
            label = QLabel(field_label(name) + ":", self.mapping_box)
            label.setBuddy(combo)
            row, column = divmod(number, per_row)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(combo, row, column * 2 + 1)
            grid.setColumnStretch(column * 2 + 1, 1)
            self.combos[name] = combo
        self._set_message("")
        self._set_table(None)

    # -- choosing and reading the file ----------------------------------------------------

    def choose(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Bestand om te importeren"),
            str(start_folder()),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;Alle bestanden (*)"),
        )
        if path:
            remember_folder(Path(path).parent)
            self.load(path)

    def load(self, path: str) -> bool:
        self.file_edit.setText(path)
        try:
            table = read_table(path)
        except TableFileError as error:
            self._set_table(None)
            text = arg(self.tr("Dit bestand kan niet worden ingelezen: %1"), error)
            self._set_message(text, "error")
            return False
        self._set_table(table)
        notes = " ".join(table.notes)
        text = arg(self.tr("%1 regels gelezen."), len(table.rows))
        personal = unmapped_personal(table.headers, guess_mapping(table.headers))
        if personal:
            shown = ", ".join(f"'{h}'" for h in personal)
            notes += " " + arg(
                self.tr(
                    "Deze kolommen lijken persoonsgegevens, maar worden niet ingelezen: %1. "
                    "Kies er zo nodig een veld voor."
                ),
                shown,
            )
        self._set_message(f"{text} {notes}".strip(), "")
        return True

    def _set_table(self, table: Table | None) -> None:
        self.table = table
        headers = list(table.headers) if table else []
        guessed = guess_mapping(headers) if table else {}
        for name, combo in self.combos.items():
            combo.clear()
            combo.addItem(self.tr("(niet gebruiken)"), NONE)
            for column, header in enumerate(headers):
                combo.addItem(f"{column + 1}: {header}", column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name, NONE))))
            combo.setEnabled(table is not None)
        self.preview.clear()
        self.preview.setColumnCount(len(headers))
        self.preview.setHorizontalHeaderLabels(headers)
        rows = table.rows[:PREVIEW_ROWS] if table else ()
        self.preview.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self.preview.setVerticalHeaderItem(r, QTableWidgetItem(str(row.line)))
            for c, value in enumerate(row.values[: len(headers)]):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # a narrow column may cut it
                self.preview.setItem(r, c, item)
        fit_columns(self.preview, stretch=(guessed.get("description", NONE),))
        self.run_button.setEnabled(table is not None)
        self.tabs.setCurrentIndex(0)

    def mapping(self) -> dict[str, int]:
        chosen = {name: int(combo.currentData()) for name, combo in self.combos.items()}
        return {name: column for name, column in chosen.items() if column != NONE}

    # -- running --------------------------------------------------------------------------

    def run(self) -> bool:
        if self.table is None:
            return False
        mapping = self.mapping()
        if "description" not in mapping:
            self._set_message(self.tr("Kies eerst welke kolom de omschrijving bevat."), "error")
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            attach = self.attach_check.isChecked()
            report = import_rows(self.lib, self.meeting_id, self.table, mapping, attach=attach)
        except (ValueError, OSError, database_error()) as error:
            # SQLite's own reason, never the statement and its values (residents' details)
            why = getattr(error, "orig", None) or error
            self._set_message(arg(self.tr("Niet geïmporteerd: %1"), why), "error")
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.report = report
        added = report.count("imported") + report.count("attached")
        self.imported = self.imported or added > 0
        self.report_ids += report.report_ids
        self.suggestions += report.suggestions
        self._show_report(report)
        return True

    def _show_report(self, report: ImportReport) -> None:
        headers = [
            self.tr("Regel"),
            self.tr("Formulier"),
            self.tr("Uitkomst"),
            self.tr("Knelpunt"),
            self.tr("Lijkt op"),
            self.tr("Reden"),
        ]
        t = self.report_table
        t.clear()
        t.setColumnCount(len(headers))
        t.setHorizontalHeaderLabels(headers)
        t.setRowCount(len(report.lines))
        for r, line in enumerate(report.lines):
            joined = line.concern if line.outcome == "attached" else ""  # shown beside
            similar = ", ".join(
                f"{code} ({score})" for code, score in line.similar if code and code != joined
            )
            values: list[Any] = [
                line.line,
                line.form_no,
                outcome_label(line.outcome),
                line.concern,
                similar,
                import_reason(line),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(str(value))
                item.setToolTip(str(value))  # a long reason is cut off in its cell
                if line.outcome == "rejected":
                    item.setForeground(Qt.GlobalColor.darkRed)
                t.setItem(r, c, item)
        t.verticalHeader().setVisible(False)
        fit_columns(t, stretch=(len(headers) - 1,))
        self.tabs.setCurrentIndex(1)
        text = arg(
            self.tr(
                "%1 ingevoerd als nieuw knelpunt, %2 bij een bestaand knelpunt gevoegd, "
                "%3 waren er al, %4 geweigerd."
            ),
            report.count("imported"),
            report.count("attached"),
            report.count("present"),
            report.count("rejected"),
        )
        if report.left_out:
            shown = len(report.lines)
            text += " " + arg(
                self.tr("De lijst toont %1 van de %2 regels."), shown, shown + report.left_out
            )
        self.summary.setText(text)

    def _set_message(self, text: str, level: str = "") -> None:
        self.file_message.setText(text)
        self.file_message.setProperty("level", level)
        self.file_message.style().unpolish(self.file_message)
        self.file_message.style().polish(self.file_message)
        self.file_message.setVisible(bool(text))
