"""The audit log read back per concern and action, and the file's backup_keep setting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from buurtdesk.core.actions.edit import add_action, add_update
from buurtdesk.core.actions.follow_up import ActionFields
from buurtdesk.core.concerns.edit import merge_concerns, unmerge_concern
from buurtdesk.core.enums import ActionStatus, MeetingStatus
from buurtdesk.core.store import backup
from buurtdesk.core.store.audit import audit_entries
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Concern
from tests.action_helpers import make_hood


def _concern_ids(lib: Library) -> dict[str, int]:
    with lib.session() as s:
        return {c.title: c.id for c in s.query(Concern)}


def test_merge_shows_on_both_sides_with_codes(db_path: Path) -> None:
    hood = make_hood(db_path)
    ids = _concern_ids(hood.lib)
    source, target = ids["Graffiti"], ids["Hondenpoep"]
    merge_concerns(hood.lib, target, [source])
    unmerge_concern(hood.lib, source)
    own = audit_entries(hood.lib, "concern", source)
    assert [e.operation for e in own] == ["merge", "unmerge"]
    assert own[0].other_code == "K3" and own[0].after["status"] == "merged"
    theirs = audit_entries(hood.lib, "concern", target)
    assert [(e.operation, e.other_code) for e in theirs] == [("merge", "K4"), ("unmerge", "K4")]
    assert "reports" not in own[0].after  # only public keys come out
    assert audit_entries(hood.lib, "concern", ids["Te hard rijden"]) == []


def test_action_status_change_is_listed(db_path: Path) -> None:
    hood = make_hood(db_path)
    fields = ActionFields(
        "Snelheidscontrole", hood.partners["Politie"], "", None, 4.0, ActionStatus.OPEN, ""
    )
    action_id = add_action(hood.lib, hood.priorities["Te hard rijden"], fields)
    add_update(hood.lib, action_id, ActionStatus.DONE, "gedaan", meeting_id=hood.meetings[1])
    entries = audit_entries(hood.lib, "action", action_id)
    assert [(e.before, e.after) for e in entries if e.operation == "status"] == [
        ({"status": "open"}, {"status": "done"})
    ]


def test_keep_setting_is_stored_and_prunes(db_path: Path) -> None:
    lib = Library(db_path)
    lib.add_neighbourhood("A")
    assert backup.backup_keep(lib) == backup.DEFAULT_KEEP
    start = dt.datetime(2026, 1, 1, 12, 0, 0)
    for i in range(5):
        backup.make_backup(db_path, "manual", now=start + dt.timedelta(hours=i))
    removed = backup.set_backup_keep(lib, 2)
    assert len(removed) == 3 and backup.backup_keep(lib) == 2
    assert [b.made.hour for b in backup.list_backups(db_path)] == [16, 15]
    with pytest.raises(ValueError):
        backup.set_backup_keep(lib, 0)
    meeting = lib.add_meeting(lib.neighbourhoods()[0].id, dt.date(2026, 2, 1))
    lib.set_meeting_status(meeting, MeetingStatus.CLOSED)  # uses the setting too
    kept = backup.list_backups(db_path)
    assert len(kept) == 2 and kept[0].reason == "meeting-closed"
    lib.close()


def test_backups_made_without_a_library_follow_the_setting(db_path: Path) -> None:
    lib = Library(db_path)
    lib.add_neighbourhood("A")
    backup.set_backup_keep(lib, 12)
    lib.close()
    assert backup.stored_keep(db_path) == 12
    start = dt.datetime(2026, 1, 1, 12, 0, 0)
    for i in range(12):
        backup.make_backup(db_path, "manual", now=start + dt.timedelta(hours=i))
    oldest = backup.list_backups(db_path)[-1]
    backup.restore(oldest.path, db_path)  # its safety copy must not prune down to ten
    kept = backup.list_backups(db_path)
    assert len(kept) == 12 and kept[0].reason == "before-restore"
    assert backup.stored_keep(db_path.with_name("nope.buurtdesk")) == backup.DEFAULT_KEEP
