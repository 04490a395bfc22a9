"""The Privacy dialog (AVG): find a person, show and export what is held (inzage), delete on
request; the retention period with a preview and "Anonimiseren"; an anonymised copy.

Erasing personal data is not undoable on purpose: undo would have to keep the data.  After an
erasure the caller clears the undo history and refreshes the window (``after_erasure``).
Imported lazily: it imports the core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.privacy.inspection_file import write_inspection
from buurtdesk.core.store import backup
from buurtdesk.core.store.paths import DB_SUFFIX
from buurtdesk.gui.common.output_check import refused
from buurtdesk.gui.common.texts import arg, file_filter, plural
from buurtdesk.gui.safety.erasure_notes import erased_message


def _dutch(iso_day: str) -> str:
    """2026-03-05 → 05-03-2026 (dd-mm-jjjj); empty stays empty."""
    try:
        return dt.date.fromisoformat(iso_day).strftime("%d-%m-%Y")
    except ValueError:
        return iso_day


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))


class PrivacyDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, lib: Any, after_erasure: Callable[[], None] | None = None
    ) -> None:
        super().__init__(parent)
        self.lib, self._after_erasure = lib, after_erasure
        self.people: list[privacy.Person] = []
        self.candidates: list[privacy.Person] = []
        self.setWindowTitle(self.tr("Privacy"))
        self.resize(820, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        warning = QLabel(
            self.tr("Dit venster toont persoonsgegevens: niet op de beamer laten zien."), self
        )
        warning.setProperty("hint", True)
        layout.addWidget(warning)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._person_tab(), self.tr("&Inzage en verwijderen"))
        self.tabs.addTab(self._retention_tab(), self.tr("&Bewaartermijn"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.copy_button = QPushButton(self.tr("&Geanonimiseerde kopie opslaan…"), self)
        self.copy_button.setToolTip(
            self.tr("Een kopie van het hele bestand zonder persoonsgegevens, voor een nieuwe "
                    "voorzitter of de gemeente.")
        )  # fmt: skip
        self.copy_button.clicked.connect(self.save_anonymised_copy)
        bottom.addWidget(self.copy_button)
        bottom.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.refresh_preview()

    # -- inzage and deletion --------------------------------------------------------------

    def _person_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Zoek op naam, telefoon, e-mail of adres:"), tab)
        self.search_edit = QLineEdit(tab)
        self.search_edit.setClearButtonEnabled(True)
        label.setBuddy(self.search_edit)
        self.search_edit.textChanged.connect(self.search)
        row.addWidget(label)
        row.addWidget(self.search_edit, 1)
        layout.addLayout(row)
        self.people_table = _table(
            tab,
            [self.tr("Naam"), self.tr("Telefoon"), self.tr("E-mail"), self.tr("Adres"),
             self.tr("Meldingen")],
        )  # fmt: skip
        self.people_table.itemSelectionChanged.connect(self.show_person)
        layout.addWidget(self.people_table, 1)
        layout.addWidget(QLabel(self.tr("Meldingen van deze persoon:"), tab))
        self.reports_table = _table(
            tab, [self.tr("Knelpunt"), self.tr("Datum"), self.tr("Eigen woorden")]
        )
        layout.addWidget(self.reports_table, 1)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Inzage &opslaan (JSON of CSV)…"), tab)
        self.export_button.clicked.connect(self.export_inspection)
        self.delete_button = QPushButton(self.tr("Persoon &verwijderen…"), tab)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        note = QLabel(
            self.tr(
                "Verwijderen wist de gegevens van de persoon, ook uit vrije tekst en uit de "
                "oudere back-ups (die worden herschreven); de meldingen en knelpunten blijven, "
                "zonder naam. Dit kan niet ongedaan worden gemaakt."
            ),
            tab,
        )
        note.setWordWrap(True)
        note.setProperty("hint", True)
        layout.addWidget(note)
        self.show_person()
        return tab

    def search(self) -> None:
        self.people = privacy.find_people(self.lib, self.search_edit.text())
        _fill(
            self.people_table,
            [[p.name, p.phone, p.email, p.address, str(p.reports)] for p in self.people],
        )
        if self.people:
            self.people_table.selectRow(0)
        self.show_person()

    def selected_person(self) -> privacy.Person | None:
        rows = self.people_table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.people):
            return None
        return self.people[rows[0].row()]

    def show_person(self) -> None:
        person = self.selected_person()
        reports = privacy.inspection(self.lib, person.id)["reports"] if person else []
        _fill(
            self.reports_table,
            [
                [f"{r['concern']} · {r['public_title']}", _dutch(r["received_on"]), r["own_words"]]
                for r in reports
            ],
        )
        self.export_button.setEnabled(person is not None)
        self.delete_button.setEnabled(person is not None)

    def export_inspection(self) -> Path | None:
        person = self.selected_person()
        if person is None:
            return None
        name, _f = QFileDialog.getSaveFileName(
            self,
            self.tr("Inzage opslaan"),
            str(Path.home() / f"inzage-{person.id}.json"),
            self.tr("JSON (*.json);;CSV (*.csv)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() not in (".json", ".csv"):
            target = target.with_name(target.name + ".json")
        if refused(self, target, self.lib.path):
            return None
        try:
            write_inspection(privacy.inspection(self.lib, person.id), target)
        except OSError as exc:
            self._failed(self.tr("Inzage niet opgeslagen"), exc)
            return None
        return target

    def delete_selected(self) -> bool:
        person = self.selected_person()
        if person is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Persoon verwijderen"),
            arg(
                self.tr(
                    "Alle gegevens van %1 verwijderen? De meldingen (%2) en de knelpunten "
                    "blijven bestaan, zonder naam. Dit kan niet ongedaan worden gemaakt."
                ),
                person.name or self.tr("deze persoon"),
                person.reports,
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.No:
            return False
        done = self._stored(lambda: privacy.erase_people(self.lib, [person.id], delete=True))
        if done is None:
            return False
        self._erased(done)
        self.search()
        return True

    # -- retention ------------------------------------------------------------------------

    def _retention_tab(self) -> QWidget:
        tab = QWidget(self)
        layout = QVBoxLayout(tab)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Bewaartermijn:"), tab)
        self.months_spin = QSpinBox(tab)
        self.months_spin.setRange(1, 120)
        self.months_spin.setSuffix(self.tr(" maanden"))
        self.months_spin.setValue(privacy.retention_months(self.lib))
        label.setBuddy(self.months_spin)
        self.months_spin.valueChanged.connect(self._months_changed)
        row.addWidget(label)
        row.addWidget(self.months_spin)
        row.addStretch(1)
        layout.addLayout(row)
        self.preview_label = QLabel(tab)
        self.preview_label.setWordWrap(True)
        layout.addWidget(self.preview_label)
        self.preview_table = _table(
            tab, [self.tr("Naam"), self.tr("Meldingen"), self.tr("Ingevoerd op")]
        )
        layout.addWidget(self.preview_table, 1)
        self.anonymise_button = QPushButton(self.tr("&Anonimiseren"), tab)
        self.anonymise_button.clicked.connect(self.apply_retention)
        buttons = QHBoxLayout()
        buttons.addWidget(self.anonymise_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return tab

    def _months_changed(self, months: int) -> None:
        self.months_spin.setSuffix(self.tr(" maand") if months == 1 else self.tr(" maanden"))
        self._stored(lambda: privacy.set_retention_months(self.lib, months))
        self.refresh_preview()

    def refresh_preview(self) -> None:
        months = self.months_spin.value()
        self.candidates = privacy.retention_candidates(self.lib, months=months)
        _fill(
            self.preview_table,
            [
                [p.name or p.email or p.phone, str(p.reports), p.created_at.strftime("%d-%m-%Y")]
                for p in self.candidates
            ],
        )
        self.preview_label.setText(
            arg(
                self.tr(
                    "Knelpunten zonder open actie en zonder activiteit in de laatste %1 "
                    "maanden zijn afgehandeld. Anonimiseren wist naam, telefoon, e-mail en "
                    "adres van deze %2 mensen; hun meldingen en de knelpunten blijven. "
                    "Back-ups ouder dan %1 maanden worden ook verwijderd, zodat gewiste "
                    "gegevens daar niet in blijven staan."
                ),
                months,
                len(self.candidates),
            )
        )
        self.anonymise_button.setEnabled(bool(self.candidates))

    def apply_retention(self) -> int:
        if not self.candidates:
            return 0
        answer = QMessageBox.question(
            self,
            self.tr("Anonimiseren"),
            plural(
                len(self.candidates),
                self.tr("De gegevens van 1 persoon wissen? Dit kan niet ongedaan worden gemaakt."),
                self.tr("De gegevens van %1 mensen wissen? Dit kan niet ongedaan worden gemaakt."),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.No:
            return 0
        ids = [p.id for p in self.candidates]
        done = self._stored(lambda: privacy.erase_people(self.lib, ids, delete=False))
        if done is None:
            return 0
        days = round(self.months_spin.value() * 30.44)
        try:
            backup.prune(self.lib.path, backup.backup_keep(self.lib), max_age_days=days)
        except OSError as exc:
            self._failed(self.tr("Oude back-ups niet verwijderd"), exc)
        self._erased(done)
        self.refresh_preview()
        return int(done.people)

    # -- the anonymised copy --------------------------------------------------------------

    def save_anonymised_copy(self) -> Path | None:
        start = self.lib.path.with_name(f"{self.lib.path.stem}-geanonimiseerd{DB_SUFFIX}")
        name, _f = QFileDialog.getSaveFileName(
            self, self.tr("Geanonimiseerde kopie opslaan"), str(start), file_filter()
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix != DB_SUFFIX:
            target = target.with_name(target.name + DB_SUFFIX)
        notes: list[str] = []
        try:
            if target.exists() or target.resolve() == self.lib.path.resolve():
                raise FileExistsError(target)
            # Scrubbed in memory, then written under a temporary name swept if killed.
            made = privacy.export_anonymised(self.lib, target, notes)
        except FileExistsError:
            QMessageBox.warning(
                self,
                self.tr("Kopie niet opgeslagen"),
                self.tr("Er staat al een bestand met die naam. Kies een nieuwe naam."),
            )
            return None
        except OSError as exc:
            self._failed(self.tr("Kopie niet opgeslagen"), exc)
            return None
        check = self.tr(
            "Controleer de kopie: in %1 tekst(en) is een mogelijke naam weggehaald "
            "of staat nog iets persoonlijks."
        )
        said = arg(self.tr("De kopie zonder persoonsgegevens staat in %1."), made)
        said += f"\n\n{arg(check, len(notes))}" if notes else ""
        QMessageBox.information(self, self.tr("Kopie opgeslagen"), said)
        return made

    def _stored(self, change: Callable[[], Any]) -> Any:
        """Run one change to the file; ``None`` after one clear message when it failed."""
        from buurtdesk.core.errors import database_error

        SQLAlchemyError = database_error()  # noqa: N806 (the class it is)

        try:
            result = change()
        except (SQLAlchemyError, OSError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Niet opgeslagen"),
                arg(
                    self.tr("Het bestand kon niet worden gewijzigd; er is niets veranderd. %1"),
                    getattr(exc, "orig", None) or exc,
                ),
            )
            return None
        return True if result is None else result

    def _erased(self, done: privacy.Erasure) -> None:
        if self._after_erasure is not None:
            self._after_erasure()
        QMessageBox.information(self, self.tr("Gegevens gewist"), erased_message(done))

    def _failed(self, title: str, exc: OSError) -> None:
        QMessageBox.warning(self, title, arg(self.tr("Dat lukte niet: %1"), exc.strerror or exc))
