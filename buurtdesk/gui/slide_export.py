"""Render every slide of a meeting to PNG files, offscreen (``buurtdesk export slides``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from buurtdesk.gui.slides import make_slides

if TYPE_CHECKING:
    from buurtdesk.core.slide_data import Deck

SLIDE_NAMES = ("titel", "acties", "knelpunten", "ranglijst", "prioriteiten", "afsluiting")
WIDTH, HEIGHT = 1920, 1080


def render_slides(
    deck: Deck, out_dir: Path, width: int = WIDTH, height: int = HEIGHT
) -> list[Path]:
    """Write ``NN-name[-page].png`` per slide page into ``out_dir``; returns the files."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    holder = QWidget()
    slides = make_slides(holder)
    try:
        for number, (name, slide) in enumerate(zip(SLIDE_NAMES, slides, strict=True), start=1):
            slide.resize(width, height)
            slide.set_deck(deck)
            pages = slide.page_count()
            for page in range(pages):
                slide.set_page(page)
                image = QImage(width, height, QImage.Format.Format_RGB32)
                slide.render(image)
                suffix = f"-{page + 1}" if pages > 1 else ""
                path = out_dir / f"{number:02d}-{name}{suffix}.png"
                if not image.save(str(path), "PNG"):
                    raise OSError(f"cannot write {path}")
                written.append(path)
    finally:
        shiboken6.delete(holder)  # now, not at interpreter exit
        app.processEvents()
    return written
