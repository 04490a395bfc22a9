"""Documenten: what the chair must know before a paper goes out.

A verslag or feedback of a meeting still to come comes out marked CONCEPT (:func:`draft_note`);
a document whose typed texts hold the name of a resident in the file is made only after the
chair has seen where (:func:`names_cleared`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from buurtdesk.gui.common.texts import arg, translate

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

MAX_LISTED = 8  # the message lists this many texts, then says how many more


def draft_note(library: Library, meeting_id: int, key: str) -> str:
    """Sentences for the status line: a draft says so; feedback names who is left to the
    mailing and a missing return address.  Empty when there is nothing to say."""
    from buurtdesk.core.documents.concept import is_draft

    notes = []
    if is_draft(library, key, meeting_id):
        notes.append(
            translate(
                "PaperChecks",
                "Deze bijeenkomst is nog niet gehouden: op elke pagina staat CONCEPT.",
            )
        )
    if key == "feedback":
        from buurtdesk.core.documents.feedback import paper_counts

        with library.session() as s:
            counts = paper_counts(s, meeting_id)
        if counts.email_only:
            notes.append(
                arg(
                    translate(
                        "PaperChecks",
                        "%1 bewoners gaven alleen een e-mailadres: zij staan in de CSV voor "
                        "mailing, niet in de PDF.",
                    ),
                    counts.email_only,
                )
            )
        if not counts.sender_address:
            notes.append(
                translate(
                    "PaperChecks",
                    "Het overleg heeft nog geen postadres: vul het in via Bestand › Gegevens "
                    "van het overleg, dan krijgen de brieven een afzender.",
                )
            )
    return " ".join(notes)


def names_cleared(parent: QWidget, library: Library, meeting_id: int, key: str) -> bool:
    """True when document ``key`` holds no resident's name, or the chair makes it anyway."""
    from buurtdesk.core.documents.name_review import name_hits
    from buurtdesk.gui.safety.public_review import what_text

    hits = name_hits(library, key, meeting_id)
    if not hits:
        return True
    lines = [
        f"• {h.code or what_text('agenda')} {what_text(h.what)}: {h.text} ({', '.join(h.names)})"
        for h in hits[:MAX_LISTED]
    ]
    if len(hits) > MAX_LISTED:
        lines.append(arg(translate("PaperChecks", "en nog %1"), len(hits) - MAX_LISTED))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("PaperChecks", "Naam van een bewoner"))
    box.setText(
        translate(
            "PaperChecks",
            "Deze teksten noemen de naam van een bewoner uit het bestand. Pas ze aan voordat "
            "u dit document uitdeelt, of maak het toch als de naam hier niet om die bewoner "
            "gaat.",
        )
    )
    box.setInformativeText("\n".join(lines))
    make = box.addButton(translate("PaperChecks", "Toch maken"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("PaperChecks", "Annuleren"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(QMessageBox.StandardButton.NoButton)
    box.exec()
    return box.clickedButton() is make
