"""Erasure, continued: older backups, killed writes, restore and the retention period."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.privacy import personal as privacy
from buurtdesk.core.store import backup
from buurtdesk.core.store.library import Library
from tests.core.privacy.erasure_planting import (
    ADDRESS,
    DRIVER,
    NAME,
    TRACES,
    _dump,
    _left,
)
from tests.corpus import snapshot
from tests.corpus.plugin import record
from tests.locations import ROOT

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
