"""The small forms: they check input inline and hand back plain values."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from buurtdesk.gui.common.dialogs import NewMeetingDialog, NewNeighbourhoodDialog
from buurtdesk.gui.common.uiload import child


def click_ok(qtbot: Any, dialog: QDialog) -> None:
    box = child(dialog, QDialogButtonBox, "buttonBox")
    qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_new_neighbourhood_refuses_an_empty_name(qtbot: Any) -> None:
    dialog = NewNeighbourhoodDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText("   ")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error_label.isVisible()
    assert "naam" in dialog.error_label.text()

    qtbot.keyClicks(dialog.name_edit, "Afrikaanderwijk")
    assert not dialog.error_label.isVisible()  # typing clears the message
    click_ok(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.value().name == "Afrikaanderwijk"


def test_new_neighbourhood_refuses_a_name_in_use(qtbot: Any) -> None:
    dialog = NewNeighbourhoodDialog(taken=["Oud-Charlois"])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name_edit.setText(" oud-charlois ")
    click_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "Oud-Charlois".casefold() in dialog.error_label.text().casefold()


def test_new_meeting_defaults_two_weeks_ahead_at_half_past_seven(qtbot: Any) -> None:
    dialog = NewMeetingDialog(location="Buurthuis De Ster", today=dt.date(2026, 12, 20))
    qtbot.addWidget(dialog)
    assert dialog.date_edit.text() == "03-01-2027"
    value = dialog.value()
    assert value.date == dt.date(2027, 1, 3)
    assert value.start_time == dt.time(19, 30)
    assert value.location == "Buurthuis De Ster"
    assert value.chair == ""


def test_new_meeting_buttons_speak_dutch(qtbot: Any) -> None:
    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    box = child(dialog, QDialogButtonBox, "buttonBox")
    texts = {button.text() for button in box.buttons()}
    assert texts == {"Bijeenkomst toevoegen", "Annuleren"}
    assert dialog.windowTitle() == "Nieuwe bijeenkomst"
