"""Kill the program at random moments while it saves forms: nothing confirmed may be lost."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from buurtdesk.core.store.library import Library
from tests.locations import TESTS

DRIVER = TESTS / "crash_driver.py"
FORMS = 200
MIN_KILLS = 30


def _stored(db: Path) -> set[int]:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return {int(r[0]) for r in con.execute("SELECT form_no FROM report")}
    finally:
        con.close()


def test_sigkill_never_loses_a_saved_form(db_path: Path) -> None:
    lib = Library(db_path)
    meeting = lib.add_meeting(lib.add_neighbourhood("Crashbuurt"), dt.date(2026, 12, 1))
    lib.close()
    rng = random.Random(20261127)
    confirmed: set[int] = set()
    kills = runs = 0
    while (kills < MIN_KILLS or len(_stored(db_path)) < FORMS) and runs < 200:
        runs += 1
        first = max(_stored(db_path), default=0) + 1
        if first > FORMS:
            break
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(db_path), str(meeting), str(first), str(FORMS)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready"
        lines: list[str] = []
        if kills < MIN_KILLS:
            # Let a random number of saves return (never so many that forms run out before
            # the kills do), then kill at a random moment within the next save.
            spare = (FORMS - first + 1) // (MIN_KILLS - kills + 1)
            for _ in range(rng.randint(0, max(0, spare))):
                lines.append(proc.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.01))
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
                kills += 1
        out, _ = proc.communicate()
        lines += out.splitlines()
        confirmed |= {int(line.split()[1]) for line in lines if line.startswith("saved")}
        missing = confirmed - _stored(db_path)
        assert not missing, f"run {runs}: forms {sorted(missing)} were confirmed but are gone"
    assert kills >= MIN_KILLS
    assert _stored(db_path) == set(range(1, FORMS + 1))
