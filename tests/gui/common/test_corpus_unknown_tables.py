"""The window names the tables of a file that are not BuurtDesk's once, when it opens it, and
keeps them; a file of BuurtDesk's own tables opens without a word about them."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tests.corpus.plugin import record
from tests.gui.conftest import HoodFile

PLANTED = {
    "buren": "CREATE TABLE buren (naam TEXT, telefoon TEXT)",
    'mijn "lijst"': 'CREATE TABLE "mijn ""lijst""" (wie TEXT)',
    "zoek": "CREATE VIRTUAL TABLE zoek USING fts5(tekst)",
}


@pytest.mark.parametrize("name", PLANTED)
def test_the_window_names_an_unknown_table_once_when_the_file_opens(
    window: Any, hood_file: HoodFile, name: str, record_property: Any
) -> None:
    record(record_property, "database", "gui_open")
    con = sqlite3.connect(hood_file.path)
    con.execute(PLANTED[name])
    con.commit()
    con.close()
    assert window.files.open_path(hood_file.path)
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Tabellen die niet van BuurtDesk zijn (")
    assert name in shown and "blijven staan" in shown
    window.statusBar().clearMessage()
    window.controller.reload()
    assert window.statusBar().currentMessage() == ""  # once: when the file opens
    con = sqlite3.connect(hood_file.path)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()
    assert name in tables  # kept: it may be someone's work


def test_a_file_of_buurtdesks_own_tables_opens_without_a_word(
    window: Any, hood_file: HoodFile
) -> None:
    assert window.files.open_path(hood_file.path)
    assert "tabellen" not in window.statusBar().currentMessage()


def test_a_failing_import_in_the_window_shows_no_sql_and_keeps_the_file(
    window: Any,
    hood_file: HoodFile,
    tmp_path: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    """A write that fails (an index of the file's own that the guard is kept from dropping):
    one message with SQLite's reason, no statement, no resident's details, nothing stored."""
    record(record_property, "database", "gui_import")
    from buurtdesk.core.store import db
    from buurtdesk.gui.concerns import import_dialog
    from tests.corpus import snapshot

    con = sqlite3.connect(hood_file.path)
    con.execute("CREATE INDEX raises_on_insert ON report(abs(-9223372036854775807 - 1 + 0 * id))")
    con.commit()
    con.close()
    monkeypatch.setattr(db, "drop_foreign", lambda *_a: None)
    assert window.files.open_path(hood_file.path)
    before = snapshot(hood_file.path)
    opened: list[Any] = []
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda d: opened.append(d) or 0)
    window.controller.concerns_area.actions.import_.trigger()
    (dialog,) = opened
    path = tmp_path / "formulieren.csv"
    path.write_text("Omschrijving;Naam;Telefoon\nLosse tegels;Wil Zonnebloem;0648213377\n")
    assert dialog.load(str(path))
    assert not dialog.run()
    message = dialog.file_message.text()
    assert message == "Niet geïmporteerd: integer overflow"
    assert snapshot(hood_file.path) == before
