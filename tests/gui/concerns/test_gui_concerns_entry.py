"""The entry form driven by keyboard alone: the 64 shared paper forms, refusals, attaching."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from tests.conftest import SHARED_DATA

FORMS = SHARED_DATA / "paper-forms.csv"


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget``; non-ASCII characters as key events carrying the text."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClick(widget, ch)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(widget, event)


SHOWN: list[QWidget] = []  # the form under test


def focused() -> QWidget | None:
    """The form's focus widget.  Not QApplication.focusWidget(): once any test has run an
    event loop to its end (app.exec() returned), Qt activates no window any more, while
    each window still keeps its own focus widget and Tab order."""
    return SHOWN[-1].focusWidget() if SHOWN else QApplication.focusWidget()


def press(
    qtbot: Any, key: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = focused()
    assert widget is not None
    qtbot.keyClick(widget, key, mods)


def goto(widget: QWidget) -> None:
    """Focus a field as Tab does (a pre-filled value is selected, so typing replaces it)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)


def type_here(qtbot: Any, text: str) -> None:
    widget = focused()
    assert widget is not None
    type_text(qtbot, widget, text)


def open_form(window: Any, monkeypatch: pytest.MonkeyPatch) -> Any:
    """Start the entry form the way a user does (Ctrl+E) without blocking on exec()."""
    from buurtdesk.gui.concerns import entry_form

    opened: list[Any] = []

    def fake_exec(dialog: Any) -> int:
        dialog.show()
        dialog.activateWindow()
        opened.append(dialog)
        return 0

    monkeypatch.setattr(entry_form.EntryForm, "exec", fake_exec)
    window.controller.concerns_area.actions.new_form.trigger()
    assert opened, "the entry form did not open"
    return opened[0]


@pytest.fixture
def form(window: Any, hood_file: Any, monkeypatch: pytest.MonkeyPatch, qtbot: Any) -> Any:
    window.files.open_path(hood_file.path)
    dialog = open_form(window, monkeypatch)
    SHOWN.clear()
    SHOWN.append(dialog)
    assert focused() is dialog.form_no_edit
    return dialog


def paper_forms() -> list[dict[str, str]]:
    with FORMS.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def type_form(qtbot: Any, form: Any, row: dict[str, str]) -> None:
    """One paper form, field by field, with Enter or Tab between fields."""
    assert focused() is form.form_no_edit
    type_here(qtbot, row["form_no"])
    press(qtbot, Qt.Key.Key_Return)
    day = dt.date.fromisoformat(row["date"])
    type_here(qtbot, f"{day.day}-{day.month}-{day.year}")  # d-m-jjjj, as written
    press(qtbot, Qt.Key.Key_Tab)
    type_here(qtbot, row["street"])
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.theme_combo
    number = form.themes.index(row["theme"]) + 1 if row["theme"] else 0
    press(qtbot, Qt.Key(Qt.Key.Key_0 + number))  # one key picks the theme and moves on
    assert focused() is form.description_edit
    type_here(qtbot, row["description"])
    press(qtbot, Qt.Key.Key_Return)
    for field in ("name", "phone", "email"):
        type_here(qtbot, row[field])
        press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)  # postal address: not on these forms
    assert focused() is form.feedback_check
    if row["wants_feedback"] == "ja":
        press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.shared_data
def test_64_paper_forms_by_keyboard_alone(form: Any, window: Any, qtbot: Any) -> None:
    from buurtdesk.core.concerns.intake import list_concerns

    rows = paper_forms()
    assert len(rows) == 64
    for number, row in enumerate(rows, 1):
        assert form.counter_label.text() == f"Formulier {number} in deze reeks"
        type_form(qtbot, form, row)
        assert "opgeslagen" in form.status_label.text(), (row["form_no"], form.status_label.text())
    lib = window.controller.library
    assert lib.counts()["reports"] == 64
    concerns = list_concerns(lib, window.controller.current_neighbourhood_id())
    assert sum(c.reports for c in concerns) == 64
    assert form.counter_label.text() == "Formulier 65 in deze reeks"
    stored = {r.form_no: r for c in concerns for r in _reports(lib, c.id)}
    assert set(stored) == {r["form_no"] for r in rows}
    for row in rows:  # every character arrived, accents and all
        assert stored[row["form_no"]].wording == row["description"].strip()
        assert stored[row["form_no"]].name == row["name"]
        assert stored[row["form_no"]].received_on == dt.date.fromisoformat(row["date"])
    assert window.undo_stack.count() == 64


