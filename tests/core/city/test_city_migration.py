"""Migration 0008: every neighbourhood and meeting of an older file gets its own UUID."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import uuid
from pathlib import Path

from buurtdesk.core.store.library import Library

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_an_older_file_gets_a_uuid_per_neighbourhood_and_meeting(tmp_path: Path) -> None:
    path = tmp_path / "oud.buurtdesk"
    shutil.copyfile(FIXTURES / "schema-0002.buurtdesk", path)
    lib = Library(path, daily_backup=False)
    try:
        lib.add_meeting(lib.neighbourhoods()[0].id, dt.date(2027, 1, 5))
    finally:
        lib.close()
    con = sqlite3.connect(path)
    try:
        for table in ("neighbourhood", "meeting"):
            values = [r[0] for r in con.execute(f"SELECT uuid FROM {table}")]
            assert values and all(uuid.UUID(v) for v in values)
            assert len(set(values)) == len(values)
            index = con.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (f"ix_{table}_uuid",)
            ).fetchone()[0]
            assert "UNIQUE" in index.upper()
        assert con.execute("SELECT publish_sequence FROM neighbourhood").fetchone()[0] == 0
    finally:
        con.close()
