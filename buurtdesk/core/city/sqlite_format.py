"""Telling BuurtDesk's own SQLite formats apart by ``PRAGMA application_id``, without opening."""

from __future__ import annotations

from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def application_id(path: Path) -> int | None:
    """The application id of the SQLite file ``path``; None when it is not an SQLite file."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(100)
    except OSError:
        return None
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return None
    return int.from_bytes(head[68:72], "big")
