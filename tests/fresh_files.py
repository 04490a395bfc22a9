"""Fresh BuurtDesk files for the tests, made once per test session and copied per test.

Creating a file runs every Alembic migration and the seeding; a plain copy of a file made
that way is the same file, for a fraction of the time.  While a test runs, opening a path that
does not exist yet (``Library(path)``) copies the session's freshly created file instead of
migrating, unless:

- the test (or its module) is marked ``real_migration``: it is about creating or migrating;
- the test replaced ``sqlite3.connect``, ``open``, ``os.open`` or the migrations folder (the
  simulated full disks and read-only folders of ``tests/corpus/inject.py``): the real path
  then meets the faults it expects;
- the copy itself fails: the real path runs and fails in its own words.
"""

from __future__ import annotations

import builtins
import contextlib
import datetime as dt
import os
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

DEMO_TODAY = dt.date(2026, 11, 20)
_REAL_IO = (builtins.open, os.open, sqlite3.connect)


def _io_untouched() -> bool:
    return (builtins.open, os.open, sqlite3.connect) == _REAL_IO


@pytest.fixture(scope="session")
def fresh_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new, empty BuurtDesk file, created the real way (migrated and seeded)."""
    from buurtdesk.core.store.library import Library

    path = tmp_path_factory.mktemp("template") / "fresh.buurtdesk"
    Library(path, daily_backup=False).close()
    return path


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo file (``buurtdesk demo``) as it is on ``DEMO_TODAY``, made once."""
    from buurtdesk.core.demo.create import create_demo

    path = tmp_path_factory.mktemp("template") / "demo.buurtdesk"
    create_demo(path, today=DEMO_TODAY)
    return path


def copy_migrate(
    template: Path, real: Callable[[Path], None], migrations: Path
) -> Callable[[Path], None]:
    """A stand-in for ``db._migrate``: a new file is a copy of ``template``."""
    from buurtdesk.core.store import db

    def migrate(path: Path) -> None:
        if path.exists() or migrations != db.MIGRATIONS or not _io_untouched():
            real(path)
            return
        try:
            shutil.copyfile(template, path)
        except OSError:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
            real(path)

    return migrate


@pytest.fixture(autouse=True)
def _copied_fresh_files(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    if request.node.get_closest_marker("real_migration"):
        return
    from buurtdesk.core.store import db

    template = request.getfixturevalue("fresh_template")
    monkeypatch.setattr(db, "_migrate", copy_migrate(template, db._migrate, db.MIGRATIONS))


def once_per_run(factory: pytest.TempPathFactory, name: str, build: Callable[[Path], None]) -> Path:
    """The file ``name``, built by ``build`` once per test run: the parallel workers
    (pytest-xdist) share it, the first one to get there builds it while the others wait."""
    import fcntl  # POSIX, as the tests that use this (they kill processes with SIGKILL)

    base = factory.getbasetemp()
    folder = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    path = folder / name
    with (folder / f"{name}.lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.exists():
            part = folder / f"{name}.part"
            build(part)
            part.replace(path)
    return path
