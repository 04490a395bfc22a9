"""Render every slide of a meeting to PNG files, offscreen (``buurtdesk export slides``)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from buurtdesk.core.documents.slide_files import SLIDE_NAMES, slide_file_name, write_slide_set
from buurtdesk.gui.projector.slides import make_slides

if TYPE_CHECKING:
    from buurtdesk.core.documents.slide_data import Deck

__all__ = ["SLIDE_NAMES", "render_slides"]
WIDTH, HEIGHT = 1920, 1080


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (str works; the stub says bytes)
        raise ValueError("a slide could not be encoded as PNG")
    buffer.close()
    return bytes(data.data())


def render_slides(
    deck: Deck,
    out_dir: Path,
    width: int = WIDTH,
    height: int = HEIGHT,
    *,
    database: Path | None = None,
) -> list[Path]:
    """Write ``NN-name[-page].png`` per slide page into ``out_dir``; returns the files.

    Every slide is drawn before the first file is written, and the set replaces the previous
    set in ``out_dir`` (see ``core.slide_files``): a failure leaves the old set as it was.
    No slide is written over ``database`` (the open file) or any other database."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    images: list[tuple[str, bytes]] = []
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
                images.append((slide_file_name(number, name, page, pages), _png(image)))
    finally:
        shiboken6.delete(holder)  # now, not at interpreter exit
        app.processEvents()
    return write_slide_set(out_dir, images, database=database)
