"""Run the suite: ``python -m benchmarks [--tiny]``.  Writes bench-results.json at the root."""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from pathlib import Path

from benchmarks import (
    bigdb,
    city,
    concern_list,
    concerns,
    documents,
    import_memory,
    ranking,
    startup,
    tally_repaint,
)

ROOT = Path(__file__).resolve().parent.parent

GOALS = {
    "startup_ratio": "<= 1.5",
    "startup_ready_ratio": "<= 4.0",
    "startup_opened_ratio": "-",
    "startup_ms": "-",
    "tally_to_repaint_p95_ms": "<= 16",
    "ranking_ms": "<= 5",
    "suggest_p95_ms": "<= 10",
    "filter_ms": "<= 50",
    "import_10k_s": "<= 5",
    "import_undo_10k_s": "-",
    "import_read_1m_mb": "<= 50",
    "actionlist_pdf_ratio": "<= 1.5",
    "bigdb_open_meeting_ms": "<= 200",
    "bigdb_rss_mb": "<= 300",
    "publish_s": "<= 3",
    "city_import_s": "<= 3",
}

# Figures whose feature BuurtDesk does not have yet: null, with the reason.
NOT_YET: dict[str, str] = {}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--tiny", action="store_true", help="smallest sizes: a smoke test")
    parser.add_argument("--runs", type=int, default=None, help="process starts per side")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "bench-results.json")
    args = parser.parse_args()
    runs = args.runs or (2 if args.tiny else 9)

    from buurtdesk.core.demo.create import create_demo

    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.buurtdesk"
        create_demo(db)
        results.update(startup.measure(db, runs))
    results.update(documents.measure(args.tiny))
    results.update(ranking.measure(args.tiny))
    results.update(tally_repaint.measure(args.tiny))
    results.update(concern_list.measure(args.tiny))
    results.update(concerns.measure(args.tiny))
    results.update(import_memory.measure(args.tiny))
    results.update(bigdb.measure(args.tiny))
    results.update(city.measure(args.tiny))
    for key, reason in NOT_YET.items():
        results.setdefault(key, None)
        results.setdefault(f"{key}_reason", reason)
    results["meta"] = {"runs": runs, "tiny": args.tiny, "python": platform.python_version()}
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(f"{'figure':<28}{'value':>10}  goal")
    for key, goal in GOALS.items():
        value = results.get(key)
        shown = "null" if value is None else f"{value}"
        print(f"{key:<28}{shown:>10}  {goal}  {results.get(f'{key}_reason', '')}")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
