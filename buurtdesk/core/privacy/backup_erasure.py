"""Older backups after an erasure: each backup that still holds an erased person is rewritten
with the same erasure (in memory, compacted, swapped in atomically) or, when that fails,
removed."""

from __future__ import annotations

import glob
import os
import sqlite3
from collections.abc import Callable, Sequence
from pathlib import Path

from buurtdesk.core.store import erasure
from buurtdesk.core.store.backup import list_backups
from buurtdesk.core.store.output_paths import temp_path


def rewrite_backups(
    db_path: Path, people: Sequence[erasure.Person], *, delete: bool
) -> tuple[int, int]:
    """Erase ``people`` from every backup of ``db_path`` (those in its backups folder and the
    copies made before an update, ``NAME.schemaN-DATE.bak``); returns (rewritten, removed)."""
    logged = {(p.id, p.created_at) for p in people}

    def step(mem: sqlite3.Connection) -> bool:
        found = erasure.erased_present(mem, logged)
        if found:
            erasure.erase(mem, found, delete=delete)
            erasure.log_erasure(mem, found, "delete" if delete else "anonymise")
        return bool(found)

    return rewrite_backups_with(db_path, step)


def rewrite_backups_with(
    db_path: Path, step: Callable[[sqlite3.Connection], bool]
) -> tuple[int, int]:
    """Run ``step`` on an in-memory copy of every backup of ``db_path``, inside a transaction;
    where it returns true (it erased something) the backup is replaced by the compacted copy,
    or removed when that fails.  Returns (rewritten, removed)."""
    rewritten = removed = 0
    db_path = Path(db_path)
    updates = sorted(db_path.parent.glob(f"{glob.escape(db_path.stem)}.schema*.bak"))
    for path in [info.path for info in list_backups(db_path)] + updates:
        tmp = temp_path(path)
        try:
            mem = erasure.memory_copy(path)
            try:
                with mem:
                    if not step(mem):
                        continue
                erasure.write_vacuumed(mem, tmp)
            finally:
                mem.close()
            os.replace(tmp, path)
            rewritten += 1
        except (sqlite3.Error, OSError, ValueError):
            tmp.unlink(missing_ok=True)
            try:
                path.unlink(missing_ok=True)
                removed += 1
            except OSError:
                pass
    return rewritten, removed
