"""letters that can be posted: the resident's postcode, town and letter language, and the
committee's sender details per neighbourhood

A feedback letter goes in a window envelope: it needs the resident's postcode and town beside
the street address, the language the resident reads, and a sender the post can return it to
(the committee's name, postal address and contact), printed on the letters, the flyer and the
forms' privacy notice.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 23:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

COLUMNS = (
    ("submitter", "postcode", 10),
    ("submitter", "town", 120),
    ("submitter", "language", 5),
    ("neighbourhood", "sender_name", 200),
    ("neighbourhood", "sender_address", 300),
    ("neighbourhood", "sender_contact", 200),
)


def upgrade() -> None:
    for table, column, length in COLUMNS:
        op.add_column(
            table,
            sa.Column(column, sa.String(length=length), nullable=False, server_default=""),
        )


def downgrade() -> None:
    for table, column, _length in reversed(COLUMNS):
        with op.batch_alter_table(table) as batch:
            batch.drop_column(column)
