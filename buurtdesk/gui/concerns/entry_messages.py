"""Dutch messages for the entry form and the import report, from the core's codes."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from buurtdesk.gui.common.date_messages import date_message
from buurtdesk.gui.common.texts import arg, translate

MAX_DESCRIPTION = 2000
LIMITS = {"form_no": 30, "street": 120, "name": 200, "phone": 60, "email": 200, "address": 300}


def issue_message(issue: Any, value: str = "") -> str:
    """The Dutch text for a ``FieldIssue`` (its ``message`` is English, for scripts)."""
    code, field = issue.code, issue.field
    if code == "empty":
        return translate(
            "Invoer", "Vul de omschrijving in: zonder omschrijving wordt niets opgeslagen."
        )
    if code == "too_long" and field == "description":
        return arg(
            translate(
                "Invoer",
                "De omschrijving heeft %1 tekens; er passen er %2. Kort haar in of verdeel "
                "haar over twee formulieren. Er is niets afgeknipt.",
            ),
            len(value.strip()),
            MAX_DESCRIPTION,
        )
    if code == "too_long":
        return arg(
            translate("Invoer", "Te lang: hier passen hoogstens %1 tekens."), LIMITS.get(field, "")
        )
    if code == "bad_date":
        return date_message("format", value)
    if code == "odd_email":
        return translate("Invoer", "Dit e-mailadres ziet er vreemd uit. Het wordt wel opgeslagen.")
    if code == "email_refused":
        return translate(
            "Invoer", "Dit e-mailadres bevat een regeleinde en is niet opgeslagen; de rest wel."
        )
    if code == "odd_phone":
        return translate(
            "Invoer", "Dit telefoonnummer ziet er vreemd uit. Het wordt wel opgeslagen."
        )
    if code == "form_no_used":
        return arg(
            translate(
                "Invoer",
                "Formuliernummer %1 is al gebruikt in deze buurt. Het wordt wel opgeslagen.",
            ),
            value.strip(),
        )
    if code == "control_chars":
        return translate(
            "Invoer", "Hier staat een onzichtbaar stuurteken (zoals NUL); haal het weg."
        )
    if code == "unknown_theme":
        return translate("Invoer", "Onbekend thema: het knelpunt krijgt geen thema.")
    return str(issue.message)


def import_reason(line: Any) -> str:
    """Why one line of a concern import was refused (or imported with a warning), in the
    window's language; the core's ``reason`` is English, for the command line."""
    if not line.issues:
        return str(line.reason)
    texts = [_import_issue(code, field, value, line.reason) for code, field, value in line.issues]
    text = " ".join(texts)
    return text if line.outcome == "rejected" else arg(translate("Invoer", "Let op: %1"), text)


def _import_issue(code: str, field: str, value: str, fallback: str) -> str:
    if code == "row_shape":
        return translate(
            "Invoer",
            "Deze regel heeft een ander aantal cellen dan de kopregel. Staat er een "
            "scheidingsteken in de tekst zonder aanhalingstekens eromheen?",
        )
    if code.startswith("date_"):
        return date_message(code.removeprefix("date_"), value)
    if code == "yes_no":
        return arg(translate("Invoer", "“%1” is geen ja of nee."), value)
    if code == "form_no_taken":
        return arg(
            translate("Invoer", "Formuliernummer %1 is al gebruikt voor een ander formulier."),
            value,
        )
    return issue_message(SimpleNamespace(code=code, field=field, message=fallback), value)


def unsaved_box(parent: Any) -> tuple[Any, dict[Any, str]]:
    """The question a half-typed form asks before it closes, and what each button means."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Invoer", "Formulier niet opgeslagen"))
    box.setText(translate("Invoer", "Dit formulier is nog niet opgeslagen."))
    box.setInformativeText(translate("Invoer", "Wat u typte, gaat verloren als u het weggooit."))
    role = QMessageBox.ButtonRole
    buttons = {
        box.addButton(translate("Invoer", "&Opslaan"), role.AcceptRole): "save",
        box.addButton(translate("Invoer", "&Weggooien"), role.DestructiveRole): "discard",
    }
    keep = box.addButton(translate("Invoer", "Verder &typen"), role.RejectRole)
    buttons[keep] = "keep"
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    return box, buttons


def ask_unsaved(parent: Any) -> str:
    """ "save", "discard" or "keep" (the default, also for Esc): what to do with a typed form."""
    box, buttons = unsaved_box(parent)
    box.exec()
    return buttons.get(box.clickedButton(), "keep")
