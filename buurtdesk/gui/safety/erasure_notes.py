"""What the Privacy window says after an erasure: the backups, and what it could not do yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.privacy.personal import Erasure


def erased_message(done: Erasure) -> str:
    """The backups rewritten and removed; then, when it applies, that another program still
    holds the file (the erasure completes there when it closes it) and which tables that are
    not BuurtDesk's were not searched."""
    parts = [
        arg(
            QCoreApplication.translate(
                "ErasureNotes",
                "De gegevens zijn gewist. Oudere back-ups: %1 herschreven, %2 verwijderd.",
            ),
            done.backups_rewritten,
            done.backups_removed,
        )
    ]
    if not done.file_clean:
        parts.append(
            QCoreApplication.translate(
                "ErasureNotes",
                "Een ander programma leest het bestand nog; het wissen wordt in het bestand "
                "afgemaakt als dat programma het sluit, of anders bij de volgende keer openen.",
            )
        )
    if done.unsearched:
        parts.append(
            arg(
                QCoreApplication.translate(
                    "ErasureNotes", "Tabellen die niet van BuurtDesk zijn (%1) zijn niet doorzocht."
                ),
                ", ".join(done.unsearched),
            )
        )
    return "\n\n".join(parts)
