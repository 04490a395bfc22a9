"""omr_*: how well and how fast printed ballots are read back from scans and photos.

Ballots are printed for a generated meeting (approval and ranked, 56 concerns: two pages
each), filled and spoiled by :mod:`benchmarks.omr_sheets`, and read box by box with the
reader of ``import scans`` against the published layout.  Per set (scan, photo):

- ``omr_accuracy_*``: correct decisions / decided boxes (unsure ones left out);
- ``omr_unsure_*``: unsure boxes / all boxes;
- ``omr_silent_errors_*``: wrong decisions on decided boxes (a marked box read as empty, ...).

``omr_pages_per_min``: a 200-page 300 dpi scanned PDF through ``import_scans`` from start to
finish (rendering, reading, storing and counting included).  All from a seed.
"""

from __future__ import annotations

import contextlib
import io
import json
import random
import tempfile
import time
from pathlib import Path
from typing import Any

SEED = 20261207
BOXES_PER_SET = 20_000


def _print_runs(folder: Path, ballots: int) -> tuple[Path, int, list[tuple[Path, dict[str, Any]]]]:
    """A demo file whose planned meeting has approval and ranked ballots printed."""
    from buurtdesk.cli.main import run as cli
    from buurtdesk.core.demo.create import create_demo

    db = folder / "omr.buurtdesk"
    create_demo(db)
    meeting = 3
    runs = []
    with contextlib.redirect_stdout(io.StringIO()):  # the commands' own lines
        for method in ("approval", "ranked"):
            pdf, layout = folder / f"{method}.pdf", folder / f"{method}.json"
            db_args = ["--db", str(db), "--meeting", str(meeting)]
            cli(["meeting", "set", *db_args, "--method", method])
            cli(
                ["export", "ballots", *db_args, "-o", str(pdf), "--count", str(ballots)]
                + ["--layout", str(layout)]
            )
            runs.append((pdf, json.loads(layout.read_text(encoding="utf-8"))))
    return db, meeting, runs


def _read_boxes(gray: Any, dpi: float | None, sheet: dict[str, Any]) -> list[str]:
    from buurtdesk.core.omr import layout as geo
    from buurtdesk.core.omr import read

    located = read.locate(gray, dpi, dpi is None)
    payload = geo.parse_payload(located.payload)
    boxes = tuple(
        geo.Box(b["x"], b["y"], b["concern"], b["place"], b["w"], b["h"]) for b in sheet["boxes"]
    )
    if located.page is None or payload is None or payload.page != sheet["sheet_page"]:
        return ["refused"] * len(boxes)
    return [m.decision for m in read.measure(located.page, boxes).boxes]


def _set(runs: list[Any], kind: str, boxes_wanted: int, seed: int) -> dict[str, float]:
    from benchmarks import omr_sheets as gen

    rng = random.Random(seed)
    total = decided = correct = unsure = 0
    dpis = (300.0, 200.0) if kind == "scan" else (200.0,)
    while total < boxes_wanted:
        run = rng.randrange(len(runs))
        pdf, layout = runs[run]
        dpi = rng.choice(dpis)
        index = rng.randrange(len(layout["sheets"]))
        sheet = layout["sheets"][index]
        page = gen.render(pdf, dpi, [index])[0]  # one page at a time: 9 MB at 300 dpi
        filled = gen.fill(page, sheet, dpi, rng, share=rng.uniform(0.1, 0.4))
        if kind == "scan":
            image, seen_dpi = gen.scan(filled, rng), dpi
        else:
            image, seen_dpi = gen.photo(filled, rng), None
        for truth, got in zip(filled.truth, _read_boxes(image, seen_dpi, sheet), strict=True):
            total += 1
            if got in ("unsure", "refused"):
                unsure += 1
                continue
            decided += 1
            correct += got == truth
    return {
        f"omr_accuracy_{kind}": round(correct / decided, 5) if decided else 0.0,
        f"omr_unsure_{kind}": round(unsure / total, 5),
        f"omr_silent_errors_{kind}": decided - correct,
        f"omr_boxes_{kind}": total,
    }


def _pages_per_min(db: Path, meeting: int, runs: list[Any], pages: int, folder: Path) -> float:
    """A scanned PDF of ``pages`` filled pages at 300 dpi, imported from start to finish."""
    from benchmarks import omr_sheets as gen
    from buurtdesk.core.scans.importing import import_scans
    from buurtdesk.core.store.library import Library

    rng = random.Random(SEED + 2)
    pdf, layout = runs[0]

    def stack() -> Any:
        for i in range(pages):
            index = i % len(layout["sheets"])
            clean = gen.render(pdf, 300, [index])[0]
            filled = gen.fill(clean, layout["sheets"][index], 300, rng, share=0.2)
            yield gen.scan(filled, rng)

    scanned = folder / "stack.pdf"
    gen.scanned_pdf(scanned, stack(), 300)
    lib = Library(db)
    try:
        start = time.perf_counter()
        report = import_scans(lib, meeting, [scanned])
        seconds = time.perf_counter() - start
    finally:
        lib.close()
    assert len(report.pages) == pages
    return round(pages / seconds * 60, 1)


def measure(tiny: bool = False) -> dict[str, object]:
    boxes = 100 if tiny else BOXES_PER_SET
    ballots = 2 if tiny else 100
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, meeting, runs = _print_runs(folder, ballots)
        results: dict[str, object] = {}
        results.update(_set(runs, "scan", boxes, SEED))
        results.update(_set(runs, "photo", boxes, SEED + 1))
        # the ranked ballots are read into the file as the meeting's method now stands
        results["omr_pages_per_min"] = _pages_per_min(
            db, meeting, runs[1:], 4 if tiny else 200, folder
        )
    return results
