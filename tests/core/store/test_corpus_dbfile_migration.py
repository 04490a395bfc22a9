"""A migration cut off by SIGKILL (a power cut, a closed laptop lid) at any moment: the file
is as before or fully migrated, opens afterwards and keeps every row; the backup from before
the migration is kept.  The file has a million reports, so each index takes a while.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.store.db import SCHEMA_VERSION
from buurtdesk.core.store.library import Library
from tests.corpus.plugin import record
from tests.fresh_files import once_per_run
from tests.locations import ROOT

pytestmark = pytest.mark.real_migration  # creating and migrating files is the subject

SCHEMA_1 = ROOT / "tests" / "fixtures" / "schema-0001.buurtdesk"
NEW_INDEXES = 8  # the indexes migration 0002 adds
REPORTS = 1_000_000


def _fact(path: Path) -> tuple[int, int]:
    """(reports, sum of their submitter ids): the data that must survive."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        n, total = con.execute("SELECT count(*), sum(submitter_id) FROM report").fetchone()
        return int(n), int(total or 0)
    finally:
        con.close()


def _state(path: Path) -> tuple[int, int]:
    """(user_version, how many of the indexes 0002 adds exist)."""
    con = sqlite3.connect(path)
    try:
        version = con.execute("PRAGMA user_version").fetchone()[0]
        made = con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name IN "
            "('ix_meeting_partner_partner_id', 'ix_concern_theme_id', 'ix_concern_merged_into_id',"
            " 'ix_report_submitter_id', 'ix_tally_concern_id', 'ix_priority_concern_id',"
            " 'ix_action_owner_partner_id', 'ix_action_update_meeting_id')"
        ).fetchone()[0]
        return int(version), int(made)
    finally:
        con.close()


@pytest.fixture(scope="module")
def big_schema_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A schema-1 file with a million reports (about 95 MB), built once per run."""
    return once_per_run(tmp_path_factory, "groot.buurtdesk", _build_big_schema_1)


def _build_big_schema_1(path: Path) -> None:
    shutil.copy(SCHEMA_1, path)
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA synchronous=OFF")
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO concern (id, neighbourhood_id, number, title, street, status, created_at) "
        "VALUES (?, 1, ?, 'Losse tegels', 'Laan', 'open', '2026-11-27 12:00:00')",
        ((i, i) for i in range(1, 1001)),
    )
    con.executemany(
        "INSERT INTO submitter (id, name, phone, email, address, wants_feedback, consent, "
        "created_at) VALUES (?, 'Bewoner', '', '', '', 0, 0, '2026-11-27 12:00:00')",
        ((i,) for i in range(1, 1001)),
    )
    con.executemany(
        "INSERT INTO report (concern_id, original_concern_id, wording, source, meeting_id, "
        "submitter_id, created_at) VALUES (?, ?, 'Te hard rijden', 'form', 1, ?, "
        "'2026-11-27 12:00:00')",
        ((i % 1000 + 1, i % 1000 + 1, i % 1000 + 1) for i in range(REPORTS)),
    )
    con.execute("COMMIT")
    con.close()


def _migrating(
    tmp_path: Path, big: Path, kill_after: int = 0
) -> tuple[Path, tuple[int, int], subprocess.Popen[str]]:
    """A copy of ``big``, its facts, and the process migrating it."""
    path = tmp_path / "groot.buurtdesk"
    shutil.copy(big, path)
    facts = _fact(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KILL_AFTER_INDEX": str(kill_after)}
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "migrate_driver.py"), str(path)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    return path, facts, proc


def _opens_intact(path: Path, facts: tuple[int, int]) -> None:
    """Whatever moment the migration was stopped at: all of it or none of it, and then the
    file opens, migrates and still holds every report."""
    version, made = _state(path)
    assert (version, made) in ((1, 0), (SCHEMA_VERSION, NEW_INDEXES)), (version, made)
    assert _fact(path) == facts
    lib = Library(path, create=False, daily_backup=False)
    try:
        assert lib.schema_version == SCHEMA_VERSION
        assert lib.counts()["reports"] == REPORTS
    finally:
        lib.close()
    assert _state(path) == (SCHEMA_VERSION, NEW_INDEXES)
    assert _fact(path) == facts
    backups = list(path.parent.glob(f"{path.stem}.schema1-*.bak"))
    assert backups and _state(backups[0]) == (1, 0)  # the copy from before, as it was


@pytest.mark.parametrize("kill_after", [1, 2, 4, NEW_INDEXES])
def test_migration_killed_after_an_index(
    tmp_path: Path, big_schema_1: Path, kill_after: int, record_property: Any
) -> None:
    record(record_property, "dbfile", "migration")
    path, facts, proc = _migrating(tmp_path, big_schema_1, kill_after)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL
    _opens_intact(path, facts)


@pytest.mark.parametrize("after", [0.01, 0.15])
def test_migration_killed_at_a_moment(
    tmp_path: Path, big_schema_1: Path, after: float, record_property: Any
) -> None:
    record(record_property, "dbfile", "migration")
    path, facts, proc = _migrating(tmp_path, big_schema_1)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "migrating"
    assert proc.stdout.readline().strip() == "begun"  # the migration itself takes about 0.3 s
    threading.Event().wait(after)
    proc.kill()
    proc.communicate()
    _opens_intact(path, facts)
