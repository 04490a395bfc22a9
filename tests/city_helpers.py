"""Demo neighbourhoods for a city, with residents' personal data planted in every free text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from buurtdesk.core.demo.create import create_demo
from buurtdesk.core.store import models as m
from buurtdesk.core.store.library import Library

TODAY = dt.date(2026, 11, 20)

# What must never leave a neighbourhood, planted per neighbourhood (the number tells them apart).
NAMES = ("Gijsbertha Vlamingh", "Teunis Oudkerk", "Wilhelmina Scheltema")
PHONES = ("06-48213597", "010-4863197", "06 71 93 28 46")
EMAILS = ("g.vlamingh@voorbeeld.nl", "teunis.oudkerk@voorbeeld.nl", "wscheltema@voorbeeld.nl")
STREETS = ("Pluimgrasstraat 37b", "Dravikweg 112", "Vossenstaartlaan 9")


def plant(path: Path, index: int) -> None:
    """Put resident ``index``'s name, phone, e-mail and address in every free-text field."""
    name, phone, email, street = NAMES[index], PHONES[index], EMAILS[index], STREETS[index]
    detail = f"{name}, {street}, tel {phone}, {email}"
    lib = Library(path, daily_backup=False)
    try:
        with lib.session() as s, s.begin():
            s.add(m.Submitter(name=name, phone=phone, email=email, address=street))
            concern = s.scalars(select(m.Concern).order_by(m.Concern.id)).first()
            assert concern is not None
            concern.title = f"Losse tegels voor {street}, bel {name} op {phone} of {email}"
            concern.street = street
            for report in s.scalars(select(m.Report).limit(5)):
                report.wording = f"Ik ben {name}, ik woon op {street}: {phone} {email}"
            for action in s.scalars(select(m.Action).limit(3)):
                action.description = f"Bellen met {name} ({phone}, {email}) over {street}"
                action.responsible_person = name
                action.result = detail
                for update in action.updates:
                    update.note = detail
            for partner in s.scalars(select(m.MeetingPartner)):
                partner.attendees = name
            for item in s.scalars(select(m.AgendaItem).limit(3)):
                item.notes = detail
            for meeting in s.scalars(select(m.Meeting)):
                meeting.chair = name
                meeting.location = street
            s.add(m.PartnerContact(partner_id=1, name=name, email=email, phone=phone))
    finally:
        lib.close()


def planted_fragments() -> list[bytes]:
    """Every planted detail, and the parts of it that would still point at the resident."""
    found: list[str] = []
    for name, phone, email, street in zip(NAMES, PHONES, EMAILS, STREETS, strict=True):
        found += [name, name.split()[1], phone, phone.replace(" ", "").replace("-", "")]
        found += [email, email.split("@")[0], street, street.split()[0]]
    return [text.encode() for text in found] + [text.encode("utf-16-le") for text in found]


def demo_city(folder: Path) -> list[tuple[Path, str]]:
    """Three demo neighbourhoods of different names and seeds, each with planted data."""
    made = []
    for index, (name, seed) in enumerate((("Boekweitbuurt-Zuid", None), ("Tarwewijk", 7),
                                          ("Bloemhof", 11))):  # fmt: skip
        path = folder / f"buurt{index}.buurtdesk"
        create_demo(path, today=TODAY, name=name if seed else None, seed=seed)
        plant(path, index)
        made.append((path, name))
    return made
