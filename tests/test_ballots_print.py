"""Printed ballots: exactly the concerns the counting accepts, numbered, in a recorded order."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from doc_helpers import page_texts, pdf_text

from buurtdesk.core import voting as v
from buurtdesk.core.documents import make_document
from buurtdesk.core.library import Library
from buurtdesk.core.models import Ballot, Concern, ConcernStatus, Meeting, VotingMethod

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
    for n in printed:  # every printed concern is accepted by the counting
        assert v.add_ballot(lib, mid, f"x{n}", [f"K{n}"]).check.valid
    assert {c.number for c in v.voting_concerns(lib, mid)} == printed
