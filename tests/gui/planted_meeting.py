"""A meeting with concerns, votes and planted personal data, for the voting and slide tests.

The planted strings are what must never reach the projector: a submitter's name, phone and
e-mail, a house number and a resident's own wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from buurtdesk.core.enums import ActionStatus, ReportSource
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, Concern, Partner, Report, Submitter, Theme

WORDING = "Piet op Tarwestraat 12 belt 06-99887766"
PLANTED = (
    "Geheime Naam",
    "06-99887766",
    "geheim@example.nl",
    "Tarwestraat 12",
    "Piet op",
    "99887766",
    "Geheim",
)


@dataclass
class Planted:
    path: Path
    hood: int
    earlier: int
    meeting: int
    ids: dict[int, int]  # concern number -> id


def build(path: Path, n: int = 6) -> Planted:
    """Concerns K1..Kn (K1 with the planted wording and submitter), raised for ``meeting``;
    an earlier meeting left one running action whose responsible person is planted too."""
    lib = Library(path)
    try:
        hood = lib.add_neighbourhood("Tarwewijk", "Rotterdam")
        earlier = lib.add_meeting(hood, dt.date(2026, 3, 5), dt.time(19, 30), "Buurthuis De Ster")
        meeting = lib.add_meeting(hood, dt.date(2026, 6, 11), dt.time(19, 30), "Buurthuis De Ster")
        ids: dict[int, int] = {}
        with lib.session() as s, s.begin():
            theme = s.scalar(select(Theme).where(Theme.name == "Verkeer"))
            if theme is None:
                theme = Theme(name="Verkeer", position=90)
                s.add(theme)
            secret = Submitter(
                name="Geheime Naam",
                phone="06-99887766",
                email="geheim@example.nl",
                address="Tarwestraat 12",
                wants_feedback=True,
            )
            s.add(secret)
            s.flush()
            for number in range(1, n + 1):
                concern = Concern(
                    neighbourhood_id=hood,
                    number=number,
                    title=f"Te hard rijden {number}" if number > 1 else "Te hard rijden",
                    street="Tarwestraat 12" if number == 1 else "Mijnkade",
                    theme_id=theme.id if number % 2 else None,
                    first_meeting_id=meeting,
                )
                s.add(concern)
                s.flush()
                ids[number] = concern.id
                for k in range(1 if number > 1 else 3):
                    s.add(
                        Report(
                            concern_id=concern.id,
                            original_concern_id=concern.id,
                            wording=WORDING if number == 1 else f"melding {number}.{k}",
                            source=ReportSource.FORM,
                            meeting_id=meeting,
                            submitter_id=secret.id if number == 1 else None,
                        )
                    )
            police = s.scalar(select(Partner).where(Partner.name == "Politie"))
            if police is None:
                police = Partner(name="Politie", position=90)
                s.add(police)
                s.flush()
            s.add(
                Action(
                    meeting_id=earlier,
                    concern_id=ids[1],
                    description="Snelheidscontrole op de Tarwestraat",
                    owner_partner_id=police.id,
                    responsible_person="Geheime Naam",
                    due_date=dt.date(2026, 5, 1),
                    status=ActionStatus.IN_PROGRESS,
                )
            )
    finally:
        lib.close()
    return Planted(path, hood, earlier, meeting, ids)


def leaks(strings: list[str]) -> list[str]:
    """The painted strings that contain any planted personal data."""
    return [s for s in strings for p in PLANTED if p.lower() in s.lower()]
