"""Dates typed as dd-mm-jjjj, keystroke by keystroke, in every dialog that asks for one.

The entry form reads a typed date with the same parser; a date entry that skips a section on
"-" (01-03-2027 saved as 01-01-2027) must never come back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from buurtdesk.gui.actions.dialogs import ActionDialog, ActionUpdateDialog
from buurtdesk.gui.common.dialogs import NewMeetingDialog


def type_over(qtbot: Any, field: QWidget, text: str) -> None:
    """Select what the field holds and type ``text`` one key at a time, as a person does."""
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    for char in text:
        qtbot.keyClick(field, char)


def typed_into(qtbot: Any, make: Any, typed: str) -> Any:
    """A new dialog, shown, its other required fields filled, ``typed`` in its date field."""
    dialog = make()
    qtbot.addWidget(dialog)
    dialog.show()
    if isinstance(dialog, ActionDialog):
        dialog.description_edit.setPlainText("Snelheidscontroles")
    type_over(qtbot, _field(dialog), typed)
    return dialog


class _Action:
    description = "Snelheidscontroles"
    owner = "Politie"
    status = "open"


def _dialogs() -> list[tuple[str, Any]]:
    return [
        ("action", lambda: ActionDialog(None, [(1, "1. K1")], [], today=dt.date(2026, 12, 3))),
        ("update", lambda: ActionUpdateDialog(None, _Action(), dt.date(2026, 12, 3))),
        ("meeting", lambda: NewMeetingDialog(today=dt.date(2026, 12, 3))),
    ]


def _field(dialog: Any) -> QWidget:
    return dialog.due_edit if isinstance(dialog, ActionDialog) else dialog.date_edit


def _value(dialog: Any) -> dt.date | None:
    value = dialog.value()
    return value.due_date if isinstance(dialog, ActionDialog) else value.date


@pytest.mark.parametrize(("name", "make"), _dialogs(), ids=[n for n, _ in _dialogs()])
@pytest.mark.parametrize(
    ("typed", "day"),
    [
        ("01-03-2027", dt.date(2027, 3, 1)),
        ("1-3-2027", dt.date(2027, 3, 1)),
        ("31-12-2026", dt.date(2026, 12, 31)),
        ("15/06/2027", dt.date(2027, 6, 15)),
        ("2027-03-01", dt.date(2027, 3, 1)),
    ],
)
def test_a_typed_date_is_saved_as_typed(
    qtbot: Any, name: str, make: Any, typed: str, day: dt.date
) -> None:
    dialog = typed_into(qtbot, make, typed)
    assert _value(dialog) == day
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.parametrize(("name", "make"), _dialogs(), ids=[n for n, _ in _dialogs()])
@pytest.mark.parametrize(
    ("typed", "words"),
    [("31-02-2027", "Dag 31 bestaat niet"), ("01-13-2027", "maand"), ("1-3-27", "jaartal")],
)
def test_an_impossible_date_is_refused_inline(
    qtbot: Any, name: str, make: Any, typed: str, words: str
) -> None:
    dialog = typed_into(qtbot, make, typed)
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert words in dialog.error_label.text()
    assert dialog.focusWidget() is _field(dialog)
    assert _field(dialog).text() == typed  # what was typed stays, to be corrected


def test_the_fields_show_their_dates_as_dd_mm_jjjj(qtbot: Any) -> None:
    meeting = NewMeetingDialog(today=dt.date(2026, 12, 20))
    qtbot.addWidget(meeting)
    assert meeting.date_edit.text() == "03-01-2027"
    action = ActionDialog(None, [(1, "1. K1")], [], today=dt.date(2026, 12, 3))
    qtbot.addWidget(action)
    assert action.due_edit.text() == "14-01-2027"  # six weeks ahead
    assert action.due_edit.placeholderText() == "dd-mm-jjjj"
