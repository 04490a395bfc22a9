"""The window's side of "nothing outside the file touched": a failed automatic backup is
shown, leftovers of killed writers are swept at the start, and a special, missing or unreadable
file is refused with one message."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.enums import MeetingStatus
from buurtdesk.core.store import backup
from buurtdesk.gui.common.output_check import refused
from buurtdesk.gui.common.recent_files import export_folders, remember_export
from buurtdesk.gui.safety.backup_dialog import BackupDialog
from tests.cli.test_corpus_files_harm import _dead_pid
from tests.corpus.inject import deny
from tests.corpus.plugin import record


def _dialog(qtbot: Any, window: Any) -> BackupDialog:
    dialog = BackupDialog(window, window.controller.library, window.safety.restore)
    qtbot.addWidget(dialog)
    return dialog


def test_a_failed_daily_backup_shows_in_the_status_bar_and_backups(
    qtbot: Any,
    window: Any,
    hood_file: Any,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Any,
    record_property: Any,
) -> None:
    record(record_property, "backup_failed", "gui open")
    folder = backup.backup_dir(hood_file.path)
    shutil.rmtree(folder, ignore_errors=True)
    deny(monkeypatch, folder.parent, errno.ENOSPC)
    assert window.files.open_path(hood_file.path)
    monkeypatch.undo()
    assert "back-up is niet gelukt" in window.statusBar().currentMessage()
    dialog = _dialog(qtbot, window)
    assert dialog.failed_label.isVisibleTo(dialog)
    assert "niet gelukt" in dialog.failed_label.text()
    assert "the disk is full" in dialog.failed_label.toolTip()
    dialog.backup_button.click()  # room again: a backup is made, and the warning goes
    assert not dialog.failed_label.isVisibleTo(dialog)
    assert window.controller.library.backup_error is None
    assert boxes.calls == []


def test_a_failed_backup_on_closing_shows_in_backups(
    qtbot: Any,
    window: Any,
    hood_file: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, "backup_failed", "gui close meeting")
    assert window.files.open_path(hood_file.path)
    deny(monkeypatch, backup.backup_dir(hood_file.path).parent, errno.ENOSPC)
    window.meeting_menu.aboutToShow.emit()
    window.action_close_meeting.trigger()
    monkeypatch.undo()
    assert "back-up lukte niet" in window.statusBar().currentMessage()
    assert window.controller.current_meeting().status == MeetingStatus.CLOSED
    dialog = _dialog(qtbot, window)
    assert dialog.failed_label.isVisibleTo(dialog)
    assert "the disk is full" in dialog.failed_label.toolTip()


def _leftover(folder: Path, pid: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f".~terugkoppeling.pdf.buurtdesk-{pid}-0123abcd.part"
    path.write_bytes(b"Jan Jansen, Dorpsstraat 1")
    return path


def test_the_window_sweeps_leftovers_when_it_starts(
    window: Any, hood_file: Any, tmp_path: Path, record_property: Any
) -> None:
    record(record_property, "leftover", "gui start")
    exports = tmp_path / "exports"
    remember_export(exports)
    assert export_folders()[0] == exports.absolute()
    dead = _dead_pid()
    left = [
        _leftover(hood_file.path.parent, dead),
        _leftover(backup.backup_dir(hood_file.path), dead),
        _leftover(exports, dead),
    ]
    live = _leftover(tmp_path / "live", os.getpid())
    remember_export(live.parent)
    window.files.start(hood_file.path)
    assert not any(path.exists() for path in left)
    assert live.exists()  # a writer still at work
    assert "3 tijdelijke bestanden" in window.statusBar().currentMessage()


def test_an_export_folder_is_remembered(window: Any, tmp_path: Path) -> None:
    target = tmp_path / "stukken" / "verslag.pdf"
    target.parent.mkdir()
    assert not refused(window, target, None)
    assert export_folders()[0] == target.parent.absolute()


@pytest.mark.parametrize("special", ["named pipe", "link"])
def test_a_special_output_is_refused_in_the_window(
    window: Any, tmp_path: Path, boxes: Any, special: str, record_property: Any
) -> None:
    record(record_property, "special_file", "gui output")
    target = tmp_path / "verslag.pdf"
    if special == "named pipe":
        os.mkfifo(target)
    else:
        (tmp_path / "eigen.txt").write_bytes(b"mine")
        target.symlink_to(tmp_path / "eigen.txt")
    assert refused(window, target, None)
    assert boxes.kinds() == ["warning"]
    assert "geen gewoon bestand" in boxes.calls[0][2]
    if special == "link":
        assert target.is_symlink() and (tmp_path / "eigen.txt").read_bytes() == b"mine"


def test_a_pipe_as_file_is_refused_in_the_window(
    window: Any, tmp_path: Path, boxes: Any, record_property: Any
) -> None:
    record(record_property, "special_file", "gui open")
    pipe = tmp_path / "buurt.buurtdesk"
    os.mkfifo(pipe)
    assert not window.files.open_path(pipe)
    assert boxes.kinds() == ["warning"]
    assert "geen gewoon bestand" in boxes.calls[0][2]


def test_a_missing_file_is_not_made_by_the_window(
    window: Any, tmp_path: Path, boxes: Any, record_property: Any
) -> None:
    record(record_property, "missing_file", "gui open")
    typo = tmp_path / "typo" / "buurt.buurtdesk"
    assert not window.files.open_path(typo)
    assert "bestaat niet" in boxes.calls[0][2]
    assert not typo.parent.exists()


def test_a_full_disk_on_opening_says_so(
    window: Any,
    hood_file: Any,
    boxes: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, "disk_full", "gui open")
    real = sqlite3.connect

    def connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        if "mode=ro" in str(database):
            raise sqlite3.OperationalError("database or disk is full")
        return real(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    assert not window.files.open_path(hood_file.path)
    assert boxes.kinds() == ["warning"]
    assert "schijf is vol" in boxes.calls[0][2]
