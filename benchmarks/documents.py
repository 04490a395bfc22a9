"""actionlist_pdf_ratio: the actielijst against a bare ReportLab table of the same rows.

A synthetic meeting (seeded, nothing committed) with 50 priorities of 10 actions each.  One
side is ``make_document(lib, "actions", ...)``: its database queries, header, footer and the
one-pass "pagina X van Y" canvas included.  The other side is the least a table document
can be: one Platypus ``Table`` of the same rows (what, who, due, hours, status), cells as
wrapping Paragraphs in the same embedded DejaVu Sans, no header, footer or page count.
Both sides run alternately in the same process; the figure is the ratio of the medians.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from pathlib import Path

SEED = 20260505
WORDS = (
    "buurt",
    "straat",
    "container",
    "afval",
    "controle",
    "gesprek",
    "bewoners",
    "flyer",
    "verlichting",
    "plein",
    "handhaving",
    "surveillance",
    "overleg",
    "school",
    "oversteek",
    "drempel",
    "parkeren",
    "stoep",
    "jongeren",
    "activiteit",
    "melding",
    "ophalen",
    "inventariseren",
    "herinrichten",
    "bord",
    "snelheid",
    "meten",
)


def make_db(path: Path, priorities: int, actions: int) -> int:
    """Write the synthetic meeting; returns its id."""
    from sqlalchemy import select

    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.models import (
        Action,
        Concern,
        Meeting,
        Neighbourhood,
        Partner,
        Priority,
    )

    rng = random.Random(SEED)
    lib = Library(path)
    try:
        with lib.session() as s, s.begin():
            partners = list(s.scalars(select(Partner)))
            hood = Neighbourhood(name="Benchbuurt")
            s.add(hood)
            s.flush()
            meeting = Meeting(neighbourhood_id=hood.id, date=dt.date(2026, 5, 5))
            s.add(meeting)
            s.flush()
            for n in range(1, priorities + 1):
                concern = Concern(
                    neighbourhood_id=hood.id,
                    number=n,
                    title=" ".join(rng.choices(WORDS, k=rng.randint(3, 7))).capitalize(),
                    street=f"Straat {n}",
                )
                s.add(concern)
                s.flush()
                prio = Priority(meeting_id=meeting.id, concern_id=concern.id, rank=n, score=99 - n)
                s.add(prio)
                s.flush()
                for _ in range(actions):
                    s.add(
                        Action(
                            meeting_id=meeting.id,
                            priority_id=prio.id,
                            concern_id=concern.id,
                            description=" ".join(rng.choices(WORDS, k=rng.randint(4, 18))),
                            owner_partner_id=rng.choice(partners).id,
                            responsible_person=rng.choice(("", "", "Piet", "Fatima")),
                            due_date=dt.date(2026, 6, 1) + dt.timedelta(days=rng.randint(0, 200)),
                            hours_planned=float(rng.randint(1, 40)),
                        )
                    )
            return meeting.id
    finally:
        lib.close()


def bare_table(path: Path, rows: list[list[str]]) -> None:
    """The baseline: one Platypus table of the rows, same font, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from buurtdesk.core.documents.base import FONT, markup, register_fonts

    register_fonts()
    style = ParagraphStyle("c", fontName=FONT, fontSize=9, leading=11.5)
    data = [[Paragraph(markup(cell), style) for cell in row] for row in rows]
    table = Table(data, colWidths=[68 * mm, 42 * mm, 24 * mm, 17 * mm, 23 * mm], repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))
    SimpleDocTemplate(str(path), pagesize=A4, initialFontName=FONT).build([table])


def table_rows(lib: object, meeting_id: int) -> list[list[str]]:
    from buurtdesk.core.documents import data
    from buurtdesk.core.documents.action_table import action_rows
    from buurtdesk.core.documents.labels import Texts

    texts = Texts("nl")
    with lib.session() as s:  # type: ignore[attr-defined]
        chosen = data.priorities(s, meeting_id)
        day = data.meeting_info(s, meeting_id).date
    rows, _late = action_rows([], texts, day)
    for p in chosen:
        rows += action_rows(p.actions, texts, day)[0][1:]
    return rows


def measure(tiny: bool = False, runs: int | None = None) -> dict[str, object]:
    import tempfile

    from buurtdesk.core.documents import make_document
    from buurtdesk.core.store.library import Library

    priorities, actions = (5, 4) if tiny else (50, 10)
    runs = runs or (1 if tiny else 7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        meeting_id = make_db(folder / "bench.buurtdesk", priorities, actions)
        lib = Library(folder / "bench.buurtdesk", create=False)
        try:
            rows = table_rows(lib, meeting_id)
            assert len(rows) == priorities * actions + 1
            ours: list[float] = []
            bare: list[float] = []
            make_document(lib, "actions", meeting_id, folder / "warm.pdf")  # fonts, imports
            bare_table(folder / "warm-bare.pdf", rows)
            for _ in range(runs):
                start = time.perf_counter()
                make_document(lib, "actions", meeting_id, folder / "ours.pdf")
                ours.append(time.perf_counter() - start)
                start = time.perf_counter()
                bare_table(folder / "bare.pdf", rows)
                bare.append(time.perf_counter() - start)
        finally:
            lib.close()
    ours_ms, bare_ms = statistics.median(ours) * 1000, statistics.median(bare) * 1000
    return {
        "actionlist_pdf_ratio": round(ours_ms / bare_ms, 2),
        "actionlist_pdf_ms": round(ours_ms, 1),
        "actionlist_bare_table_ms": round(bare_ms, 1),
        "actionlist_rows": priorities * actions,
    }


if __name__ == "__main__":
    print(measure())
