"""The welcome dialog and the three ways it opens a file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog

from buurtdesk.gui.common import first_run
from buurtdesk.gui.common.first_run import FirstRunDialog, Start, StartChoice


def test_welcome_offers_three_choices_in_dutch(qtbot: Any) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Welkom bij BuurtDesk"
    texts = [b.text() for b in (dialog.new_button, dialog.demo_button, dialog.open_button)]
    assert texts == ["Nieuwe buurt starten", "Demo openen", "Bestand openen…"]
    assert all(b.description() for b in (dialog.new_button, dialog.demo_button))


def test_new_neighbourhood_path_refuses_an_empty_name(qtbot: Any, monkeypatch: Any) -> None:
    attempts: list[tuple[bool, str]] = []

    def user_tries_empty_then_gives_up(dialog: Any) -> int:
        dialog.show()
        dialog.name_edit.setText("")
        dialog.municipality_edit.setText("Rotterdam")
        dialog.accept()
        attempts.append((dialog.isVisible(), dialog.error_label.text()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(first_run.NewNeighbourhoodDialog, "exec", user_tries_empty_then_gives_up)
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.new_button.click()
    assert attempts == [(True, "Vul de naam van de buurt in.")]
    assert dialog.choice is None
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_new_neighbourhood_creates_the_usual_file(
    window: Any, user_files: dict[str, Path], monkeypatch: Any
) -> None:
    def user_types_a_name(dialog: Any) -> int:
        dialog.name_edit.setText("Carnisse")
        dialog.municipality_edit.setText("Rotterdam")
        dialog.accept()
        return dialog.result()

    def user_clicks_new(dialog: FirstRunDialog) -> int:
        dialog.new_button.click()
        return dialog.result()

    monkeypatch.setattr(first_run.NewNeighbourhoodDialog, "exec", user_types_a_name)
    monkeypatch.setattr(FirstRunDialog, "exec", user_clicks_new)
    window.start(None)
    assert user_files["default"].is_file()
    assert window.controller.path == user_files["default"]
    assert window.windowTitle() == "BuurtDesk — Carnisse"
    assert window.neighbourhood_combo.currentText() == "Carnisse (Rotterdam)"


def test_demo_choice_writes_and_opens_the_demo(
    window: Any, user_files: dict[str, Path], monkeypatch: Any
) -> None:
    monkeypatch.setattr(FirstRunDialog, "exec", lambda d: d.demo_button.click() or d.result())
    window.start(None)
    assert user_files["demo"].is_file()
    assert window.controller.path == user_files["demo"]
    assert window.meeting_combo.count() == 3
    assert window.controller.concerns_model.rowCount() >= 30
    window.files.open_demo()  # a second time: the existing demo is opened, not rewritten
    assert window.controller.path == user_files["demo"]


def test_broken_demo_is_rebuilt_without_a_warning(
    window: Any, user_files: dict[str, Path], boxes: Any
) -> None:
    user_files["demo"].parent.mkdir(parents=True)
    user_files["demo"].write_bytes(b"hello")
    assert window.files.open_demo()
    assert boxes.calls == []
    assert window.meeting_combo.count() == 3


def test_open_choice_asks_for_a_file(qtbot: Any, file_dialogs: Any, tmp_path: Path) -> None:
    file_dialogs.open_name = str(tmp_path / "overgenomen.buurtdesk")
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.open_button.click()
    assert dialog.choice == StartChoice(Start.OPEN, path=tmp_path / "overgenomen.buurtdesk")


def test_failed_choice_returns_to_the_welcome_dialog(
    window: Any, file_dialogs: Any, tmp_path: Path, boxes: Any, monkeypatch: Any
) -> None:
    foreign = tmp_path / "foto.jpg"
    foreign.write_bytes(b"\xff\xd8\xff")
    file_dialogs.open_name = str(foreign)
    rounds: list[int] = []

    def open_then_give_up(dialog: FirstRunDialog) -> int:
        rounds.append(1)
        if len(rounds) == 1:
            dialog.open_button.click()
            return dialog.result()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FirstRunDialog, "exec", open_then_give_up)
    window.start(None)
    assert len(rounds) == 2
    assert boxes.kinds() == ["warning"]
    assert window.controller.path is None
