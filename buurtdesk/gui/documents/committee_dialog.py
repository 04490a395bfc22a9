"""Bestand › Gegevens van het overleg: the committee as the sender of what BuurtDesk prints.

Name, postal address and a contact (e-mail or phone), once per neighbourhood; the letters,
the flyer and the forms' privacy notice print them.  The dialog says so, so that a chair
gives the committee's address and not a private one.  Saved as one undoable step.
Imported lazily; it may import the core.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.store.committee import (
    LIMITS,
    Committee,
    load_committee,
    problems,
    save_committee,
)
from buurtdesk.gui.common.dialogs import CheckedDialog
from buurtdesk.gui.common.texts import arg, translate
from buurtdesk.gui.common.undo_base import Refresh, StoreCommand

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.gui.context import WindowContext


class CommitteeDialog(CheckedDialog):
    def __init__(self, committee: Committee, hood: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Gegevens van het overleg"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(
            arg(
                self.tr(
                    "Het overleg van %1 als afzender. Deze gegevens worden afgedrukt: op elke "
                    "terugkoppelingsbrief, op de uitnodiging en in de privacytekst van de "
                    "meldformulieren. Gebruik het adres van het overleg of het buurthuis, "
                    "nooit uw eigen huisadres."
                ),
                hood,
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name_edit = QLineEdit(committee.name, self)
        self.name_edit.setMaxLength(LIMITS["name"])
        self.name_edit.setPlaceholderText(self.tr("bijv. Bewonersoverleg %1").replace("%1", hood))
        self.address_edit = QPlainTextEdit(committee.address, self)
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setPlaceholderText(
            self.tr("p/a Buurthuis De Zaaier\nZaaierstraat 1\n1234 AB Plaats")
        )
        self.address_edit.setFixedHeight(90)
        self.contact_edit = QLineEdit(committee.contact, self)
        self.contact_edit.setMaxLength(LIMITS["contact"])
        self.contact_edit.setPlaceholderText(
            self.tr("e-mailadres of telefoonnummer van het overleg")
        )
        form.addRow(self.tr("&Naam:"), self.name_edit)
        form.addRow(self.tr("&Postadres:"), self.address_edit)
        form.addRow(self.tr("&Contact:"), self.contact_edit)
        for label, edit in (
            (self.tr("Naam van het overleg"), self.name_edit),
            (self.tr("Postadres van het overleg"), self.address_edit),
            (self.tr("Contact van het overleg"), self.contact_edit),
        ):
            edit.setAccessibleName(label)
        layout.addLayout(form)
        layout.addStretch(1)
        self.add_save_buttons(layout)

    def value(self) -> Committee:
        return Committee(
            self.name_edit.text(), self.address_edit.toPlainText(), self.contact_edit.text()
        )

    def problem(self) -> str:
        if problems(self.value()):
            self.address_edit.setFocus()
            return arg(self.tr("Het postadres is te lang: hoogstens %1 tekens."), LIMITS["address"])
        return ""


class CommitteeCommand(StoreCommand):
    """The committee's details written; undo writes back those read before."""

    def __init__(
        self, lib: Library, refresh: Refresh, hood_id: int, new: Committee, before: Committee
    ) -> None:
        super().__init__(translate("Overleg", "gegevens van het overleg"), refresh)
        self.lib, self.hood_id, self.new, self.before = lib, hood_id, new, before

    def apply(self) -> None:
        save_committee(self.lib, self.hood_id, self.new)

    def revert(self) -> None:
        save_committee(self.lib, self.hood_id, self.before)


def edit_committee(window: WindowContext) -> None:
    """Show the dialog for the neighbourhood in view; save what was typed as one step."""
    controller = window.controller
    hood_id = controller.current_neighbourhood_id() if controller.library else None
    if controller.library is None or hood_id is None:
        window.statusBar().showMessage(translate("Overleg", "Kies eerst een buurt."), 4000)
        return
    lib = controller.library
    hood = next((h.name for h in lib.neighbourhoods() if h.id == hood_id), "")
    dialog = CommitteeDialog(load_committee(lib, hood_id), hood, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    before = save_committee(lib, hood_id, dialog.value())
    window.undo_stack.push(CommitteeCommand(lib, lambda: None, hood_id, dialog.value(), before))
