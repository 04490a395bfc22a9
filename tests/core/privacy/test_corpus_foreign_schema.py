"""What a file brings that is not BuurtDesk's: indexes on BuurtDesk's tables are dropped like
triggers and views; tables BuurtDesk does not know are named, kept, never copied into an
anonymised copy and never searched by an erasure (which says so)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store.library import Library
from tests.core.privacy.erasure_planting import NAME, PHONE, TRACES, _left
from tests.corpus import snapshot
from tests.corpus.plugin import record

# Indexes a sender may plant on BuurtDesk's own tables: name -> SQL.
INDEXES = {
    # fine for the rows there are, "integer overflow" for every row added later
    "raises_on_insert": "CREATE INDEX raises_on_insert ON report("
    "abs(CASE WHEN id > {last} THEN -9223372036854775807 - 1 ELSE 0 END))",
    # a function SQLite will not run from a file's schema: every statement is refused
    "unsafe_function": "CREATE INDEX unsafe_function ON report("
    "json_extract(CASE WHEN id > {last} THEN 'x' ELSE '0' END, '$'))",
    "unique_refuses": "CREATE UNIQUE INDEX unique_refuses ON report(meeting_id)",
    "plain": "CREATE INDEX plain ON concern(title)",
    "partial": "CREATE INDEX partial ON submitter(name) WHERE phone IS NOT NULL",
    'odd "name"': 'CREATE INDEX "odd ""name""" ON concern(street COLLATE NOCASE)',
}

# Tables a sender (or a curious user) may add: name -> the SQL that makes and fills it.
TABLES = {
    "buren": [
        "CREATE TABLE buren (naam TEXT, telefoon TEXT)",
        f"INSERT INTO buren VALUES ('{NAME}', '{PHONE}')",
    ],
    "zonder_rowid": [
        "CREATE TABLE zonder_rowid (naam TEXT PRIMARY KEY, telefoon TEXT) WITHOUT ROWID",
        f"INSERT INTO zonder_rowid VALUES ('{NAME}', '{PHONE}')",
    ],
    "zoek": [
        "CREATE VIRTUAL TABLE zoek USING fts5(tekst)",
        f"INSERT INTO zoek VALUES ('{NAME} belt {PHONE}')",
    ],
    'mijn "lijst"': [
        'CREATE TABLE "mijn ""lijst""" (wie TEXT)',
        'CREATE INDEX "mijn index" ON "mijn ""lijst"""(wie)',
        f'INSERT INTO "mijn ""lijst""" VALUES (\'{NAME}, {PHONE}\')',
    ],
}


