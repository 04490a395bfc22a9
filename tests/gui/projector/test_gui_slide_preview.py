"""The slide the room sees, small and numbered, in the main window while the projector runs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from buurtdesk.gui.pages import VOTING
from buurtdesk.gui.projector.slides import RANKING
from tests.gui.planted_meeting import Planted, build


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build(tmp_path / "preview.buurtdesk", n=14)


def test_the_preview_follows_the_projector(qtbot: Any, window: Any, planted: Planted) -> None:
    assert window.files.open_path(planted.path)
    control = window.projector
    assert control.preview is None  # nothing until the projector starts
    control.action_start.trigger()
    preview = control.preview
    assert preview is not None and preview.isVisible()
    assert preview.caption.text() == "Dia 1 van 6: Welkom"
    assert preview.picture.pixmap() is not None and not preview.picture.pixmap().isNull()
    control.action_next.trigger()
    qtbot.waitUntil(lambda: preview.caption.text().startswith("Dia 2 van 6"), timeout=2000)
    control.projector.go(RANKING)
    qtbot.waitUntil(lambda: "Dia 4 van 6: Ranglijst" in preview.caption.text(), timeout=2000)
    before = preview.picture.pixmap().toImage()
    window.show_area(VOTING)
    assert window.controller.voting_area.commit_tally(planted.ids[7], 4)
    qtbot.waitUntil(lambda: preview.picture.pixmap().toImage() != before, timeout=2000)
    control.action_blank.trigger()
    assert "beamer op zwart" in preview.caption.text()
    control.action_close.trigger()
    assert not preview.isVisible()


def test_the_side_bar_and_the_slide_number_a_page_alike(
    qtbot: Any, window: Any, tmp_path: Path
) -> None:
    from buurtdesk.gui.projector.slides import CONCERNS

    many = build(tmp_path / "many.buurtdesk", n=30)  # the concerns take two pages
    assert window.files.open_path(many.path)
    control = window.projector
    control.action_start.trigger()
    projector = control.projector
    projector.go(CONCERNS, 1)
    slide = projector.current_slide()
    pages = slide.page_count()
    assert pages > 1
    qtbot.waitUntil(lambda: "pagina 2 van" in control.preview.caption.text(), timeout=2000)
    slide.grab()
    painted = [p.text for p in slide.painted]
    said = f"pagina 2 van {pages}"
    assert said in painted  # the footer says what the side bar says
    assert control.preview.caption.text().endswith(said)
    control.action_close.trigger()
