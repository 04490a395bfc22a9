"""Simulated write failures inside one folder (tests run as root, so real permissions can't).

``deny(monkeypatch, folder, errno.EACCES)``: nothing in ``folder`` can be created or written,
as on a read-only mount.  ``deny(..., errno.ENOSPC)``: files open, but the first write fails
with "no space left on device", as on a full disk.  Reading stays possible everywhere.
"""

from __future__ import annotations

import builtins
import errno
import io
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class _FullFile:
    """A file object whose writes fail as on a full disk."""

    def __init__(self, inner: Any) -> None:
        self._inner = inner

    def write(self, _data: Any) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def writelines(self, _lines: Any) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def __enter__(self) -> _FullFile:
        return self

    def __exit__(self, *_exc: object) -> None:
        self._inner.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def deny(monkeypatch: pytest.MonkeyPatch, folder: Path, code: int) -> list[str]:
    """Make writes inside ``folder`` fail with ``code``; returns the refused paths, in order."""
    folder = folder.resolve()
    refused: list[str] = []
    real_open, real_os_open, real_connect = builtins.open, os.open, sqlite3.connect
    real_replace, real_mkdir = os.replace, Path.mkdir

    def inside(target: Any) -> bool:
        text = str(target)
        if text.startswith("file:"):
            text = text[5:].split("?", 1)[0]
        try:
            return Path(os.fsdecode(text)).resolve().is_relative_to(folder)
        except (TypeError, ValueError):
            return False

    def error(target: Any) -> OSError:
        refused.append(str(target))
        return OSError(code, os.strerror(code), str(target))

    def fake_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        writing = any(c in mode for c in "wax+")
        if writing and inside(file):
            if code != errno.ENOSPC:
                raise error(file)
            refused.append(str(file))
            return _FullFile(real_open(file, mode, *args, **kwargs))
        return real_open(file, mode, *args, **kwargs)

    def fake_os_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & _WRITE_FLAGS and inside(path) and code != errno.ENOSPC:
            raise error(path)
        return real_os_open(path, flags, *args, **kwargs)

    def fake_connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        if inside(database) and "mode=ro" not in str(database):
            refused.append(str(database))
            if code == errno.ENOSPC:
                raise sqlite3.OperationalError("database or disk is full")
            raise sqlite3.OperationalError("unable to open database file")
        return real_connect(database, *args, **kwargs)

    def fake_replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        if inside(dst) and code != errno.ENOSPC:
            raise error(dst)
        real_replace(src, dst, *args, **kwargs)

    def fake_mkdir(self: Path, *args: Any, **kwargs: Any) -> None:
        if inside(self) and not self.exists() and code != errno.ENOSPC:
            raise error(self)
        real_mkdir(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)
    monkeypatch.setattr(os, "open", fake_os_open)
    monkeypatch.setattr(sqlite3, "connect", fake_connect)
    monkeypatch.setattr(os, "replace", fake_replace)
    monkeypatch.setattr(Path, "mkdir", fake_mkdir)
    return refused


def files_in(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, to compare before and after."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
