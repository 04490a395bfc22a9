"""Render ``resources/icons/buurtdesk.svg`` to the PNG sizes of the hicolor icon theme.

    python installer/render_icons.py

Writes ``resources/icons/hicolor/<n>x<n>/apps/nl.buurtdesk.BuurtDesk.png`` for every size, the
layout Linux desktops (and the ``.desktop`` file's ``Icon=`` name) expect; the window uses the
same files.  ``resources/icons/buurtdesk.ico`` holds the same PNGs for Windows (the program and
installer icons).  The PNGs are committed, so this runs only when the SVG changes.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "buurtdesk.svg"
TARGET = ROOT / "resources" / "icons" / "hicolor"
APP_ID = "nl.buurtdesk.BuurtDesk"
SIZES = (16, 32, 48, 64, 128, 256)


def render(source: Path = SOURCE, target: Path = TARGET) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"error: cannot read {source}")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = target / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"error: cannot write {path}")
        written.append(path)
    write_ico(written, target.parent / "buurtdesk.ico")
    return [*written, target.parent / "buurtdesk.ico"]


def write_ico(pngs: list[Path], path: Path) -> None:
    """A Windows icon file holding the PNGs as they are (allowed since Windows Vista)."""
    blobs = [png.read_bytes() for png in pngs]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries = b""
    for size, blob in zip(SIZES, blobs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(blobs))


if __name__ == "__main__":
    for written in render():
        print(written.relative_to(ROOT))
