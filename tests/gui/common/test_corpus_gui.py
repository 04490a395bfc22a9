"""The hostile-input corpus through the window: the entry form, the import dialog, the tally
grid and File > Openen.  One clear message at the field (or one warning box for a file), no
unexpected-error box, and nothing stored changed."""

from __future__ import annotations

import errno
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QUndoStack
from sqlalchemy import event

from buurtdesk.core.concerns import intake as concerns
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting import counting as voting
from tests.corpus import (
    BAD_COUNTS,
    BAD_DATES,
    CONTROL,
    EMPTY,
    LONG,
    MALFORMED_CSV,
    SCRIPT,
    SQL,
    bad_databases,
    concern_csv,
    snapshot,
)
from tests.corpus.inject import deny
from tests.corpus.plugin import record
from tests.gui.concerns.test_gui_concerns_entry import open_form, type_text


@pytest.fixture(autouse=True)
def no_unexpected_error(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """The window's last-resort error box must never be reached."""
    from buurtdesk.gui import app

    hit: list[object] = []
    monkeypatch.setattr(app, "report_unexpected_error", lambda *a: hit.append(a))
    yield hit
    assert hit == []


@pytest.fixture
def stored_file(hood_file: Any) -> Any:
    lib = Library(hood_file.path)
    try:
        concerns.save_form(
            lib, concerns.FormInput(hood_file.meeting_ids[0], "Losse tegels", street="Dorpsstraat")
        )
    finally:
        lib.close()
    return hood_file


@pytest.fixture
def form(window: Any, stored_file: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    window.files.open_path(stored_file.path)
    return open_form(window, monkeypatch)


def shown_messages(form: Any) -> dict[str, str]:
    return {f: form.message_text(f) for f in form.messages if form.message_text(f)}


def refused_at(form: Any, path: Path, boxes: Any, field: str) -> str:
    before = snapshot(path)
    assert not form.save_and_next()
    assert form.status_label.text().startswith("Niet opgeslagen")
    shown = shown_messages(form)
    assert list(shown) == [field], shown
    assert boxes.calls == []
    assert snapshot(path) == before
    return shown[field]


def saved_exactly(form: Any, window: Any, text: str) -> None:
    assert form.save_and_next(), form.status_label.text()
    assert "opgeslagen" in form.status_label.text()
    lib = window.controller.library
    with lib.session() as s:
        from sqlalchemy import select

        from buurtdesk.core.store.models import Report

        wordings = list(s.scalars(select(Report.wording).order_by(Report.id)))
    assert wordings == ["Losse tegels", text.strip()]


# -- the entry form ---------------------------------------------------------------------


@pytest.mark.parametrize("text", EMPTY, ids=["nothing", "spaces", "white-space"])
def test_form_empty(
    form: Any, stored_file: Any, boxes: Any, qtbot: Any, text: str, record_property: Any
) -> None:
    record(record_property, "empty", "gui_entry_form")
    if text.strip(" "):
        form.description_edit.setPlainText(text)
    else:
        qtbot.keyClicks(form.description_edit, text)  # typed
    message = refused_at(form, stored_file.path, boxes, "description")
    assert "omschrijving" in message


@pytest.mark.parametrize("text", LONG, ids=["a", "words", "accents"])
def test_form_100000_characters(
    form: Any, stored_file: Any, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "long", "gui_entry_form")
    form.description_edit.setPlainText(text)
    message = refused_at(form, stored_file.path, boxes, "description")
    assert "omschrijving" in message and f"{len(text.strip())} tekens" in message
    assert form.description_edit.toPlainText() == text  # nothing cut off


@pytest.mark.parametrize("text", CONTROL, ids=["nul", "escape", "delete"])
def test_form_control_characters(
    form: Any, stored_file: Any, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "control", "gui_entry_form")
    form.description_edit.setPlainText(text)
    message = refused_at(form, stored_file.path, boxes, "description")
    assert "stuurteken" in message


@pytest.mark.parametrize("text", SCRIPT, ids=["emoji", "arabic", "hebrew-override"])
def test_form_typed_emoji_and_right_to_left(
    form: Any, window: Any, qtbot: Any, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "script", "gui_entry_form")
    type_text(qtbot, form.description_edit, text)
    assert form.description_edit.toPlainText() == text
    saved_exactly(form, window, text)
    assert boxes.calls == []


@pytest.mark.parametrize("text", SQL, ids=["drop", "or", "delete"])
def test_form_typed_sql(
    form: Any, window: Any, qtbot: Any, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "sql", "gui_entry_form")
    qtbot.keyClicks(form.description_edit, text)
    saved_exactly(form, window, text)
    assert boxes.calls == []


@pytest.mark.parametrize("text", BAD_DATES[:4])
def test_form_typed_impossible_dates(
    form: Any, stored_file: Any, qtbot: Any, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "date", "gui_entry_form")
    form.date_edit.setFocus()
    form.date_edit.selectAll()  # as Tab leaves the pre-filled meeting date: typing replaces it
    qtbot.keyClicks(form.date_edit, text)
    form.description_edit.setPlainText("Losse tegels bij de school")
    message = refused_at(form, stored_file.path, boxes, "received_on")
    assert any(w in message for w in ("Dag ", "maand", "jaartal", "datum"))
    assert form.date_edit.text() == text


def _fill_the_disk(dbapi_con: Any, _record: Any) -> None:
    pages = dbapi_con.execute("PRAGMA page_count").fetchone()[0]
    dbapi_con.execute(f"PRAGMA max_page_count = {pages}")


def _read_only(dbapi_con: Any, _record: Any) -> None:
    dbapi_con.execute("PRAGMA query_only = ON")


@pytest.mark.parametrize("how", ["disk_full", "unwritable"])
def test_form_on_a_full_disk_or_read_only_file(
    form: Any, window: Any, stored_file: Any, boxes: Any, how: str, record_property: Any
) -> None:
    record(record_property, how, "gui_entry_form")
    lib = window.controller.library
    lib.engine.dispose()
    event.listen(lib.engine, "connect", _fill_the_disk if how == "disk_full" else _read_only)
    text = "Te hard rijden in de Dorpsstraat " * 60  # each form needs pages of its own
    for _attempt in range(40):
        form.description_edit.setPlainText(text)
        before = snapshot(stored_file.path)
        if not form.save_and_next():
            break
    else:
        pytest.fail("the full disk never refused a form")
    status = form.status_label.text()
    assert status.startswith("Niet opgeslagen") and "schijf is vol" in status
    assert form.description_edit.toPlainText() == text  # what was typed is still there
    assert boxes.calls == []
    assert snapshot(stored_file.path) == before


# -- the import dialog ----------------------------------------------------------------------


@pytest.fixture
def dialog(window: Any, stored_file: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    from buurtdesk.gui.concerns import import_dialog

    window.files.open_path(stored_file.path)
    opened: list[Any] = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda d: opened.append(d) or 0)
    window.controller.concerns_area.actions.import_.trigger()
    return opened[0]


@pytest.mark.parametrize("name", ["binary", "utf16_no_bom", "empty_file"])
def test_import_dialog_unreadable_files(
    dialog: Any, stored_file: Any, tmp_path: Path, boxes: Any, name: str, record_property: Any
) -> None:
    record(record_property, "csv", "gui_import")
    before = snapshot(stored_file.path)
    path = tmp_path / f"{name}.csv"
    path.write_bytes(MALFORMED_CSV[name])
    assert not dialog.load(str(path))
    message = dialog.file_message.text()
    assert message.startswith("Dit bestand kan niet worden ingelezen") and f"{name}.csv" in message
    assert not dialog.run_button.isEnabled() and boxes.calls == []
    assert snapshot(stored_file.path) == before


@pytest.mark.parametrize(
    ("kind", "text", "cause"),
    [
        ("empty", EMPTY[1], "Vul de omschrijving in"),
        ("long", LONG[0], "De omschrijving heeft"),
        ("control", CONTROL[1], "onzichtbaar stuurteken"),
    ],
)
def test_import_dialog_refuses_the_hostile_row(
    dialog: Any,
    stored_file: Any,
    tmp_path: Path,
    boxes: Any,
    kind: str,
    text: str,
    cause: str,
    record_property: Any,
) -> None:
    record(record_property, kind, "gui_import")
    before = snapshot(stored_file.path)
    path = tmp_path / "forms.csv"
    path.write_bytes(concern_csv(["Graffiti op de muur", text]))
    assert dialog.load(str(path)) and dialog.run()
    t = dialog.report_table
    rows = [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]
    assert [(r[0], r[2]) for r in rows] == [("2", "ingevoerd"), ("3", "geweigerd")]
    assert cause in rows[1][5]  # the reason in the window's language
    assert set(before) <= set(snapshot(stored_file.path)) and boxes.calls == []


@pytest.mark.parametrize("text", [SCRIPT[0], SCRIPT[2], SQL[0]], ids=["emoji", "rtl", "sql"])
def test_import_dialog_keeps_script_and_sql(
    dialog: Any, window: Any, tmp_path: Path, boxes: Any, text: str, record_property: Any
) -> None:
    record(record_property, "sql" if text in SQL else "script", "gui_import")
    path = tmp_path / "forms.csv"
    path.write_bytes(concern_csv([text]))
    assert dialog.load(str(path)) and dialog.run()
    assert dialog.report_table.item(0, 2).text() == "ingevoerd"
    with window.controller.library.session() as s:
        from sqlalchemy import select

        from buurtdesk.core.store.models import Report

        assert list(s.scalars(select(Report.wording).order_by(Report.id)))[-1] == text
    assert boxes.calls == []


# -- the tally grid ---------------------------------------------------------------------------


@pytest.fixture
def area(qtbot: Any, stored_file: Any) -> Iterator[Any]:
    from buurtdesk.gui.voting.area import VotingArea

    lib = Library(stored_file.path)
    stack = QUndoStack()
    widget = VotingArea(stack)
    widget.keep_stack = stack  # type: ignore[attr-defined]
    qtbot.addWidget(widget)
    widget.show()
    widget.show_meeting(lib, stored_file.meeting_ids[0])
    yield widget
    widget.close()
    lib.close()


@pytest.mark.parametrize("count", BAD_COUNTS)
def test_tally_grid_negative_and_huge(
    area: Any, stored_file: Any, boxes: Any, count: int, record_property: Any
) -> None:
    record(record_property, "count", "gui_tally")
    model = area.tally.model
    assert model.setData(model.index(0, 2), "3")
    before = snapshot(stored_file.path)
    model.setData(model.index(0, 2), str(count))
    message = area.message.text()
    assert area.message.property("error") is True
    assert message.startswith("K1: ") and ("negatief" in message or "groot" in message)
    assert voting.tallies(area.library, stored_file.meeting_ids[0]) == {model.concerns[0].id: 3}
    assert snapshot(stored_file.path) == before and boxes.calls == []


# -- File > Openen ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["truncated", "corrupt", "not_sqlite", "zero_bytes_header"])
def test_open_a_damaged_file(
    window: Any,
    stored_file: Any,
    file_dialogs: Any,
    boxes: Any,
    tmp_path: Path,
    name: str,
    record_property: Any,
) -> None:
    record(record_property, "database", "gui_open")
    window.files.open_path(stored_file.path)
    bad = bad_databases(tmp_path, stored_file.path)[name]
    data = bad.read_bytes()
    file_dialogs.open_name = str(bad)
    assert not window.files.open_dialog()
    assert len(boxes.calls) == 1
    kind, title, text = boxes.calls[0]
    assert kind == "warning" and title == "Bestand niet geopend"
    assert str(bad) in text and ("beschadigd" in text or "geen BuurtDesk-bestand" in text)
    assert bad.read_bytes() == data
    assert window.controller.library.path == stored_file.path  # the open file stays open


# -- the Documenten area: saving to a folder that cannot be written, or a full disk ----------


@pytest.fixture
def documents(qtbot: Any, tmp_path: Path) -> Iterator[Any]:
    from buurtdesk.core.actions import edit as action_edit
    from buurtdesk.core.actions import follow_up as actions
    from buurtdesk.gui.documents.area import DocumentsArea
    from tests.action_helpers import make_hood

    hood = make_hood(tmp_path / "docs.buurtdesk")
    action_edit.add_action(
        hood.lib,
        hood.priorities["Te hard rijden"],
        actions.ActionFields("Snelheidscontroles", hood.partners["Politie"], "wijkagent"),
    )
    widget = DocumentsArea()
    qtbot.addWidget(widget)
    widget.show()
    widget.show_meeting(hood.lib, hood.lib.meetings()[0])
    yield widget
    widget.close()
    hood.lib.close()


@pytest.mark.parametrize("code", [errno.EACCES, errno.ENOSPC], ids=["unwritable", "disk_full"])
@pytest.mark.parametrize("what", ["report", "actions-csv"])
def test_documents_area_cannot_write(
    documents: Any,
    file_dialogs: Any,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    what: str,
    code: int,
    record_property: Any,
) -> None:
    record(record_property, "unwritable" if code == errno.EACCES else "disk_full", "gui_documents")
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / ("verslag.pdf" if what == "report" else "acties.csv")
    target.write_bytes(b"an earlier version")
    file_dialogs.save_name = str(target)
    stored = snapshot(documents.library.path)
    deny(monkeypatch, folder, code)
    if what == "report":
        documents.make_buttons["report"].click()
    else:
        documents.save_csv("actions")
    monkeypatch.undo()
    assert boxes.kinds() == ["warning"]
    text = boxes.calls[0][2]
    assert "kon niet worden gemaakt" in text and str(target) in text
    assert ("permission denied" if code == errno.EACCES else "the disk is full") in text
    assert sorted(p.name for p in folder.iterdir()) == [target.name]
    assert target.read_bytes() == b"an earlier version"
    assert snapshot(documents.library.path) == stored
