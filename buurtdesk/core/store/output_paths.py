"""Where an output (a PDF, a CSV, a slide, a copy) may be written, checked before anything is.

:func:`check_output` refuses a target that is the open database, any other database file (a
``.buurtdesk`` file, or any file that starts with SQLite's header), or a database's ``-wal``,
``-shm``, ``-journal`` or ``.lock`` companion; a folder; a device, named pipe, socket or
symbolic link (writing there would replace it or write into what it leads to); ``-`` (standard
output); a missing folder; a folder BuurtDesk cannot write in.  A command calls it for every
output before it changes anything, so that a refused output never leaves half the work done.

Outputs are written to a temporary file beside the target and then moved into place.  Those
temporary names are recognisable (``.~NAME.buurtdesk-PID-XXXXXXXX.part``): a writer killed
half way (a SIGKILL cannot be caught) leaves one behind, perhaps with personal data in it, and
:func:`sweep` removes it at the next write in that folder, once its writer is gone or it is
older than :data:`STALE_AFTER` seconds; every command that writes into a folder, and the window
when it starts, sweeps the folders it knows (:func:`sweep_folders`).
"""

from __future__ import annotations

import os
import re
import secrets
import stat
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from buurtdesk.core.store.paths import DB_SUFFIX
from buurtdesk.core.store.write_errors import REASONS, WriteError, writing

SQLITE_HEADER = b"SQLite format 3\x00"
COMPANIONS = ("-wal", "-shm", "-journal", ".lock")
# A writer may add its own ".part" (and SQLite its "-journal") to the name it was given.
TEMP_PATTERN = re.compile(r"^\.~.*\.buurtdesk-(\d+)-[0-9a-f]{8}\.part(\.part)?(-journal)?$")
STALE_AFTER = 6 * 3600  # seconds: no export takes this long

# The kinds of refusal; a window chooses its own words for the database ones.
DATABASE_KINDS = frozenset({"open_database", "database", "companion"})


class OutputRefusedError(WriteError):
    """An output path BuurtDesk will not write to; ``str()`` names the path and why."""

    def __init__(self, path: Path, reason: str, kind: str) -> None:
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.kind = kind


