"""Looking into a SQLite file without changing it: no write, no ``-wal``/``-shm`` left behind."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from buurtdesk.core.store.paths import NOT_REGULAR, is_special


def read_only_uri(path: Path, header: bytes) -> str:
    """A read-only SQLite URI for ``path``.  A WAL file that nobody has open (no ``-wal``
    beside it) is read as immutable: looking at it then leaves no ``-wal``/``-shm`` behind."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if header[18:20] == b"\x02\x02" and not path.with_name(f"{path.name}-wal").exists():
        uri += "&immutable=1"
    return uri


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that never writes the file nor leaves files beside it (``read_only_uri``):
    it works in a read-only folder or on a full disk.  A pipe or device is refused unopened."""
    if is_special(path):
        raise OSError(errno.EINVAL, NOT_REGULAR, str(path))
    with path.open("rb") as fh:
        header = fh.read(100)
    return sqlite3.connect(read_only_uri(path, header), uri=True, check_same_thread=False)
