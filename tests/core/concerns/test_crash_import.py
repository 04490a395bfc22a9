"""An import is one transaction: killed at any moment, it leaves all of its rows or none."""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from buurtdesk.core.store.library import Library

ROWS = 3000
KILLS = 8


def _reports(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return int(con.execute("SELECT count(*) FROM report").fetchone()[0])
    finally:
        con.close()


def test_killed_import_is_all_or_nothing(db_path: Path, tmp_path: Path) -> None:
    lib = Library(db_path)
    meeting = lib.add_meeting(lib.add_neighbourhood("Importbuurt"), dt.date(2026, 12, 1))
    lib.close()
    sheet = tmp_path / "forms.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["form_no", "date", "street", "description"])
        for n in range(1, ROWS + 1):
            out.writerow([n, "2026-11-20", f"Straat {n % 40}", f"Melding {n}: afval en ratten"])
    cmd = [sys.executable, "-m", "buurtdesk", "import", "concerns", str(sheet),
           "--db", str(db_path), "--meeting", str(meeting)]  # fmt: skip
    # How long a whole import takes here (on a scratch copy), so the kills land inside it.
    scratch = tmp_path / "scratch.buurtdesk"
    shutil.copy(db_path, scratch)
    started = time.perf_counter()
    subprocess.run([*cmd[:-4], "--db", str(scratch), "--meeting", str(meeting)],
                   capture_output=True, check=True, timeout=300)  # fmt: skip
    whole = time.perf_counter() - started
    assert _reports(scratch) == ROWS
    rng = random.Random(7)
    outcomes = []
    for _ in range(KILLS):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 0.9) * whole)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        count = _reports(db_path)
        assert count in (0, ROWS), f"a killed import left {count} of {ROWS} rows"
        outcomes.append(count)
        if count == ROWS:
            break
    if outcomes[-1] == 0:  # never finished while we killed it: now let it run to the end
        subprocess.run(cmd, capture_output=True, check=False, timeout=300)
    assert _reports(db_path) == ROWS
    assert 0 in outcomes, "no kill landed before the import's commit"
