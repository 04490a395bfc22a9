"""The feedback letters: the address placed for a window envelope, sender, date, salutation,
and page numbers that count per letter ("pagina 1 van 2" of this letter, not of the file).

The window is that of a C5/6 envelope with the window on the left (NEN-EN-ISO 269 / the
common Dutch "vensterenvelop"): 90 x 45 mm, 20 mm from the left and 50 mm from the top edge
of an A4 folded in three.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from buurtdesk.core.documents.base import PAGE_H, markup, styles
from buurtdesk.core.documents.labels import Texts

WINDOW_LEFT = 20 * mm
WINDOW_TOP = 50 * mm
WINDOW_W = 90 * mm
WINDOW_H = 45 * mm
INSET = 5 * mm  # the address keeps clear of the window's edges when the letter shifts
SENDER_LEFT = 120 * mm
SENDER_W = 70 * mm
BLOCK_BOTTOM = WINDOW_TOP + WINDOW_H + 6 * mm  # the letter's text starts below the window


class Pages:
    """The page numbers at which each part of the file (overview, each letter) starts."""

    def __init__(self) -> None:
        self.starts: list[int] = [1]

    def mark(self, page: int) -> None:
        if page not in self.starts:
            bisect.insort(self.starts, page)

    def label(self, texts: Texts, page: int, total: int) -> str:
        i = bisect.bisect_right(self.starts, page) - 1
        first = self.starts[i]
        last = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else total
        return Texts.__call__(texts, "page", page=page - first + 1, total=last - first + 1)


class LetterTexts(Texts):
    """Texts whose "page X of Y" counts the pages of the current letter."""

    def __init__(self, lang: str, pages: Pages) -> None:
        super().__init__(lang)
        self.pages = pages

    def __call__(self, key: str, **values: object) -> str:
        if key == "page" and set(values) == {"page", "total"}:
            return self.pages.label(self, int(str(values["page"])), int(str(values["total"])))
        return super().__call__(key, **values)


class LetterHead(Flowable):
    """The top of a letter's first page: address in the window, sender and date beside it.

    Drawn at fixed places on the page, whatever the frame; it must start a page.
    """

    def __init__(self, address: Sequence[str], sender: Sequence[str], pages: Pages) -> None:
        super().__init__()
        self.address = [line for line in address if line.strip()]
        self.sender = list(sender)
        self.pages = pages

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        # Everything down to below the window: the frame's top is some 24 mm down the page.
        return avail_w, max(0.0, min(avail_h, BLOCK_BOTTOM - 24 * mm))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self.pages.mark(canvas.getPageNumber())
        st = styles()
        top = PAGE_H - WINDOW_TOP - INSET
        self._block(canvas, self.address, WINDOW_LEFT + INSET, top, WINDOW_W - 2 * INSET, st.big)
        self._block(canvas, self.sender, SENDER_LEFT, PAGE_H - WINDOW_TOP, SENDER_W, st.body)

    def draw(self) -> None:  # everything happens in drawOn, at fixed page positions
        return None

    @staticmethod
    def _block(
        canvas: Any, lines: Sequence[str], x: float, top: float, w: float, style: Any
    ) -> None:
        for line in lines:
            if not line.strip():
                top -= 6
                continue
            p = Paragraph(markup(line), style)
            _w, h = p.wrap(w, PAGE_H)
            top -= h
            p.drawOn(canvas, x, top)


def salutation(name: str, texts: Texts) -> str:
    name = " ".join(name.split())
    return texts("letter_dear", name=name) if name else texts("letter_dear_resident")


def sender_lines(hood: str, place: str, chair: str, texts: Texts, today: dt.date) -> list[str]:
    lines = [texts("letter_committee", hood=hood)]
    if place:
        lines.append(texts("letter_care_of", place=place))
    if chair:
        lines.append(texts("letter_chair", chair=chair))
    return lines + ["", texts("letter_date", date=texts.date(today))]


def paged_texts(story: Sequence[Flowable], lang: str) -> Texts:
    """The texts to build ``story`` with: page numbers per letter when it holds letters."""
    for flowable in story:
        if isinstance(flowable, LetterHead):
            return LetterTexts(lang, flowable.pages)
    return Texts(lang)
