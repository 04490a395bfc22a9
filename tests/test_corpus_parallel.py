"""Run in parallel (pytest-xdist, as ``make test`` does), the corpus summary still counts
every case of every worker once: the line, and corpus-results.json, match the run's report."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

pytest.importorskip("xdist")

ROOT = Path(__file__).resolve().parents[1]


def test_two_workers_count_every_case_once(tmp_path: Path) -> None:
    report, temp = tmp_path / "report.xml", tmp_path / "run"
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-n", "2", "-q"]
    command += ["--basetemp", str(temp), "--junitxml", str(report)]
    command += ["tests/test_corpus_public_text.py"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    cases = ET.parse(report).getroot().iter("testcase")
    recorded = [c for c in cases if c.find("properties/property[@name='corpus']") is not None]
    assert len(recorded) > 10
    line = re.search(r"hostile-input corpus: (\d+) of (\d+) cases passed", run.stdout)
    assert line is not None, run.stdout
    assert line.groups() == (str(len(recorded)), str(len(recorded)))
    found = json.loads((temp / "corpus-results.json").read_text(encoding="utf-8"))
    assert found["tried"] == found["passed"] == len(recorded)
