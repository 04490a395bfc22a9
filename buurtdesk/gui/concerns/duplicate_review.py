"""Knelpunten › Mogelijke dubbelen: the groups the duplicate index proposes, one at a time.

Each group shows the concern most residents raised first (it stays) and the ones that look
like it, ticked.  One key each: S merges the ticked ones into the first, N keeps them apart
and goes on, 1 … 9 tick or untick a concern, Esc stops.  Every merge is one step on the
window's undo stack.  Imported lazily; it may import the core.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from buurtdesk.core.concerns.duplicate_review import Group, Member
from buurtdesk.gui.common.texts import arg, plural

Merge = Callable[[Group, list[int]], None]


class DuplicateReviewDialog(QDialog):
    def __init__(self, groups: list[Group], merge: Merge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = groups
        self.merge = merge
        self.position = 0
        self.merged = self.kept = 0
        self.setWindowTitle(self.tr("Mogelijke dubbelen"))
        self.resize(640, 440)
        layout = QVBoxLayout(self)
        self.counter = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.hint = QLabel(
            self.tr("S: samenvoegen · N: niet samenvoegen · 1–9: aan- of uitvinken · Esc: stoppen"),
            self,
        )
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Samenvoegen (S)"), self)
        self.keep_button = QPushButton(self.tr("&Niet samenvoegen (N)"), self)
        self.close_button = QPushButton(self.tr("Stoppen"), self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.keep_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.counter, self.intro, self.list, self.hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.merge_button.clicked.connect(self.accept_group)
        self.keep_button.clicked.connect(self.keep_group)
        self.close_button.clicked.connect(self.reject)
        self.list.installEventFilter(self)  # the list would take S and N to search itself
        self.list.itemChanged.connect(lambda _item: self._update_buttons())
        self.show_group()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.key(event):
            super().keyPressEvent(event)

    def key(self, event: QKeyEvent) -> bool:
        """S, N and 1 … 9, without modifiers; True when the key was one of them."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_S:
            self.accept_group()
        elif key == Qt.Key.Key_N:
            self.keep_group()
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.toggle(key - Qt.Key.Key_0)
        else:
            return False
        return True

    def current(self) -> Group | None:
        return self.groups[self.position] if self.position < len(self.groups) else None

    def show_group(self) -> None:
        group = self.current()
        self.list.clear()
        if group is None:
            self.counter.setText(self.tr("Klaar"))
            self.intro.setText(
                arg(
                    self.tr(
                        "%1 samengevoegd, %2 apart gehouden. Ctrl+Z zet een samenvoeging terug."
                    ),
                    plural(self.merged, self.tr("1 groep"), self.tr("%1 groepen")),
                    self.kept,
                )
            )
            self.merge_button.setEnabled(False)
            self.keep_button.setEnabled(False)
            self.close_button.setText(self.tr("Sluiten"))
            self.close_button.setFocus()
            return
        self.counter.setText(arg(self.tr("Groep %1 van %2"), self.position + 1, len(self.groups)))
        self.intro.setText(
            arg(
                self.tr("Beschrijven deze knelpunten hetzelfde probleem? Ze komen onder %1."),
                group.target.code,
            )
        )
        first = QListWidgetItem(self._line(group.target, keeps=True), self.list)
        font = first.font()
        font.setBold(True)
        first.setFont(font)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled)
        for number, member in enumerate(group.others, 1):
            text = f"{number}  " + self._line(member)
            item = QListWidgetItem(text, self.list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, member.concern_id)
            item.setCheckState(Qt.CheckState.Checked)
        self._update_buttons()

    def _line(self, member: Member, keeps: bool = False) -> str:
        reports = plural(member.reports, self.tr("1 melding"), self.tr("%1 meldingen"))
        title = f"{member.code} {member.title}"
        if keeps:
            return arg(self.tr("%1 (%2, blijft)"), title, reports)
        return arg(self.tr("%1 (%2, lijkt voor %3% op de eerste)"), title, reports, member.score)

    def chosen(self) -> list[int]:
        items = (self.list.item(i) for i in range(1, self.list.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None
            and item.data(Qt.ItemDataRole.UserRole) is not None
            and item.checkState() == Qt.CheckState.Checked
        ]

    def toggle(self, number: int) -> None:
        item = self.list.item(number) if self.current() is not None else None
        if item is None:
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _update_buttons(self) -> None:
        self.merge_button.setEnabled(bool(self.chosen()))

    def accept_group(self) -> None:
        group, chosen = self.current(), self.chosen()
        if group is None or not chosen:
            return
        self.merge(group, chosen)
        self.merged += 1
        self._next()

    def keep_group(self) -> None:
        if self.current() is None:
            return
        self.kept += 1
        self._next()

    def _next(self) -> None:
        self.position += 1
        self.show_group()
