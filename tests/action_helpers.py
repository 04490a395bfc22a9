"""A small neighbourhood for the action tests: three meetings, two priorities, a backlog."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from buurtdesk.core.enums import ConcernStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import (
    Concern,
    MeetingPartner,
    Partner,
    Priority,
    Report,
    Submitter,
)

DATES = (dt.date(2026, 3, 5), dt.date(2026, 6, 11), dt.date(2026, 9, 17))


@dataclass
class Hood:
    lib: Library
    hood: int
    meetings: tuple[int, ...]
    partners: dict[str, int]
    priorities: dict[str, int]  # concern title -> priority id at the first meeting


def make_hood(path: Path) -> Hood:
    """Three meetings; two priorities at the first; one backlog concern raised twice."""
    lib = Library(path)
    hood = lib.add_neighbourhood("Oud-Charlois", "Rotterdam")
    meetings = tuple(lib.add_meeting(hood, day) for day in DATES)
    with lib.session() as s, s.begin():
        partners = {p.name: p.id for p in s.scalars(select(Partner))}
        secret = Submitter(name="Geheime Naam", email="geheim@example.org", address="Dorpstraat 7")
        titles = ("Te hard rijden", "Afval naast containers", "Hondenpoep", "Graffiti")
        concerns = []
        for number, title in enumerate(titles, start=1):
            c = Concern(neighbourhood_id=hood, number=number, title=title, street="Speltlaan")
            s.add(c)
            s.flush()
            concerns.append(c)
            s.add(
                Report(
                    concern_id=c.id,
                    original_concern_id=c.id,
                    wording=f"Eigen woorden over {title} bij nummer 12",
                    meeting_id=meetings[0],
                    submitter=secret,
                )
            )
        # Hondenpoep comes back at the second meeting, from two more residents.
        for _ in range(2):
            s.add(
                Report(
                    concern_id=concerns[2].id,
                    original_concern_id=concerns[2].id,
                    wording="weer hondenpoep",
                    meeting_id=meetings[1],
                )
            )
        prios = {}
        for rank, c in enumerate(concerns[:2], start=1):
            c.status = ConcernStatus.CHOSEN
            p = Priority(meeting_id=meetings[0], concern_id=c.id, rank=rank, score=10 - rank)
            s.add(p)
            s.flush()
            prios[c.title] = p.id
        for mp in s.scalars(select(MeetingPartner).where(MeetingPartner.meeting_id == meetings[0])):
            if mp.partner_id == partners["Politie"]:
                mp.hours_offered = 20
    return Hood(lib, hood, meetings, partners, prios)
