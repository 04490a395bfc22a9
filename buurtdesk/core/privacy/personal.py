"""Personal data under the AVG: find, show (inzage), delete, anonymise after retention, and
write an anonymised copy of the whole file for a new chair or the municipality.

Personal data lives only in ``Submitter`` and ``PartnerContact`` (plus the names of people at
the table in ``Meeting.chair``, ``MeetingPartner.attendees`` and
``Action.responsible_person``, which the anonymised copy clears too).  The audit log refers
to submitters by id only.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import unicodedata
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, cast

from sqlalchemy import func, select

from buurtdesk.core.store.library import OPEN_ACTION, Library
from buurtdesk.core.store.models import (
    Action,
    ActionUpdate,
    AuditEntry,
    Concern,
    Priority,
    Report,
    Setting,
    Submitter,
)
from buurtdesk.core.store.write_errors import writing

RETENTION_KEY = "retention_months"
DEFAULT_RETENTION_MONTHS = 12
MIN_MONTHS, MAX_MONTHS = 1, 120  # the Privacy window's spin box has the same range


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    phone: str
    email: str
    address: str
    wants_feedback: bool
    consent: bool
    created_at: dt.datetime
    reports: int


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def find_people(lib: Library, query: str) -> list[Person]:
    """Submitters whose name, phone, e-mail or address matches (accents, case, spaces ignored)."""
    wanted = _fold(query)
    if not wanted:
        return []
    with lib.session() as s:
        n_reports = (
            select(func.count(Report.id))
            .where(Report.submitter_id == Submitter.id)
            .correlate(Submitter)
            .scalar_subquery()
        )
        found = []
        for sub, n in s.execute(select(Submitter, n_reports).order_by(Submitter.id)):
            fields = (sub.name, sub.phone, sub.email, sub.address)
            if any(wanted in _fold(f) for f in fields if f):
                found.append(_person(sub, n))
        return found


def _person(sub: Submitter, reports: int) -> Person:
    return Person(
        sub.id,
        sub.name,
        sub.phone,
        sub.email,
        sub.address,
        sub.wants_feedback,
        sub.consent,
        sub.created_at,
        reports,
    )


def inspection(lib: Library, submitter_id: int) -> dict[str, Any]:
    """Everything held on one person (inzage), as plain data ready for JSON."""
    with lib.session() as s:
        sub = s.get(Submitter, submitter_id)
        if sub is None:
            raise ValueError(f"no person with id {submitter_id}")
        rows = s.execute(
            select(Report, Concern)
            .join(Concern, Report.concern_id == Concern.id)
            .where(Report.submitter_id == submitter_id)
            .order_by(Report.id)
        ).all()
        person = asdict(_person(sub, len(rows)))
        person["created_at"] = sub.created_at.isoformat(timespec="seconds")
        person["reports"] = [
            {
                "concern": concern.code,
                "public_title": concern.title,
                "own_words": report.wording,
                "source": report.source.value,
                "form_no": report.form_no or "",
                "received_on": report.received_on.isoformat() if report.received_on else "",
            }
            for report, concern in rows
        ]
        return person


@dataclass(frozen=True)
class Erasure:
    """What an erasure did: people erased, their reports kept, older backups rewritten or
    removed."""

    people: int
    reports: int
    backups_rewritten: int = 0
    backups_removed: int = 0
    unsearched: tuple[str, ...] = ()  # tables not BuurtDesk's: kept, and not searched
    # False while another program reading the file keeps the erased data in it: the erasure
    # completes there when that program closes the file, or at the next open.
    file_clean: bool = True
    earlier: tuple[int, ...] = ()  # ids an earlier, unfinished delete had erased already


def erase_people(lib: Library, submitter_ids: list[int], *, delete: bool) -> Erasure:
    """Delete (or anonymise) these people and every trace of them: free text, the audit log,
    the file's free pages and log, and older backups.

    The erasure is logged (ids only) before it starts and finished by the next open when it
    is stopped part-way; deleting a person an unfinished delete already erased finishes it."""
    from buurtdesk.core.store import erasure, erasure_jobs

    operation = "delete" if delete else "anonymise"
    with lib.session() as s:
        con = cast(sqlite3.Connection, s.connection().connection.driver_connection)
        people = erasure.read_people(con, submitter_ids)
        missing = sorted(set(submitter_ids) - {p.id for p in people})
        earlier = set(missing) & erasure_jobs.logged_ids(con) if delete else set()
    if delete and set(missing) - earlier:
        raise ValueError(f"no person with id {sorted(set(missing) - earlier)[0]}")
    unsearched = lib.unknown_tables()
    entries = erasure_jobs.pending_for(lib.engine, sorted(earlier))
    kept = 0
    if people:
        entries.append(erasure_jobs.begin(lib.engine, people, operation))
        ids = [p.id for p in people]
        with lib.session() as s, s.begin():
            con = cast(sqlite3.Connection, s.connection().connection.driver_connection)
            people = erasure.read_people(con, ids)
            kept = int(
                s.scalar(select(func.count(Report.id)).where(Report.submitter_id.in_(ids))) or 0
            )
            erasure.erase(con, people, delete=delete)
            for sid in ids:
                s.add(AuditEntry(entity="submitter", entity_id=sid, operation=operation))
    if not entries:
        return Erasure(0, 0, unsearched=unsearched)
    clean, rewritten, removed = erasure_jobs.finish(
        lib.engine, lib.path, entries, erasure_jobs.WAIT_FOR_READERS
    )
    return Erasure(len(people), kept, rewritten, removed, unsearched, clean, tuple(sorted(earlier)))


def delete_person(lib: Library, submitter_id: int) -> int:
    """Delete one person's data; their reports (and so the concerns) stay.  Returns reports kept."""
    return erase_people(lib, [submitter_id], delete=True).reports


