"""Model round trips through a real file and a real server (``store_target``): what goes in
comes back out."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from buurtdesk.core.enums import (
    ActionStatus,
    ConcernStatus,
    MeetingStatus,
    ReportSource,
    TieResolution,
    VotingMethod,
)
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    AuditEntry,
    Ballot,
    Concern,
    Meeting,
    Partner,
    Priority,
    Report,
    Submitter,
    Tally,
    Theme,
)


def test_new_file_has_dutch_defaults(store_target: str) -> None:
    lib = Library(store_target)
    with lib.session() as s:
        partners = s.scalars(select(Partner.name).order_by(Partner.position)).all()
        themes = s.scalars(select(Theme.name).order_by(Theme.position)).all()
        residents = s.scalar(select(Partner).where(Partner.is_residents))
    assert partners[:3] == ["Bewoners", "Politie", "Gemeente"]
    assert "Woningcorporatie" in partners and "Opbouwwerk" in partners
    assert themes[0] == "Veiligheid" and themes[-1] == "Overig" and len(themes) == 9
    assert residents is not None and residents.name == "Bewoners"


def test_meeting_round_trip(store_target: str) -> None:
    lib = Library(store_target)
    hood = lib.add_neighbourhood("Oud-Noord", "Rotterdam")
    mid = lib.add_meeting(hood, dt.date(2026, 12, 3), dt.time(19, 30), "Buurthuis", "Ans")
    lib.close()

    again = Library(store_target)
    with again.session() as s:
        m = s.get(Meeting, mid)
        assert m is not None
        assert (m.date, m.start_time, m.location, m.chair) == (
            dt.date(2026, 12, 3),
            dt.time(19, 30),
            "Buurthuis",
            "Ans",
        )
        assert m.status is MeetingStatus.PLANNED and m.voting_method is VotingMethod.DOTS
        assert m.priorities_count == 3
        assert [a.position for a in m.agenda] == list(range(len(m.agenda)))
        assert {p.partner.name for p in m.partners} >= {"Bewoners", "Politie", "Gemeente"}
    [row] = again.meetings()
    assert (row.id, row.neighbourhood, row.status) == (mid, "Oud-Noord", MeetingStatus.PLANNED)


def test_concern_report_vote_action_round_trip(store_target: str) -> None:
    lib = Library(store_target)
    hood = lib.add_neighbourhood("Oud-Noord")
    mid = lib.add_meeting(hood, dt.date(2026, 12, 3))
    with lib.session() as s, s.begin():
        police = s.scalar(select(Partner).where(Partner.name == "Politie"))
        c = Concern(neighbourhood_id=hood, number=7, title="Te hard rijden", street="Laan")
        s.add(c)
        s.flush()
        who = Submitter(name="Piet Test", phone="06-12345678", wants_feedback=True)
        s.add(
            Report(
                concern_id=c.id,
                original_concern_id=c.id,
                wording="te hard rijden laan!!",
                source=ReportSource.FORM,
                form_no="1001",
                meeting_id=mid,
                submitter=who,
            )
        )
        s.add(Ballot(meeting_id=mid, ballot_no="1", method=VotingMethod.RANKED, choices=[7, 3]))
        s.add(Tally(meeting_id=mid, concern_id=c.id, method=VotingMethod.DOTS, count=12))
        prio = Priority(meeting_id=mid, concern_id=c.id, rank=1, score=12)
        prio.tie_resolution = TieResolution.AGREED
        s.add(prio)
        s.flush()
        action = Action(meeting_id=mid, priority_id=prio.id, description="Flitsen", owner=police)
        action.updates.append(
            ActionUpdate(date=dt.date(2027, 1, 5), status=ActionStatus.IN_PROGRESS, hours_spent=4)
        )
        s.add(action)
        s.add(AuditEntry(entity="concern", entity_id=c.id, operation="merge", after={"into": 1}))
    lib.close()

    lib = Library(store_target)
    with lib.session() as s:
        c = s.scalars(select(Concern)).one()
        assert c.code == "K7" and c.status is ConcernStatus.OPEN
        [rep] = c.reports
        assert rep.submitter is not None and rep.submitter.name == "Piet Test"
        assert s.scalars(select(Ballot.choices)).one() == [7, 3]
        assert s.scalars(select(Tally.count)).one() == 12
        prio = s.scalars(select(Priority)).one()
        assert prio.tie_resolution is TieResolution.AGREED
        [action] = prio.actions
        assert action.owner is not None and action.owner.name == "Politie"
        assert action.updates[0].hours_spent == 4
        assert s.scalars(select(AuditEntry.after)).one() == {"into": 1}
    summary = lib.meeting_summary(mid)
    assert (summary.concerns, summary.reports, summary.votes, summary.priorities) == (1, 1, 2, 1)
    assert lib.open_actions(mid) == []  # agreed here: reviewed from the next meeting on
    later = lib.add_meeting(hood, dt.date(2027, 2, 4))
    assert [a.description for a in lib.open_actions(later)] == ["Flitsen"]


def test_deleting_a_submitter_keeps_the_report(store_target: str) -> None:
    lib = Library(store_target)
    hood = lib.add_neighbourhood("Oud-Noord")
    with lib.session() as s, s.begin():
        c = Concern(neighbourhood_id=hood, number=1, title="Ratten")
        s.add(c)
        s.flush()
        s.add(
            Report(
                concern_id=c.id,
                original_concern_id=c.id,
                wording="ratten!",
                submitter=Submitter(name="Jan"),
            )
        )
    with lib.session() as s, s.begin():
        s.delete(s.scalars(select(Submitter)).one())
    with lib.session() as s:
        report = s.scalars(select(Report)).one()
        assert report.submitter_id is None and report.wording == "ratten!"