def _reports(lib: Any, concern_id: int) -> list[Any]:
    from buurtdesk.core.concerns.intake import concern_reports

    return concern_reports(lib, concern_id, include_personal=True)


@pytest.mark.shared_data
def test_alt_key_attaches_the_form_to_a_suggested_concern(
    form: Any, window: Any, qtbot: Any
) -> None:
    rows = {r["form_no"]: r for r in paper_forms()}
    type_form(qtbot, form, rows["1003"])  # te hard rijden op de Dordtselaan: a new concern
    assert "nieuw knelpunt K1" in form.status_label.text()
    type_form(qtbot, form, rows["1001"])  # something else: K2
    qtbot.keyClick(form.form_no_edit, Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(focused(), Qt.Key.Key_0)
    type_here(qtbot, "te hard rijden dordtselaan!!")
    form.panel.refresh()
    suggested = form.panel.suggestions()
    assert suggested and suggested[0].code == "K1"
    assert 0 < suggested[0].score <= 100
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert "melding bij K1" in form.attach_label.text()
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "melding bij K1" in form.status_label.text()
    from buurtdesk.core.concerns.intake import list_concerns

    concerns = list_concerns(
        window.controller.library, window.controller.current_neighbourhood_id()
    )
    assert [(c.code, c.reports) for c in concerns] == [("K1", 2), ("K2", 1)]
    assert "nieuw knelpunt" in form.attach_label.text()  # the next form starts unattached


@pytest.mark.shared_data
def test_alt_zero_detaches_again(form: Any, qtbot: Any) -> None:
    rows = {r["form_no"]: r for r in paper_forms()}
    type_form(qtbot, form, rows["1003"])
    goto(form.description_edit)
    type_here(qtbot, "hard rijden dordtselaan")
    press(qtbot, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert form.panel.target() is not None
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.AltModifier)
    assert form.panel.target() is None
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "nieuw knelpunt K2" in form.status_label.text()


def test_refused_description_keeps_everything_typed(form: Any, window: Any, qtbot: Any) -> None:
    type_here(qtbot, "777")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_Return)
    type_text(qtbot, focused(), "Slaghekstraat")
    press(qtbot, Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_2)
    type_here(qtbot, "   ")  # whitespace only
    goto(form.name_edit)
    type_here(qtbot, "Ayşe Öztürk")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "omschrijving" in form.message_text("description").lower()
    assert form.messages["description"].property("level") == "error"
    assert "Niet opgeslagen" in form.status_label.text()
    assert focused() is form.description_edit
    assert form.form_no_edit.text() == "777"
    assert form.street_edit.text() == "Slaghekstraat"
    assert form.name_edit.text() == "Ayşe Öztürk"
    assert form.theme_combo.currentIndex() == 2
    assert window.controller.library.counts()["reports"] == 0

    form.description_edit.setPlainText("x" * 2001)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "2001" in form.message_text("description")
    assert len(form.description_edit.toPlainText()) == 2001  # never cut
    assert window.controller.library.counts()["reports"] == 0
    form.description_edit.setPlainText("x" * 2000)
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.library.counts()["reports"] == 1


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("31-02-2026", "Dag 31 bestaat niet"),
        ("12-13-2026", "maand"),
        ("8 sept", "Dit is geen datum"),
    ],
)
def test_impossible_date_is_refused_with_the_reason(
    form: Any, window: Any, qtbot: Any, typed: str, says: str
) -> None:
    goto(form.date_edit)
    type_here(qtbot, typed)
    goto(form.description_edit)
    type_here(qtbot, "Kapotte lantaarnpaal")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert says in form.message_text("received_on")
    assert form.date_edit.text() == typed
    assert form.description_edit.toPlainText() == "Kapotte lantaarnpaal"
    assert window.controller.library.counts()["reports"] == 0


def test_odd_phone_and_used_form_number_are_warned_but_saved(
    form: Any, window: Any, qtbot: Any
) -> None:
    for _ in range(2):
        goto(form.form_no_edit)
        type_here(qtbot, "500")
        goto(form.description_edit)
        type_here(qtbot, "Losse tegels")
        goto(form.phone_edit)
        type_here(qtbot, "bel me")
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.library.counts()["reports"] == 2
    text = form.status_label.text()
    assert "telefoonnummer" in text and "500 is al gebruikt" in text


