"""Erasures that always finish, in the file and in every backup of it.

An erasure goes in the deletion log (``erasure_log``: the date and the ids and creation times
of the people, never their data) marked *pending* before anything is erased, and the mark
comes off only when the file and every backup BuurtDesk knows of (the automatic and the
manual ones in its backups folder, the copies made before an update) are clean.  Whatever
stops it part-way (a kill, a flat battery, another program holding the file open), the next
open of the file for editing finishes it, and so does deleting the same person again.

Older backups: each one that still holds an erased person is rewritten with the same erasure
(in memory, compacted, swapped in atomically) or, when that fails, removed.
"""

from __future__ import annotations

import datetime as dt
import glob
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from buurtdesk.core.store import erasure
from buurtdesk.core.store.backup import list_backups
from buurtdesk.core.store.output_paths import temp_path

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

# How long an erasure waits for another program that is reading the file (its open read
# transaction keeps the old pages, with the erased data, in the file).
WAIT_FOR_READERS = 10.0
PENDING = "pending"


def _raw(connection: Any) -> sqlite3.Connection:
    return cast(sqlite3.Connection, connection.connection.driver_connection)


def begin(engine: Engine, people: Sequence[erasure.Person], operation: str) -> dict[str, Any]:
    """Log the erasure as pending, committed on its own before anything is erased."""
    entry = {
        "on": dt.date.today().isoformat(),
        "operation": operation,
        "people": [[p.id, p.created_at] for p in people],
        PENDING: True,
    }
    with engine.begin() as conn:
        con = _raw(conn)
        erasure.write_log(con, [*erasure.read_log(con), entry])
    return entry


def logged_ids(con: sqlite3.Connection) -> set[int]:
    """Every person id the deletion log names."""
    return {sid for sid, _created in erasure.logged_people(erasure.read_log(con))}


def _people(entries: Sequence[dict[str, Any]]) -> list[erasure.Person]:
    return [erasure.Person(sid, created, ()) for sid, created in erasure.logged_people(entries)]


def finish(
    engine: Engine, path: Path, entries: Sequence[dict[str, Any]], wait: float
) -> tuple[bool, int, int]:
    """Finish the erasures ``entries`` log: erase who the file still holds, move the log into
    the file (waiting up to ``wait`` seconds for another program's reading to end), rewrite
    the backups, then take the pending marks off.  Returns (file clean, rewritten, removed);
    while the file is not clean the marks stay, for the next open to finish."""
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.models import AuditEntry

    for entry in entries:
        delete = entry.get("operation") != "anonymise"
        with Session(engine) as s, s.begin():
            con = _raw(s.connection())
            left = erasure.erased_present(con, erasure.logged_people([entry]))
            if left:
                erasure.erase(con, left, delete=delete)
                for person in left:
                    s.add(
                        AuditEntry(
                            entity="submitter",
                            entity_id=person.id,
                            operation=str(entry.get("operation")),
                        )
                    )
    clean = checkpoint(engine, wait)
    rewritten = removed = 0
    for entry in entries:
        delete = entry.get("operation") != "anonymise"
        done = rewrite_backups(path, _people([entry]), delete=delete)
        rewritten, removed = rewritten + done[0], removed + done[1]
    if clean:
        _settle(engine, entries)
    return clean, rewritten, removed


def finish_pending(engine: Engine, path: Path) -> None:
    """At an open for editing: finish what an erasure left pending (never waiting for
    another program: then the next open tries again)."""
    with engine.connect() as conn:
        entries = [e for e in erasure.read_log(_raw(conn)) if e.get(PENDING)]
    if entries:
        finish(engine, path, entries, wait=0.0)


def pending_for(engine: Engine, ids: Sequence[int]) -> list[dict[str, Any]]:
    """The log's entries naming any of ``ids`` (a repeated delete finishes them)."""
    wanted = set(ids)
    with engine.connect() as conn:
        entries = erasure.read_log(_raw(conn))
    return [e for e in entries if {p.id for p in _people([e])} & wanted]


def checkpoint(engine: Engine, wait: float) -> bool:
    """Copy the log into the file and empty it; False when another program's open read
    transaction still keeps old pages after ``wait`` seconds."""
    deadline = time.monotonic() + wait
    with engine.connect() as conn:
        con = _raw(conn)
        try:
            while True:
                left = max(0.0, deadline - time.monotonic())
                con.execute(f"PRAGMA busy_timeout={int(left * 1000)}")
                busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
                if not busy:
                    return True
                if time.monotonic() >= deadline:
                    return False
                time.sleep(0.05)
        finally:
            con.execute("PRAGMA busy_timeout=5000")


def _settle(engine: Engine, entries: Sequence[dict[str, Any]]) -> None:
    done = [{k: v for k, v in e.items() if k != PENDING} for e in entries]
    with engine.begin() as conn:
        con = _raw(conn)
        log = erasure.read_log(con)
        erasure.write_log(con, [done[entries.index(e)] if e in entries else e for e in log])
    checkpoint(engine, 0.0)


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
