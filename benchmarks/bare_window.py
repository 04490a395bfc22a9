"""The baseline: a bare PySide6 script that shows an empty QMainWindow.

Prints ``BENCH first_paint <epoch>`` at the window's first paint event, then quits.
"""

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            print(f"BENCH first_paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
            obj.removeEventFilter(self)
        return False


app = QApplication([])
window = QMainWindow()
window.resize(1200, 800)
spy = FirstPaint()
window.installEventFilter(spy)
window.show()
app.exec()
