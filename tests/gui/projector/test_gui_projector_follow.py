"""The beamer follows the counting: a button where counting happens, the ranking at the first
vote, the priorities once fixed; long titles on the ranking and concerns slides wrap."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.documents.slide_data import load_deck
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.pages import VOTING
from buurtdesk.gui.projector.slides import CONCERNS, PRIORITIES, RANKING, TITLE
from buurtdesk.gui.projector.window import ProjectorWindow
from tests.gui.planted_meeting import Planted, build

LONG = (
    "Auto's en scooters rijden veel te hard door de Dordtselaan en de Brabantsestraat, "
    "vooral 's avonds bij de school"
)


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    return build(tmp_path / "follow.buurtdesk", n=8)


def count(area: Any, planted: Planted, tallies: dict[int, int]) -> None:
    for number, votes in tallies.items():
        assert area.commit_tally(planted.ids[number], votes)


def test_the_stemmen_button_puts_the_ranking_on_the_beamer(window: Any, planted: Planted) -> None:
    assert window.files.open_path(planted.path)
    window.show_area(VOTING)
    area = window.controller.voting_area
    assert area.beamer_button.isVisibleTo(area)
    area.beamer_button.click()
    projector = window.projector.projector
    assert projector is not None and projector.isVisible()
    assert projector.index == RANKING
    count(area, planted, {1: 5, 2: 4, 3: 3, 4: 1})
    assert area.choose_priorities()
    assert projector.index == PRIORITIES  # fixed: the room sees the priorities
    projector.go(TITLE)
    area.beamer_button.click()  # again: where the counting is now
    assert projector.index == PRIORITIES
    window.projector.close()


def test_the_first_vote_brings_the_ranking_and_a_black_beamer_stays_black(
    window: Any, planted: Planted
) -> None:
    assert window.files.open_path(planted.path)
    window.projector.action_start.trigger()  # F5: the welcome slide
    projector = window.projector.projector
    assert projector.index == TITLE
    window.show_area(VOTING)
    area = window.controller.voting_area
    count(area, planted, {1: 5})
    assert projector.index == RANKING and not projector.blanked
    projector.go(TITLE)
    count(area, planted, {2: 4})
    assert projector.index == TITLE  # counting goes on: the chair's own choice of slide holds
    window.projector.action_blank.trigger()
    count(area, planted, {3: 3, 4: 1})
    assert area.choose_priorities()
    assert projector.blanked and projector.index == PRIORITIES  # shown when lit again
    window.projector.close()


def painted_on(win: ProjectorWindow, index: int) -> list[str]:
    win.go(index)
    win.current_slide().grab()
    return [p.text for p in win.current_slide().painted]


def test_long_titles_wrap_on_the_ranking_and_concerns_slides(qtbot: Any, planted: Planted) -> None:
    lib = Library(planted.path)
    try:
        for number, votes in ((1, 6), (2, 4), (3, 2)):
            voting.set_tally(lib, planted.meeting, f"K{number}", votes)
        deck = load_deck(lib, planted.meeting)
    finally:
        lib.close()
    assert deck.ranking is not None
    rows = tuple(
        dataclasses.replace(r, title=LONG) if r.code == "K1" else r for r in deck.ranking.rows
    )
    concerns = tuple(
        dataclasses.replace(c, title=LONG) if c.code == "K1" else c for c in deck.concerns
    )
    deck = dataclasses.replace(
        deck, ranking=dataclasses.replace(deck.ranking, rows=rows), concerns=concerns
    )
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.set_deck(deck)
    win.show()
    for index in (RANKING, CONCERNS):
        texts = painted_on(win, index)
        assert not [t for t in texts if t.endswith("…")], index
        joined = " ".join(texts)
        assert all(word in joined for word in LONG.split()), (index, texts)
    win.close()
