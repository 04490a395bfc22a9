"""Icons shipped in ``resources/icons`` (SVG, drawn for BuurtDesk)."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from buurtdesk.core.paths import resources_dir


def icon(name: str) -> QIcon:
    """``resources/icons/<name>.svg``; an empty icon if it is missing, never an error."""
    path = resources_dir() / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
