"""Start-up timing for the benchmark suite, switched on by ``BUURTDESK_BENCH_STARTUP=1``.

Prints ``BENCH first_paint <epoch>`` at the window's first paint and ``BENCH ready <epoch>``
once the meeting list is filled, then quits.  Nothing happens without the variable.
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from buurtdesk.gui.main_window import MainWindow


class StartupProbe(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        window.started.connect(self._ready)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"BENCH first_paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
        return False

    def _ready(self) -> None:
        print(f"BENCH ready {time.time():.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def attach_if_asked(window: MainWindow) -> StartupProbe | None:
    return StartupProbe(window) if os.environ.get("BUURTDESK_BENCH_STARTUP") else None
