"""A big file: 50 neighbourhoods x 40 meetings x 100 concerns, with reports, tallies, ballots,
priorities and actions.  Measures opening one meeting in the window, and peak memory.

The file is generated from a seed with SQLAlchemy Core bulk inserts (defaults applied), in a
temporary folder; nothing is committed.  The window part runs in a fresh process, so its peak
memory (ru_maxrss) is the window's own.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SEED = 50_40_100
FULL = (50, 40, 100)
TINY = (2, 3, 10)
WORDS = [
    "te",
    "hard",
    "rijden",
    "afval",
    "naast",
    "containers",
    "hondenpoep",
    "graffiti",
    "ratten",
    "kapotte",
    "lantaarn",
    "losse",
    "tegels",
    "hangjongeren",
    "lachgas",
    "inbraak",
    "fietsdiefstal",
    "geluidsoverlast",
    "parkeren",
    "stoep",
    "speeltuin",
    "zwerfvuil",
    "drugs",
    "portiek",
    "oversteek",
    "school",
    "verlichting",
    "bankjes",
]


def build(path: Path, hoods: int, meetings: int, per_meeting: int) -> list[int]:
    """Write the file; return the ids of the newest meeting of each neighbourhood."""
    from sqlalchemy import insert, select

    from buurtdesk.core.store import models as m
    from buurtdesk.core.store.library import Library

    rng = random.Random(SEED)
    lib = Library(path, daily_backup=False)
    start = dt.date(2020, 1, 7)
    newest: list[int] = []
    with lib.engine.begin() as conn:
        partners = list(conn.execute(select(m.Partner.id)).scalars())
        themes = list(conn.execute(select(m.Theme.id)).scalars())
        meeting_id = concern_id = priority_id = 0
        for h in range(1, hoods + 1):
            conn.execute(insert(m.Neighbourhood), [{"id": h, "name": f"Buurt {h:02d}"}])
            meeting_rows, concern_rows, report_rows, tally_rows = [], [], [], []
            ballot_rows, priority_rows, action_rows, update_rows = [], [], [], []
            number = 0
            for k in range(meetings):
                meeting_id += 1
                date = start + dt.timedelta(days=45 * k)
                closed = k < meetings - 1
                meeting_rows.append(
                    {
                        "id": meeting_id,
                        "neighbourhood_id": h,
                        "date": date,
                        "status": m.MeetingStatus.CLOSED if closed else m.MeetingStatus.PLANNED,
                        "residents_present": 12,
                    }
                )
                chosen = []
                for _ in range(per_meeting):
                    concern_id += 1
                    number += 1
                    words = " ".join(rng.sample(WORDS, 4))
                    concern_rows.append(
                        {
                            "id": concern_id,
                            "neighbourhood_id": h,
                            "number": number,
                            "title": words.capitalize(),
                            "theme_id": rng.choice(themes),
                            "street": f"Straat {rng.randint(1, 60)}",
                            "first_meeting_id": meeting_id,
                        }
                    )
                    for _ in range(rng.randint(1, 2)):
                        report_rows.append(
                            {
                                "concern_id": concern_id,
                                "original_concern_id": concern_id,
                                "wording": words + " !!",
                                "received_on": date,
                                "meeting_id": meeting_id,
                            }
                        )
                    if closed:
                        tally_rows.append(
                            {
                                "meeting_id": meeting_id,
                                "concern_id": concern_id,
                                "method": m.VotingMethod.DOTS,
                                "count": rng.randint(0, 9),
                            }
                        )
                        chosen.append((tally_rows[-1]["count"], concern_id))
                first_number = number - per_meeting + 1
                for b in range(10 if closed else 0):
                    picks = rng.sample(range(first_number, number + 1), 3)
                    ballot_rows.append(
                        {
                            "meeting_id": meeting_id,
                            "ballot_no": str(b + 1),
                            "method": m.VotingMethod.RANKED,
                            "choices": picks,
                        }
                    )
                for rank, (score, cid) in enumerate(sorted(chosen, reverse=True)[:3], 1):
                    priority_id += 1
                    priority_rows.append(
                        {
                            "id": priority_id,
                            "meeting_id": meeting_id,
                            "concern_id": cid,
                            "rank": rank,
                            "score": score,
                        }
                    )
                    for a in range(2):
                        action_rows.append(
                            {
                                "meeting_id": meeting_id,
                                "priority_id": priority_id,
                                "concern_id": cid,
                                "description": f"Actie {a + 1} voor K{cid}",
                                "owner_partner_id": rng.choice(partners),
                                "due_date": date + dt.timedelta(days=60),
                                "status": rng.choice(list(m.ActionStatus)),
                            }
                        )
            conn.execute(insert(m.Meeting), meeting_rows)
            conn.execute(insert(m.Concern), concern_rows)
            conn.execute(insert(m.Report), report_rows)
            if tally_rows:
                conn.execute(insert(m.Tally), tally_rows)
            if ballot_rows:
                conn.execute(insert(m.Ballot), ballot_rows)
            if priority_rows:
                conn.execute(insert(m.Priority), priority_rows)
            if action_rows:
                first_action = conn.execute(insert(m.Action), action_rows)
                del first_action
            newest.append(meeting_id)
        action_ids = list(conn.execute(select(m.Action.id, m.Action.due_date)))
        for aid, due in action_ids:
            update_rows.append(
                {"action_id": aid, "date": due, "status": m.ActionStatus.IN_PROGRESS, "note": "."}
            )
        if update_rows:
            conn.execute(insert(m.ActionUpdate), update_rows)
    lib.close()
    return newest


def window(path: Path, hood_id: int, meeting_id: int) -> dict[str, float]:
    """In this process: open the file in the window, then time opening ``meeting_id``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from buurtdesk.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    win = MainWindow()
    win.resize(1360, 850)
    win.show()
    win.start(path)
    app.processEvents()
    times = []
    for _ in range(5):
        start = time.perf_counter()
        win.controller.reload(hood_id, meeting_id)
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        assert win.controller.current_meeting().id == meeting_id  # type: ignore[union-attr]
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    win.close()
    return {"bigdb_open_meeting_ms": round(sorted(times)[len(times) // 2], 1),
            "bigdb_rss_mb": round(rss_kb / 1024, 1)}  # fmt: skip


def measure(tiny: bool) -> dict[str, float]:
    hoods, meetings, per_meeting = TINY if tiny else FULL
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.buurtdesk"
        start = time.perf_counter()
        newest = build(path, hoods, meetings, per_meeting)
        built = time.perf_counter() - start
        middle = len(newest) // 2
        hood, target = middle + 1, newest[middle] - 1  # a closed meeting, middle neighbourhood
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        root = Path(__file__).resolve().parent.parent
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks.bigdb", str(path), str(hood), str(target)],
            capture_output=True, text=True, env=env, cwd=root, timeout=900, check=False,
        )  # fmt: skip
        if proc.returncode != 0:
            raise RuntimeError(f"bigdb failed: {proc.stderr[-800:]}")
        result = json.loads(proc.stdout.strip().splitlines()[-1])
        result["bigdb_build_s"] = round(built, 1)
        result["bigdb_file_mb"] = round(path.stat().st_size / 1e6, 1)
        return result


if __name__ == "__main__":
    print(json.dumps(window(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]))))
