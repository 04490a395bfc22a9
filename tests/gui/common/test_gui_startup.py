"""Start-up speed: the window module loads no database layer, and the window is painted
before SQLAlchemy is imported.  Both run in a fresh interpreter."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

IMPORT_SCRIPT = """
import json, sys
import buurtdesk.gui.main_window
import buurtdesk.gui.app
heavy = sorted(m for m in sys.modules
               if m.split(".")[0] in ("sqlalchemy", "alembic")
               or m in ("buurtdesk.core.store.library", "buurtdesk.core.store.db",
                      "buurtdesk.core.store.models"))
print(json.dumps(heavy))
"""

PAINT_SCRIPT = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

app = QApplication(sys.argv[:1])
from buurtdesk.gui import app as gui_app
from buurtdesk.gui import main_window
main_window.START_FALLBACK_MS = 600_000  # only a real paint may start the opening
from buurtdesk.gui.controller import MainController
from buurtdesk.gui.main_window import MainWindow

log = {"painted_without_sqlalchemy": None, "opened": False, "paint_before_open": None}

class Spy(QObject):
    def eventFilter(self, obj, event):
        if (event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and isinstance(obj.window(), MainWindow)
                and log["painted_without_sqlalchemy"] is None):
            log["painted_without_sqlalchemy"] = "sqlalchemy" not in sys.modules
            log["paint_before_open"] = not log["opened"]
        return False

spy = Spy()
app.installEventFilter(spy)
original = MainController.set_library

def set_library(self, library, *args, **kwargs):
    log["opened"] = True
    original(self, library, *args, **kwargs)
    app.quit()

MainController.set_library = set_library
code = gui_app.main(db_path=Path(sys.argv[1]))
log["code"] = code
print(json.dumps(log))
"""


def run(script: str, *args: str) -> str:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        timeout=60,
    )
    return proc.stdout.strip().splitlines()[-1]


def test_window_modules_do_not_load_sqlalchemy() -> None:
    assert json.loads(run(IMPORT_SCRIPT)) == []


def test_window_is_painted_before_the_file_is_opened(hood_file: object) -> None:
    path: Path = hood_file.path  # type: ignore[attr-defined]
    log = json.loads(run(PAINT_SCRIPT, str(path)))
    assert log["opened"]
    assert log["code"] == 0
    assert log["paint_before_open"] is True
    assert log["painted_without_sqlalchemy"] is True
