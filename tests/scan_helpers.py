"""Printed ballots filled in and scanned, as small PNG pages, for the scan tests."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from benchmarks import omr_sheets as gen
from buurtdesk.core.documents import make_document
from buurtdesk.core.scans.sheets import layout_for_batch
from buurtdesk.core.store.library import Library
from buurtdesk.core.voting.counting import set_method

DPI = 150.0


def print_ballots(
    lib: Library, meeting: int, method: str, count: int, folder: Path, choices: int = 3
) -> tuple[list[Any], dict[str, Any]]:
    """Print ``count`` ballots; their clean pages at DPI and the layout file of the batch."""
    set_method(lib, meeting, method, choices=choices)
    printed = folder / "printed"
    printed.mkdir(exist_ok=True)
    pdf = make_document(lib, "ballots", meeting, printed / f"{method}-{meeting}.pdf", count=count)
    with lib.session() as s:
        layout = layout_for_batch(s, meeting)
    return gen.render(pdf, DPI), layout


def filled(
    page: Any, sheet: dict[str, Any], marks: dict[tuple[str, int | None], str], seed: int = 1
) -> Any:
    """``page`` with a mark of the kind given in the boxes named (concern, place)."""
    img = page.copy()
    px = DPI / 25.4
    rng = random.Random(seed)
    for box in sheet["boxes"]:
        kind = marks.get((box["concern"], box["place"]))
        if kind:
            gen._mark(img, kind, box["x"] * px, box["y"] * px, box["w"] * px, px, rng)
    return img


def scanned(img: Any, *, angle: float = 0.0, scale: float = 1.0) -> Any:
    """A flatbed scan of ``img``: turned by ``angle`` degrees, printed at ``scale``."""
    import cv2

    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, scale)
    return cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=250)


def save(img: Any, path: Path, dpi: float = DPI) -> Path:
    from PIL import Image

    Image.fromarray(img).save(path, dpi=(dpi, dpi))
    return path
