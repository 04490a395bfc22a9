"""The audit log of one concern or action, as a short list in readable Dutch.

Each line: when (dd-mm-jjjj HH:MM, local time), what happened, and before → after.  Only the
public keys the core hands out are shown (statuses, titles, counts); never personal data.
Imported lazily by the dialogs that show it; it does not import the database layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from buurtdesk.gui.common.texts import action_status, arg, concern_status, translate

ARROW = " → "


def when_text(at: dt.datetime) -> str:
    """The stored moment (UTC) in local time, dd-mm-jjjj HH:MM."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=dt.UTC)
    return at.astimezone().strftime("%d-%m-%Y %H:%M")


def _status(entity: str, value: Any) -> str:
    if value is None:
        return "—"
    return action_status(value) if entity == "action" else concern_status(value)


def what_text(entry: Any, own_id: int) -> str:
    """What happened, seen from the concern or action whose log this is."""
    op, other = entry.operation, entry.other_code
    if op == "merge":
        if entry.entity_id == own_id:
            return arg(translate("Logboek", "Samengevoegd met %1"), other)
        return arg(translate("Logboek", "%1 hierin samengevoegd"), other)
    if op == "unmerge":
        if entry.entity_id == own_id:
            return arg(translate("Logboek", "Samenvoeging met %1 ongedaan gemaakt"), other)
        return arg(translate("Logboek", "%1 weer losgemaakt"), other)
    labels = {
        "set_title": translate("Logboek", "Titel gewijzigd"),
        "status": translate("Logboek", "Status gewijzigd"),
        "delete": translate("Logboek", "Verwijderd"),
        "restore": translate("Logboek", "Teruggezet"),
        "delete_update": translate("Logboek", "Update verwijderd"),
        "correct": translate("Logboek", "Telling gecorrigeerd"),
        "move": translate("Logboek", "Naar een andere prioriteit verplaatst"),
    }
    return labels.get(op, translate("Logboek", "Gewijzigd"))


def change_text(entry: Any, own_id: int | None = None) -> str:
    """Before → after, for the keys that changed (or the one side there is).  A merge seen
    from the other concern changed nothing here: no before → after."""
    if own_id is not None and entry.entity_id != own_id:
        return ""
    before, after = entry.before or {}, entry.after or {}
    parts = []
    for key in ("status", "title", "count", "description"):
        if key not in before and key not in after:
            continue
        old, new = before.get(key), after.get(key)
        if key == "status":
            old, new = _status(entry.entity, old), _status(entry.entity, new)
        elif key == "title" or key == "description":
            old = f"‘{old}’" if old else None
            new = f"‘{new}’" if new else None
        if old is None:
            parts.append(str(new))
        elif new is None:
            parts.append(str(old))
        elif old != new:
            parts.append(f"{old}{ARROW}{new}")
    return "; ".join(parts)


class AuditList(QTreeWidget):
    """A compact, read-only list of audit entries, newest at the bottom."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditList")
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setHeaderLabels(
            [
                translate("Logboek", "Wanneer"),
                translate("Logboek", "Wat"),
                translate("Logboek", "Voor → na"),
            ]
        )
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def set_entries(self, entries: Sequence[Any], own_id: int) -> None:
        self.clear()
        for entry in entries:
            item = QTreeWidgetItem(
                [when_text(entry.at), what_text(entry, own_id), change_text(entry, own_id)]
            )
            item.setToolTip(2, item.text(2))
            self.addTopLevelItem(item)
        if not entries:
            self.addTopLevelItem(
                QTreeWidgetItem([translate("Logboek", "Nog geen wijzigingen gelogd."), "", ""])
            )

    def lines(self) -> list[tuple[str, str, str]]:
        """What is shown, row by row (for tests and for a quick look)."""
        items = [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
        return [(item.text(0), item.text(1), item.text(2)) for item in items if item is not None]
