"""Tally to repaint: from the Enter key in the tally grid to the end of the ranking slide's
``paintEvent`` that shows the new ranking, with 300 concerns.  The commit (one SQLite
transaction) and the recomputed ranking are included.

Run in its own process (it needs a QApplication): ``measure()`` starts
``python -m benchmarks.tally_repaint`` and reads the JSON it prints.  The data are synthetic
and fixed by a seed; nothing is kept.
"""

from __future__ import annotations

import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 20261127
CONCERNS = 300


def make_file(path: Path, n: int = CONCERNS) -> tuple[int, dict[int, int]]:
    """A neighbourhood with ``n`` open concerns on one meeting's ballot; returns ids."""
    import datetime as dt

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import Concern, Report

    rng = random.Random(SEED)
    lib = Library(path)
    try:
        hood = lib.add_neighbourhood("Meetbuurt")
        meeting = lib.add_meeting(hood, dt.date(2026, 6, 1))
        ids: dict[int, int] = {}
        with lib.session() as s, s.begin():
            for number in range(1, n + 1):
                words = rng.sample(["afval", "verkeer", "licht", "groen", "overlast", "stoep"], 3)
                c = Concern(
                    neighbourhood_id=hood,
                    number=number,
                    title=f"Knelpunt {number}: {' '.join(words)}",
                    street="Meetstraat",
                    first_meeting_id=meeting,
                )
                s.add(c)
                s.flush()
                ids[number] = c.id
                s.add(
                    Report(
                        concern_id=c.id, original_concern_id=c.id, wording="-", meeting_id=meeting
                    )
                )
    finally:
        lib.close()
    return meeting, ids


def run(tiny: bool) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from buurtdesk.core.documents.slide_data import load_deck
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.voting import counting as voting
    from buurtdesk.gui.projector.slides import RANKING
    from buurtdesk.gui.projector.window import ProjectorWindow
    from buurtdesk.gui.voting.area import VotingArea

    commits: list[float] = []
    core_set_tally = voting.set_tally

    def timed_set_tally(*args: object, **kwargs: object) -> object:
        start = time.perf_counter()
        try:
            return core_set_tally(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            commits.append((time.perf_counter() - start) * 1000)

    voting.set_tally = timed_set_tally  # type: ignore[assignment]
    rounds = 15 if tiny else 200
    rng = random.Random(SEED + 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "tally.buurtdesk"
        meeting, _ids = make_file(path)
        lib = Library(path)
        stack = QUndoStack()
        area = VotingArea(stack)
        area.resize(1200, 800)
        area.show()
        area.show_meeting(lib, meeting)
        projector = ProjectorWindow()
        projector.set_deck(load_deck(lib, meeting))
        projector.setGeometry(0, 0, 1920, 1080)
        projector.show()
        projector.go(RANKING)
        area.votes_changed.connect(projector.set_ranking)
        slide = projector.current_slide()
        grid = area.tally
        for _ in range(5):
            app.processEvents()
        times: list[float] = []
        for _ in range(rounds):
            number = rng.randint(1, CONCERNS)
            grid.concern_edit.setText(str(number))
            QTest.keyClick(grid.concern_edit, Qt.Key.Key_Return)
            grid.count_edit.setText(str(rng.randint(1, 40)))
            app.processEvents()
            before = slide.paint_count
            start = time.perf_counter()
            QTest.keyClick(grid.count_edit, Qt.Key.Key_Return)
            deadline = start + 2.0
            while slide.paint_count == before and time.perf_counter() < deadline:
                app.processEvents()
            times.append((slide.last_paint_end - start) * 1000)
        projector.close()
        area.close()
        lib.close()
    voting.set_tally = core_set_tally  # type: ignore[assignment]
    rest = sorted(t - c for t, c in zip(times, commits, strict=False))
    return {
        "tally_to_repaint_p95_ms": round(p95(times), 2),
        "tally_to_repaint_median_ms": round(statistics.median(times), 2),
        # The same interval without the core's commit (voting.set_tally): the window's share.
        "tally_commit_median_ms": round(statistics.median(commits), 2),
        "tally_to_repaint_without_commit_p95_ms": round(p95(rest), 2),
        "tally_to_repaint_rounds": len(times),
    }


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def measure(tiny: bool) -> dict[str, float]:
    """Run :func:`run` in a fresh process and return its figures."""
    cmd = [sys.executable, "-m", "benchmarks.tally_repaint"] + (["--tiny"] if tiny else [])
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run(
        cmd, capture_output=True, text=True, env=env, cwd=root, timeout=600, check=False
    )
    if proc.returncode != 0:
        raise RuntimeError(f"tally_repaint failed: {proc.stderr[-500:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


if __name__ == "__main__":
    print(json.dumps(run("--tiny" in sys.argv[1:])))
