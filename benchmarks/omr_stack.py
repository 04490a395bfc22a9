"""A stack of 50 filled, scanned ballots through ``buurtdesk import scans``, against the same
ballots typed in: ``python -m benchmarks.omr_stack [FOLDER]``.

Ranked ballots (3 places) of the demo's planned meeting, two pages each, filled at random
(crosses, ticks, scribbles, a box coloured black now and then), scanned at 200 dpi: some upside
down, one printed at 94 %; one sheet of another meeting and one page scanned twice go into the
stack.  The scanned ranking must equal the typed one; the report must name the refused and
duplicate pages.  Prints what it found; exit 0 when all holds.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import omr_sheets as gen

SEED = 50
BALLOTS = 50
DPI = 200.0


def _cli(*argv: object) -> int:
    from buurtdesk.cli.main import run

    with contextlib.redirect_stdout(io.StringIO()):
        return run([str(a) for a in argv])


def main(folder: Path) -> int:
    from PIL import Image

    from buurtdesk.core.demo.create import create_demo

    rng = random.Random(SEED)
    db = folder / "stack.buurtdesk"
    create_demo(db)
    base = ("--db", db, "--meeting", "3")
    _cli("meeting", "set", *base, "--method", "ranked", "--choices", "3")
    pdf, layout_file = folder / "ballots.pdf", folder / "layout.json"
    _cli("export", "ballots", *base, "--count", BALLOTS, "-o", pdf, "--layout", layout_file)
    _cli(
        "meeting",
        "add",
        "--db",
        db,
        "--neighbourhood",
        "Boekweitbuurt-Zuid",
        "--date",
        "2027-03-01",
    )
    other = ("--db", db, "--meeting", "4")
    _cli("meeting", "set", *other, "--method", "ranked")
    _cli("export", "ballots", *other, "-o", folder / "other.pdf")
    typed_db = folder / "typed.buurtdesk"
    shutil.copy(db, typed_db)

    sheets = json.loads(layout_file.read_text(encoding="utf-8"))["sheets"]
    clean = gen.render(pdf, DPI)
    per = len(sheets) // BALLOTS
    typed_rows, pages = [], []
    for b in range(BALLOTS):
        number = sheets[b * per]["number"]
        codes = [box["concern"] for s in sheets[b * per : (b + 1) * per] for box in s["boxes"]]
        codes = list(dict.fromkeys(codes))
        chosen = rng.sample(codes, rng.choice((0, 1, 2, 3, 3, 3)))
        typed_rows.append([str(number), *chosen])
        place = {c: k + 1 for k, c in enumerate(chosen)}
        cancel = rng.choice(codes) if rng.random() < 0.2 else None
        for i in range(per):
            sheet = sheets[b * per + i]
            img = clean[b * per + i].copy()
            px = DPI / 25.4
            for box in sheet["boxes"]:
                kind = None
                if place.get(box["concern"]) == box["place"]:
                    kind = rng.choice(("cross", "tick", "scribble", "border"))
                elif box["concern"] == cancel and box["place"] == 3 and cancel not in place:
                    kind = "cancelled"
                if kind:
                    gen._mark(img, kind, box["x"] * px, box["y"] * px, box["w"] * px, px, rng)
            filled = gen.Filled(img, DPI, [], sheet)
            scale = 0.94 if b == 7 else 1.0
            pages.append(gen.scan(filled, rng, scale=scale))
    pages.insert(31, pages[12])  # one page scanned twice
    pages.insert(20, gen.render(folder / "other.pdf", DPI)[0])  # a sheet of another meeting
    frames = [Image.fromarray(p) for p in pages]
    stack = folder / "stack.pdf"
    frames[0].save(stack, save_all=True, append_images=frames[1:], resolution=DPI)

    report = folder / "report.csv"
    done = subprocess.run(
        [sys.executable, "-m", "buurtdesk", "import", "scans", stack, *base, "--report", report],
        capture_output=True,
        text=True,
    )
    print(done.stdout + done.stderr)
    rows = list(csv.DictReader(report.open(encoding="utf-8")))
    named = [r for r in rows if r["status"] not in ("counted", "invalid")]

    ballots_csv = folder / "typed.csv"
    with ballots_csv.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["ballot", "c1", "c2", "c3"], *typed_rows])
    _cli("import", "ballots", ballots_csv, "--db", typed_db, "--meeting", "3")
    _cli("export", "ranking", *base, "-o", folder / "scanned-ranking.csv")
    _cli(
        "export", "ranking", "--db", typed_db, "--meeting", "3", "-o", folder / "typed-ranking.csv"
    )
    same = (folder / "scanned-ranking.csv").read_text() == (
        folder / "typed-ranking.csv"
    ).read_text()
    print(f"pages in the stack: {len(pages)}; exit code {done.returncode}")
    print(f"scanned ranking equals the typed ranking: {same}")
    for r in named:
        print(f"named: page {r['page']} {r['status']}: {r['reason']}")
    want = {"refused", "duplicate"} <= {r["status"] for r in named}
    return 0 if same and want and done.returncode == 2 else 1


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tmp)
        target.mkdir(parents=True, exist_ok=True)
        raise SystemExit(main(target))
