"""A file with one person planted in every place a person can leave a trace."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, ActionUpdate, AuditEntry, Concern, Report, Submitter
from tests.locations import TESTS

DRIVER = TESTS / "erasure_driver.py"

NAME = "Wilhelmina Zonnebloemsma"
PHONE = "06-48213377"
EMAIL = "w.zonnebloemsma@voorbeeld.nl"
ADDRESS = "Dordtselaan 12"
TRACES = (NAME, PHONE, EMAIL, ADDRESS)
TODAY = dt.date(2026, 12, 1)


def _plant(lib: Library, name: str = NAME, phone: str = PHONE, email: str = EMAIL) -> int:
    """A person whose details also sit in free text all over the file; returns their id."""
    hood = lib.neighbourhood_id("Charlois", create=True)
    assert hood is not None
    meeting = lib.add_meeting(hood, dt.date(2020, 1, 9))
    with lib.session() as s, s.begin():
        number = (s.query(Concern).count() or 0) + 1
        concern = Concern(
            neighbourhood_id=hood,
            number=number,
            title=f"Losse stoeptegels, zegt {name}",
            street="Dordtselaan",
        )
        s.add(concern)
        s.flush()
        sub = Submitter(name=name, phone=phone, email=email, address=ADDRESS)
        s.add(
            Report(
                concern_id=concern.id,
                original_concern_id=concern.id,
                wording=f"Ik ({name.upper()}, bel {phone} of {email}) woon op {ADDRESS}",
                form_no=ADDRESS,
                received_on=dt.date(2020, 1, 9),
                submitter=sub,
            )
        )
        action = Action(
            meeting_id=meeting,
            concern_id=concern.id,
            description=f"Terugbellen naar {name.lower()} op {phone.replace('-', ' ')}",
            result=f"Mail gestuurd aan {email}",
            status=ActionStatus.DONE,
        )
        s.add(action)
        s.flush()
        s.add(
            ActionUpdate(
                action_id=action.id,
                date=dt.date(2020, 1, 10),
                status=ActionStatus.DONE,
                note=f"Gesproken met {name} aan de {ADDRESS}",
            )
        )
        s.add(
            AuditEntry(
                entity="concern",
                entity_id=concern.id,
                operation="set_title",
                before={"title": f"Tegels van {name}, {PHONE}"},
                after={"title": "Losse stoeptegels"},
            )
        )
        s.flush()
        return sub.id


def _dump(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "\n".join(con.iterdump()).casefold()
    finally:
        con.close()


def _left(path: Path, traces: tuple[str, ...] = TRACES) -> list[str]:
    """Which of the traces any table of ``path`` still holds (as text, any case)."""
    text = _dump(path)
    digits = "".join(c for c in text if c.isdigit() or c == "\n")
    found = [t for t in traces if t.casefold() in text]
    if PHONE in traces and PHONE not in found and "0648213377" in digits:
        found.append(PHONE)  # written another way
    return found


def _raw(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
