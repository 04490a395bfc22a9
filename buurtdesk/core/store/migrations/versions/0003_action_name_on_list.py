"""an action may print a resident's name on the actielijst

The actielijst names the responsible person of a partner organisation (their work identity).
For the residents' partner it names the resident only where the chair ticked "naam mag op de
actielijst" for that action: ``action.name_on_list``, off for every action already stored.

Revision ID: 0006
Revises: 0002
Create Date: 2026-12-07 23:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "action",
        sa.Column("name_on_list", sa.Boolean(), nullable=False, server_default=sa.false()),
    )


def downgrade() -> None:
    with op.batch_alter_table("action") as batch:
        batch.drop_column("name_on_list")
