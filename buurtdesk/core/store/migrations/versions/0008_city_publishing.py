"""publishing for the city: a city theme per theme, a publish sequence

A city file knows a neighbourhood by its stable UUID (0007); each theme maps to a theme of the
municipality's city theme list; and a neighbourhood counts its publications, so a city file
keeps only the newest package.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 00:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("theme", sa.Column("city_theme", sa.String(length=80), nullable=True))
    op.add_column(
        "neighbourhood",
        sa.Column("publish_sequence", sa.Integer(), nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_column("neighbourhood", "publish_sequence")
    op.drop_column("theme", "city_theme")
