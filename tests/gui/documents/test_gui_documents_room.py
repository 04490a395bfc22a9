"""The Documenten area at 1366 px: no horizontal scroll bar, and the buttons stay where they
are after a PDF is made (even into a long folder without spaces, as on Windows)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QScrollArea

from buurtdesk.gui.pages import DOCUMENTS


def test_making_a_pdf_moves_no_button_and_needs_no_horizontal_scrolling(
    window: Any, demo_file: Path, tmp_path: Path, file_dialogs: Any, qtbot: Any
) -> None:
    window.resize(1366, 700)
    assert window.files.open_path(demo_file)
    window.show_area(DOCUMENTS)
    area = window.controller.documents_area
    scroll = area.findChild(QScrollArea)
    qtbot.wait(20)

    def places() -> list[tuple[int, int]]:
        """Every button's x, and the y of the actions card's own (the cards below it move
        down by the line that says what was made)."""
        buttons = [*area.make_buttons.values(), *area.open_buttons.values()]
        own = (area.make_buttons["actions"], area.open_buttons["actions"])
        return [
            (b.mapTo(area, b.rect().topLeft()).x(), b.mapTo(area, b.rect().topLeft()).y())
            if b in own
            else (b.mapTo(area, b.rect().topLeft()).x(), 0)
            for b in buttons
        ]

    before = places()
    folder = tmp_path / ("Gebruikers_Anna_Documenten_BuurtDesk_Bewonersoverleg_" * 3)
    folder.mkdir()
    file_dialogs.save_name = str(folder / "actielijst-boekweitbuurt-zuid-2026-12-11.pdf")
    area.make_buttons["actions"].click()
    assert area.made["actions"].is_file()
    qtbot.wait(20)
    assert area.status_labels["actions"].isVisible()
    assert places() == before
    body = scroll.widget()
    assert body.minimumSizeHint().width() <= scroll.viewport().width()
    assert not scroll.horizontalScrollBar().isVisible()
