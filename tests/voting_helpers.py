"""A small neighbourhood with concerns K1..K12 for the voting tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry, Concern, Report


@dataclass
class Setup:
    lib: Library
    meeting: int
    earlier: int
    later: int
    ids: dict[int, int]  # number -> concern id


def build(path: Path, n: int = 12) -> Setup:
    lib = Library(path)
    hood = lib.add_neighbourhood("Proefbuurt")
    other = lib.add_neighbourhood("Andere buurt")
    earlier = lib.add_meeting(hood, dt.date(2026, 3, 1))
    meeting = lib.add_meeting(hood, dt.date(2026, 6, 1))
    later = lib.add_meeting(hood, dt.date(2026, 9, 1))
    far = lib.add_meeting(other, dt.date(2026, 6, 1))
    ids: dict[int, int] = {}
    with lib.session() as s, s.begin():
        for number in range(1, n + 1):
            first = earlier if number % 2 else meeting
            c = Concern(
                neighbourhood_id=hood,
                number=number,
                title=f"Knelpunt {number}",
                street="Dorpsstraat",
                first_meeting_id=first,
            )
            s.add(c)
            s.flush()
            s.add(Report(concern_id=c.id, original_concern_id=c.id, wording="x", meeting_id=first))
            ids[number] = c.id
        # Not on the ballot: raised later, merged, chosen earlier, another neighbourhood.
        for number, status, first, hood_id in (
            (90, ConcernStatus.OPEN, later, hood),
            (91, ConcernStatus.MERGED, meeting, hood),
            (92, ConcernStatus.CHOSEN, earlier, hood),
            (93, ConcernStatus.OPEN, far, other),
        ):
            s.add(
                Concern(
                    neighbourhood_id=hood_id,
                    number=number,
                    title=f"Knelpunt {number}",
                    first_meeting_id=first,
                    status=status,
                )
            )
    return Setup(lib, meeting, earlier, later, ids)


def audit_entries(lib: Library, entity: str) -> list[AuditEntry]:
    with lib.session() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == entity)))


def status_of(lib: Library, concern_id: int) -> ConcernStatus:
    with lib.session() as s:
        c = s.get(Concern, concern_id)
        assert c is not None
        return c.status
