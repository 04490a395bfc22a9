"""A demo file on disk: a new BuurtDesk file filled with the fictional neighbourhood."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from buurtdesk.core.demo.neighbourhood import populate_demo
from buurtdesk.core.store.library import Library


def create_demo(
    path: Path | str,
    *,
    force: bool = False,
    today: dt.date | None = None,
    name: str | None = None,
    seed: int | None = None,
) -> None:
    """Write the fictional demo neighbourhood to ``path`` (refusing to overwrite unless forced);
    ``name`` and ``seed`` make another neighbourhood, for a demo city."""
    path = Path(path)
    if path.exists():
        if not force:
            raise FileExistsError(f"{path} already exists")
        if not path.is_file():
            raise ValueError(f"{path} is not a file")
        for extra in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            extra.unlink(missing_ok=True)
    lib = Library(path, daily_backup=False)
    try:
        with lib.session() as s, s.begin():
            populate_demo(s, today or dt.date.today(), name, seed)
    finally:
        lib.close()
