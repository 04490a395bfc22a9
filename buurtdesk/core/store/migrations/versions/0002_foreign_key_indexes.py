"""an index on every foreign key that had none

Deleting a row makes SQLite look up every row that refers to it.  Without an index that is a
scan of the whole table per deleted row: taking back an import of 40,000 forms took a minute.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27 22:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

INDEXES = (
    ("meeting_partner", "partner_id"),
    ("concern", "theme_id"),
    ("concern", "merged_into_id"),
    ("report", "submitter_id"),
    ("tally", "concern_id"),
    ("priority", "concern_id"),
    ("action", "owner_partner_id"),
    ("action_update", "meeting_id"),
)


def upgrade() -> None:
    # if_not_exists: a file that an older BuurtDesk left half migrated still opens
    for table, column in INDEXES:
        op.create_index(f"ix_{table}_{column}", table, [column], unique=False, if_not_exists=True)


def downgrade() -> None:
    for table, column in INDEXES:
        op.drop_index(f"ix_{table}_{column}", table_name=table)
