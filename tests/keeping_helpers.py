"""A generated neighbourhood of five years (40 meetings), with planted personal data, for the
handover dossier and the slide of follow-through."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import select

from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Partner,
    PartnerContact,
    Priority,
    Report,
    Submitter,
)

RESIDENT = "Truus Verborgen"
RESIDENT_PHONE = "06-11223344"
RESIDENT_EMAIL = "truus.verborgen@example.org"
CHAIR = "Voorzitter Geheimhouder"
ATTENDEE = "Ambtenaar Aanwezignaam"
CONTACT = "Wendy Werkcontact"  # a professional whose name is not ticked public
PLANTED = (RESIDENT, RESIDENT_PHONE, RESIDENT_EMAIL, "Verborgen", CHAIR, ATTENDEE, CONTACT)
WORDS = ("Te hard rijden", "Afval naast containers", "Hondenpoep", "Graffiti", "Ratten",
         "Kapotte lantaarn", "Hangjongeren", "Fietsendiefstal", "Geluidsoverlast", "Losse tegels",
         "Foutparkeren", "Lachgas")  # fmt: skip
STREETS = ("Speltlaan", "Gerststraat", "Haverstraat", "Roggestraat", "Gierstplein")
MEETINGS = 40


def build_five_years(path: Path, seed: int = 7) -> tuple[str, int]:
    """The neighbourhood "Vijfjarenbuurt": 40 meetings (the last still planned), ~25 concerns
    raised at each, a top 3 per meeting with 3-6 actions each and their updates.  Returns its
    name and the id of the planned meeting."""
    rnd = random.Random(seed)
    lib = Library(path)
    try:
        with lib.session() as s, s.begin():
            partners = list(s.scalars(select(Partner).order_by(Partner.position)))
            s.add(
                PartnerContact(
                    partner_id=partners[1].id, name=CONTACT, role="wijkagent", email="w@x.nl"
                )
            )
            hood = Neighbourhood(name="Vijfjarenbuurt", municipality="Teststad")
            s.add(hood)
            s.flush()
            person = Submitter(name=RESIDENT, phone=RESIDENT_PHONE, email=RESIDENT_EMAIL)
            s.add(person)
            concerns: list[Concern] = []
            day = dt.date(2021, 9, 1)
            meeting = None
            for n in range(MEETINGS):
                held = n < MEETINGS - 1
                meeting = Meeting(
                    neighbourhood_id=hood.id,
                    date=day,
                    chair=CHAIR,
                    residents_present=rnd.randint(5, 15),
                    status=MeetingStatus.CLOSED if held else MeetingStatus.PLANNED,
                )
                s.add(meeting)
                s.flush()
                for p in partners:
                    s.add(
                        MeetingPartner(
                            meeting_id=meeting.id,
                            partner_id=p.id,
                            present=rnd.random() < 0.8,
                            attendees=ATTENDEE,
                        )
                    )
                raised: list[Concern] = []
                backlog = [c for c in concerns if c.status == ConcernStatus.OPEN]
                raised += rnd.sample(backlog, min(len(backlog), 10))
                for _ in range(15):
                    c = Concern(
                        neighbourhood_id=hood.id,
                        number=len(concerns) + 1,
                        title=f"{rnd.choice(WORDS)} bij {rnd.choice(STREETS)}",
                        street=rnd.choice(STREETS),
                        first_meeting_id=meeting.id,
                    )
                    s.add(c)
                    concerns.append(c)
                    raised.append(c)
                s.flush()
                for c in raised:
                    s.add(
                        Report(
                            concern_id=c.id,
                            original_concern_id=c.id,
                            wording=f"{RESIDENT} belt: {c.title}, bel {RESIDENT_PHONE}",
                            meeting_id=meeting.id,
                            submitter=person,
                        )
                    )
                if held:
                    _top3(s, rnd, meeting, raised, partners, day)
                day += dt.timedelta(days=rnd.randint(40, 50))
            assert meeting is not None
            return hood.name, meeting.id
    finally:
        lib.close()


def _top3(s, rnd, meeting, raised, partners, day) -> None:  # type: ignore[no-untyped-def]
    for rank, c in enumerate(rnd.sample(raised, 3), start=1):
        c.status = ConcernStatus.CHOSEN
        prio = Priority(meeting_id=meeting.id, concern_id=c.id, rank=rank, score=10 - rank)
        s.add(prio)
        s.flush()
        for k in range(rnd.randint(3, 6)):
            owner = rnd.choice(partners)
            a = Action(
                meeting_id=meeting.id,
                priority_id=prio.id,
                concern_id=c.id,
                description=f"Aanpak {k + 1} van {c.title}: controleren, melden en terugkoppelen",
                owner_partner_id=owner.id,
                responsible_person=RESIDENT if owner.is_residents else ATTENDEE,
                due_date=day + dt.timedelta(days=rnd.randint(20, 90)),
            )
            s.add(a)
            s.flush()
            fate = rnd.random()
            status = (
                ActionStatus.DONE
                if fate < 0.7
                else ActionStatus.DROPPED
                if fate < 0.8
                else ActionStatus.IN_PROGRESS
            )
            a.status = status
            s.add(
                ActionUpdate(
                    action_id=a.id,
                    date=day + dt.timedelta(days=rnd.randint(10, 120)),
                    status=status,
                    note="gedaan" if status == ActionStatus.DONE else "bezig",
                    hours_spent=rnd.choice((None, 2.0)),
                )
            )
            if status == ActionStatus.DROPPED:
                a.result = "geen capaciteit"
