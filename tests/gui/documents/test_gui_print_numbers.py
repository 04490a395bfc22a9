"""Documenten: numbered ballots by the count chosen; a forms start number printed before warns."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox

from buurtdesk.core.store.library import Library
from buurtdesk.gui.documents.area import DocumentsArea
from tests.action_helpers import make_hood
from tests.doc_helpers import page_texts


@pytest.fixture
def area(qtbot: Any, tmp_path: Path) -> Iterator[DocumentsArea]:
    lib: Library = make_hood(tmp_path / "docs.buurtdesk").lib
    widget = DocumentsArea()
    qtbot.addWidget(widget)
    widget.show_meeting(lib, lib.meetings()[0])
    yield widget
    lib.close()


def test_ballots_are_made_in_the_number_chosen(
    area: DocumentsArea, file_dialogs: Any, tmp_path: Path
) -> None:
    area.ballots_count.setValue(3)
    file_dialogs.save_name = str(tmp_path / "stembriefjes.pdf")
    area.make_buttons["ballots"].click()
    text = " ".join(page_texts(tmp_path / "stembriefjes.pdf"))
    assert all(f"Stembriefje nr. {n} · reeks 1-" in text for n in (1, 2, 3))


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_a_forms_start_number_printed_before_asks_first(
    area: DocumentsArea,
    file_dialogs: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
) -> None:
    asked: list[str] = []
    button = QMessageBox.StandardButton.Yes if answer == "yes" else QMessageBox.StandardButton.No

    def question(_parent: Any, _title: str, text: str, *_args: Any, **_kw: Any) -> Any:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    area.forms_count.setValue(5)
    file_dialogs.save_name = str(tmp_path / "eerste.pdf")
    area.make_buttons["forms"].click()
    assert asked == []  # the next free numbers: nothing to ask
    area.forms_start.setValue(page_number(tmp_path / "eerste.pdf") + 2)
    file_dialogs.save_name = str(tmp_path / "tweede.pdf")
    area.make_buttons["forms"].click()
    assert len(asked) == 1 and "al eens gedrukt" in asked[0]
    assert (tmp_path / "tweede.pdf").is_file() == (answer == "yes")


def page_number(path: Path) -> int:
    import re

    found = re.search(r"Formuliernummer\s*(\d+)", page_texts(path)[0])
    assert found
    return int(found.group(1))
