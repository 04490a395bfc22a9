"""The plain-sqlite3 first look at a file lists what ``Library`` lists, and nothing doubtful."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path

from buurtdesk.core.demo.create import create_demo
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.preview import peek


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_lists_what_the_library_lists(tmp_path: Path) -> None:
    path = tmp_path / "two.buurtdesk"
    lib = Library(path)
    try:
        west = lib.add_neighbourhood("Zuidwijk", "Rotterdam")
        east = lib.add_neighbourhood("Afrikaanderwijk", "")
        lib.add_meeting(west, dt.date(2026, 9, 1), dt.time(19, 30), "Buurthuis", "Anna")
        lib.add_meeting(east, dt.date(2026, 3, 1), None, "School", "Bram")
        lib.add_meeting(west, dt.date(2026, 2, 1), dt.time(20, 0), "Buurthuis", "Anna")
        hoods, meetings = lib.neighbourhoods(), lib.meetings()
    finally:
        lib.close()
    before = digest(path)
    listing = peek(path)
    assert listing is not None
    assert [(h.id, h.name, h.municipality) for h in listing.neighbourhoods] == [
        (h.id, h.name, h.municipality) for h in hoods
    ]
    seen = [(m.id, m.neighbourhood_id, m.date, m.start_time, m.status) for m in listing.meetings]
    want = [(m.id, m.neighbourhood_id, m.date, m.start_time, str(m.status)) for m in meetings]
    assert seen == want
    assert listing.busiest_neighbourhood() == west  # the newest meeting is in Zuidwijk
    assert [m.date.month for m in listing.meetings_of(west)] == [2, 9]
    assert digest(path) == before  # only looked at


def test_demo_file(tmp_path: Path) -> None:
    path = tmp_path / "demo.buurtdesk"
    create_demo(path, today=dt.date(2026, 11, 20))
    listing = peek(path)
    assert listing is not None and len(listing.meetings) == 3


def test_doubtful_files_give_none(tmp_path: Path) -> None:
    text = tmp_path / "notes.buurtdesk"
    text.write_text("geen database", encoding="utf-8")
    foreign = tmp_path / "other.sqlite"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE neighbourhood (id, name, municipality)")
    newer = tmp_path / "newer.buurtdesk"
    Library(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    broken = tmp_path / "broken.buurtdesk"
    Library(broken).close()
    broken.write_bytes(broken.read_bytes()[:1000])
    for path in (tmp_path / "missing.buurtdesk", tmp_path, text, foreign, newer, broken):
        assert peek(path) is None, path
