"""What in a BuurtDesk file is not BuurtDesk's own: SQL that would run inside it, tables it
does not know, and tables that are gone.

BuurtDesk's schema has no triggers and no views, and only the indexes its models name.  A file
from someone else may carry others: a trigger runs its SQL whenever BuurtDesk writes (it could
copy residents' names into another table, or delete rows), a view can stand in for data, an
index on an expression runs that expression on every insert (and can make each one fail).
Such objects are dropped before the first write when a file is opened for editing, and
reported by ``buurtdesk check``; a file opened read-only cannot set them off (every write is
refused), so there they stay.

A table BuurtDesk does not know is different: it may be someone's own work, so it is never
dropped, but it is named (``check``, the window), left out of every de-identified copy, and
an erasure says it was not searched.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

# Tables SQLite or Alembic keep beside the models' own.
_KEPT_BESIDE = ("alembic_version", "sqlite_sequence")


def _own_tables() -> frozenset[str]:
    from buurtdesk.core.store.models import Base

    return frozenset(Base.metadata.tables)


def _own_indexes() -> frozenset[str]:
    from buurtdesk.core.store.models import Base

    return frozenset(str(i.name) for t in Base.metadata.tables.values() for i in t.indexes)


def foreign_objects(con: sqlite3.Connection) -> tuple[str, ...]:
    """``("index NAME", "trigger NAME", "view NAME", ...)``: every trigger and view, none being
    ours, and every index on one of our tables that our models do not name (SQLite's own
    indexes for a primary key or a unique constraint have no SQL and are ours)."""
    rows = con.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE type IN ('trigger', 'view', 'index') ORDER BY name"
    ).fetchall()
    tables, indexes = _own_tables(), _own_indexes()
    return tuple(
        f"{kind} {name}"
        for kind, name, table, sql in rows
        if kind != "index" or (sql is not None and table in tables and name not in indexes)
    )


def unknown_tables(con: sqlite3.Connection) -> tuple[str, ...]:
    """The tables in the file that are not BuurtDesk's (nor SQLite's or Alembic's), by name."""
    have = (r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'"))
    own = _own_tables() | set(_KEPT_BESIDE)
    return tuple(sorted(n for n in have if n not in own and not n.startswith("sqlite_stat")))


def unknown_tables_note(tables: tuple[str, ...]) -> str:
    """One sentence naming tables BuurtDesk does not know (empty when there are none)."""
    if not tables:
        return ""
    named = ", ".join(tables)
    return f"table{'s' if len(tables) > 1 else ''} {named} not part of BuurtDesk (kept as is)"


def missing_tables(con: sqlite3.Connection) -> list[str]:
    """The tables of the current schema that the file does not have."""
    from buurtdesk.core.store.models import Base

    have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return sorted(set(Base.metadata.tables) - have)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def parse_schema(con: sqlite3.Connection) -> None:
    """Make ``con`` (with ``trusted_schema`` off) able to read the file's schema when an object
    not BuurtDesk's calls a function SQLite calls unsafe there (SQLite then refuses every
    statement).  Only for a connection that lists, checks or drops: nothing of the file's own
    SQL runs on it."""
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        if "unsafe use of" not in str(exc):
            raise
        con.execute("PRAGMA trusted_schema=ON")


def drop_foreign(path: Path, objects: tuple[str, ...]) -> None:
    """Drop ``objects`` (as ``foreign_objects`` names them) in one transaction."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
        parse_schema(con)  # only DROP statements run here
        con.execute("BEGIN IMMEDIATE")
        _drop(con, objects)
        con.execute("COMMIT")
    finally:
        con.close()


def drop_foreign_here(con: sqlite3.Connection) -> tuple[str, ...]:
    """Drop every foreign trigger and view on ``con`` itself (a copy in memory, say)."""
    con.execute("PRAGMA trusted_schema=OFF")
    objects = foreign_objects(con)
    _drop(con, objects)
    return objects


def _drop(con: sqlite3.Connection, objects: tuple[str, ...]) -> None:
    for kind, name in (o.split(" ", 1) for o in objects):
        con.execute(f"DROP {kind.upper()} IF EXISTS {_quoted(name)}")


def drop_unknown_here(con: sqlite3.Connection) -> tuple[str, ...]:
    """Drop the tables BuurtDesk does not know on ``con``: only ever a copy being
    de-identified (an anonymised copy holds BuurtDesk's own tables only), never the file."""
    tables = unknown_tables(con)
    for name in tables:
        con.execute(f"DROP TABLE IF EXISTS {_quoted(name)}")  # a virtual one takes its own
    return tables


def notice(objects: tuple[str, ...]) -> str:
    """One sentence about removed ``objects``."""
    return f"removed {', '.join(objects)}: not part of BuurtDesk (a file may not run its own SQL)"


def glance(path: Path) -> tuple[int, tuple[str, ...]]:
    """``(user_version, foreign_objects)`` read quickly, without the integrity check that
    opening makes; ``(0, ())`` when the file cannot be read that way (opening then says why)."""
    from buurtdesk.core.store.sqlite_read import connect_read_only

    try:
        con = connect_read_only(path)
        try:
            return con.execute("PRAGMA user_version").fetchone()[0], foreign_objects(con)
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return 0, ()
