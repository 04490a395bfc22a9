"""The audit log: ``record`` writes an entry, ``audit_entries`` reads one concern's or action's.

The editing modules (merges, vote corrections, deletions, status changes) write through
``record``; entries refer to people by id only.  Reading adds the
public code of a concern that an entry points to (``K12``), so a view can say "samengevoegd
met K12" without a second query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry, Concern

# Only these keys of before/after are ever shown; anything else (ids of reports, snapshots
# of deleted rows) stays in the file.
PUBLIC_KEYS = ("status", "title", "count", "description", "merged_into_id")


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    entity: str
    entity_id: int | None
    operation: str
    before: dict[str, Any]
    after: dict[str, Any]
    other_code: str  # for a merge: the concern on the other side ("" when none)


def record(
    session: Session,
    entity: str,
    entity_id: int | None,
    operation: str,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Log a change in ``session``.  Callers pass ids and public values; as a safeguard, the
    personal fields (name, phone, e-mail, address, a person at the table, a resident's own
    words) are left out, phone numbers, e-mail addresses and house numbers are taken out of
    the texts, and a form number that holds an address is not kept."""
    session.add(
        AuditEntry(
            entity=entity,
            entity_id=entity_id,
            operation=operation,
            before=_no_personal_data(before),
            after=_no_personal_data(after),
        )
    )


def _no_personal_data(values: dict[str, Any] | None) -> dict[str, Any] | None:
    from buurtdesk.core.store.erasure import scrub_values

    return None if values is None else scrub_values(values)


def _public(values: dict[str, Any] | None) -> dict[str, Any]:
    """The keys a view may show, cleaned again (an entry may predate the safeguard)."""
    from buurtdesk.core.store.erasure import scrub_values

    return {k: scrub_values(values[k], key=k) for k in PUBLIC_KEYS if values and k in values}


def audit_entries(lib: Library, entity: str, entity_id: int) -> list[AuditRow]:
    """The log of one concern or action, oldest first.

    For a concern this includes the merges *into* it (logged on the merged concern), so
    both sides of a merge show it.
    """
    with lib.session() as s:
        entries = list(
            s.scalars(
                select(AuditEntry)
                .where(AuditEntry.entity == entity, AuditEntry.entity_id == entity_id)
                .order_by(AuditEntry.id)
            )
        )
        if entity == "concern":
            merges = s.scalars(
                select(AuditEntry)
                .where(
                    AuditEntry.entity == "concern",
                    AuditEntry.operation.in_(("merge", "unmerge")),
                    AuditEntry.entity_id != entity_id,
                )
                .order_by(AuditEntry.id)
            )
            for entry in merges:
                sides = (entry.before or {}, entry.after or {})
                if any(side.get("merged_into_id") == entity_id for side in sides):
                    entries.append(entry)
            entries.sort(key=lambda e: e.id)
        codes = dict(s.execute(select(Concern.id, Concern.number)).all())
        rows = []
        for e in entries:
            other = _other_concern(e, entity, entity_id)
            number = codes.get(other) if other is not None else None
            rows.append(
                AuditRow(
                    e.id,
                    e.at,
                    e.entity,
                    e.entity_id,
                    e.operation,
                    _public(e.before),
                    _public(e.after),
                    f"K{number}" if number is not None else "",
                )
            )
        return rows


def _other_concern(entry: AuditEntry, entity: str, entity_id: int) -> int | None:
    """For a merge or unmerge: the concern on the other side, seen from ``entity_id``."""
    if entity != "concern" or entry.operation not in ("merge", "unmerge"):
        return None
    if entry.entity_id != entity_id:
        return entry.entity_id  # merged into us: the other side is the logged concern
    for side in (entry.after or {}, entry.before or {}):
        target = side.get("merged_into_id")
        if target is not None:
            return int(target)
    return None