def test_esc_on_a_blank_form_closes_without_asking(
    form: Any, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from buurtdesk.gui.concerns import entry_messages

    asked: list[object] = []
    monkeypatch.setattr(entry_messages, "ask_unsaved", lambda parent: asked.append(parent))
    press(qtbot, Qt.Key.Key_Escape)  # the pre-filled number and date are not typing
    assert not form.isVisible()
    assert asked == []


@pytest.mark.parametrize(
    ("answer", "open_after", "saved"),
    [("keep", True, 0), ("discard", False, 0), ("save", False, 1)],
)
def test_esc_on_a_typed_form_asks_first(
    form: Any,
    window: Any,
    qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
    answer: str,
    open_after: bool,
    saved: int,
) -> None:
    from buurtdesk.gui.concerns import entry_messages

    asked: list[object] = []
    monkeypatch.setattr(entry_messages, "ask_unsaved", lambda p: asked.append(p) or answer)
    goto(form.description_edit)
    type_here(qtbot, "Zwerfvuil")
    press(qtbot, Qt.Key.Key_Escape)
    assert asked == [form]
    assert form.isVisible() is open_after
    assert window.controller.library.counts()["reports"] == saved
    if open_after:
        assert form.description_edit.toPlainText() == "Zwerfvuil"


def test_the_unsaved_question_keeps_typing_by_default(form: Any) -> None:
    from buurtdesk.gui.concerns.entry_messages import unsaved_box

    box, buttons = unsaved_box(form)
    assert sorted(buttons.values()) == ["discard", "keep", "save"]
    assert buttons[box.defaultButton()] == "keep"
    assert buttons[box.escapeButton()] == "keep"
    assert "niet opgeslagen" in box.text()


def test_private_fields_show_what_is_typed_even_with_personal_data_hidden(
    form: Any, window: Any, qtbot: Any
) -> None:
    from PySide6.QtWidgets import QLineEdit

    assert window.controller.concerns_area.hide_personal()  # the list hides them
    for edit in (form.name_edit, form.phone_edit, form.email_edit, form.address_edit):
        assert edit.echoMode() == QLineEdit.EchoMode.Normal  # the typist can proofread
    assert "nooit op de beamer" in form.private_box.title()


def test_a_tab_meant_for_the_theme_does_not_carry_the_description_away(
    form: Any, qtbot: Any
) -> None:
    goto(form.theme_combo)
    press(qtbot, Qt.Key.Key_3)  # picks the theme and moves on by itself
    assert focused() is form.description_edit
    press(qtbot, Qt.Key.Key_Tab)  # the habit of moving on after a choice
    assert focused() is form.description_edit
    assert "omschrijving" in form.status_label.text()
    type_here(qtbot, "Losliggende tegels")
    assert "omschrijving" not in form.status_label.text()  # the hint goes once followed
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.name_edit
    assert form.name_edit.text() == ""
    assert form.description_edit.toPlainText() == "Losliggende tegels"


def test_form_counter_and_next_number(form: Any, qtbot: Any, tmp_path: Path) -> None:
    goto(form.form_no_edit)
    type_here(qtbot, "1041")
    goto(form.description_edit)
    type_here(qtbot, "Graffiti op de muur")
    press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert form.counter_label.text() == "Formulier 2 in deze reeks"
    assert form.form_no_edit.text() == "1042"
    assert form.date_edit.text() == "17-09-2026"  # the meeting's date


@pytest.mark.shared_data
def test_a_saved_form_is_undone_and_redone(form: Any, window: Any, qtbot: Any) -> None:
    from buurtdesk.core.concerns.intake import concern_reports, list_concerns

    rows = {r["form_no"]: r for r in paper_forms()}
    type_form(qtbot, form, rows["1020"])
    lib = window.controller.library
    hood = window.controller.current_neighbourhood_id()
    (concern,) = list_concerns(lib, hood)
    (before,) = concern_reports(lib, concern.id, include_personal=True)
    assert before.name == "Ayşe El Amrani"
    form.reject()
    stack = window.undo_stack
    assert stack.undoText() == "formulier bij K1"
    stack.undo()
    assert list_concerns(lib, hood) == [] and lib.counts()["submitters"] == 0
    assert window.controller.concerns_area.proxy.rowCount() == 0
    stack.redo()
    assert concern_reports(lib, concern.id, include_personal=True) == [before]
    assert window.controller.concerns_area.proxy.rowCount() == 1


def test_theme_by_typing_its_name(form: Any, qtbot: Any) -> None:
    goto(form.theme_combo)
    qtbot.keyClicks(form.theme_combo, "op")
    assert form.theme_combo.currentText() == "Openbare ruimte"
    assert focused() is form.theme_combo  # typing a name does not jump on; Enter does
    press(qtbot, Qt.Key.Key_Return)
    assert focused() is form.description_edit
    assert "1\u00a0Veiligheid" in form.theme_hint.text()  # number and name stay together
