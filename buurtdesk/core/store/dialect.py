"""Which kind of database ``--db`` names: a BuurtDesk file (SQLite) or a PostgreSQL server.

Only the standard library here: the command line asks before it imports anything else.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

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
