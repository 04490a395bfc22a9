"""The uitnodiging as a flyer: date, time and place large, a contact line, the page filled."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from doc_helpers import build_planted
from pypdf import PdfReader

from buurtdesk.core.documents import make_document
from buurtdesk.core.store.library import Library

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("lang", "date", "time", "contact"),
    [
        ("nl", "dinsdag 2 juni 2026", "20:00", "buurtcomité van Testbuurt"),
        ("en", "Tuesday 2 June 2026", "20:00", "committee of Testbuurt"),
    ],
)
def test_flyer_shows_when_and_where_large_with_contact_and_fills_the_page(
    db_path: Path, tmp_path: Path, lang: str, date: str, time: str, contact: str
) -> None:
    build_planted(db_path)
    lib = Library(db_path, create=False)
    try:
        hood = lib.neighbourhood_id("Testbuurt")
        assert hood is not None
        planned = lib.add_meeting(
            hood, dt.date(2026, 6, 2), dt.time(20, 0), location="Wijkcentrum Oost"
        )
        out = make_document(lib, "invitation", planned, tmp_path / "i.pdf", lang=lang)
    finally:
        lib.close()
    pages = PdfReader(str(out)).pages
    assert len(pages) == 1
    runs: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        if text.strip():
            runs.append((text.strip(), size * cm[3] * tm[3], cm[5] + tm[5]))

    text = " ".join(pages[0].extract_text(visitor_text=visit).split())
    size = {t: s for t, s, _y in runs}
    assert size.get(date, 0) >= 24, [r for r in runs if date[:4] in r[0]]
    assert max(s for t, s, _y in runs if time in t) >= 20
    assert max(s for t, s, _y in runs if "Wijkcentrum Oost" in t) >= 18
    assert contact in text
    story = [y for t, s, y in runs if 16 * MM < y < 280 * MM]
    assert min(story) < 40 * MM  # the flyer runs down to the foot of the page
