"""Bestand › Gegevens van het overleg (printed, says so; undoable) and the entry form's postal
fields (postcode, town, the letter's language; skipped by Enter when no address is given)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from buurtdesk.core.store.committee import Committee, load_committee
from buurtdesk.core.store.models import Submitter
from tests.gui.concerns.test_gui_concerns_entry import SHOWN, focused, open_form, press, type_here


def test_the_committee_dialog_says_it_is_printed_and_saves_undoably(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    from buurtdesk.gui.documents import committee_dialog

    window.files.open_path(hood_file.path)
    shown: list[str] = []

    def fill(dialog: Any) -> int:
        shown.append(dialog.findChildren(committee_dialog.QLabel)[0].text())
        dialog.name_edit.setText("Bewonersoverleg Oud-Charlois")
        dialog.address_edit.setPlainText("p/a Buurthuis De Ster\nSterplein 1\n3081 AB Rotterdam")
        dialog.contact_edit.setText("overleg@charlois.example")
        dialog.accept()
        return int(QDialog.DialogCode.Accepted)

    monkeypatch.setattr(committee_dialog.CommitteeDialog, "exec", fill)
    assert window.action_committee.text() == "&Gegevens van het overleg…"
    window.action_committee.trigger()
    assert "worden afgedrukt" in shown[0] and "nooit uw eigen huisadres" in shown[0]
    lib, hood = window.controller.library, window.controller.current_neighbourhood_id()
    assert load_committee(lib, hood) == Committee(
        "Bewonersoverleg Oud-Charlois",
        "p/a Buurthuis De Ster\nSterplein 1\n3081 AB Rotterdam",
        "overleg@charlois.example",
    )
    window.undo_stack.undo()
    assert load_committee(lib, hood) == Committee()
    window.undo_stack.redo()
    assert load_committee(lib, hood).name == "Bewonersoverleg Oud-Charlois"


def test_an_overlong_committee_address_is_refused_inline(qtbot: Any) -> None:
    from buurtdesk.gui.documents.committee_dialog import CommitteeDialog

    dialog = CommitteeDialog(Committee(), "Oud-Charlois")
    qtbot.addWidget(dialog)
    dialog.address_edit.setPlainText("x" * 301)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "hoogstens 300 tekens" in dialog.error_label.text()


def test_the_entry_form_keeps_postcode_town_and_language(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window.files.open_path(hood_file.path)
    form = open_form(window, monkeypatch)
    SHOWN[:] = [form]
    form.description_edit.setPlainText("Losse tegels")
    form.name_edit.setText("Ans")
    form.address_edit.setText("Kerkstraat 3")
    form.address_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.postcode_edit  # an address given: its postcode and town next
    type_here(qtbot, "3081ab")
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.town_edit
    type_here(qtbot, "Rotterdam")
    form.language_combo.setCurrentIndex(form.language_combo.findData("en"))
    assert [form.language_combo.itemText(i) for i in range(3)] == [
        "taal van de documenten", "Nederlands", "Engels"
    ]  # fmt: skip
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    with window.controller.library.session() as s:
        person = s.scalars(select(Submitter).where(Submitter.name == "Ans")).one()
        assert (person.postcode, person.town, person.language) == ("3081 AB", "Rotterdam", "en")
    assert form.postcode_edit.text() == "" and form.language_combo.currentIndex() == 0


def test_enter_in_an_empty_address_skips_postcode_and_town(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any
) -> None:
    window.files.open_path(hood_file.path)
    form = open_form(window, monkeypatch)
    SHOWN[:] = [form]
    form.address_edit.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.feedback_check
