"""On a server too, an import is one transaction: a client killed (SIGKILL) at any moment
leaves all of its rows or none."""

from __future__ import annotations

import csv
import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from buurtdesk.core.store.library import Library

ROWS = 1500
KILLS = 5


def _reports(url: str) -> int:
    lib = Library(url, create=False, read_only=True)
    try:
        return lib.counts()["reports"]
    finally:
        lib.close()


def _meeting(url: str) -> int:
    lib = Library(url)
    try:
        return lib.add_meeting(lib.add_neighbourhood("Importbuurt"), dt.date(2026, 12, 1))
    finally:
        lib.close()


def test_a_killed_client_leaves_the_server_all_or_nothing(
    pg_store: str, pg_url: str, tmp_path: Path
) -> None:
    sheet = tmp_path / "forms.csv"
    with sheet.open("w", newline="", encoding="utf-8") as fh:
        out = csv.writer(fh)
        out.writerow(["form_no", "date", "street", "description"])
        for n in range(1, ROWS + 1):
            out.writerow([n, "2026-11-20", f"Straat {n % 40}", f"Melding {n}: afval en ratten"])

    def command(url: str, meeting: int) -> list[str]:
        return [sys.executable, "-m", "buurtdesk", "import", "concerns", str(sheet),
                "--db", url, "--meeting", str(meeting)]  # fmt: skip

    # How long a whole import takes here (into a scratch database), so the kills land inside.
    scratch = command(pg_url, _meeting(pg_url))
    started = time.perf_counter()
    subprocess.run(scratch, capture_output=True, check=True, timeout=300)
    whole = time.perf_counter() - started
    assert _reports(pg_url) == ROWS
    cmd = command(pg_store, _meeting(pg_store))
    rng = random.Random(7)
    outcomes = []
    for _ in range(KILLS):
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.3, 0.9) * whole)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        count = _reports(pg_store)
        assert count in (0, ROWS), f"a killed import left {count} of {ROWS} rows"
        outcomes.append(count)
        if count == ROWS:
            break
    assert 0 in outcomes, "no kill landed before the import's commit"
    if outcomes[-1] == 0:  # never finished while we killed it: now let it run to the end
        subprocess.run(cmd, capture_output=True, check=True, timeout=300)
    assert _reports(pg_store) == ROWS
