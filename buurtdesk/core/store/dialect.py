"""Which kind of database ``--db`` names: a BuurtDesk file (SQLite) or a PostgreSQL server.

Only the standard library here: the command line asks before it imports anything else.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit, urlunsplit

if TYPE_CHECKING:
    from sqlalchemy import Connection

SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")


def is_server(target: str | Path | None) -> bool:
    """Whether ``target`` names a PostgreSQL server rather than a file."""
    return isinstance(target, str) and target.startswith(SCHEMES)


def db_target(text: str) -> Path | str:
    """``--db`` as given: a server's URL stays text (a Path would fold its ``//``)."""
    return text if is_server(text) else Path(text)


def redacted(url: str) -> str:
    """``url`` without its password, for every message."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rsplit("@", 1)[1]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))


def joined(dialect: str, expr: str) -> str:
    """SQL joining ``expr`` (text or JSON) of the rows with commas: SQLite's ``group_concat``,
    PostgreSQL's ``string_agg``."""
    if dialect == "postgresql":
        return f"string_agg(CAST({expr} AS TEXT), ',')"
    return f"group_concat({expr}, ',')"


def ids_written(con: Connection, *tables: str) -> None:
    """After rows were inserted with ids of their own (a fast import, an undone import put
    back): PostgreSQL's id sequences of ``tables`` move past them, as SQLite's rowid does by
    itself."""
    if con.dialect.name != "postgresql":
        return
    from sqlalchemy import text

    for table in tables:
        con.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)"
            )
        )
