"""Layout of the printed papers: a chart of long labels fits its page, no line of bare concern
numbers, headings stay with what they head, priorities and the flyer have headings."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest
from doc_helpers import build_planted, invitable, page_texts
from sqlalchemy import select

from buurtdesk.core.documents import make_document
from buurtdesk.core.enums import VotingMethod
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern, Report, Tally

LONG = "Gevaarlijke " + "a" * 60 + " oversteek bij de school in de straat"


@pytest.fixture
def crowded(db_path: Path):
    """The planted meeting with 40 more concerns, twenty of them voted on with long titles."""
    mid = build_planted(db_path).meeting_id
    lib = Library(db_path, create=False)
    with lib.session() as s, s.begin():
        first = s.scalars(select(Concern)).first()
        assert first is not None
        for n in range(100, 140):
            title = LONG if n < 120 else f"Extra knelpunt {n} over zwerfvuil"
            c = Concern(neighbourhood_id=first.neighbourhood_id, number=n, title=title,
                        street="Dorpsstraat", first_meeting_id=mid)  # fmt: skip
            s.add(c)
            s.flush()
            s.add(Report(concern_id=c.id, original_concern_id=c.id, wording=title, meeting_id=mid))
            s.add(Tally(meeting_id=mid, concern_id=c.id, method=VotingMethod.DOTS,
                        count=5 if n < 120 else 1))  # fmt: skip
    yield lib, mid
    lib.close()


def _page_of(pages: list[str], text: str) -> int:
    return next(i for i, page in enumerate(pages) if text in page)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_chart_of_long_labels_fits_and_names_no_bare_numbers(crowded, tmp_path, lang) -> None:
    lib, mid = crowded
    pages = page_texts(make_document(lib, "report", mid, tmp_path / "v.pdf", lang=lang))
    text = " ".join(pages)
    left = "Niet in de grafiek: " if lang == "nl" else "Not in the chart: "
    assert left in text
    sentence = text[text.index(left) :][:200]
    assert "K130" not in sentence and "K139" not in sentence  # counted, not listed
    heading = "Uitslag van de stemming" if lang == "nl" else "Voting result"
    at = _page_of(pages, heading)
    assert pages[at].index(heading) < pages[at].index("K100") or "K100" not in pages[at]
    assert pages[at].rstrip().endswith(heading) is False  # never the last words of a page


def test_the_next_meeting_block_stays_on_one_page(crowded, tmp_path) -> None:
    lib, mid = crowded
    pages = page_texts(make_document(lib, "report", mid, tmp_path / "v.pdf"))
    at = _page_of(pages, "Volgende bijeenkomst")
    assert "Vragen, of zelf een knelpunt inbrengen?" in pages[at]


def _tags(path: Path) -> list[str]:
    with pikepdf.open(path) as pdf:
        return [str(k.S) for k in pdf.Root.StructTreeRoot.K[0].K]


@pytest.mark.parametrize("kind", ["report", "actions"])
def test_priorities_are_headings(crowded, tmp_path, kind) -> None:
    lib, mid = crowded
    tags = _tags(make_document(lib, kind, mid, tmp_path / "d.pdf"))
    assert tags.count("/H3") == 2  # the planted meeting's two priorities


def test_the_flyer_has_a_first_level_heading(crowded, tmp_path) -> None:
    lib, mid = crowded
    out = make_document(lib, "invitation", invitable(lib, "invitation", mid), tmp_path / "u.pdf")
    assert _tags(out)[0] == "/H1"
