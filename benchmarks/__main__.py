"""Run the suite: ``python -m benchmarks [--tiny] [--only KEY ...]``.  Writes bench-results.json
at the root; with ``--only``, just the parts that give those keys, into the same file."""

from __future__ import annotations

import argparse
import json
import platform
import tempfile
from pathlib import Path

from benchmarks import (
    bigdb,
    concern_list,
    concerns,
    documents,
    import_200k,
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
    "import_200k_s": "<= 60",
    "import_200k_mb": "<= 500",
    "actionlist_pdf_ratio": "<= 1.5",
    "bigdb_open_meeting_ms": "<= 200",
    "bigdb_rss_mb": "<= 300",
}

# Figures whose feature BuurtDesk does not have yet: null, with the reason.
NOT_YET: dict[str, str] = {}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks")
    parser.add_argument("--tiny", action="store_true", help="smallest sizes: a smoke test")
    parser.add_argument("--runs", type=int, default=None, help="process starts per side")
    parser.add_argument("-o", "--output", type=Path, default=ROOT / "bench-results.json")
    parser.add_argument("--only", nargs="+", metavar="KEY", help="measure only these keys")
    args = parser.parse_args()
    runs = args.runs or (2 if args.tiny else 9)

    def startup_figures(tiny: bool) -> dict[str, float]:
        from buurtdesk.core.demo.create import create_demo

        with tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "demo.buurtdesk"
            create_demo(db)
            return dict(startup.measure(db, runs))

    parts = {  # the keys each part gives, and how it measures them
        "startup": (
            startup_figures,
            ("startup_ratio", "startup_ready_ratio", "startup_opened_ratio", "startup_ms"),
        ),
        "documents": (documents.measure, ("actionlist_pdf_ratio",)),
        "ranking": (ranking.measure, ("ranking_ms",)),
        "tally": (tally_repaint.measure, ("tally_to_repaint_p95_ms",)),
        "list": (concern_list.measure, ("filter_ms",)),
        "concerns": (concerns.measure, ("suggest_p95_ms", "import_10k_s", "import_undo_10k_s")),
        "read": (import_memory.measure, ("import_read_1m_mb",)),
        "import_200k": (
            import_200k.measure,
            ("import_200k_s", "import_200k_mb", "import_200k_cpu_s"),
        ),
        "bigdb": (bigdb.measure, ("bigdb_open_meeting_ms", "bigdb_rss_mb")),
    }
    results: dict[str, object] = {}
    for measure, keys in parts.values():
        if not args.only or set(args.only) & set(keys):
            results.update(measure(args.tiny))
    for key, reason in NOT_YET.items():
        results.setdefault(key, None)
        results.setdefault(f"{key}_reason", reason)
    results["meta"] = {"runs": runs, "tiny": args.tiny, "python": platform.python_version()}
    args.output.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")

    print(f"{'figure':<28}{'value':>10}  goal")
    for key, goal in GOALS.items():
        if key not in results and args.only:
            continue
        value = results.get(key)
        shown = "null" if value is None else f"{value}"
        print(f"{key:<28}{shown:>10}  {goal}  {results.get(f'{key}_reason', '')}")
    print(f"written to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
