"""A first look at a BuurtDesk file: its neighbourhoods and meetings, through plain sqlite3.

The window lists these the moment it is on screen, while the database layer (SQLAlchemy and
the models, about 0.3 s to import) loads behind it.  The look is read-only and modest: a file
that is not plainly a current BuurtDesk file, or cannot be read right now, gives ``None``, and
the normal opening (``Library``) decides what to do with it and says why.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from buurtdesk.core.store.db import APPLICATION_ID, SCHEMA_VERSION, read_only_uri


@dataclass(frozen=True)
class HoodLine:
    id: int
    name: str
    municipality: str


@dataclass(frozen=True)
class MeetingLine:
    id: int
    neighbourhood_id: int
    date: dt.date
    start_time: dt.time | None
    status: str


@dataclass(frozen=True)
class Listing:
    neighbourhoods: list[HoodLine]  # by name, as the window lists them
    meetings: list[MeetingLine]  # oldest first, as ``Library.meetings`` gives them

    def meetings_of(self, neighbourhood_id: int | None) -> list[MeetingLine]:
        return [m for m in self.meetings if m.neighbourhood_id == neighbourhood_id]

    def busiest_neighbourhood(self) -> int | None:
        """The neighbourhood of the newest meeting, else the first one (as the window picks)."""
        if self.meetings:
            return self.meetings[-1].neighbourhood_id
        return self.neighbourhoods[0].id if self.neighbourhoods else None


def peek(path: Path) -> Listing | None:
    """The neighbourhoods and meetings in ``path``, or ``None`` when in any doubt."""
    try:
        if not path.is_file():
            return None
        with path.open("rb") as handle:
            header = handle.read(100)
        conn = sqlite3.connect(read_only_uri(path, header), uri=True, timeout=0.2)
        try:
            return _read(conn)
        finally:
            conn.close()
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return None


def _read(conn: sqlite3.Connection) -> Listing | None:
    conn.execute("PRAGMA trusted_schema=OFF")  # the file's own SQL may call no functions
    if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        return None
    if conn.execute("PRAGMA user_version").fetchone()[0] != SCHEMA_VERSION:
        return None  # older files are migrated first, newer ones refused: not for a preview
    hoods = [
        HoodLine(int(i), str(name), str(town or ""))
        for i, name, town in conn.execute(
            "SELECT id, name, municipality FROM neighbourhood ORDER BY name"
        )
    ]
    meetings = [
        MeetingLine(
            int(i),
            int(hood),
            dt.date.fromisoformat(day),
            dt.time.fromisoformat(start) if start else None,
            str(status),
        )
        for i, hood, day, start, status in conn.execute(
            "SELECT id, neighbourhood_id, date, start_time, status FROM meeting "
            "ORDER BY date, start_time, id"
        )
    ]
    return Listing(hoods, meetings)
