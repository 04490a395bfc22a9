"""Erasure: a deleted or anonymised person leaves nothing behind, in any text, in the file's
bytes, in older backups, in a half-written copy; a restore says it brings people back."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.core.concerns.delete import delete_report
from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import audit, db
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import AuditEntry, Concern, Report, Submitter
from tests.core.privacy.erasure_planting import (
    ADDRESS,
    EMAIL,
    NAME,
    PHONE,
    TODAY,
    TRACES,
    _dump,
    _left,
    _plant,
    _raw,
)
from tests.corpus.plugin import record

# -- 1. free text ---------------------------------------------------------------------------


def test_delete_person_scrubs_every_text(planted: tuple[Library, int], record_property: Any):
    record(record_property, "erasure", "core")
    lib, sid = planted
    assert _left(lib.path) == list(TRACES)
    privacy.delete_person(lib, sid)
    assert _left(lib.path) == []
    with lib.session() as s:
        report = s.query(Report).one()
        assert report.form_no in (None, "")
        assert report.wording.strip() and s.query(Concern).one().title.strip()


def test_retention_scrubs_every_text(planted: tuple[Library, int], record_property: Any):
    record(record_property, "erasure", "core")
    lib, sid = planted
    due = privacy.retention_candidates(lib, today=TODAY, months=12)
    assert [p.id for p in due] == [sid]
    privacy.anonymise(lib, [sid])
    assert _left(lib.path) == []


def test_export_anonymised_scrubs_every_text(
    planted: tuple[Library, int], tmp_path: Path, record_property: Any
):
    record(record_property, "erasure", "core")
    lib, _sid = planted
    copy = privacy.export_anonymised(lib, tmp_path / "kopie.buurtdesk")
    assert _left(lib.path) == list(TRACES)
    assert _left(copy) == []
    assert not any(t.encode() in _raw(copy) for t in TRACES)


def test_delete_leaves_other_people_alone(planted: tuple[Library, int], record_property: Any):
    record(record_property, "erasure", "core")
    lib, sid = planted
    other = _plant(lib, "Bartholomeus Klaproos", "010-4661234", "bart@klaproos.nl")
    privacy.delete_person(lib, sid)
    assert "bartholomeus klaproos" in _dump(lib.path)
    with lib.session() as s:
        assert s.get(Submitter, other).email == "bart@klaproos.nl"  # type: ignore[union-attr]


def test_new_audit_entries_keep_no_personal_fields(
    planted: tuple[Library, int], record_property: Any
):
    record(record_property, "erasure", "core")
    lib, _sid = planted
    with lib.session() as s, s.begin():
        report_id = s.query(Report.id).scalar()
        audit.record(
            s,
            "action",
            1,
            "delete_update",
            {"name": NAME, "email": EMAIL, "note": f"bel {PHONE} of {EMAIL}"},
            {"responsible_person": NAME, "address": ADDRESS},
        )
    delete_report(lib, report_id)
    with lib.session() as s:
        entries = [(e.before, e.after) for e in s.query(AuditEntry).order_by(AuditEntry.id)]
    text = repr(entries[1:]).casefold()
    assert not [t for t in TRACES if t.casefold() in text], text


# -- 2. the file's bytes --------------------------------------------------------------------


def test_secure_delete_on_every_connection(planted: tuple[Library, int], record_property: Any):
    record(record_property, "erasure", "db")
    lib, _sid = planted
    with lib.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    con = sqlite3.connect(lib.path)  # whatever this SQLite build's default is
    try:
        con.execute("PRAGMA secure_delete=OFF")
        db._on_connect(con, None)
        assert con.execute("PRAGMA secure_delete").fetchone()[0] == 1
    finally:
        con.close()


@pytest.mark.parametrize("how", ["delete", "retention"])
def test_deleted_row_not_in_the_file_or_its_log(
    tmp_path: Path, how: str, record_property: Any
) -> None:
    """Only the person's own row holds the details: the file and ``-wal`` bytes are checked
    while the window still has the file open."""
    record(record_property, "erasure", "db")
    lib = Library(tmp_path / "bytes.buurtdesk", daily_backup=False)
    try:
        hood = lib.add_neighbourhood("Tarwewijk")
        meeting = lib.add_meeting(hood, dt.date(2020, 2, 6))
        form = FormInput(meeting, "Geluidsoverlast", name=NAME, phone=PHONE, email=EMAIL)
        report = save_form(lib, form).report_id
        with lib.session() as s:
            sid = s.get(Report, report).submitter_id  # type: ignore[union-attr]
        assert sid is not None and NAME.encode() in _raw(lib.path)
        if how == "delete":
            privacy.delete_person(lib, sid)
        else:
            privacy.anonymise(lib, [sid])
        raw = _raw(lib.path)
        assert [t for t in (NAME, EMAIL, PHONE) if t.encode() in raw] == []
    finally:
        lib.close()


@pytest.mark.parametrize("how", ["delete", "retention"])
def test_deleted_person_not_in_the_file_bytes(
    planted: tuple[Library, int], how: str, record_property: Any
):
    record(record_property, "erasure", "db")
    lib, sid = planted
    assert all(t.encode() in _raw(lib.path) for t in (NAME, EMAIL))
    if how == "delete":
        privacy.delete_person(lib, sid)
    else:
        privacy.anonymise(lib, [sid])
    raw = _raw(lib.path)  # the window keeps the file open
    assert [t for t in (NAME, EMAIL, PHONE) if t.encode() in raw] == []
    assert NAME.upper().encode() not in raw and ADDRESS.encode() not in raw
