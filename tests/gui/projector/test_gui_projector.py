"""The projector: every slide legible (1/30 rule) and free of personal data, keys, placement."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication

from buurtdesk.core.documents.slide_data import SlideAction, SlidePriority, load_deck
from buurtdesk.core.store.library import Library
from buurtdesk.core.text import public_street
from buurtdesk.core.voting import counting as voting
from buurtdesk.gui.common import texts as gui_texts
from buurtdesk.gui.projector.slides import ACTIONS, CLOSING, CONCERNS, PRIORITIES, RANKING, TITLE
from buurtdesk.gui.projector.window import ProjectorWindow, placement
from tests.gui.planted_meeting import Planted, build, leaks


@pytest.fixture
def planted(tmp_path: Path) -> Planted:
    made = build(tmp_path / "beamer.buurtdesk", n=14)
    lib = Library(made.path)
    try:  # votes with a tie at the cut (two places), then resolved, and priorities stored
        voting.set_method(lib, made.meeting, priorities=2)
        for number, count in ((1, 6), (2, 5), (3, 5), (4, 2), (12, 1)):
            voting.set_tally(lib, made.meeting, f"K{number}", count)
        voting.resolve_tie(lib, made.meeting, [made.ids[3]], "revote")
        voting.choose_priorities(lib, made.meeting)
    finally:
        lib.close()
    return made


@pytest.fixture
def projector(qtbot: Any, planted: Planted) -> Iterator[ProjectorWindow]:
    lib = Library(planted.path)
    deck = load_deck(lib, planted.meeting)
    lib.close()
    win = ProjectorWindow()
    qtbot.addWidget(win)
    win.resize(1280, 720)
    win.set_deck(deck)
    win.show()
    yield win
    win.close()


def every_page(win: ProjectorWindow) -> Iterator[tuple[int, int]]:
    for index, slide in enumerate(win.slides):
        for page in range(slide.page_count()):
            yield index, page


def test_street_names_lose_their_house_numbers() -> None:
    assert public_street("Tarwestraat 12") == "Tarwestraat"
    assert public_street("Korte Zuid-dwarsstraat 7a-II") == "Korte Zuid-dwarsstraat"
    assert public_street("Mijnkade") == "Mijnkade"
    assert public_street("2e Hugo de Grootstraat") == "2e Hugo de Grootstraat"
    assert public_street("2e Hugo de Grootstraat 14, 3072 AB Rotterdam") == "2e Hugo de Grootstraat"


def test_every_slide_is_legible_and_private(projector: ProjectorWindow) -> None:
    height = projector.height()
    painted_all: list[str] = []
    for index, page in every_page(projector):
        projector.go(index, page)
        slide = projector.current_slide()
        slide.grab()  # paints through paintEvent, recording every string
        texts = [p.text for p in slide.painted]
        assert texts, f"slide {index} page {page} painted no text"
        assert min(p.pixel_size for p in slide.painted) * 30 >= slide.height() == height
        assert leaks(texts) == [], f"slide {index} page {page} shows personal data"
        painted_all += texts
    joined = "\n".join(painted_all)
    # The public facts do reach the screen (so the privacy check looks at real text).
    assert "Tarwewijk" in joined and "Te hard rijden (Tarwestraat)" in joined
    assert "3 bewoners" in joined and "Snelheidscontrole op de Tarwestraat" in joined
    assert "Politie" in joined and "Gekozen prioriteiten" in joined
    assert "+ 9 meer" in joined  # 14 concerns, the five with votes shown


def test_ranking_slide_marks_the_top_and_ties(projector: ProjectorWindow) -> None:
    projector.go(RANKING)
    slide = projector.current_slide()
    slide.grab()
    texts = [p.text for p in slide.painted]
    assert texts.index("1") < texts.index("=2")  # K2 and K3 share place 2
    assert texts.count("=2") == 2
    assert any(t.startswith("K1 Te hard rijden") for t in texts)


def test_priorities_slide_lists_the_chosen(projector: ProjectorWindow) -> None:
    projector.go(PRIORITIES)
    slide = projector.current_slide()
    slide.grab()
    texts = [p.text for p in slide.painted]
    assert "K1  Te hard rijden" in texts and any(t.startswith("K3  ") for t in texts)
    assert not any(t.startswith("K2  ") for t in texts)


def test_keys_step_blank_and_leave_full_screen(qtbot: Any, projector: ProjectorWindow) -> None:
    assert projector.index == TITLE
    qtbot.keyClick(projector, Qt.Key.Key_Right)
    assert projector.index == ACTIONS
    qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert (projector.index, projector.current_slide().page) == (CONCERNS, 0)
    pages = projector.current_slide().page_count()
    for _ in range(pages):
        qtbot.keyClick(projector, Qt.Key.Key_PageDown)
    assert projector.index == RANKING
    qtbot.keyClick(projector, Qt.Key.Key_PageUp)
    assert (projector.index, projector.current_slide().page) == (CONCERNS, pages - 1)
    qtbot.keyClick(projector, Qt.Key.Key_Left)
    assert projector.index == CONCERNS or projector.current_slide().page == pages - 2
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert projector.blanked and projector.stack.currentWidget() is projector.blank_page
    qtbot.keyClick(projector, Qt.Key.Key_B)
    assert not projector.blanked and projector.stack.currentWidget() is projector.current_slide()
    qtbot.keyClick(projector, Qt.Key.Key_F5)
    assert projector.index == TITLE
    assert projector.isFullScreen()
    assert projector.geometry() == projector.screen().geometry()
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isFullScreen()


class FakeScreen:
    def __init__(self, rect: QRect) -> None:
        self.rect = rect

    def geometry(self) -> QRect:
        return self.rect


def test_placement_picks_the_other_screen_full_screen() -> None:
    laptop, beamer = FakeScreen(QRect(0, 0, 1366, 768)), FakeScreen(QRect(1366, 0, 1920, 1080))
    where = placement([laptop, beamer], None, own=0)
    assert where.full_screen and where.screen_index == 1
    assert where.geometry == QRect(1366, 0, 1920, 1080)
    assert placement([laptop, beamer], 0, own=0).geometry == laptop.rect  # chosen explicitly
    single = placement([laptop])
    assert not single.full_screen
    assert laptop.rect.contains(single.geometry) and single.geometry.width() < 1366


def test_place_sets_the_screen_geometry_before_full_screen(projector: ProjectorWindow) -> None:
    screens = QGuiApplication.screens()
    target = screens[0].geometry()
    projector.place(placement([FakeScreen(QRect(5, 5, 10, 10)), screens[0]], 1), [None, *screens])
    assert projector.isFullScreen()
    assert projector.geometry() == target
    projector.place(placement(screens), screens)  # one real screen: a normal window
    assert not projector.isFullScreen()


def test_ranking_shows_about_ten_then_how_many_more(qtbot: Any) -> None:
    import datetime as dt

    from buurtdesk.core.documents.slide_data import Deck
    from buurtdesk.core.voting.ranking import Candidate, rank
    from buurtdesk.gui.projector.slides.ranking import RankingSlide

    candidates = [Candidate(i, i, f"Knelpunt {i}") for i in range(1, 34)]
    ranking = rank(candidates, {i: float(40 - i) for i in range(1, 34)}, 3, method="dots")
    slide = RankingSlide()
    qtbot.addWidget(slide)
    slide.resize(1600, 900)
    slide.set_deck(Deck(1, "Tarwewijk", dt.date(2026, 6, 11), ranking=ranking))
    slide.grab()
    texts = [p.text for p in slide.painted]
    assert len(slide.visible_rows()) == 10 and "+ 23 meer" in texts
    assert min(p.pixel_size for p in slide.painted) * 30 >= 900
    # A new count moves K33 to the top: the slide follows and starts the glide there.
    scores = {i: float(40 - i) for i in range(1, 34)} | {33: 99.0}
    slide.show()
    slide.set_ranking(rank(candidates, scores, 3, method="dots"))
    assert slide.visible_rows()[0].code == "K33"
    assert slide.animation.state() == slide.animation.State.Running
    assert slide._start[33].slot == 10.0  # it climbs in from below the last row


def _painted(win: ProjectorWindow, index: int) -> list[str]:
    found = []
    win.go(index)  # laid out at the window's size before its pages are counted
    for page in range(win.current_slide().page_count()):
        win.go(index, page)
        slide = win.current_slide()
        slide.grab()
        found += [p.text for p in slide.painted]
    return found


def test_a_four_by_three_beamer_shows_the_fixed_texts_in_full(
    english: None, projector: ProjectorWindow
) -> None:
    """At 1024x768 sizes follow the width: English, with its longest status, cuts nothing."""
    statuses = ("open", "in_progress", "done", "dropped")
    actions = tuple(SlideAction(f"Action {n}", "Police", s, None) for n, s in enumerate(statuses))
    deck = dataclasses.replace(
        projector.deck, previous_actions=actions, next_meeting=dt.date(2026, 9, 30)
    )
    projector.set_deck(deck)
    projector.resize(1024, 768)
    closing = _painted(projector, CLOSING)
    assert "Thank you for coming!" in closing
    assert "Next meeting: Wednesday 30 September 2026" in closing
    shown = _painted(projector, ACTIONS)
    assert all(gui_texts.action_status(s) in shown for s in statuses), shown
    for index, page in every_page(projector):
        projector.go(index, page)
        slide = projector.current_slide()
        slide.grab()
        assert min(p.pixel_size for p in slide.painted) * 30 >= slide.unit() == 576


def test_priorities_that_do_not_fit_go_on_to_the_next_page(projector: ProjectorWindow) -> None:
    def priority(rank: int, actions: int) -> SlidePriority:
        todo = tuple(SlideAction(f"Actie {rank}.{n}", "", "open", None) for n in range(actions))
        return SlidePriority(rank, f"K{rank}", f"Knelpunt {rank}", 9.0 - rank, todo)

    deck = projector.deck
    projector.set_deck(
        dataclasses.replace(deck, priorities=tuple(priority(r, 4) for r in (1, 2, 3)))
    )
    projector.go(PRIORITIES)
    assert projector.current_slide().page_count() == 2
    shown = _painted(projector, PRIORITIES)
    for rank in (1, 2, 3):
        assert shown.count(f"K{rank}  Knelpunt {rank}") == 1
        assert all(f"• Actie {rank}.{n}" in shown for n in range(4)), shown

    projector.set_deck(dataclasses.replace(deck, priorities=(priority(1, 40),)))
    shown = _painted(projector, PRIORITIES)
    listed = [t for t in shown if t.startswith("• Actie")]
    [rest] = [t for t in shown if t.startswith("• en nog ")]
    assert len(listed) + int(rest.split()[3]) == 40 and rest.endswith(" acties")


LONG_TITLE = (
    "Auto's en bestelbusjes parkeren elke ochtend dubbel op de Beijerlandselaan bij de bakker"
)


@pytest.mark.parametrize("size", [(1920, 1080), (1024, 768)])
def test_a_long_priority_title_wraps_instead_of_being_cut(
    projector: ProjectorWindow, size: tuple[int, int]
) -> None:
    priority = SlidePriority(
        1, "K7", LONG_TITLE, 9.0, (SlideAction("Handhaving", "", "open", None),)
    )
    projector.set_deck(dataclasses.replace(projector.deck, priorities=(priority,)))
    projector.resize(*size)
    shown = _painted(projector, PRIORITIES)
    title = [t for t in shown if t.startswith("K7") or "bakker" in t]
    assert len(title) == 2 and "…" not in " ".join(title)  # two lines hold it, cut nowhere
    assert " ".join(title) == f"K7  {LONG_TITLE}"
    assert "• Handhaving" in shown


def test_a_theme_heading_never_ends_a_slide(projector: ProjectorWindow) -> None:
    from buurtdesk.core.documents.slide_data import SlideConcern

    for extra in range(12):  # shift where the page breaks fall
        concerns = tuple(
            SlideConcern(f"K{n}", f"Knelpunt {n}", f"Thema {n // (3 + extra % 4)}", "", 1)
            for n in range(1, 30 + extra)
        )
        projector.set_deck(dataclasses.replace(projector.deck, concerns=concerns))
        projector.go(CONCERNS)
        slide = projector.current_slide()
        lines, pages = slide._pages()
        assert len(pages) > 1
        for page in pages:
            assert lines[page[-1]].kind != "theme", (extra, [lines[i].kind for i in page])
