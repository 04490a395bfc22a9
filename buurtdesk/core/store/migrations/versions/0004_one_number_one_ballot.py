"""one written form for ballot and form numbers; a ballot counted twice becomes invalid

Ballot ``1`` and ballot ``01`` (or ``1.0``, or a full-width ``１``) are one paper ballot.  From
this schema on every ballot number is stored in its one form and form numbers in plain
digits (see ``buurtdesk.core.numbers``).  A meeting that already holds two spellings of one
ballot number keeps the first one stored; each later one is marked invalid ("duplicate
number") with an entry in the audit log, so it no longer counts and the change can be traced.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 23:45:00
"""

from __future__ import annotations

import datetime as dt
import json

import sqlalchemy as sa
from alembic import op

from buurtdesk.core.numbers import canonical_number, form_number

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

DUPLICATE = "duplicate_number: duplicate number"


def upgrade() -> None:
    con = op.get_bind()
    _ballots(con)
    _form_numbers(con)


def _ballots(con: sa.Connection) -> None:
    rows = con.execute(
        sa.text("SELECT id, meeting_id, ballot_no, valid, invalid_reason FROM ballot ORDER BY id")
    ).all()
    taken = {(meeting, no) for _id, meeting, no, _valid, _reason in rows}
    first: set[tuple[int, str]] = set()
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    for ballot_id, meeting, no, valid, reason in rows:
        plain = canonical_number(no)
        if (meeting, plain) not in first:
            first.add((meeting, plain))
            if plain != no and (meeting, plain) not in taken:
                con.execute(
                    sa.text("UPDATE ballot SET ballot_no = :no WHERE id = :id"),
                    {"no": plain, "id": ballot_id},
                )
                taken.add((meeting, plain))
            continue
        con.execute(
            sa.text("UPDATE ballot SET valid = :no, invalid_reason = :why WHERE id = :id"),
            {"no": False, "why": DUPLICATE, "id": ballot_id},  # a boolean on PostgreSQL too
        )
        before = {"meeting_id": meeting, "ballot_no": no, "valid": bool(valid)}
        before["invalid_reason"] = reason or ""
        after = dict(before, valid=False, invalid_reason=DUPLICATE)
        con.execute(
            sa.text(
                "INSERT INTO audit_log (at, entity, entity_id, operation, before, after) "
                "VALUES (:at, 'ballot', :id, 'duplicate_number', :before, :after)"
            ),
            {"at": now, "id": ballot_id, "before": json.dumps(before), "after": json.dumps(after)},
        )


def _form_numbers(con: sa.Connection) -> None:
    rows = con.execute(sa.text("SELECT id, form_no FROM report WHERE form_no IS NOT NULL"))
    changed = [(rid, form_number(no)) for rid, no in rows.all() if form_number(no) != no]
    for rid, no in changed:
        con.execute(
            sa.text("UPDATE report SET form_no = :no WHERE id = :id"),
            {"no": no or None, "id": rid},
        )


def downgrade() -> None:
    pass  # the numbers' one form is valid in schema 2 as well
