"""A small meeting with planted personal data, and PDF reading helpers, for the document tests."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import select

from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus, VotingMethod
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Partner,
    Priority,
    Report,
    Submitter,
    Tally,
)

# Personal data that must never reach a public document.
NAME = "Jantje Geheimzinnig"
PHONE = "06-98765432"
EMAIL = "jantje.geheim@example.org"
ADDRESS = "Geheimlaan 42b"
WORDING = "Die buurman van driehoog scheurt elke avond voorbij"
PLANTED = (NAME, PHONE, EMAIL, ADDRESS, "Geheimlaan", "driehoog", "98765432")
OTHER_NAME = "Karel Zonderpost"  # wants feedback, gave no e-mail


@dataclass(frozen=True)
class Planted:
    earlier_id: int
    meeting_id: int
    actions: tuple[tuple[str, str, str], ...]  # (description, owner, due dd-mm-yyyy) in order
    earlier_action: str


def _action(
    meeting: Meeting, prio: Priority, what: str, partner: Partner, person: str, due: dt.date
) -> Action:
    return Action(
        meeting_id=meeting.id,
        priority_id=prio.id,
        concern_id=prio.concern_id,
        description=what,
        owner_partner_id=partner.id,
        responsible_person=person,
        due_date=due,
        hours_planned=4,
    )


def build_planted(path: Path, *, title_extra: str = "", n_priorities: int = 2) -> Planted:
    lib = Library(path)
    try:
        with lib.session() as s, s.begin():
            partners = {p.name: p for p in s.scalars(select(Partner))}
            hood = Neighbourhood(name="Testbuurt", municipality="Teststad")
            s.add(hood)
            s.flush()
            earlier = Meeting(
                neighbourhood_id=hood.id,
                date=dt.date(2026, 1, 10),
                location="Buurthuis",
                status=MeetingStatus.CLOSED,
            )
            meeting = Meeting(
                neighbourhood_id=hood.id,
                date=dt.date(2026, 3, 10),
                start_time=dt.time(19, 30),
                location="Buurthuis De Kroon",
                status=MeetingStatus.CLOSED,
                residents_present=12,
                voting_method=VotingMethod.DOTS,
            )
            s.add_all([earlier, meeting])
            s.flush()
            meeting.agenda = [
                AgendaItem(position=0, title="Welkom", notes="Voorzitter opent om 19:30."),
                AgendaItem(
                    position=1, title="Nieuws", notes="Handhaving: 14 containers, 6 boetes."
                ),
            ]
            meeting.partners = [
                MeetingPartner(partner_id=partners["Politie"].id, present=True),
                MeetingPartner(partner_id=partners["Gemeente"].id, present=True),
                MeetingPartner(partner_id=partners["Woningcorporatie"].id, present=False),
            ]
            person = Submitter(
                name=NAME,
                phone=PHONE,
                email=EMAIL,
                address=ADDRESS,
                wants_feedback=True,
                consent=True,
            )
            other = Submitter(name=OTHER_NAME, wants_feedback=True, consent=True)
            s.add_all([person, other])
            concerns = []
            for n in range(1, max(4, n_priorities + 2) + 1):
                c = Concern(
                    neighbourhood_id=hood.id,
                    number=n,
                    title=f"Knelpunt nummer {n} in de Dorpsstraat{title_extra}",
                    street="Dorpsstraat",
                    first_meeting_id=meeting.id,
                )
                s.add(c)
                concerns.append(c)
            s.flush()
            merged = concerns[-1]
            merged.status = ConcernStatus.MERGED
            merged.merged_into_id = concerns[0].id
            for i, c in enumerate(concerns):
                s.add(
                    Report(
                        concern_id=concerns[0].id if c is merged else c.id,
                        original_concern_id=c.id,
                        wording=WORDING if i == 0 else f"Eigen woorden {i} van een bewoner",
                        meeting_id=meeting.id,
                        form_no=str(700 + i),
                        submitter=person if i in (0, len(concerns) - 1) else other,
                    )
                )
                s.add(
                    Tally(
                        meeting_id=meeting.id,
                        concern_id=c.id,
                        method=VotingMethod.DOTS,
                        count=20 - i,
                    )
                )
            old_prio = Priority(meeting_id=earlier.id, concern_id=concerns[1].id, rank=1, score=3)
            s.add(old_prio)
            s.flush()
            old = _action(
                earlier,
                old_prio,
                "Oude afspraak over de stoep",
                partners["Gemeente"],
                "",
                dt.date(2026, 2, 1),
            )
            old.status = ActionStatus.IN_PROGRESS
            old.updates = [
                ActionUpdate(
                    date=dt.date(2026, 3, 10),
                    status=ActionStatus.IN_PROGRESS,
                    note="Loopt nog",
                    hours_spent=2,
                    meeting_id=meeting.id,
                )
            ]
            s.add(old)
            expected: list[tuple[str, str, str]] = []
            for rank in range(1, n_priorities + 1):
                c = concerns[rank - 1]
                c.status = ConcernStatus.CHOSEN
                prio = Priority(meeting_id=meeting.id, concern_id=c.id, rank=rank, score=20 - rank)
                s.add(prio)
                s.flush()
                for k, partner in enumerate(("Politie", "Gemeente", "Bewoners")):
                    what = f"Actie {rank}.{k + 1} voor knelpunt {c.number}"
                    due = dt.date(2026, 4, 1) + dt.timedelta(days=rank * 3 + k)
                    person_name = "Wijkagent Piet" if partner == "Politie" else ""
                    s.add(_action(meeting, prio, what, partners[partner], person_name, due))
                    # The responsible person is never shown in public: the partner only.
                    expected.append((what, partner, due.strftime("%d-%m-%Y")))
            s.flush()
            return Planted(earlier.id, meeting.id, tuple(expected), old.description)
    finally:
        lib.close()


def invitable(lib: Library, kind: str, meeting_id: int) -> int:
    """The meeting to make ``kind`` for: an invitation is only made for a meeting still to
    come, the next one planned after a meeting held (one is added when there is none)."""
    if kind != "invitation":
        return meeting_id
    from buurtdesk.core.documents.invitation import held

    with lib.session() as s:
        refused = held(s, meeting_id)
    if refused is None:
        return meeting_id
    if refused.following is not None:
        return refused.following.id
    later = refused.meeting.date + dt.timedelta(days=60)
    return lib.add_meeting(refused.meeting.neighbourhood_id, later, location="Buurthuis")


def pdf_text(path: Path) -> str:
    """All text of a PDF, whitespace collapsed to single spaces."""
    reader = PdfReader(str(path))
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def page_texts(path: Path) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(str(path)).pages]


def fonts(path: Path) -> list[dict[str, object]]:
    """Every font resource on every page: its name and whether a font file is embedded."""
    found: list[dict[str, object]] = []
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found.append({"name": str(font.get("/BaseFont")), "embedded": embedded})
    return found


def squash(text: str) -> str:
    """Text without any whitespace, to find words a line break split."""
    return re.sub(r"\s+", "", text)
