"""stable UUIDs on meetings and neighbourhoods; the pages of scanned ballots

A printed ballot names its meeting by UUID in its QR code, so a sheet is recognised in any
copy of the file.  Every page read from a scan or photo is kept with what was measured on it
(markers, QR text, each box's fill and decision) and its outcome, so a recount is possible.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07 23:50:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    for table in ("neighbourhood", "meeting"):
        op.add_column(table, sa.Column("uuid", sa.String(length=36), nullable=True))
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        for row_id in ids:
            conn.execute(
                sa.text(f"UPDATE {table} SET uuid = :u WHERE id = :i"),
                {"u": str(uuid.uuid4()), "i": row_id},
            )
        op.create_index(f"ix_{table}_uuid", table, ["uuid"], unique=True)
    op.create_table(
        "scan_page",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("file", sa.String(length=260), nullable=False),
        sa.Column("page", sa.Integer(), nullable=False),
        sa.Column("image_sha256", sa.String(length=64), nullable=False),
        sa.Column("markers", sa.JSON(), nullable=False),
        sa.Column("qr_payload", sa.String(length=200), nullable=False),
        sa.Column("batch", sa.String(length=30), nullable=False),
        sa.Column("number", sa.Integer(), nullable=True),
        sa.Column("sheet_page", sa.Integer(), nullable=True),
        sa.Column("scale", sa.Float(), nullable=True),
        sa.Column("boxes", sa.JSON(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("ballot_no", sa.String(length=30), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_scan_page_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scan_page")),
    )
    op.create_index(op.f("ix_scan_page_meeting_id"), "scan_page", ["meeting_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_scan_page_meeting_id"), table_name="scan_page")
    op.drop_table("scan_page")
    for table in ("meeting", "neighbourhood"):
        op.drop_index(f"ix_{table}_uuid", table_name=table)
        with op.batch_alter_table(table) as batch:
            batch.drop_column("uuid")
