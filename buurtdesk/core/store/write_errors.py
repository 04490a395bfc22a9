"""One clear sentence for a file that could not be written: which file, and why."""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ENOENT: "the folder does not exist",
    errno.EROFS: "the disk is read-only",
    errno.EISDIR: "it is a folder",
}


class WriteError(OSError):
    """Writing ``path`` failed; ``str()`` is one sentence naming the file and the cause."""


def describe(path: Path, exc: BaseException) -> str:
    if isinstance(exc, OSError):
        reason = REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    elif "full" in str(exc):
        reason = "the disk is full"
    elif "unable to open database file" in str(exc):
        reason = "permission denied, or the folder does not exist"
    else:
        reason = str(exc)
    return f"cannot write {path}: {reason}"


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """Turn an OS or SQLite failure while writing ``path`` into a ``WriteError``."""
    try:
        yield
    except WriteError:
        raise
    except (OSError, sqlite3.Error) as exc:
        raise WriteError(describe(path, exc)) from None


_SQLITE_REASONS = {
    "database or disk is full": "the disk is full",
    "attempt to write a readonly database": "the file is read-only",
    "disk I/O error": "the disk could not be written",
}


def saving_failed(path: Path, exc: BaseException) -> WriteError | None:
    """The ``WriteError`` for an SQLite failure that means the file cannot take the change."""
    if not isinstance(exc, sqlite3.OperationalError):
        return None
    for marker, reason in _SQLITE_REASONS.items():
        if marker in str(exc):
            return WriteError(f"cannot save to {path}: {reason}; nothing was changed")
    return None


def on_engine_error(path: Path) -> Callable[[Any], None]:
    """A SQLAlchemy ``handle_error`` listener: a full disk becomes one clear ``WriteError``."""

    def handle(context: Any) -> None:
        error = saving_failed(path, context.original_exception)
        if error is not None:
            raise error

    return handle
