"""Counting what a user does per step of a driven flow: keys pressed, clicks, dialogs.

Keys are counted where the test presses them (``qtbot.keyClick``, ``keyClicks`` and key events
sent from Python), clicks where it stands in for the mouse (:meth:`Effort.click`), dialogs when
a top-level dialog is shown or a message box or file dialog is answered.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QDialog


@dataclass
class Step:
    name: str
    keys: int = 0
    clicks: int = 0
    dialogs: int = 0


class Effort(QObject):
    def __init__(self, boxes: Any, file_dialogs: Any) -> None:
        super().__init__()
        self.steps: list[Step] = []
        self.boxes, self.file_dialogs = boxes, file_dialogs
        self._asked = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            self.steps
            and event.type() == QEvent.Type.Show
            and isinstance(watched, QDialog)
            and watched.isWindow()
        ):
            self.steps[-1].dialogs += 1
        return False

    def _settle(self) -> None:
        """Message boxes and file dialogs answered since the last look go to the step."""
        asked = len(self.boxes.calls) + len(self.file_dialogs.asked)
        if self.steps:
            self.steps[-1].dialogs += asked - self._asked
        self._asked = asked

    def step(self, name: str) -> None:
        self._settle()
        self.steps.append(Step(name))

    def keys(self, count: int) -> None:
        if self.steps:
            self.steps[-1].keys += count

    def click(self, target: Any) -> None:
        """A button clicked, a menu command or list entry chosen with the mouse."""
        if self.steps:
            self.steps[-1].clicks += 1
        if target is not None:
            (target.trigger if hasattr(target, "trigger") else target.click)()

    def total(self) -> Step:
        self._settle()
        total = Step("total")
        for s in self.steps:
            total.keys, total.clicks = total.keys + s.keys, total.clicks + s.clicks
            total.dialogs += s.dialogs
        return total

    def table(self) -> str:
        total = self.total()
        lines = [f"{'step':<36}{'keys':>6}{'clicks':>8}{'dialogs':>9}"]
        for s in [*self.steps, total]:
            lines.append(f"{s.name:<36}{s.keys:>6}{s.clicks:>8}{s.dialogs:>9}")
        return "\n".join(lines)


def counting(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, boxes: Any, file_dialogs: Any
) -> Iterator[Effort]:
    """For a fixture: an :class:`Effort` that sees every key the test presses."""
    counter = Effort(boxes, file_dialogs)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    key_click, key_clicks = qtbot.keyClick, qtbot.keyClicks
    send = QApplication.sendEvent

    def one(widget: Any, key: Any, *args: Any, **kwargs: Any) -> None:
        counter.keys(1)
        key_click(widget, key, *args, **kwargs)

    def many(widget: Any, text: str, *args: Any, **kwargs: Any) -> None:
        counter.keys(len(text))
        key_clicks(widget, text, *args, **kwargs)

    def sent(receiver: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            counter.keys(1)
        return bool(send(receiver, event))

    monkeypatch.setattr(qtbot, "keyClick", one)
    monkeypatch.setattr(qtbot, "keyClicks", many)
    monkeypatch.setattr(QApplication, "sendEvent", staticmethod(sent))
    yield counter
    app.removeEventFilter(counter)
