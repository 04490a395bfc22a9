"""A fictional demo neighbourhood, for trying BuurtDesk out and for screenshots.

Everything is derived from the ``today`` argument and a fixed random seed, so the same date always
gives the same file.  The texts live in :mod:`buurtdesk.core.demo.texts`.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.demo import texts as data
from buurtdesk.core.demo.action_texts import ACTIONS
from buurtdesk.core.demo.parsing import (
    ActionText,
    ConcernText,
    parse_actions,
    parse_again,
    parse_concerns,
)
from buurtdesk.core.enums import (
    ActionStatus,
    ConcernStatus,
    MeetingStatus,
    ReportSource,
    TieResolution,
    VotingMethod,
)
from buurtdesk.core.store.defaults import DEFAULT_AGENDA, seed_defaults
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
    Theme,
)

START = dt.time(19, 30)
FORM_NUMBER_START = (1001, 1501, 2001)  # first paper form number per meeting

CLOSED_SOURCES = (ReportSource.FORM, ReportSource.MEETING, ReportSource.EMAIL, ReportSource.PHONE)
CLOSED_WEIGHTS = (55, 25, 12, 8)
# The current meeting is still ahead: nothing can have been raised at the table yet.
CURRENT_SOURCES = (ReportSource.FORM, ReportSource.EMAIL, ReportSource.PHONE, ReportSource.SURVEY)
CURRENT_WEIGHTS = (70, 14, 10, 6)
# Chance that a report comes with contact details, by source.
SUBMITTER_CHANCE = {
    ReportSource.FORM: 0.4,
    ReportSource.MEETING: 0.2,
    ReportSource.EMAIL: 1.0,
    ReportSource.PHONE: 0.8,
    ReportSource.SURVEY: 0.1,
}


@dataclass
class _Builder:
    session: Session
    today: dt.date
    rng: random.Random
    neighbourhood: Neighbourhood
    partners: dict[str, Partner]
    themes: dict[str, Theme]
    concerns: dict[str, Concern] = field(default_factory=dict)
    meetings: list[Meeting] = field(default_factory=list)
    next_number: int = 1
    extra_residents: int = 0  # another seed: another turnout

    def day(self, offset: int) -> dt.date:
        return self.today + dt.timedelta(days=offset)

    @staticmethod
    def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute))

    # -- meetings -------------------------------------------------------------------------

    def add_meeting(self, text: data.MeetingText, index: int) -> Meeting:
        date = self.day(text.day)
        closed = date < self.today
        created = self.day(data.MEETINGS[index - 1].day + 1) if index else date - dt.timedelta(45)
        meeting = Meeting(
            neighbourhood_id=self.neighbourhood.id,
            date=date,
            start_time=START,
            location=data.LOCATION,
            chair=text.chair,
            status=MeetingStatus.CLOSED if closed else MeetingStatus.PLANNED,
            residents_present=(
                None
                if text.residents_present is None
                else max(1, text.residents_present + self.extra_residents)
            ),
            priorities_count=3,
            voting_method=VotingMethod.DOTS,
            dots_per_resident=3,
            created_at=self.at(created, 21),
        )
        self.session.add(meeting)
        for pos, title in enumerate(DEFAULT_AGENDA):
            meeting.agenda.append(AgendaItem(position=pos, title=title, notes=""))
        at_meeting = {name: (present, who, hours) for name, present, who, hours in text.partners}
        for name, partner in self.partners.items():
            present, who, hours = at_meeting.get(name, (None, "", None))
            meeting.partners.append(
                MeetingPartner(
                    partner_id=partner.id, present=present, attendees=who, hours_offered=hours
                )
            )
        self.session.flush()
        self.meetings.append(meeting)
        return meeting

    # -- concerns and reports -------------------------------------------------------------

    def add_reports(self, text: data.MeetingText, meeting: Meeting, index: int) -> int:
        """File every report for ``meeting`` in the order received; returns how many."""
        closed = meeting.status == MeetingStatus.CLOSED
        sources, weights = (
            (CLOSED_SOURCES, CLOSED_WEIGHTS) if closed else (CURRENT_SOURCES, CURRENT_WEIGHTS)
        )
        latest = min(meeting.date - dt.timedelta(days=1), self.today)
        entries: list[tuple[dt.date, int, str, str, ReportSource, ConcernText | None]] = []
        items: list[tuple[str, str, ConcernText | None]] = [
            (c.key, w, c) for c in parse_concerns(text.concerns) for w in c.wordings
        ]
        items += [(key, wording, None) for key, wording in parse_again(text.again)]
        for seq, (key, wording, spec) in enumerate(items):
            source = self.rng.choices(sources, weights)[0]
            if source == ReportSource.MEETING:
                received = meeting.date
            else:
                received = latest - dt.timedelta(days=self.rng.randint(0, 40))
            entries.append((received, seq, key, wording, source, spec))
        entries.sort(key=lambda e: (e[0], e[1]))

        form_no = FORM_NUMBER_START[index]
        for received, _seq, key, wording, source, spec in entries:
            concern = self.concerns.get(key)
            if concern is None:
                assert spec is not None, f"concern {key} raised again before it exists"
                concern = self.add_concern(spec, meeting, received)
            number: str | None = None
            if source == ReportSource.FORM:
                number = str(form_no)
                form_no += 1
            submitter = None
            if self.rng.random() < SUBMITTER_CHANCE[source]:
                submitter = self.add_submitter(received)
            self.session.add(
                Report(
                    concern_id=concern.id,
                    original_concern_id=concern.id,
                    wording=wording,
                    source=source,
                    form_no=number,
                    received_on=received,
                    meeting_id=meeting.id,
                    submitter=submitter,
                    created_at=self.at(received, 21, 30),
                )
            )
        self.session.flush()
        return len(entries)

    def add_concern(self, spec: ConcernText, meeting: Meeting, day: dt.date) -> Concern:
        concern = Concern(
            neighbourhood_id=self.neighbourhood.id,
            number=self.next_number,
            title=spec.title,
            theme_id=self.themes[spec.theme].id if spec.theme in self.themes else None,
            street=spec.street,
            first_meeting_id=meeting.id,
            status=ConcernStatus.OPEN,
            created_at=self.at(day, 21, 30),
        )
        self.next_number += 1
        self.session.add(concern)
        self.session.flush()
        self.concerns[spec.key] = concern
        return concern

    def add_submitter(self, day: dt.date) -> Submitter:
        first = self.rng.choice(data.FIRST_NAMES)
        last = self.rng.choice(data.LAST_NAMES)
        phone = "06-" + "".join(str(self.rng.randint(0, 9)) for _ in range(8))
        slug = _ascii(last).replace(" ", "")
        local = self.rng.choice(
            (f"{_ascii(first)}.{slug}", f"{_ascii(first)[0]}{slug}", f"{_ascii(first)}{day.day}")
        )
        address = ""
        if self.rng.random() < 0.35:
            street = self.rng.choice(data.ADDRESS_STREETS)
            address = f"{street} {self.rng.randint(1, 120)}{self.rng.choice(('', '', 'a', 'b'))}"
        # Postcode, town and letter language follow from what was drawn: the demo's other
        # residents stay as they were.
        street_no = data.ADDRESS_STREETS.index(street) if address else 0
        submitter = Submitter(
            name=f"{first} {last}",
            phone=phone if self.rng.random() < 0.8 else "",
            email=f"{local}@example.nl",
            address=address,
            postcode=f"3073 B{chr(ord('A') + street_no)}" if address else "",
            town=data.MUNICIPALITY if address else "",
            language="en" if first in data.READS_ENGLISH else "",
            wants_feedback=self.rng.random() < 0.6,
            consent=True,
            created_at=self.at(day, 21, 30),
        )
        self.session.add(submitter)
        return submitter

    # -- voting and agreements ------------------------------------------------------------

    def vote(self, text: data.MeetingText, meeting: Meeting) -> list[Priority]:
        """Tally the sticker sheet over every open concern and store the top 3."""
        counted_at = self.at(meeting.date, 20, 45)
        open_concerns = [c for c in self.concerns.values() if c.status == ConcernStatus.OPEN]
        by_id = {c.id: key for key, c in self.concerns.items()}
        for concern in open_concerns:
            self.session.add(
                Tally(
                    meeting_id=meeting.id,
                    concern_id=concern.id,
                    method=VotingMethod.DOTS,
                    count=text.tallies.get(by_id[concern.id], 0),
                    updated_at=counted_at,
                )
            )
        priorities = []
        for rank, key in enumerate(text.priorities, start=1):
            concern = self.concerns[key]
            concern.status = ConcernStatus.CHOSEN
            priority = Priority(
                meeting_id=meeting.id,
                concern_id=concern.id,
                rank=rank,
                score=float(text.tallies[key]),
                tie_resolution=TieResolution.NONE,
            )
            self.session.add(priority)
            priorities.append(priority)
        self.session.flush()
        return priorities

    def add_action(self, text: ActionText, priority: Priority) -> Action:
        meeting = self.meetings[text.meeting]
        by_date = {m.date: m.id for m in self.meetings}
        action = Action(
            meeting_id=meeting.id,
            priority_id=priority.id,
            concern_id=priority.concern_id,
            description=text.description,
            owner_partner_id=self.partners[text.partner].id,
            responsible_person=text.person,
            due_date=self.day(text.due),
            hours_planned=text.hours,
            status=text.updates[-1].status if text.updates else ActionStatus.OPEN,
            result=text.result,
            created_at=self.at(meeting.date, 21, 15),
        )
        for update in text.updates:
            date = self.day(update.day)
            action.updates.append(
                ActionUpdate(
                    date=date,
                    status=update.status,
                    note=update.note,
                    hours_spent=update.hours,
                    meeting_id=by_date.get(date),
                )
            )
        self.session.add(action)
        return action

    def write_notes(
        self, text: data.MeetingText, meeting: Meeting, reports: int, top: list[Priority]
    ) -> None:
        new = sum(1 for c in self.concerns.values() if c.first_meeting_id == meeting.id)
        top3 = ", ".join(
            f"{p.concern.code} {p.concern.title} ({p.score:g})"
            for p in sorted(top, key=lambda p: p.rank)
        )
        values = {
            "concerns": new,
            "reports": reports,
            "dots_each": meeting.dots_per_resident,
            "dots": sum(text.tallies.values()),
            "top3": top3,
        }
        for item, note in zip(meeting.agenda, text.notes, strict=False):
            item.notes = note.format(**values)


def _ascii(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.lower().replace("'", "")


def populate_demo(
    session: Session, today: dt.date, name: str | None = None, seed: int | None = None
) -> int:
    """Fill an already-seeded file with a fictional neighbourhood.

    ``name`` and ``seed`` make another one (for a demo city): other residents, other dates
    and turnout.  Returns the neighbourhood id.  Only adds and flushes; the caller commits.
    """
    seed_defaults(session)  # a no-op when the defaults are already there
    partners = {p.name: p for p in session.scalars(select(Partner).order_by(Partner.position))}
    themes = {t.name: t for t in session.scalars(select(Theme))}
    actions = parse_actions(ACTIONS)
    missing = {a.partner for a in actions} - partners.keys()
    if missing:
        raise ValueError(f"partners missing from this file: {', '.join(sorted(missing))}")

    rng = random.Random(data.SEED if seed is None else seed)
    if seed is not None:
        today -= dt.timedelta(days=rng.randint(0, 20))
    first_day = today + dt.timedelta(days=data.MEETINGS[0].day)
    neighbourhood = Neighbourhood(
        name=name or data.NEIGHBOURHOOD,
        municipality=data.MUNICIPALITY,
        sender_name=data.COMMITTEE[0],
        sender_address=data.COMMITTEE[1],
        sender_contact=data.COMMITTEE[2],
        created_at=dt.datetime.combine(first_day - dt.timedelta(days=60), dt.time(10)),
    )
    session.add(neighbourhood)
    session.flush()

    build = _Builder(session, today, rng, neighbourhood, partners, themes)
    if seed is not None:
        build.extra_residents = rng.randint(-3, 5)
    # All meetings first, so progress notes can point at the meeting that reviewed them.
    meetings = [build.add_meeting(text, index) for index, text in enumerate(data.MEETINGS)]
    for index, (text, meeting) in enumerate(zip(data.MEETINGS, meetings, strict=True)):
        reports = build.add_reports(text, meeting, index)
        if meeting.status != MeetingStatus.CLOSED:
            continue
        priorities = build.vote(text, meeting)
        by_key = dict(zip(text.priorities, priorities, strict=True))
        for action in actions:
            if action.meeting == index:
                build.add_action(action, by_key[action.concern])
        build.write_notes(text, meeting, reports, priorities)
    session.flush()
    return neighbourhood.id
