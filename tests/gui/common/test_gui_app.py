"""The application entry: start-up, style, translations and the last-resort error message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from buurtdesk.core.store.paths import ui_dir
from buurtdesk.gui import app as gui_app


def raise_and_catch() -> tuple[type[BaseException], BaseException, Any]:
    try:
        raise RuntimeError("kapotte knop")
    except RuntimeError as error:
        return type(error), error, error.__traceback__


def test_unexpected_error_shows_one_dutch_message_and_logs_the_traceback(
    qapp: QApplication, boxes: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    gui_app.report_unexpected_error(*raise_and_catch())
    assert boxes.kinds() == ["critical"]
    _kind, title, text = boxes.calls[0]
    assert title == "Er ging iets mis"
    assert "Traceback" not in text and "kapotte knop" not in text
    err = capsys.readouterr().err
    assert "Traceback" in err and "kapotte knop" in err


MAIN_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from buurtdesk.gui import app as gui_app
from buurtdesk.gui.main_window import MainWindow

seen = {}
original = MainWindow.start

def start_then_quit(self, db_path=None, *rest):
    original(self, db_path, *rest)
    seen.update(
        title=self.windowTitle(),
        path=str(self.controller.path),
        hook=sys.excepthook is gui_app.report_unexpected_error,
        visible=self.isVisible(),
    )
    QApplication.quit()

MainWindow.start = start_then_quit
hook_before = sys.excepthook
code = gui_app.main(db_path=Path(sys.argv[1]))
app = QApplication.instance()
seen.update(code=code, restored=sys.excepthook is hook_before,
            names=[app.applicationName(), app.organizationName()])
print(json.dumps(seen))
"""


def test_main_opens_the_given_file_and_restores_the_hook(hood_file: Any, tmp_path: Path) -> None:
    """``main()`` runs the application to its end, so it runs in a process of its own: a
    quit application would leave the shared test application unable to run event loops."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    proc = subprocess.run(
        [sys.executable, "-c", MAIN_SCRIPT, str(hood_file.path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    seen = json.loads(proc.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["path"] == str(hood_file.path)
    assert seen["title"] == "BuurtDesk — Oud-Charlois"
    assert seen["visible"] and seen["hook"] and seen["restored"]
    assert seen["names"] == ["BuurtDesk", "BuurtDesk"]


def test_style_sheet_loads(qapp: QApplication) -> None:
    before = qapp.styleSheet()
    try:
        assert gui_app.load_style(qapp)
        assert "emptyState" in qapp.styleSheet()
    finally:
        qapp.setStyleSheet(before)


def test_every_form_is_valid_designer_xml() -> None:
    import xml.etree.ElementTree as ET

    forms = sorted(ui_dir().glob("*.ui"))
    assert {f.name for f in forms} >= {
        "main_window.ui",
        "first_run.ui",
        "new_meeting.ui",
        "new_neighbourhood.ui",
    }
    for form in forms:
        root = ET.parse(form).getroot()
        assert root.tag == "ui" and root.get("version") == "4.0"
        assert root.find("class") is not None and root.find("widget") is not None


def test_qt_dialogs_speak_dutch(qapp: QApplication) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    gui_app.make_app()
    gui_app.make_app()  # a second call installs nothing twice
    assert len(qapp.findChildren(gui_app.QtGapTranslator)) == 1
    dialog = QFileDialog(None, "Openen")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == "&Zoeken in:"
    assert labels["fileTypeLabel"] == "Bestands&type:"
    assert labels["fileNameLabel"] == "Bestands&naam:"
    dialog.deleteLater()
    qapp.setStyleSheet("")
