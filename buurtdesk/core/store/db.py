"""Opening a BuurtDesk file safely: identify it, refuse what is not ours, migrate with a backup.

A file that cannot be opened is never modified: it is inspected through a read-only
connection first, and only a file that passes is opened for writing.
"""

from __future__ import annotations

import datetime as dt
import enum
import errno
import os
import shutil
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from buurtdesk.core.store.paths import NOT_REGULAR, is_special
from buurtdesk.core.store.schema_guard import (
    drop_foreign,
    foreign_objects,
    missing_tables,
    parse_schema,
)
from buurtdesk.core.store.sqlite_read import connect_read_only as connect_read_only
from buurtdesk.core.store.sqlite_read import read_only_uri as read_only_uri

if TYPE_CHECKING:  # the ORM is imported lazily: start-up speed depends on it
    from sqlalchemy.engine import Engine

APPLICATION_ID = 0x4244534B  # "BDSK" in PRAGMA application_id marks a BuurtDesk file
SCHEMA_VERSION = 8  # the newest migration this BuurtDesk knows ("0008")
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")


class Problem(enum.StrEnum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
    DISK_FULL = "disk_full"  # reading needs a little room (SQLite's -shm); the file is intact
    SPECIAL = "special"  # a named pipe, a device or a socket
    FOREIGN = "foreign"
    CORRUPT = "corrupt"
    NEWER = "newer"
    UNREADABLE = "unreadable"
    UNWRITABLE = "unwritable"


class DatabaseFileError(Exception):
    """A file BuurtDesk refuses to open.  ``problem`` lets the window word it in Dutch."""

    def __init__(self, problem: Problem, path: Path, message: str, version: int = 0) -> None:
        super().__init__(message)
        self.problem = problem
        self.path = path
        self.version = version


@dataclass(frozen=True)
class FileState:
    path: Path
    exists: bool
    schema_version: int  # 0 for a new or empty file
    foreign: tuple[str, ...] = ()  # triggers and views that are not BuurtDesk's

    @property
    def needs_migration(self) -> bool:
        return self.exists and 0 < self.schema_version < SCHEMA_VERSION


def _refuse(problem: Problem, path: Path, message: str, version: int = 0) -> DatabaseFileError:
    return DatabaseFileError(problem, path, f"{path}: {message}", version)


def _check_header(path: Path, data: bytes, size: int) -> None:
    if size == 0:
        raise _refuse(Problem.FOREIGN, path, "the file is empty; it is not a BuurtDesk database")
    if not data.startswith(SQLITE_MAGIC):
        if len(data) < len(SQLITE_MAGIC) and SQLITE_MAGIC.startswith(data):
            raise _refuse(Problem.CORRUPT, path, "the file is truncated (incomplete header)")
        raise _refuse(Problem.FOREIGN, path, "not a BuurtDesk database (not an SQLite file)")
    if len(data) < 100:
        raise _refuse(Problem.CORRUPT, path, "the file is truncated (incomplete header)")
    page_size = struct.unpack(">H", data[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", data[24:32])
    valid_for = struct.unpack(">I", data[92:96])[0]
    if page_size < 512 or page_size & (page_size - 1):
        raise _refuse(Problem.CORRUPT, path, "the file is damaged (invalid page size)")
    if size % page_size or (change_counter == valid_for and size < page_count * page_size):
        raise _refuse(Problem.CORRUPT, path, "the file is truncated or damaged")


DISK_FULL_TEXT = "cannot be read: the disk is full (free some space and try again)"
FULL_BELOW = 1 << 20  # bytes free: below this, a failed read is put down to a full disk


def disk_full(path: Path, exc: BaseException) -> bool:
    """Whether reading ``path`` failed for want of room (SQLite needs a ``-shm`` beside a WAL
    file to read it), not because the file is damaged: the error says so, or the disk is full.
    """
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL or "disk is full" in str(exc):
        return True
    try:
        return shutil.disk_usage(Path(path).absolute().parent).free < FULL_BELOW
    except OSError:
        return False


def inspect_file(path: Path) -> FileState:
    """Decide whether ``path`` may be opened, without changing a byte of it."""
    path = Path(path)
    if not path.exists():
        return FileState(path, exists=False, schema_version=0)
    if is_special(path):
        raise _refuse(Problem.SPECIAL, path, f"{NOT_REGULAR}, not a BuurtDesk database")
    if not path.is_file():
        raise _refuse(Problem.NOT_A_FILE, path, "this is a folder, not a BuurtDesk database")
    try:
        with path.open("rb") as fh:
            data = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        if disk_full(path, exc):
            raise _refuse(Problem.DISK_FULL, path, DISK_FULL_TEXT) from exc
        raise _refuse(Problem.UNREADABLE, path, f"cannot be read ({exc.strerror})") from exc
    _check_header(path, data, size)
    try:
        con = sqlite3.connect(read_only_uri(path, data), uri=True)
        try:
            con.execute("PRAGMA trusted_schema=OFF")
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            parse_schema(con)  # this connection only lists and checks
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            check = con.execute("PRAGMA quick_check").fetchone()[0] if tables else "ok"
            foreign = foreign_objects(con)
            missing = missing_tables(con) if tables and version == SCHEMA_VERSION else []
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if disk_full(path, exc):
            raise _refuse(Problem.DISK_FULL, path, DISK_FULL_TEXT) from exc
        raise _refuse(Problem.CORRUPT, path, f"the file is damaged ({exc})") from exc
    if not tables and app_id in (0, APPLICATION_ID):
        return FileState(path, exists=True, schema_version=0)  # an empty SQLite file
    if app_id != APPLICATION_ID:
        raise _refuse(Problem.FOREIGN, path, "not a BuurtDesk database (another program's file)")
    if version > SCHEMA_VERSION:
        raise _refuse(
            Problem.NEWER,
            path,
            f"made by a newer BuurtDesk (schema {version}; this version knows up to "
            f"{SCHEMA_VERSION}). Please update BuurtDesk.",
            version,
        )
    if check != "ok":
        raise _refuse(Problem.CORRUPT, path, f"the file is damaged (integrity check: {check})")
    if missing:
        gone = f"table {missing[0]} is" if len(missing) == 1 else f"tables {', '.join(missing)} are"
        raise _refuse(Problem.CORRUPT, path, f"the file is damaged ({gone} missing)")
    return FileState(path, exists=True, schema_version=version, foreign=foreign)


def _on_connect(dbapi_con: Any, _record: Any, read_only: bool = False) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA trusted_schema=OFF")  # the file's own SQL may call no functions
    if read_only:  # nothing is written, so no trigger or index of the file's own can run
        parse_schema(dbapi_con)
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA secure_delete=ON")  # deleted personal data is overwritten, not freed
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL makes every WAL commit durable on power loss, at a small cost per commit.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def _read_only(dbapi_con: Any, _record: Any) -> None:
    dbapi_con.execute("PRAGMA query_only=ON")  # any write now fails, and changes nothing


def make_engine(path: Path, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    from buurtdesk.core.store.write_errors import on_engine_error

    if read_only:
        engine = create_engine(f"sqlite:///{path}", creator=lambda: connect_read_only(path))
    else:
        engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", partial(_on_connect, read_only=read_only))
    if read_only:
        event.listen(engine, "connect", _read_only)
    event.listen(engine, "handle_error", on_engine_error(path))
    event.listen(engine, "handle_error", _on_busy(path))
    return engine


def _on_busy(path: Path) -> Any:
    """A ``handle_error`` listener: a write lock held elsewhere past the busy timeout."""
    from buurtdesk.core.store.write_errors import WriteError

    def handle(context: Any) -> None:
        if "database is locked" in str(context.original_exception):
            raise WriteError(
                f"cannot save to {path}: another program is changing it right now; "
                "nothing was changed"
            )

    return handle


def _can_write(path: Path) -> None:
    """Raise OSError unless ``path`` and its folder (where the WAL keeps its files) can be
    written, before anything is written."""
    os.close(os.open(path, os.O_RDWR))
    probe = path.with_name(f".{path.name}.{os.getpid()}.probe")
    probe.unlink(missing_ok=True)  # left by a process with our id that stopped here
    os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
    probe.unlink()


def backup_file(
    source: Path, target: Path, then: Callable[[sqlite3.Connection], None] | None = None
) -> Path:
    """Copy a database with SQLite's online backup API (consistent even while in use).

    ``then``, when given, runs on the copy's connection in one transaction before it closes
    (a restore keeps the current deletion log in the file it puts back)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:  # a read-only folder: no -shm can be made beside it
        src.close()
        src = connect_read_only(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            if then is not None:
                with dst:
                    then(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def pre_migration_backup(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(path, path.with_name(f"{path.stem}.schema{version}-{stamp}.bak"))


def _one_transaction(dbapi_con: Any, _record: Any) -> None:
    dbapi_con.isolation_level = None  # sqlite3 starts no transactions of its own, ...


def _begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")  # ... so this one holds every statement, DDL too


def _migrate(path: Path) -> None:
    """Bring ``path`` to SCHEMA_VERSION (and seed it) in ONE transaction: stopped at any
    moment, by a crash or a power cut, the file is as it was before or fully migrated."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.defaults import seed_defaults

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    engine = make_engine(path)
    event.listen(engine, "connect", _one_transaction)
    event.listen(engine, "begin", _begin)
    try:
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
            with Session(bind=conn) as session:
                seed_defaults(session)
            conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
            conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
    finally:
        engine.dispose()


def open_engine(
    path: Path, *, create: bool = True, read_only: bool = False, removed: list[str] | None = None
) -> Engine:
    """Open (and if needed create or migrate) a BuurtDesk file; raise DatabaseFileError.

    Opened for writing, the file's triggers and views (none is BuurtDesk's) are dropped before
    anything else is written; ``removed`` gets their names."""
    path = Path(path)
    state = inspect_file(path)
    if not state.exists and (read_only or not create):
        raise _refuse(Problem.MISSING, path, "no such file")
    if read_only:
        if state.schema_version < SCHEMA_VERSION:
            raise _refuse(
                Problem.UNWRITABLE, path, "needs an update, which a read-only open cannot make"
            )
        return make_engine(path, read_only=True)
    try:
        if not state.exists:
            path.parent.mkdir(parents=True, exist_ok=True)
        else:
            _can_write(path)
        if state.needs_migration:
            pre_migration_backup(path, state.schema_version)
        if state.foreign:
            drop_foreign(path, state.foreign)
            if removed is not None:
                removed.extend(state.foreign)
        if state.schema_version < SCHEMA_VERSION:
            _migrate(path)
        engine = make_engine(path)
    except (OSError, sqlite3.OperationalError) as exc:
        raise _refuse(Problem.UNWRITABLE, path, _why_unwritable(path, exc)) from exc
    except Exception as exc:  # sqlalchemy wraps sqlite3 errors
        if type(exc).__module__.startswith("sqlalchemy"):
            cause = getattr(exc, "orig", None) or exc
            raise _refuse(Problem.UNWRITABLE, path, _why_unwritable(path, cause)) from exc
        raise
    return engine


def _why_unwritable(path: Path, exc: BaseException) -> str:
    """``cannot be written (the disk is full)``: the cause in words, never SQL."""
    from buurtdesk.core.store.write_errors import describe

    text = str(exc)
    if "readonly database" in text:
        return "cannot be written (the file is read-only)"
    saving = f"cannot save to {path}: "  # as write_errors.saving_failed words it
    if text.startswith(saving):
        return f"cannot be written ({text.removeprefix(saving).split(';')[0]})"
    return f"cannot be written ({describe(path, exc).removeprefix(f'cannot write {path}: ')})"
