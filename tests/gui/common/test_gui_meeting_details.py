"""Bijeenkomst › Gegevens van de bijeenkomst: place, chair, who came, hours, agenda; undoable."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialog


def test_details_are_entered_shown_and_undone(
    window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.core.store.meeting_details import load_details
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    window.files.open_path(hood_file.path)
    seen: list[Any] = []

    def fill_in(dialog: MeetingDetailsDialog) -> int:
        seen.append(dialog)
        dialog.location_edit.setText("Wijkcentrum De Focus")
        dialog.chair_edit.setText("Karin de Wit")
        dialog.residents_spin.setValue(12)
        dialog.partner_table.cellWidget(0, 1).setCurrentIndex(1)  # ja
        dialog.partner_table.cellWidget(0, 3).setValue(40)
        dialog.add_item("Nieuws van handhaving", "14 containers, 6 boetes")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(MeetingDetailsDialog, "exec", fill_in)
    window.action_meeting_details.trigger()
    assert seen and seen[0].result() == QDialog.DialogCode.Accepted
    assert "Wijkcentrum De Focus" in window.meeting_details.text()
    assert "Karin de Wit" in window.meeting_details.text()
    meeting = window.controller.current_meeting().id
    details = load_details(window.controller.library, meeting)
    assert details.residents_present == 12
    assert (details.partners[0].present, details.partners[0].hours_offered) == (True, 40.0)
    assert details.agenda[-1].notes == "14 containers, 6 boetes"
    window.undo_stack.undo()
    assert "Karin de Wit" not in window.meeting_details.text()
    assert load_details(window.controller.library, meeting).residents_present is None


def test_an_agenda_item_without_title_is_refused(qtbot: Any) -> None:
    import datetime as dt

    from buurtdesk.core.store.meeting_details import MeetingDetails
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    details = MeetingDetails(dt.time(19, 30), "", "", None, (), ())
    dialog = MeetingDetailsDialog(details)
    qtbot.addWidget(dialog)
    dialog.add_item("", "een aantekening zonder titel")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "titel" in dialog.error_label.text() and dialog.tabs.currentIndex() == 2


def test_long_agenda_texts_wrap_instead_of_being_cut(qtbot: Any) -> None:
    import datetime as dt

    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QFontMetrics

    from buurtdesk.core.store.meeting_details import AgendaLine, MeetingDetails
    from buurtdesk.gui.documents.meeting_details_dialog import MeetingDetailsDialog

    line = AgendaLine(
        "Terugblik op de acties van de vorige keer, met de wijkagent en de gebiedsmanager",
        "De wijkagent vertelt over de snelheidscontroles bij de school en de handhaving "
        "vertelt over de containers aan de Putselaan en de boetes van de afgelopen weken",
    )
    details = MeetingDetails(dt.time(19, 30), "", "", None, (), (line,))
    dialog = MeetingDetailsDialog(details)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(2)
    table = dialog.agenda_table
    qtbot.waitUntil(lambda: table.isVisible())

    def fits(column: int) -> bool:
        item = table.item(0, column)
        rect = table.visualItemRect(item)
        needed = QFontMetrics(table.font()).boundingRect(
            QRect(0, 0, rect.width() - 8, 100000), int(Qt.TextFlag.TextWordWrap), item.text()
        )
        return rect.height() >= needed.height()

    qtbot.waitUntil(lambda: fits(0) and fits(1), timeout=1000)
