"""The one place that knows BuurtDesk may live on a PostgreSQL server, not in a file.

``--db postgresql://user@host:port/dbname`` opens a server database through SQLAlchemy and
psycopg 3 (imported only then).  BuurtDesk's tables live in a schema of their own
(``buurtdesk``, or the first schema of ``?options=-csearch_path=...``); nothing outside it is
read or changed.  The marks a file carries in ``PRAGMA application_id`` and ``user_version``
are rows of the small table ``buurtdesk_meta`` there.  A server is never migrated by opening
it: an older schema opens read-only, and ``buurtdesk db upgrade`` updates it.

Passwords come from the URL, ``PGPASSWORD`` or ``~/.pgpass``/``PGPASSFILE`` (libpq's own);
no message ever shows one.
"""

from __future__ import annotations

import re
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

from buurtdesk.core.store.db import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    DatabaseFileError,
    Problem,
)
from buurtdesk.core.store.dialect import is_server as is_server
from buurtdesk.core.store.dialect import redacted

if TYPE_CHECKING:
    from sqlalchemy.engine import URL, Connection, Engine

DEFAULT_SCHEMA = "buurtdesk"
META = "buurtdesk_meta"
UPGRADE_HINT = "ask your administrator to run `buurtdesk db upgrade`"
CONNECT_TIMEOUT = 10  # seconds before an unreachable server is given up


def schema_of(url: str) -> str:
    """The schema BuurtDesk's tables live in: the first of ``-csearch_path=`` in the URL's
    ``options``, else ``buurtdesk``."""
    found = re.search(r"search_path=([A-Za-z_][A-Za-z0-9_]*)", unquote(url))
    return found.group(1) if found else DEFAULT_SCHEMA


class ServerError(DatabaseFileError):
    """A server database BuurtDesk cannot open or use; the message is one sentence."""

    def __init__(self, problem: Problem, url: str, message: str, version: int = 0) -> None:
        from pathlib import Path

        super().__init__(problem, Path(), f"{redacted(url)}: {message}", version)
        self.url = redacted(url)


def _engine_url(url: str) -> URL:
    from sqlalchemy.engine import make_url

    parsed = make_url(url).set(drivername="postgresql+psycopg")
    if "search_path" not in str(parsed.query.get("options", "")):
        extra = f"-csearch_path={DEFAULT_SCHEMA}"
        options = f"{parsed.query.get('options', '')} {extra}".strip()
        parsed = parsed.update_query_dict({"options": options})
    return parsed


def make_server_engine(url: str, *, read_only: bool = False) -> Engine:
    from sqlalchemy import create_engine, event

    args: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT}
    engine = create_engine(_engine_url(url), connect_args=args, pool_pre_ping=True)
    if read_only:
        event.listen(engine, "connect", _read_only)
    event.listen(engine, "handle_error", partial(_on_error, url))
    return engine


def _on_error(url: str, context: Any) -> None:
    """A lost connection, a conflict, missing rights or a read-only schema as one sentence
    (never the SQL or its parameters).  A broken constraint stays SQLAlchemy's IntegrityError,
    as on a file: the callers that expect one handle it in their own words."""
    import psycopg

    exc = context.original_exception
    server_side = (psycopg.OperationalError, psycopg.InterfaceError)
    refused = (psycopg.errors.InsufficientPrivilege, psycopg.errors.ReadOnlySqlTransaction)
    if isinstance(exc, server_side + refused):
        raise failure(url, exc)


def _read_only(dbapi_con: Any, _record: Any) -> None:
    with dbapi_con.cursor() as cur:
        cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    dbapi_con.commit()


def failure(url: str, exc: BaseException) -> ServerError:
    """The one sentence for a server that refused us: unreachable, wrong password, no such
    database, no privileges."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "password authentication failed" in low or "no password supplied" in low:
        why = (Problem.UNREADABLE, "the server refused the login (wrong user name or password)")
    elif re.search(r'database ".*" does not exist', low):
        why = (Problem.MISSING, "no such database on the server (ask your administrator)")
    elif "permission denied" in low:
        why = (Problem.UNWRITABLE, "this login lacks the rights BuurtDesk needs there")
    elif "read-only transaction" in low:
        why = (Problem.UNWRITABLE, f"the schema is older than this BuurtDesk: {UPGRADE_HINT}")
    elif "closed the connection" in low or "terminating connection" in low:
        why = (Problem.UNREADABLE, "the connection to the server was lost; nothing was saved")
    elif "could not serialize" in low or "deadlock detected" in low:
        why = (
            Problem.UNWRITABLE,
            "someone else changed the same data; nothing was saved, try again",
        )
    elif any(
        w in low for w in ("connection refused", "could not translate", "timeout", "no route")
    ):
        why = (Problem.UNREADABLE, "the server cannot be reached (check the address and port)")
    else:
        first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
        why = (Problem.UNREADABLE, f"the server refused the connection ({first})")
    return ServerError(why[0], url, why[1])


def _meta(conn: Connection, schema: str) -> dict[str, str] | None:
    """The schema's marks, or None when it has no meta table."""
    from sqlalchemy import text

    found = conn.execute(
        text("SELECT 1 FROM pg_tables WHERE schemaname = :s AND tablename = :t"),
        {"s": schema, "t": META},
    ).first()
    if found is None:
        return None
    rows = conn.execute(text(f'SELECT key, value FROM "{schema}".{META}'))
    return {str(k): str(v) for k, v in rows}


