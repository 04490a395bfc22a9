"""The PNG files of ``buurtdesk export slides``: a whole set replaces the previous set.

Slide files are named ``NN-name[-page].png``.  Each export leaves a hidden manifest in the
folder (:data:`MANIFEST`: the name and SHA-256 of every PNG it wrote).  A new set removes the
files of the previous set it does not replace (7 slides after 9 leave 7), but only files that
manifest lists and whose bytes are still the ones written: a user's file that merely looks like
a slide, or a slide changed since, stays.  Without a manifest nothing is removed.  Every slide
path gets the same check as ``-o`` (never a database, a link, a device or a pipe), and every
image is written to a temporary name first: a full disk leaves the old set as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Callable, Sequence
from pathlib import Path

from buurtdesk.core.store.output_paths import check_folder, check_output, replace_together
from buurtdesk.core.store.write_errors import writing

SLIDE_NAMES = ("titel", "acties", "knelpunten", "ranglijst", "prioriteiten", "afsluiting")
MANIFEST = ".buurtdesk-slides.json"


def slide_file_name(number: int, name: str, page: int, pages: int) -> str:
    suffix = f"-{page + 1}" if pages > 1 else ""
    return f"{number:02d}-{name}{suffix}.png"


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_bytes(images: Sequence[tuple[str, bytes]]) -> bytes:
    """The manifest of a set of ``(file name, PNG bytes)``: JSON, ``{"files": {name: sha256}}``."""
    manifest = {"files": {name: _digest(data) for name, data in images}}
    return json.dumps(manifest, indent=2, sort_keys=True).encode("utf-8")


def read_manifest(folder: Path) -> dict[str, str]:
    """``{file name: sha256}`` of the set the last export wrote in ``folder``; empty when there
    is no manifest or it cannot be read (then nothing is removed)."""
    path = folder / MANIFEST
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return {}
        found = json.loads(path.read_text(encoding="utf-8"))
        files = found.get("files", {}) if isinstance(found, dict) else {}
    except (OSError, ValueError):
        return {}
    if not isinstance(files, dict):
        return {}
    return {
        str(name): str(digest)
        for name, digest in files.items()
        if isinstance(name, str) and Path(name).name == name and not name.startswith(".")
    }


def _still_ours(path: Path, digest: str) -> bool:
    """A regular file (not a link) whose bytes are the ones the last export wrote."""
    try:
        if not stat.S_ISREG(os.lstat(path).st_mode):
            return False
        return _digest(path.read_bytes()) == digest
    except OSError:
        return False


def write_slide_set(
    folder: Path, images: Sequence[tuple[str, bytes]], *, database: Path | None = None
) -> list[Path]:
    """Write ``(file name, PNG bytes)`` into ``folder`` as the new slide set; returns the files.

    ``database`` is the open database: no slide may be written over it (nor over any other)."""
    folder = check_folder(folder)
    with writing(folder):
        folder.mkdir(parents=True, exist_ok=True)
    names = {name for name, _data in images}
    for name in sorted(names):
        check_output(folder / name, database=database)
    check_output(folder / MANIFEST, database=database)
    earlier = read_manifest(folder)

    def remove_old_set() -> None:
        for name, digest in earlier.items():
            path = folder / name
            if name not in names and _still_ours(path, digest):
                with writing(path):
                    path.unlink()

    targets = [(folder / name, _writer(data)) for name, data in images]
    manifest = (folder / MANIFEST, _writer(manifest_bytes(images)))
    replace_together([*targets, manifest], before=remove_old_set)
    return [path for path, _write in targets]
