"""The reader's decisions on a straightened page: it says unsure rather than guess."""

from __future__ import annotations

from buurtdesk.core.omr import layout as geo
from buurtdesk.core.omr import read


def _page():  # type: ignore[no-untyped-def]
    import numpy as np

    return np.full((int(geo.PAGE_H * read.PX), int(geo.PAGE_W * read.PX)), 245, np.uint8)


def _px(mm: float) -> int:
    return round(mm * read.PX)


def _outline(page, box: geo.Box) -> None:  # type: ignore[no-untyped-def]
    import cv2

    x, y = _px(box.x), _px(box.y)
    cv2.rectangle(page, (x, y), (x + _px(box.w) - 1, y + _px(box.h) - 1), 0, 3)


def _cross(page, box: geo.Box, ink: int = 20) -> None:  # type: ignore[no-untyped-def]
    import cv2

    x, y, s = _px(box.x), _px(box.y), _px(box.w)
    cv2.line(page, (x + 8, y + 8), (x + s - 8, y + s - 8), ink, 4)
    cv2.line(page, (x + s - 8, y + 8), (x + 8, y + s - 8), ink, 4)


def test_decisions_by_ink_and_outline() -> None:
    import cv2

    boxes = geo.plan("ballot-approval", [f"K{n}" for n in range(1, 7)])[0].boxes
    page = _page()
    for box in boxes[:5]:
        _outline(page, box)
    _cross(page, boxes[1])
    x, y, s = _px(boxes[2].x), _px(boxes[2].y), _px(boxes[2].w)
    cv2.rectangle(page, (x, y), (x + s, y + s), 15, -1)  # coloured in
    _cross(page, boxes[3], ink=185)  # so light only the faint measure sees it
    x, y = _px(boxes[4].x), _px(boxes[4].y)
    page[y + 8 : y + s - 8, x + 8 : x + s - 13] = 20  # mostly black, a stripe left: neither
    _cross(page, boxes[5])  # a mark where no outline was printed (or it was lost)
    got = [m.decision for m in read.measure(page, boxes).boxes]
    assert got == ["empty", "marked", "cancelled", "unsure", "unsure", "unsure"]


def test_the_bands_leave_gaps_that_are_unsure() -> None:
    assert read.decide(0.0) == "empty"
    assert read.decide(0.01, faint=0.2) == "unsure"
    assert read.decide(0.05) == "unsure"
    assert read.decide(0.3) == "marked"
    assert read.decide(0.9) == "unsure"
    assert read.decide(0.99) == "cancelled"
