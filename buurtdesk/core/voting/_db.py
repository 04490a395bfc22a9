"""Session-level helpers behind :mod:`buurtdesk.core.voting.counting` :
settings, ballot, tallies."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from buurtdesk.core.enums import ConcernStatus, VotingMethod
from buurtdesk.core.errors import VoteRefused
from buurtdesk.core.store.audit import record as audit
from buurtdesk.core.store.dialect import joined
from buurtdesk.core.store.models import Ballot, Concern, Meeting, Priority, Report, Tally, Theme
from buurtdesk.core.voting.ranking import (
    Candidate,
    parse_number,
)
from buurtdesk.core.voting.rows import TallyChange, VotingConcern, VotingSettings

MAX_COUNT = 100_000  # dots or votes for one concern; anything above is a typing slip


def meeting(s: Session, meeting_id: int) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None:
        raise VoteRefused("unknown_meeting", f"no meeting with id {meeting_id}")
    return m


def _stored(s: Session, model: type[Ballot] | type[Tally], meeting_id: int) -> dict[str, int]:
    stmt = (
        select(model.method, func.count())
        .where(model.meeting_id == meeting_id)
        .group_by(model.method)
    )
    return {str(VotingMethod(method)): int(n) for method, n in s.execute(stmt)}


def settings_of(s: Session, m: Meeting) -> VotingSettings:
    n_ballots = sum(_stored(s, Ballot, m.id).values())
    n_tallies = sum(_stored(s, Tally, m.id).values())
    return VotingSettings(
        meeting_id=m.id,
        method=VotingMethod(m.voting_method),
        choices=m.ranked_choices,
        dots=m.dots_per_resident,
        max_per_concern=m.max_dots_per_concern or m.dots_per_resident,
        priorities=m.priorities_count,
        residents_present=m.residents_present,
        ballots=n_ballots,
        tallies=n_tallies,
    )


def _positive(name: str, value: int | None, low: int = 1, high: int = 1000) -> None:
    if value is not None and not low <= value <= high:
        raise VoteRefused("bad_setting", f"{name} must be between {low} and {high}, not {value}")


def apply_settings(
    s: Session,
    m: Meeting,
    method: VotingMethod | str | None,
    choices: int | None,
    dots: int | None,
    max_per_concern: int | None,
    priorities: int | None,
    residents_present: int | None,
) -> None:
    if method is not None:
        try:
            new = VotingMethod(method)
        except ValueError:
            raise VoteRefused("bad_setting", f"unknown voting method {method!r}") from None
        other = {
            k: n
            for model in (Ballot, Tally)
            for k, n in _stored(s, model, m.id).items()
            if k != new.value
        }
        if other:
            held = ", ".join(f"{n} {k}" for k, n in sorted(other.items()))
            raise VoteRefused(
                "method_locked",
                f"the meeting already holds votes of another method ({held}); "
                f"cannot switch to {new.value}",
            )
        m.voting_method = new
    _positive("--choices", choices, 1, 50)
    _positive("--dots", dots, 1, 100)
    _positive("--max-per-concern", max_per_concern, 0, 100)
    _positive("--priorities", priorities, 1, 50)
    _positive("--residents", residents_present, 0, 100000)
    if choices is not None and choices != m.ranked_choices:
        if _stored(s, Ballot, m.id).get(VotingMethod.RANKED.value):
            raise VoteRefused(
                "method_locked", "ranked ballots are stored; the number of places cannot change"
            )
        m.ranked_choices = choices
    if dots is not None:
        m.dots_per_resident = dots
    if max_per_concern is not None:
        m.max_dots_per_concern = max_per_concern or None
    if priorities is not None:
        m.priorities_count = priorities
    if residents_present is not None:
        m.residents_present = residents_present or None
    counts = tally_map(s, m.id)
    if counts and m.voting_method == VotingMethod.DOTS:
        _check_per_concern(m, max(counts.values()), "a concern")
    _check_attendance(m, counts)


def _check_per_concern(m: Meeting, count: int, code: str) -> None:
    """M is per resident: with R residents one concern collects at most R x M dots."""
    limit = m.max_dots_per_concern or m.dots_per_resident
    present = m.residents_present
    if present is not None and count > present * limit:
        raise VoteRefused(
            "too_many_dots",
            f"{code}: {count} dots, more than {present} residents x {limit} per concern",
        )


def _check_attendance(m: Meeting, counts: dict[int, int]) -> None:
    present = m.residents_present
    if present is None or not counts:
        return
    if m.voting_method == VotingMethod.DOTS:
        cap = present * m.dots_per_resident
        total = sum(counts.values())
        if total > cap:
            raise VoteRefused(
                "over_attendance",
                f"{total} dots counted, more than {present} residents x "
                f"{m.dots_per_resident} dots = {cap}",
            )
    elif m.voting_method == VotingMethod.APPROVAL and max(counts.values()) > present:
        raise VoteRefused(
            "over_attendance",
            f"{max(counts.values())} hands for one concern, more than {present} residents",
        )


# -- which concerns are on the ballot ---------------------------------------------------------


def cast_choices(s: Session, meeting_id: int) -> list[Any]:
    """The choices of every valid ballot of the meeting, of any method.

    Only valid ballots: an invalid ballot may name a concern that is not on the ballot, and
    that must not put it there (the printed ballot and the counting would then disagree).
    """
    con = s.connection()
    joined_choices = joined(con.dialect.name, "choices")
    sql = f"SELECT '[' || {joined_choices} || ']' FROM ballot WHERE meeting_id = :m AND valid"
    found = con.execute(text(sql), {"m": meeting_id}).scalar()
    return json.loads(found) if found else []


def valid_choices(
    s: Session, meeting_id: int, method: VotingMethod | None
) -> tuple[list[Any], int]:
    """The choices of the meeting's valid ballots of ``method`` and how many were invalid
    (every ballot, valid or not, and no invalid count, when ``method`` is None).

    One query and one JSON parse for all ballots together: the ballots' JSON lists are joined
    in SQLite, which keeps a recount of thousands of ballots within a few milliseconds.
    """
    con = s.connection()
    params: dict[str, Any] = {"m": meeting_id}
    if method is None:
        every = joined(con.dialect.name, "choices")
        sql = f"SELECT '[' || {every} || ']', 0 FROM ballot WHERE meeting_id = :m"
    else:
        valid = joined(con.dialect.name, "CASE WHEN valid THEN choices END")
        sql = (
            f"SELECT '[' || {valid} || ']', coalesce(sum(CASE WHEN valid THEN 0 ELSE 1 END), 0)"
            " FROM ballot WHERE meeting_id = :m AND method = :method"
        )
        params["method"] = method.value
    found, invalid = con.execute(text(sql), params).one()
    return (json.loads(found) if found else []), int(invalid or 0)


def _on_ballot(s: Session, m: Meeting, numbers: set[int] | None = None) -> list[Any]:
    """The conditions that put a concern on this meeting's ballot."""
    if numbers is None:
        numbers = {n for choices in cast_choices(s, m.id) for n in choices if isinstance(n, int)}
    so_far = select(Meeting.id).where(
        Meeting.neighbourhood_id == m.neighbourhood_id, Meeting.date <= m.date
    )
    counted = select(Tally.concern_id).where(Tally.meeting_id == m.id)
    chosen = select(Priority.concern_id).where(Priority.meeting_id == m.id)
    return [
        Concern.neighbourhood_id == m.neighbourhood_id,
        Concern.status != ConcernStatus.MERGED,
        or_(
            Concern.first_meeting_id.is_(None),
            Concern.first_meeting_id.in_(so_far),
            Concern.id.in_(select(Report.concern_id).where(Report.meeting_id.in_(so_far))),
        ),
        or_(
            Concern.status == ConcernStatus.OPEN,
            Concern.id.in_(counted),
            Concern.id.in_(chosen),
            Concern.number.in_(numbers),
        ),
    ]


