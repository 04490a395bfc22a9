"""Contactpersonen van partners: the work contacts of each partner organisation, and its note.

Opened from the Partners tab of Bijeenkomst › Gegevens.  Each change is saved at once (a
contact is the personal data of a professional: deleting one deletes it for good, also from
older backups, so it is not an undo step).  Public documents print a contact's role, and the
name only where "naam mag op openbare stukken" is ticked.  Imported lazily; it may import
the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.privacy import contacts as core
from buurtdesk.gui.common.dialogs import CheckedDialog
from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library


class ContactDialog(CheckedDialog):
    """One contact's fields."""

    def __init__(self, values: core.ContactFields, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contactpersoon"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.name_edit = QLineEdit(values.name, self)
        self.name_edit.setMaxLength(core.LIMITS["name"])
        self.role_edit = QLineEdit(values.role, self)
        self.role_edit.setMaxLength(core.LIMITS["role"])
        self.role_edit.setPlaceholderText(self.tr("bijv. wijkagent, gebiedsmanager"))
        self.email_edit = QLineEdit(values.email, self)
        self.email_edit.setMaxLength(core.LIMITS["email"])
        self.phone_edit = QLineEdit(values.phone, self)
        self.phone_edit.setMaxLength(core.LIMITS["phone"])
        self.public_box = QCheckBox(self.tr("Naam mag op openbare stukken"), self)
        self.public_box.setChecked(values.name_public)
        form.addRow(self.tr("&Naam:"), self.name_edit)
        form.addRow(self.tr("&Functie:"), self.role_edit)
        form.addRow(self.tr("&E-mail (werk):"), self.email_edit)
        form.addRow(self.tr("&Telefoon (werk):"), self.phone_edit)
        form.addRow("", self.public_box)
        self.add_save_buttons(layout)

    def value(self) -> core.ContactFields:
        return core.ContactFields(
            self.name_edit.text(),
            self.role_edit.text(),
            self.email_edit.text(),
            self.phone_edit.text(),
            self.public_box.isChecked(),
        )

    def problem(self) -> str:
        v = self.value()
        if not (v.name.strip() or v.role.strip()):
            return self.tr("Vul een naam of een functie in.")
        email = v.email.strip()
        if email and ("@" not in email or " " in email):
            return self.tr("Dat is geen e-mailadres.")
        return ""


class PartnerContactsDialog(QDialog):
    def __init__(
        self, library: Library, partners: list[tuple[int, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.rows: list[Any] = []
        self.shown: int | None = None  # the partner whose note is in the editor
        self.setWindowTitle(self.tr("Contactpersonen van partners"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Partner:"), self))
        self.partner_combo = QComboBox(self)
        for pid, name in partners:
            self.partner_combo.addItem(name, pid)
        top.itemAt(0).widget().setBuddy(self.partner_combo)  # type: ignore[union-attr]
        top.addWidget(self.partner_combo, 1)
        layout.addLayout(top)
        hint = QLabel(
            self.tr(
                "Werkgegevens van professionals. Op openbare stukken staat alleen de functie, "
                "en de naam als dat is aangevinkt."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setProperty("hint", True)
        layout.addWidget(hint)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Functie"),
                self.tr("E-mail"),
                self.tr("Telefoon"),
                self.tr("Naam openbaar"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemDoubleClicked.connect(lambda *_: self.edit())
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("&Toevoegen…"), self.add),
            (self.tr("&Bewerken…"), self.edit),
            (self.tr("&Verwijderen"), self.delete),
        ):
            button = QPushButton(text, self)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("&Notitie bij deze partner:"), self))
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setMaximumHeight(80)
        layout.itemAt(layout.count() - 1).widget().setBuddy(self.note_edit)  # type: ignore[union-attr]
        layout.addWidget(self.note_edit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.partner_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def partner_id(self) -> int:
        return int(self.partner_combo.currentData())

    def refresh(self) -> None:
        self.save_note()  # the note of the partner shown before, when it was changed
        self.shown = self.partner_id()
        self.rows = core.contacts(self.library, self.partner_id())
        self.table.setRowCount(len(self.rows))
        yes, no = self.tr("ja"), self.tr("nee")
        for r, c in enumerate(self.rows):
            f = c.fields
            for col, text in enumerate(
                (f.name, f.role, f.email, f.phone, yes if f.name_public else no)
            ):
                self.table.setItem(r, col, QTableWidgetItem(text))
        self.note_edit.setPlainText(core.note(self.library, self.partner_id()))

    def selected(self) -> Any | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def add(self) -> None:
        dialog = ContactDialog(core.ContactFields(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            core.add_contact(self.library, self.partner_id(), dialog.value())
            self.refresh()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = ContactDialog(row.fields, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            core.edit_contact(self.library, row.id, dialog.value())
            self.refresh()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        who = row.fields.name or row.fields.role
        answer = QMessageBox.question(
            self,
            self.tr("Contactpersoon verwijderen"),
            arg(
                self.tr(
                    "%1 definitief verwijderen, ook uit de oudere back-ups? Dit kan niet "
                    "ongedaan worden gemaakt."
                ),
                who,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            core.delete_contact(self.library, row.id)
            self.refresh()

    def save_note(self) -> None:
        if self.shown is None:
            return
        text = self.note_edit.toPlainText()
        if text.strip() != core.note(self.library, self.shown):
            core.set_note(self.library, self.shown, text)

    def done(self, result: int) -> None:
        self.save_note()
        super().done(result)
