"""Street names that never break across lines: their spaces become non-breaking spaces.

"Korte Zuid-dwarsstraat" stays on one line in a table cell, a heading or a chart label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from reportlab.pdfbase.pdfmetrics import stringWidth

from buurtdesk.core.documents.base import FONT, register_fonts

NBSP = "\u00a0"


def nowrap(street: str) -> str:
    return NBSP.join(street.split())


class Streets:
    """Keeps every known street name of a document whole wherever it appears."""

    def __init__(self, names: Iterable[str]) -> None:
        multi = sorted({" ".join(n.split()) for n in names if len(n.split()) > 1}, key=len)
        self._pattern = (
            re.compile("|".join(re.escape(n).replace(r"\ ", r"\s+") for n in reversed(multi)))
            if multi
            else None
        )

    def __call__(self, text: str) -> str:
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(lambda m: nowrap(m.group(0)), text)

    def rows(self, rows: list[list[str]]) -> list[list[str]]:
        return [[self(cell) for cell in row] for row in rows]


def column_width(values: Iterable[str], size: float, *, least: float, most: float) -> float:
    """A column wide enough for the longest value on one line (plus the cell padding)."""
    register_fonts()
    widest = max((stringWidth(v, FONT, size) for v in values), default=0.0)
    return min(most, max(least, widest + 14))
