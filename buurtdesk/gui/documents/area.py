"""The Documenten area: one row per printed document, and the CSV exports.

Each row makes the PDF ("PDF maken…"), opens the last one made in the system viewer
("PDF openen") and prints it ("Afdrukken…").  The documents and ReportLab are imported inside
functions only: this module loads before the window's first paint.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.language import current_language
from buurtdesk.gui.common.output_check import refused
from buurtdesk.gui.common.texts import arg
from buurtdesk.gui.documents.cards import CARD_STYLE, Kind
from buurtdesk.gui.documents.form_numbers import numbers_free

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

FOLDER_KEY = "documents/folder"


class DocumentsArea(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentsArea")
        self.library: Library | None = None
        self.meeting: Any | None = None
        self.made: dict[str, Path] = {}  # kind -> the PDF made last, for this meeting
        self.open_buttons: dict[str, QPushButton] = {}
        self.make_buttons: dict[str, QPushButton] = {}
        self.print_buttons: dict[str, QPushButton] = {}
        self.status_labels: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        body.setObjectName("documentsBody")
        scroll.setStyleSheet(CARD_STYLE)
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 4, 8, 8)
        layout.setSpacing(8)
        options = QHBoxLayout()
        options.setSpacing(8)
        options.addWidget(QLabel(self.tr("Taal van de documenten:"), body))
        self.lang_combo = QComboBox(body)
        self.lang_combo.setObjectName("documentLanguage")
        self.lang_combo.addItem(self.tr("Nederlands"), "nl")
        self.lang_combo.addItem(self.tr("Engels"), "en")
        self.lang_combo.setCurrentIndex(max(0, self.lang_combo.findData(current_language())))
        options.addWidget(self.lang_combo)
        options.addStretch(1)
        layout.addLayout(options)
        self.forms_count = QSpinBox(body)
        self.forms_count.setRange(1, 500)
        self.forms_count.setValue(10)
        self.forms_count.setAccessibleName(self.tr("Aantal formulieren"))
        self.forms_start = QSpinBox(body)
        self.forms_start.setRange(0, 999999)
        self.forms_start.setSpecialValueText(self.tr("volgend vrij nummer"))
        self.forms_start.setAccessibleName(self.tr("Eerste formuliernummer"))
        self.ballots_count = QSpinBox(body)
        self.ballots_count.setRange(1, 500)
        self.ballots_count.setValue(30)
        self.ballots_count.setAccessibleName(self.tr("Aantal stembriefjes"))
        self.mailing_button = QPushButton(self.tr("CSV voor mailing…"), body)
        self.mailing_button.setToolTip(
            self.tr("Bewoners die een e-mailadres gaven en terugkoppeling wilden, voor een mailing")
        )
        self.mailing_button.clicked.connect(self.save_mailing_csv)
        for kind in self.kinds():
            layout.addWidget(self._card(body, kind))
        csv_card = QFrame(body)
        csv_card.setProperty("card", True)
        csv_layout = QVBoxLayout(csv_card)
        csv_layout.setContentsMargins(14, 10, 14, 10)  # as every document card
        csv_layout.setSpacing(3)
        csv_layout.addWidget(self._heading(csv_card, self.tr("Voor spreadsheets")))
        hint = QLabel(
            self.tr("De acties en knelpunten als CSV-bestand, zonder namen of adressen."), csv_card
        )
        hint.setProperty("hint", True)
        hint.setWordWrap(True)
        csv_layout.addWidget(hint)
        csv_row = QHBoxLayout()
        csv_row.setContentsMargins(0, 6, 0, 0)
        self.actions_csv_button = QPushButton(self.tr("Acties als CSV…"), csv_card)
        self.actions_csv_button.clicked.connect(lambda: self.save_csv("actions"))
        self.concerns_csv_button = QPushButton(self.tr("Knelpunten als CSV…"), csv_card)
        self.concerns_csv_button.clicked.connect(lambda: self.save_csv("concerns"))
        csv_row.addWidget(self.actions_csv_button)
        csv_row.addWidget(self.concerns_csv_button)
        csv_row.addStretch(1)
        csv_layout.addLayout(csv_row)
        layout.addWidget(csv_card)
        from buurtdesk.gui.documents.dossier_card import DossierCard

        self.dossier_card = DossierCard(self, body)
        layout.addWidget(self.dossier_card)
        layout.addStretch(1)
        self._enable()

    def kinds(self) -> list[Kind]:
        return [
            Kind("actions", "actielijst", self.tr("Actielijst"), self.tr(
                "De prioriteiten met hun acties (wie, wat, wanneer) en de stand van eerdere "
                "acties. Om aan het eind van de bijeenkomst mee te geven.")),
            Kind("report", "verslag", self.tr("Verslag"), self.tr(
                "Voor de hele buurt: aanwezigen, agenda en notities, alle knelpunten, de "
                "ranglijst en de afspraken. Zonder persoonsgegevens.")),
            Kind("forms", "meldformulieren", self.tr("Meldformulieren"), self.tr(
                "Lege formulieren met voorgedrukt nummer en privacyverklaring, om vooraf of "
                "bij de deur uit te delen.")),
            Kind("ballots", "stembriefjes", self.tr("Stembriefjes"), self.tr(
                "De knelpunten van deze bijeenkomst met vakjes, volgens de gekozen manier van "
                "stemmen.")),
            Kind("feedback", "terugkoppeling", self.tr("Terugkoppeling"), self.tr(
                "Wat er van elk knelpunt is geworden, met een blad per bewoner die om "
                "terugkoppeling vroeg. Bevat namen en adressen: niet ophangen.")),
            Kind("invitation", "uitnodiging", self.tr("Uitnodiging"), self.tr(
                "Eén pagina voor de volgende bijeenkomst: datum, plaats, agenda, de top 3 en "
                "hoe je een knelpunt meldt.")),
        ]  # fmt: skip

    def _heading(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        label.setProperty("cardTitle", True)
        return label

    def _card(self, parent: QWidget, kind: Kind) -> QFrame:
        """One document: title, what it is for, its options, and make / open / print."""
        card = QFrame(parent)
        card.setProperty("card", True)
        card.setObjectName(f"card_{kind.key}")
        row = QHBoxLayout(card)
        row.setContentsMargins(14, 10, 14, 10)
        row.setSpacing(16)
        texts = QVBoxLayout()
        texts.setSpacing(3)
        texts.addWidget(self._heading(card, kind.title))
        text = QLabel(kind.description, card)
        text.setWordWrap(True)
        text.setProperty("hint", True)
        texts.addWidget(text)
        fields = {
            "forms": [(self.tr("Aantal:"), self.forms_count)]
            + [(self.tr("Eerste nummer:"), self.forms_start)],
            "ballots": [(self.tr("Aantal (elk met een eigen nummer):"), self.ballots_count)],
        }.get(kind.key, [])
        if fields:
            extra = QHBoxLayout()
            extra.setSpacing(8)
            for k, (label, box) in enumerate(fields):
                if k:
                    extra.addSpacing(12)
                extra.addWidget(QLabel(label, card))
                extra.addWidget(box)
            extra.addStretch(1)
            texts.addLayout(extra)
        status = QLabel("", card)
        status.setProperty("hint", True)
        status.setWordWrap(True)
        status.hide()
        texts.addWidget(status)
        texts.addStretch(1)
        row.addLayout(texts, 1)
        buttons = QGridLayout()
        buttons.setSpacing(6)
        make = QPushButton(self.tr("PDF maken…"), card)
        make.setObjectName(f"make_{kind.key}")
        make.clicked.connect(lambda: self.make_pdf(kind.key))
        show = QPushButton(self.tr("PDF openen"), card)
        show.setObjectName(f"open_{kind.key}")
        show.clicked.connect(lambda: self.open_pdf(kind.key))
        printer = QPushButton(self.tr("Afdrukken…"), card)
        printer.setObjectName(f"print_{kind.key}")
        printer.clicked.connect(lambda: self.print_pdf(kind.key))
        for col, button in enumerate((make, show, printer)):
            buttons.addWidget(button, 0, col)
        if kind.key == "feedback":
            buttons.addWidget(self.mailing_button, 1, 0, 1, 3)
        row.addLayout(buttons)
        row.setAlignment(buttons, Qt.AlignmentFlag.AlignTop)  # they stay put as texts grow
        self.make_buttons[kind.key] = make
        self.open_buttons[kind.key] = show
        self.print_buttons[kind.key] = printer
        self.status_labels[kind.key] = status
        return card

    # -- state ----------------------------------------------------------------------------

    def show_meeting(self, library: Library | None, meeting: Any | None) -> None:
        if meeting is None or self.meeting is None or meeting.id != self.meeting.id:
            self.made.clear()
            for label in self.status_labels.values():
                label.clear()
                label.hide()
        self.library, self.meeting = library, meeting
        self._enable()

    def _enable(self) -> None:
        ready = self.library is not None and self.meeting is not None
        for key in self.make_buttons:
            self.make_buttons[key].setEnabled(ready)
            self.print_buttons[key].setEnabled(ready)
            self.open_buttons[key].setEnabled(ready and key in self.made)
        for button in (self.mailing_button, self.actions_csv_button, self.concerns_csv_button):
            button.setEnabled(ready)
        if hasattr(self, "dossier_card"):
            self.dossier_card.enable()

    def _status(self, key: str, text: str) -> None:
        self.status_labels[key].setText(text)
        self.status_labels[key].show()

    def default_name(self, stem: str, suffix: str = ".pdf") -> str:
        day = self.meeting.date.isoformat() if self.meeting is not None else "bijeenkomst"
        return f"{stem}-{day}{suffix}"

    def _ask_path(self, name: str, filter_text: str, suffix: str = "") -> Path | None:
        """The file to write, chosen in a save dialog; ``None`` when cancelled or refused."""
        settings = QSettings()
        folder = settings.value(FOLDER_KEY) or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als"), str(Path(str(folder)) / name), filter_text
        )
        if not chosen:
            return None
        path = Path(chosen)
        if suffix and path.suffix.lower() != suffix:
            path = path.with_name(f"{path.name}{suffix}")
        settings.setValue(FOLDER_KEY, str(path.parent))
        database = self.library.path if self.library is not None else None
        return None if refused(self, path, database) else path

    def _failed(self, exc: Exception) -> None:
        why = self.tr(
            "Het bestand kon niet worden gemaakt. Kies een andere map of naam, en "
            "sluit het bestand als het open staat in een ander programma.\n\nReden: %1"
        )
        QMessageBox.warning(self, self.tr("Niet gelukt"), arg(why, exc))

    # -- documents ------------------------------------------------------------------------

    def _stem(self, key: str) -> str:
        return next(k.stem for k in self.kinds() if k.key == key)

    def write_pdf(self, key: str, path: Path) -> Path | None:
        """Make the PDF ``key`` at ``path``; a clear message and ``None`` when that fails."""
        assert self.library is not None and self.meeting is not None
        from buurtdesk.core.documents import make_document
        from buurtdesk.core.errors import DocumentError

        options: dict[str, Any] = {}
        if key == "forms":
            options = {
                "count": self.forms_count.value(),
                "start_no": self.forms_start.value() or None,
            }
            if not numbers_free(self, self.library, options["start_no"], options["count"]):
                return None
        if key == "ballots":
            options = {"count": self.ballots_count.value()}
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            lang = str(self.lang_combo.currentData())
            return make_document(self.library, key, self.meeting.id, path, lang=lang, **options)
        except (DocumentError, OSError, ValueError) as exc:
            self._failed(exc)
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()

    def cleared(self, key: str) -> bool:
        """A public PDF or CSV: first the review of what still looks personal in it.  An
        invitation is for a meeting still to come."""
        if self.library is None or self.meeting is None:
            return True
        if key == "invitation":
            from buurtdesk.gui.documents.invitation_check import invitation_allowed

            if not invitation_allowed(self, self.library, self.meeting.id):
                return False
        from buurtdesk.gui.safety.public_review import confirm_public, output_text

        if not (words := output_text(key)):
            return True
        return confirm_public(self, self.library, self.meeting.id, words, key)

    def make_pdf(self, key: str) -> Path | None:
        if self.library is None or self.meeting is None or not self.cleared(key):
            return None
        path = self._ask_path(self.default_name(self._stem(key)), self.tr("PDF (*.pdf)"), ".pdf")
        if path is None:
            return None
        made = self.write_pdf(key, path)
        if made is not None:
            self.made[key] = made
            # the name only (the whole path as a tip): a long path would widen the card
            self._status(key, arg(self.tr("Gemaakt: %1"), made.name))
            self.status_labels[key].setToolTip(str(made))
            self._enable()
        return made

    def open_pdf(self, key: str) -> None:
        path = self.made.get(key)
        if path is None or not path.is_file():
            QMessageBox.information(
                self, self.tr("Nog geen PDF"), self.tr("Maak eerst de PDF met ‘PDF maken…’.")
            )
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._failed(OSError(self.tr("er is geen programma om PDF's te openen")))

    def print_pdf(self, key: str) -> None:
        """Print the PDF made last, or a fresh one in a temporary folder."""
        if self.library is None or self.meeting is None:
            return
        path = self.made.get(key)
        if path is None or not path.is_file():
            if not self.cleared(key):
                return
            from buurtdesk.gui.documents.printing import print_folder

            path = self.write_pdf(key, print_folder() / self.default_name(self._stem(key)))
            if path is None:
                return
        from buurtdesk.gui.documents.printing import print_pdf

        print_pdf(self, path)

    # -- CSV ------------------------------------------------------------------------------

    def save_mailing_csv(self) -> None:
        if self.library is None or self.meeting is None:
            return
        path = self._ask_path(
            self.default_name("terugkoppeling-mailing", ".csv"), self.tr("CSV (*.csv)")
        )
        if path is None:
            return
        from buurtdesk.core.documents import write_feedback_csv
        from buurtdesk.core.errors import DocumentError

        try:
            count = write_feedback_csv(self.library, self.meeting.id, path)
        except (DocumentError, OSError, ValueError) as exc:
            self._failed(exc)
            return
        self._status("feedback", arg(self.tr("Mailing: %1 bewoners in %2"), count, path))

    def save_csv(self, what: str) -> None:
        if self.library is None or self.meeting is None:
            return
        if not self.cleared(what):
            return
        stem = "acties" if what == "actions" else "knelpunten"
        path = self._ask_path(self.default_name(stem, ".csv"), self.tr("CSV (*.csv)"))
        if path is None:
            return
        from buurtdesk.core.actions import overview as action_overview

        write = (
            action_overview.write_actions_csv
            if what == "actions"
            else action_overview.write_concerns_csv
        )
        try:
            write(self.library, self.meeting.id, path)
        except (OSError, ValueError) as exc:
            self._failed(exc)
