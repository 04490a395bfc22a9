"""Documenten: no invitation for a meeting already held; the message names the next one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Meeting
from buurtdesk.gui.documents.area import DocumentsArea
from tests.action_helpers import make_hood
from tests.doc_helpers import pdf_text


@pytest.fixture
def area(qtbot: Any, tmp_path: Path) -> Iterator[DocumentsArea]:
    lib: Library = make_hood(tmp_path / "docs.buurtdesk").lib
    first = lib.meetings()[0]
    with lib.session() as s, s.begin():
        s.execute(update(Meeting).where(Meeting.id == first.id).values(status=MeetingStatus.CLOSED))
    widget = DocumentsArea()
    qtbot.addWidget(widget)
    widget.show_meeting(lib, lib.meetings()[0])
    yield widget
    lib.close()


@pytest.mark.parametrize("button", ["make", "print"])
def test_an_invitation_for_a_meeting_held_is_refused_naming_the_next(
    area: DocumentsArea, boxes: Any, file_dialogs: Any, button: str
) -> None:
    buttons = area.make_buttons if button == "make" else area.print_buttons
    buttons["invitation"].click()  # a save dialog would fail the test (no name given)
    assert file_dialogs.asked == [] and area.made == {}
    assert boxes.kinds() == ["information"]
    text = boxes.calls[0][2]
    assert "5 maart 2026" in text and "al geweest" in text and "11 juni 2026" in text


def test_the_next_meeting_gets_its_invitation(
    area: DocumentsArea, boxes: Any, file_dialogs: Any, tmp_path: Path
) -> None:
    assert area.library is not None
    area.show_meeting(area.library, area.library.meetings()[1])
    file_dialogs.save_name = str(tmp_path / "uitnodiging.pdf")
    area.make_buttons["invitation"].click()
    assert boxes.calls == []
    assert "11 juni 2026" in pdf_text(tmp_path / "uitnodiging.pdf")
