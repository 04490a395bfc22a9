"""``buurtdesk --self-test``: the check the installers and the frozen bundle rely on."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_python(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    return subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_self_test_passes_and_prints_one_line_per_check(tmp_path: Path) -> None:
    done = run_python("-m", "buurtdesk", "--self-test", home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["ok window", "ok slide", "ok pdf", "ok scan"]
    assert "Traceback" not in done.stderr
    # It writes nothing into the user's folders: no settings, no backup, no demo file.
    assert not (tmp_path / "data").exists()
    assert not (tmp_path / "config").exists()


def test_self_test_keeps_the_slide_and_pdf_when_asked(tmp_path: Path) -> None:
    out = tmp_path / "out"
    env_run = run_python(
        "-c",
        "import os, sys; os.environ['BUURTDESK_SELF_TEST_OUT'] = sys.argv[1];"
        "from buurtdesk.cli.main import main; main(['--self-test'])",
        str(out),
        home=tmp_path,
    )
    assert env_run.returncode == 0, env_run.stderr
    assert (out / "slide.png").read_bytes().startswith(b"\x89PNG")
    assert (out / "actielijst.pdf").read_bytes().startswith(b"%PDF-")
    assert (out / "stembriefje.pdf").read_bytes().startswith(b"%PDF-")


def test_a_failing_check_gives_exit_1_and_the_reason(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from buurtdesk.gui import self_test\n"
        "def broken(*args):\n"
        "    raise self_test.CheckError('the printer is on fire')\n"
        "self_test.check_pdf = broken\n"
        "sys.exit(self_test.run())\n"
    )
    done = run_python("-c", script, home=tmp_path)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        "ok window",
        "ok slide",
        "FAIL pdf: the printer is on fire",
        "ok scan",
    ]
    assert done.stderr.strip().splitlines() == [
        "error: self-test failed: pdf: the printer is on fire"
    ]


def test_self_test_is_in_the_help() -> None:
    from buurtdesk.cli.main import build_parser

    assert "--self-test" in build_parser().format_help()