def _tables(conn: Connection, schema: str) -> list[str]:
    from sqlalchemy import text

    rows = conn.execute(
        text(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = :s AND c.relkind IN ('r', 'v', 'm', 'p', 'f') ORDER BY 1"
        ),
        {"s": schema},
    )
    return [str(r[0]) for r in rows]


def state(conn: Connection, url: str) -> int:
    """The schema version in the server's schema (0: none yet); refuse what is not ours.

    Holds a lock until the caller's transaction ends, so that of two clients opening a new
    database at once one sets it up and the other finds it set up."""
    from sqlalchemy import text

    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPLICATION_ID})
    schema = schema_of(url)
    meta = _meta(conn, schema)
    if meta is None:
        if _tables(conn, schema):
            raise ServerError(
                Problem.FOREIGN,
                url,
                f"the schema {schema} belongs to another program (it holds tables but no "
                "BuurtDesk marks); BuurtDesk changes nothing there",
            )
        return 0
    if meta.get("application_id") != str(APPLICATION_ID):
        raise ServerError(Problem.FOREIGN, url, f"the schema {schema} belongs to another program")
    version = int(meta.get("user_version", "0"))
    if version > SCHEMA_VERSION:
        raise ServerError(
            Problem.NEWER,
            url,
            f"made by a newer BuurtDesk (schema {version}; this version knows up to "
            f"{SCHEMA_VERSION}). Please update BuurtDesk.",
            version,
        )
    return version


def _migrate(conn: Connection, url: str) -> None:
    """Create the schema or bring it to SCHEMA_VERSION, in the caller's one transaction
    (PostgreSQL's DDL is transactional: stopped at any point, nothing of it stays)."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.defaults import seed_defaults

    schema = schema_of(url)
    conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    conn.execute(text(f'SET LOCAL search_path TO "{schema}"'))
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    with Session(bind=conn) as session:
        seed_defaults(session)
        session.flush()
    conn.execute(text(f"CREATE TABLE IF NOT EXISTS {META} (key TEXT PRIMARY KEY, value TEXT)"))
    conn.execute(text(f"DELETE FROM {META}"))
    conn.execute(
        text(
            f"INSERT INTO {META} (key, value) VALUES ('application_id', :a), ('user_version', :v)"
        ),
        {"a": str(APPLICATION_ID), "v": str(SCHEMA_VERSION)},
    )


def open_server(url: str, create: bool = True, read_only: bool = False) -> tuple[Engine, bool]:
    """Open (and when empty and ``create``, set up) BuurtDesk's schema on a server; the engine
    and whether it only reads (asked for, or an older schema that waits for its upgrade)."""
    engine = make_server_engine(url)
    try:
        with engine.begin() as conn:
            version = state(conn, url)
            if version == 0 and not read_only:
                if not create:
                    raise ServerError(Problem.MISSING, url, "holds no BuurtDesk data yet")
                _migrate(conn, url)
                version = SCHEMA_VERSION
    except ServerError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
            raise failure(url, exc) from exc
        raise
    if version == 0:
        engine.dispose()
        raise ServerError(Problem.MISSING, url, "holds no BuurtDesk data yet")
    if version < SCHEMA_VERSION or read_only:
        engine.dispose()
        return make_server_engine(url, read_only=True), True
    return engine, False


def upgrade(url: str) -> tuple[int, int]:
    """``buurtdesk db upgrade``: bring the server's schema to SCHEMA_VERSION.  Returns the
    versions before and after."""
    engine = make_server_engine(url)
    try:
        with engine.begin() as conn:
            before = state(conn, url)
            if before < SCHEMA_VERSION:
                _migrate(conn, url)
    except ServerError:
        raise
    except Exception as exc:
        if type(exc).__module__.startswith(("sqlalchemy", "psycopg")):
            raise failure(url, exc) from exc
        raise
    finally:
        engine.dispose()
    return before, SCHEMA_VERSION


def schema_version(engine: Engine, url: str) -> int:
    with engine.connect() as conn:
        return state(conn, url)


def unknown_tables(engine: Engine, url: str) -> tuple[str, ...]:
    """Tables and views in BuurtDesk's schema that are not BuurtDesk's (kept, never dropped)."""
    from buurtdesk.core.store.models import Base

    own = set(Base.metadata.tables) | {"alembic_version", META}
    with engine.connect() as conn:
        return tuple(t for t in _tables(conn, schema_of(url)) if t not in own)


def integrity(engine: Engine, url: str) -> str:
    """``ok``, or which of BuurtDesk's tables the server's schema lacks (the server keeps its
    own pages whole; there is no ``PRAGMA integrity_check`` to run)."""
    from buurtdesk.core.store.models import Base

    with engine.connect() as conn:
        have = set(_tables(conn, schema_of(url)))
    missing = sorted(set(Base.metadata.tables) - have)
    return "ok" if not missing else f"missing tables: {', '.join(missing)}"
