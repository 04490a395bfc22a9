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

from buurtdesk.core.db import DatabaseFileError, Problem, backup_file, inspect_file
from buurtdesk.core.paths import DB_SUFFIX, data_dir

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
    """Newest first."""
    folder = backup_dir(db_path)
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
    keep: int = DEFAULT_KEEP,
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
    tmp = target.with_name(target.name + ".part")
    try:
        backup_file(db_path, tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    if target.parent == backup_dir(db_path):
        prune(db_path, keep)
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


def daily_backup_if_due(db_path: Path, keep: int = DEFAULT_KEEP) -> Path | None:
    """The first open of a day makes a backup; later opens that day do not."""
    today = dt.date.today()
    if any(b.made.date() == today for b in list_backups(db_path)):
        return None
    return make_backup(db_path, "daily", keep=keep)


def restore(backup: Path, db_path: Path) -> Path:
    """Put ``backup`` in place of ``db_path``; the current file is backed up first.

    Returns the backup made of the current file.  Close every connection to ``db_path``
    before calling this.
    """
    backup, db_path = Path(backup), Path(db_path)
    state = inspect_file(backup)  # refuses what is not a (readable) BuurtDesk file
    if not state.exists:
        raise DatabaseFileError(Problem.MISSING, backup, f"{backup}: no such file")
    safety = make_backup(db_path, "before-restore") if db_path.exists() else backup
    src = sqlite3.connect(f"{backup.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(db_path)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return safety
