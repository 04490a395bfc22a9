"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-27 17:31:22.458041
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=True),
        sa.Column("operation", sa.String(length=40), nullable=False),
        sa.Column("before", sa.JSON(), nullable=True),
        sa.Column("after", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
    )
    op.create_index(op.f("ix_audit_log_at"), "audit_log", ["at"])
    op.create_table(
        "neighbourhood",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("municipality", sa.String(length=120), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_neighbourhood")),
        sa.UniqueConstraint("name", name=op.f("uq_neighbourhood_name")),
    )
    op.create_table(
        "partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("is_residents", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partner")),
        sa.UniqueConstraint("name", name=op.f("uq_partner_name")),
    )
    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=60), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "submitter",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=60), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("wants_feedback", sa.Boolean(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submitter")),
    )
    op.create_table(
        "theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme")),
        sa.UniqueConstraint("name", name=op.f("uq_theme_name")),
    )
    op.create_table(
        "meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighbourhood_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("chair", sa.String(length=120), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planned",
                "in_progress",
                "closed",
                name="meetingstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("residents_present", sa.Integer(), nullable=True),
        sa.Column("priorities_count", sa.Integer(), nullable=False),
        sa.Column(
            "voting_method",
            sa.Enum(
                "dots", "ranked", "approval", name="votingmethod", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("dots_per_resident", sa.Integer(), nullable=False),
        sa.Column("max_dots_per_concern", sa.Integer(), nullable=True),
        sa.Column("ranked_choices", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id"],
            ["neighbourhood.id"],
            name=op.f("fk_meeting_neighbourhood_id_neighbourhood"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting")),
    )
    op.create_index(op.f("ix_meeting_neighbourhood_id"), "meeting", ["neighbourhood_id"])
    op.create_table(
        "agenda_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_agenda_item_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agenda_item")),
    )
    op.create_index(op.f("ix_agenda_item_meeting_id"), "agenda_item", ["meeting_id"])
    op.create_table(
        "ballot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("ballot_no", sa.String(length=30), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "dots", "ranked", "approval", name="votingmethod", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.Column("valid", sa.Boolean(), nullable=False),
        sa.Column("invalid_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_ballot_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ballot")),
        sa.UniqueConstraint("meeting_id", "ballot_no", name=op.f("uq_ballot_meeting_id")),
    )
    op.create_index(op.f("ix_ballot_meeting_id"), "ballot", ["meeting_id"])
    op.create_table(
        "concern",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("neighbourhood_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("theme_id", sa.Integer(), nullable=True),
        sa.Column("street", sa.String(length=120), nullable=False),
        sa.Column("first_meeting_id", sa.Integer(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "chosen",
                "resolved",
                "merged",
                name="concernstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["first_meeting_id"], ["meeting.id"], name=op.f("fk_concern_first_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["concern.id"], name=op.f("fk_concern_merged_into_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["neighbourhood_id"],
            ["neighbourhood.id"],
            name=op.f("fk_concern_neighbourhood_id_neighbourhood"),
        ),
        sa.ForeignKeyConstraint(["theme_id"], ["theme.id"], name=op.f("fk_concern_theme_id_theme")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_concern")),
        sa.UniqueConstraint("neighbourhood_id", "number", name=op.f("uq_concern_neighbourhood_id")),
    )
    op.create_index(op.f("ix_concern_first_meeting_id"), "concern", ["first_meeting_id"])
    op.create_index(op.f("ix_concern_neighbourhood_id"), "concern", ["neighbourhood_id"])
    op.create_table(
        "meeting_partner",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("present", sa.Boolean(), nullable=True),
        sa.Column("attendees", sa.String(length=300), nullable=False),
        sa.Column("hours_offered", sa.Float(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_meeting_partner_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["partner_id"], ["partner.id"], name=op.f("fk_meeting_partner_partner_id_partner")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_partner")),
        sa.UniqueConstraint("meeting_id", "partner_id", name=op.f("uq_meeting_partner_meeting_id")),
    )
    op.create_index(op.f("ix_meeting_partner_meeting_id"), "meeting_partner", ["meeting_id"])
    op.create_table(
        "priority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column(
            "tie_resolution",
            sa.Enum("none", "revote", "agreed", name="tieresolution", native_enum=False, length=20),
            nullable=False,
        ),
        sa.Column("tie_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_priority_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_priority_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_priority")),
        sa.UniqueConstraint("meeting_id", "concern_id", name=op.f("uq_priority_meeting_id")),
    )
    op.create_index(op.f("ix_priority_meeting_id"), "priority", ["meeting_id"])
    op.create_table(
        "report",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column("original_concern_id", sa.Integer(), nullable=False),
        sa.Column("wording", sa.Text(), nullable=False),
        sa.Column(
            "source",
            sa.Enum(
                "form",
                "meeting",
                "email",
                "phone",
                "survey",
                name="reportsource",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("form_no", sa.String(length=30), nullable=True),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("submitter_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_report_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_report_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["original_concern_id"],
            ["concern.id"],
            name=op.f("fk_report_original_concern_id_concern"),
        ),
        sa.ForeignKeyConstraint(
            ["submitter_id"],
            ["submitter.id"],
            name=op.f("fk_report_submitter_id_submitter"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report")),
    )
    op.create_index(op.f("ix_report_concern_id"), "report", ["concern_id"])
    op.create_index(op.f("ix_report_meeting_id"), "report", ["meeting_id"])
    op.create_index(op.f("ix_report_original_concern_id"), "report", ["original_concern_id"])
    op.create_table(
        "tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("concern_id", sa.Integer(), nullable=False),
        sa.Column(
            "method",
            sa.Enum(
                "dots", "ranked", "approval", name="votingmethod", native_enum=False, length=20
            ),
            nullable=False,
        ),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_tally_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_tally_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tally")),
        sa.UniqueConstraint("meeting_id", "concern_id", name=op.f("uq_tally_meeting_id")),
    )
    op.create_index(op.f("ix_tally_meeting_id"), "tally", ["meeting_id"])
    op.create_table(
        "action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("priority_id", sa.Integer(), nullable=True),
        sa.Column("concern_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("owner_partner_id", sa.Integer(), nullable=True),
        sa.Column("responsible_person", sa.String(length=200), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("hours_planned", sa.Float(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("result", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["concern_id"], ["concern.id"], name=op.f("fk_action_concern_id_concern")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_meeting_id_meeting")
        ),
        sa.ForeignKeyConstraint(
            ["owner_partner_id"], ["partner.id"], name=op.f("fk_action_owner_partner_id_partner")
        ),
        sa.ForeignKeyConstraint(
            ["priority_id"], ["priority.id"], name=op.f("fk_action_priority_id_priority")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action")),
    )
    op.create_index(op.f("ix_action_concern_id"), "action", ["concern_id"])
    op.create_index(op.f("ix_action_meeting_id"), "action", ["meeting_id"])
    op.create_index(op.f("ix_action_priority_id"), "action", ["priority_id"])
    op.create_table(
        "action_update",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "open",
                "in_progress",
                "done",
                "dropped",
                name="actionstatus",
                native_enum=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("hours_spent", sa.Float(), nullable=True),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["action.id"], name=op.f("fk_action_update_action_id_action")
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"], ["meeting.id"], name=op.f("fk_action_update_meeting_id_meeting")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_update")),
    )
    op.create_index(op.f("ix_action_update_action_id"), "action_update", ["action_id"])


# In the order they were made; SQLite drops a table's indexes with it.
TABLES = """
audit_log neighbourhood partner setting submitter theme meeting agenda_item ballot
concern meeting_partner priority report tally action action_update
""".split()  # noqa: SIM905 (one table name after another, oldest first)


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)
