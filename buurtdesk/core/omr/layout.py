"""The geometry of a readable ballot page, in millimetres from the top-left corner, y down.

Four ArUco markers (``DICT_4X4_50``, ids 0-3 clockwise from the top-left) frame the page and a
QR code names it: ``BD1|KIND|MEETING-UUID|BATCH|NUMBER|PAGE|LAYOUT-HASH``.  The layout hash is
the first 8 hex digits of SHA-256 over the page's canonical geometry (kind, paper, markers, QR
position, boxes with their concern and place), so every ballot of a print batch shares it per
page and a reader can tell a changed ballot from the one printed.  Pure Python: printing needs
neither OpenCV nor numpy.
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from typing import Any

PAGE_W, PAGE_H = 210.0, 297.0
MARKER = 15.0  # side of an ArUco marker, its black border included
MARKER_CELLS = 6  # 4x4 bits inside a one-cell black border
MARKERS = ((0, 12.0, 18.0), (1, 183.0, 18.0), (2, 183.0, 264.0), (3, 12.0, 264.0))
QR_X, QR_Y, QR_SIZE = 146.0, 18.0, 32.0  # the QR code, its quiet zone included
BOX = 6.0  # a marking box's outer side
PLACE_PITCH = 8.0  # boxes side by side on a ranked row
ROW = 9.0  # one concern's row
TOP, BOTTOM = 76.0, 258.0  # the rows between the instructions and the lower markers
LEFT, RIGHT = 14.0, 196.0
GAP = 6.0  # between two columns
CODE_W = 13.0  # the K-number after the boxes
MAX_BOXES_TWO_COLUMNS = 5  # wider ranked rows take one column
PREFIX = "BD1"
KINDS = ("ballot-approval", "ballot-ranked")

# The 4x4 inner bits of markers 0-3 of DICT_4X4_50 (1 = white), row by row from the top; a
# test compares them with OpenCV's own dictionary.
MARKER_BITS = (
    ("1011", "0101", "0011", "0010"),
    ("0000", "1111", "1001", "1010"),
    ("0011", "0011", "0010", "1101"),
    ("1001", "1001", "0100", "0110"),
)


@dataclass(frozen=True)
class Box:
    x: float  # outer edge of the printed square, top-left
    y: float
    concern: str  # "K12"
    place: int | None  # the rank on a ranked ballot; None on approval
    w: float = BOX
    h: float = BOX


@dataclass(frozen=True)
class Row:
    """Where one concern's text goes: its code at ``code_x`` and title from ``text_x``."""

    concern: str
    y: float  # top of the row's boxes
    code_x: float
    text_x: float
    text_w: float


@dataclass(frozen=True)
class PageLayout:
    kind: str
    page: int  # 1-based page within the ballot
    pages: int
    boxes: tuple[Box, ...]
    rows: tuple[Row, ...]
    places: int  # boxes per row (1 on approval)
    columns: int

    def geometry(self) -> dict[str, Any]:
        """What the layout hash covers: everything that says where a box is and what it means."""
        return {
            "kind": self.kind,
            "width": PAGE_W,
            "height": PAGE_H,
            "qr": {"x": QR_X, "y": QR_Y, "size": QR_SIZE},
            "markers": [{"id": i, "x": x, "y": y, "size": MARKER} for i, x, y in MARKERS],
            "boxes": [
                {"x": b.x, "y": b.y, "w": b.w, "h": b.h, "concern": b.concern, "place": b.place}
                for b in self.boxes
            ],
        }

    @property
    def hash(self) -> str:
        canonical = json.dumps(self.geometry(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:8]


def kind_for(method: str) -> str | None:
    """The sheet kind of a voting method's ballot; None for dots (counted per concern)."""
    return {"approval": "ballot-approval", "ranked": "ballot-ranked"}.get(method)


def rows_per_column() -> int:
    return int((BOTTOM - TOP) // ROW)


def plan(kind: str, order: list[str], places: int = 1) -> list[PageLayout]:
    """The pages of one ballot: ``order`` is the batch's concern codes top to bottom."""
    places = places if kind == "ballot-ranked" else 1
    boxes_w = (places - 1) * PLACE_PITCH + BOX
    per_col = rows_per_column()
    columns = 2 if len(order) > per_col and places <= MAX_BOXES_TWO_COLUMNS else 1
    per_page = per_col * columns
    pages = max(1, math.ceil(len(order) / per_page))
    col_w = (RIGHT - LEFT - GAP * (columns - 1)) / columns
    out = []
    for p in range(pages):
        chunk = order[p * per_page : (p + 1) * per_page]
        boxes: list[Box] = []
        rows: list[Row] = []
        for i, code in enumerate(chunk):
            col, r = divmod(i, per_col)
            x0 = LEFT + col * (col_w + GAP)
            y = TOP + r * ROW + (ROW - BOX) / 2
            for k in range(places):
                place = k + 1 if kind == "ballot-ranked" else None
                boxes.append(Box(round(x0 + k * PLACE_PITCH, 2), round(y, 2), code, place))
            code_x = x0 + boxes_w + 2.5
            rows.append(Row(code, y, code_x, code_x + CODE_W, col_w - boxes_w - 2.5 - CODE_W))
        out.append(PageLayout(kind, p + 1, pages, tuple(boxes), tuple(rows), places, columns))
    return out


def payload(kind: str, meeting_uuid: str, batch: str, number: int, page: int, hash_: str) -> str:
    return "|".join((PREFIX, kind, meeting_uuid, batch, str(number), str(page), hash_))


@dataclass(frozen=True)
class Payload:
    kind: str
    meeting: str
    batch: str
    number: int
    page: int
    hash: str


def parse_payload(text: str) -> Payload | None:
    """The QR text read back; None when it is no BuurtDesk ballot code."""
    parts = text.strip().split("|")
    if len(parts) != 7 or parts[0] != PREFIX or parts[1] not in KINDS:
        return None
    try:
        number, page = int(parts[4]), int(parts[5])
    except ValueError:
        return None
    return Payload(parts[1], parts[2], parts[3], number, page, parts[6])


def sheet_entry(
    layout: PageLayout, pdf_page: int, meeting_uuid: str, batch: str, number: int
) -> dict[str, Any]:
    """One sheet of the published layout file (``export ballots --layout``)."""
    geo = layout.geometry()
    text = payload(layout.kind, meeting_uuid, batch, number, layout.page, layout.hash)
    return {
        "page": pdf_page,
        "kind": layout.kind,
        "meeting": meeting_uuid,
        "batch": batch,
        "number": number,
        "sheet_page": layout.page,
        "width": PAGE_W,
        "height": PAGE_H,
        "qr": {**geo["qr"], "payload": text},
        "markers": geo["markers"],
        "boxes": geo["boxes"],
    }


def layout_file(sheets: list[dict[str, Any]]) -> dict[str, Any]:
    return {"format": "buurtdesk-layout", "version": 1, "unit": "mm", "sheets": sheets}
