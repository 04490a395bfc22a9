"""Memory for a very long spreadsheet: a 1,000,000-row forms CSV read the way the import reads
it (counted, then every row read again), in a process of its own so ``ru_maxrss`` is the
reading's alone.  The figure is the peak resident memory above the process's start, in MB.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.concerns import SEED, write_forms

ROWS, TINY_ROWS = 1_000_000, 20_000


def read_all(path: Path) -> dict[str, float]:
    from buurtdesk.core.store.tables import read_table

    start = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    table = read_table(path)
    rows = sum(1 for row in table.rows if row.values)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if rows != len(table.rows):
        raise RuntimeError(f"read {rows} of {len(table.rows)} rows")
    return {"import_read_1m_mb": round((peak - start) / 1024, 1)}


def in_own_process(module: str, path: Path, timeout: int = 900) -> dict[str, float]:
    """``python -m module path`` in a process of its own; the figures its last line prints."""
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        [sys.executable, "-m", module, str(path)],
        capture_output=True, text=True, cwd=root, env=dict(os.environ), timeout=timeout,
        check=False,
    )  # fmt: skip
    if proc.returncode != 0:
        raise RuntimeError(f"{module} failed: {proc.stderr[-800:]}")
    figures: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return figures


def measure(tiny: bool = False) -> dict[str, float]:
    rng = random.Random(SEED + 2)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "forms.csv"
        write_forms(path, TINY_ROWS if tiny else ROWS, rng)
        return in_own_process("benchmarks.import_memory", path)


if __name__ == "__main__":
    print(json.dumps(read_all(Path(sys.argv[1]))))
