"""The verslag's layout: headings with their content, full pages, whole street names, a chart
that shows every concern (or says which are left out), and the next meeting at the end."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from buurtdesk.core.demo.create import create_demo
from buurtdesk.core.documents import make_document
from buurtdesk.core.documents.chart import bar_chart
from buurtdesk.core.documents.labels import LABELS
from buurtdesk.core.store.library import Library

HEADINGS = ("attendance", "agenda", "concerns_raised", "ranking", "priorities", "earlier_actions")


@pytest.fixture(scope="module")
def demo_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo")
    create_demo(folder / "demo.buurtdesk", today=dt.date(2026, 12, 3))
    lib = Library(folder / "demo.buurtdesk", create=False)
    try:
        meeting = lib.meetings()[1].id
        return {
            lang: make_document(lib, "report", meeting, folder / f"{lang}.pdf", lang=lang)
            for lang in ("nl", "en")
        }
    finally:
        lib.close()


def _lines(page: object) -> list[tuple[float, str]]:
    """(y from the bottom, text) of every text run on the page."""
    found: list[tuple[float, str]] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():
            found.append((cm[5] + tm[5], text.strip()))

    page.extract_text(visitor_text=visit)  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_no_heading_ends_a_page_and_no_page_is_left_half_empty(demo_report, lang: str) -> None:
    pages = PdfReader(str(demo_report[lang])).pages
    headings = {LABELS[lang][k] for k in HEADINGS}
    for number, page in enumerate(pages[:-1], start=1):
        story = [(y, t) for y, t in _lines(page) if 16 * 72 / 25.4 < y < 270 * 72 / 25.4]
        lowest = min(story)
        assert lowest[1] not in headings, (number, lowest)
        # Content runs to within 60 mm of the footer on every page but the last.
        assert lowest[0] < 75 * 72 / 25.4, (number, lowest)


def test_street_names_are_never_split(demo_report) -> None:
    for path in demo_report.values():
        text = " ".join(p.extract_text() for p in PdfReader(str(path)).pages)
        assert "Zuid-dwarsstraat" in text
        assert not re.search(r"Zuid-dwar\s+sstraat|Zuid-\s+dwarsstraat|Korte\s*\n", text)


def test_chart_labels_whole_and_top_three_highlighted() -> None:
    long = "Hangjongeren en lachgas op het Gierstplein bij de speeltuin"
    rows = [("K13", long, 7.0), ("K2", "Lampen", 6.0), ("K11", "Ratten", 5.0), ("K1", "Poep", 2.0)]
    drawing = bar_chart(rows)
    chart = drawing.contents[0]
    names = chart.categoryAxis.categoryNames
    assert all("…" not in n for n in names)
    assert " ".join(" ".join(n.split()) for n in names).count(long) == 1
    colours = [chart.bars[(0, i)].fillColor for i in range(len(rows))]
    # Best at the top, that is last: the top three share one colour, the rest another.
    assert colours[1] == colours[2] == colours[3] != colours[0]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_concern_in_the_chart_or_counted_in_a_note(demo_report, lang: str) -> None:
    text = " ".join(
        " ".join(p.extract_text().split()) for p in PdfReader(str(demo_report[lang])).pages
    )
    say = {"nl": "Niet in de grafiek", "en": "Not in the chart"}[lang]
    assert say in text
    assert re.search(r"(Niet in de grafiek|Not in the chart): \d+ ", text)


@pytest.mark.parametrize(
    ("lang", "says"),
    [
        ("nl", "Volgende bijeenkomst Donderdag 10 december 2026"),
        ("en", "Next meeting Thursday 10 December 2026"),
    ],
)
def test_report_ends_with_next_meeting_and_contact(demo_report, lang: str, says: str) -> None:
    last = " ".join(PdfReader(str(demo_report[lang])).pages[-1].extract_text().split())
    assert says in last
    assert "Buurthuis De Zaaier" in last
    assert (
        "Marieke Verhoeven" not in last
    )  # a public page names no one: the chair is asked in person
