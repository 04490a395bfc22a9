"""A first meeting from start to action list, as a newcomer runs it, by keyboard.

New meeting (date typed), ten paper forms typed, the other 54 imported, the possible
duplicates gone through with one key each, the dots counted, a tie settled, three actions
agreed (due dates typed) and the action list made as a PDF.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from buurtdesk.gui.pages import ACTIONS, CONCERNS, DOCUMENTS, VOTING
from tests.conftest import SHARED_DATA
from tests.doc_helpers import pdf_text, squash
from tests.gui.concerns.test_gui_concerns_entry import SHOWN, open_form, paper_forms, type_form

pytestmark = pytest.mark.shared_data


def keys(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def new_meeting(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from buurtdesk.gui.common.dialogs import NewMeetingDialog

    def fill_in(dialog: NewMeetingDialog) -> int:
        dialog.date_edit.selectAll()  # the proposed date, replaced by what is typed
        qtbot.keyClicks(dialog.date_edit, "11-12-2026")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewMeetingDialog, "exec", fill_in)
    window.action_new_meeting.trigger()
    assert window.controller.current_meeting().date == dt.date(2026, 12, 11)


def type_ten_forms(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    form = open_form(window, monkeypatch)
    SHOWN.clear()
    SHOWN.append(form)
    form.activateWindow()  # as the window manager does when the form opens
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form, timeout=2000)
    for row in paper_forms()[:10]:
        type_form(qtbot, form, row)
    qtbot.keyClick(form.form_no_edit, Qt.Key.Key_Escape)  # a blank form closes at once
    assert not form.isVisible()


def import_the_rest(
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.concerns import import_dialog

    rest = tmp_path / "rest.csv"
    with (SHARED_DATA / "paper-forms.csv").open(encoding="utf-8", newline="") as src:
        rows = list(csv.reader(src))
    with rest.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([rows[0], *rows[11:]])

    def run(dialog: Any) -> int:
        assert dialog.load(str(rest)) and dialog.run()
        return 0

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    window.controller.concerns_area.actions.import_.trigger()
    suggestions = window.controller.concerns_area.suggestions_dialog  # the rest, in one list
    print(f"import: {suggestions.table.rowCount()} suggestions, all merged with A")
    qtbot.keyClick(suggestions.table, Qt.Key.Key_A)


def review_duplicates(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> int:
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    merged: list[int] = []

    def accept_all(dialog: DuplicateReviewDialog) -> int:
        dialog.show()
        while dialog.current() is not None:
            qtbot.keyClick(dialog, Qt.Key.Key_S)
        merged.append(dialog.merged)
        return 0

    monkeypatch.setattr(DuplicateReviewDialog, "exec", accept_all)
    window.controller.concerns_area.actions.review.trigger()
    return merged[0]


def count_with_a_tie(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    from buurtdesk.gui.voting.tie_dialog import TieDialog

    window.show_area(VOTING)
    area = window.controller.voting_area
    codes = [c.code for c in area.tally.model.concerns[:4]]
    for code, count in zip(codes, ("9", "6", "4", "4"), strict=True):
        keys(qtbot, area.tally.concern_edit, code)
        qtbot.keyClick(area.tally.concern_edit, Qt.Key.Key_Return)
        qtbot.keyClicks(area.tally.count_edit, count)
        qtbot.keyClick(area.tally.count_edit, Qt.Key.Key_Return)
    assert area.tie_frame.isVisibleTo(area)

    def agree(dialog: TieDialog) -> int:
        dialog.show()
        chosen = next(box for box in dialog.boxes.values() if codes[3] in box.text())
        chosen.setFocus()
        qtbot.keyClick(chosen, Qt.Key.Key_Space)
        keys(qtbot, dialog.note_edit, "ligt bij de school")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TieDialog, "exec", agree)
    area.agreed_button.click()
    area.choose_button.click()
    return [codes[0], codes[1], codes[3]]


def agree_three_actions(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from buurtdesk.gui.actions.dialogs import ActionDialog

    window.show_area(ACTIONS)
    area = window.controller.actions_area

    def fill_in(dialog: ActionDialog) -> int:
        dialog.show()
        keys(qtbot, dialog.description_edit, f"Actie voor {dialog.priority_label.text()[-3:]}")
        dialog.partner_combo.setCurrentIndex(1)
        keys(qtbot, dialog.due_edit, "01-03-2027")
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill_in)
    tree = area.priorities_tree
    for row in range(3):
        tree.setCurrentItem(tree.topLevelItem(row))
        area.add_action_dialog()


def test_a_newcomer_runs_a_whole_meeting(
    window: Any,
    hood_file: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    file_dialogs: Any,
    boxes: Any,
) -> None:
    from buurtdesk.core.actions import follow_up as actions
    from buurtdesk.core.voting import counting as voting

    window.files.open_path(hood_file.path)
    new_meeting(window, qtbot, monkeypatch)
    window.show_area(CONCERNS)
    type_ten_forms(window, qtbot, monkeypatch)
    lib = window.controller.library
    assert lib.counts()["reports"] == 10
    import_the_rest(window, qtbot, tmp_path, monkeypatch)
    assert lib.counts()["reports"] == 64
    before = len(window.controller.concerns_area.model.rows())
    reviewed = review_duplicates(window, qtbot, monkeypatch)
    after = window.controller.concerns_area.proxy.rowCount()
    print(f"concerns after the import: {before}; groups merged in the review: {reviewed}")
    assert after <= 40 and after <= before  # 64 forms of 24 problems: most repeats are merged
    chosen = count_with_a_tie(window, qtbot, monkeypatch)
    meeting = window.controller.current_meeting().id
    assert [p.code for p in voting.priorities(lib, meeting)] == chosen
    agree_three_actions(window, qtbot, monkeypatch)
    agreed = [a for p in actions.priorities(lib, meeting) for a in p.actions]
    assert len(agreed) == 3 and {a.due_date for a in agreed} == {dt.date(2027, 3, 1)}
    window.show_area(DOCUMENTS)
    file_dialogs.save_name = str(tmp_path / "actielijst.pdf")
    window.controller.documents_area.make_buttons["actions"].click()
    text = squash(pdf_text(tmp_path / "actielijst.pdf"))
    assert all(squash(a.description) in text for a in agreed)
    assert "Priya" not in text and "06-41132723" not in text  # personal data stays out
