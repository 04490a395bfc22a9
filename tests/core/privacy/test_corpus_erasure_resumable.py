"""An erasure always finishes: killed at any step it is finished by the next open of the file or
by deleting the person again, in the file and in every backup; and while another program is
reading the file, the delete waits, says the erasure completes when that program closes the
file, and the next open completes it."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest

from buurtdesk.cli.main import run
from buurtdesk.core.store import backup, erasure_jobs
from buurtdesk.core.store.library import Library
from tests.core.privacy.erasure_planting import DRIVER, TRACES, _left, _raw
from tests.corpus.plugin import record
from tests.locations import ROOT

# Where a delete may be stopped: (function, before or after its N-th call).
KILL_POINTS = {
    "logged, nothing erased": ("buurtdesk.core.store.erasure:erase", "before", 1),
    "file erased, no backup yet": ("buurtdesk.core.store.erasure_jobs:checkpoint", "before", 1),
    "one backup rewritten": ("os:replace", "after", 1),
    "second backup half written": ("buurtdesk.core.store.erasure:write_vacuumed", "after", 2),
    "all done but the log": ("buurtdesk.core.store.erasure_jobs:_settle", "before", 1),
}


def _cli(capsys: Any, *argv: object) -> tuple[int, str, str]:
    code = run([str(a) for a in argv])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _backups(path: Path) -> list[Path]:
    """Every kind of backup BuurtDesk knows: automatic, manual, and the copy before an update."""
    made = [backup.make_backup(path, "daily"), backup.make_backup(path, "manual")]
    before_update = path.with_name(f"{path.stem}.schema2-2026-12-01.bak")
    shutil.copyfile(path, before_update)
    return [*made, before_update]


def _log(path: Path) -> tuple[str, list[dict[str, Any]]]:
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        row = con.execute("SELECT value FROM setting WHERE key = 'erasure_log'").fetchone()
    finally:
        con.close()
    return (row[0], json.loads(row[0])) if row else ("", [])


def _clean(path: Path) -> bool:
    return _left(path) == [] and not any(t.encode() in _raw(path) for t in TRACES)


def _killed_delete(path: Path, sid: int, point: tuple[str, str, int]) -> None:
    root = str(ROOT)
    proc = subprocess.run(
        [sys.executable, str(DRIVER), "delete", str(path), str(sid), *map(str, point)],
        capture_output=True,
        text=True,
        cwd=root,
        env={**os.environ, "PYTHONPATH": root},
        timeout=120,
    )
    assert proc.returncode == -9, proc.stderr  # killed, as a power cut would


@pytest.mark.parametrize("finish_by", ["next open", "delete again"])
@pytest.mark.parametrize("point", KILL_POINTS)
def test_a_killed_delete_is_finished_everywhere(
    planted: tuple[Library, int],
    capsys: Any,
    point: str,
    finish_by: str,
    record_property: Any,
) -> None:
    record(record_property, "erasure", "crash")
    lib, sid = planted
    lib.close()
    copies = _backups(lib.path)
    assert all(_left(b) for b in copies)
    _killed_delete(lib.path, sid, KILL_POINTS[point])
    raw, log = _log(lib.path)
    assert log and log[-1]["people"][0][0] == sid and log[-1].get("pending") is True
    assert not any(t.casefold() in raw.casefold() for t in TRACES)  # ids only, never data
    if finish_by == "next open":
        Library(lib.path, daily_backup=False).close()
    else:
        code, out, err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
        assert code == 0, err
        assert f"person {sid} was already deleted from the file; finished erasing it" in out
    assert _clean(lib.path)
    assert all(_clean(b) for b in copies if b.exists()), point
    assert all(b.exists() for b in copies)  # rewritten, none lost
    assert not _log(lib.path)[1][-1].get("pending")
    code, _out, err = _cli(capsys, "person", "delete", sid + 1000, "--db", lib.path)
    assert code == 1 and err == f"error: no person with id {sid + 1000}\n"


def test_a_finished_delete_asked_again_says_it_is_done(
    planted: tuple[Library, int], capsys: Any, record_property: Any
) -> None:
    record(record_property, "erasure", "cli")
    lib, sid = planted
    lib.close()
    assert _cli(capsys, "person", "delete", sid, "--db", lib.path)[0] == 0
    code, out, _err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
    assert code == 0 and "already deleted from the file; finished erasing it" in out
    assert "backups: 0 rewritten, 0 removed" in out


# -- 11. another program reading ----------------------------------------------------------


def _reader(path: Path) -> sqlite3.Connection:
    """Another program with a read transaction open on the file."""
    con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    con.execute("BEGIN")
    con.execute("SELECT count(*) FROM submitter").fetchone()
    return con


def test_a_delete_while_another_program_reads_completes_at_the_next_open(
    planted: tuple[Library, int],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, "erasure", "cli")
    monkeypatch.setattr(erasure_jobs, "WAIT_FOR_READERS", 0.3)  # 10 s in use
    lib, sid = planted
    lib.close()
    reader = _reader(lib.path)
    keeper = sqlite3.connect(lib.path)  # an idle second program: no checkpoint at the close
    try:
        code, out, err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
        assert code == 0 and f"deleted person {sid}" in out
        assert err == (
            f"warning: another program is reading {lib.path}; the erasure completes in the "
            "file when that program closes it, or else when BuurtDesk next opens the file\n"
        )
        assert _log(lib.path)[1][-1].get("pending") is True
        reader.close()
        Library(lib.path, daily_backup=False).close()
        assert not _log(lib.path)[1][-1].get("pending")
        assert not any(t.encode() in lib.path.read_bytes() for t in TRACES)
        assert _left(lib.path) == []
    finally:
        reader.close()
        keeper.close()


def test_a_delete_waits_for_a_reader_that_finishes(
    planted: tuple[Library, int],
    capsys: Any,
    monkeypatch: pytest.MonkeyPatch,
    record_property: Any,
) -> None:
    record(record_property, "erasure", "cli")
    monkeypatch.setattr(erasure_jobs, "WAIT_FOR_READERS", 30.0)
    lib, sid = planted
    lib.close()
    reader = _reader(lib.path)
    keeper = sqlite3.connect(lib.path)
    ends = threading.Timer(0.5, reader.close)
    ends.start()
    try:
        code, out, err = _cli(capsys, "person", "delete", sid, "--db", lib.path)
        assert code == 0 and f"deleted person {sid}" in out and err == ""
        assert not _log(lib.path)[1][-1].get("pending")
        assert not any(t.encode() in _raw(lib.path) for t in TRACES)
    finally:
        ends.join()
        keeper.close()
