"""Printed ballots: exactly the concerns the counting accepts, numbered, in a recorded order."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import page_texts, pdf_text
from sheet_helpers import body_sizes

from buurtdesk.core.documents import make_document
from buurtdesk.core.enums import ConcernStatus, VotingMethod
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Ballot, Concern, Meeting
from buurtdesk.core.store.print_record import ballot_batches
from buurtdesk.core.voting import counting as v

CODE = re.compile(r"\bK(\d+)\b")


@pytest.fixture
def meeting(db_path: Path):
    """Approval voting; K1-K3 open, K9 resolved (not on the ballot)."""
    lib = Library(db_path)
    hood = lib.add_neighbourhood("Stembuurt")
    mid = lib.add_meeting(hood, dt.date(2027, 3, 1))
    with lib.session() as s, s.begin():
        s.get(Meeting, mid).voting_method = VotingMethod.APPROVAL  # type: ignore[union-attr]
        for n in (1, 2, 3, 9):
            status = ConcernStatus.RESOLVED if n == 9 else ConcernStatus.OPEN
            s.add(Concern(neighbourhood_id=hood, number=n, title=f"Zorg {n}", status=status))
    yield lib, mid
    lib.close()


def printed_codes(path: Path) -> set[int]:
    return {int(n) for n in CODE.findall(pdf_text(path))}


def test_an_invalid_ballot_does_not_put_its_concern_on_the_printed_ballot(
    meeting, tmp_path: Path
) -> None:
    lib, mid = meeting
    with lib.session() as s, s.begin():
        s.add(
            Ballot(
                meeting_id=mid,
                ballot_no="1",
                method=VotingMethod.APPROVAL,
                choices=[9],
                valid=False,
                invalid_reason="unknown_concern: K9 is no concern on the ballot",
            )
        )
    assert v.add_ballot(lib, mid, "2", ["K9"]).check.valid is False
    printed = printed_codes(make_document(lib, "ballots", mid, tmp_path / "b.pdf"))
    assert printed == {1, 2, 3}
    with lib.session() as s:
        (batch,) = ballot_batches(s, mid)
    numbers = range(batch.last, batch.first, -1)  # printed, and not yet counted
    for no, n in zip(numbers, sorted(printed), strict=False):  # every printed concern counts
        assert v.add_ballot(lib, mid, str(no), [f"K{n}"]).check.valid
    assert {c.number for c in v.voting_concerns(lib, mid)} == printed


def many(lib: Library, mid: int, n: int = 45) -> None:
    with lib.session() as s, s.begin():
        hood = s.get(Meeting, mid).neighbourhood_id  # type: ignore[union-attr]
        for k in range(10, 10 + n):
            s.add(Concern(neighbourhood_id=hood, number=k, title=f"Zorgpunt nummer {k}"))


def test_every_page_of_every_ballot_carries_its_number_and_batch(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    many(lib, mid)
    out = make_document(lib, "ballots", mid, tmp_path / "b.pdf", count=3)
    pages = page_texts(out)
    assert len(pages) > 3  # a long ballot runs over more than one page
    seen = []
    for page in pages:
        found = re.findall(r"Stembriefje nr\. (\d+) · reeks (1-[0-9A-F]{4})", page)
        assert found, page[:200]
        seen.append(int(found[0][0]))
    assert sorted(set(seen)) == [1, 2, 3]
    # the next batch goes on where this one stopped: no ballot number twice
    pages = page_texts(make_document(lib, "ballots", mid, tmp_path / "c.pdf", count=2, lang="en"))
    numbers = {int(n) for p in pages for n in re.findall(r"Ballot no\. (\d+) · batch 2-", p)}
    assert numbers == {4, 5}


def order_of(path: Path) -> list[int]:
    return [int(n) for n in CODE.findall(pdf_text(path))]


def test_each_batch_has_its_own_recorded_order_and_every_order_counts(
    meeting, tmp_path: Path
) -> None:
    lib, mid = meeting
    many(lib, mid, 20)
    a = order_of(make_document(lib, "ballots", mid, tmp_path / "a.pdf", seed=11))
    b = order_of(make_document(lib, "ballots", mid, tmp_path / "b.pdf", seed=12))
    c = order_of(make_document(lib, "ballots", mid, tmp_path / "c.pdf", seed=11))
    assert sorted(a) == sorted(b) == sorted(c) and a != sorted(a) and a != b
    assert a == c  # seeded: the same seed gives the same order again
    with lib.session() as s:
        batches = ballot_batches(s, mid)
    assert [x.code for x in batches] == ["1-000B", "2-000C", "3-000B"]
    assert [x.order for x in batches[:2]] == [[f"K{n}" for n in a], [f"K{n}" for n in b]]
    assert "Zorg" not in str(batches)  # codes and numbers only, no titles or names
    for batch, order in zip(batches, (a, b), strict=False):  # either batch counts by K-numbers
        no = str(batch.first)
        assert v.add_ballot(lib, mid, no, [f"K{n}" for n in order[:3]]).check.valid


@pytest.mark.parametrize("method", ["dots", "approval", "ranked"])
def test_marks_are_drawn_at_least_6_mm(meeting, tmp_path: Path, method: str) -> None:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from buurtdesk.core.documents import ballots
    from buurtdesk.core.documents.readable import ReadablePage
    from buurtdesk.core.documents.sheet import Mark

    lib, mid = meeting
    with lib.session() as s, s.begin():
        s.get(Meeting, mid).voting_method = VotingMethod(method)  # type: ignore[union-attr]
    with lib.session() as s:
        story, _ = ballots.compose(s, mid, "nl", lib=lib)

    def found(item: object) -> list[Mark]:
        if isinstance(item, Mark):
            return [item]
        if isinstance(item, Table):
            return [m for row in item._cellvalues for cell in row for m in found(cell)]
        if isinstance(item, list):
            return [m for x in item for m in found(x)]
        return []

    marks = found(story)
    if method == "dots":  # three dots each in the default meeting
        assert len(marks) == 3 * 3
        assert all(m.size >= 6 * mm and m.round for m in marks)
    else:  # a sheet a scan reads back: square boxes at fixed places
        boxes = [b for page in story if isinstance(page, ReadablePage) for b in page.page.boxes]
        assert len(boxes) == 3 * (3 if method == "ranked" else 1)
        assert all(b.w >= 6 and b.h >= 6 for b in boxes)
    text = pdf_text(make_document(lib, "ballots", mid, tmp_path / "b.pdf"))
    assert "○" not in text  # no typed circle glyph


def test_no_ballot_text_under_10_pt_and_body_11(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    for lang in ("nl", "en"):
        out = make_document(lib, "ballots", mid, tmp_path / f"{lang}.pdf", lang=lang)
        sizes = body_sizes(out)
        assert min(size for size, _t in sizes) >= 10, sorted(sizes)[:5]
        assert {size for size, t in sizes if t.startswith("Zorg")} == {11}


def test_the_page_count_is_per_ballot(meeting, tmp_path: Path) -> None:
    lib, mid = meeting
    many(lib, mid)
    pages = page_texts(make_document(lib, "ballots", mid, tmp_path / "b.pdf", count=3))
    per = len(pages) // 3
    assert per > 1 and len(pages) == 3 * per
    for k, page in enumerate(pages):
        assert f"pagina {k % per + 1} van {per}" in page
        assert f"van {len(pages)}" not in page
    one = page_texts(make_document(lib, "ballots", mid, tmp_path / "c.pdf", count=1, lang="en"))
    assert f"page {per} of {per}" in one[-1]
