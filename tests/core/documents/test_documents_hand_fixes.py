"""Ballots that fit one sheet up to 20 concerns, an English "at most", and a feedback overview
without a near-empty last page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import page_texts, pdf_text
from sheet_helpers import body_sizes

from buurtdesk.core.documents import make_document
from buurtdesk.core.enums import VotingMethod
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern, Meeting, Report

CODE = re.compile(r"\bK(\d+)\b")
# Titles as long as the demo's longest (one line on the ballot, as residents write them).
TITLES = (
    "Meeuwen en vuilniszakken in de Korte Zuid-dwarsstraat",
    "Invalidenparkeerplaats bezet bij de Graanhof",
    "Bouwoverlast van de nieuwbouw in de Gerststraat",
    "Hondenpoep op de stoep in de Lange Zuid-dwarsstraat",
)


def _meeting(path: Path, n: int, method: VotingMethod = VotingMethod.DOTS) -> tuple[Library, int]:
    lib = Library(path)
    hood = lib.add_neighbourhood("Stembuurt")
    mid = lib.add_meeting(hood, dt.date(2027, 3, 1))
    with lib.session() as s, s.begin():
        meeting = s.get(Meeting, mid)
        assert meeting is not None
        meeting.voting_method = method
        for k in range(1, n + 1):
            title = f"{TITLES[k % len(TITLES)]} ({k})"
            s.add(Concern(neighbourhood_id=hood, number=k, title=title))
    return lib, mid


@pytest.mark.parametrize("n", [18, 20])
@pytest.mark.parametrize("method", ["dots", "approval", "ranked"])
def test_a_ballot_of_up_to_20_concerns_fits_one_sheet(tmp_path: Path, n: int, method: str) -> None:
    lib, mid = _meeting(tmp_path / "b.buurtdesk", n, VotingMethod(method))
    try:
        for lang in ("nl", "en"):
            out = make_document(lib, "ballots", mid, tmp_path / f"{lang}.pdf", count=2, lang=lang)
            pages = page_texts(out)
            assert len(pages) == 2, (method, n, lang)  # one page per ballot
            for page in pages:
                assert {int(x) for x in CODE.findall(page)} == set(range(1, n + 1))
            sizes = body_sizes(out)
            assert {s for s, t in sizes if t.startswith(TITLES[0][:10])} == {11}
    finally:
        lib.close()


def test_marks_stay_at_least_7_mm(tmp_path: Path) -> None:
    from reportlab.lib.units import mm

    from buurtdesk.core.documents import ballots

    lib, mid = _meeting(tmp_path / "b.buurtdesk", 20)
    try:
        with lib.session() as s:
            story, _ = ballots.compose(s, mid, "nl", lib=lib)
    finally:
        lib.close()
    table = next(x for x in story if isinstance(x, ballots.BallotTable))
    sizes = [m.size for row in table._cellvalues[2:] for m in row[-1]._cellvalues[0]]
    assert len(sizes) == 20 * 3 and min(sizes) >= 7 * mm - 0.01


@pytest.mark.parametrize(("lang", "word"), [("nl", "vervolg"), ("en", "continued")])
def test_a_longer_ballot_goes_on_cleanly_with_its_number(
    tmp_path: Path, lang: str, word: str
) -> None:
    lib, mid = _meeting(tmp_path / "b.buurtdesk", 45)
    try:
        out = make_document(lib, "ballots", mid, tmp_path / "b.pdf", count=2, lang=lang)
    finally:
        lib.close()
    pages = page_texts(out)
    assert len(pages) == 4  # two sheets per ballot
    label = "Stembriefje nr." if lang == "nl" else "Ballot no."
    for k, page in enumerate(pages):
        number = k // 2 + 1
        assert f"{label} {number}" in page
        assert (word in page) == (k % 2 == 1), page[:300]
        if k % 2 == 1:
            assert re.search(rf"{re.escape(label)} {number} · \S+ \S+ · {word}", page), page[:200]


def test_the_english_ballot_says_at_most(tmp_path: Path) -> None:
    lib, mid = _meeting(tmp_path / "b.buurtdesk", 4)
    try:
        en = pdf_text(make_document(lib, "ballots", mid, tmp_path / "en.pdf", lang="en"))
        nl = pdf_text(make_document(lib, "ballots", mid, tmp_path / "nl.pdf"))
    finally:
        lib.close()
    assert "at most 3 dots" in en
    assert "Verdeel 3 stippen" in nl and "hoogstens" in nl


def _feedback_meeting(path: Path, n: int) -> tuple[Library, int]:
    """``n`` concerns raised at one meeting, nobody asking for a letter: only the overview."""
    lib, mid = _meeting(path, n)
    with lib.session() as s, s.begin():
        for c in s.query(Concern).all():
            s.add(Report(concern_id=c.id, original_concern_id=c.id, wording="x", meeting_id=mid))
    return lib, mid


@pytest.mark.parametrize("n", range(19, 31))
def test_the_feedback_overview_leaves_no_near_empty_last_page(tmp_path: Path, n: int) -> None:
    lib, mid = _feedback_meeting(tmp_path / "f.buurtdesk", n)
    try:
        pages = page_texts(make_document(lib, "feedback", mid, tmp_path / "f.pdf"))
    finally:
        lib.close()
    rows = [len(set(CODE.findall(page))) for page in pages]
    assert sum(rows) == n
    assert len(pages) == 1 or rows[-1] >= 4, rows
