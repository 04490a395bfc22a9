"""The suggestions beside the entry form: concerns like the one being typed, with a score.

Typing restarts a short timer; when it fires, the neighbourhood's ``DuplicateIndex`` is asked
for the most similar concerns.  Alt+1 … Alt+5 picks one as the concern the form will be
attached to (shown in the attach label), Alt+0 makes the form a new concern again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from buurtdesk.gui.common.texts import arg

if TYPE_CHECKING:
    from buurtdesk.core.concerns.duplicates import DuplicateIndex, Suggestion

DEBOUNCE_MS = 30
LIMIT = 5


class SuggestionPanel(QObject):
    def __init__(
        self,
        view: QListWidget,
        attach_label: QLabel,
        index: Callable[[], DuplicateIndex],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.view = view
        self.attach_label = attach_label
        self._index = index
        self._suggestions: list[Suggestion] = []
        self._target: Suggestion | None = None
        self._query: tuple[str, str, str] = ("", "", "")
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        view.itemDoubleClicked.connect(self._clicked)
        self._show_target()

    def request(self, text: str, street: str, theme: str) -> None:
        """Ask for new suggestions soon (typing restarts the wait)."""
        self._query = (text, street, theme)
        self._timer.start()

    def refresh(self) -> None:
        self._timer.stop()
        text, street, theme = self._query
        found = self._index().suggest(text, street, theme, LIMIT) if text.strip() else []
        self.show(found)

    def suggestions(self) -> list[Suggestion]:
        return list(self._suggestions)

    def show(self, found: list[Suggestion]) -> None:
        self._suggestions = list(found)
        self.view.clear()
        for number, s in enumerate(found, 1):
            head = arg(self.tr("Alt+%1  ·  %2  ·  %3%"), number, s.code, s.score)
            item = QListWidgetItem(f"{head}\n{s.title}")
            item.setData(Qt.ItemDataRole.UserRole, number)
            item.setToolTip(s.title)
            if self._target is not None and s.concern_id == self._target.concern_id:
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
            self.view.addItem(item)
        if not found:
            empty = QListWidgetItem(self.tr("Nog niets dat erop lijkt."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.view.addItem(empty)

    def _clicked(self, item: QListWidgetItem) -> None:
        number = item.data(Qt.ItemDataRole.UserRole)
        if number:
            self.attach_key(int(number))

    # -- the concern this form goes to ----------------------------------------------------

    def attach_key(self, number: int) -> None:
        """Alt+``number``: attach to that suggestion; 0 detaches."""
        if self._timer.isActive():
            self.refresh()  # the key may come before the last keystroke's suggestions
        if number == 0:
            self.detach()
            return
        if 1 <= number <= len(self._suggestions):
            self._target = self._suggestions[number - 1]
            self._show_target()
            self.show(self._suggestions)

    def detach(self) -> None:
        self._target = None
        self._show_target()
        self.show(self._suggestions)

    def target(self) -> Any:
        return self._target

    def clear(self) -> None:
        self._timer.stop()
        self._target = None
        self._query = ("", "", "")
        self._suggestions = []
        self.view.clear()
        self._show_target()

    def _show_target(self) -> None:
        t = self._target
        if t is None:
            text = self.tr("Dit formulier wordt een nieuw knelpunt.")
        else:
            text = arg(
                self.tr("Dit formulier wordt een melding bij %1: %2  (Alt+0: toch nieuw)"),
                t.code,
                t.title,
            )
        self.attach_label.setText(text)
        self.attach_label.setProperty("attached", t is not None)
        self.attach_label.style().unpolish(self.attach_label)
        self.attach_label.style().polish(self.attach_label)
