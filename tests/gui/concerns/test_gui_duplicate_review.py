"""Knelpunten › Mogelijke dubbelen by keyboard: S merges a group, N keeps it apart, a digit
unticks one concern; each merge is one undo step."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from tests.gui.concerns.test_gui_concerns_area import add_forms, codes

FORMS = [
    ("Ratten bij de containers op de Putselaan", "", ""),
    ("Ratten bij de containers Putselaan", "", ""),
    ("ratten en muizen bij de containers putselaan", "", ""),
    ("Herrie van het terras tot laat", "", ""),
    ("Geluidsoverlast van de horeca op het terras", "", ""),
    ("Losse stoeptegels bij de bakker", "", ""),
]


@pytest.fixture
def area(window: Any, hood_file: Any) -> Any:
    add_forms(hood_file.path, hood_file.meeting_ids[-1], FORMS)
    window.files.open_path(hood_file.path)
    return window.controller.concerns_area


def drive(monkeypatch: pytest.MonkeyPatch, qtbot: Any, keys: list[str]) -> list[Any]:
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    seen: list[Any] = []

    def run(dialog: DuplicateReviewDialog) -> int:
        dialog.show()
        seen.append(dialog)
        for key in keys:
            seen.append(dialog.counter.text())
            qtbot.keyClick(dialog, key)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(DuplicateReviewDialog, "exec", run)
    return seen


def test_s_merges_n_keeps_apart_and_undo_splits_again(
    area: Any, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = drive(monkeypatch, qtbot, ["S", "N"])
    window.controller.concerns_area.actions.review.trigger()
    dialog = seen[0]
    assert seen[1:] == ["Groep 1 van 2", "Groep 2 van 2"]
    assert dialog.counter.text() == "Klaar" and "1 groep samengevoegd" in dialog.intro.text()
    assert codes(area) == ["K1", "K4", "K5", "K6"]
    assert window.undo_stack.undoText() == "samenvoegen in K1"
    window.undo_stack.undo()
    assert codes(area) == ["K1", "K2", "K3", "K4", "K5", "K6"]


def test_a_digit_unticks_one_concern_before_merging(
    area: Any, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = drive(monkeypatch, qtbot, ["1", "S"])
    area.actions.review.trigger()
    assert seen[0].merged == 1
    shown = codes(area)
    assert len(shown) == 5 and "K1" in shown  # one of the two looking alike stayed apart


def test_nothing_alike_says_so(window: Any, hood_file: Any) -> None:
    add_forms(hood_file.path, hood_file.meeting_ids[-1], FORMS[3:4] + FORMS[5:6])
    window.files.open_path(hood_file.path)
    window.controller.concerns_area.actions.review.trigger()
    assert "Geen mogelijke dubbelen" in window.statusBar().currentMessage()


def test_buttons_that_can_do_nothing_are_disabled(area: Any) -> None:
    a = area.actions
    area.select_ids([])
    assert not a.open.isEnabled() and not a.delete.isEnabled() and not a.unmerge.isEnabled()
    assert not area.toolbar.unmerge_button.isEnabled()
    first = area.model.row(0).id
    area.select_ids([first])
    assert a.open.isEnabled() and a.merge.isEnabled()  # merge says it needs two
    assert not a.unmerge.isEnabled()
    area.select_ids([first, area.model.row(1).id])
    a.merge.trigger()
    area.select_ids([first])
    assert a.unmerge.isEnabled()  # the target of a merge can be split again


def test_the_review_is_keyboard_only_and_shows_scores(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group, Member
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    group = Group(
        Member(1, "K1", "Ratten", 3, 100, "Putselaan", "Afval"),
        (Member(2, "K2", "Muizen", 1, 48),),
    )
    merged: list[tuple[int, list[int]]] = []
    dialog = DuplicateReviewDialog(
        [group], lambda g, ids: merged.append((g.target.concern_id, ids))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [
        "K1 Ratten\nPutselaan · Afval · 3 meldingen · doel, blijft",
        "1  K2 Muizen\ngeen straat · geen thema · 1 melding · lijkt 48%",
    ]
    qtbot.keyClick(dialog, "1")
    assert not dialog.merge_button.isEnabled()  # nothing ticked: nothing to merge
    qtbot.keyClick(dialog, "1")
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert merged == [(1, [2])]


LONG = (
    "Er wordt veel te hard gereden op de Dordtselaan, vooral 's avonds en in het weekend, "
    "en de drempels bij de school helpen niet: auto's scheuren er gewoon overheen"
)


def members(first: int, count: int, title: str, street: str = "Dordtselaan") -> list[Any]:
    from buurtdesk.core.concerns.duplicate_review import Member

    return [
        Member(n, f"K{n}", f"{title} ({n})", 1 + (n == first), 100 if n == first else 60, street)
        for n in range(first, first + count)
    ]


def review(qtbot: Any, groups: list[Any]) -> tuple[Any, list[tuple[int, list[int]]]]:
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    merged: list[tuple[int, list[int]]] = []
    dialog = DuplicateReviewDialog(groups, lambda g, ids: merged.append((g.target.concern_id, ids)))
    qtbot.addWidget(dialog)
    dialog.resize(640, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, merged


def test_whole_texts_wrap_and_each_group_starts_at_its_top(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group

    big = members(1, 9, LONG)
    small = members(20, 2, "Hondenpoep op het grasveld", "Mijnsherenlaan")
    dialog, _merged = review(qtbot, [Group(big[0], tuple(big[1:])), Group(small[0], (small[1],))])
    listing = dialog.list
    assert not listing.horizontalScrollBar().isVisible()
    width = listing.viewport().width()
    for row in range(listing.count()):
        rect = listing.visualItemRect(listing.item(row))
        assert rect.width() <= width and rect.height() > 2 * listing.fontMetrics().height()
    assert LONG in listing.item(0).text() and "Dordtselaan" in listing.item(0).text()
    scroll = listing.verticalScrollBar()
    assert scroll.maximum() > 0  # nine long texts: more than fits
    scroll.setValue(scroll.maximum())
    qtbot.keyClick(dialog, Qt.Key.Key_N)
    assert dialog.counter.text() == "Groep 2 van 2"
    assert scroll.value() == 0 and listing.currentRow() == 0


def test_a_shortened_title_shows_the_whole_wording_too(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group, Member

    whole = "Ratten bij de containers op de Putselaan, ze lopen 's avonds over de stoep"
    group = Group(
        Member(1, "K1", "Ratten bij de containers", 2, 100, "Putselaan", "Afval", whole),
        (Member(2, "K2", "Ratten", 1, 70, description="Ratten"),),
    )
    dialog, _merged = review(qtbot, [group])
    assert dialog.list.item(0).text().split("\n")[1] == f"“{whole}”"
    assert len(dialog.list.item(1).text().split("\n")) == 2  # the title is the wording


def test_d_makes_another_concern_the_target(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group

    three = members(1, 3, "Te hard rijden")
    dialog, merged = review(qtbot, [Group(three[0], tuple(three[1:]))])
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, "D")
    assert dialog.list.item(0).text().startswith("K3 ") and dialog.list.item(0).font().bold()
    assert "doel, blijft" in dialog.list.item(0).text()
    qtbot.keyClick(dialog, "S")
    assert merged == [(3, [2, 1])]


def test_a_moves_concerns_out_into_a_group_of_their_own(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group

    speed = members(1, 3, "Te hard rijden")
    parking = members(4, 2, "Foutparkeren op de stoep")
    mixed = [*speed, *parking]
    rest = members(10, 2, "Ratten bij de containers", "Putselaan")
    dialog, merged = review(qtbot, [Group(mixed[0], tuple(mixed[1:])), Group(rest[0], (rest[1],))])
    assert dialog.counter.text() == "Groep 1 van 2"
    dialog.list.setCurrentRow(4)
    qtbot.keyClick(dialog.list, "A")  # K4 out; the row now holds K5
    qtbot.keyClick(dialog.list, "A")
    assert [dialog.list.item(r).text()[:5] for r in range(dialog.list.count())] == [
        "K1 Te",
        "1  K2",
        "2  K3",
    ]
    assert dialog.counter.text() == "Groep 1 van 3"
    qtbot.keyClick(dialog, "S")
    assert dialog.counter.text() == "Groep 2 van 3"
    assert [dialog.list.item(r).text().split()[:2] for r in range(2)] == [
        ["K4", "Foutparkeren"],
        ["1", "K5"],
    ]
    qtbot.keyClick(dialog, "S")
    qtbot.keyClick(dialog, "N")
    assert merged[0] == (1, [2, 3]) and sorted([merged[1][0], *merged[1][1]]) == [4, 5]
    assert dialog.counter.text() == "Klaar" and "2 groepen samengevoegd" in dialog.intro.text()


def test_one_concern_moved_out_alone_is_kept_apart_without_asking(qtbot: Any) -> None:
    from buurtdesk.core.concerns.duplicate_review import Group

    three = members(1, 3, "Te hard rijden")
    dialog, merged = review(qtbot, [Group(three[0], tuple(three[1:]))])
    dialog.list.setCurrentRow(2)
    qtbot.keyClick(dialog.list, "A")
    qtbot.keyClick(dialog, "S")
    assert merged == [(1, [2])] and dialog.counter.text() == "Klaar"
