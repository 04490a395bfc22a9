"""Publishing one neighbourhood of 40 meetings x 100 concerns for the city, and importing its
package into a new city file (``publish_s``, ``city_import_s``: the median of three runs)."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks import bigdb

FULL = (1, 40, 100)
TINY = (1, 3, 10)
RUNS = 3


def _median(values: list[float]) -> float:
    return round(sorted(values)[len(values) // 2], 2)


def measure(tiny: bool = False) -> dict[str, float]:
    from buurtdesk.core.city.cityfile import check_packages, import_packages, open_city
    from buurtdesk.core.city.package import publish
    from buurtdesk.core.city.themes import load
    from buurtdesk.core.store.library import Library

    hoods, meetings, per_meeting = TINY if tiny else FULL
    themes = load()
    published: list[float] = []
    imported: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "buurt.buurtdesk"
        bigdb.build(db, hoods, meetings, per_meeting)
        for run in range(RUNS):
            package = folder / f"buurt-{run}.buurtpakket"
            start = time.perf_counter()
            lib = Library(db, daily_backup=False)
            try:
                with lib.session() as session:
                    publish(session, "Buurt 01", themes, package)
            finally:
                lib.close()
            published.append(time.perf_counter() - start)
            start = time.perf_counter()
            con = open_city(folder / f"stad-{run}.buurtstad", create=True, themes=themes)
            try:
                import_packages(con, check_packages(con, [package]))
            finally:
                con.close()
            imported.append(time.perf_counter() - start)
    return {"publish_s": _median(published), "city_import_s": _median(imported)}


if __name__ == "__main__":
    print(measure())
