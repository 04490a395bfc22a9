"""Where BuurtDesk keeps its files, and where the shipped forms and resources are."""

from __future__ import annotations

import os
import stat
from pathlib import Path

APP_NAME = "BuurtDesk"
DB_SUFFIX = ".buurtdesk"
PACKAGE_DIR = Path(__file__).resolve().parents[2]


NOT_REGULAR = "not a regular file (a named pipe, a device or a socket)"


def is_special(path: Path) -> bool:
    """``path`` leads to a pipe, device or socket: opening it to read could wait forever."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _shipped(name: str) -> Path:
    """``ui/`` or ``resources/``: inside the installed package, or beside it in a checkout."""
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


def ui_dir() -> Path:
    return _shipped("ui")


def resources_dir() -> Path:
    return _shipped("resources")


def data_dir() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return data_dir() / f"buurtdesk{DB_SUFFIX}"


def usual_db_path() -> Path | None:
    """The usual file when it exists: what BuurtDesk opens when no file is named."""
    path = default_db_path()
    return path if path.is_file() else None


def demo_db_path() -> Path:
    return data_dir() / f"demo{DB_SUFFIX}"
