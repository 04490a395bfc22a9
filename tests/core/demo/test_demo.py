"""The demo neighbourhood: complete, private in its public parts, and deterministic."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from buurtdesk.core.demo.neighbourhood import populate_demo
from buurtdesk.core.enums import ActionStatus, ConcernStatus, MeetingStatus
from buurtdesk.core.store.defaults import DEFAULT_AGENDA, DEFAULT_PARTNERS, seed_defaults
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    Base,
    Concern,
    Meeting,
    MeetingPartner,
    Neighbourhood,
    Priority,
    Report,
    Submitter,
    Tally,
)

TODAY = dt.date(2025, 3, 10)
HOUSE_NUMBER = re.compile(r"[A-Za-z]\s\d+")


def _populated(today: dt.date = TODAY) -> tuple[Session, int]:
    engine = create_engine("sqlite://")
    Base.metadata.create_all(engine)
    session = Session(engine)
    seed_defaults(session)
    neighbourhood_id = populate_demo(session, today)
    session.commit()
    return session, neighbourhood_id


@pytest.fixture
def demo() -> Iterator[tuple[Session, int]]:
    session, neighbourhood_id = _populated()
    try:
        yield session, neighbourhood_id
    finally:
        session.close()


def _meetings(session: Session) -> list[Meeting]:
    return list(session.scalars(select(Meeting).order_by(Meeting.date)))


def test_one_neighbourhood_three_meetings(demo: tuple[Session, int]) -> None:
    session, neighbourhood_id = demo
    neighbourhoods = session.scalars(select(Neighbourhood)).all()
    assert [n.id for n in neighbourhoods] == [neighbourhood_id]
    meetings = _meetings(session)
    assert [m.status for m in meetings] == [
        MeetingStatus.CLOSED,
        MeetingStatus.CLOSED,
        MeetingStatus.PLANNED,
    ]
    assert meetings[0].date < meetings[1].date < TODAY < meetings[2].date
    for meeting in meetings:
        assert meeting.neighbourhood_id == neighbourhood_id
        assert [a.title for a in meeting.agenda] == list(DEFAULT_AGENDA)
        assert [a.position for a in meeting.agenda] == list(range(len(DEFAULT_AGENDA)))
        assert len(meeting.partners) == len(DEFAULT_PARTNERS)
    absent = session.scalars(select(MeetingPartner).where(MeetingPartner.present.is_(False)))
    assert absent.first() is not None


def test_current_meeting_has_many_concerns_with_duplicates(demo: tuple[Session, int]) -> None:
    session, _ = demo
    current = _meetings(session)[-1]
    raised_here = session.scalar(
        select(func.count()).select_from(Concern).where(Concern.first_meeting_id == current.id)
    )
    assert 35 <= (raised_here or 0) <= 45
    report_counts = session.execute(
        select(Report.concern_id, func.count()).group_by(Report.concern_id)
    ).all()
    assert sum(1 for _, count in report_counts if count > 1) >= 5
    # Earlier concerns raised again at the current meeting: recurrence shows.
    recurring = session.scalars(
        select(Report)
        .join(Concern, Report.concern_id == Concern.id)
        .where(Report.meeting_id == current.id, Concern.first_meeting_id != current.id)
    ).all()
    assert recurring
    # No voting yet at the current meeting.
    assert not session.scalars(select(Tally).where(Tally.meeting_id == current.id)).all()
    assert not session.scalars(select(Priority).where(Priority.meeting_id == current.id)).all()


def test_numbers_and_reports_are_consistent(demo: tuple[Session, int]) -> None:
    session, _ = demo
    numbers = session.scalars(select(Concern.number).order_by(Concern.id)).all()
    assert list(numbers) == list(range(1, len(numbers) + 1))
    for report in session.scalars(select(Report)):
        assert report.original_concern_id == report.concern_id
        assert report.meeting_id is not None
        assert report.received_on is not None and report.received_on <= TODAY
    submitters = session.scalar(select(func.count()).select_from(Submitter)) or 0
    reports = session.scalar(select(func.count()).select_from(Report)) or 0
    assert 0.3 * reports <= submitters <= 0.7 * reports


def test_earlier_meetings_have_priorities_and_actions(demo: tuple[Session, int]) -> None:
    session, _ = demo
    for meeting in _meetings(session)[:2]:
        priorities = session.scalars(
            select(Priority).where(Priority.meeting_id == meeting.id).order_by(Priority.rank)
        ).all()
        assert [p.rank for p in priorities] == [1, 2, 3]
        for priority in priorities:
            assert priority.concern.status == ConcernStatus.CHOSEN
            tally = session.scalars(
                select(Tally).where(
                    Tally.meeting_id == meeting.id, Tally.concern_id == priority.concern_id
                )
            ).one()
            assert priority.score == tally.count
            assert 1 <= len(priority.actions) <= 4
        actions = session.scalars(select(Action).where(Action.meeting_id == meeting.id)).all()
        assert actions
        assert all(action.updates for action in actions)
    statuses = set(session.scalars(select(Action.status)))
    assert statuses & {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}
    assert ActionStatus.DROPPED in statuses
    dropped = session.scalars(select(Action).where(Action.status == ActionStatus.DROPPED))
    assert all(action.result for action in dropped)
    reviewed = session.scalars(select(ActionUpdate).where(ActionUpdate.meeting_id.is_not(None)))
    assert reviewed.first() is not None


def test_titles_carry_no_personal_data(demo: tuple[Session, int]) -> None:
    session, _ = demo
    titles = session.scalars(select(Concern.title)).all()
    personal = [
        value
        for submitter in session.scalars(select(Submitter))
        for value in (submitter.name, submitter.phone, submitter.email)
        if value
    ]
    assert personal
    for title in titles:
        assert not HOUSE_NUMBER.search(title), title
        for value in personal:
            assert value.lower() not in title.lower(), (title, value)


def test_same_date_gives_same_file() -> None:
    first, _ = _populated()
    second, _ = _populated()
    try:
        query = select(Concern.number, Concern.title).order_by(Concern.number)
        assert first.execute(query).all() == second.execute(query).all()
        wordings = select(Report.wording, Report.received_on, Report.form_no).order_by(Report.id)
        assert first.execute(wordings).all() == second.execute(wordings).all()
        names = select(Submitter.name, Submitter.email).order_by(Submitter.id)
        assert first.execute(names).all() == second.execute(names).all()
    finally:
        first.close()
        second.close()
