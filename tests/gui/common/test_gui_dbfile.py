"""Opening a database file the window cannot use, through File > Openen: one warning box with
one clear sentence, never the unexpected-error box; and a file that brings its own SQL opens
without that SQL running."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from tests.corpus import snapshot
from tests.corpus.inject import deny
from tests.corpus.plugin import record
from tests.gui.common.test_corpus_gui import no_unexpected_error  # noqa: F401 (autouse)


def _refused(window: Any, boxes: Any, path: Path, *words: str) -> str:
    """Opening ``path`` fails with one warning box naming ``words``; the file is unchanged."""
    before = snapshot(path)
    assert not window.files.open_path(path) and window.controller.library is None
    assert snapshot(path) == before
    assert boxes.kinds() == ["warning"], boxes.calls
    text = boxes.calls[0][2]
    for word in words:
        assert word in text, (word, text)
    assert "SQL" not in text and "Traceback" not in text and "unexpected" not in text
    return text


def test_open_in_a_read_only_folder(
    window: Any, hood_file: Any, boxes: Any, monkeypatch: pytest.MonkeyPatch, record_property: Any
) -> None:
    """(On a full disk the file opens, and the first save says so: test_corpus_gui.)"""
    record(record_property, "dbfile", "gui_open_file")
    deny(monkeypatch, hood_file.path.parent, errno.EACCES)
    try:
        _refused(window, boxes, hood_file.path, "kan niet in dit bestand of in deze map schrijven")
    finally:
        monkeypatch.undo()


def test_open_with_a_table_gone(
    window: Any, hood_file: Any, boxes: Any, record_property: Any
) -> None:
    record(record_property, "dbfile", "gui_open_file")
    with contextlib.closing(sqlite3.connect(hood_file.path)) as con, con:
        con.execute("DROP TABLE action")
    _refused(window, boxes, hood_file.path, "beschadigd", str(hood_file.path))


def test_open_a_file_with_its_own_sql(
    window: Any, hood_file: Any, boxes: Any, record_property: Any
) -> None:
    record(record_property, "dbfile", "gui_open_file")
    con = sqlite3.connect(hood_file.path)
    con.execute("CREATE TABLE loot (what TEXT)")
    for table in ("neighbourhood", "meeting", "report", "backup_log", "audit_log", "setting"):
        exists = con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        if exists:
            con.execute(
                f"CREATE TRIGGER on_{table} AFTER INSERT ON {table} "
                "BEGIN INSERT INTO loot VALUES ('fired'); END"
            )
    con.execute("CREATE VIEW people AS SELECT name FROM submitter")
    con.commit()
    con.close()
    assert window.files.open_path(hood_file.path)
    library = window.controller.library
    assert "trigger on_meeting" in library.removed and "view people" in library.removed
    library.add_neighbourhood("Noord")
    con = sqlite3.connect(f"file:{Path(hood_file.path)}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT count(*) FROM loot").fetchone()[0] == 0
        kinds = con.execute("SELECT type FROM sqlite_master WHERE type IN ('trigger', 'view')")
        assert kinds.fetchall() == []
    finally:
        con.close()
    assert "BuurtDesk" in window.statusBar().currentMessage()
