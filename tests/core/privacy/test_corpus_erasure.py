"""Erasure: a deleted or anonymised person leaves nothing behind, in any text, in the file's
bytes, in older backups, in a half-written copy; a restore says it brings people back."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.concerns.delete import delete_report
from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.enums import ActionStatus
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import audit, backup, db
from buurtdesk.core.store.library import Library
from buurtdesk.core.store.models import Action, ActionUpdate, AuditEntry, Concern, Report, Submitter
from tests.corpus import snapshot
from tests.corpus.plugin import record
from tests.locations import ROOT, TESTS

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


@pytest.fixture
def planted(tmp_path: Path) -> Iterator[tuple[Library, int]]:
    lib = Library(tmp_path / "erasure.buurtdesk", daily_backup=False)
    sid = _plant(lib)
    yield lib, sid
    lib.close()


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


# -- 3. backups -----------------------------------------------------------------------------


def _cli(capsys: Any, *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def test_cli_delete_rewrites_older_backups(
    planted: tuple[Library, int], capsys: Any, record_property: Any
):
    record(record_property, "erasure", "cli")
    lib, sid = planted
    made = [backup.make_backup(lib.path, f"manual-{n}") for n in range(2)]
    lib.close()
    assert all(_left(p) for p in made)
    code, out, err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
    assert code == 0, err
    assert "backups: 2 rewritten, 0 removed" in out
    assert [b.path for b in backup.list_backups(lib.path)] == made[::-1]
    for path in made:
        assert _left(path) == [] and not any(t.encode() in path.read_bytes() for t in TRACES)
        assert backup.inspect_file(path).exists  # still a BuurtDesk file


def test_cli_retention_removes_a_backup_it_cannot_rewrite(
    planted: tuple[Library, int], capsys: Any, record_property: Any
):
    record(record_property, "erasure", "cli")
    lib, _sid = planted
    good = backup.make_backup(lib.path, "manual")
    broken = backup.make_backup(lib.path, "daily")
    lib.close()
    broken.write_bytes(broken.read_bytes()[:4096] + b"\xde\xad" * 4096)
    code, out, err = _cli(capsys, "retention", "--months", 1, "--apply", "--db", lib.path)
    assert code == 0, err
    assert "anonymised 1 person(s)" in out
    assert "backups: 1 rewritten, 1 removed" in out
    assert not broken.exists() and _left(good) == []


def test_cli_backup_prunes_by_the_keep_setting(
    planted: tuple[Library, int], capsys: Any, record_property: Any
):
    record(record_property, "erasure", "cli")
    lib, _sid = planted
    backup.set_backup_keep(lib, 2)
    lib.close()
    for _ in range(4):
        assert _cli(capsys, "backup", "--db", lib.path)[0] == 0
    assert len(backup.list_backups(lib.path)) == 2


def _killed_mid_write(tmp_path: Path, what: str, *args: object) -> Path:
    root = str(ROOT)  # this checkout's BuurtDesk
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), what, *map(str, args)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().split()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert line[0] == "paused", line
    return Path(line[1])


def test_killed_backup_leaves_no_part(
    planted: tuple[Library, int], tmp_path: Path, capsys: Any, record_property: Any
):
    record(record_property, "erasure", "crash")
    lib, _sid = planted
    lib.close()
    part = _killed_mid_write(tmp_path, "backup", lib.path)
    assert part.name.endswith(".part") and NAME.encode() in part.read_bytes()
    backup.list_backups(lib.path)  # opening the backups folder
    assert not part.exists()
    part = _killed_mid_write(tmp_path, "backup", lib.path)
    assert _cli(capsys, "backup", "--db", lib.path)[0] == 0
    assert list(backup.backup_dir(lib.path).glob("*.part")) == []


def test_killed_export_anonymised_leaves_no_personal_part(
    planted: tuple[Library, int], tmp_path: Path, capsys: Any, record_property: Any
):
    record(record_property, "erasure", "crash")
    lib, _sid = planted
    lib.close()
    target = tmp_path / "kopie.buurtdesk"
    part = _killed_mid_write(tmp_path, "export", lib.path, target)
    if part.exists():
        assert not any(t.encode() in part.read_bytes() for t in TRACES)
    code, _out, err = _cli(capsys, "export", "anonymised", "--db", lib.path, "-o", target)
    assert code == 0, err
    assert not part.exists() and _left(target) == []


# -- 4. restore -----------------------------------------------------------------------------


def test_cli_restore_refuses_to_bring_back_deleted_people(
    planted: tuple[Library, int], tmp_path: Path, capsys: Any, record_property: Any
):
    record(record_property, "erasure", "cli")
    lib, sid = planted
    outside = backup.make_backup(lib.path, target=tmp_path / "stick" / "kopie.buurtdesk")
    privacy.delete_person(lib, sid)
    lib.close()
    assert backup.deleted_in_backup(outside, lib.path) == 1
    before = snapshot(lib.path)
    code, _out, err = _cli(capsys, "restore", outside, "--db", lib.path)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "1 person deleted since" in lines[0] and "--bring-back-deleted" in lines[0]
    assert snapshot(lib.path) == before
    code, out, err = _cli(capsys, "restore", outside, "--db", lib.path, "--bring-back-deleted")
    assert code == 0, err
    assert "brought back 1 deleted person" in out
    assert NAME.casefold() in _dump(lib.path)
    assert backup.deleted_in_backup(outside, lib.path) == 0  # brought back on purpose


def test_deletion_log_holds_no_personal_data(planted: tuple[Library, int], record_property: Any):
    record(record_property, "erasure", "core")
    lib, sid = planted
    privacy.delete_person(lib, sid)
    con = sqlite3.connect(lib.path)
    try:
        (log,) = con.execute("SELECT value FROM setting WHERE key = 'erasure_log'").fetchone()
    finally:
        con.close()
    assert str(sid) in log and not [t for t in TRACES if t.casefold() in log.casefold()]


# -- 5. the retention period's range ---------------------------------------------------------


@pytest.mark.parametrize("months", ["0", "-1", "121", str(10**12), "twaalf"])
def test_cli_retention_months_out_of_range(
    planted: tuple[Library, int], months: str, capsys: Any, record_property: Any
):
    record(record_property, "count", "cli")
    lib, _sid = planted
    lib.close()
    before = snapshot(lib.path)
    code, _out, err = _cli(capsys, "retention", "--months", months, "--db", lib.path)
    assert code == 1
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), err
    assert "--months" in lines[0] and "1" in lines[0] and "120" in lines[0]
    assert snapshot(lib.path) == before


@pytest.mark.parametrize(
    ("form_no", "kept"),
    [("0042", True), ("F-2026-014", True), ("A 12", True), (ADDRESS, False), ("Kade 3b", False)],
)
def test_only_form_numbers_holding_an_address_are_cleared(
    form_no: str, kept: bool, record_property: Any
) -> None:
    from buurtdesk.core.store.erasure import clean_form_no

    record(record_property, "erasure", "core")
    assert clean_form_no(form_no) == (form_no if kept else None)
