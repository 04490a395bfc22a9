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

    group = Group(Member(1, "K1", "Ratten", 3, 100), (Member(2, "K2", "Muizen", 1, 48),))
    merged: list[tuple[int, list[int]]] = []
    dialog = DuplicateReviewDialog(
        [group], lambda g, ids: merged.append((g.target.concern_id, ids))
    )
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [dialog.list.item(i).text() for i in range(dialog.list.count())]
    assert texts == [
        "K1 Ratten (3 meldingen, blijft)",
        "1  K2 Muizen (1 melding, lijkt voor 48% op de eerste)",
    ]
    qtbot.keyClick(dialog, "1")
    assert not dialog.merge_button.isEnabled()  # nothing ticked: nothing to merge
    qtbot.keyClick(dialog, "1")
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    assert merged == [(1, [2])]
