"""Action tracking in the core: priorities with actions, reviews, history, hours and backlog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from sqlalchemy import select

from buurtdesk.core.actions import edit, overview
from buurtdesk.core.actions import follow_up as actions
from buurtdesk.core.actions.follow_up import ActionFields
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.errors import ActionError
from buurtdesk.core.store.models import AuditEntry
from tests.action_helpers import DATES, Hood, make_hood


@pytest.fixture
def hood(store_target: str) -> Iterator[Hood]:
    h = make_hood(store_target)
    yield h
    h.lib.close()


def police(h: Hood, text: str = "Snelheidscontroles", hours: float | None = 12) -> ActionFields:
    return ActionFields(
        text, h.partners["Politie"], "wijkagent", dt.date(2026, 5, 1), hours, ActionStatus.OPEN
    )


def test_actions_belong_to_their_priority_in_order(hood: Hood) -> None:
    speed = hood.priorities["Te hard rijden"]
    first = edit.add_action(hood.lib, speed, police(hood))
    own = actions.ActionFields(
        "Klaar-overs werven", actions.residents_partner_id(hood.lib), "Ellen"
    )
    second = edit.add_action(hood.lib, speed, own)
    rows = actions.priorities(hood.lib, hood.meetings[0])
    assert [(p.rank, p.title) for p in rows] == [
        (1, "Te hard rijden"),
        (2, "Afval naast containers"),
    ]
    assert [a.id for a in rows[0].actions] == [first, second]
    assert rows[0].actions[1].owner == "Bewoners"
    assert rows[0].actions[1].responsible_person == "Ellen"
    assert rows[0].actions[0].concern_code == "K1"
    assert rows[1].actions == ()


def test_bad_action_input_is_refused(hood: Hood) -> None:
    speed = hood.priorities["Te hard rijden"]
    with pytest.raises(ActionError, match="description"):
        edit.add_action(hood.lib, speed, police(hood, "   "))
    for hours in (-1, float("inf"), float("nan"), 1e308, 10_000.01):
        with pytest.raises(ActionError, match="hours planned must be from 0 to 10,000"):
            edit.add_action(hood.lib, speed, police(hood, hours=hours))
    with pytest.raises(ActionError, match="priority"):
        edit.add_action(hood.lib, 9999, police(hood))
    assert actions.priorities(hood.lib, hood.meetings[0])[0].actions == ()


def test_edit_changes_fields_and_audits_the_status(hood: Hood) -> None:
    aid = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood))
    changed = ActionFields(
        "Flitsen bij de school", hood.partners["Gemeente"], "", None, 4, ActionStatus.IN_PROGRESS
    )
    edit.edit_action(hood.lib, aid, changed)
    info = actions.action(hood.lib, aid)
    assert (info.description, info.owner, info.due_date, info.status) == (
        "Flitsen bij de school",
        "Gemeente",
        None,
        ActionStatus.IN_PROGRESS,
    )
    with hood.lib.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.operation == "status")).one()
    assert (entry.before, entry.after) == ({"status": "open"}, {"status": "in_progress"})


def test_dropping_needs_a_reason(hood: Hood) -> None:
    aid = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood))
    with pytest.raises(ActionError, match="reason"):
        edit.add_update(hood.lib, aid, ActionStatus.DROPPED, "  ", meeting_id=hood.meetings[1])
    with pytest.raises(ActionError, match="reason"):
        edit.edit_action(
            hood.lib, aid, ActionFields("x", None, status=ActionStatus.DROPPED, result="")
        )
    assert actions.action(hood.lib, aid).status == ActionStatus.OPEN
    edit.add_update(
        hood.lib, aid, ActionStatus.DROPPED, "Geen capaciteit", meeting_id=hood.meetings[1]
    )
    info = actions.action(hood.lib, aid)
    assert (info.status, info.result) == (ActionStatus.DROPPED, "Geen capaciteit")


def test_review_at_a_new_meeting_shows_earlier_open_actions(hood: Hood) -> None:
    speed = hood.priorities["Te hard rijden"]
    open_one = edit.add_action(hood.lib, speed, police(hood, "Controles"))
    done_one = edit.add_action(hood.lib, speed, police(hood, "Bord plaatsen"))
    edit.add_update(hood.lib, done_one, ActionStatus.DONE, "Geplaatst", date=DATES[0])
    assert actions.review(hood.lib, hood.meetings[0]) == []  # agreed here, not reviewed here
    later = hood.lib.add_meeting(hood.hood, dt.date(2026, 12, 3))
    assert [r.action.id for r in actions.review(hood.lib, later)] == [open_one]
    # Updated at the review: it stays on that meeting's list, with the update shown.
    edit.add_update(hood.lib, open_one, ActionStatus.DONE, "Drie controles", 6, meeting_id=later)
    [row] = actions.review(hood.lib, later)
    assert row.update is not None and row.update.note == "Drie controles"
    assert row.update.date == dt.date(2026, 12, 3)
    assert row.action.status == ActionStatus.DONE
    newer = hood.lib.add_meeting(hood.hood, dt.date(2027, 2, 4))
    assert actions.review(hood.lib, newer) == []


def test_history_runs_across_meetings(hood: Hood) -> None:
    aid = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood))
    m2, m3 = hood.meetings[1], hood.meetings[2]
    edit.add_update(hood.lib, aid, ActionStatus.IN_PROGRESS, "Gestart", 3, meeting_id=m2)
    edit.add_update(hood.lib, aid, ActionStatus.DONE, "Afgerond", 5, meeting_id=m3)
    info, updates = actions.history(hood.lib, aid)
    assert [(u.meeting_date, u.status, u.note) for u in updates] == [
        (DATES[1], ActionStatus.IN_PROGRESS, "Gestart"),
        (DATES[2], ActionStatus.DONE, "Afgerond"),
    ]
    assert info.hours_spent == 8 and info.status == ActionStatus.DONE


def test_undoing_an_update_restores_the_status(hood: Hood) -> None:
    aid = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood))
    uid = edit.add_update(hood.lib, aid, ActionStatus.DONE, "", 2, meeting_id=hood.meetings[1])
    edit.delete_update(hood.lib, uid, restore_status=ActionStatus.OPEN)
    info, updates = actions.history(hood.lib, aid)
    assert updates == [] and info.status == ActionStatus.OPEN and info.hours_spent == 0


def test_delete_and_restore_keep_id_and_updates(hood: Hood) -> None:
    aid = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood))
    edit.add_update(
        hood.lib, aid, ActionStatus.IN_PROGRESS, "Loopt", 2, meeting_id=hood.meetings[1]
    )
    before = actions.history(hood.lib, aid)
    saved = edit.delete_action(hood.lib, aid)
    with pytest.raises(ActionError):
        actions.action(hood.lib, aid)
    assert edit.restore_action(hood.lib, saved) == aid
    assert actions.history(hood.lib, aid) == before
    with hood.lib.session() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.operation == "delete")).one()
    assert entry.before is not None and entry.before["description"] == "Snelheidscontroles"
    assert "wijkagent" not in str(entry.before)  # no person's name in the audit log


def test_hours_per_partner_against_the_offer(hood: Hood) -> None:
    speed = hood.priorities["Te hard rijden"]
    a = edit.add_action(hood.lib, speed, police(hood, "Controles", 12))
    rows = {r.partner: r for r in overview.partner_hours(hood.lib, hood.meetings[0])}
    assert (rows["Politie"].offered, rows["Politie"].planned, rows["Politie"].spent) == (20, 12, 0)
    assert not rows["Politie"].over
    edit.add_action(hood.lib, speed, police(hood, "Surveillance", 10))
    rows = {r.partner: r for r in overview.partner_hours(hood.lib, hood.meetings[0])}
    assert rows["Politie"].planned == 22 and rows["Politie"].over
    edit.add_update(hood.lib, a, ActionStatus.IN_PROGRESS, "", 7, meeting_id=hood.meetings[1])
    rows = {r.partner: r for r in overview.partner_hours(hood.lib, hood.meetings[0])}
    assert rows["Politie"].spent == 7
    assert "Gemeente" not in rows  # no offer and no hours: not listed


def test_spent_over_offer_also_warns(hood: Hood) -> None:
    a = edit.add_action(hood.lib, hood.priorities["Te hard rijden"], police(hood, hours=5))
    edit.add_update(hood.lib, a, ActionStatus.DONE, "", 25, meeting_id=hood.meetings[1])
    [row] = [
        r for r in overview.partner_hours(hood.lib, hood.meetings[0]) if r.partner == "Politie"
    ]
    assert row.spent == 25 and row.over


def test_backlog_counts_meetings_and_residents(hood: Hood) -> None:
    first = overview.backlog(hood.lib, hood.meetings[0])
    assert [(r.title, r.meetings, r.residents) for r in first] == [
        ("Hondenpoep", 1, 1),
        ("Graffiti", 1, 1),
    ]
    second = overview.backlog(hood.lib, hood.meetings[1])
    assert [(r.title, r.meetings, r.residents) for r in second] == [
        ("Hondenpoep", 2, 3),  # recurring: first
        ("Graffiti", 1, 1),
    ]
    assert second[0].first_raised == DATES[0]
