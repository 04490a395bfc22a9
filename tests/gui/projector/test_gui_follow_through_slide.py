"""The slide "Wat is er gedaan?": the reviewed actions, the stalled ones first, no one named."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.documents.slide_data import load_deck
from buurtdesk.core.store.library import Library
from buurtdesk.gui.projector.slides import ACTIONS
from buurtdesk.gui.projector.window import ProjectorWindow
from tests.keeping_helpers import PLANTED, build_five_years


@pytest.fixture(scope="module")
def five_years(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    path = tmp_path_factory.mktemp("slide") / "vijf.buurtdesk"
    _name, planned = build_five_years(path)
    return path, planned


@pytest.fixture
def projector(qtbot: Any, five_years: tuple[Path, int]) -> Iterator[ProjectorWindow]:
    path, planned = five_years
    lib = Library(path)
    deck = load_deck(lib, planned)
    lib.close()
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.set_deck(deck)
    yield win


def test_the_stalled_come_first_with_the_meetings_they_are_open(
    projector: ProjectorWindow, five_years: tuple[Path, int]
) -> None:
    deck = projector.deck
    assert deck is not None
    stalled = [a.stalled for a in deck.previous_actions]
    assert stalled[0] and stalled == sorted(stalled, reverse=True)
    first = deck.previous_actions[0]
    assert first.meetings_open >= 2
    projector.go(ACTIONS)
    slide = projector.current_slide()
    slide.grab().save(str(five_years[0].with_name("wat-is-er-gedaan.png")))
    painted = [p.text for p in slide.painted]
    assert "Wat is er gedaan?" in painted
    assert any(
        t.startswith("Vastgelopen · ") and f"{first.meetings_open} bijeenkomst(en) open" in t
        for t in painted
    ), painted


def test_no_personal_data_on_any_page(projector: ProjectorWindow) -> None:
    projector.go(ACTIONS)
    slide = projector.current_slide()
    for page in range(slide.page_count()):
        projector.go(ACTIONS, page)
        projector.current_slide().grab()
        for text in (p.text for p in projector.current_slide().painted):
            for secret in PLANTED:
                assert secret not in text