def _cli(capsys: Any, *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _execute(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        last = con.execute("SELECT max(id) FROM report").fetchone()[0]
        for sql in statements:
            con.execute(sql.replace("{last}", str(last)))
        con.commit()
    finally:
        con.close()


def _says(text: str, start: str, name: str, end: str) -> bool:
    """One line of ``text`` starts with ``start`` and names ``name`` before ``end``."""
    return any(
        line.startswith(start) and name in line.split(end)[0] and end in line
        for line in text.splitlines()
    )


def _names(path: Path, kind: str) -> set[str]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = ?", (kind,))}
    finally:
        con.close()


# -- 9. indexes ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", INDEXES)
def test_a_planted_index_is_named_by_check_and_dropped_when_editing(
    planted: tuple[Library, int], tmp_path: Path, capsys: Any, name: str, record_property: Any
) -> None:
    record(record_property, "database", "cli")
    lib, _sid = planted
    lib.close()
    _execute(lib.path, INDEXES[name])
    code, out, _err = _cli(capsys, "check", "--db", lib.path)
    assert code == 1 and f"not BuurtDesk's: index {name} (dropped when opened for editing)" in out
    assert name in _names(lib.path, "index")  # looking changes nothing
    forms = tmp_path / "formulieren.csv"
    forms.write_text("Omschrijving;Straat\nLosse tegels;Dorpsstraat\nGraffiti;Kerkpad\n")
    meeting = Library(lib.path, read_only=True)
    try:
        (m,) = meeting.meetings()
    finally:
        meeting.close()
    code, out, err = _cli(
        capsys, "import", "concerns", forms, "--db", lib.path, "--meeting", m.id, "--no-attach"
    )
    assert code == 0, err
    assert f"note: {lib.path}: removed index {name}: not part of BuurtDesk" in err
    assert out.count(",imported,") == 2
    assert name not in _names(lib.path, "index")
    assert _cli(capsys, "check", "--db", lib.path)[0] == 0


def test_buurtdesks_own_indexes_are_not_foreign(tmp_path: Path) -> None:
    from buurtdesk.core.store.schema_guard import foreign_objects

    Library(tmp_path / "nieuw.buurtdesk").close()
    con = sqlite3.connect(tmp_path / "nieuw.buurtdesk")
    try:
        assert foreign_objects(con) == ()
        con.execute("ANALYZE")  # sqlite_stat1: SQLite's own
        assert foreign_objects(con) == ()
    finally:
        con.close()


def test_a_failing_import_prints_no_imported_line_and_no_sql(
    planted: tuple[Library, int],
    tmp_path: Path,
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    """Whatever makes the write fail (here an index the guard is kept from dropping): no row
    is reported imported, the file is as it was, the error is words, not SQL."""
    record(record_property, "database", "cli")
    from buurtdesk.core.store import db

    lib, _sid = planted
    (m,) = lib.meetings()
    lib.close()
    _execute(lib.path, INDEXES["raises_on_insert"])
    monkeypatch.setattr(db, "drop_foreign", lambda *_a: None)
    before = snapshot(lib.path)
    forms = tmp_path / "formulieren.csv"
    forms.write_text(f"Omschrijving;Naam;Telefoon\nLosse tegels;{NAME};{PHONE}\n")
    code, out, err = _cli(capsys, "import", "concerns", forms, "--db", lib.path, "--meeting", m.id)
    assert code == 1 and "imported" not in out
    assert "error: the file refused the change (integer overflow); the change was not saved" in err
    for raw in ("INSERT", "[SQL", "parameters", NAME, PHONE, "sqlalche.me"):
        assert raw not in err
    assert snapshot(lib.path) == before


# -- 8. tables ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", TABLES)
def test_an_unknown_table_is_named_kept_never_copied_and_said_unsearched(
    planted: tuple[Library, int], tmp_path: Path, capsys: Any, name: str, record_property: Any
) -> None:
    record(record_property, "database", "cli")
    lib, sid = planted
    lib.close()
    _execute(lib.path, *TABLES[name])
    code, out, _err = _cli(capsys, "check", "--db", lib.path)
    assert code == 1 and _says(out, "not BuurtDesk's: table", name, "(kept as is)")
    copy = tmp_path / "anoniem.buurtdesk"
    code, _out, err = _cli(capsys, "export", "anonymised", "--db", lib.path, "-o", copy)
    assert code == 0, err
    assert _names(copy, "table").isdisjoint({name, f"{name}_data"})
    assert _left(copy) == [] and not any(t.encode() in copy.read_bytes() for t in TRACES)
    assert "concern" in _names(copy, "table")  # BuurtDesk's own tables are all there
    code, out, err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
    assert code == 0 and f"deleted person {sid}" in out
    assert _says(err, "note: table", name, "not searched")
    code, _out, err = _cli(capsys, "retention", "--db", lib.path)
    assert code == 0 and _says(err, "note: table", name, "not searched")
    assert name in _names(lib.path, "table")  # never dropped: it may be someone's work
    assert NAME.casefold() in "\n".join(snapshot(lib.path)).casefold()  # and not searched


def test_sqlite_and_alembic_tables_are_known(tmp_path: Path, capsys: Any) -> None:
    path = tmp_path / "eigen.buurtdesk"
    Library(path).close()
    _execute(path, "ANALYZE", "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)")
    _execute(path, "INSERT INTO t DEFAULT VALUES", "DROP TABLE t")  # leaves sqlite_sequence
    assert {"sqlite_stat1", "sqlite_sequence", "alembic_version"} <= _names(path, "table")
    lib = Library(path)
    try:
        assert lib.unknown_tables() == ()
    finally:
        lib.close()
    assert _cli(capsys, "check", "--db", path)[0] == 0
