"""partner contacts and a note per partner

A partner organisation gets its work contacts (name, role, work e-mail and phone, and whether
the name may be printed) and a free note.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 23:55:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("partner")}
    if "note" not in columns:
        op.add_column("partner", sa.Column("note", sa.Text(), nullable=False, server_default=""))
    op.create_table(
        "partner_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("name_public", sa.Boolean(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name="fk_partner_contact_partner_id_partner"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_partner_contact"),
        if_not_exists=True,
    )
    op.create_index(
        "ix_partner_contact_partner_id",
        "partner_contact",
        ["partner_id"],
        unique=False,
        if_not_exists=True,
    )


def downgrade() -> None:
    op.drop_index("ix_partner_contact_partner_id", table_name="partner_contact")
    op.drop_table("partner_contact")
    with op.batch_alter_table("partner") as batch:
        batch.drop_column("note")
