"""Two windows on one file: the second is told and offered read-only; nothing is lost."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from buurtdesk.core.store.filelock import FileInUse, lock_path
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.write_errors import WriteError

HOLDER = """
import sys, time
from buurtdesk.core.store.library import Library
lib = Library(sys.argv[1], lock=True, daily_backup=False)
print("locked", flush=True)
time.sleep(60)
"""


def _file(path: Path) -> Path:
    lib = Library(path)
    lib.add_meeting(lib.add_neighbourhood("Oud-Noord"), dt.date(2026, 12, 1))
    lib.close()
    return path


def test_a_second_window_is_refused_while_the_first_runs(db_path: Path) -> None:
    _file(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(FileInUse) as info:
            Library(db_path, lock=True)
        assert info.value.holder.pid == holder.pid
        assert "in use by BuurtDesk" in str(info.value)
        # Read-only: it can look, and every write fails without changing a thing.
        before = db_path.read_bytes()
        viewer = Library(db_path, read_only=True)
        assert [m.neighbourhood for m in viewer.meetings()] == ["Oud-Noord"]
        with pytest.raises(WriteError, match="read-only"):
            viewer.add_neighbourhood("Nieuw")
        viewer.close()
        assert db_path.read_bytes() == before
        assert lock_path(db_path).exists()  # the read-only window leaves the lock alone
    finally:
        holder.kill()
        holder.wait()


def test_a_lock_left_by_a_crashed_window_is_taken_over(db_path: Path) -> None:
    _file(db_path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.kill()  # the window dies without cleaning up
    holder.wait()
    time.sleep(0.05)
    assert lock_path(db_path).exists()
    lib = Library(db_path, lock=True)  # no question: that process is gone
    assert json.loads(lock_path(db_path).read_text())["pid"] != holder.pid
    lib.close()
    assert not lock_path(db_path).exists()


def test_take_over_and_the_command_line_ignore_the_lock(db_path: Path) -> None:
    _file(db_path)
    lock_path(db_path).write_text(
        json.dumps({"pid": 1, "host": "another-laptop", "user": "ans", "since": "2026-11-27T19:00"})
    )
    with pytest.raises(FileInUse) as info:
        Library(db_path, lock=True)
    assert info.value.holder.host == "another-laptop"
    Library(db_path).close()  # the command line does not lock
    lib = Library(db_path, lock=True, take_over=True)
    lib.add_neighbourhood("Overgenomen")
    lib.close()
    assert not lock_path(db_path).exists()
