"""The follow-through definitions (overdue, done on time, stalled) on dates around each boundary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from buurtdesk.core.actions import edit
from buurtdesk.core.actions import follow_through as ft
from buurtdesk.core.actions.follow_up import ActionFields
from buurtdesk.core.enums import ActionStatus, MeetingStatus
from tests.action_helpers import Hood, make_hood

DUE = dt.date(2026, 5, 1)
DAY = dt.timedelta(days=1)


@pytest.fixture
def hood(db_path: Path) -> Iterator[Hood]:
    h = make_hood(db_path)
    yield h
    h.lib.close()


def _add(h: Hood, due: dt.date | None = DUE) -> int:
    fields = ActionFields("Snelheidscontroles", h.partners["Politie"], "", due, 10.0)
    return edit.add_action(h.lib, h.priorities["Te hard rijden"], fields)


def _judge(h: Hood, action_id: int, ref: ft.Reference) -> ft.FollowThrough:
    with h.lib.session() as s:
        return ft.by_action(s, ref)[action_id]


def _close(h: Hood, *indexes: int) -> None:
    for i in indexes:
        h.lib.set_meeting_status(h.meetings[i], MeetingStatus.CLOSED)


@pytest.mark.parametrize(("day", "overdue"), [(DUE - DAY, False), (DUE, False), (DUE + DAY, True)])
def test_overdue_is_a_due_date_before_the_reference_day(
    hood: Hood, day: dt.date, overdue: bool
) -> None:
    action = _add(hood)
    assert _judge(hood, action, ft.Reference(day)).overdue is overdue


def test_overdue_only_while_open_or_in_progress(hood: Hood) -> None:
    action = _add(hood)
    late = ft.Reference(DUE + 30 * DAY)
    edit.add_update(hood.lib, action, ActionStatus.IN_PROGRESS, date=DUE - DAY)
    assert _judge(hood, action, late).overdue
    edit.add_update(hood.lib, action, ActionStatus.DONE, date=DUE + DAY)
    assert not _judge(hood, action, late).overdue
    assert not _judge(hood, _add(hood, due=None), late).overdue


@pytest.mark.parametrize(("done", "on_time"), [(DUE - DAY, True), (DUE, True), (DUE + DAY, False)])
def test_done_on_time_by_the_update_that_made_it_done(
    hood: Hood, done: dt.date, on_time: bool
) -> None:
    action = _add(hood)
    edit.add_update(hood.lib, action, ActionStatus.DONE, date=done)
    # a later note on the finished action does not move the day it was done
    edit.add_update(hood.lib, action, ActionStatus.DONE, "nog nagekeken", date=DUE + 40 * DAY)
    row = _judge(hood, action, ft.Reference(DUE + 60 * DAY))
    assert row.done_on == done
    assert row.on_time is on_time
    assert not row.without_due


def test_done_without_a_due_date_is_counted_apart(hood: Hood) -> None:
    action = _add(hood, due=None)
    edit.add_update(hood.lib, action, ActionStatus.DONE, date=DUE)
    row = _judge(hood, action, ft.Reference(DUE))
    assert row.without_due
    assert row.on_time is None


def test_reopened_and_done_again_counts_the_last_time_it_was_done(hood: Hood) -> None:
    action = _add(hood)
    edit.add_update(hood.lib, action, ActionStatus.DONE, date=DUE - 5 * DAY)
    edit.add_update(hood.lib, action, ActionStatus.IN_PROGRESS, date=DUE - 3 * DAY)
    edit.add_update(hood.lib, action, ActionStatus.DONE, date=DUE + 2 * DAY)
    assert _judge(hood, action, ft.Reference(DUE + 9 * DAY)).on_time is False


def _third_meeting(h: Hood) -> ft.Reference:
    with h.lib.session() as s:
        return ft.Reference.at_meeting(s, h.meetings[2])


def test_never_stalled_fewer_than_two_held_meetings_after_agreement(hood: Hood) -> None:
    action = _add(hood)
    _close(hood, 0)
    assert not _judge(hood, action, _third_meeting(hood)).stalled  # agreed, none since
    _close(hood, 1)
    row = _judge(hood, action, _third_meeting(hood))
    assert row.meetings_open == 1
    assert not row.stalled  # one held meeting since, still fewer than two


def test_stalled_after_two_held_meetings_without_a_change(db_path: Path) -> None:
    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    action = _add(h)
    _close(h, 0, 1, 2)
    with h.lib.session() as s:
        ref = ft.Reference.at_meeting(s, fourth)
    row = _judge(h, action, ref)
    assert row.meetings_open == 2
    assert row.stalled
    # judged by day: the fourth meeting is not held, so the same two count
    assert _judge(h, action, ft.Reference(dt.date(2027, 1, 1))).stalled
    h.lib.close()


@pytest.mark.parametrize(
    ("status", "hours", "stalled"),
    [
        (ActionStatus.OPEN, None, True),  # changed neither status nor hours: does not count
        (ActionStatus.OPEN, 0.0, True),
        (ActionStatus.IN_PROGRESS, None, False),
        (ActionStatus.OPEN, 2.5, False),
    ],
)
def test_an_update_counts_only_when_it_changed_status_or_hours(
    db_path: Path, status: ActionStatus, hours: float | None, stalled: bool
) -> None:
    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    action = _add(h)
    edit.add_update(h.lib, action, status, "nog bezig", hours, meeting_id=h.meetings[2])
    _close(h, 0, 1, 2)
    with h.lib.session() as s:
        assert ft.by_action(s, ft.Reference.at_meeting(s, fourth))[action].stalled is stalled
    h.lib.close()


def test_an_update_between_meetings_counts_for_the_next_held_one(db_path: Path) -> None:
    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    action = _add(h)
    # recorded without a meeting, after the second and before the third meeting
    edit.add_update(h.lib, action, ActionStatus.IN_PROGRESS, date=dt.date(2026, 7, 1))
    _close(h, 0, 1, 2)
    with h.lib.session() as s:
        assert not ft.by_action(s, ft.Reference.at_meeting(s, fourth))[action].stalled
    h.lib.close()


def test_a_change_before_the_last_two_held_meetings_does_not_help(db_path: Path) -> None:
    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    fifth = h.lib.add_meeting(h.hood, dt.date(2027, 2, 4))
    action = _add(h)
    edit.add_update(h.lib, action, ActionStatus.IN_PROGRESS, meeting_id=h.meetings[1])
    _close(h, 0, 1, 2)
    with h.lib.session() as s:
        assert not ft.by_action(s, ft.Reference.at_meeting(s, fourth))[action].stalled
    h.lib.set_meeting_status(fourth, MeetingStatus.CLOSED)
    with h.lib.session() as s:
        assert ft.by_action(s, ft.Reference.at_meeting(s, fifth))[action].stalled
    h.lib.close()


def test_the_statement_aggregates_in_sql(db_path: Path) -> None:
    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    for _ in range(3):
        _add(h)
    _close(h, 0, 1, 2)
    with h.lib.session() as s:
        ref = ft.Reference.at_meeting(s, fourth)
        judged = ft.statement(ref).subquery()
        counts = _counts(s, judged)
    assert counts == (1, 3, 3, 3)  # one neighbourhood, three actions, all stalled and overdue
    h.lib.close()


def _counts(s: Session, judged: object) -> tuple[int, ...]:
    c = judged.c  # type: ignore[attr-defined]
    row = s.execute(
        select(
            func.count(func.distinct(c.neighbourhood_id)),
            func.count(),
            func.sum(c.stalled),
            func.sum(c.overdue),
        ).select_from(judged)  # type: ignore[arg-type]
    ).one()
    return tuple(int(v) for v in row)


def test_urgency_puts_stalled_then_overdue_first() -> None:
    def row(stalled: bool, overdue: bool, n: int) -> ft.FollowThrough:
        return ft.FollowThrough(
            n, 1, None, ActionStatus.OPEN, None, DUE, None, None, n, overdue, stalled
        )

    rows = [row(False, False, 5), row(False, True, 1), row(True, False, 2), row(True, True, 3)]
    assert [r.action_id for r in sorted(rows, key=ft.urgency)] == [3, 2, 1, 5]


def test_a_meeting_reference_needs_a_meeting(hood: Hood) -> None:
    with hood.lib.session() as s, pytest.raises(ValueError, match="no meeting"):
        ft.Reference.at_meeting(s, 999)


def test_the_review_opens_with_the_stalled_and_counts_the_meetings(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from buurtdesk.cli.main import run
    from buurtdesk.core.actions.follow_up import review

    h = make_hood(db_path)
    fourth = h.lib.add_meeting(h.hood, dt.date(2026, 12, 3))
    moving = _add(h)
    later_fields = ActionFields("Later afgesproken", h.partners["Gemeente"], "", DUE, None)
    edit.add_update(h.lib, moving, ActionStatus.IN_PROGRESS, meeting_id=h.meetings[2])
    stuck = edit.add_action(h.lib, h.priorities["Afval naast containers"], later_fields)
    _close(h, 0, 1, 2)
    rows = review(h.lib, fourth)
    assert [(r.action.id, r.stalled, r.meetings_open) for r in rows] == [
        (stuck, True, 2),
        (moving, False, 2),
    ]
    h.lib.close()
    assert run(["action", "list", "--db", str(db_path), "--meeting", str(fourth)]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line.startswith("review")]
    assert lines[0].startswith(f"review\t{stuck}\t") and lines[0].endswith("\t2\tstalled")
    assert lines[1].endswith("\t2\t")
