"""Documenten: a resident's name in a printed text is shown before the document is made; a
verslag of a meeting still to come says it is a draft."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select, update

from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Meeting
from buurtdesk.gui.documents.area import DocumentsArea
from tests.doc_helpers import NAME, build_planted, page_texts


@pytest.fixture
def planted(qtbot: Any, tmp_path: Path) -> Iterator[tuple[DocumentsArea, Library, int]]:
    path = tmp_path / "docs.buurtdesk"
    mid = build_planted(path).meeting_id
    lib = Library(path, create=False)
    widget = DocumentsArea()
    qtbot.addWidget(widget)
    yield widget, lib, mid
    lib.close()


def _show(area: DocumentsArea, lib: Library, mid: int) -> None:
    area.show_meeting(lib, next(m for m in lib.meetings() if m.id == mid))


@pytest.mark.parametrize("answer", ["Toch maken", "Annuleren"])
def test_a_residents_name_in_an_action_is_shown_first(
    planted: Any, file_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    area, lib, mid = planted
    with lib.session() as s, s.begin():
        first = s.scalars(select(Action).where(Action.description.like("Actie 1.1%"))).one()
        first.description = f"{NAME} haalt de sleutel op"
    shown: list[str] = []

    def exec_(box: QMessageBox) -> int:
        shown.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == answer).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    # the public review that follows (what still looks personal) has tests of its own
    monkeypatch.setattr("buurtdesk.gui.safety.public_review.confirm_public", lambda *_a, **_k: True)
    _show(area, lib, mid)
    file_dialogs.save_name = str(tmp_path / "actielijst.pdf")
    area.make_buttons["actions"].click()
    assert len(shown) == 1
    assert "naam van een bewoner" in shown[0] and f"K1 actie: {NAME} haalt" in shown[0]
    assert (tmp_path / "actielijst.pdf").is_file() == (answer == "Toch maken")


def test_no_question_without_names(planted: Any, file_dialogs: Any, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    area, lib, mid = planted
    monkeypatch.setattr(QMessageBox, "exec", lambda _box: pytest.fail("asked"))
    _show(area, lib, mid)
    file_dialogs.save_name = str(tmp_path / "actielijst.pdf")
    area.make_buttons["actions"].click()
    assert (tmp_path / "actielijst.pdf").is_file()


def test_a_draft_says_so_after_it_is_made(planted: Any, file_dialogs: Any, tmp_path: Path) -> None:
    area, lib, mid = planted
    with lib.session() as s, s.begin():
        later = dt.date.today() + dt.timedelta(days=9)
        s.execute(update(Meeting).where(Meeting.id == mid).values(status="planned", date=later))
    _show(area, lib, mid)
    file_dialogs.save_name = str(tmp_path / "terugkoppeling.pdf")
    area.make_buttons["feedback"].click()
    status = area.status_labels["feedback"].text()
    assert "nog niet gehouden: op elke pagina staat CONCEPT" in status
    assert all("CONCEPT" in page for page in page_texts(tmp_path / "terugkoppeling.pdf"))
    file_dialogs.save_name = str(tmp_path / "actielijst.pdf")
    area.make_buttons["actions"].click()
    assert "CONCEPT" not in area.status_labels["actions"].text()
