"""A date typed as dd-mm-jjjj in a plain line edit, read with the entry form's own parser.

A section-based date editor jumps past the month when "-" is typed after the day, so
"01-03-2027" could be saved as another date without a word.  Every dialog that asks for a
date uses this instead: what is typed stays as typed, and an impossible date is refused with
the same sentence the entry form gives.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

from buurtdesk.gui.common.date_messages import date_message
from buurtdesk.gui.common.texts import format_date, translate


class DateEntry:
    """Reads and fills one ``QLineEdit`` holding a date."""

    def __init__(self, edit: QLineEdit, *, optional: bool = False) -> None:
        self.edit = edit
        self.optional = optional
        edit.setMaxLength(10)
        edit.setPlaceholderText(translate("Invoer", "dd-mm-jjjj"))
        edit.setClearButtonEnabled(optional)

    def set_date(self, day: dt.date | None) -> None:
        self.edit.setText(format_date(day) if day else "")

    def date(self) -> dt.date | None:
        """The typed date, or None when the field is empty; raises ``DateError``."""
        from buurtdesk.core.concerns.intake import parse_date  # on use: the window paints first

        text = self.edit.text().strip()
        return parse_date(text) if text else None

    def value(self) -> dt.date | None:
        """The typed date, or None while it is empty or no date (``problem`` says which)."""
        return None if self.problem() else self.date()

    def problem(self) -> str:
        """Why the typed text is no date, in words a volunteer understands; empty when fine."""
        text = self.edit.text()
        if not text.strip():
            return "" if self.optional else translate("Invoer", "Vul een datum in: dd-mm-jjjj.")
        from buurtdesk.core.concerns.intake import parse_date
        from buurtdesk.core.errors import DateError

        try:
            parse_date(text)
        except DateError as error:
            return date_message(error.code, text)
        return ""


class TabLeaves(QObject):
    """Tab and Shift+Tab leave a time field, as in every other field, instead of stepping
    between its hour and minute (typing four digits fills both)."""

    def __init__(self, edit: QAbstractSpinBox) -> None:
        super().__init__(edit)
        self.edit = edit
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        forward = key == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
        widget = step(self.edit)
        while widget is not None and widget is not self.edit:
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.isVisible()
                and widget.isEnabled()
                and widget.window() is self.edit.window()
                and widget.focusProxy() is None
            ):
                reason = Qt.FocusReason.TabFocusReason
                widget.setFocus(reason if forward else Qt.FocusReason.BacktabFocusReason)
                return True
            widget = step(widget)
        return False