# The same conditions as _on_ballot without the ballots' numbers, in plain SQL: the ranking
# runs after every committed count, and this skips building and compiling the statement.
# Written out by hand (as a portable text() construct): the ranking reads it on every
# change, and it is twice as fast as the equivalent built from _on_ballot.
_CANDIDATES_SQL = f"""
SELECT c.id, c.number, c.title FROM concern AS c
WHERE c.neighbourhood_id = :hood AND c.status != '{ConcernStatus.MERGED.value}'
  AND (c.first_meeting_id IS NULL
       OR c.first_meeting_id IN (
           SELECT id FROM meeting WHERE neighbourhood_id = :hood AND date <= :date)
       OR c.id IN (
           SELECT r.concern_id FROM report AS r JOIN meeting AS mt ON r.meeting_id = mt.id
           WHERE mt.neighbourhood_id = :hood AND mt.date <= :date))
  AND (c.status = '{ConcernStatus.OPEN.value}'
       OR c.id IN (SELECT concern_id FROM tally WHERE meeting_id = :meeting)
       OR c.id IN (SELECT concern_id FROM priority WHERE meeting_id = :meeting))
"""


def candidates(s: Session, m: Meeting, numbers: set[int] | None = None) -> list[Candidate]:
    """The concerns on the ballot as the ranking needs them: id, number, public title.

    ``numbers`` are the concern numbers the meeting's ballots name (read when not given).
    """
    params = {"hood": m.neighbourhood_id, "date": m.date.isoformat(), "meeting": m.id}
    rows = s.execute(text(_CANDIDATES_SQL), params).all()
    found = [Candidate(int(cid), int(number), title) for cid, number, title in rows]
    if numbers is None:
        numbers = {n for choices in cast_choices(s, m.id) for n in choices if isinstance(n, int)}
    missing = numbers - {c.number for c in found}
    if missing:  # a concern named on a ballot that has since been chosen elsewhere, say
        stmt = select(Concern.id, Concern.number, Concern.title).where(
            *_on_ballot(s, m, missing), Concern.number.in_(missing)
        )
        found += [Candidate(cid, number, title) for cid, number, title in s.execute(stmt)]
    return found


