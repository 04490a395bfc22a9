"""Type that can be read on paper: body 11 pt, tables at least 10 pt, grey dark enough."""

from __future__ import annotations

from pathlib import Path

import pytest
from doc_helpers import build_planted
from pypdf import PdfReader

from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.base import GREY, styles
from buurtdesk.core.store.library import Library


def _luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def _contrast_on_white(hex_colour: str) -> float:
    return 1.05 / (_luminance(hex_colour) + 0.05)


def text_sizes(path: Path) -> list[tuple[float, str]]:
    """(size in points, text) of every piece of text drawn in the PDF."""
    found: list[tuple[float, str]] = []
    for page in PdfReader(str(path)).pages:

        def visit(text: str, _cm: object, tm: list[float], _font: object, size: float) -> None:
            if text.strip():
                found.append((round(size * abs(tm[3] or 1), 2), text.strip()))

        page.extract_text(visitor_text=visit)
    return found


def test_body_is_11_pt_and_tables_at_least_10_pt() -> None:
    st = styles()
    assert st.body.fontSize >= 11
    assert st.cell.fontSize >= 10 and st.cell_bold.fontSize >= 10
    assert st.small.fontSize >= 10  # labels and the privacy notice are no 8 pt print


def test_grey_text_has_at_least_7_to_1_contrast_on_white() -> None:
    assert _contrast_on_white(GREY.hexval().replace("0x", "#")) >= 7.0
    for style in vars(styles()).values():
        least = 7.0 if style.textColor == GREY else 4.5  # WCAG AA for the coloured headings
        assert _contrast_on_white(style.textColor.hexval().replace("0x", "#")) >= least, style.name


@pytest.mark.parametrize("kind", ["actions", "feedback"])
def test_no_text_smaller_than_9_pt_is_printed(db_path: Path, tmp_path: Path, kind: str) -> None:
    info = build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        out = make_document(lib, kind, info.meeting_id, tmp_path / f"{kind}.pdf")
    finally:
        lib.close()
    small = [(size, text) for size, text in text_sizes(out) if size < 9]
    assert not small
