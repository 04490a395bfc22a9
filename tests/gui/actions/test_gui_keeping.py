"""The window's follow-through tools: reminders from the Acties area, the dossier card in
Documenten, the review's stalled marks, and the partners' contacts dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox

from buurtdesk.core.actions import edit
from buurtdesk.core.actions.follow_up import ActionFields
from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.privacy import contacts as core_contacts
from buurtdesk.gui.actions.area import ActionsArea
from buurtdesk.gui.documents.area import DocumentsArea
from buurtdesk.gui.documents.partner_contacts_dialog import ContactDialog, PartnerContactsDialog
from tests.action_helpers import DATES, Hood, make_hood
from tests.doc_helpers import pdf_text


@pytest.fixture
def hood(tmp_path: Path) -> Iterator[Hood]:
    h = make_hood(tmp_path / "bijhouden.buurtdesk")
    fields = ActionFields("Snelheidscontroles", h.partners["Politie"], "Piet", DATES[0], 4.0)
    edit.add_action(h.lib, h.priorities["Te hard rijden"], fields)
    yield h
    h.lib.close()


@pytest.fixture
def area(qtbot: Any, hood: Hood) -> ActionsArea:
    stack = QUndoStack()
    widget = ActionsArea(stack)
    widget._test_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    return widget


def test_reminders_from_the_acties_area(
    area: ActionsArea, hood: Hood, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    out = tmp_path / "brieven"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(out))
    hood.lib.set_meeting_status(hood.meetings[0], MeetingStatus.CLOSED)
    area.show_meeting(hood.lib, hood.meetings[0], DATES[0])
    area.reminders_button.click()  # a meeting already held: the next one is named
    assert "al gehouden" in said[-1] and DATES[1].strftime("%d-%m-%Y") in said[-1]
    assert not list(out.iterdir())
    area.show_meeting(hood.lib, hood.meetings[1], DATES[1])
    area.reminders_button.click()
    assert (out / "herinnering-politie.pdf").is_file()
    assert (out / "herinneringen.csv").is_file()
    assert "Piet" not in pdf_text(out / "herinnering-politie.pdf")
    assert "1 brief(en)" in said[-1]


def test_the_review_marks_the_stalled(area: ActionsArea, hood: Hood) -> None:
    fourth = hood.lib.add_meeting(hood.hood, dt.date(2026, 12, 3))
    for m in hood.meetings:
        hood.lib.set_meeting_status(m, MeetingStatus.CLOSED)
    area.show_meeting(hood.lib, fourth, dt.date(2026, 12, 3))
    item = area.review_tree.topLevelItem(0)
    assert item.text(3) == "open · vastgelopen · 2 bijeenkomst(en) open"
    assert item.font(3).bold()


def test_the_dossier_card(
    qtbot: Any, hood: Hood, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    documents = DocumentsArea()
    qtbot.addWidget(documents)
    target = tmp_path / "dossier.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    card = documents.dossier_card
    assert not card.make_button.isEnabled()
    documents.show_meeting(hood.lib, hood.lib.meetings()[0])
    assert card.make_button.isEnabled()
    assert card.make() == target
    assert "Overdrachtsdossier" in pdf_text(target)
    assert card.open_button.isEnabled()


def test_the_contacts_dialog_adds_edits_and_deletes(
    qtbot: Any, hood: Hood, monkeypatch: pytest.MonkeyPatch
) -> None:
    partners = [(pid, name) for name, pid in hood.partners.items()]
    dialog = PartnerContactsDialog(hood.lib, partners)
    qtbot.addWidget(dialog)
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Politie"))
    filled = core_contacts.ContactFields("Karin", "wijkagent", "k@politie.nl", "0101234567")
    monkeypatch.setattr(ContactDialog, "exec", lambda self: 1)
    monkeypatch.setattr(ContactDialog, "value", lambda self: filled)
    dialog.add()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "wijkagent"
    dialog.note_edit.setPlainText("Spreekuur op dinsdag")
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Gemeente"))
    assert core_contacts.note(hood.lib, hood.partners["Politie"]) == "Spreekuur op dinsdag"
    dialog.partner_combo.setCurrentIndex(dialog.partner_combo.findText("Politie"))
    dialog.table.setCurrentCell(0, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.resize(720, 460)
    dialog.grab().save(str(Path(hood.lib.path).with_name("contacten.png")))
    dialog.delete()
    assert dialog.table.rowCount() == 0
    assert core_contacts.contacts(hood.lib) == []


def test_the_contact_form_refuses_an_empty_or_bad_contact(qtbot: Any) -> None:
    form = ContactDialog(core_contacts.ContactFields())
    qtbot.addWidget(form)
    form.accept()
    assert form.error_label.text() == "Vul een naam of een functie in."
    form.name_edit.setText("Jan")
    form.email_edit.setText("jan bij politie")
    form.accept()
    assert form.error_label.text() == "Dat is geen e-mailadres."
