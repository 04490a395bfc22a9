"""The forms of the Acties area: one action, a dated update at a review, and an action's history.

They collect and check input only (empty description, dropping without a reason); the area
writes it to the file through undo commands.  Nothing here imports the database layer.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.gui.common.date_entry import DateEntry
from buurtdesk.gui.common.dialogs import CheckedDialog
from buurtdesk.gui.common.language import number_locale
from buurtdesk.gui.common.texts import action_status, arg, format_date, translate
from buurtdesk.gui.common.uiload import child, load_ui

STATUSES = ("open", "in_progress", "done", "dropped")


@dataclass(frozen=True)
class ActionInput:
    description: str
    owner_partner_id: int | None
    responsible_person: str
    due_date: dt.date | None
    hours_planned: float | None
    status: str
    result: str
    priority_id: int | None = None  # the priority chosen in the dialog
    name_on_list: bool = False  # a resident's name may go on the actielijst


@dataclass(frozen=True)
class UpdateInput:
    date: dt.date
    status: str
    note: str
    hours_spent: float | None


def _fill_statuses(combo: QComboBox, current: str) -> None:
    for value in STATUSES:
        combo.addItem(action_status(value), value)
    combo.setCurrentIndex(max(0, combo.findData(str(current))))


def _ok_cancel(dialog: QDialog, ok_text: str) -> None:
    buttons = child(dialog, QDialogButtonBox, "buttonBox")
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        translate("ActionDialog", "Annuleren")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)


class WrapDelegate(QStyledItemDelegate):
    """Rows as tall as the wrapped text of the wide columns, so nothing is cut off."""

    def __init__(self, tree: QTreeWidget, columns: tuple[int, ...]) -> None:
        super().__init__(tree)
        self.tree = tree
        self.columns = columns

    def initStyleOption(self, option: QStyleOptionViewItem, index: Any) -> None:
        super().initStyleOption(option, index)
        horizontal = option.displayAlignment & Qt.AlignmentFlag.AlignHorizontal_Mask
        option.displayAlignment = horizontal | Qt.AlignmentFlag.AlignTop

    def sizeHint(self, option: QStyleOptionViewItem, index: Any) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() not in self.columns:
            return size
        width = self.tree.header().sectionSize(index.column()) - 20
        if index.column() == 0:
            depth = 1 if index.parent().isValid() else 0
            width -= self.tree.indentation() * (depth + int(self.tree.rootIsDecorated()))
        text = str(index.data() or "")
        flags = int(Qt.TextFlag.TextWordWrap)
        font = index.data(Qt.ItemDataRole.FontRole)  # a bold title is wider: measure it so
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        rect = metrics.boundingRect(QRect(0, 0, max(width, 40), 100000), flags, text)
        size.setHeight(max(size.height(), rect.height() + 6))
        return size


class ActionDialog(CheckedDialog):
    """For which priority, what will be done, by which partner and person, by when, with how
    many hours.  ``priorities`` are (id, title) of the meeting's priorities; ``priority_id`` is
    the one chosen first (the selection's, or the action's own)."""

    def __init__(
        self,
        parent: QWidget | None,
        priorities: Sequence[tuple[int, str]],
        partners: Sequence[Any],
        current: Any | None = None,
        today: dt.date | None = None,
        priority_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        load_ui("action_dialog.ui", self)
        self.priority_combo = child(self, QComboBox, "priorityCombo")
        self.description_edit = child(self, QPlainTextEdit, "descriptionEdit")
        self.partner_combo = child(self, QComboBox, "partnerCombo")
        self.person_edit = child(self, QLineEdit, "personEdit")
        self.name_check = child(self, QCheckBox, "nameOnListCheck")
        self.due_edit = child(self, QLineEdit, "dueDateEdit")
        self.due = DateEntry(self.due_edit)
        self.no_due_check = child(self, QCheckBox, "noDueCheck")
        self.hours_spin = child(self, QDoubleSpinBox, "hoursSpin")
        self.status_combo = child(self, QComboBox, "statusCombo")
        self.result_edit = child(self, QPlainTextEdit, "resultEdit")
        self.error_label = child(self, QLabel, "errorLabel")
        self.hours_spin.setLocale(number_locale())
        self.setWindowTitle(self.tr("Actie bewerken") if current else self.tr("Actie toevoegen"))
        _ok_cancel(self, self.tr("Opslaan") if current else self.tr("Actie toevoegen"))
        for pid, title in priorities:
            self.priority_combo.addItem(title, pid)
        self.priority_combo.setCurrentIndex(max(0, self.priority_combo.findData(priority_id)))
        self.description_edit.setFocus()  # the priority is chosen already
        self.partner_combo.addItem(self.tr("(nog niemand)"), None)
        for partner in partners:
            self.partner_combo.addItem(partner.name, partner.id)
        self.no_due_check.toggled.connect(lambda on: self.due_edit.setEnabled(not on))
        self.error_label.hide()
        default_due = (today or dt.date.today()) + dt.timedelta(days=42)
        if current is None:
            self.due.set_date(default_due)
            _fill_statuses(self.status_combo, "open")
            return
        self.description_edit.setPlainText(current.description)
        self.partner_combo.setCurrentIndex(
            max(0, self.partner_combo.findData(current.owner_partner_id))
        )
        self.person_edit.setText(current.responsible_person)
        self.name_check.setChecked(bool(getattr(current, "name_on_list", False)))
        self.due.set_date(current.due_date or default_due)
        self.no_due_check.setChecked(current.due_date is None)
        self.hours_spin.setValue(current.hours_planned or 0)
        _fill_statuses(self.status_combo, current.status)
        self.result_edit.setPlainText(current.result)

    def value(self) -> ActionInput:
        hours = self.hours_spin.value()
        return ActionInput(
            self.description_edit.toPlainText().strip(),
            self.partner_combo.currentData(),
            self.person_edit.text().strip(),
            None if self.no_due_check.isChecked() else self.due.value(),
            hours if hours > 0 else None,
            str(self.status_combo.currentData()),
            self.result_edit.toPlainText().strip(),
            self.priority_combo.currentData(),
            self.name_check.isChecked(),
        )

    def problem(self) -> str:
        value = self.value()
        if not value.description:
            self._focus: QWidget = self.description_edit
            return self.tr("Vul in wat er gedaan wordt.")
        self._focus = self.due_edit
        if not self.no_due_check.isChecked() and self.due.problem():
            return self.due.problem()
        self._focus = self.result_edit
        if value.status == "dropped" and not value.result:
            return self.tr("Een vervallen actie heeft een reden nodig: vul die in bij Resultaat.")
        return ""

    def problem_focus(self) -> QWidget | None:
        return self._focus


class ActionUpdateDialog(CheckedDialog):
    """A dated update at a review: status, a note and the hours spent since."""

    def __init__(self, parent: QWidget | None, action: Any, day: dt.date) -> None:
        super().__init__(parent)
        load_ui("action_update_dialog.ui", self)
        self.action_label = child(self, QLabel, "actionLabel")
        self.date_edit = child(self, QLineEdit, "dateEdit")
        self.date = DateEntry(self.date_edit)
        self.status_combo = child(self, QComboBox, "statusCombo")
        self.note_edit = child(self, QPlainTextEdit, "noteEdit")
        self.hours_spin = child(self, QDoubleSpinBox, "hoursSpin")
        self.error_label = child(self, QLabel, "errorLabel")
        self.hours_spin.setLocale(number_locale())
        _ok_cancel(self, self.tr("Update vastleggen"))
        who = action.owner or self.tr("nog niemand")
        self.action_label.setText(f"{action.description}\n{who} · {action_status(action.status)}")
        self.date.set_date(day)
        _fill_statuses(self.status_combo, action.status)
        self.status_combo.currentIndexChanged.connect(self._status_changed)
        self.error_label.hide()

    def _status_changed(self) -> None:
        if self.status_combo.currentData() == "dropped":
            self.note_edit.setPlaceholderText(self.tr("waarom vervalt deze actie? (verplicht)"))
            self.note_edit.setFocus()

    def value(self) -> UpdateInput:
        hours = self.hours_spin.value()
        return UpdateInput(
            self.date.value() or dt.date.today(),
            str(self.status_combo.currentData()),
            self.note_edit.toPlainText().strip(),
            hours if hours > 0 else None,
        )

    def problem(self) -> str:
        if self.date.problem():
            self._focus: QWidget = self.date_edit
            return self.date.problem()
        self._focus = self.note_edit
        value = self.value()
        if value.status == "dropped" and not value.note:
            return self.tr("Een actie laten vervallen kan alleen met een reden: vul die in.")
        return ""

    def problem_focus(self) -> QWidget | None:
        return self._focus


class HistoryDialog(QDialog):
    """An action and every update it got, across meetings, in one list."""

    def __init__(
        self,
        parent: QWidget | None,
        action: Any,
        updates: Sequence[Any],
        audit: Sequence[Any] = (),
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Geschiedenis van de actie"))
        self.resize(760, 580)  # room for several updates above the log
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(10)
        head = QLabel(self)
        head.setWordWrap(True)
        head.setObjectName("historyHead")
        who = action.owner or self.tr("nog niemand")
        if action.responsible_person:
            who = f"{who} ({action.responsible_person})"
        head.setText(
            arg(
                self.tr("%1\nAfgesproken op %2 · %3 · klaar op %4 · nu: %5"),
                action.description,
                format_date(action.meeting_date),
                who,
                format_date(action.due_date),
                action_status(action.status),
            )
        )
        layout.addWidget(head)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("historyTree")
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)
        self.tree.setHeaderLabels(
            [self.tr("Datum"), self.tr("Bijeenkomst"), self.tr("Status"), self.tr("Uren"), ""]
        )
        self.tree.headerItem().setText(4, self.tr("Toelichting"))
        for update in updates:
            meeting = format_date(update.meeting_date) if update.meeting_date else "—"
            hours = "" if update.hours_spent is None else f"{update.hours_spent:g}"
            item = QTreeWidgetItem(
                [
                    format_date(update.date),
                    meeting,
                    action_status(update.status),
                    hours,
                    update.note,
                ]
            )
            self.tree.addTopLevelItem(item)
        if not updates:
            self.tree.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nog geen updates."), "", "", "", ""])
            )
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.tree.setItemDelegate(WrapDelegate(self.tree, (4,)))
        header.sectionResized.connect(lambda *_a: self.tree.doItemsLayout())
        layout.addWidget(self.tree, 1)
        from buurtdesk.gui.common.audit_view import AuditList

        layout.addWidget(QLabel(self.tr("Logboek (wijzigingen en verwijderingen):"), self))
        self.audit_list = AuditList(self)
        self.audit_list.setMaximumHeight(130)
        self.audit_list.set_entries(audit, action.id)
        layout.addWidget(self.audit_list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
