"""The Stemmen area says how far the scanned ballots can be trusted."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoStack

from buurtdesk.core.scans.importing import import_scans
from buurtdesk.gui.voting.area import BALLOT_TAB, VotingArea
from tests import scan_helpers as sh
from tests.voting_helpers import build


def test_the_ballot_tab_shows_the_scan_figures(qtbot: Any, tmp_path: Path) -> None:
    setup = build(tmp_path / "s.buurtdesk", n=4)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "approval", 1, tmp_path)
    code = layout["sheets"][0]["boxes"][0]["concern"]
    page = sh.filled(pages[0], layout["sheets"][0], {(code, None): "cross"})
    sh.save(page, tmp_path / "a.png")
    sh.save(page, tmp_path / "b.png")
    (tmp_path / "c.heic").write_bytes(b"\0")
    stack = QUndoStack()
    area = VotingArea(stack)
    qtbot.addWidget(area)
    area.show()
    area.show_meeting(setup.lib, setup.meeting)
    assert area.ballots.scan_label.isHidden()  # nothing scanned yet
    import_scans(setup.lib, setup.meeting, [tmp_path / n for n in ("a.png", "b.png", "c.heic")])
    area.show_meeting(setup.lib, setup.meeting)
    area.tabs.setCurrentIndex(BALLOT_TAB)
    assert not area.ballots.scan_label.isHidden()
    assert area.ballots.scan_label.text() == (
        "Gescand: 3 pagina's gelezen, 1 geteld, 0 wachten, 0 met de hand bevestigd, "
        "1 dubbel, 1 geweigerd (onleesbaar bestand 1)"
    )
    area.close()
    setup.lib.close()


def test_scans_are_read_in_from_the_ballot_tab_and_cancel_stops(
    qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from buurtdesk.gui.voting.scan_import import import_scans as read_in

    setup = build(tmp_path / "s.buurtdesk", n=4)
    pages, layout = sh.print_ballots(setup.lib, setup.meeting, "approval", 2, tmp_path)
    code = layout["sheets"][0]["boxes"][0]["concern"]
    first = sh.save(
        sh.filled(pages[0], layout["sheets"][0], {(code, None): "tick"}), tmp_path / "1.png"
    )
    second = sh.save(pages[1], tmp_path / "2.png")
    area = VotingArea(QUndoStack())
    qtbot.addWidget(area)
    area.show()
    area.show_meeting(setup.lib, setup.meeting)
    assert area.ballots.scans_button.text() == "Scans inlezen…"
    assert read_in(area, [first])
    assert [r.ballot_no for r in area.ballots.model.rows] == ["1"]
    assert "Gescand: 1 pagina's gelezen, 1 geteld" in area.message.text()
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert read_in(area, [second])
    assert area.message.text().startswith("Afgebroken na 0 pagina's.")
    assert [r.ballot_no for r in area.ballots.model.rows] == ["1"]
    area.close()
    setup.lib.close()
