"""The work contacts of partner organisations, and each partner's note.

A contact is a professional's personal data (name, work e-mail, work phone): the file shows it
on request (inzage, :func:`inspection`), deletes it for good (:func:`delete_contact`, also from
older backups), and the retention period covers it (:func:`retention_due`: contacts of a
partner no longer at the table, unchanged for the period).  Public documents print a contact's
role, and the name only where it is ticked as public (:meth:`ContactRow.public`).  The audit
log names contacts by id only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from buurtdesk.core.store.models import AuditEntry, Partner, PartnerContact, utcnow

if TYPE_CHECKING:
    from buurtdesk.core.store.library import Library

LIMITS = {"name": 200, "role": 120, "email": 200, "phone": 60}


@dataclass(frozen=True)
class ContactFields:
    """What the user edits of a contact."""

    name: str = ""
    role: str = ""
    email: str = ""
    phone: str = ""
    name_public: bool = False


@dataclass(frozen=True)
class ContactRow:
    id: int
    partner_id: int
    partner: str
    fields: ContactFields
    updated_at: dt.datetime

    @property
    def public(self) -> str:
        f = self.fields
        return public_contact(f.name, f.role, f.name_public)


def public_contact(name: str, role: str, name_public: bool) -> str:
    """What a public document may print of a contact: the role, and the name only where
    ticked: "wijkagent", "Karin Wijkstra (wijkagent)"."""
    name = name.strip() if name_public else ""
    role = role.strip()
    return f"{name} ({role})" if name and role else name or role


def _clean(values: ContactFields) -> ContactFields:
    stripped = ContactFields(
        values.name.strip(),
        values.role.strip(),
        values.email.strip(),
        values.phone.strip(),
        bool(values.name_public),
    )
    if not (stripped.name or stripped.role):
        raise ValueError("a contact needs a name or a role")
    for key, limit in LIMITS.items():
        if len(getattr(stripped, key)) > limit:
            raise ValueError(f"a contact's {key} has at most {limit} characters")
    if stripped.email and ("@" not in stripped.email or " " in stripped.email):
        raise ValueError(f"{stripped.email!r} is not an e-mail address")
    return stripped


def _row(c: PartnerContact, partner: str) -> ContactRow:
    fields = ContactFields(c.name, c.role, c.email, c.phone, c.name_public)
    return ContactRow(c.id, c.partner_id, partner, fields, c.updated_at)


def contacts(lib: Library, partner_id: int | None = None) -> list[ContactRow]:
    """The contacts of one partner (or of all), in their partner's order."""
    stmt = (
        select(PartnerContact, Partner.name)
        .join(Partner)
        .order_by(Partner.position, Partner.name, PartnerContact.position, PartnerContact.id)
    )
    if partner_id is not None:
        stmt = stmt.where(PartnerContact.partner_id == partner_id)
    with lib.session() as s:
        return [_row(c, name) for c, name in s.execute(stmt)]


def partner_id(lib: Library, name: str) -> int:
    """A partner by name (case ignored); ``ValueError`` naming the known ones otherwise."""
    with lib.session() as s:
        known = list(s.execute(select(Partner.id, Partner.name).order_by(Partner.position)))
    for pid, pname in known:
        if pname.casefold() == name.strip().casefold():
            return int(pid)
    names = ", ".join(n for _i, n in known)
    raise ValueError(f"no partner named {name!r}; the partners are: {names}")


def _audit(s: Any, contact_id: int, operation: str) -> None:
    s.add(AuditEntry(entity="partner_contact", entity_id=contact_id, operation=operation))


def add_contact(lib: Library, partner: int, values: ContactFields) -> int:
    values = _clean(values)
    with lib.session() as s, s.begin():
        if s.get(Partner, partner) is None:
            raise ValueError(f"no partner with id {partner}")
        last = s.scalar(
            select(PartnerContact.position)
            .where(PartnerContact.partner_id == partner)
            .order_by(PartnerContact.position.desc())
        )
        c = PartnerContact(partner_id=partner, position=(last or 0) + 1, **values.__dict__)
        s.add(c)
        s.flush()
        _audit(s, c.id, "add")
        return c.id


def edit_contact(lib: Library, contact_id: int, values: ContactFields) -> None:
    values = _clean(values)
    with lib.session() as s, s.begin():
        c = s.get(PartnerContact, contact_id)
        if c is None:
            raise ValueError(f"no contact with id {contact_id}")
        for key, value in values.__dict__.items():
            setattr(c, key, value)
        c.updated_at = utcnow()
        _audit(s, c.id, "edit")


def delete_contact(lib: Library, contact_id: int) -> int:
    """Delete a contact for good, here (overwritten: the file deletes securely) and in older
    backups; returns the number of backups rewritten."""
    from buurtdesk.core.store.erasure_jobs import checkpoint, rewrite_backups_with

    with lib.session() as s, s.begin():
        c = s.get(PartnerContact, contact_id)
        if c is None:
            raise ValueError(f"no contact with id {contact_id}")
        traces = (c.id, c.name, c.email, c.phone)
        s.delete(c)
        _audit(s, contact_id, "delete")
    checkpoint(lib.engine, 0.0)

    def erase(con: sqlite3.Connection) -> bool:
        found = con.execute(
            "SELECT 1 FROM partner_contact WHERE id = ? AND name = ? AND email = ? AND phone = ?",
            traces,
        ).fetchone()
        if found is not None:
            con.execute("DELETE FROM partner_contact WHERE id = ?", (traces[0],))
        return found is not None

    return rewrite_backups_with(lib.path, erase)[0]


def inspection(lib: Library, contact_id: int) -> dict[str, Any]:
    """Everything held on one contact (inzage), as plain data ready for JSON."""
    with lib.session() as s:
        row = s.execute(
            select(PartnerContact, Partner.name)
            .join(Partner)
            .where(PartnerContact.id == contact_id)
        ).first()
        if row is None:
            raise ValueError(f"no contact with id {contact_id}")
        c, partner = row
        return {
            "id": c.id,
            "partner": partner,
            "name": c.name,
            "role": c.role,
            "email": c.email,
            "phone": c.phone,
            "name_public": c.name_public,
            "updated_at": c.updated_at.isoformat(timespec="seconds"),
        }


def retention_due(lib: Library, cutoff: dt.datetime) -> list[ContactRow]:
    """Contacts of partners no longer at the table, not changed since ``cutoff``."""
    with lib.session() as s:
        found = s.execute(
            select(PartnerContact, Partner.name)
            .join(Partner)
            .where(~Partner.active, PartnerContact.updated_at < cutoff)
            .order_by(PartnerContact.id)
        )
        return [_row(c, name) for c, name in found]


def note(lib: Library, partner: int) -> str:
    with lib.session() as s:
        p = s.get(Partner, partner)
        if p is None:
            raise ValueError(f"no partner with id {partner}")
        return p.note


def set_note(lib: Library, partner: int, text: str) -> None:
    with lib.session() as s, s.begin():
        p = s.get(Partner, partner)
        if p is None:
            raise ValueError(f"no partner with id {partner}")
        p.note = text.strip()
        s.add(AuditEntry(entity="partner", entity_id=partner, operation="note"))
