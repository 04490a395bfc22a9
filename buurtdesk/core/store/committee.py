"""The committee as the sender: its name, postal address and contact, once per neighbourhood.

Printed on every feedback letter (the sender block and the return address), on the flyer and
in the forms' privacy notice, so it must be the committee's own details (a community centre,
a committee mailbox), never a chair's private address.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING

from buurtdesk.core.store.audit import record
from buurtdesk.core.store.models import Neighbourhood

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from buurtdesk.core.store.library import Library

LIMITS = {"name": 200, "address": 300, "contact": 200}


@dataclass(frozen=True)
class Committee:
    name: str = ""  # "Bewonerscommissie Boekweitbuurt"
    address: str = ""  # the postal address, one line per line of the envelope
    contact: str = ""  # an e-mail address or a phone number

    @property
    def address_lines(self) -> list[str]:
        return [line.strip() for line in self.address.splitlines() if line.strip()]


def _tidy(committee: Committee) -> Committee:
    lines = "\n".join(" ".join(line.split()) for line in committee.address.splitlines())
    return Committee(
        " ".join(committee.name.split()), lines.strip(), " ".join(committee.contact.split())
    )


def problems(committee: Committee) -> list[str]:
    """English sentences for what cannot be stored; empty when it can."""
    return [
        f"the committee's {field} is longer than {limit} characters"
        for field, limit in LIMITS.items()
        if len(getattr(_tidy(committee), field)) > limit
    ]


def committee_of(s: Session, neighbourhood_id: int) -> Committee:
    hood = s.get(Neighbourhood, neighbourhood_id)
    if hood is None:
        raise ValueError(f"no neighbourhood with id {neighbourhood_id}")
    return Committee(hood.sender_name, hood.sender_address, hood.sender_contact)


def load_committee(lib: Library, neighbourhood_id: int) -> Committee:
    with lib.session() as s:
        return committee_of(s, neighbourhood_id)


def save_committee(lib: Library, neighbourhood_id: int, committee: Committee) -> Committee:
    """Store the committee's details (tidied); returns those they replace."""
    found = problems(committee)
    if found:
        raise ValueError("; ".join(found))
    new = _tidy(committee)
    with lib.session() as s, s.begin():
        before = committee_of(s, neighbourhood_id)
        hood = s.get(Neighbourhood, neighbourhood_id)
        assert hood is not None
        hood.sender_name, hood.sender_address, hood.sender_contact = (
            new.name,
            new.address,
            (new.contact),
        )
        record(s, "neighbourhood", neighbourhood_id, "committee", asdict(before), asdict(new))
    return before
