from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from tests.corpus.plugin import pytest_runtest_logreport, pytest_terminal_summary
from tests.fresh_files import _copied_fresh_files, demo_template, fresh_template

# A PostgreSQL server for the run, a database per test on it, and their count in the summary.
pytest_plugins = ["tests.pg_plugin"]

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

# The typed-up paper forms beside the project (../shared/data); SHARED_DATA_ENV points
# elsewhere.  Tests marked ``shared_data`` are skipped, with the reason, when it is missing.
SHARED_DATA_ENV = "BUURTDESK_TEST_SHARED_DATA"
SHARED_DATA = Path(
    os.environ.get(SHARED_DATA_ENV) or Path(__file__).resolve().parents[2] / "shared" / "data"
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if SHARED_DATA.is_dir():
        return
    reason = f"needs the typed-up paper forms in {SHARED_DATA}, which is missing"
    for item in items:
        if item.get_closest_marker("shared_data"):
            item.add_marker(pytest.mark.skip(reason=reason))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "test.buurtdesk"
