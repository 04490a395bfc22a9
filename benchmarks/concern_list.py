"""Filtering the concern list: 20,000 concerns through the proxy model and a shown view.

* ``filter_ms``: the 95th percentile, over a sequence of typed searches and theme/status
  changes, of the time from the new filter to the view having repainted.
* ``filter_median_ms``: the median of the same.
* ``filter_cpu_ms``: the 95th percentile of the CPU time of the same steps, which a busy
  machine (other processes on the same cores) inflates far less than the wall-clock time.
* ``list_load_ms``: putting 20,000 rows into the model (normalised search keys, sort).

Rows are synthetic (from a seed) and never touch a file.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from typing import Any

SEED = 20261127
CONCERNS = 20_000
_TEXT = (
    "te hard rijden hondenpoep afval naast containers geluidsoverlast lachgas jongeren "
    "kapotte lantaarnpaal losse tegels parkeren stoep fietsendiefstal graffiti ratten "
    "zwerfvuil speeltuin oversteek school drugs portiek inbraak geëerde verlichting"
)
WORDS = _TEXT.split()
STREETS = ("Dordtselaan", "Putselaan", "Hillevliet", "Beijerlandselaan", "Slaghekstraat", "")
THEMES = ("Verkeer", "Schoon", "Overlast", "Veiligheid", "Jeugd", "")
STATUSES = ("open", "open", "open", "chosen", "resolved", "merged")


def rows(count: int, seed: int = SEED) -> list[Any]:
    from buurtdesk.core.concerns.intake import ConcernListRow
    from buurtdesk.core.enums import ConcernStatus

    rnd = random.Random(seed)
    out = []
    for n in range(1, count + 1):
        title = " ".join(rnd.choice(WORDS) for _ in range(rnd.randint(3, 9))).capitalize()
        out.append(
            ConcernListRow(
                id=n,
                number=n,
                code=f"K{n}",
                title=title,
                theme=rnd.choice(THEMES),
                street=rnd.choice(STREETS),
                reports=rnd.randint(1, 12),
                meetings=rnd.randint(1, 4),
                first_raised=dt.date(2025, 1, 1) + dt.timedelta(days=rnd.randint(0, 700)),
                status=ConcernStatus(rnd.choice(STATUSES)),
                merged_into="",
            )
        )
    return out


def steps() -> list[tuple[str, str | None, str | None]]:
    """What a user does: type a search letter by letter, pick a theme, a status, clear."""
    typed = "dordtse laan"
    searches = [(typed[:i], None, None) for i in range(1, len(typed) + 1)]
    more = [("", "Verkeer", None), ("", "Verkeer", "chosen"), ("", None, "merged")]
    more += [("", None, None), ("geeerde", None, None), ("", None, None)]
    return searches + more


def measure(tiny: bool = False) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication, QTableView

    from buurtdesk.gui.concerns.model import ConcernListModel, ConcernProxy, ListFilter

    app = QApplication.instance() or QApplication([])
    count = 500 if tiny else CONCERNS
    data = rows(count)
    model = ConcernListModel()
    proxy = ConcernProxy(model)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.resize(1200, 700)
    view.show()
    start = time.perf_counter()
    model.set_rows(data)
    app.processEvents()
    view.repaint()
    load_ms = (time.perf_counter() - start) * 1000
    times, cpu = [], []
    for _round in range(2 if tiny else 5):
        for query, theme, status in steps():
            start, start_cpu = time.perf_counter(), time.process_time()
            proxy.set_filter(ListFilter(query=query, theme=theme, status=status))
            app.processEvents()
            view.repaint()
            times.append((time.perf_counter() - start) * 1000)
            cpu.append((time.process_time() - start_cpu) * 1000)
    view.close()
    return {
        "filter_ms": round(_p95(times), 2),
        "filter_median_ms": round(statistics.median(times), 2),
        "filter_cpu_ms": round(_p95(cpu), 2),
        "list_load_ms": round(load_ms, 1),
    }


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


if __name__ == "__main__":
    print(measure())
