"""Alembic environment: BuurtDesk always hands in an open connection, in a transaction."""

from __future__ import annotations

from alembic import context

from buurtdesk.core.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite needs table copies for most ALTERs
    transactional_ddl=True,  # the caller's one transaction holds every migration
)
with context.begin_transaction():
    context.run_migrations()