def retention_months(lib: Library) -> int:
    with lib.session() as s:
        value = s.get(Setting, RETENTION_KEY)
    try:
        months = int(value.value) if value is not None else DEFAULT_RETENTION_MONTHS
        return min(max(MIN_MONTHS, months), MAX_MONTHS)
    except ValueError:
        return DEFAULT_RETENTION_MONTHS


def set_retention_months(lib: Library, months: int) -> None:
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise ValueError(
            f"the retention period is from {MIN_MONTHS} to {MAX_MONTHS} months, not {months}"
        )
    with lib.session() as s, s.begin():
        s.merge(Setting(key=RETENTION_KEY, value=str(months)))


def retention_candidates(
    lib: Library, today: dt.date | None = None, months: int | None = None
) -> list[Person]:
    """People whose every concern is settled and quiet for the retention period (a preview)."""
    today = today or dt.date.today()
    months = months or retention_months(lib)
    cutoff = today - dt.timedelta(days=round(months * 30.44))
    with lib.session() as s:
        action_concern = func.coalesce(Action.concern_id, Priority.concern_id)
        with_concern = select(Action, action_concern.label("cid")).outerjoin(
            Priority, Action.priority_id == Priority.id
        )
        open_concerns = {
            cid for _a, cid in s.execute(with_concern.where(Action.status.in_(OPEN_ACTION)))
        }
        last_update = dict(
            s.execute(
                select(action_concern, func.max(ActionUpdate.date))
                .select_from(Action)
                .outerjoin(Priority, Action.priority_id == Priority.id)
                .join(ActionUpdate, ActionUpdate.action_id == Action.id)
                .group_by(action_concern)
            ).all()
        )
        last_report = dict(
            s.execute(
                select(Report.concern_id, func.max(Report.received_on)).group_by(Report.concern_id)
            ).all()
        )
        busy: set[int] = set()
        for sub_id, concern_id in s.execute(
            select(Report.submitter_id, Report.concern_id).where(Report.submitter_id.is_not(None))
        ):
            dates = [d for d in (last_update.get(concern_id), last_report.get(concern_id)) if d]
            if sub_id is not None and (
                concern_id in open_concerns or not dates or max(dates) > cutoff
            ):
                busy.add(sub_id)
        people = s.scalars(
            select(Submitter).where(Submitter.id.not_in(busy)).order_by(Submitter.id)
        ).all()
        result = []
        for sub in people:
            if sub.name or sub.phone or sub.email or sub.address:  # already anonymised: skip
                n = s.scalar(select(func.count(Report.id)).where(Report.submitter_id == sub.id))
                result.append(_person(sub, int(n or 0)))
        return result


def anonymise(lib: Library, submitter_ids: list[int]) -> int:
    """Blank the personal fields of these submitters; the reports and concerns stay."""
    return erase_people(lib, submitter_ids, delete=False).people


def _scrub(text: str | None) -> str | None:
    from buurtdesk.core.store.erasure import generic_scrub

    return None if text is None else generic_scrub(text)


def _street(text: str | None) -> str | None:
    from buurtdesk.core.text import public_street

    return None if text is None else public_street(text)


def export_anonymised(lib: Library, target: Path, notes: list[str] | None = None) -> Path:
    """A copy of the whole file with all personal data removed (and not left in free pages).
    Every free text is scrubbed (:mod:`anonymised_texts`); ``notes`` receives a line for each
    text that lost a possible name or still looks personal."""
    target = Path(target)
    if target.exists():
        raise FileExistsError(f"{target} already exists")
    if target.resolve() == lib.path.resolve():
        raise ValueError("the copy must be another file")
    from buurtdesk.core.privacy.anonymised_texts import scrub_free_texts
    from buurtdesk.core.store import erasure
    from buurtdesk.core.store.output_paths import sweep, temp_path
    from buurtdesk.core.store.schema_guard import drop_unknown_here

    sweep(target.parent)  # what an earlier, killed copy left
    tmp = temp_path(target)
    try:
        with writing(target):
            con = erasure.memory_copy(lib.path)  # personal data never reaches the disk
            try:
                with con:
                    drop_unknown_here(con)  # never searched, so never copied
                    everyone = erasure.read_people(con, _all_ids(con))
                    erasure.erase(con, everyone, delete=True)
                    con.execute("UPDATE meeting SET chair = ''")
                    con.execute("UPDATE meeting_partner SET attendees = ''")
                    con.execute("UPDATE action SET responsible_person = ''")
                    con.execute("DELETE FROM partner_contact")  # professionals' details
                    con.execute("UPDATE partner SET note = ''")
                    # Free text may carry a name, a house number, a phone or an e-mail.
                    found = scrub_free_texts(con)
                    con.create_function("scrub", 1, _scrub, deterministic=True)
                    con.execute("UPDATE report SET form_no = NULL WHERE form_no != scrub(form_no)")
                    con.create_function("street", 1, _street, deterministic=True)
                    con.execute("UPDATE concern SET street = street(street)")
                    con.execute("DELETE FROM setting WHERE key = ?", (erasure.LOG_KEY,))
                erasure.write_vacuumed(con, tmp)  # compacted: no deleted rows in free pages
            finally:
                con.close()
            tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    if notes is not None:
        notes.extend(found)
    return target


def _all_ids(con: sqlite3.Connection) -> list[int]:
    return [r[0] for r in con.execute("SELECT id FROM submitter")]
