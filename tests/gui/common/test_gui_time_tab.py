"""Tab leaves the start-time field (new meeting, Gegevens › Begintijd) instead of stepping from
the hour to the minute, so the next fields get what is typed for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


def shown(qtbot: Any, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    return dialog


def type_in(qtbot: Any, dialog: QDialog, text: str) -> None:
    widget = dialog.focusWidget()
    assert widget is not None
    qtbot.keyClicks(widget, text)


def tab(qtbot: Any, dialog: QDialog, back: bool = False) -> None:
    widget = dialog.focusWidget()
    assert widget is not None
    if back:
        qtbot.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Tab)


def test_tab_leaves_the_time_of_a_new_meeting(qtbot: Any) -> None:
    from buurtdesk.gui.common.dialogs import NewMeetingDialog

    dialog = shown(qtbot, NewMeetingDialog(today=dt.date(2026, 12, 1)))
    dialog.date_edit.setFocus(Qt.FocusReason.TabFocusReason)
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.time_edit
    type_in(qtbot, dialog, "2015")
    tab(qtbot, dialog)
    assert dialog.focusWidget() is dialog.location_edit
    type_in(qtbot, dialog, "Buurthuis")
    tab(qtbot, dialog)
    type_in(qtbot, dialog, "Anna")
    value = dialog.value()
    assert (value.start_time, value.location, value.chair) == (dt.time(20, 15), "Buurthuis", "Anna")
    tab(qtbot, dialog, back=True)
    tab(qtbot, dialog, back=True)
    assert dialog.focusWidget() is dialog.time_edit
    tab(qtbot, dialog, back=True)  # from the hour or the minute alike: out, to the date
    assert dialog.focusWidget() is dialog.date_edit


def test_tab_leaves_begintijd_in_gegevens(qtbot: Any) -> None:
    from buurtdesk.core.store.meeting_details import MeetingDetails
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    details = MeetingDetails(dt.time(19, 30), "", "", None, (), ())
    dialog = shown(qtbot, MeetingDetailsDialog(details))
    dialog.time_edit.setFocus(Qt.FocusReason.TabFocusReason)
    assert dialog.time_edit.currentSection() == dialog.time_edit.Section.HourSection
    tab(qtbot, dialog)  # 19:30 stays: straight on to the location
    assert dialog.focusWidget() is dialog.location_edit
    type_in(qtbot, dialog, "De Ster")
    assert dialog.location_edit.text() == "De Ster"
    assert dialog.time_edit.time().hour() == 19 and dialog.time_edit.time().minute() == 30
