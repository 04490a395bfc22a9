"""Start-up: whole processes, BuurtDesk and the bare baseline run alternately.

``ready`` is the moment the meeting list can be used (listed from a plain read of the file,
see ``buurtdesk.gui.quick_start``); ``opened`` is when the file is open and the first area is
filled, reported as ``startup_opened_ratio`` for information.  BuurtDesk's bytecode is
compiled first, as an installed copy has it: with PYTHONDONTWRITEBYTECODE set, every start
would otherwise compile the changed modules anew.
"""

from __future__ import annotations

import compileall
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _events(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Run one process; return seconds from spawn to each ``BENCH <event> <epoch>`` it prints."""
    start = time.time()
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120, check=False)
    events = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] == "BENCH":
            events[parts[1]] = float(parts[2]) - start
    if proc.returncode != 0 or not events:
        raise RuntimeError(f"{cmd} failed ({proc.returncode}): {proc.stderr[-500:]}")
    return events


def measure(db: Path, runs: int) -> dict[str, float | None]:
    compileall.compile_dir(HERE.parent / "buurtdesk", quiet=1)
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    app_env = dict(env, BUURTDESK_BENCH_STARTUP="1")
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    app_cmd = [sys.executable, "-m", "buurtdesk", "--db", str(db)]
    bare, paint, ready, opened = [], [], [], []
    _events(bare_cmd, env)  # warm the file cache for both before measuring
    _events(app_cmd, app_env)
    for _ in range(runs):
        bare.append(_events(bare_cmd, env)["first_paint"])
        ev = _events(app_cmd, app_env)
        paint.append(ev["first_paint"])
        ready.append(ev["ready"])
        opened.append(ev.get("opened", ev["ready"]))
    base = statistics.median(bare)
    return {
        "startup_ratio": round(statistics.median(paint) / base, 3),
        "startup_ready_ratio": round(statistics.median(ready) / base, 3),
        "startup_opened_ratio": round(statistics.median(opened) / base, 3),
        "startup_ms": round(statistics.median(paint) * 1000, 1),
        "startup_bare_ms": round(base * 1000, 1),
    }
