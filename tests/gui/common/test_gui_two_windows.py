"""A file another BuurtDesk window edits opens read-only, after one question."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest

from buurtdesk.gui.file_controller import FileController

HOLDER = """
import sys, time
from buurtdesk.core.store.library import Library
lib = Library(sys.argv[1], lock=True, daily_backup=False)
print("locked", flush=True)
time.sleep(60)
"""


@pytest.fixture
def held(hood_file: Any) -> Any:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(hood_file.path)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "locked"
    yield hood_file
    proc.kill()
    proc.wait()


def _answer(monkeypatch: pytest.MonkeyPatch, choice: str) -> list[Any]:
    asked: list[Any] = []

    def ask(self: FileController, in_use: Any) -> str:
        asked.append(in_use.holder)
        return choice

    monkeypatch.setattr(FileController, "ask_in_use", ask)
    return asked


def test_second_window_opens_read_only(window: Any, held: Any, monkeypatch: Any) -> None:
    asked = _answer(monkeypatch, "read_only")
    assert window.files.open_path(held.path)
    assert len(asked) == 1
    assert window.controller.library.read_only
    assert "(alleen lezen)" in window.windowTitle()
    assert "(alleen lezen)" in window.file_label.text()
    assert window.meeting_combo.count() == 3  # it can look at everything


def test_cancel_keeps_the_window_as_it_was(window: Any, held: Any, monkeypatch: Any) -> None:
    _answer(monkeypatch, "cancel")
    assert not window.files.open_path(held.path)
    assert window.controller.library is None


def test_unlocked_file_opens_without_a_question(window: Any, hood_file: Any, monkeypatch) -> None:
    asked = _answer(monkeypatch, "cancel")
    assert window.files.open_path(hood_file.path)
    assert asked == [] and not window.controller.library.read_only
    assert "(alleen lezen)" not in window.windowTitle()


def test_a_write_in_a_read_only_window_says_so(qapp: Any, boxes: Any, capsys: Any) -> None:
    from buurtdesk.core.store.write_errors import WriteError
    from buurtdesk.gui.app import report_unexpected_error

    error = WriteError("cannot write x.buurtdesk: the file is read-only")
    report_unexpected_error(WriteError, error, None)
    assert boxes.kinds() == ["warning"]
    _kind, title, text = boxes.calls[0]
    assert title == "Niet opgeslagen" and "alleen om te lezen" in text
    assert "Traceback" not in text


def test_a_file_in_use_at_start_up_is_previewed_then_opened_read_only(
    window: Any, held: Any, monkeypatch: Any, qtbot: Any
) -> None:
    asked = _answer(monkeypatch, "read_only")
    listed: list[int] = []
    window.listed.connect(lambda: listed.append(window.meeting_combo.count()))
    with qtbot.waitSignal(window.started, timeout=30000):
        window.start_when_painted(held.path)
    assert listed == [3]  # the preview reads a locked file too: it only looks
    assert len(asked) == 1 and window.controller.library.read_only
    assert window.meeting_combo.count() == 3
    assert "(alleen lezen)" in window.windowTitle()
