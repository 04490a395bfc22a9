"""What the projector shows of a meeting: public texts only, gathered without Qt.

A :class:`Deck` holds no personal data at all: concern titles, public street names (house
numbers cut off), report counts, agenda titles, actions with the owning organisation, and
the ranking.  Residents' own wordings and the ``Submitter`` table are never read here.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from buurtdesk.core.text import clean, public_street

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.voting.ranking import Ranking


@dataclass(frozen=True)
class SlideConcern:
    code: str
    title: str
    theme: str
    street: str  # public street name only
    reports: int  # how many residents raised it


@dataclass(frozen=True)
class SlideAction:
    description: str
    owner: str  # the organisation, never a person
    status: str  # ActionStatus value
    due_date: dt.date | None
    stalled: bool = False  # see core/actions/follow_through.py
    meetings_open: int = 0  # held meetings since it was agreed


@dataclass(frozen=True)
class SlidePriority:
    rank: int
    code: str
    title: str
    score: float
    actions: tuple[SlideAction, ...] = ()


@dataclass(frozen=True)
class Deck:
    meeting_id: int
    neighbourhood: str
    date: dt.date
    start_time: dt.time | None = None
    location: str = ""
    agenda: tuple[str, ...] = ()
    previous_actions: tuple[SlideAction, ...] = ()
    concerns: tuple[SlideConcern, ...] = ()
    priorities: tuple[SlidePriority, ...] = ()
    n_priorities: int = 3
    next_meeting: dt.date | None = None
    ranking: Ranking | None = field(default=None)


def public_ranking(ranking: Ranking | None) -> Ranking | None:
    """The ranking with every concern title cleaned for the projector."""
    if ranking is None:
        return None
    rows = tuple(replace(r, title=clean(r.title)) for r in ranking.rows)
    return replace(ranking, rows=rows)


def load_ranking(lib: Library, meeting_id: int) -> Ranking | None:
    """The meeting's live ranking (public titles), or ``None`` when it cannot be computed."""
    try:
        from buurtdesk.core.voting.counting import meeting_ranking
    except ImportError:  # pragma: no cover - the counting module is part of the package
        return None
    return public_ranking(meeting_ranking(lib, meeting_id))


def load_deck(lib: Library, meeting_id: int, *, with_ranking: bool = True) -> Deck:
    """Everything the slides show of ``meeting_id``, read in one go."""
    from sqlalchemy import select

    from buurtdesk.core.store.models import (
        Action,
        Concern,
        Meeting,
        Neighbourhood,
        Partner,
        Priority,
    )

    with lib.session() as s:
        meeting = s.get(Meeting, meeting_id)
        if meeting is None:
            raise ValueError(f"no meeting with id {meeting_id}")
        hood = s.get(Neighbourhood, meeting.neighbourhood_id)
        agenda = tuple(clean(item.title) for item in meeting.agenda)
        later = s.scalar(
            select(Meeting.date)
            .where(
                Meeting.neighbourhood_id == meeting.neighbourhood_id,
                Meeting.date > meeting.date,
            )
            .order_by(Meeting.date)
            .limit(1)
        )
        chosen = s.execute(
            select(Priority, Concern)
            .join(Concern, Priority.concern_id == Concern.id)
            .where(Priority.meeting_id == meeting_id)
            .order_by(Priority.rank, Concern.number)
        ).all()
        priorities = []
        for priority, concern in chosen:
            acts = s.execute(
                select(Action, Partner.name)
                .outerjoin(Partner, Action.owner_partner_id == Partner.id)
                .where(Action.priority_id == priority.id)
                .order_by(Action.id)
            ).all()
            priorities.append(
                SlidePriority(
                    priority.rank,
                    concern.code,
                    clean(concern.title, concern.street),
                    priority.score,
                    tuple(
                        SlideAction(clean(a.description), owner or "", str(a.status), a.due_date)
                        for a, owner in acts
                    ),
                )
            )
        deck_head = (
            hood.name if hood else "",
            meeting.date,
            meeting.start_time,
            meeting.location,
            meeting.priorities_count or 3,
        )
    concerns = tuple(
        SlideConcern(c.code, clean(c.title, c.street), c.theme, public_street(c.street), c.reports)
        for c in lib.concerns_of_meeting(meeting_id)
    )
    from buurtdesk.core.actions.follow_up import review

    # "Wat is er gedaan?": the earlier actions the meeting reviews, the stalled ones first
    actions = tuple(
        SlideAction(
            clean(r.action.description),
            r.action.owner,
            str(r.action.status),
            r.action.due_date,
            r.stalled,
            r.meetings_open,
        )
        for r in review(lib, meeting_id)
    )
    name, date, start, location, n_priorities = deck_head
    return Deck(
        meeting_id=meeting_id,
        neighbourhood=name,
        date=date,
        start_time=start,
        location=location,
        agenda=agenda,
        previous_actions=actions,
        concerns=concerns,
        priorities=tuple(priorities),
        n_priorities=n_priorities,
        next_meeting=later,
        ranking=load_ranking(lib, meeting_id) if with_ranking else None,
    )
