"""The PNG files of ``buurtdesk export slides``: a whole set replaces the previous set.

Slide files are named ``NN-name[-page].png``; a new set removes the old set's files that it
does not replace (7 slides after 9 leave 7), never another file in the folder.  Every image
is written to a temporary name first: a full disk leaves the old set as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from pathlib import Path

from buurtdesk.core.store.output_paths import check_folder, replace_together
from buurtdesk.core.store.write_errors import writing

SLIDE_NAMES = ("titel", "acties", "knelpunten", "ranglijst", "prioriteiten", "afsluiting")
SLIDE_FILE = re.compile(rf"^\d\d-({'|'.join(SLIDE_NAMES)})(-\d+)?\.png$")


def slide_file_name(number: int, name: str, page: int, pages: int) -> str:
    suffix = f"-{page + 1}" if pages > 1 else ""
    return f"{number:02d}-{name}{suffix}.png"


def _writer(data: bytes) -> Callable[[Path], None]:
    def write(tmp: Path) -> None:
        tmp.write_bytes(data)

    return write


def write_slide_set(folder: Path, images: Sequence[tuple[str, bytes]]) -> list[Path]:
    """Write ``(file name, PNG bytes)`` into ``folder`` as the new slide set; returns the files."""
    folder = check_folder(folder)
    with writing(folder):
        folder.mkdir(parents=True, exist_ok=True)
    names = {name for name, _data in images}

    def remove_old_set() -> None:
        for path in folder.iterdir():
            if SLIDE_FILE.match(path.name) and path.name not in names and path.is_file():
                with writing(path):
                    path.unlink()

    targets = [(folder / name, _writer(data)) for name, data in images]
    replace_together(targets, before=remove_old_set)
    return [path for path, _write in targets]
