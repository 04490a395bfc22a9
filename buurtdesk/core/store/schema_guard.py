"""What in a BuurtDesk file is not BuurtDesk's own: SQL that would run inside it, and tables
that are gone.

BuurtDesk's schema has no triggers and no views.  A file from someone else may carry them: a
trigger runs its SQL whenever BuurtDesk writes (it could copy residents' names into another
table, or delete rows), a view can stand in for data.  Such objects are dropped before the
first write when a file is opened for editing, and reported by ``buurtdesk check``; a file
opened read-only cannot set off a trigger (every write is refused), so there they stay.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path


def foreign_objects(con: sqlite3.Connection) -> tuple[str, ...]:
    """``("trigger NAME", "view NAME", ...)``: every trigger and view, none being ours."""
    rows = con.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"
    )
    return tuple(f"{kind} {name}" for kind, name in rows)


def missing_tables(con: sqlite3.Connection) -> list[str]:
    """The tables of the current schema that the file does not have."""
    from buurtdesk.core.store.models import Base

    have = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return sorted(set(Base.metadata.tables) - have)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def drop_foreign(path: Path, objects: tuple[str, ...]) -> None:
    """Drop ``objects`` (as ``foreign_objects`` names them) in one transaction."""
    con = sqlite3.connect(path, isolation_level=None)
    try:
        con.execute("PRAGMA trusted_schema=OFF")
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
        con.execute(f"DROP {'TRIGGER' if kind == 'trigger' else 'VIEW'} IF EXISTS {_quoted(name)}")


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
