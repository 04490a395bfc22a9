"""Opening a BuurtDesk file safely: identify it, refuse what is not ours, migrate with a backup.

A file that cannot be opened is never modified: it is inspected through a read-only
connection first, and only a file that passes is opened for writing.
"""

from __future__ import annotations

import datetime as dt
import enum
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the ORM is imported lazily: start-up speed depends on it
    from sqlalchemy.engine import Engine

APPLICATION_ID = 0x4244534B  # "BDSK" in PRAGMA application_id marks a BuurtDesk file
SCHEMA_VERSION = 2  # the newest migration this BuurtDesk knows ("0002")
SQLITE_MAGIC = b"SQLite format 3\x00"
MIGRATIONS = Path(__file__).with_name("migrations")


class Problem(enum.StrEnum):
    MISSING = "missing"
    NOT_A_FILE = "not_a_file"
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


def read_only_uri(path: Path, header: bytes) -> str:
    """A read-only SQLite URI for ``path``.  A WAL file that nobody has open (no ``-wal``
    beside it) is read as immutable: looking at it then leaves no ``-wal``/``-shm`` behind."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if header[18:20] == b"\x02\x02" and not path.with_name(f"{path.name}-wal").exists():
        uri += "&immutable=1"
    return uri


def inspect_file(path: Path) -> FileState:
    """Decide whether ``path`` may be opened, without changing a byte of it."""
    path = Path(path)
    if not path.exists():
        return FileState(path, exists=False, schema_version=0)
    if not path.is_file():
        raise _refuse(Problem.NOT_A_FILE, path, "this is a folder, not a BuurtDesk database")
    try:
        with path.open("rb") as fh:
            data = fh.read(100)
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(Problem.UNREADABLE, path, f"cannot be read ({exc.strerror})") from exc
    _check_header(path, data, size)
    try:
        con = sqlite3.connect(read_only_uri(path, data), uri=True)
        try:
            app_id = con.execute("PRAGMA application_id").fetchone()[0]
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
            check = con.execute("PRAGMA quick_check").fetchone()[0] if tables else "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
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
    return FileState(path, exists=True, schema_version=version)


def _on_connect(dbapi_con: Any, _record: Any) -> None:
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
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

    from buurtdesk.core.write_errors import on_engine_error

    engine = create_engine(f"sqlite:///{path}")
    event.listen(engine, "connect", _on_connect)
    if read_only:
        event.listen(engine, "connect", _read_only)
    event.listen(engine, "handle_error", on_engine_error(path))
    return engine


def backup_file(source: Path, target: Path) -> Path:
    """Copy a database with SQLite's online backup API (consistent even while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def pre_migration_backup(path: Path, version: int) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_file(path, path.with_name(f"{path.stem}.schema{version}-{stamp}.bak"))


def _migrate(engine: Engine) -> None:
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        conn.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")


def open_engine(path: Path, *, create: bool = True, read_only: bool = False) -> Engine:
    """Open (and if needed create or migrate) a BuurtDesk file; raise DatabaseFileError."""
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
        if state.needs_migration:
            pre_migration_backup(path, state.schema_version)
        engine = make_engine(path)
        if state.schema_version < SCHEMA_VERSION:
            _migrate(engine)
            _seed(engine)
    except (OSError, sqlite3.OperationalError) as exc:
        raise _refuse(Problem.UNWRITABLE, path, f"cannot be written ({exc})") from exc
    except Exception as exc:  # sqlalchemy wraps sqlite3 errors
        if type(exc).__module__.startswith("sqlalchemy"):
            raise _refuse(Problem.UNWRITABLE, path, f"cannot be written ({exc})") from exc
        raise
    return engine


def _seed(engine: Engine) -> None:
    from sqlalchemy.orm import Session

    from buurtdesk.core.defaults import seed_defaults

    with Session(engine) as session, session.begin():
        seed_defaults(session)
