"""Reading ballots and forms back: text sizes by position, and the drawn marks."""

from __future__ import annotations

import re
from pathlib import Path

from pypdf import PdfReader

FOOTER_TOP = 15 * 72 / 25.4  # the footer band: the page label and the date made
HEADER_BOTTOM = 297 * 72 / 25.4 - 15 * 72 / 25.4  # the common header (base's own type)


def text_sizes(path: Path) -> list[tuple[float, float, str]]:
    """(size in pt, height on the page, text) of every piece of text in the PDF."""
    found: list[tuple[float, float, str]] = []
    for page in PdfReader(str(path)).pages:

        def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                found.append((round(size * abs(tm[3] * cm[3]), 2), y, text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def body_sizes(path: Path) -> list[tuple[float, str]]:
    """The sizes of the text between the header and the footer."""
    return [(size, t) for size, y, t in text_sizes(path) if FOOTER_TOP < y < HEADER_BOTTOM]


def drawn_rects(path: Path) -> list[tuple[float, float]]:
    """(width, height) in mm of every rectangle drawn with ``re`` in the page content."""
    out = []
    number = r"(-?[\d.]+)"
    pattern = re.compile(rf"{number} {number} {number} {number} re\b")
    for page in PdfReader(str(path)).pages:
        data = page.get_contents().get_data().decode("latin-1")  # type: ignore[union-attr]
        for m in pattern.finditer(data):
            w, h = float(m.group(3)), float(m.group(4))
            out.append((abs(w) * 25.4 / 72, abs(h) * 25.4 / 72))
    return out
