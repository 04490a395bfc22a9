"""Start-up timing for the benchmark suite, switched on by ``BUURTDESK_BENCH_STARTUP=1``.

Prints ``BENCH first_paint <epoch>`` at the window's first paint, ``BENCH ready <epoch>`` once
the meeting list is filled and can be used, and ``BENCH opened <epoch>`` once the file is open
and the first area filled, then quits.  Nothing happens without the variable.
"""

from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from buurtdesk.gui.context import WindowContext


class StartupProbe(QObject):
    def __init__(self, window: WindowContext) -> None:
        super().__init__(window)
        window.installEventFilter(self)
        window.listed.connect(self._listed)
        window.started.connect(self._ready)
        self._listed_at: float | None = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            print(f"BENCH first_paint {time.time():.6f}", flush=True)
            obj.removeEventFilter(self)
        return False

    def _listed(self) -> None:
        self._listed_at = time.time()

    def _ready(self) -> None:
        """``ready``: the meeting list can be used (from the preview when there was one);
        ``opened``: the file is open and the first area filled."""
        now = time.time()
        print(f"BENCH ready {self._listed_at or now:.6f}", flush=True)
        print(f"BENCH opened {now:.6f}", flush=True)
        QTimer.singleShot(0, QApplication.quit)


def attach_if_asked(window: WindowContext) -> StartupProbe | None:
    return StartupProbe(window) if os.environ.get("BUURTDESK_BENCH_STARTUP") else None
