"""A 200,000-row forms import into one neighbourhood, with its similarity report (the three
most similar concerns of every row), in a process of its own: the seconds from reading the
file to the committed import (``import_200k_s``) and the process's peak resident memory in MB
(``import_200k_mb``, ``ru_maxrss``: Python, SQLAlchemy and the file included).  On a machine
shared with other work the seconds are wall-clock time; ``import_200k_cpu_s`` gives the CPU
time the import itself used, for comparison.

A quarter of the rows repeat an earlier row's problem in other words (words dropped, swapped
and added, another case, another street spelling), so the similarity report has look-alikes
to find.  Attaching look-alike rows to their concern is not part of this import yet: every
row becomes a concern of its own.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.concerns import FILLER, SEED, sentence
from benchmarks.import_memory import in_own_process

ROWS, TINY_ROWS = 200_000, 2_000
REPEAT = 0.25


def _in_other_words(text: str, rng: random.Random) -> str:
    words = text.split()
    if len(words) > 4:
        del words[rng.randrange(1, len(words))]
    i = rng.randrange(len(words))
    j = rng.randrange(len(words))
    words[i], words[j] = words[j], words[i]
    words.insert(rng.randrange(len(words) + 1), rng.choice(FILLER))
    said = " ".join(words)
    return rng.choice((said.lower(), said.capitalize(), said + "!!", said.upper()))


def write_forms(path: Path, rows: int, rng: random.Random) -> None:
    """``rows`` forms of one neighbourhood; a quarter say an earlier form's problem again."""
    earlier: list[tuple[str, str, str]] = []
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Formuliernummer", "Datum", "Straat", "Thema", "Omschrijving"])
        day = dt.date(2026, 9, 8)
        for n in range(rows):
            if earlier and rng.random() < REPEAT:
                text, street, theme = rng.choice(earlier)
                text, street = _in_other_words(text, rng), street.lower()
            else:
                text, street, theme = sentence(rng)
                if len(earlier) < 50_000:
                    earlier.append((text, street, theme))
            writer.writerow([10_000 + n, f"{day.day}-{day.month}-{day.year}", street, theme, text])


def import_file(path: Path) -> dict[str, float]:
    from buurtdesk.core.concerns.import_forms import guess_mapping, import_rows
    from buurtdesk.core.store.library import Library
    from buurtdesk.core.store.tables import read_table

    with tempfile.TemporaryDirectory() as tmp:
        lib = Library(Path(tmp) / "bench.buurtdesk")
        try:
            meeting = lib.add_meeting(lib.add_neighbourhood("Benchmarkbuurt"), dt.date(2026, 9, 10))
            start, cpu = time.perf_counter(), time.process_time()
            table = read_table(path)
            similar = 0

            def count(line: object) -> None:
                nonlocal similar
                similar += bool(getattr(line, "similar", ()))

            report = import_rows(lib, meeting, table, guess_mapping(table.headers), on_line=count)
            elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        finally:
            lib.close()
    if report.count("imported") != len(table.rows) or not similar:
        raise RuntimeError(f"import benchmark: {report.summary()}, {similar} with look-alikes")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "import_200k_s": round(elapsed, 1),
        "import_200k_mb": round(peak, 1),
        "import_200k_cpu_s": round(cpu, 1),
    }


def measure(tiny: bool = False) -> dict[str, float]:
    rng = random.Random(SEED + 3)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "forms.csv"
        write_forms(path, TINY_ROWS if tiny else ROWS, rng)
        return in_own_process("benchmarks.import_200k", path, timeout=1800)


if __name__ == "__main__":
    print(json.dumps(import_file(Path(sys.argv[1]))))
