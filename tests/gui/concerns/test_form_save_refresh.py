"""Saving forms from the entry form updates the concern list and the header's counts only.

Saving used to reload the whole meeting page: 16 database sessions and 38 statements for two
forms.  Now each save is one transaction that also reads back the concern's row, the
meeting's two counts and the next form number.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from buurtdesk.core.concerns.intake import list_concerns, next_form_no
from buurtdesk.gui.common.texts import summary_line
from buurtdesk.gui.pages import VOTING
from tests.gui.concerns.test_gui_concerns_entry import open_form

MAX_SESSIONS = 2  # one per form saved
MAX_STATEMENTS = 18  # per form: check (2), insert (3), row (2), counts (1), next number (1)
FORMS = ("Scheve paaltjes bij de school", "Gebroken bankje in het Gerstparkje")


@dataclass
class Seen:
    sessions: int = 0
    statements: list[str] = field(default_factory=list)


@contextmanager
def counting(lib: Any) -> Iterator[Seen]:
    """Sessions that reach the database, and the SQL statements run, while inside."""
    seen = Seen()

    def begun(*_args: Any) -> None:
        seen.sessions += 1

    def statement(_conn: Any, _cursor: Any, sql: str, *_args: Any) -> None:
        seen.statements.append(" ".join(sql.split())[:90])

    event.listen(Session, "after_begin", begun)
    event.listen(lib.engine, "before_cursor_execute", statement)
    try:
        yield seen
    finally:
        event.remove(Session, "after_begin", begun)
        event.remove(lib.engine, "before_cursor_execute", statement)


@pytest.fixture
def entry(window: Any, demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    window.files.open_path(demo_file)
    form = open_form(window, monkeypatch)
    window.controller.concerns_area.index()  # built while the first form is typed
    return form


def save(form: Any, description: str) -> None:
    form.description_edit.setPlainText(description)
    assert form.save_and_next(), form.status_label.text()


def test_two_saved_forms_read_only_their_rows_and_the_counts(entry: Any, window: Any) -> None:
    controller = window.controller
    area, lib = controller.concerns_area, controller.library
    meeting = controller.current_meeting()
    shown_before = area.proxy.rowCount()
    label_before = int(area.toolbar.count_label.text().split()[0])

    def counted_before(more: int) -> str:
        return f"{label_before + more} knelpunten"

    with counting(lib) as seen:
        for description in FORMS:
            save(entry, description)
    assert seen.sessions <= MAX_SESSIONS, seen
    assert len(seen.statements) <= MAX_STATEMENTS, "\n".join(seen.statements)
    # The list shows both new rows, as the file has them, and counts them.
    hood = meeting.neighbourhood_id
    assert area._all == list_concerns(lib, hood, include_merged=True)
    new = [
        r for r in area.model.rows() if r.title.startswith(("Scheve paaltjes", "Gebroken bankje"))
    ]
    assert len(new) == 2 and all(r.reports == 1 for r in new)
    assert area.proxy.rowCount() == shown_before + 2
    concerns = lib.meeting_summary(meeting.id).concerns  # the list agrees with the header
    assert area.toolbar.count_label.text() == f"{concerns} knelpunten" == counted_before(2)
    assert window.meeting_summary.text() == summary_line(lib.meeting_summary(meeting.id))
    assert entry.form_no_edit.text() == next_form_no(lib, hood)


def test_a_form_attached_to_a_concern_updates_its_row(entry: Any, window: Any) -> None:
    area, lib = window.controller.concerns_area, window.controller.library
    k1 = next(r for r in area.model.rows() if r.code == "K1")
    total = area.model.total()
    entry.description_edit.setPlainText(k1.title)
    entry.panel.refresh()
    assert entry.panel.suggestions()[0].code == "K1"
    entry.panel.attach_key(1)
    with counting(lib) as seen:
        assert entry.save_and_next()
    assert seen.sessions == 1
    row = next(r for r in area.model.rows() if r.code == "K1")
    assert row.reports == k1.reports + 1 and area.model.total() == total
    meeting_id = window.controller.current_meeting().id
    assert window.meeting_summary.text() == summary_line(lib.meeting_summary(meeting_id))


def test_the_other_areas_show_the_new_concern_when_opened(entry: Any, window: Any) -> None:
    save(entry, "Zwerfvuil achter de sporthal")
    entry.reject()
    window.area_stack.setCurrentIndex(VOTING)
    voting = window.controller.voting_area
    assert any(c.title.startswith("Zwerfvuil achter") for c in voting.concerns)


def test_undoing_a_saved_form_shows_the_list_and_counts_without_it(entry: Any, window: Any) -> None:
    area, lib = window.controller.concerns_area, window.controller.library
    summary = window.meeting_summary.text()
    save(entry, "Zwerfvuil achter de sporthal")
    entry.reject()
    window.undo_stack.undo()
    assert not any(r.title.startswith("Zwerfvuil achter") for r in area.model.rows())
    assert window.meeting_summary.text() == summary
    window.undo_stack.redo()
    assert any(r.title.startswith("Zwerfvuil achter") for r in area.model.rows())
    meeting_id = window.controller.current_meeting().id
    assert window.meeting_summary.text() == summary_line(lib.meeting_summary(meeting_id))
