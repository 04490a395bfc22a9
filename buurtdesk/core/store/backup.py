"""Automatic and manual backups of a BuurtDesk file, made with SQLite's online backup API.

Backups live in the user data folder, one folder per database file, so that a file on a
USB stick still has copies when the stick is lost.  The newest ``keep`` are kept.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from buurtdesk.core.store.db import (
    DatabaseFileError,
    Problem,
    backup_file,
    connect_read_only,
    inspect_file,
)
from buurtdesk.core.store.paths import DB_SUFFIX, data_dir
from buurtdesk.core.store.write_errors import writing

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DEFAULT_KEEP = 10
STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    """The folder that holds the backups of ``db_path``."""
    resolved = Path(db_path).resolve()
    tag = hashlib.sha1(str(resolved).encode("utf-8")).hexdigest()[:8]
    return data_dir() / "backups" / f"{resolved.stem}-{tag}"


def list_backups(db_path: Path) -> list[BackupInfo]:
    """Newest first.  What a killed backup left (``output_paths.sweep``) is removed first."""
    from buurtdesk.core.store.output_paths import sweep

    folder = backup_dir(db_path)
    sweep(folder)
    found = []
    for path in folder.glob(f"*{DB_SUFFIX}") if folder.is_dir() else ():
        parts = path.stem.rsplit("_", 2)
        try:
            made = dt.datetime.strptime(parts[1], STAMP)
        except (IndexError, ValueError):
            continue
        reason = parts[2] if len(parts) > 2 else ""
        found.append(BackupInfo(path, made, reason, path.stat().st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def make_backup(
    db_path: Path,
    reason: str = "manual",
    *,
    target: Path | None = None,
    keep: int | None = None,
    now: dt.datetime | None = None,
) -> Path:
    """Copy ``db_path`` (consistently, even while it is open) and prune old backups."""
    db_path = Path(db_path)
    if not db_path.is_file():
        raise FileNotFoundError(f"{db_path}: no such file")
    now = now or dt.datetime.now()
    if target is None:
        folder = backup_dir(db_path)
        target = folder / f"{db_path.stem}_{now.strftime(STAMP)}_{reason}{DB_SUFFIX}"
        n = 1
        while target.exists():  # two backups in one second
            n += 1
            target = folder / f"{db_path.stem}_{now.strftime(STAMP)}_{reason}-{n}{DB_SUFFIX}"
    from buurtdesk.core.store.output_paths import temp_path

    tmp = temp_path(target)  # a name the next look at the folder sweeps if this is killed
    try:
        with writing(target):
            backup_file(db_path, tmp)
            tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    if target.parent == backup_dir(db_path):
        prune(db_path, stored_keep(db_path) if keep is None else keep)
    return target


def prune(db_path: Path, keep: int = DEFAULT_KEEP, max_age_days: int | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups, and any older than ``max_age_days``."""
    removed = []
    cutoff = dt.datetime.now() - dt.timedelta(days=max_age_days) if max_age_days else None
    for i, info in enumerate(list_backups(db_path)):
        if i >= max(keep, 1) or (cutoff is not None and info.made < cutoff):
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def daily_backup_if_due(db_path: Path, keep: int | None = None) -> Path | None:
    """The first open of a day makes a backup; later opens that day do not."""
    today = dt.date.today()
    if any(b.made.date() == today for b in list_backups(db_path)):
        return None
    return make_backup(db_path, "daily", keep=keep)


KEEP_KEY = "backup_keep"


class OpenFile(Protocol):
    """What the keep setting needs of an open file: its path and a session on it (an open
    ``Library`` is one; this module does not import the facade, which imports it)."""

    @property
    def path(self) -> Path: ...

    def session(self) -> Session: ...


def backup_keep(lib: OpenFile) -> int:
    """How many backups of this file to keep (the file's ``backup_keep`` setting)."""
    from buurtdesk.core.store.models import Setting

    with lib.session() as s:
        value = s.get(Setting, KEEP_KEY)
    try:
        return max(1, int(value.value)) if value is not None else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def stored_keep(db_path: Path) -> int:
    """The ``backup_keep`` setting read straight from the file (for backups made without an
    open ``Library``: the command line, a restore); the default when it cannot be read."""
    try:
        con = connect_read_only(Path(db_path))
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (KEEP_KEY,)).fetchone()
        finally:
            con.close()
        return max(1, int(row[0])) if row is not None else DEFAULT_KEEP
    except (sqlite3.Error, OSError, ValueError, TypeError):
        return DEFAULT_KEEP


def set_backup_keep(lib: OpenFile, keep: int) -> list[Path]:
    """Store how many backups to keep, and remove the ones beyond it.  Returns those removed."""
    from buurtdesk.core.store.models import Setting

    if keep < 1:
        raise ValueError("keep at least one backup")
    with lib.session() as s, s.begin():
        s.merge(Setting(key=KEEP_KEY, value=str(keep)))
    return prune(lib.path, keep)


def _log_of(db_path: Path) -> list[dict[str, Any]]:
    """The deletion log of a file; empty when the file is missing or cannot be read."""
    from buurtdesk.core.store import erasure

    try:
        con = connect_read_only(db_path)
    except (sqlite3.Error, OSError):
        return []
    try:
        return erasure.read_log(con)
    finally:
        con.close()


def deleted_in_backup(backup: Path, db_path: Path) -> int:
    """How many people ``backup`` holds that were deleted or anonymised in ``db_path`` since
    (by the deletion log, which keeps ids, never personal data)."""
    from buurtdesk.core.store import erasure

    logged = erasure.logged_people(_log_of(Path(db_path)))
    if not logged:
        return 0
    try:
        con = connect_read_only(Path(backup))
        try:
            return len(erasure.erased_present(con, logged))
        finally:
            con.close()
    except (sqlite3.Error, OSError):
        return 0


def restore(backup: Path, db_path: Path) -> Path:
    """Put ``backup`` in place of ``db_path``; the current file is backed up first.

    Returns the backup made of the current file.  Close every connection to ``db_path``
    before calling this.  The deletion log of the current file is kept in the restored one
    (less the people the backup brings back), so a later restore still knows who was deleted.
    """
    from buurtdesk.core.store import erasure

    backup, db_path = Path(backup), Path(db_path)
    state = inspect_file(backup)  # refuses what is not a (readable) BuurtDesk file
    if not state.exists:
        raise DatabaseFileError(Problem.MISSING, backup, f"{backup}: no such file")
    log = _log_of(db_path)
    # Prune only afterwards: the safety copy must not push out the backup being restored.
    unpruned = 1_000_000
    safety = make_backup(db_path, "before-restore", keep=unpruned) if db_path.exists() else backup
    backup_file(backup, db_path, (lambda dst: erasure.keep_log(dst, log)) if log else None)
    prune(db_path, stored_keep(db_path))
    return safety
