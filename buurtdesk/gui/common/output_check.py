"""Before an export is written: one clear message when the chosen file is a database.

The check itself is the core's (``core.output_paths.check_output``): never the open database,
another database or a database's companion file (``-wal``, ``-shm``, ``.lock``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.core.store.output_paths import DATABASE_KINDS, OutputRefusedError, check_output
from buurtdesk.gui.common.recent_files import remember_export
from buurtdesk.gui.common.texts import arg, translate


def refused(
    parent: QWidget,
    path: Path,
    database: Path | None,
    replaceable: Callable[[Path], bool] | None = None,
) -> bool:
    """Whether ``path`` is a database (or belongs to one); if so, after one message.

    Other refusals (a missing or read-only folder) surface when the export is written, through
    the caller's own message for a failed write."""
    try:
        check_output(path, database=database, replaceable=replaceable)
    except OutputRefusedError as exc:
        if exc.kind == "special":
            text = translate(
                "Uitvoer",
                "%1 is geen gewoon bestand maar een apparaat, pijp, socket of snelkoppeling. "
                "Kies een andere naam; er is niets opgeslagen.",
            )
            QMessageBox.warning(parent, translate("Uitvoer", "Niet opgeslagen"), arg(text, path))
            return True
        if exc.kind not in DATABASE_KINDS:
            return False
        text = translate(
            "Uitvoer",
            "%1 is een databasebestand of hoort bij een database. BuurtDesk schrijft daar geen "
            "export overheen. Kies een andere naam; er is niets opgeslagen.",
        )
        QMessageBox.warning(parent, translate("Uitvoer", "Niet opgeslagen"), arg(text, path))
        return True
    remember_export(Path(path).parent)
    return False
