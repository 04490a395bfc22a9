"""The review before the report or the slides go public: what still looks personal is listed
with its number and reason; the chair fixes a title (one undoable step), goes on or cancels."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from sqlalchemy import select, update

from buurtdesk.core.documents.public_review import review
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern
from buurtdesk.gui.safety.public_review import PublicReviewDialog
from tests.corpus.plugin import record
from tests.doc_helpers import Planted, build_planted, pdf_text

DIRTY = "Overlast buurman Jansen, bel 06-12345678"


@pytest.fixture
def dirty(tmp_path: Path) -> tuple[Path, Planted]:
    path = tmp_path / "review.buurtdesk"
    info = build_planted(path)
    lib = Library(path, create=False)
    try:
        with lib.session() as s, s.begin():
            s.execute(update(Concern).where(Concern.number == 1).values(title=DIRTY))
    finally:
        lib.close()
    return path, info


def _title(path: Path, number: int = 1) -> str:
    lib = Library(path, create=False)
    try:
        with lib.session() as s:
            return str(s.scalar(select(Concern.title).where(Concern.number == number)))
    finally:
        lib.close()


def _when_modal(act: Callable[[QDialog], None], seen: list[QDialog]) -> None:
    """Act on the review dialog as soon as it is up (holding it, so it stays alive)."""

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PublicReviewDialog):
            QTimer.singleShot(20, step)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, step)


def _open(window: Any, path: Path, info: Planted) -> None:
    assert window.files.open_path(path)
    window.controller.select_meeting(info.meeting_id)
    window.show_area(3)  # Documenten: the area follows the meeting


def test_the_dialog_lists_number_text_and_reason(
    qtbot: Any, dirty: tuple[Path, Planted], tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "public-text", "report-pdf")
    path, info = dirty
    lib = Library(path, create=False)
    edits: list[tuple[int, str, str]] = []
    try:
        flags = review(lib, info.meeting_id)
        dialog = PublicReviewDialog(
            flags, None, output="in het verslag", edit_title=lambda *a: edits.append(a)
        )
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.table.item(0, c).text() for c in range(4)] == [
            "K1",
            "titel",
            "Overlast buurman",
            "wijst naar een buur of persoon",
        ]
        assert "in het verslag" in dialog.intro.text()
        assert dialog.edit_button.isEnabled()
        assert {dialog.go_button.text(), dialog.cancel_button.text()} == {
            "Toch doorgaan",
            "Annuleren",
        }
        dialog.grab().save(str(tmp_path / "review.png"))
        assert dialog.change_title("Overlast in de Dorpsstraat")
        assert edits == [(flags[0].concern_id, "K1", "Overlast in de Dorpsstraat")]
        dialog.close()
    finally:
        lib.close()


@pytest.fixture
def documents(window: Any, dirty: tuple[Path, Planted], record_property: Any) -> Any:
    """The Documenten area of the dirty meeting, in the main window."""
    record(record_property, "public-text", "report-pdf")
    _open(window, *dirty)
    return window.controller.documents_area


def test_report_cancelled_then_made_anyway(
    documents: Any, file_dialogs: Any, tmp_path: Path
) -> None:
    area = documents
    seen: list[QDialog] = []
    _when_modal(lambda d: d.cancel_button.click(), seen)
    assert area.make_pdf("report") is None
    assert len(seen) == 1 and file_dialogs.asked == []  # stopped before the file name
    file_dialogs.save_name = str(tmp_path / "verslag.pdf")
    _when_modal(lambda d: d.go_button.click(), seen)
    made = area.make_pdf("report")
    assert len(seen) == 2 and made is not None
    text = pdf_text(made)
    assert "Overlast buurman" in text and "Jansen" not in text and "12345678" not in text


def test_the_title_fixed_from_the_review_is_one_undoable_step(
    documents: Any, window: Any, dirty: tuple[Path, Planted], file_dialogs: Any, tmp_path: Path
) -> None:
    area, path = documents, dirty[0]
    seen: list[QDialog] = []

    def fix(dialog: Any) -> None:
        assert dialog.change_title("Overlast in de Dorpsstraat")
        assert dialog.table.rowCount() == 0  # nothing left to flag
        assert dialog.go_button.text() == "Doorgaan"
        dialog.go_button.click()

    file_dialogs.save_name = str(tmp_path / "verslag.pdf")
    _when_modal(fix, seen)
    made = area.make_pdf("report")
    assert made is not None and "Overlast in de Dorpsstraat" in pdf_text(made)
    assert _title(path) == "Overlast in de Dorpsstraat"
    window.undo_stack.undo()
    assert _title(path) == DIRTY
    seen.clear()
    window.undo_stack.redo()
    made_again = area.make_pdf("report")  # clean now: no dialog
    assert made_again is not None and seen == []


def test_projector_asks_first_and_cancel_keeps_it_closed(
    qtbot: Any, window: Any, dirty: tuple[Path, Planted], record_property: Any
) -> None:
    record(record_property, "public-text", "slides")
    path, info = dirty
    _open(window, path, info)
    control = window.projector
    seen: list[QDialog] = []
    _when_modal(lambda d: d.cancel_button.click(), seen)
    assert control.start() is None and len(seen) == 1
    assert control.projector is None or not control.projector.isVisible()
    _when_modal(lambda d: d.go_button.click(), seen)
    projector = control.start()
    assert projector is not None and projector.isVisible() and len(seen) == 2
    titles = [p.title for p in projector.deck.priorities]
    assert titles[0] == "Overlast buurman"
    control.start()  # already showing: not asked again
    assert len(seen) == 2
    control.close()


def test_nothing_flagged_no_dialog(
    qtbot: Any, window: Any, tmp_path: Path, file_dialogs: Any, record_property: Any
) -> None:
    record(record_property, "public-text", "slides")
    path = tmp_path / "schoon.buurtdesk"
    info = build_planted(path)
    _open(window, path, info)
    seen: list[QDialog] = []
    _when_modal(lambda d: d.cancel_button.click(), seen)
    projector = window.projector.start()
    assert projector is not None and projector.isVisible()
    file_dialogs.save_name = str(tmp_path / "verslag.pdf")
    assert window.controller.documents_area.make_pdf("report") is not None
    QApplication.processEvents()
    assert seen == []
    window.projector.close()


@pytest.mark.parametrize("key", ["ballots", "actions", "invitation", "actions-csv", "concerns-csv"])
def test_every_public_output_of_the_window_is_reviewed(
    window: Any, tmp_path: Path, file_dialogs: Any, key: str, record_property: Any
) -> None:
    """A third party's full name in a concern title: the ballots, the action list, the
    invitation and both CSVs stop at the review first, which names the output."""
    record(record_property, "public-text", f"window-{key}")
    path = tmp_path / "name.buurtdesk"
    info = build_planted(path)
    lib = Library(path, create=False)
    try:
        with lib.session() as s, s.begin():
            title = "Jan Jansen van nummer 14 zet afval buiten"
            s.execute(update(Concern).where(Concern.number == 1).values(title=title))
        if key == "invitation":  # made for the next meeting
            from tests.doc_helpers import invitable

            info = Planted(info.earlier_id, invitable(lib, key, info.meeting_id), (), "")
    finally:
        lib.close()
    _open(window, path, info)
    area = window.controller.documents_area
    seen: list[QDialog] = []
    texts: list[str] = []

    def cancel(dialog: QDialog) -> None:
        assert isinstance(dialog, PublicReviewDialog)
        texts.append(dialog.intro.text() + " " + dialog.table.item(0, 2).text())
        texts.append(dialog.table.item(0, 3).text())
        dialog.cancel_button.click()

    _when_modal(cancel, seen)
    if key.endswith("-csv"):
        area.save_csv(key.removesuffix("-csv"))
    else:
        assert area.make_pdf(key) is None
    assert len(seen) == 1 and file_dialogs.asked == []  # stopped before the file name
    where = {"ballots": "stembiljetten", "actions": "actielijst", "invitation": "uitnodiging"}
    where |= {"actions-csv": "actielijst", "concerns-csv": "knelpuntenlijst"}
    assert where[key] in texts[0] and "Jan Jansen zet afval buiten" in texts[0]
    assert texts[1] == "lijkt een naam"
