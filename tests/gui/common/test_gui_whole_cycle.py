"""A first meeting from start to action list, as a newcomer runs it, by keyboard.

New meeting (date typed), ten paper forms typed, the other 54 imported, the possible
duplicates judged (a better-worded target chosen, what describes another problem moved out
into a group of its own), the dots counted with the ranking on the beamer, a tie settled, the
priorities on the beamer, three actions agreed (one moved to its right priority) and the action
list made as a PDF.  Prints the keys, clicks and dialogs of each step.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from buurtdesk.gui.pages import ACTIONS, CONCERNS, DOCUMENTS, VOTING
from buurtdesk.gui.projector.slides import PRIORITIES, RANKING
from tests.conftest import SHARED_DATA
from tests.doc_helpers import pdf_text, squash
from tests.gui.common.effort import Effort, counting
from tests.gui.concerns.test_gui_concerns_entry import SHOWN, open_form, paper_forms, type_form

pytestmark = pytest.mark.shared_data


@pytest.fixture
def effort(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, boxes: Any, file_dialogs: Any
) -> Iterator[Effort]:
    yield from counting(qtbot, monkeypatch, boxes, file_dialogs)


def keys(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def new_meeting(window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, effort: Effort) -> None:
    from buurtdesk.gui.common.dialogs import NewMeetingDialog

    def fill_in(dialog: NewMeetingDialog) -> int:
        dialog.show()
        dialog.date_edit.selectAll()  # the proposed date, replaced by what is typed
        qtbot.keyClicks(dialog.date_edit, "11-12-2026")
        effort.click(None)  # OK
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(NewMeetingDialog, "exec", fill_in)
    effort.click(window.action_new_meeting)
    assert window.controller.current_meeting().date == dt.date(2026, 12, 11)


def type_ten_forms(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, effort: Effort
) -> None:
    effort.click(None)  # Nieuw formulier
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
    window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, effort: Effort
) -> None:
    from buurtdesk.gui.concerns import import_dialog

    rest = tmp_path / "rest.csv"
    with (SHARED_DATA / "paper-forms.csv").open(encoding="utf-8", newline="") as src:
        rows = list(csv.reader(src))
    with rest.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([rows[0], *rows[11:]])

    def run(dialog: Any) -> int:
        dialog.show()
        effort.click(None)  # the file chosen
        assert dialog.load(str(rest))
        effort.click(None)  # Importeren
        assert dialog.run()
        return 0

    monkeypatch.setattr(import_dialog.ImportDialog, "exec", run)
    effort.click(window.controller.concerns_area.actions.import_)
    suggestions = window.controller.concerns_area.suggestions_dialog  # the rest, in one list
    key = answer_key(window)  # the reader unticks a pair that names two problems (Space)
    wrong = [
        r for r, x in enumerate(suggestions.suggestions) if key[x.concern_id] != key[x.target_id]
    ]
    for row in wrong:
        suggestions.table.setCurrentCell(row, 0)
        effort.keys(1)  # ↓ to the row, roughly
        qtbot.keyClick(suggestions.table, Qt.Key.Key_Space)
    print(f"import: {suggestions.table.rowCount()} suggestions, {len(wrong)} unticked, A merges")
    qtbot.keyClick(suggestions.table, Qt.Key.Key_A)


def answer_key(window: Any) -> dict[int, str]:
    """The shared forms' ``cluster`` per concern (its first report's form), as a reader
    judging the texts would group them."""
    from buurtdesk.core.concerns.queries import concern_reports, list_concerns

    with (SHARED_DATA / "paper-forms.csv").open(encoding="utf-8", newline="") as src:
        cluster = {row["form_no"]: row["cluster"] for row in csv.DictReader(src)}
    lib = window.controller.library
    return {
        c.id: cluster.get(concern_reports(lib, c.id, include_personal=True)[0].form_no, "")
        for c in list_concerns(lib, window.controller.current_neighbourhood_id())
    }


def merge_quality(window: Any) -> tuple[int, int, int]:
    """Concerns left, and the pairs of reports under one concern that the answer key puts in
    one problem (right) or in two (wrong)."""
    from buurtdesk.core.concerns.queries import concern_reports, list_concerns

    with (SHARED_DATA / "paper-forms.csv").open(encoding="utf-8", newline="") as src:
        cluster = {row["form_no"]: row["cluster"] for row in csv.DictReader(src)}
    lib = window.controller.library
    left = right = wrong = 0
    for c in list_concerns(lib, window.controller.current_neighbourhood_id()):
        if str(c.status) == "merged":
            continue
        left += 1
        labels = [cluster.get(r.form_no, "") for r in concern_reports(lib, c.id)]
        for i, a in enumerate(labels):
            for b in labels[i + 1 :]:
                right, wrong = (right + 1, wrong) if a == b else (right, wrong + 1)
    return left, right, wrong


def review_duplicates(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, effort: Effort
) -> int:
    """Each group judged on its texts: what describes another problem is moved out (A, into
    a group of its own, judged next), the first group gets a better-worded target (D), the
    rest is merged (S), or kept apart (N) when nothing is left to merge."""
    from buurtdesk.gui.concerns.duplicate_review import DuplicateReviewDialog

    key = answer_key(window)
    merged: list[int] = []
    kept_apart: list[int] = []
    moved = targets = 0

    def judge(dialog: DuplicateReviewDialog) -> int:
        nonlocal moved, targets
        dialog.show()
        listing = dialog.list
        mixed = any(len({key.get(m.concern_id) for m in g.members}) > 1 for g in dialog.groups)
        while dialog.current() is not None:
            rows = [m.concern_id for m in (dialog.target, *dialog.others)]
            labels = [key.get(cid, "") for cid in rows]
            majority = max(labels, key=lambda label: (labels.count(label), label == labels[0]))
            row = 0
            while row < len(rows):
                if labels[row] == majority:
                    row += 1
                    continue
                while listing.currentRow() < row:
                    qtbot.keyClick(listing, Qt.Key.Key_Down)
                qtbot.keyClick(listing, Qt.Key.Key_A)
                moved += 1
                del rows[row], labels[row]
            if not mixed and targets and not moved and dialog.others:
                # no group mixes two problems: the reader still keeps one concern apart (to
                # raise it on its own), so the flow always shows a split
                while listing.currentRow() < len(dialog.others):
                    qtbot.keyClick(listing, Qt.Key.Key_Down)
                kept_apart.append(dialog.others[-1].concern_id)
                qtbot.keyClick(listing, Qt.Key.Key_A)
                moved += 1
            if not targets and dialog.others:  # a better wording to keep
                while listing.currentRow() < 1:
                    qtbot.keyClick(listing, Qt.Key.Key_Down)
                while listing.currentRow() > 1:
                    qtbot.keyClick(listing, Qt.Key.Key_Up)
                qtbot.keyClick(listing, Qt.Key.Key_D)
                targets += 1
            qtbot.keyClick(dialog, Qt.Key.Key_S if dialog.chosen() else Qt.Key.Key_N)
        merged.append(dialog.merged)
        return 0

    monkeypatch.setattr(DuplicateReviewDialog, "exec", judge)
    effort.click(window.controller.concerns_area.actions.review)
    assert moved and targets == 1
    status = {r.id: str(r.status) for r in window.controller.concerns_area.model.rows()}
    assert all(status[cid] != "merged" for cid in kept_apart)  # alone: a concern of its own
    return merged[0]


def count_with_a_tie(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, effort: Effort
) -> list[str]:
    from buurtdesk.gui.voting.tie_dialog import TieDialog

    effort.click(None)  # Stemmen in the side bar
    window.show_area(VOTING)
    effort.click(window.start_counting_button)  # "Beginnen met tellen"
    area = window.controller.voting_area
    effort.click(area.beamer_button)  # the ranking on the beamer, from here
    beamer = window.projector.projector
    assert beamer.isVisible() and beamer.index == RANKING
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
        effort.click(None)  # OK
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(TieDialog, "exec", agree)
    effort.click(area.agreed_button)
    assert beamer.index == RANKING  # it followed every count
    effort.click(area.choose_button)
    assert beamer.index == PRIORITIES  # and now shows what was chosen
    return [codes[0], codes[1], codes[3]]


def agree_three_actions(
    window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch, effort: Effort
) -> None:
    """Each action's priority chosen in its dialog; the third lands on the second priority
    first (the selection stays there) and is moved to the third by editing it."""
    from buurtdesk.gui.actions.dialogs import ActionDialog

    effort.click(None)  # Acties in the side bar
    window.show_area(ACTIONS)
    area = window.controller.actions_area
    downs = iter((0, 1, 0, 1))
    numbers = iter(range(1, 4))  # the priority: as proposed, one lower, as proposed, one lower

    def fill_in(dialog: ActionDialog) -> int:
        dialog.show()
        for _ in range(next(downs)):
            qtbot.keyClick(dialog, Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)
            qtbot.keyClick(dialog.priority_combo, Qt.Key.Key_Down)
        if not dialog.description_edit.toPlainText():
            numbered = next(numbers)
            keys(qtbot, dialog.description_edit, f"Afspraak {numbered}")
            effort.click(None)  # the partner, from the list
            dialog.partner_combo.setCurrentIndex(1)
            keys(qtbot, dialog.due_edit, "01-03-2027")
        effort.click(None)  # Actie toevoegen / Opslaan
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(ActionDialog, "exec", fill_in)
    for _ in range(3):
        effort.click(area.add_button)
    assert [len(p.actions) for p in area._priorities.values()] == [1, 2, 0]
    effort.click(None)  # the misplaced action in the tree
    area.priorities_tree.setCurrentItem(area.priorities_tree.topLevelItem(1).child(1))
    effort.click(area.edit_button)
    assert area.undo_stack.undoText() == "actie verplaatsen"
    assert [len(p.actions) for p in area._priorities.values()] == [1, 1, 1]


def test_a_newcomer_runs_a_whole_meeting(
    window: Any,
    hood_file: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    file_dialogs: Any,
    effort: Effort,
) -> None:
    from buurtdesk.core.actions import follow_up as actions
    from buurtdesk.core.voting import counting as voting

    window.files.open_path(hood_file.path)
    effort.step("new meeting")
    new_meeting(window, qtbot, monkeypatch, effort)
    effort.step("ten forms typed")
    effort.click(None)  # Knelpunten in the side bar
    window.show_area(CONCERNS)
    type_ten_forms(window, qtbot, monkeypatch, effort)
    lib = window.controller.library
    assert lib.counts()["reports"] == 10
    effort.step("the other 54 imported")
    import_the_rest(window, qtbot, tmp_path, monkeypatch, effort)
    assert lib.counts()["reports"] == 64
    before = len(window.controller.concerns_area.model.rows())
    effort.step("possible duplicates reviewed")
    reviewed = review_duplicates(window, qtbot, monkeypatch, effort)
    print(f"concerns after the import: {before}; groups merged in the review: {reviewed}")
    assert reviewed >= 1  # the import attached most repeats; the review merges the rest
    after = window.controller.concerns_area.proxy.rowCount()
    assert after <= 40 and after <= before  # 64 forms of 24 problems: most repeats are merged
    left, right, wrong = merge_quality(window)
    assert wrong == 0  # nothing merged that the reader saw was another problem
    print(f"\nafter the review: {left} concerns; report pairs merged {right} right, {wrong} wrong")
    effort.step("dots counted, tie settled")
    chosen = count_with_a_tie(window, qtbot, monkeypatch, effort)
    meeting = window.controller.current_meeting().id
    assert [p.code for p in voting.priorities(lib, meeting)] == chosen
    assert str(window.controller.current_meeting().status) == "in_progress"  # started when asked
    assert window.voting_stack.currentIndex() == 1  # the counting stayed on screen
    effort.step("three actions agreed")
    agree_three_actions(window, qtbot, monkeypatch, effort)
    agreed = [a for p in actions.priorities(lib, meeting) for a in p.actions]
    assert len(agreed) == 3 and {a.due_date for a in agreed} == {dt.date(2027, 3, 1)}
    effort.step("action list printed")
    effort.click(None)  # Documenten in the side bar
    window.show_area(DOCUMENTS)
    file_dialogs.save_name = str(tmp_path / "actielijst.pdf")
    effort.click(window.controller.documents_area.make_buttons["actions"])
    text = squash(pdf_text(tmp_path / "actielijst.pdf"))
    assert all(squash(a.description) in text for a in agreed)
    assert "Priya" not in text and "06-41132723" not in text  # personal data stays out
    window.projector.close()
    print("\n" + effort.table())
