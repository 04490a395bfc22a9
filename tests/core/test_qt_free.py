"""The core and every command that renders nothing must run without loading Qt."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.locations import ROOT

SCRIPT = """
import json, sys
import buurtdesk.core
from buurtdesk.cli import main as cli
from buurtdesk.core.store import db
from buurtdesk.core.store import defaults
from buurtdesk.core.demo import neighbourhood as demo
from buurtdesk.core.store import library
from buurtdesk.core.store import models
from buurtdesk.core.store import paths
db_file = sys.argv[1]
codes = [
    cli.run(["demo", "--db", db_file]),
    cli.run(["check", "--db", db_file]),
    cli.run(["meeting", "list", "--db", db_file]),
    cli.run(["meeting", "add", "--db", db_file, "--neighbourhood", "Nieuw",
             "--date", "2027-01-01"]),
]
open(db_file + ".dots.csv", "w").write("concern,count\\nK1,4\\n")
codes += [
    cli.run(["meeting", "set", "--db", db_file, "--meeting", "3", "--residents", "9"]),
    cli.run(["meeting", "start", "--db", db_file, "--meeting", "3"]),
    cli.run(["import", "ballots", db_file + ".dots.csv", "--db", db_file, "--meeting", "3"]),
    cli.run(["export", "ranking", "--db", db_file, "--meeting", "3", "-o", db_file + ".csv"]),
]
codes += [
    cli.run(["export", kind, "--db", db_file, "--meeting", "3" if kind == "invitation" else "2",
             "-o", db_file + kind + ".pdf"])
    for kind in ("actions", "report", "forms", "ballots", "feedback", "invitation")
]
open(db_file + ".forms.csv", "w").write("nr;omschrijving\\n9001;Losse tegels\\n")
codes += [
    cli.run(["import", "concerns", db_file + ".forms.csv", "--db", db_file, "--meeting", "3",
             "--report", db_file + ".report.csv"]),
    cli.run(["export", "concerns", "--db", db_file, "--meeting", "3",
             "-o", db_file + ".concerns.csv"]),
]
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print(json.dumps({"codes": codes, "qt": qt}))
"""


def test_core_and_cli_load_no_qt(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "demo.buurtdesk")],
        capture_output=True,
        text=True,
        check=True,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["codes"] == [0] * len(result["codes"])
    assert result["qt"] == []


def test_no_core_module_imports_pyside6() -> None:
    core = ROOT / "buurtdesk" / "core"
    offenders = [
        str(p.relative_to(core))
        for p in core.rglob("*.py")
        if any(
            line.strip().startswith(("import PySide6", "from PySide6"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
