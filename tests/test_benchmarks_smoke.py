"""The benchmark suite keeps working: one run at the smallest sizes (a smoke test, no goals)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from benchmarks.__main__ import GOALS

ROOT = Path(__file__).resolve().parents[1]


def test_tiny_benchmark_run_writes_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--tiny", "-o", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads(out.read_text(encoding="utf-8"))
    for key in GOALS:
        assert key in results, key
        value = results[key]
        assert isinstance(value, int | float) or results.get(f"{key}_reason"), key
