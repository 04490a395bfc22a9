"""OpenCV, zxing-cpp, pypdfium2 and numpy load only when a scan is read: starting the window
or the command line, and printing the readable ballots, never import them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.locations import ROOT

HEAVY = ("cv2", "zxingcpp", "pypdfium2", "numpy")

SCRIPT = """
import json, sys
from buurtdesk.cli import main as cli
import buurtdesk.gui.app
import buurtdesk.gui.main_window
cli.build_parser()
db = sys.argv[1]
codes = [cli.run(["demo", "--db", db])]
for method in ("approval", "ranked"):
    codes.append(cli.run(["meeting", "set", "--db", db, "--meeting", "3", "--method", method]))
    codes.append(cli.run(["export", "ballots", "--db", db, "--meeting", "3", "-o",
                          db + method + ".pdf", "--layout", db + method + ".json"]))
codes.append(cli.run(["scans", "list", "--db", db, "--meeting", "3"]))
print(json.dumps({"codes": codes, "loaded": [m for m in %r if m in sys.modules]}))
"""


def test_starting_and_printing_load_no_scan_library(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT % (HEAVY,), str(tmp_path / "lazy.buurtdesk")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["codes"] == [0] * 6
    assert result["loaded"] == []
