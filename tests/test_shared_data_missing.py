"""Without ../shared/data (the typed-up paper forms) the tests that read it are skipped, with
the reason, instead of failing: shown on a test run in a fresh pytest whose folder is missing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import SHARED_DATA_ENV

ROOT = Path(__file__).resolve().parents[1]
NEEDS_FORMS = (
    "tests/core/concerns/test_import.py::test_the_three_files_are_the_same_forms",
    "tests/core/concerns/test_duplicates.py::test_recall_on_the_shared_forms",
)


def _pytest(tmp_path: Path, forms: Path, *tests: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, SHARED_DATA_ENV: str(forms), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-p", "no:xdist"]
    command += ["-rs", "--basetemp", str(tmp_path / "run"), *tests]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)


def test_a_missing_forms_folder_skips_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "shared" / "data"
    run = _pytest(tmp_path, missing, *NEEDS_FORMS)
    assert run.returncode == 0, run.stdout + run.stderr
    # 5: the first of them runs on a file and on a server (``store_target``)
    assert "5 skipped" in run.stdout and "passed" not in run.stdout
    assert "failed" not in run.stdout and "error" not in run.stdout.lower()
    assert f"needs the typed-up paper forms in {missing}, which is missing" in run.stdout
