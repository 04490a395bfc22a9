from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.corpus.plugin import pytest_runtest_logreport, pytest_terminal_summary
from tests.fresh_files import _copied_fresh_files, demo_template, fresh_template

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Settings and the default files go to a scratch home, never the user's own.
_SCRATCH = Path(tempfile.mkdtemp(prefix="buurtdesk-tests-"))
os.environ["XDG_CONFIG_HOME"] = str(_SCRATCH / "config")
os.environ["XDG_DATA_HOME"] = str(_SCRATCH / "data")
# The window speaks Dutch in tests whatever the machine's language (English tests switch).
os.environ["BUURTDESK_LANG"] = "nl"

__all__ = [
    "pytest_runtest_logreport",  # the corpus figures
    "pytest_terminal_summary",
    "_copied_fresh_files",  # new files are copies of one made per session
    "demo_template",
    "fresh_template",
]

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.buurtdesk"
