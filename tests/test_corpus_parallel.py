"""Run in parallel (pytest-xdist, as ``make test`` does), the corpus summary still counts
every case of every worker once: the line and corpus-results.json, on a small made-up run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("xdist")

ROOT = Path(__file__).resolve().parents[1]
CONFTEST = "from tests.corpus.plugin import pytest_runtest_logreport, pytest_terminal_summary\n"
CASES = """
import pytest
from tests.corpus.plugin import record


@pytest.mark.parametrize("n", range(9))
def test_case(record_property, n):
    record(record_property, "empty" if n % 3 else "long", f"entry{n % 2}")
    assert n != 4


def test_not_a_case():
    pass
"""


def test_two_workers_count_every_case_once(tmp_path: Path) -> None:
    (tmp_path / "conftest.py").write_text(CONFTEST, encoding="utf-8")
    (tmp_path / "test_cases.py").write_text(CASES, encoding="utf-8")
    temp = tmp_path / "run"
    command = [sys.executable, "-m", "pytest", "-n", "2", "--basetemp", str(temp)]
    for plugin in ("cacheprovider", "pytestqt", "hypothesispytest"):  # not needed: faster
        command += ["-p", f"no:{plugin}"]
    command.append("test_cases.py")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    run = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert "1 failed, 9 passed" in run.stdout, run.stdout + run.stderr
    assert "hostile-input corpus: 8 of 9 cases passed" in run.stdout
    assert "per kind: empty 5/6, long 3/3" in run.stdout
    assert "per entry point: entry0 4/5, entry1 4/4" in run.stdout
    found = json.loads((temp / "corpus-results.json").read_text(encoding="utf-8"))
    assert (found["tried"], found["passed"]) == (9, 8)
