"""Looking at a BuurtDesk file that cannot be written: every read-only command works."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.corpus.plugin import record
from tests.locations import ROOT

# -- looking at a file that cannot be written -----------------------------------------------


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The demo neighbourhood, and the ids the read-only commands need."""
    from buurtdesk.core.demo.create import create_demo

    path = tmp_path_factory.mktemp("demo") / "demo.buurtdesk"
    create_demo(path)
    con = sqlite3.connect(path)
    ids = {
        "meeting": con.execute("SELECT max(meeting_id) FROM priority").fetchone()[0],
        "person": con.execute("SELECT min(id) FROM submitter").fetchone()[0],
        "action": con.execute("SELECT min(id) FROM action").fetchone()[0],
    }
    con.close()
    return path, ids


LOOKING = {
    "check": ["check"],
    "meeting_list": ["meeting", "list"],
    "person_show": ["person", "show", "{person}"],
    "person_find": ["person", "find", "a"],
    "action_list": ["action", "list", "--meeting", "{meeting}"],
    "action_history": ["action", "history", "--action", "{action}"],
    "export_concerns": ["export", "concerns", "--meeting", "{meeting}", "-o", "{out}/c.csv"],
    "export_actions": ["export", "actions-csv", "--meeting", "{meeting}", "-o", "{out}/a.csv"],
    "export_ranking": ["export", "ranking", "--meeting", "{meeting}", "-o", "{out}/r.csv"],
    "export_report": ["export", "report", "--meeting", "{meeting}", "-o", "{out}/v.pdf"],
    "export_anonymised": ["export", "anonymised", "-o", "{out}/anoniem.buurtdesk"],
}


def _without_permission_override() -> list[str]:
    """A command prefix that runs as root but bound by file permissions, as a user is."""
    prefix = ["setpriv", "--bounding-set=-dac_override,-dac_read_search"]
    if shutil.which("setpriv") is None:
        return []
    probe = subprocess.run([*prefix, "true"], capture_output=True)
    return prefix if probe.returncode == 0 else []


@pytest.mark.parametrize("command", sorted(LOOKING))
def test_looking_works_in_a_real_read_only_folder(
    tmp_path: Path, demo_file: tuple[Path, dict[str, int]], command: str, record_property: Any
) -> None:
    """chmod 0444 on the file and 0555 on its folder, obeyed by a process without root's
    permission override: nothing in the folder changes, not even a -wal or -shm appears."""
    record(record_property, "dbfile", "cli_read_only")
    prefix = _without_permission_override()
    if not prefix:
        pytest.skip("setpriv cannot drop the permission override here")
    folder, out = tmp_path / "alleen-lezen", tmp_path / "uit"
    folder.mkdir()
    out.mkdir()
    path = folder / "demo.buurtdesk"
    shutil.copy(demo_file[0], path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    path.chmod(0o444)
    folder.chmod(0o555)
    argv = [a.format(out=out, **demo_file[1]) for a in LOOKING[command]]
    try:
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "buurtdesk", *argv, "--db", str(path)],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    finally:
        folder.chmod(0o755)
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout or list(out.iterdir())
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
