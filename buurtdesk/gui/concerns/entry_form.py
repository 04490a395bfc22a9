"""The entry form: one paper concern form after another, by keyboard alone.

Tab or Enter moves on, Ctrl+Enter saves and opens a blank form, Esc closes (asking first
when something is typed).  A refused save
shows its reason next to the field and keeps everything typed.  Beside the form, the
suggestions panel (``suggestions.py``) shows concerns that look alike; Alt+1 … Alt+5 makes
the form one more report of such a concern.  Imported lazily: it may import the core.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from buurtdesk.core.concerns import intake as core
from buurtdesk.core.concerns.entry import EnteredForm, enter_form
from buurtdesk.core.errors import DateError
from buurtdesk.gui.common.date_messages import date_message
from buurtdesk.gui.common.texts import arg, format_date
from buurtdesk.gui.common.uiload import child, load_ui
from buurtdesk.gui.concerns import entry_messages
from buurtdesk.gui.concerns.entry_messages import issue_message
from buurtdesk.gui.concerns.suggestions import SuggestionPanel

if TYPE_CHECKING:
    from buurtdesk.core.concerns.duplicates import DuplicateIndex
    from buurtdesk.core.concerns.intake import FormInput, SavedReport
    from buurtdesk.core.store.library import Library

RETURN_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


@dataclass
class EntryContext:
    """What the form needs from the window: the file, the meeting, and what to do on save."""

    lib: Library
    meeting_id: int
    meeting_date: dt.date
    neighbourhood_id: int
    index: Callable[[], DuplicateIndex]
    on_saved: Callable[[EnteredForm, FormInput], None]


class EntryForm(QDialog):
    def __init__(self, context: EntryContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        load_ui("entry_form.ui", self)
        self.context = context
        self.saved_count = 0
        self._find_widgets()
        self.panel = SuggestionPanel(self.suggestions_list, self.attach_label, context.index, self)
        self._fill_choices()
        self._wire()
        self.clear_form()

    def _find_widgets(self) -> None:
        self.counter_label = child(self, QLabel, "counterLabel")
        self.form_no_edit = child(self, QLineEdit, "formNoEdit")
        self.date_edit = child(self, QLineEdit, "dateEdit")
        self.street_edit = child(self, QLineEdit, "streetEdit")
        self.theme_combo = child(self, QComboBox, "themeCombo")
        self.theme_hint = child(self, QLabel, "themeHint")
        self.description_edit = child(self, QPlainTextEdit, "descriptionEdit")
        self.private_box = child(self, QGroupBox, "privateBox")
        self.name_edit = child(self, QLineEdit, "nameEdit")
        self.phone_edit = child(self, QLineEdit, "phoneEdit")
        self.email_edit = child(self, QLineEdit, "emailEdit")
        self.address_edit = child(self, QLineEdit, "addressEdit")
        self.postcode_edit = child(self, QLineEdit, "postcodeEdit")
        self.town_edit = child(self, QLineEdit, "townEdit")
        self.language_combo = child(self, QComboBox, "languageCombo")
        self.feedback_check = child(self, QCheckBox, "feedbackCheck")
        self.consent_check = child(self, QCheckBox, "consentCheck")
        self.attach_label = child(self, QLabel, "attachLabel")
        self.status_label = child(self, QLabel, "statusLabel")
        self.save_button = child(self, QPushButton, "saveButton")
        self.close_button = child(self, QPushButton, "closeButton")
        self.suggestions_list = child(self, QListWidget, "suggestionsList")
        camels = {"form_no": "formNo", "received_on": "date"}  # the others: the field's name
        fields = ("form_no", "received_on", "street", "theme", "description", "name", "phone")
        self.messages = {
            name: child(self, QLabel, f"{camels.get(name, name)}Message")
            for name in (*fields, "email", "address")
        }
        self.messages["postcode"] = self.messages["town"] = self.messages["address"]
        self.fields: dict[str, QWidget] = {
            "form_no": self.form_no_edit,
            "received_on": self.date_edit,
            "street": self.street_edit,
            "theme": self.theme_combo,
            "description": self.description_edit,
            "name": self.name_edit,
            "phone": self.phone_edit,
            "email": self.email_edit,
            "address": self.address_edit,
            "postcode": self.postcode_edit,
            "town": self.town_edit,
        }

    def _fill_choices(self) -> None:
        lib, hood = self.context.lib, self.context.neighbourhood_id
        self.themes = core.theme_names(lib)
        self.theme_combo.addItem(self.tr("geen thema"), "")
        for name in self.themes:
            self.theme_combo.addItem(name, name)
        keys = [self.tr("0 geen")] + [f"{i} {n}" for i, n in enumerate(self.themes[:9], 1)]
        keys = [key.replace(" ", "\u00a0") for key in keys]  # "6 Openbare ruimte" stays whole
        self.theme_hint.setText(" · ".join(keys))
        self.language_combo.addItem(self.tr("taal van de documenten"), "")
        self.language_combo.addItem(self.tr("Nederlands"), "nl")
        self.language_combo.addItem(self.tr("Engels"), "en")
        completer = QCompleter(core.streets(lib, hood), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.street_edit.setCompleter(completer)
        self.street_completer = completer

    def _wire(self) -> None:
        for widget in (*self.fields.values(), self.feedback_check, self.consent_check):
            widget.installEventFilter(self)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.save_and_next)
        for number in range(6):
            QShortcut(
                QKeySequence(f"Alt+{number}"), self, lambda n=number: self.panel.attach_key(n)
            )
        self.save_button.clicked.connect(self.save_and_next)
        self.close_button.clicked.connect(self.reject)
        self.description_edit.textChanged.connect(self._description_changed)
        self.street_edit.textChanged.connect(lambda _t: self._suggest())
        self.theme_combo.currentIndexChanged.connect(lambda _i: self._suggest())
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self._show_warnings)
        for edit in (self.form_no_edit, self.phone_edit, self.email_edit):
            edit.editingFinished.connect(self._check_timer.start)
        self.date_edit.editingFinished.connect(self._check_date)
        # Enter in the street's completion list reaches the line edit past the event filter.
        self.street_edit.returnPressed.connect(self.focusNextChild)

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key, mods = event.key(), event.modifiers()
            if key in RETURN_KEYS and mods & Qt.KeyboardModifier.ControlModifier:
                self.save_and_next()
                return True
            if watched is self.description_edit and self._description_missing(key, mods):
                return True
            if key in RETURN_KEYS and not mods & Qt.KeyboardModifier.ShiftModifier:
                popup = self.street_completer.popup()
                if watched is self.street_edit and popup is not None and popup.isVisible():
                    popup.hide()  # what is typed stays; a highlighted street was taken already
                # No postal address: postcode and town are skipped, as on most paper forms.
                skip = watched is self.address_edit and not self.address_edit.text().strip()
                (self.feedback_check.setFocus if skip else self.focusNextChild)()
                return True
            alt = Qt.KeyboardModifier.AltModifier
            if mods == alt and Qt.Key.Key_0 <= key <= Qt.Key.Key_5:  # when no shortcut took it
                self.panel.attach_key(key - Qt.Key.Key_0)
                return True
            if watched is self.theme_combo and Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not mods:
                number = key - Qt.Key.Key_0
                if number < self.theme_combo.count():
                    self.theme_combo.setCurrentIndex(number)
                    self.focusNextChild()
                return True
        return super().eventFilter(watched, event)

    def _description_missing(self, key: int, mods: Qt.KeyboardModifier) -> bool:
        """Tab or Enter in an empty description stays there: it is the one required field, and
        a Tab meant for the theme (which moved on by itself) must not carry the description
        into the private fields."""
        moving = key in (*RETURN_KEYS, Qt.Key.Key_Tab) and not mods
        if not moving or self.description_edit.toPlainText().strip():
            return False
        self.status_label.setText(self._describe_first())
        return True

    def _describe_first(self) -> str:
        return self.tr("Typ eerst de omschrijving: wat is het probleem?")

    # -- the form's contents --------------------------------------------------------------

    def clear_form(self, form_no: str | None = None) -> None:
        """A blank form, numbered ``form_no`` (else one past the highest number used)."""
        if form_no is None:
            form_no = core.next_form_no(self.context.lib, self.context.neighbourhood_id)
        self.form_no_edit.setText(form_no)
        self.date_edit.setText(format_date(self.context.meeting_date))
        for edit in (self.street_edit, self.name_edit, self.phone_edit, self.email_edit):
            edit.clear()
        for edit in (self.address_edit, self.postcode_edit, self.town_edit):
            edit.clear()
        self.language_combo.setCurrentIndex(0)
        self.theme_combo.setCurrentIndex(0)
        self.description_edit.clear()
        self.feedback_check.setChecked(False)
        self.consent_check.setChecked(False)
        self.panel.clear()
        self._clear_messages()
        self.counter_label.setText(arg(self.tr("Formulier %1 in deze reeks"), self.saved_count + 1))
        self.form_no_edit.setFocus()
        self.form_no_edit.selectAll()

    def has_typing(self) -> bool:
        """Something typed that a blank form does not start with (its number and date)."""
        typed = (self.street_edit, self.name_edit, self.phone_edit, self.email_edit)
        postal = (self.address_edit, self.postcode_edit, self.town_edit)
        return bool(
            self.description_edit.toPlainText().strip()
            or any(edit.text().strip() for edit in (*typed, *postal))
            or self.theme_combo.currentIndex() > 0
        )

    def reject(self) -> None:
        """Esc or Sluiten: a half-typed form is saved, thrown away or kept, as the user says."""
        if self.has_typing():
            answer = entry_messages.ask_unsaved(self)
            if answer == "keep" or (answer == "save" and not self.save_and_next()):
                return
        super().reject()

    def form_input(self, received_on: dt.date | None) -> FormInput:
        return core.FormInput(
            meeting_id=self.context.meeting_id,
            description=self.description_edit.toPlainText(),
            form_no=self.form_no_edit.text().strip(),
            received_on=received_on,
            street=self.street_edit.text().strip(),
            theme=str(self.theme_combo.currentData() or ""),
            name=self.name_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
            address=self.address_edit.text(),
            postcode=self.postcode_edit.text(),
            town=self.town_edit.text(),
            language=str(self.language_combo.currentData() or ""),
            wants_feedback=self.feedback_check.isChecked(),
            consent=self.consent_check.isChecked(),
        )

    # -- messages -------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        for label in self.messages.values():
            self._message(label, "", "")

    def _message(self, label: QLabel, text: str, level: str) -> None:
        label.setText(text)
        label.setProperty("level", level)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setVisible(bool(text))

    def message_text(self, field: str) -> str:
        return self.messages[field].text()

    def _parse_date(self) -> dt.date | None:
        """The typed date; raises ``DateError``.  Empty means the meeting's date."""
        text = self.date_edit.text().strip()
        return core.parse_date(text) if text else None

    def _check_date(self) -> None:
        try:
            self._parse_date()
        except DateError as error:
            text = self.date_edit.text()
            self._message(self.messages["received_on"], date_message(error.code, text), "error")
        else:
            self._message(self.messages["received_on"], "", "")

    def _show_issues(self, issues: list[Any], keep: frozenset[str] = frozenset()) -> None:
        for field, label in self.messages.items():
            if field in keep:
                continue
            mine = [i for i in issues if i.field == field]
            if mine:
                texts = [issue_message(i, self._value(field)) for i in mine]
                level = "error" if any(i.blocking for i in mine) else "warning"
                self._message(label, " ".join(texts), level)
            else:
                self._message(label, "", "")

    def _value(self, field: str) -> str:
        widget = self.fields.get(field)
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        return ""

    def _show_warnings(self) -> None:
        """Non-blocking issues as the user leaves a field (an empty description is not news)."""
        try:
            received = self._parse_date()
        except DateError:
            received = None
        issues = core.check_form(self.context.lib, self.form_input(received))
        shown = [i for i in issues if not (i.field == "description" and i.code == "empty")]
        self._show_issues(shown, keep=frozenset({"received_on"}))

    def _description_changed(self) -> None:
        text = self.description_edit.toPlainText()
        label = self.messages["description"]
        limit = core.MAX_DESCRIPTION
        if len(text.strip()) > limit:
            too_long = core.FieldIssue("description", "too_long", True, "")
            self._message(label, issue_message(too_long, text), "error")
        elif label.property("level") == "error":
            self._message(label, "", "")
        if text.strip() and self.status_label.text() == self._describe_first():
            self.status_label.clear()  # the hint is followed
        self._suggest()

    def _suggest(self) -> None:
        self.panel.request(
            self.description_edit.toPlainText(),
            self.street_edit.text(),
            str(self.theme_combo.currentData() or ""),
        )

    # -- saving ---------------------------------------------------------------------------

    def save_and_next(self) -> bool:
        """Save the form; on success open a blank one.  On refusal keep everything typed."""
        try:
            received = self._parse_date()
        except DateError as error:
            text = self.date_edit.text()
            self._message(self.messages["received_on"], date_message(error.code, text), "error")
            self.status_label.setText(self.tr("Niet opgeslagen: de datum klopt niet."))
            self.date_edit.setFocus()
            return False
        form = self.form_input(received)
        attach = self.panel.target()
        try:
            entered = enter_form(self.context.lib, form, attach.concern_id if attach else None)
        except core.FormRefused as refused:
            issues = list(refused.issues)
            blocking = [i for i in issues if i.blocking]
            self._show_issues(issues)
            self.status_label.setText(self.tr("Niet opgeslagen: zie de melding bij het veld."))
            self.fields.get(blocking[0].field, self.description_edit).setFocus()
            return False
        except ValueError:  # the concern it was attached to is gone (undone meanwhile)
            self.panel.detach()
            self.status_label.setText(
                self.tr("Niet opgeslagen: dat knelpunt bestaat niet meer. Kies opnieuw.")
            )
            return False
        except OSError:  # core WriteError: a full disk or a read-only file
            self.status_label.setText(
                self.tr(
                    "Niet opgeslagen: het bestand kan niet worden bijgewerkt (de schijf is "
                    "vol of het bestand is alleen-lezen). Wat u typte, staat er nog."
                )
            )
            return False
        self.saved_count += 1
        self.context.on_saved(entered, form)
        self.status_label.setText(self._saved_text(entered.saved, form, entered.warnings))
        self.clear_form(entered.next_form_no)
        return True

    def _saved_text(self, saved: SavedReport, form: FormInput, issues: list[Any]) -> str:
        number = form.form_no or self.tr("zonder nummer")
        if saved.new_concern:
            text = arg(
                self.tr("Formulier %1 opgeslagen als nieuw knelpunt %2."), number, saved.code
            )
        else:
            text = arg(self.tr("Formulier %1 opgeslagen als melding bij %2."), number, saved.code)
        if issues:
            text += " " + self.tr("Let op:") + " "
            text += " ".join(issue_message(i, self._value(i.field)) for i in issues)
        return text
