"""Dutch defaults for a new file: the partners at the table, the themes and the agenda."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core.store.models import Partner, Theme

# Stored data, not interface text: the committee renames them freely.
DEFAULT_PARTNERS = (
    "Bewoners",
    "Politie",
    "Gemeente",
    "Woningcorporatie",
    "Handhaving",
    "Opbouwwerk",
)
RESIDENTS_PARTNER = "Bewoners"

DEFAULT_THEMES = (
    "Veiligheid",
    "Verkeer",
    "Schoon",
    "Overlast",
    "Jeugd",
    "Openbare ruimte",
    "Groen",
    "Sociaal",
    "Overig",
)

DEFAULT_AGENDA = (
    "Welkom en agenda",
    "Actielijst vorige bijeenkomst",
    "Nieuws van politie, handhaving en gemeente",
    "Nieuwe knelpunten",
    "Prioriteiten kiezen",
    "Afspraken per prioriteit",
    "Rondvraag en sluiting",
)


def seed_defaults(session: Session) -> None:
    """Add the default partners and themes to a file that has none yet."""
    if not session.scalar(select(func.count()).select_from(Partner)):
        for pos, name in enumerate(DEFAULT_PARTNERS):
            session.add(Partner(name=name, position=pos, is_residents=name == RESIDENTS_PARTNER))
    if not session.scalar(select(func.count()).select_from(Theme)):
        for pos, name in enumerate(DEFAULT_THEMES):
            session.add(Theme(name=name, position=pos))
    session.flush()
