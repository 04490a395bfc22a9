"""At 1366x768 (a window of 1366x700 inside it) the Stemmen area shows ten ranking rows, with a
tie at the cut and a message above; a settled tie lists the chosen concern first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.pages import VOTING
from tests.gui.planted_meeting import build


def test_ten_ranking_rows_show_on_a_small_screen_and_the_chosen_lead_a_settled_tie(
    window: Any, tmp_path: Path, qtbot: Any
) -> None:
    planted = build(tmp_path / "room.buurtdesk", n=14)
    lib = Library(planted.path)
    try:
        for number, count in ((1, 9), (2, 6), (3, 4), (4, 4), (5, 1)):
            voting.set_tally(lib, planted.meeting, f"K{number}", count)
    finally:
        lib.close()
    window.resize(1366, 700)
    assert window.files.open_path(planted.path)
    window.show_area(VOTING)
    area = window.controller.voting_area
    area.show_message("K5: 1 geteld.")
    qtbot.waitUntil(lambda: area.tie_frame.isVisible())
    table = area.ranking_table
    qtbot.wait(50)
    shown = table.rowAt(table.viewport().height() - 2) + 1
    assert shown >= 10, shown
    lib = window.controller.library
    voting.resolve_tie(lib, planted.meeting, [planted.ids[4]], "agreed", "ligt bij de school")
    area.refresh()
    codes = [area.ranking_model.index(r, 1).data() for r in range(5)]
    assert codes == ["K1", "K2", "K4", "K3", "K5"]  # K4, chosen, above K3 it beat
