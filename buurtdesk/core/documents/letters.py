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

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from buurtdesk.core.documents.accessible import TaggedParagraph
from buurtdesk.core.documents.base import MARGIN, PAGE_H, PAGE_W, markup, styles
from buurtdesk.core.documents.labels import Texts
from buurtdesk.core.store.committee import Committee

WINDOW_LEFT = 20 * mm
WINDOW_TOP = 50 * mm
WINDOW_W = 90 * mm
WINDOW_H = 45 * mm
INSET = 5 * mm  # the address keeps clear of the window's edges when the letter shifts
SENDER_LEFT = 120 * mm
SENDER_W = 70 * mm
BLOCK_BOTTOM = WINDOW_TOP + WINDOW_H + 6 * mm  # the letter's text starts below the window


class Pages:
    """The page numbers at which each part of the file (overview, each letter) starts, and the
    language of each part (a letter is in its resident's language)."""

    def __init__(self) -> None:
        self.starts: list[int] = [1]
        self.langs: dict[int, str] = {}

    def mark(self, page: int, lang: str = "") -> None:
        if page not in self.starts:
            bisect.insort(self.starts, page)
        if lang:
            self.langs[page] = lang

    def label(self, texts: Texts, page: int, total: int) -> str:
        i = bisect.bisect_right(self.starts, page) - 1
        first = self.starts[i]
        last = self.starts[i + 1] - 1 if i + 1 < len(self.starts) else total
        own = Texts(self.langs.get(first, texts.lang))
        return Texts.__call__(own, "page", page=page - first + 1, total=last - first + 1)


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
    """The top of a letter's first page: the committee as letterhead, the address in the
    window (under a small return address), sender and date beside it.

    Drawn at fixed places on the page, whatever the frame; it must start a page.
    """

    def __init__(
        self,
        address: Sequence[str],
        sender: Sequence[str],
        pages: Pages,
        lang: str = "",
        returns: str = "",
    ) -> None:
        super().__init__()
        self.address = [line for line in address if line.strip()]
        self.sender = list(sender)
        self.pages, self.lang, self.returns = pages, lang, returns

    def wrap(self, avail_w: float, avail_h: float) -> tuple[float, float]:
        # Everything down to below the window: the frame's top is some 24 mm down the page.
        return avail_w, max(0.0, min(avail_h, BLOCK_BOTTOM - 24 * mm))

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        self.pages.mark(canvas.getPageNumber(), self.lang)
        st = styles()
        head = ParagraphStyle("h1-letterhead", parent=st.h1, fontSize=14, leading=18)
        self._block(canvas, self.sender[:1], MARGIN, PAGE_H - 14 * mm, PAGE_W - 2 * MARGIN, head)
        top = PAGE_H - WINDOW_TOP - INSET
        inner = WINDOW_W - 2 * INSET
        if self.returns:
            small = ParagraphStyle("small-return", parent=st.small, fontSize=8, leading=10)
            top = self._block(canvas, [self.returns], WINDOW_LEFT + INSET, top, inner, small) - 3
        self._block(canvas, self.address, WINDOW_LEFT + INSET, top, inner, st.big)
        # The committee's name heads the page; beside the window its address and the date.
        self._block(canvas, self.sender[1:], SENDER_LEFT, PAGE_H - WINDOW_TOP, SENDER_W, st.body)

    def draw(self) -> None:  # everything happens in drawOn, at fixed page positions
        return None

    @staticmethod
    def _block(
        canvas: Any, lines: Sequence[str], x: float, top: float, w: float, style: Any
    ) -> float:
        """Draw ``lines`` down from ``top``; returns where they end."""
        for line in lines:
            if not line.strip():
                top -= 6
                continue
            p = TaggedParagraph(markup(line), style)
            _w, h = p.wrap(w, PAGE_H)
            top -= h
            p.drawOn(canvas, x, top)
        return top


def salutation(name: str, texts: Texts) -> str:
    name = " ".join(name.split())
    return texts("letter_dear", name=name) if name else texts("letter_dear_resident")


def committee_name(committee: Committee, hood: str, texts: Texts) -> str:
    return committee.name or texts("letter_committee", hood=hood)


def sender_lines(
    committee: Committee, hood: str, place: str, chair: str, texts: Texts, today: dt.date
) -> list[str]:
    """The sender block: the committee, its postal address (else where it meets), its
    contact, the chair, then the date."""
    lines = [committee_name(committee, hood, texts)]
    if committee.address_lines:
        lines += committee.address_lines
    elif place:
        lines.append(texts("letter_care_of", place=place))
    if committee.contact:
        lines.append(committee.contact)
    if chair:
        lines.append(texts("letter_chair", chair=chair))
    return lines + ["", texts("letter_date", date=texts.date(today))]


def return_line(committee: Committee) -> str:
    """The return address over the window: only with the committee's postal address."""
    if not committee.address_lines:
        return ""
    return ", ".join([committee.name, *committee.address_lines] if committee.name else
                     committee.address_lines)  # fmt: skip


def window_address(name: str, address: str, postcode: str, town: str) -> list[str]:
    """The lines in the window: name, street and number, then postcode and town as the post
    wants them ("1234 AB  DORPSTAD")."""
    place = "  ".join(part for part in (postcode.strip(), town.strip().upper()) if part)
    return [name, *address.splitlines(), place]


def help_lines(committee: Committee, hood: str, place: str) -> list[str]:
    """Whom to ask for help reading the letter, in plain Dutch and in English, on every
    letter whatever its language."""
    lines = []
    for lang in ("nl", "en"):
        texts = Texts(lang)
        name = committee_name(committee, hood, texts)
        if committee.contact:
            lines.append(texts("letter_help_contact", name=name, contact=committee.contact))
        elif place:
            lines.append(texts("letter_help_place", place=place))
        else:
            lines.append(texts("letter_help_plain", name=name))
    return lines


def paged_texts(story: Sequence[Flowable], lang: str) -> Texts:
    """The texts to build ``story`` with: page numbers per letter when it holds letters."""
    for flowable in story:
        if isinstance(flowable, LetterHead):
            return LetterTexts(lang, flowable.pages)
    return Texts(lang)