def concerns_on_ballot(s: Session, m: Meeting, *only: Any) -> list[VotingConcern]:
    """The concerns on this meeting's ballot; ``only`` narrows them (e.g. to one number)."""
    n_reports = (
        select(func.count(Report.id))
        .where(Report.concern_id == Concern.id)
        .correlate(Concern)
        .scalar_subquery()
    )
    cols = (Concern.id, Concern.number, Concern.title, Concern.street, Theme.name, n_reports)
    stmt = (
        select(*cols)
        .outerjoin(Theme, Concern.theme_id == Theme.id)
        .where(*_on_ballot(s, m), *only)
        .order_by(Concern.number)
    )
    return [_voting_concern(*row) for row in s.execute(stmt)]


def _voting_concern(
    cid: int, number: int, title: str, street: str, theme: str | None, reports: int
) -> VotingConcern:
    return VotingConcern(cid, number, f"K{number}", title, street, theme or "", int(reports))


def known_numbers(s: Session, m: Meeting) -> dict[int, int]:
    """Concern number -> id, for the concerns on this meeting's ballot."""
    return {c.number: c.concern_id for c in candidates(s, m)}


# One concern of the ballot by id or by number, with what the window shows of it: the count
# path asks this on every Enter, so it is the hand-written statement above, not _on_ballot.
_ONE_SQL = """
SELECT c.id, c.number, c.title, c.street, t.name,
       (SELECT count(*) FROM report AS r WHERE r.concern_id = c.id)
FROM concern AS c LEFT JOIN theme AS t ON c.theme_id = t.id
WHERE c.{column} = :key AND c.id IN (SELECT id FROM ({candidates}) AS on_ballot)
"""
_ONE_BY = {
    column: text(_ONE_SQL.format(column=column, candidates=_CANDIDATES_SQL))
    for column in ("id", "number")
}


def find_concern(s: Session, m: Meeting, concern: str | int) -> VotingConcern:
    key: int | None
    if isinstance(concern, int) and not isinstance(concern, bool):
        column, key, only = "id", concern, Concern.id == concern
    else:
        column, key = "number", parse_number(concern)
        only = Concern.number == key
    params = {"hood": m.neighbourhood_id, "date": m.date.isoformat(), "meeting": m.id, "key": key}
    row = s.execute(_ONE_BY[column], params).first()
    if row is not None:
        return _voting_concern(*row)
    found = concerns_on_ballot(s, m, only)  # also the concerns only a ballot names
    if not found:
        raise VoteRefused("unknown_concern", f"{concern!r} is no concern on this meeting's ballot")
    return found[0]


# -- tallies ------------------------------------------------------------------------------------


def tally_map(s: Session, meeting_id: int) -> dict[int, int]:
    stmt = select(Tally.concern_id, Tally.count).where(Tally.meeting_id == meeting_id)
    return {cid: int(n) for cid, n in s.execute(stmt) if n}


def apply_tally(s: Session, m: Meeting, concern: VotingConcern, count: int) -> TallyChange:
    method = VotingMethod(m.voting_method)
    if method == VotingMethod.RANKED:
        raise VoteRefused("wrong_method", "a ranked vote is counted from ballots, not tallies")
    if method == VotingMethod.APPROVAL and _stored(s, Ballot, m.id):
        raise VoteRefused("mixed_counting", "this meeting counts approval from ballots")
    other = {k: n for k, n in _stored(s, Tally, m.id).items() if k != method.value}
    if other:
        raise VoteRefused("method_locked", "the tallies stored belong to another method")
    if isinstance(count, bool) or not isinstance(count, int):
        raise VoteRefused("bad_setting", f"a count must be a whole number, not {count!r}")
    if count < 0:
        raise VoteRefused("negative", f"{concern.code}: a count cannot be negative ({count})")
    if count > MAX_COUNT:
        raise VoteRefused(
            "too_many", f"{concern.code}: a count above {MAX_COUNT:,} cannot be right ({count})"
        )
    counts = tally_map(s, m.id)
    counts[concern.id] = count
    if method == VotingMethod.DOTS:
        _check_per_concern(m, count, concern.code)
    _check_attendance(m, {k: v for k, v in counts.items() if v})
    row = s.scalar(select(Tally).where(Tally.meeting_id == m.id, Tally.concern_id == concern.id))
    before = int(row.count) if row is not None else None
    snapshot = {"meeting_id": m.id, "concern": concern.code}
    if row is None:
        if count:
            s.add(Tally(meeting_id=m.id, concern_id=concern.id, method=method, count=count))
    elif count == 0:
        audit(s, "tally", row.id, "delete", {**snapshot, "count": before}, None)
        s.delete(row)
    elif count != before:
        audit(
            s,
            "tally",
            row.id,
            "correct",
            {**snapshot, "count": before},
            {**snapshot, "count": count},
        )
        row.count = count
    return TallyChange(concern.id, concern.code, before, count)
