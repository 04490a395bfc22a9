"""Knelpunten › Mogelijke dubbelen: the groups the duplicate index proposes, one at a time.

Each group shows whole: every concern's full text, wrapped, with its street and theme.  The
merge target (bold, it stays) is the one most residents raised until another is made the
target; the others are ticked.  One key each: S merges the ticked ones into the target, N keeps
them apart and goes on, 1 … 9 tick or untick a concern, D makes the current row the target, A
moves it out of the group into a group of its own (shown next, with whatever else is moved out
of this group), Esc stops.  Every merge is one step on the window's undo stack.  Imported
lazily; it may import the core.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
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
ID_ROLE = Qt.ItemDataRole.UserRole


class DuplicateReviewDialog(QDialog):
    def __init__(self, groups: list[Group], merge: Merge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.groups = list(groups)
        self.merge = merge
        self.position = 0
        self.merged = self.kept = 0
        self.target: Member | None = None  # of the group shown
        self.others: list[Member] = []
        self.unticked: set[int] = set()
        self.split_at: int | None = None  # where this group's moved-out members go
        self.setWindowTitle(self.tr("Mogelijke dubbelen"))
        self.resize(720, 520)
        layout = QVBoxLayout(self)
        self.counter = QLabel(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setWordWrap(True)  # whole texts, never a horizontal scroll bar
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setSpacing(3)
        self.list.setAlternatingRowColors(True)
        self.hint = QLabel(
            self.tr(
                "S: samenvoegen · N: niet samenvoegen · 1–9: aan- of uitvinken · "
                "↑↓ en D: doel maken · A: apart zetten · Esc: stoppen"
            ),
            self,
        )
        self.hint.setWordWrap(True)
        self.merge_button = QPushButton(self.tr("&Samenvoegen (S)"), self)
        self.keep_button = QPushButton(self.tr("&Niet samenvoegen (N)"), self)
        self.target_button = QPushButton(self.tr("&Doel maken (D)"), self)
        self.split_button = QPushButton(self.tr("&Apart zetten (A)"), self)
        self.close_button = QPushButton(self.tr("Stoppen"), self)
        buttons = QHBoxLayout()
        for button in (self.merge_button, self.keep_button, self.target_button, self.split_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        for widget in (self.counter, self.intro, self.list, self.hint):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        self.merge_button.clicked.connect(self.accept_group)
        self.keep_button.clicked.connect(self.keep_group)
        self.target_button.clicked.connect(lambda: self.make_target(self._current_row()))
        self.split_button.clicked.connect(lambda: self.move_out(self._current_row()))
        self.close_button.clicked.connect(self.reject)
        self.list.installEventFilter(self)  # the list would take S and N to search itself
        self.list.itemChanged.connect(self._ticked)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.show_group()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self.key(event)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.key(event):
            super().keyPressEvent(event)

    def key(self, event: QKeyEvent) -> bool:
        """S, N, D, A and 1 … 9, without modifiers; True when the key was one of them."""
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        if key == Qt.Key.Key_S:
            self.accept_group()
        elif key == Qt.Key.Key_N:
            self.keep_group()
        elif key == Qt.Key.Key_D:
            self.make_target(self._current_row())
        elif key == Qt.Key.Key_A:
            self.move_out(self._current_row())
        elif Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            self.toggle(key - Qt.Key.Key_0)
        else:
            return False
        return True

    # -- the group shown ------------------------------------------------------------------

    def current(self) -> Group | None:
        if self.target is None:
            return None
        return Group(self.target, tuple(self.others))

    def _shown(self) -> list[int]:
        """The positions of the groups that are groups (two or more concerns)."""
        return [i for i, g in enumerate(self.groups) if g.others]

    def show_group(self) -> None:
        while self.position < len(self.groups) and not self.groups[self.position].others:
            self.position += 1  # one concern moved out alone: nothing to ask
        if self.position >= len(self.groups):
            self.target, self.others = None, []
            self._show_done()
            return
        group = self.groups[self.position]
        self.target, self.others = group.target, list(group.others)
        self.unticked = set()
        self.split_at = None
        self._fill()
        self.list.setCurrentRow(0)
        self.list.scrollToTop()  # each group is read from its top

    def _fill(self, current: int | None = None) -> None:
        assert self.target is not None
        shown = self._shown()
        number = shown.index(self.position) + 1 if self.position in shown else 1
        self.counter.setText(arg(self.tr("Groep %1 van %2"), number, len(shown)))
        self.intro.setText(
            arg(
                self.tr(
                    "Beschrijven deze knelpunten hetzelfde probleem? De aangevinkte komen "
                    "onder %1 (vet)."
                ),
                self.target.code,
            )
        )
        self.list.blockSignals(True)
        self.list.clear()
        first = QListWidgetItem(self._text(self.target, keeps=True), self.list)
        font = first.font()
        font.setBold(True)
        first.setFont(font)
        first.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        first.setData(ID_ROLE, self.target.concern_id)
        for number, member in enumerate(self.others, 1):
            label = f"{number}  " if number <= 9 else ""
            item = QListWidgetItem(label + self._text(member), self.list)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setData(ID_ROLE, member.concern_id)
            ticked = member.concern_id not in self.unticked
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        if current is not None:
            self.list.setCurrentRow(min(current, self.list.count() - 1))
        self._update_buttons()

    def _text(self, member: Member, keeps: bool = False) -> str:
        reports = plural(member.reports, self.tr("1 melding"), self.tr("%1 meldingen"))
        where = " · ".join(
            part
            for part in (
                member.street or self.tr("geen straat"),
                member.theme or self.tr("geen thema"),
                reports,
            )
        )
        if keeps:
            where = arg(self.tr("%1 · doel, blijft"), where)
        elif member.score < 100:
            where = arg(self.tr("%1 · lijkt %2%"), where, member.score)
        text = f"{member.code} {member.title}"
        if member.description and member.description.strip() != member.title.strip():
            text += f"\n“{member.description.strip()}”"  # the whole wording, when shortened
        return f"{text}\n{where}"

    def _show_done(self) -> None:
        self.list.clear()
        self.counter.setText(self.tr("Klaar"))
        self.intro.setText(
            arg(
                self.tr("%1 samengevoegd, %2 apart gehouden. Ctrl+Z zet een samenvoeging terug."),
                plural(self.merged, self.tr("1 groep"), self.tr("%1 groepen")),
                self.kept,
            )
        )
        for button in (self.merge_button, self.keep_button, self.target_button):
            button.setEnabled(False)
        self.split_button.setEnabled(False)
        self.close_button.setText(self.tr("Sluiten"))
        self.close_button.setFocus()

    def _current_row(self) -> int:
        return self.list.currentRow()

    def _member_at(self, row: int) -> Member | None:
        if self.target is None or not 0 <= row <= len(self.others):
            return None
        return self.target if row == 0 else self.others[row - 1]

    def chosen(self) -> list[int]:
        return [m.concern_id for m in self.others if m.concern_id not in self.unticked]

    def _ticked(self, item: QListWidgetItem) -> None:
        concern = int(item.data(ID_ROLE))
        if item.checkState() == Qt.CheckState.Checked:
            self.unticked.discard(concern)
        else:
            self.unticked.add(concern)
        self._update_buttons()

    def toggle(self, number: int) -> None:
        item = self.list.item(number) if self.current() is not None else None
        if item is None or number > len(self.others):
            return
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def make_target(self, row: int) -> None:
        """The concern on ``row`` becomes the one the others are merged into."""
        member = self._member_at(row)
        if member is None or member is self.target or self.target is None:
            return
        self.others[self.others.index(member)] = self.target
        self.unticked.discard(self.target.concern_id)
        self.unticked.discard(member.concern_id)
        self.target = member
        self._fill(current=0)

    def move_out(self, row: int) -> None:
        """The concern on ``row`` leaves this group, for a group of its own shown next."""
        member = self._member_at(row)
        if member is None or self.target is None:
            return
        if member is self.target:
            if not self.others:
                return
            self.target = self.others.pop(0)
        else:
            self.others.remove(member)
        self.unticked.discard(member.concern_id)
        moved = [replace(member, score=100)]  # scored against a group it left: no score
        if self.split_at is None:
            self.split_at = self.position + 1
            self.groups.insert(self.split_at, Group(moved[0], ()))
        else:
            moved += self.groups[self.split_at].members
        moved.sort(key=lambda m: -m.reports)  # the one most residents raised is the target
        self.groups[self.split_at] = Group(moved[0], tuple(moved[1:]))
        self._fill(current=min(row, len(self.others)))

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.merge_button.setEnabled(bool(self.chosen()))
        self.target_button.setEnabled(row > 0)
        self.split_button.setEnabled(row >= 0 and bool(self.others))

    # -- going on -------------------------------------------------------------------------

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
