"""One window edits a file at a time.

The window that opens a file for editing leaves ``NAME.lock`` beside it, naming its process,
computer and user.  A second window is told so and offered the file read-only, so two people
never overwrite each other's work.  A lock left by a process that no longer runs on this
computer (after a crash or a flat battery) is taken over silently.  The command line does not
lock: each of its commands is one short transaction.

The lock file is never followed as a link: one that is a symbolic link (planted to make
BuurtDesk overwrite or delete another file) is not read, and is replaced by a real lock file
without touching what it points to.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Holder:
    pid: int
    host: str
    user: str
    since: str  # ISO time, local

    def alive(self) -> bool:
        """Whether the holder still runs; on another computer we cannot tell, so yes."""
        if self.host != socket.gethostname():
            return True
        if self.pid == os.getpid():
            return False  # our own lock, left by an earlier open in this process
        try:
            os.kill(self.pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        except OSError:
            return False
        return True


class FileInUse(Exception):  # noqa: N818 (reads as what it says)
    """Another BuurtDesk window edits this file."""

    def __init__(self, path: Path, holder: Holder) -> None:
        super().__init__(
            f"{path}: in use by BuurtDesk on {holder.host} (user {holder.user}, "
            f"since {holder.since})"
        )
        self.path = path
        self.holder = holder


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def _read(path: Path) -> Holder | None:
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)  # a link: ELOOP
        with os.fdopen(fd, "rb") as fh:
            data = json.loads(fh.read(4096).decode("utf-8"))
        return Holder(int(data["pid"]), str(data["host"]), str(data["user"]), str(data["since"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # unreadable or half written: treat as no lock


class FileLock:
    def __init__(self, db_path: Path, *, take_over: bool = False) -> None:
        """Take the lock of ``db_path``; raises FileInUse when a live window holds it."""
        self.path = lock_path(db_path)
        holder = _read(self.path)
        if holder is not None and holder.alive() and not take_over:
            raise FileInUse(Path(db_path), holder)
        try:
            user = getpass.getuser()
        except (KeyError, OSError):
            user = "?"
        me = {
            "pid": os.getpid(),
            "host": socket.gethostname(),
            "user": user,
            "since": dt.datetime.now().isoformat(timespec="minutes"),
        }
        _write(self.path, json.dumps(me).encode("utf-8"))
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        holder = _read(self.path)  # a link reads as no lock, so it is never deleted here
        if holder is not None and holder.pid == os.getpid():
            self.path.unlink(missing_ok=True)


def _write(path: Path, data: bytes) -> None:
    """Put ``data`` at ``path`` through a new file (``O_EXCL``: never an existing file or a
    link) that then replaces whatever ``path`` was: a link is replaced, not followed."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.unlink(missing_ok=True)  # unlink removes a link itself, never its target
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