def _same(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def is_database_file(path: Path) -> bool:
    """An existing ``.buurtdesk`` file, or any file that starts with SQLite's header."""
    if not path.is_file():
        return False
    if path.suffix.lower() == DB_SUFFIX:
        return True
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _owner(path: Path, database: Path | None) -> Path | None:
    """The database ``path`` is a companion of (``X-wal``, ``X-shm``, ``X.lock``...), if any."""
    for suffix in COMPANIONS:
        if path.name.endswith(suffix) and len(path.name) > len(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if (database is not None and _same(base, database)) or is_database_file(base):
                return base
            if base.suffix.lower() == DB_SUFFIX:
                return base
    return None


SPECIAL = "it is not a regular file (a device, a pipe, a socket or a link); give a new name"


def _special(path: Path) -> bool:
    """``path`` exists and is a symlink, device, pipe or socket: writing there would replace
    the link or write into whatever it leads to."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def temp_path(target: Path) -> Path:
    """A new temporary name beside ``target``, recognisable as BuurtDesk's and its writer's."""
    tag = f"buurtdesk-{os.getpid()}-{secrets.token_hex(4)}"
    return target.with_name(f".~{target.name[:120]}.{tag}.part")


def _probe(folder: Path) -> str | None:
    """Why nothing can be created in ``folder``, or ``None``; leaves nothing behind."""
    probe = temp_path(folder / "probe")
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        return REASONS.get(exc.errno or 0, exc.strerror or str(exc))
    os.close(fd)
    probe.unlink(missing_ok=True)
    return None


def check_output(
    path: Path | str,
    *,
    database: Path | str | None = None,
    inputs: Iterable[Path | str] = (),
    replaceable: Callable[[Path], bool] | None = None,
) -> Path:
    """Refuse ``path`` as an output file (``OutputRefusedError``) unless it is safe to write; no
    file is changed.  ``database`` is the open database, ``inputs`` files the command reads;
    ``replaceable`` says which existing SQLite files are the output's own format (a package)."""
    path = Path(path)
    db = Path(database) if database is not None else None

    def refuse(reason: str, kind: str) -> OutputRefusedError:
        return OutputRefusedError(path, reason, kind)

    if str(path) == "-":
        raise OutputRefusedError(
            path, "writing to standard output (-) is not supported; give a file name", "stdout"
        )
    if _special(path):
        raise refuse(SPECIAL, "special")
    if db is not None and (_same(path, db) or path.absolute() == db.absolute()):
        raise refuse("it is the open database", "open_database")
    for source in inputs:
        if _same(path, Path(source)):
            raise refuse("it is the file being read", "input")
    if path.is_dir():
        raise refuse("it is a folder", "folder")
    if is_database_file(path) and not (replaceable is not None and replaceable(path)):
        raise refuse("it is a database file", "database")
    owner = _owner(path, db)
    if owner is not None:
        raise refuse(f"it belongs to the database {owner.name}", "companion")
    folder = path.parent
    if not folder.exists():
        raise refuse("the folder does not exist", "no_folder")
    if not folder.is_dir():
        raise refuse(f"{folder} is not a folder", "no_folder")
    reason = _probe(folder)
    if reason is not None:
        raise refuse(reason, "unwritable")
    return path


def check_folder(folder: Path | str) -> Path:
    """Refuse ``folder`` as an output folder unless it is (or can be made) a writable folder."""
    folder = Path(folder)
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if folder.exists() and not folder.is_dir():
        raise OutputRefusedError(folder, "it is not a folder", "folder")
    if not existing.is_dir():
        raise OutputRefusedError(folder, f"{existing} is not a folder", "no_folder")
    reason = _probe(existing)
    if reason is not None:
        raise OutputRefusedError(folder, reason, "unwritable")
    return folder


def replace_together(
    outputs: Sequence[tuple[Path, Callable[[Path], None]]],
    before: Callable[[], None] | None = None,
) -> None:
    """Let each ``write`` fill a temporary file beside its target, then move them all into
    place: a failure while writing any of them leaves every earlier file as it was.
    ``before`` (a commit, say) runs once all are written, before the first is moved."""
    staged: list[tuple[Path, Path]] = []
    for folder in {Path(target).parent for target, _write in outputs}:
        sweep(folder)
    try:
        for target, write in outputs:
            tmp = temp_path(Path(target))
            staged.append((tmp, Path(target)))
            try:
                with writing(Path(target)):
                    write(tmp)
            except Exception as exc:
                if str(tmp) not in str(exc):
                    raise
                raise WriteError(str(exc).replace(str(tmp), str(target))) from None
        if before is not None:
            before()
        for tmp, target in staged:
            with writing(target):
                os.replace(tmp, target)
    finally:
        for tmp, _target in staged:
            tmp.unlink(missing_ok=True)


def _writer_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name == "nt":  # os.kill would stop the process there; the age decides
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False
    return False


def sweep(folder: Path | str, *, now: float | None = None) -> list[Path]:
    """Remove BuurtDesk's stale temporary files in ``folder``; returns the removed ones.

    Only names of :data:`TEMP_PATTERN`, and only when the writing process is gone or the file
    is older than :data:`STALE_AFTER`; every other file stays."""
    folder = Path(folder)
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = TEMP_PATTERN.match(entry.name)
        if match is None:
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_AFTER
            if old or _writer_gone(int(match.group(1))):
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue
    return removed


def replace_atomically(
    path: Path | str,
    write: Callable[[Path], None],
    *,
    replaceable: Callable[[Path], bool] | None = None,
) -> None:
    """Let ``write`` fill a temporary file beside ``path``, then move it into place.

    ``path`` is checked first (never a folder or a database; see ``output_paths``), and stale
    temporary files of an earlier, killed write in that folder are removed.  A failure (a full
    disk, no permission) leaves any earlier file at ``path`` as it was, leaves no temporary file
    behind, and raises one ``WriteError`` naming ``path`` and the cause.
    """
    path = check_output(path, replaceable=replaceable)
    sweep(path.parent)
    tmp = temp_path(path)
    try:
        with writing(path):
            write(tmp)
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def sweep_folders(folders: Iterable[Path | str]) -> dict[Path, int]:
    """:func:`sweep` each folder once; ``{folder: how many were removed}`` where any were."""
    found: dict[Path, int] = {}
    seen: set[Path] = set()
    for folder in folders:
        key = Path(folder).absolute()
        if key in seen:
            continue
        seen.add(key)
        removed = len(sweep(key))
        if removed:
            found[Path(folder)] = removed
    return found
