"""The projector from the main window: Beeld › Beamer…, F5, live ranking, and the PNG export."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QInputDialog

from buurtdesk.gui.pages import VOTING
from buurtdesk.gui.projector.slides import RANKING, TITLE
from tests.gui.planted_meeting import Planted, build


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build(tmp_path / "live.buurtdesk", n=14)


def test_f5_starts_and_the_ranking_follows_each_commit(
    qtbot: Any, window: Any, planted: Planted
) -> None:
    assert window.files.open_path(planted.path)
    control = window.projector
    assert QKeySequence("F5") == control.action_start.shortcut()
    assert control.action_start in window.view_menu.actions()
    control.action_start.trigger()
    projector = control.projector
    assert projector is not None and projector.isVisible()
    assert projector.index == TITLE and not projector.isFullScreen()  # one screen
    control.action_next.trigger()
    control.action_next.trigger()
    assert projector.index > TITLE
    projector.go(RANKING)
    slide = projector.current_slide()
    window.show_area(VOTING)
    area = window.controller.voting_area
    assert area.commit_tally(planted.ids[7], 4)
    assert slide.ranking is not None and slide.ranking.rows[0].code == "K7"
    assert slide.animation.state() == slide.animation.State.Running
    slide.animation.setCurrentTime(slide.animation.duration())  # the glide, finished
    assert slide.animation.state() == slide.animation.State.Stopped
    before = slide.paint_count
    assert area.commit_tally(planted.ids[9], 6)
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    assert slide.paint_count > before
    slide.grab()
    texts = [p.text for p in slide.painted]
    assert texts.index("1") < texts.index("2")
    assert any(t.startswith("K9 ") for t in texts[: texts.index("2")])
    control.action_blank.trigger()
    assert projector.blanked
    window.close()
    assert not projector.isVisible()  # never outlives the main window


def test_choose_screen_dialog_starts_on_the_chosen_screen(
    window: Any, planted: Planted, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.files.open_path(planted.path)
    asked: list[list[str]] = []

    def pick(_parent: Any, _title: str, _label: str, names: list[str], *_a: Any) -> Any:
        asked.append(names)
        return names[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(pick))
    window.projector.action_choose.trigger()
    assert asked and asked[0][0].startswith("Scherm 1")
    assert window.projector.chosen_screen == 0
    assert window.projector.projector.isVisible()
    window.projector.close()


def test_export_slides_writes_full_hd_pngs(planted: Planted, tmp_path: Path) -> None:
    out = tmp_path / "dias"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "buurtdesk",
            "export",
            "slides",
            "--db",
            str(planted.path),
            "--meeting",
            str(planted.meeting),
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    files = sorted(out.glob("*.png"))
    assert len(files) >= 6
    assert [f.name for f in files][0] == "01-titel.png"
    assert {f.name[:2] for f in files} == {"01", "02", "03", "04", "05", "06"}
    for f in files:
        image = QImage(str(f))
        assert (image.width(), image.height()) == (1920, 1080)
    wrong = subprocess.run(
        [
            sys.executable,
            "-m",
            "buurtdesk",
            "export",
            "slides",
            "--db",
            str(planted.path),
            "--meeting",
            "999",
            "-o",
            str(tmp_path / "x"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert wrong.returncode == 1
    assert wrong.stderr.strip().count("\n") == 0 and "999" in wrong.stderr
    assert "Traceback" not in wrong.stderr
