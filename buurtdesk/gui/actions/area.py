"""The Acties area: agreed actions per priority, the review of earlier actions, hours per
partner against the offer, and the backlog.

Layout comes from ``ui/actions_area.ui``; this module fills it and turns the buttons into undo
commands.  The core is imported inside functions only: this module loads before the window's
first paint.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from buurtdesk.gui.actions.dialogs import WrapDelegate
from buurtdesk.gui.actions.editing import ActionEditing
from buurtdesk.gui.common.language import decimal
from buurtdesk.gui.common.texts import action_status, arg, format_date
from buurtdesk.gui.common.uiload import child, load_ui

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

ID_ROLE = Qt.ItemDataRole.UserRole
AGREED, REVIEW, HOURS, BACKLOG = range(4)
OVER = QColor("#b3261e")
WARNING_STYLE = (
    "background: #fdebc8; color: #7a4a00; border: 1px solid #f0c36d; border-radius: 6px;"
    " padding: 6px 10px; font-weight: 600;"
)


def hours_text(value: float | None) -> str:
    """Hours the Dutch way: 7,5; nothing for no value."""
    return "" if value is None else decimal(f"{value:g}")


class ActionsArea(ActionEditing, QWidget):
    changed = Signal()  # an edit was made, undone or redone

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("actions_area.ui", self)
        self.undo_stack = undo_stack
        self.library: Library | None = None
        self.meeting_id: int | None = None
        self.meeting_date: dt.date | None = None
        self._actions: dict[int, Any] = {}  # action id -> ActionInfo shown
        self._priorities: dict[int, Any] = {}
        self.tabs = child(self, QTabWidget, "actionsTabs")
        self.hours_warning = child(self, QLabel, "hoursWarning")
        self.priorities_tree = child(self, QTreeWidget, "prioritiesTree")
        self.priorities_empty = child(self, QLabel, "prioritiesEmpty")
        self.review_tree = child(self, QTreeWidget, "reviewTree")
        self.review_empty = child(self, QLabel, "reviewEmpty")
        self.hours_tree = child(self, QTreeWidget, "hoursTree")
        self.hours_empty = child(self, QLabel, "hoursEmpty")
        self.backlog_tree = child(self, QTreeWidget, "backlogTree")
        self.backlog_empty = child(self, QLabel, "backlogEmpty")
        self.add_button = child(self, QPushButton, "addActionButton")
        self.edit_button = child(self, QPushButton, "editActionButton")
        self.delete_button = child(self, QPushButton, "deleteActionButton")
        self.history_button = child(self, QPushButton, "historyButton")
        self.update_button = child(self, QPushButton, "updateButton")
        self.review_history_button = child(self, QPushButton, "reviewHistoryButton")
        for tree, stretch in (
            (self.priorities_tree, (0,)),
            (self.review_tree, (0, 1, 4)),
            (self.hours_tree, (4,)),
            (self.backlog_tree, (1,)),
        ):
            header = tree.header()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            for column in stretch:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            header.setStretchLastSection(False)
            tree.setItemDelegate(WrapDelegate(tree, stretch))
            # Long descriptions wrap: lay the rows out again when a column changes width.
            header.sectionResized.connect(lambda *_a, t=tree: t.doItemsLayout())
        # The note of the update at this meeting: a fixed, adjustable width that wraps.
        review_header = self.review_tree.header()
        for column, width in ((1, 190), (4, 250)):
            review_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            review_header.resizeSection(column, width)
        self.add_button.clicked.connect(self.add_action_dialog)
        self.edit_button.clicked.connect(self.edit_action_dialog)
        self.delete_button.clicked.connect(self.delete_selected)
        self.history_button.clicked.connect(lambda: self.history_dialog(self.selected_action()))
        self.update_button.clicked.connect(self.update_dialog)
        self.review_history_button.clicked.connect(
            lambda: self.history_dialog(self.selected_review())
        )
        self.priorities_tree.itemSelectionChanged.connect(self._enable)
        self.review_tree.itemSelectionChanged.connect(self._enable)
        self.priorities_tree.itemDoubleClicked.connect(lambda *_: self.edit_action_dialog())
        self.review_tree.itemDoubleClicked.connect(lambda *_: self.update_dialog())
        self.hours_warning.setStyleSheet(WARNING_STYLE)
        self.hours_warning.hide()
        # Before a meeting: a letter per partner asking how its open actions stand.
        self.reminders_button = QPushButton(self.tr("&Herinneringen voorbereiden…"), self)
        self.reminders_button.setToolTip(
            self.tr("Een brief per partner met open acties, en een CSV voor een mailing")
        )
        self.reminders_button.clicked.connect(self.prepare_reminders)
        review_buttons = self.findChild(QHBoxLayout, "reviewButtons")
        assert review_buttons is not None  # in actions_area.ui
        review_buttons.insertWidget(2, self.reminders_button)

    def prepare_reminders(self) -> None:
        if self.library is None or self.meeting_id is None:
            return
        from buurtdesk.gui.actions.keeping import prepare_reminders

        prepare_reminders(self, self.library, self.meeting_id)

    # -- filling --------------------------------------------------------------------------

    def show_meeting(
        self, library: Library | None, meeting_id: int | None, meeting_date: dt.date | None
    ) -> None:
        self.library, self.meeting_id, self.meeting_date = library, meeting_id, meeting_date
        self.refresh()

    def refresh(self, select_id: int | None = None) -> None:
        for tree in (self.priorities_tree, self.review_tree, self.hours_tree, self.backlog_tree):
            tree.clear()
        self._actions.clear()
        self._priorities.clear()
        if self.library is None or self.meeting_id is None:
            self.hours_warning.hide()
            self._enable()
            return
        from buurtdesk.core.actions import follow_up as actions
        from buurtdesk.core.actions import overview as action_overview

        self._fill_priorities(actions.priorities(self.library, self.meeting_id), select_id)
        self._fill_review(actions.review(self.library, self.meeting_id), select_id)
        self._fill_hours(action_overview.partner_hours(self.library, self.meeting_id))
        self._fill_backlog(action_overview.backlog(self.library, self.meeting_id))
        self._enable()

    def _who(self, a: Any) -> str:
        who = a.owner or self.tr("nog niemand")
        return f"{who} ({a.responsible_person})" if a.responsible_person else who

    def _fill_priorities(self, rows: list[Any], select_id: int | None) -> None:
        tree = self.priorities_tree
        bold = tree.font()
        bold.setBold(True)
        for p in rows:
            self._priorities[p.id] = p
            title = arg(
                self.tr("%1. %2 %3 (score %4)"), p.rank, p.concern_code, p.title, f"{p.score:g}"
            )
            top = QTreeWidgetItem([title, "", "", "", ""])
            top.setFirstColumnSpanned(True)
            top.setFont(0, bold)
            top.setData(0, ID_ROLE, ("priority", p.id))
            tree.addTopLevelItem(top)
            if not p.actions:
                hint = QTreeWidgetItem([self.tr("nog geen acties afgesproken"), "", "", "", ""])
                hint.setForeground(0, QBrush(QColor("#6b7580")))
                hint.setData(0, ID_ROLE, ("priority", p.id))
                top.addChild(hint)
            for a in p.actions:
                self._actions[a.id] = a
                hours = hours_text(a.hours_planned)
                item = QTreeWidgetItem(
                    [
                        a.description,
                        self._who(a),
                        format_date(a.due_date) if a.due_date else "—",
                        hours,
                        action_status(a.status),
                    ]
                )
                item.setData(0, ID_ROLE, ("action", a.id))
                item.setToolTip(
                    0, a.description if not a.result else f"{a.description}\n\n{a.result}"
                )
                item.setTextAlignment(
                    3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
                top.addChild(item)
                if a.id == select_id:
                    tree.setCurrentItem(item)
        tree.expandAll()
        self.priorities_empty.setVisible(not rows)
        tree.setVisible(bool(rows))

    def _fill_review(self, rows: list[Any], select_id: int | None) -> None:
        tree = self.review_tree
        for row in rows:
            a = row.action
            self._actions[a.id] = a
            done = row.update
            updated = (
                arg(
                    self.tr("%1: %2"),
                    format_date(done.date),
                    done.note or action_status(done.status),
                )
                if done
                else self.tr("nog niet")
            )
            item = QTreeWidgetItem(
                [
                    a.description,
                    self._who(a),
                    format_date(a.meeting_date),
                    self._review_status(row),
                    updated,
                    hours_text(a.hours_spent) if a.hours_spent else "",
                ]
            )
            item.setData(0, ID_ROLE, ("action", a.id))
            item.setToolTip(0, a.description)
            if row.stalled:  # they open the review: promises must not drift
                font = item.font(3)
                font.setBold(True)
                item.setFont(3, font)
            item.setTextAlignment(5, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tree.addTopLevelItem(item)
            if a.id == select_id:
                tree.setCurrentItem(item)
        self.review_empty.setVisible(not rows)
        tree.setVisible(bool(rows))
        # Counted as the header counts "open acties": those finished here stay listed.
        still_open = sum(1 for row in rows if str(row.action.status) in ("open", "in_progress"))
        title = self.tr("Terugblik")
        self.tabs.setTabText(REVIEW, f"{title} ({still_open})" if still_open else title)

    def _review_status(self, row: Any) -> str:
        """ "loopt · vastgelopen · 3 bijeenkomsten open"."""
        parts = [action_status(row.action.status)]
        if row.stalled:
            parts.append(self.tr("vastgelopen"))
        if row.meetings_open:
            parts.append(arg(self.tr("%1 bijeenkomst(en) open"), str(row.meetings_open)))
        return " · ".join(parts)

    def _fill_hours(self, rows: list[Any]) -> None:
        over = []
        for r in rows:
            offered = hours_text(r.offered) if r.offered is not None else self.tr("geen aanbod")
            note = self.tr("meer dan aangeboden") if r.over else ""
            item = QTreeWidgetItem(
                [r.partner, offered, hours_text(r.planned), hours_text(r.spent), note]
            )
            for col in (1, 2, 3):
                item.setTextAlignment(
                    col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            if r.over:
                over.append(r.partner)
                for col in range(5):
                    item.setForeground(col, QBrush(OVER))
            self.hours_tree.addTopLevelItem(item)
        self.hours_empty.setVisible(not rows)
        self.hours_tree.setVisible(bool(rows))
        title = self.tr("Uren")
        self.tabs.setTabText(HOURS, f"{title} ⚠" if over else title)
        if over:
            self.hours_warning.setText(
                arg(
                    self.tr("Let op: meer uren gepland of besteed dan aangeboden bij %1."),
                    ", ".join(over),
                )
            )
        self.hours_warning.setVisible(bool(over))

    def _fill_backlog(self, rows: list[Any]) -> None:
        for r in rows:
            item = QTreeWidgetItem([r.code, r.title, r.street, str(r.meetings), str(r.residents)])
            for col in (3, 4):
                item.setTextAlignment(
                    col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                )
            self.backlog_tree.addTopLevelItem(item)
        self.backlog_empty.setVisible(not rows)
        self.backlog_tree.setVisible(bool(rows))

    # -- selection ------------------------------------------------------------------------

    def _selected(self, tree: QTreeWidget) -> tuple[str, int] | None:
        item = tree.currentItem()
        if item is None or not item.isSelected():
            return None
        data = item.data(0, ID_ROLE)
        return (str(data[0]), int(data[1])) if data else None

    def selected_action(self) -> Any | None:
        found = self._selected(self.priorities_tree)
        return self._actions.get(found[1]) if found and found[0] == "action" else None

    def selected_review(self) -> Any | None:
        found = self._selected(self.review_tree)
        return self._actions.get(found[1]) if found else None

    def selected_priority(self) -> Any | None:
        found = self._selected(self.priorities_tree)
        if found is None:
            return next(iter(self._priorities.values()), None)
        if found[0] == "priority":
            return self._priorities.get(found[1])
        action = self._actions.get(found[1])
        return self._priorities.get(action.priority_id) if action else None

    def _enable(self) -> None:
        has_action = self.selected_action() is not None
        self.add_button.setEnabled(bool(self._priorities))
        self.edit_button.setEnabled(has_action)
        self.delete_button.setEnabled(has_action)
        self.history_button.setEnabled(has_action)
        has_review = self.selected_review() is not None
        self.update_button.setEnabled(has_review)
        self.review_history_button.setEnabled(has_review)
