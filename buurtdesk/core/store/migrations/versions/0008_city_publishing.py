"""publishing for the city: stable UUIDs, a city theme per theme, a publish sequence

A neighbourhood and a meeting get a stable UUID (a city file knows a neighbourhood by it, not by
its name or row id); each theme maps to a theme of the municipality's city theme list; and a
neighbourhood counts its publications, so a city file keeps only the newest package.

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-08 00:45:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0005"
branch_labels = None
depends_on = None


def _uuids() -> None:
    """A stable UUID for every neighbourhood and meeting (the same as the scanning branch adds)."""
    bind = op.get_bind()
    for table in ("neighbourhood", "meeting"):
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        ids = [row[0] for row in bind.execute(sa.text(f"SELECT id FROM {table}"))]
        for row_id in ids:
            bind.execute(
                sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                {"u": str(uuid.uuid4()), "i": row_id},
            )
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)


def upgrade() -> None:
    _uuids()
    op.add_column("theme", sa.Column("city_theme", sa.String(length=80), nullable=True))
    op.add_column(
        "neighbourhood",
        sa.Column("publish_sequence", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_column("neighbourhood", "publish_sequence")
    op.drop_column("theme", "city_theme")
    for table in ("meeting", "neighbourhood"):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        op.drop_column(table, "uuid")
